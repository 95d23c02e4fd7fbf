"""The one-page filing copy of an exported package, printed to PDF through Qt (QPdfWriter + QTextDocument).

The statistics law asks for a paper archive of what was reported: the school's figures, each indicator's
verdict, the per-school checks and the package's fingerprint, with lines for the clerk's and the head's
signatures. Everything on it is read from the verified package, not from the screen.
"""
from __future__ import annotations

import html
import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QSizeF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPaintDevice, QPainter, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QApplication

from jinchang_desktop.reports.numbers import fmt_number
from jinchang_desktop.gui.jobs import ExportOutcome
from jinchang_desktop.gui.widgets.checks_list import check_icon_name
from jinchang_desktop.gui.widgets.gauge import GaugeState, gauge_reading
from jinchang_desktop.gui.workspace_info import WorkspaceInfo
from jinchang_desktop.standards.assess import assess_school
from jinchang_desktop.standards.catalogue import Profile
from jinchang_desktop.standards.fields import field_catalogue

FONT_SIZES = (9.0, 8.5, 8.0, 7.5, 7.0, 6.5)  # shrink until the page holds everything
MARGIN_MM = 12
COLOURS = {GaugeState.REACHED: "#1b5e20", GaugeState.NEAR: "#8a5a00", GaugeState.BELOW: "#b71c1c"}
CHECK_MARKS = {"ok": ("✔", "#1b5e20"), "error": ("✘", "#b71c1c"), "unknown": ("?", "#555555")}



def _e(text: object) -> str:
    return html.escape(str(text))


@dataclass(frozen=True)
class FilingCopy:
    html: str
    title: str


def _heading(text: str) -> str:
    return f"<h3>{_e(text)}</h3>"


def _table(rows: str) -> str:
    return f"<table width='100%' cellspacing='0' cellpadding='2' border='1'>{rows}</table>"


