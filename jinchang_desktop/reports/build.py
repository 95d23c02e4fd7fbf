"""Write a report file from a workspace: the inspection workbook (.xlsx) or the county summary (.pdf)."""
from __future__ import annotations

from pathlib import Path

from jinchang_desktop.standards.assess import Cancel, Progress


def write_report(workspace: Path, out: Path, *, school_year: int | None = None, progress: Progress | None = None,
                 cancel: Cancel | None = None) -> Path:
    """Long work: reads and assesses the workspace, then writes ``out`` whole or not at all."""
    from jinchang_desktop.reports.report_input import read_report_input

    data = read_report_input(workspace, school_year=school_year, progress=progress, cancel=cancel)
    if out.suffix.lower() == ".pdf":
        from jinchang_desktop.reports.pdf_summary import write_summary_pdf

        return write_summary_pdf(data, out, workspace=workspace, cancel=cancel)
    from jinchang_desktop.reports.excel.workbook import write_workbook

    return write_workbook(data, out, cancel=cancel)
