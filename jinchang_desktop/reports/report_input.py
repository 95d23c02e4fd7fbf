"""Everything a report is made from, read once from a workspace: records, the engine's assessment, provenance."""
from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from jinchang_desktop import __version__
from jinchang_desktop.errors import JcError
from jinchang_desktop.i18n import msg
from jinchang_desktop.reports.county_values import CountyValue, county_values
from jinchang_desktop.standards.assess import Assessment, Cancel, Progress, assess
from jinchang_desktop.standards.catalogue import Profile
from jinchang_desktop.standards.records import SchoolRecord
from jinchang_desktop.standards.validate import validate_records
from jinchang_desktop.store.report_queries import AcceptedPackage


@dataclass
class ReportInput:
    role: str  # county, city (a school workspace reports on its own school as a county of one)
    code: str
    name: str
    school_year: int
    profile: Profile
    records: list[SchoolRecord]
    assessment: Assessment
    packages: list[AcceptedPackage] = field(default_factory=list)
    sources: dict[str, str] = field(default_factory=dict)  # school code → "package", "county-entry", "self" …
    county_values: Mapping[str, Mapping[str, CountyValue]] = field(default_factory=dict)  # by county
    years: list[int] = field(default_factory=list)  # every school year with data, for the trend
    exported_at: str = ""
    app_version: str = __version__

    @property
    def counties(self) -> list[str]:
        return list(self.assessment.counties)

    def county_records(self, county: str) -> list[SchoolRecord]:
        return [r for r in self.records if r.county == county]


def now_utc() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def read_report_input(path: Path, *, school_year: int | None = None, progress: Progress | None = None,
                      cancel: Cancel | None = None) -> ReportInput:
    """Read a county or city workspace (or a school's) and assess the year's data with the workspace's profile."""
    from jinchang_desktop.exchange.ws_profile import workspace_profile
    from jinchang_desktop.store.declared import list_schools, records_for_year
    from jinchang_desktop.store.report_queries import accepted_packages, school_years
    from jinchang_desktop.store.workspace import Workspace

    with Workspace.open(path) as ws:
        year = ws.school_year if school_year is None else school_year
        profile = workspace_profile(ws)
        # A school with nothing declared for the year (known from another year) is not in that year's tables.
        records = [r for r in records_for_year(ws.conn, year) if r.school_type and r.values]
        if ws.role == "school":
            records = [r for r in records if r.code == ws.code]
        packages = accepted_packages(ws.conn, year)
        sources = {s.code: s.source for s in list_schools(ws.conn)}
        values = {c: county_values(ws, year, c) for c in sorted({r.county for r in records})}
        years = school_years(ws.conn)
        role, code, name = ws.role, ws.code, ws.name
    if not records:
        raise JcError(msg("工作区中没有 {year} 学年的学校数据", year=year),
                      file=str(path), rule="no-data")
    problems = validate_records(records, file=str(path))
    if problems:
        first = problems[0]
        raise JcError(msg("数据有 {n_problems} 处错误，先改正再出报表：{first}", n_problems=len(problems), first=first),
                      file=str(path), row=first.row, column=first.column, rule=first.rule)
    assessment = assess(records, profile, progress=progress, cancel=cancel)
    return ReportInput(role=role, code=code, name=name, school_year=year, profile=profile, records=records,
                       assessment=assessment, packages=packages, sources=sources, county_values=values,
                       years=years, exported_at=now_utc())


def assess_year(path: Path, school_year: int) -> Assessment | None:
    """The assessment of another stored year (the trend chart); None when that year's data does not check."""
    from jinchang_desktop.exchange.ws_profile import workspace_profile
    from jinchang_desktop.store.declared import records_for_year
    from jinchang_desktop.store.workspace import Workspace

    with Workspace.open(path) as ws:
        profile = workspace_profile(ws)
        records = [r for r in records_for_year(ws.conn, school_year) if r.school_type and r.values]
    if not records or validate_records(records):
        return None
    return assess(records, profile)


YearAssessor = Callable[[int], Assessment | None]
