"""What the county's dashboard shows, as plain data (no Qt): one assessment of the county's records, each school
section's results against the seven indicators, its verdict, its share of each CV and its guarantee checks.

Built once from one assessment (``assess``) and the what-if core's stored state (``planning.whatif``), which
gives each school's share of Σ(Pᵢ/P)(Xᵢ−X̄)²; nothing here judges a rule again.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from jinchang_desktop.errors import JcError
from jinchang_desktop.i18n import N_, msg, translate
from jinchang_desktop.planning.whatif import WhatIf, WhatIfResult
from jinchang_desktop.reports.county_items import ScoreRow
from jinchang_desktop.standards.assess import Assessment, CountySection, SchoolResult, assess
from jinchang_desktop.standards.catalogue import Indicator, Profile
from jinchang_desktop.standards.county_items import ItemValue
from jinchang_desktop.standards.guarantee import Check
from jinchang_desktop.standards.records import SchoolRecord
from jinchang_desktop.standards.school_rule import SectionResult
from jinchang_desktop.standards.validate import validate_records

SECTION_WORDS = {"primary": N_("小学"), "junior": N_("初中")}


@dataclass(frozen=True)
class MatrixRow:
    """One school section: a row of the compliance matrix."""

    code: str
    name: str
    section: str
    result: SectionResult
    shares: dict[str, float]  # indicator → the school's share (0–1) of the county's Σ(Pᵢ/P)(Xᵢ−X̄)²


@dataclass
class Dashboard:
    county: str
    profile: Profile
    records: list[SchoolRecord]
    assessment: Assessment
    whatif: WhatIf
    stored: WhatIfResult  # the what-if core's stored state: contributions of each school

    @property
    def indicators(self) -> list[Indicator]:
        return list(self.profile.resource_indicators)

    def sections(self) -> list[str]:
        return list(self.assessment.counties.get(self.county, {}))

    def county_section(self, section: str) -> CountySection | None:
        return self.assessment.counties.get(self.county, {}).get(section)

    def schools(self) -> list[SchoolResult]:
        return [s for s in self.assessment.schools if s.record.county == self.county]

    def rows(self, section: str, result: WhatIfResult | None = None) -> list[MatrixRow]:
        """The matrix of ``section``: from the stored state, or from a what-if result."""
        source = result or self.stored
        shares = source.contributions.get(section, {})
        names = {r.code: r.name for r in self.records}
        rows = []
        for code, by_section in source.sections.items():
            if section in by_section:
                rows.append(MatrixRow(code, names.get(code, code), section, by_section[section],
                                      {key: shares.get(key, {}).get(code, 0.0) for key in shares}))
        return rows

    def checks(self) -> list[tuple[SchoolRecord, Check]]:
        """Every school's government-guarantee checks (class sizes, rooms, funding)."""
        return [(s.record, check) for s in self.schools() for check in s.checks]


def county_of(records: list[SchoolRecord], own: str = "") -> str:
    counties = sorted({r.county for r in records})
    if own in counties or not counties:
        return own
    return counties[0]


def usable_records(records: list[SchoolRecord]) -> list[SchoolRecord]:
    """The records a year's assessment takes: a school with a type and some figures (as the report does)."""
    return [r for r in records if r.school_type and r.values]


def build_dashboard(records: list[SchoolRecord], profile: Profile, county: str) -> Dashboard:
    """The dashboard of ``county``; JcError when its figures do not pass the hard checks (nothing to judge)."""
    records = [r for r in usable_records(records) if r.county == county]
    if not records:
        raise JcError(msg("{county}还没有本学年的学校数据", county=county), rule="no-data")
    problems = validate_records(records)
    if problems:
        first = problems[0]
        raise JcError(msg("数据有 {n_problems} 处错误，先改正：{first}", n_problems=len(problems), first=first),
                      row=first.row, column=first.column, rule=first.rule)
    assessment = assess(records, profile)
    whatif = WhatIf(records, profile, county)
    return Dashboard(county, profile, records, assessment, whatif, whatif.evaluate([]))


GLYPHS = {"reached": "✓", "near": "△", "below": "✗"}  # a cell is read without its colour too


def short_name(indicator: Indicator, lang: str) -> str:
    """A column head of the matrix: the charts' short name of the indicator."""
    from jinchang_desktop.reports.charts import SHORT_NAMES

    short = SHORT_NAMES.get(indicator.key)
    return translate(short, lang) if short else indicator.name.text(lang)


def section_name(section: str, lang: str) -> str:
    return translate(SECTION_WORDS[section], lang) if section in SECTION_WORDS else section


def cv_line(summary: CountySection, indicator: Indicator, lang: str) -> tuple[str, str, str, str, bool]:
    """One CV as the dashboard lists it: (indicator, CV, limit, the pooled county value, ok)."""
    from jinchang_desktop.reports.numbers import fmt_number

    result = summary.cv.get(indicator.key)
    name = indicator.name.text(lang)
    limit = fmt_number(summary.limit)
    if result is None:
        return name, "—", limit, "—", True
    cv = "—" if result.cv is None else f"{result.cv:.3f}"
    unit = indicator.unit_en if lang == "en" else indicator.unit_zh
    pooled = f"{fmt_number(result.mean * indicator.per)} {unit}".strip()
    return name, cv, limit, pooled, result.ok


def share_tooltip(indicator: Indicator, school: str, share: float, lang: str) -> str:
    """What a contribution cell means, in words."""
    return msg("{school}\n{name}\n占全县 Σ(Pᵢ/P)(Xᵢ−X̄)² 的 {percent}\n占比越大，这所学校对差异系数的抬高越多。",
               school=school, name=indicator.name, percent=f"{share * 100:.1f}%").text(lang)


# -- the city: its counties side by side ----------------------------------------------------------------------

PASSES, FAILS, INCOMPLETE = "passes", "fails", "incomplete"
VERDICT_WORDS = {PASSES: msg("通过"), FAILS: msg("未通过"), INCOMPLETE: msg("数据不全")}


@dataclass
class CountyOverview:
    county: str
    dashboard: Dashboard | None
    scorecard: list[ScoreRow]
    problem: JcError | None = None  # why the county's figures could not be judged

    @property
    def verdict(self) -> str:
        """Passes when every row of its scorecard is met; fails when one is not; else its data are incomplete."""
        if self.problem is not None or self.dashboard is None:
            return INCOMPLETE
        statuses = {row.status for row in self.scorecard}
        if "not_met" in statuses:
            return FAILS
        return PASSES if statuses <= {"met"} else INCOMPLETE


def city_verdict(counties: list[CountyOverview]) -> str:
    """整市: the city passes when every county passes."""
    verdicts = {c.verdict for c in counties}
    if not counties or FAILS in verdicts:
        return FAILS if counties else INCOMPLETE
    return PASSES if verdicts == {PASSES} else INCOMPLETE


def county_overviews(records: list[SchoolRecord], profile: Profile,
                     item_values: Callable[[str], Mapping[str, ItemValue]]) -> list[CountyOverview]:
    """Every county among ``records``: its dashboard (CVs, verdicts) and its full scorecard."""
    from jinchang_desktop.reports.county_items import county_scorecard

    result = []
    for county in sorted({r.county for r in usable_records(records)}):
        try:
            dashboard = build_dashboard(records, profile, county)
        except JcError as exc:
            result.append(CountyOverview(county, None, county_scorecard(profile, item_values(county), None, county),
                                         exc))
            continue
        rows = county_scorecard(profile, item_values(county), dashboard.assessment, county)
        result.append(CountyOverview(county, dashboard, rows))
    return result
