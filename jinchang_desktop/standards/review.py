"""Soft warnings, and whether a school's report may be exported.

Hard errors (``validate.record_problems``) name impossible data. Soft warnings name allowed values that look like
a typo or a stretched figure (thresholds in fields.toml ``[review]``): an indicator reached by a hair, or a big
change from last year. A report may be exported when no hard error remains and every warning has a written
explanation. The editor's notes, the export wizard, ``check``, ``export`` and the county's import all take their
answer from here; none decides by itself.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from fractions import Fraction
from typing import Any, Literal

from jinchang_desktop.errors import JcError
from jinchang_desktop.i18n import Msg, msg
from jinchang_desktop.standards.assess import SchoolResult, assess_school
from jinchang_desktop.standards.catalogue import Profile
from jinchang_desktop.standards.fields import FieldCatalogue, field_catalogue
from jinchang_desktop.standards.numbers import exact, fmt_number, fmt_threshold
from jinchang_desktop.standards.plan import section_plan
from jinchang_desktop.standards.records import SchoolRecord
from jinchang_desktop.standards.sections import units_of
from jinchang_desktop.standards.validate import record_problems

GENERAL = ""  # the key of a problem that belongs to no single field
NEAR_RULE = "near-threshold"
CHANGE_RULE = "change-from-last-year"
EXPLANATION_RULE = "explanation-required"


@dataclass(frozen=True)
class Note:
    """One thing to say about a field: a hard error or a soft warning, in both languages."""

    level: Literal["error", "warning"]
    message: Msg
    rule: str = ""

    @property
    def zh(self) -> str:
        return self.message.zh

    @property
    def en(self) -> str:
        return self.message.en

    def text(self, lang: str) -> str:
        return self.message.text(lang)


Notes = dict[str, list[Note]]


def hard_errors(record: SchoolRecord, catalogue: FieldCatalogue | None = None) -> Notes:
    """``record_problems`` by the key of the field each names (its Chinese column label), GENERAL for none."""
    catalogue = catalogue or field_catalogue()
    if not record.school_type:
        # Nothing else can be checked until the type is known: one error, about the type.
        return {"school_type": [Note("error", msg("尚未设置学校类型"), "school-type")]}
    by_label = {f.label_zh: f.key for f in catalogue.fields.values()}
    notes: Notes = {}
    for problem in record_problems(record, catalogue=catalogue):
        key = by_label.get(problem.column or "", GENERAL)
        notes.setdefault(key, []).append(Note("error", problem.text, problem.rule or ""))
    return notes


def near_threshold_warnings(record: SchoolRecord, result: SchoolResult, profile: Profile,
                            catalogue: FieldCatalogue | None = None) -> Notes:
    """Indicators reached with at most ``near_threshold`` to spare, noted on the fields that make up the quantity."""
    catalogue = catalogue or field_catalogue()
    margin = 1 + catalogue.review.near_threshold
    units = {unit.section: unit for unit in units_of(record, profile)} if result.sections else {}
    notes: Notes = {}
    for section, section_result in result.sections.items():
        unit = units[section]
        plans = {plan.key: plan for plan in section_plan(profile, section)}
        for key, item in section_result.indicators.items():
            if not item.reached or item.threshold <= 0:
                continue
            plan = plans[key]
            numerator, denominator = unit.exact_ratio(plan)
            # Exactly, from the decimals typed: "2% above" must not depend on float rounding.
            if Fraction(numerator * plan.per, denominator * unit.students) > item.threshold * margin:
                continue
            indicator = profile.indicators[key]
            above = (item.value / float(item.threshold) - 1) * 100
            note = Note("warning", msg("{section}：{indicator} {value}，仅比标准 {threshold} 高 {above:.1f}%，请核实",
                                       section=catalogue.section_name(section), indicator=indicator.name,
                                       value=fmt_number(item.value), threshold=fmt_threshold(item.threshold),
                                       above=above), NEAR_RULE)
            for term in indicator.quantity:
                if term.startswith("-"):
                    continue  # a subtracted area is not what lifts the value over the line
                notes.setdefault(term.format(section=section), []).append(note)
    return notes


def _percent(pct: Fraction, limit: Fraction) -> str:
    """One decimal, or two when one would read as the limit itself (30.04% is over 30%, "30%" is not)."""
    text = fmt_number(float(pct), decimals=1)
    # fmt_number groups thousands ("21,838.8" for a figure typed with extra zeros): compare without the commas.
    return text if Fraction(text.replace(",", "")) > limit * 100 else fmt_number(float(pct), decimals=2)


def change_warnings(record: SchoolRecord, previous: Mapping[str, int | float],
                    catalogue: FieldCatalogue | None = None) -> Notes:
    """Values more than ``change_limit`` away from last year's (fields without a non-zero last year are skipped)."""
    catalogue = catalogue or field_catalogue()
    limit = catalogue.review.change_limit
    notes: Notes = {}
    for key, last in previous.items():
        now = record.values.get(key)
        if now is None or not last:
            continue
        change = (exact(now) - exact(last)) / exact(last)
        if abs(change) <= limit:
            continue
        pct = _percent(abs(change) * 100, limit)
        if change > 0:
            text = msg("比去年（{last}）增加 {pct}%，请核实", last=fmt_number(last), pct=pct)
        else:
            text = msg("比去年（{last}）减少 {pct}%，请核实", last=fmt_number(last), pct=pct)
        notes.setdefault(key, []).append(Note("warning", text, CHANGE_RULE))
    return notes