def filing_copy(outcome: ExportOutcome, info: WorkspaceInfo, profile: Profile, lang: str) -> FilingCopy:
    """The page as HTML, in ``lang``."""
    package, report = outcome.package, outcome.report
    record = report.record
    catalogue = field_catalogue()
    en = lang == "en"
    school_type = catalogue.school_types.get(record.school_type)
    type_name = (school_type.en if en else school_type.zh) if school_type else record.school_type
    title = QCoreApplication.translate("FilingCopy", "义务教育优质均衡发展评估 · 学校数据报送存档联")
    who = QCoreApplication.translate(
        "FilingCopy", "学校：{name}　标识码：{code}　县区：{county}　类型：{type}　学年：{year}　标准：{profile}"
    ).format(name=record.name, code=record.code, county=record.county, type=type_name, year=package.school_year,
             profile=profile.name_en if en else profile.name_zh)
    parts = [f"<h2 style='text-align:center'>{_e(title)}</h2>", f"<p>{_e(who)}</p>"]

    # The figures, two to a row.
    sections = school_type.sections if school_type else ()
    cells = []
    for field in catalogue.fields.values():
        if not field.numeric or (field.section and field.section not in sections and field.key not in record.values):
            continue
        value = record.values.get(field.key)
        shown = "—" if value is None else f"{fmt_number(value)} {field.unit_en if en else field.unit_zh}"
        cells.append((field.label_en if en else field.label_zh, shown))
    rows = "".join(
        "<tr>" + "".join(f"<td>{_e(label)}</td><td align='right'>{_e(value)}</td>" for label, value in pair) + "</tr>"
        for pair in (cells[i:i + 2] for i in range(0, len(cells), 2)))
    parts.append(_heading(QCoreApplication.translate("FilingCopy", "一、学校数据")) + _table(rows))

    # Each indicator's verdict, by section.
    result = assess_school(record, profile)
    floor_ratio = float(profile.floor_ratio)
    parts.append(_heading(QCoreApplication.translate("FilingCopy", "二、资源配置指标")))
    header = "<tr>" + "".join(f"<th align='{align}'>{_e(text)}</th>" for align, text in (
        ("left", QCoreApplication.translate("FilingCopy", "指标")),
        ("right", QCoreApplication.translate("FilingCopy", "本校 / 标准")),
        ("left", QCoreApplication.translate("FilingCopy", "结论")))) + "</tr>"
    for section, section_result in result.sections.items():
        name = catalogue.sections[section]["en" if en else "zh"]
        verdict = QCoreApplication.translate("FilingCopy", "达标") if section_result.compliant else \
            QCoreApplication.translate("FilingCopy", "未达标")
        head = QCoreApplication.translate("FilingCopy", "{section}：{verdict}（{reached}/{total} 项达到标准）").format(
            section=name, verdict=verdict, reached=section_result.reached, total=len(section_result.indicators))
        rows = "".join(
            f"<tr><td>{_e(reading.name)}</td><td align='right'>{_e(reading.value_text)}</td>"
            f"<td style='color:{COLOURS[reading.state]}'>{_e(reading.gap_text)}</td></tr>"
            for reading in (gauge_reading(profile.indicators[key], item, lang=lang, floor_ratio=floor_ratio)
                            for key, item in section_result.indicators.items()))
        colour = "#1b5e20" if section_result.compliant else "#b71c1c"
        parts.append(f"<p style='color:{colour}'><b>{_e(head)}</b></p>" + _table(header + rows))

    # The per-school checks.
    items = []
    for check in result.checks:
        mark, colour = CHECK_MARKS[check_icon_name(check)]
        items.append(f"<span style='color:{colour}'>{mark}</span> {_e(check.detail_en if en else check.detail_zh)}")
    parts.append(_heading(QCoreApplication.translate("FilingCopy", "三、政府保障与质量（逐校）"))
                 + "<p>" + "<br>".join(items) + "</p>")

    if report.explanations:
        def label(key: str) -> str:
            field = catalogue.fields.get(key)
            return key if field is None else field.label_en if en else field.label_zh

        lines = "<br>".join(f"{_e(label(k))}：{_e(text)}" for k, text in sorted(report.explanations.items()))
        parts.append(_heading(QCoreApplication.translate("FilingCopy", "四、对提示的说明")) + f"<p>{lines}</p>")

    facts = (
        QCoreApplication.translate("FilingCopy", "文件：{file}").format(file=Path(package.path).name),
        QCoreApplication.translate("FilingCopy", "序号：{sequence}　导出时间（UTC）：{created}").format(
            sequence=package.sequence, created=package.created),
        QCoreApplication.translate("FilingCopy", "数据包指纹（manifest SHA-256）：{sha}").format(
            sha=package.manifest_sha256),
        QCoreApplication.translate("FilingCopy", "密钥指纹：{fingerprint}").format(fingerprint=package.fingerprint),
    )
    heading = QCoreApplication.translate("FilingCopy", "五、数据包") if report.explanations else \
        QCoreApplication.translate("FilingCopy", "四、数据包")
    parts.append(_heading(heading) + "<p>"
                 + "<br>".join(_e(line) for line in facts) + "</p>")
    signatures = QCoreApplication.translate(
        "FilingCopy", "填报人（签字）：__________　　校长（签字）：__________　　日期：__________　　（学校盖章）")
    parts.append(f"<p><br>{_e(signatures)}</p>")
    return FilingCopy(html="".join(parts), title=title)


def layout_document(copy: FilingCopy, device: QPaintDevice, page: QSizeF) -> QTextDocument:
    """The document laid out for ``device`` on one page of size ``page`` (device pixels), shrunk to fit."""
    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)
    document.setPageSize(page)
    document.setDocumentMargin(0)
    for size in FONT_SIZES:
        font = QFont(QApplication.font())
        font.setPointSizeF(size)
        document.setDefaultFont(font)
        document.setHtml(copy.html)
        if document.pageCount() <= 1:
            break
    return document


def paint(document: QTextDocument, device: QPaintDevice) -> None:
    painter = QPainter(device)
    try:
        document.drawContents(painter)
    finally:
        painter.end()


def write_filing_copy(path: Path, copy: FilingCopy) -> str:
    """Print ``copy`` to the PDF file ``path`` (A4, one page); returns the text that was printed.

    Written under another name first and renamed, so a pulled USB stick never leaves a half file that looks whole.
    """
    partial = path.with_name(path.name + ".partial")
    writer = QPdfWriter(str(partial))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    writer.setTitle(copy.title)
    writer.setCreator("jinchang-desktop")
    rect = writer.pageLayout().paintRectPixels(writer.resolution())
    document = layout_document(copy, writer, QSizeF(rect.width(), rect.height()))
    paint(document, writer)
    del writer  # the file is complete once the writer is gone
    os.replace(partial, path)
    return document.toPlainText()

