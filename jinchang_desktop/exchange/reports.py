"""``export``: a school's report, or a county's report of all its schools, as a signed package."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from jinchang_desktop.errors import JcError
from jinchang_desktop.exchange.export import export_package
from jinchang_desktop.exchange.payloads import (
    COUNTY_REPORT,
    SCHOOL_REPORT,
    CountyReport,
    SchoolReport,
    county_report_bytes,
    school_report_bytes,
)
from jinchang_desktop.exchange.readiness import workspace_check
from jinchang_desktop.i18n import msg
from jinchang_desktop.packages.format import VerifiedPackage
from jinchang_desktop.standards.records import SchoolRecord
from jinchang_desktop.standards.validate import validate_records
from jinchang_desktop.store.declared import get_record, records_for_year
from jinchang_desktop.store.explanations import explanations
from jinchang_desktop.store.packages import report_sources
from jinchang_desktop.store.workspace import Workspace


class ExportBlocked(JcError):
    """Hard errors or unexplained warnings remain; ``problems`` lists them."""

    def __init__(self, problems: list[JcError]) -> None:
        self.problems = problems
        super().__init__(msg("还有 {n_problems} 处问题须改正或说明，不能导出：{problems}", n_problems=len(problems),
                             problems=problems[0]),
                         rule="export-check")


def school_record(workspace: Workspace) -> SchoolRecord:
    record = get_record(workspace.conn, workspace.code, workspace.school_year)
    if not record.school_type:
        raise JcError(msg("尚未设置学校类型"), rule="school-type")
    return record


def export_school_report(workspace: Workspace, out: Path) -> VerifiedPackage:
    # Refused where `check` refuses: hard errors, or a soft warning without its explanation. Nothing is written.
    check = workspace_check(workspace)
    if not check.allowed:
        raise ExportBlocked(check.reasons())
    record = school_record(workspace)
    report = SchoolReport(record, explanations(workspace.conn, record.code, workspace.school_year),
                          warnings=[w.to_json() for w in check.warnings], ledger=_ledger(workspace))
    return export_package(workspace, "school-report", {SCHOOL_REPORT: school_report_bytes(report)}, out)


def county_records(workspace: Workspace) -> list[SchoolRecord]:
    """The county's schools that have a type, with their accepted or entered data."""
    return [r for r in records_for_year(workspace.conn, workspace.school_year) if r.school_type]


def export_county_report(workspace: Workspace, out: Path) -> VerifiedPackage:
    records = county_records(workspace)
    problems = validate_records(records)
    if problems:
        raise ExportBlocked(problems)
    sources = report_sources(workspace.conn, workspace.school_year)
    report = CountyReport(workspace.code, workspace.name, records, sources, ledger=_ledger(workspace))
    return export_package(workspace, "county-report", {COUNTY_REPORT: county_report_bytes(report)}, out)


def _ledger(workspace: Workspace) -> dict[str, Any] | None:
    """The ledger the package carries, refreshed from the data being sent."""
    from jinchang_desktop.ledger.book import refresh_ledger
    from jinchang_desktop.ledger.chain import ledger_payload

    try:
        refresh_ledger(workspace, trigger="export")
    except JcError:
        pass  # figures that cannot be judged yet leave the ledger as it stands; the export itself goes on
    return ledger_payload(workspace)


def export_report(workspace: Workspace, out: Path) -> VerifiedPackage:
    if workspace.role == "school":
        return export_school_report(workspace, out)
    if workspace.role == "county":
        return export_county_report(workspace, out)
    if workspace.role == "inspector":
        from jinchang_desktop.inspection.findings import export_findings

        return export_findings(workspace, out)
    raise JcError(msg("{role} 工作区没有可导出的报告", role=workspace.role),
                  rule="role")
