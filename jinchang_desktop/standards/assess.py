"""The assessment: every school's sections against the per-school rule, every county's CVs.

Pure functions; ``assess`` takes optional ``progress(done, total)`` and ``cancel()`` callables so a GUI
can run it off its thread.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from fractions import Fraction
from functools import partial

from jinchang_desktop.standards.catalogue import SECTIONS, Profile
from jinchang_desktop.standards.cv import CvResult, assess_cv
from jinchang_desktop.standards.guarantee import Check, school_checks
from jinchang_desktop.standards.numbers import collector_paused
from jinchang_desktop.standards.plan import IndicatorPlan, section_plan
from jinchang_desktop.standards.records import SchoolRecord
from jinchang_desktop.standards.school_rule import SectionResult, assess_unit
from jinchang_desktop.standards.sections import Exclusion, SectionUnit, exclusion_of, prepare, units_of

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]


class Cancelled(Exception):
    """The person cancelled; nothing was produced."""


@dataclass
class SchoolResult:
    record: SchoolRecord
    excluded: Exclusion | None = None
    sections: dict[str, SectionResult] = field(default_factory=dict)
    checks: list[Check] = field(default_factory=list)


@dataclass
class CountySection:
    county: str
    section: str
    limit: float
    schools: int = 0
    students: int = 0
    compliant_schools: int = 0
    cv: dict[str, CvResult] = field(default_factory=dict)

    @property
    def all_cv_ok(self) -> bool:
        return all(r.ok for r in self.cv.values())


@dataclass
class Assessment:
    profile: Profile
    schools: list[SchoolResult]
    counties: dict[str, dict[str, CountySection]]


def assess_school(record: SchoolRecord, profile: Profile) -> SchoolResult:
    """One counted school on its own (the live gauges call this on every keystroke)."""
    result = SchoolResult(record=record, excluded=exclusion_of(record, profile),
                          checks=school_checks(record, profile))
    if result.excluded is None:
        for unit in units_of(record, profile):
            result.sections[unit.section] = assess_unit(unit, profile)
    return result


def _exact_quantities(units: list[SectionUnit], plan: IndicatorPlan) -> list[Fraction]:
    return [Fraction(*u.exact_ratio(plan)) for u in units]


def county_section(county: str, section: str, units: list[SectionUnit], results: list[SectionResult],
                   profile: Profile) -> CountySection:
    limit = profile.cv_limit[section]
    summary = CountySection(county=county, section=section, limit=float(limit), schools=len(units),
                            students=sum(u.students for u in units),
                            compliant_schools=sum(1 for r in results if r.compliant))
    students = [u.students for u in units]
    for plan in section_plan(profile, section):
        quantities = [r.indicators[plan.key].quantity for r in results]
        summary.cv[plan.key] = assess_cv(
            students, quantities, limit, rounding_digits=profile.cv_rounding_digits,
            exact_quantities=partial(_exact_quantities, units, plan))
    return summary


def assess(records: list[SchoolRecord], profile: Profile, *, progress: Progress | None = None,
           cancel: Cancel | None = None) -> Assessment:
    """Assess checked records (see table.read_table / validate.validate_records)."""
    with collector_paused():
        return _assess(records, profile, progress, cancel)


def _assess(records: list[SchoolRecord], profile: Profile, progress: Progress | None,
            cancel: Cancel | None) -> Assessment:
    prepared = prepare(records, profile)
    by_county: dict[tuple[str, str], tuple[list[SectionUnit], list[SectionResult]]] = {}
    schools: list[SchoolResult] = []
    total = len(records)
    for done, record in enumerate(records):
        if cancel is not None and done % 256 == 0 and cancel():
            raise Cancelled()
        if progress is not None and done % 256 == 0:
            progress(done, total)
        result = SchoolResult(record=record, excluded=prepared.exclusions.get(record.code))
        merged = prepared.merged.get(record.code)
        if merged is not None:
            result.checks = school_checks(merged, profile)
        for unit in prepared.units.get(record.code, []):
            section_result = assess_unit(unit, profile)
            result.sections[unit.section] = section_result
            units, results = by_county.setdefault((record.county, unit.section), ([], []))
            units.append(unit)
            results.append(section_result)
        schools.append(result)
    counties: dict[str, dict[str, CountySection]] = {}
    for record in records:
        counties.setdefault(record.county, {})
    for (county, section), (units, results) in sorted(
            by_county.items(), key=lambda item: (item[0][0], SECTIONS.index(item[0][1]))):
        counties[county][section] = county_section(county, section, units, results, profile)
    if progress is not None:
        progress(total, total)
    return Assessment(profile=profile, schools=schools, counties=counties)
