"""The inspection workbook of a county (or of every county of a city, plus a city summary)."""
from __future__ import annotations

import io
from pathlib import Path

from jinchang_desktop.reports.excel.form_tables import (
    FORM_SECTIONS,
    SECTION_ZH,
    merged_records,
    seven_mean,
    table_1,
    table_2_1,
    table_2_2,
    table_3,
)
from jinchang_desktop.reports.excel.guarantee_tables import Facts, table_4, table_5, table_6
from jinchang_desktop.reports.excel.model import DASH, DEC3, INT, Cell, Table, half_up
from jinchang_desktop.reports.excel.provenance import provenance
from jinchang_desktop.reports.excel.writer import write_table
from jinchang_desktop.reports.report_input import ReportInput
from jinchang_desktop.standards.assess import Cancel, Cancelled
from jinchang_desktop.text_rules import spreadsheet_safe


def county_tables(data: ReportInput, county: str, *, prefix: str = "") -> list[Table]:
    """表Ⅰ … 表Ⅵ of one county; ``prefix`` names the sheets apart in a city workbook."""
    records = data.county_records(county)
    merged = merged_records(records)
    facts = Facts(records=records, assessment=data.assessment, county=county,
                  values=data.county_values.get(county, {}))
    label = spreadsheet_safe(county)
    return [
        table_1(records, data.assessment, facts.values, county=label, sheet=f"{prefix}表Ⅰ"),
        table_2_1(data.assessment, county=county, sheet=f"{prefix}表Ⅱ-1"),
        table_2_2(data.assessment, merged, county=county, sheet=f"{prefix}表Ⅱ-2"),
        table_3(data.assessment, county=county, sheet=f"{prefix}表Ⅲ"),
        table_4(facts, sheet=f"{prefix}表Ⅳ"),
        table_5(facts, sheet=f"{prefix}表Ⅴ"),
        table_6(facts, sheet=f"{prefix}表Ⅵ"),
    ]


def city_summary(data: ReportInput) -> Table:
    header = [["县区", "学段", "参评学校（所）", "在校生（人）", "综合评估达标学校（所）", "达标比例（%）",
               "差异系数达标项数（/7）", "综合差异系数", "未达标的指标"]]
    title = f"{spreadsheet_safe(data.name)} 各县区义务教育优质均衡情况汇总（{data.school_year}学年）"
    table = Table(sheet="市汇总", title=title,
                  header=header, wide_columns={8: 50})
    names = {i.key: i.name_zh for i in data.profile.resource_indicators}
    for county, sections in data.assessment.counties.items():
        start = len(table.body)
        for section in FORM_SECTIONS:
            summary = sections.get(section)
            if summary is None:
                table.body.append([spreadsheet_safe(county), SECTION_ZH[section], Cell(0, INT), Cell(0, INT),
                                   Cell(0, INT), DASH, DASH, DASH, ""])
                continue
            cvs = [summary.cv[k] for k in names]
            overall = seven_mean([c.cv for c in cvs])
            failing = "、".join(names[k] for k, c in summary.cv.items() if not c.ok)
            table.body.append([
                spreadsheet_safe(county), SECTION_ZH[section], Cell(summary.schools, INT), Cell(summary.students, INT),
                Cell(summary.compliant_schools, INT),
                Cell(half_up(100 * summary.compliant_schools / summary.schools, 2), "0.00") if summary.schools
                else DASH,
                Cell(sum(1 for c in cvs if c.ok), INT),
                Cell(half_up(overall, 3), DEC3) if overall is not None else DASH,
                Cell(failing or "无", align="left"),
            ])
        table.body_merges.append((start, 0, start + 1, 0))
    table.notes = ["注：每个县区的表Ⅰ–表Ⅵ见以县区名开头的工作表。"]
    return table


def _short(county: str, used: set[str]) -> str:
    """A sheet-name prefix for a county: sheet names are at most 31 characters and unique."""
    base = "".join(ch for ch in county if ch not in '[]:*?/\\').strip() or "县区"
    prefix = base[:20]
    number = 2
    while prefix in used:
        prefix = f"{base[:17]}{number}"
        number += 1
    used.add(prefix)
    return prefix + " "


def workbook_tables(data: ReportInput) -> list[Table]:
    counties = data.counties
    if data.role == "city" or len(counties) > 1:
        used: set[str] = set()
        tables = [city_summary(data)]
        for county in counties:
            tables.extend(county_tables(data, county, prefix=_short(county, used)))
    else:
        tables = county_tables(data, counties[0])
    tables.append(provenance(data))
    return tables


def write_workbook(data: ReportInput, out: Path, *, cancel: Cancel | None = None) -> Path:
    """Write the workbook next to ``out`` and move it into place, so a failure leaves no half file."""
    import openpyxl

    from jinchang_desktop.packages.atomic import write_atomic

    book = openpyxl.Workbook()
    book.remove(book.active)
    for table in workbook_tables(data):
        if cancel is not None and cancel():
            raise Cancelled()
        write_table(book, table)
    book.properties.creator = f"jinchang-desktop {data.app_version}"
    buffer = io.BytesIO()
    book.save(buffer)
    write_atomic(out, buffer.getvalue())
    return out
