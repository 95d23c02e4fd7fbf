"""The county summary as a PDF (matplotlib's PdfPages): scorecard, 表Ⅲ, the charts; black-and-white friendly."""
from __future__ import annotations

import io
from pathlib import Path
from typing import TYPE_CHECKING

from jinchang_desktop.reports.charts import chinese_text, cv_figure, distribution_figure, trend_figure
from jinchang_desktop.reports.excel.form_tables import form_rows, table_3
from jinchang_desktop.reports.excel.model import Cell, Table, as_cell
from jinchang_desktop.reports.report_input import ReportInput, assess_year
from jinchang_desktop.standards.assess import Assessment, Cancel, Cancelled

if TYPE_CHECKING:
    from matplotlib.figure import Figure

SECTION_ZH = {"primary": "小学", "junior": "初中"}


def _shown(item: Cell | str | int | float | None) -> str:
    cell = as_cell(item)
    if cell.value is None:
        return ""
    if isinstance(cell.value, float) and cell.number_format and "." in cell.number_format:
        return f"{cell.value:.{len(cell.number_format.split('.')[1])}f}"
    return str(cell.value)


def scorecard_figure(data: ReportInput, county: str) -> Figure:
    """Page one: who, which standard, and each section's result in words, with 表Ⅲ below."""
    assessment = data.assessment
    sections = assessment.counties.get(county, {})
    with chinese_text():
        from matplotlib.figure import Figure

        figure = Figure(figsize=(11.69, 8.27))  # A4 landscape; laid out by hand
        figure.text(0.5, 0.95, f"{county} 义务教育优质均衡发展资源配置汇总（{data.school_year}学年）",
                    ha="center", fontsize=16)
        lines = [f"评估标准：{data.profile.name_zh}（{data.profile.id}，SHA-256 {data.profile.sha256[:16]}…）",
                 f"导出：{data.exported_at}  jinchang-desktop {data.app_version}"]
        for section in ("primary", "junior"):
            summary = sections.get(section)
            if summary is None:
                continue
            rows = form_rows(assessment, county, section)
            failing = [i.name_zh for i in assessment.profile.resource_indicators if not summary.cv[i.key].ok]
            verdict = "七项差异系数均达到要求" if not failing else f"差异系数未达要求：{'、'.join(failing)}"
            lines.append(f"{SECTION_ZH[section]}：参评 {summary.schools} 所（含一贯制学校学部和50人及以上教学点），"
                         f"在校生 "
                         f"{summary.students} 人；综合评估达标 {summary.compliant_schools} 所，未达标 "
                         f"{len(rows) - summary.compliant_schools} 所；{verdict}（上限 {summary.limit:.2f}）。")
        for number, line in enumerate(lines):
            figure.text(0.05, 0.88 - number * 0.045, line, fontsize=10.5)
        axes = figure.add_axes((0.03, 0.05, 0.94, 0.58))
        axes.axis("off")
        _draw_table(axes, table_3(assessment, county=county))
    return figure


def _draw_table(axes: object, table: Table) -> None:
    """A form table as a matplotlib table: short headings (codes), numbers as the form rounds them."""
    from matplotlib.axes import Axes

    assert isinstance(axes, Axes)
    codes = [_shown(c) for c in table.header[0]]
    names = ["学段", "项目", "高学历教师", "骨干教师", "体艺教师", "教学用房", "体育场馆", "仪器设备", "多媒体教室",
             "综合"]
    labels = [f"{code}\n{name}" if code not in ("学段", "项目") else code for code, name in zip(codes, names,
                                                                                             strict=False)]
    body = [[_shown(c) for c in row] for row in table.body]
    widths = [0.06, 0.2] + [0.082] * (len(labels) - 2)
    shown = axes.table(cellText=body, colLabels=labels, colWidths=widths[:len(labels)], loc="upper center",
                       cellLoc="center")
    shown.auto_set_font_size(False)
    shown.set_fontsize(9)
    shown.scale(1, 2.0)
    axes.set_title(table.title, fontsize=12, pad=6)
    for (row, _column), cell in shown.get_celld().items():
        cell.set_edgecolor("black")
        if row == 0:
            cell.set_height(cell.get_height() * 1.6)


def summary_figures(data: ReportInput, county: str, years: dict[int, Assessment]) -> list[Figure]:
    figures = [scorecard_figure(data, county), cv_figure(data.assessment, county)]
    for section in ("primary", "junior"):
        if section in data.assessment.counties.get(county, {}):
            figures.append(distribution_figure(data.assessment, county, section))
    if len(years) > 1:
        figures.append(trend_figure(years, county))
    return figures


def write_summary_pdf(data: ReportInput, out: Path, *, workspace: Path, cancel: Cancel | None = None) -> Path:
    """One set of pages per county; written whole to memory, then moved into place."""
    from matplotlib.backends.backend_pdf import PdfPages

    from jinchang_desktop.packages.atomic import write_atomic

    years: dict[int, Assessment] = {data.school_year: data.assessment}
    for year in data.years:
        if year != data.school_year:
            other = assess_year(workspace, year)
            if other is not None:
                years[year] = other
    buffer = io.BytesIO()
    # The fonts are written when the file closes: the whole file is made inside the CJK font settings.
    with chinese_text(), PdfPages(buffer, metadata={"Title": f"{data.name} 优质均衡汇总 {data.school_year}",
                                                    "Creator": f"jinchang-desktop {data.app_version}"}) as pdf:
        for county in data.counties:
            for figure in summary_figures(data, county, years):
                if cancel is not None and cancel():
                    raise Cancelled()
                pdf.savefig(figure)
    write_atomic(out, buffer.getvalue())
    return out
