"""What-if: a county's figures changed, or teachers, rooms or equipment moved between schools, in a layer that
never touches stored data; the engine judges the result.

``WhatIf(records, profile, county)`` assesses the stored figures once and keeps each school's section results.
``evaluate(changes)`` re-assesses only the schools a scenario touches (their merged record, units and per-school
rule, by the engine's own functions) and recomputes the county's CVs with the engine's ``county_section``; it
also gives each school's share of each CV's Σ(Pᵢ/P)(Xᵢ−X̄)², so staff see which schools hold a CV up.
Plain, single-threaded; cheap enough to run on every keystroke (benchmarks/whatif_speed.py).
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from jinchang_desktop.errors import JcError
from jinchang_desktop.i18n import fixed, msg
from jinchang_desktop.standards.assess import CountySection, county_section
from jinchang_desktop.standards.catalogue import SECTIONS, Profile
from jinchang_desktop.standards.fields import field_catalogue
from jinchang_desktop.standards.records import SchoolRecord
from jinchang_desktop.standards.school_rule import SectionResult, assess_unit
from jinchang_desktop.standards.sections import SectionUnit, exclusion_of, merge_sites, units_of
from jinchang_desktop.standards.validate import record_problems

KINDS = ("set", "move")


@dataclass(frozen=True)
class Change:
    """One edit: ``set`` a school's field to ``value``, or ``move`` ``value`` of a field from ``school`` to ``to``."""

    kind: str
    school: str
    field: str
    value: float
    to: str = ""

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"kind": self.kind, "school": self.school, "field": self.field, "value": self.value}
        if self.kind == "move":
            data["to"] = self.to
        return data


