"""The one-page filing copy of an exported package, printed to PDF through Qt (QPdfWriter + QTextDocument).

What the page says is built in the reports layer (``reports.filing_copy``), from the verified package, not from
the screen; this module only lays it out as HTML and prints it.
"""
from __future__ import annotations

import html
import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPaintDevice, QPainter, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QApplication

from jinchang_desktop.gui.workspace_info import WorkspaceInfo
from jinchang_desktop.gui.workspace_jobs import ExportOutcome
from jinchang_desktop.reports.filing_copy import FilingCopyContent, PackageFacts, filing_copy_content
from jinchang_desktop.standards.catalogue import Profile

FONT_SIZES = (9.0, 8.5, 8.0, 7.5, 7.0, 6.5)  # shrink until the page holds everything
MARGIN_MM = 12
COLOURS = {"reached": "#1b5e20", "near": "#8a5a00", "below": "#b71c1c"}
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


def package_facts(outcome: ExportOutcome) -> PackageFacts:
    package = outcome.package
    return PackageFacts(file_name=Path(package.path).name, sequence=package.sequence, created=package.created,
                        manifest_sha256=package.manifest_sha256, key_fingerprint=package.fingerprint,
                        school_year=package.school_year)


def filing_copy(outcome: ExportOutcome, info: WorkspaceInfo, profile: Profile, lang: str) -> FilingCopy:
    """The page as HTML, in ``lang``."""
    del info  # the page is the package's: everything on it comes from the verified file
    content = filing_copy_content(outcome.report.record, outcome.report.explanations, package_facts(outcome),
                                  profile, lang)
    return FilingCopy(html=render_html(content), title=content.title)


def render_html(content: FilingCopyContent) -> str:
    parts = [f"<h2 style='text-align:center'>{_e(content.title)}</h2>", f"<p>{_e(content.identity)}</p>"]
    rows = "".join(
        "<tr>" + "".join(f"<td>{_e(label)}</td><td align='right'>{_e(value)}</td>" for label, value in pair) + "</tr>"
        for pair in (content.figures[i:i + 2] for i in range(0, len(content.figures), 2)))
    parts.append(_heading(content.figures_heading) + _table(rows))
    parts.append(_heading(content.indicators_heading))
    columns = zip(("left", "right", "left"), content.indicator_columns, strict=True)
    header = "<tr>" + "".join(f"<th align='{align}'>{_e(text)}</th>" for align, text in columns) + "</tr>"
    for block in content.sections:
        body = "".join(f"<tr><td>{_e(row.name)}</td><td align='right'>{_e(row.value_text)}</td>"
                       f"<td style='color:{COLOURS[row.state]}'>{_e(row.verdict)}</td></tr>" for row in block.rows)
        colour = "#1b5e20" if block.compliant else "#b71c1c"
        parts.append(f"<p style='color:{colour}'><b>{_e(block.heading)}</b></p>" + _table(header + body))
    items = []
    for line in content.checks:
        mark, colour = CHECK_MARKS[line.level]
        items.append(f"<span style='color:{colour}'>{mark}</span> {_e(line.text)}")
    parts.append(_heading(content.checks_heading) + "<p>" + "<br>".join(items) + "</p>")
    if content.explanations:
        lines = "<br>".join(f"{_e(label)}：{_e(text)}" for label, text in content.explanations)
        parts.append(_heading(content.explanations_heading) + f"<p>{lines}</p>")
    parts.append(_heading(content.package_heading) + "<p>" + "<br>".join(_e(line) for line in content.package_lines)
                 + "</p>")
    parts.append(f"<p><br>{_e(content.signatures)}</p>")
    return "".join(parts)


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