def field_notes(record: SchoolRecord, result: SchoolResult | None, profile: Profile, *,
                previous: Mapping[str, int | float] | None = None,
                catalogue: FieldCatalogue | None = None) -> Notes:
    """Every note per field key, errors first. Warnings need a record of a known type (and its assessment)."""
    catalogue = catalogue or field_catalogue()
    parts = [hard_errors(record, catalogue)]
    if record.school_type in catalogue.school_types:
        result = result if result is not None else assess_school(record, profile)
        parts.append(near_threshold_warnings(record, result, profile, catalogue))
        if previous:
            parts.append(change_warnings(record, previous, catalogue))
    merged: Notes = {}
    for part in parts:
        for key, notes in part.items():
            bucket = merged.setdefault(key, [])
            bucket.extend(n for n in notes if n not in bucket)
    return merged


@dataclass(frozen=True)
class Finding:
    """A hard error or a soft warning on one field (GENERAL for none), with the explanation given for a warning."""

    field: str
    note: Note
    explanation: str = ""

    @property
    def explained(self) -> bool:
        return bool(self.explanation)

    def to_json(self) -> dict[str, Any]:
        item: dict[str, Any] = {"field": self.field, "rule": self.note.rule,
                                "message": {"zh": self.note.zh, "en": self.note.en}}
        if self.note.level == "warning":
            item["explained"] = self.explained
            item["explanation"] = self.explanation
        return item


@dataclass(frozen=True)
class ExportCheck:
    """The answer to "may this school's report be exported, and if not, why"."""

    errors: tuple[Finding, ...]
    warnings: tuple[Finding, ...]

    @property
    def unexplained(self) -> tuple[Finding, ...]:
        return tuple(w for w in self.warnings if not w.explained)

    @property
    def allowed(self) -> bool:
        return not self.errors and not self.unexplained

    def with_explanations(self, explanations: Mapping[str, str]) -> ExportCheck:
        """The same findings answered by ``explanations`` instead (the wizard asks as the clerk types)."""
        return ExportCheck(self.errors, tuple(replace(w, explanation=(explanations.get(w.field) or "").strip())
                                              for w in self.warnings))

    def to_json(self) -> dict[str, Any]:
        return {"allowed": self.allowed, "errors": [e.to_json() for e in self.errors],
                "warnings": [w.to_json() for w in self.warnings]}

    def reasons(self, catalogue: FieldCatalogue | None = None) -> list[JcError]:
        """Why the export is refused, one JcError each (column: the field's label): errors, then unexplained."""
        catalogue = catalogue or field_catalogue()
        reasons = []
        for finding in (*self.errors, *self.unexplained):
            spec = catalogue.fields.get(finding.field)
            column = spec.label_zh if spec else None
            if finding.note.level == "error":
                reasons.append(JcError(finding.note.message, column=column, rule=finding.note.rule))
            else:
                reasons.append(JcError(msg("{note}；尚未填写说明", note=finding.note),
                                       column=column, rule=EXPLANATION_RULE))
        return reasons


def export_check(record: SchoolRecord, profile: Profile, *, previous: Mapping[str, int | float] | None = None,
                 explanations: Mapping[str, str] | None = None, result: SchoolResult | None = None,
                 catalogue: FieldCatalogue | None = None) -> ExportCheck:
    """Hard errors and soft warnings of ``record`` (against last year's ``previous`` values); a warning is explained
    when ``explanations`` has non-blank text for its field. Warnings come in the order of the entry pages."""
    catalogue = catalogue or field_catalogue()
    explanations = explanations or {}
    notes = field_notes(record, result, profile, previous=previous, catalogue=catalogue)
    errors = tuple(Finding(key, n) for key, found in notes.items() for n in found if n.level == "error")
    order = {key: index for index, key in enumerate(catalogue.fields)}
    warnings = tuple(
        Finding(key, n, (explanations.get(key) or "").strip())
        for key in sorted(notes, key=lambda k: order.get(k, len(order)))
        for n in notes[key] if n.level == "warning")
    return ExportCheck(errors=errors, warnings=warnings)