@dataclass
class Scenario:
    name: str
    changes: list[Change] = field(default_factory=list)

    def to_json(self) -> str:
        return json.dumps({"name": self.name, "changes": [c.to_json() for c in self.changes]}, ensure_ascii=False,
                          sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> Scenario:
        try:
            data = json.loads(text)
            changes = [Change(str(c["kind"]), str(c["school"]), str(c["field"]), float(c["value"]),
                              str(c.get("to", ""))) for c in data["changes"]]
        except (ValueError, KeyError, TypeError) as exc:
            raise JcError(msg("方案内容无法读取：{exc}", exc=exc), rule="scenario") from None
        return cls(str(data.get("name", "")), changes)


@dataclass
class WhatIfResult:
    counties: dict[str, CountySection]  # section → the engine's county summary (CVs, verdicts)
    sections: dict[str, dict[str, SectionResult]]  # school code → section → the engine's per-school result
    contributions: dict[str, dict[str, dict[str, float]]]  # section → indicator → school code → share (0–1)
    changed: dict[str, dict[str, tuple[float, float]]]  # school code → field → (stored, scenario)
    problems: list[JcError]  # hard errors in the changed records (the scenario cannot be real as it stands)

    @property
    def all_pass(self) -> bool:
        return all(s.all_cv_ok and s.compliant_schools == s.schools for s in self.counties.values())


def _companions() -> dict[str, list[str]]:
    result: dict[str, list[str]] = {}
    for check in field_catalogue().checks:
        if check.rule == "le":
            result.setdefault(check.left, []).append(check.right)
    return result


class WhatIf:
    """The stored figures of one county, assessed once, ready for scenarios."""

    def __init__(self, records: list[SchoolRecord], profile: Profile, county: str) -> None:
        self.profile = profile
        self.county = county
        self.records = {r.code: r for r in records if r.county == county}
        self._fields = field_catalogue().fields
        self._companions = _companions()
        self._parent = {r.code: (r.parent_code if not r.counted else r.code) for r in self.records.values()}
        self._sites: dict[str, list[str]] = {}
        for code, parent in self._parent.items():
            self._sites.setdefault(parent, []).append(code)
        self._base: dict[str, tuple[list[SectionUnit], list[SectionResult]]] = {}
        for parent in self._sites:
            self._base[parent] = self._assess_school(parent, self.records)
        self._order = sorted(self._base)

    def _assess_school(self, parent: str, records: dict[str, SchoolRecord]
                       ) -> tuple[list[SectionUnit], list[SectionResult]]:
        if parent not in records:  # a site whose parent is not in this county: validation reports it
            return [], []
        merged, _ = merge_sites([records[code] for code in self._sites[parent]])
        record = merged[parent]
        if exclusion_of(record, self.profile) is not None:
            return [], []
        units = units_of(record, self.profile)
        return units, [assess_unit(u, self.profile) for u in units]

    def _changed_records(self, changes: list[Change]) -> dict[str, SchoolRecord]:
        changed: dict[str, SchoolRecord] = {}

        def record(code: str) -> SchoolRecord:
            if code not in changed:
                base = self.records.get(code)
                if base is None:
                    raise JcError(msg("学校“{code}”不在{county}", code=code, county=self.county),
                                  column=code, rule="scenario-school")
                changed[code] = SchoolRecord(base.code, base.name, base.county, base.school_type, base.counted,
                                             base.parent_code, dict(base.values), base.row)
            return changed[code]

        for change in changes:
            spec = self._fields.get(change.field)
            if spec is None or not spec.numeric:
                raise JcError(msg("未知的数据项“{field}”", field=change.field),
                              column=change.field, rule="field")
            if change.value < 0 or change.value != change.value:
                raise JcError(msg("数值不能为负数"), column=change.field, rule="range")
            if change.kind == "set":
                target = record(change.school)
                target.values[change.field] = change.value
            elif change.kind == "move":
                fields = [change.field, *(c for c in self._companions.get(change.field, ())
                                           if c in self.records.get(change.school, record(change.school)).values)]
                giver, taker = record(change.school), record(change.to)
                for name in fields:
                    have = giver.values.get(name, 0)
                    if have < change.value:
                        # The field's Chinese label, or its key in English, as the refusal always named it.
                        label = fixed(self._fields[name].label_zh, name)
                        raise JcError(msg("{school} 的{field}只有 {have:g}，不能调出 {value:g}", school=change.school,
                                          field=label, have=have, value=change.value),
                                      column=name, rule="scenario-move")
                    giver.values[name] = have - change.value
                    taker.values[name] = taker.values.get(name, 0) + change.value
            else:
                raise JcError(msg("未知的变更类型“{kind}”", kind=change.kind),
                              rule="scenario")
        return changed

    def evaluate(self, changes: list[Change]) -> WhatIfResult:
        """The county as the scenario would have it; stored data and the cached base are left as they are."""
        changed = self._changed_records(changes)
        records = {**self.records, **changed}
        touched = {self._parent[code] for code in changed}
        per_school = {code: self._assess_school(code, records) if code in touched else self._base[code]
                      for code in self._order}
        counties: dict[str, CountySection] = {}
        contributions: dict[str, dict[str, dict[str, float]]] = {}
        sections: dict[str, dict[str, SectionResult]] = {}
        for section in SECTIONS:
            units: list[SectionUnit] = []
            results: list[SectionResult] = []
            for code in self._order:
                for unit, result in zip(*per_school[code], strict=True):
                    if unit.section == section:
                        units.append(unit)
                        results.append(result)
                        sections.setdefault(code, {})[section] = result
            if units:
                counties[section] = county_section(self.county, section, units, results, self.profile)
                contributions[section] = _contributions(units, results)
        diff = {code: {k: (self.records[code].get(k), v) for k, v in record.values.items()
                       if v != self.records[code].get(k)} for code, record in changed.items()}
        problems = [p for record in changed.values() for p in record_problems(record)]
        return WhatIfResult(counties, sections, contributions, {c: d for c, d in diff.items() if d}, problems)


def _contributions(units: list[SectionUnit], results: list[SectionResult]) -> dict[str, dict[str, float]]:
    """Each school's share of Σ(Pᵢ/P)(Xᵢ−X̄)² per indicator (shares add up to 1; all 0 when every school is equal)."""
    students = [u.students for u in units]
    total_students = sum(students)
    shares: dict[str, dict[str, float]] = {}
    for key in results[0].indicators:
        quantities = [r.indicators[key].quantity for r in results]
        mean = sum(quantities) / total_students
        terms = [(p / total_students) * (x / p - mean) ** 2 for p, x in zip(students, quantities, strict=True)]
        whole = sum(terms)
        by_school: dict[str, float] = {}
        for unit, term in zip(units, terms, strict=True):
            by_school[unit.record.code] = term / whole if whole > 0 else 0.0
        shares[key] = by_school
    return shares


@dataclass(frozen=True)
class CvChange:
    section: str
    indicator: str
    before: float | None
    after: float | None
    ok_before: bool
    ok_after: bool


@dataclass(frozen=True)
class VerdictChange:
    school: str
    section: str
    before: bool
    after: bool


def compare(stored: WhatIfResult, scenario: WhatIfResult) -> tuple[list[CvChange], list[VerdictChange]]:
    """What a scenario changes against the stored state: every CV that moved, every school verdict that flipped."""
    cvs = []
    for section, summary in scenario.counties.items():
        base = stored.counties.get(section)
        for key, result in summary.cv.items():
            old = base.cv[key] if base is not None else None
            if old is None or old.cv != result.cv or old.ok != result.ok:
                cvs.append(CvChange(section, key, old.cv if old else None, result.cv, bool(old and old.ok),
                                    result.ok))
    verdicts = [VerdictChange(code, section, stored.sections[code][section].compliant, result.compliant)
                for code, by_section in scenario.sections.items() for section, result in by_section.items()
                if section in stored.sections.get(code, {})
                and stored.sections[code][section].compliant != result.compliant]
    return cvs, verdicts
