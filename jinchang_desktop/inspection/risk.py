"""What an inspector should check first: a score per school field, each with the sentence saying why.

Every judgement comes from the engine or the review rules (``assess_school``, ``review.change_warnings``,
``review.export_check``, ``planning.whatif``'s CV shares); this module only weighs them by
``resources/standards/inspection.toml``. Pure and Qt-free.
"""
from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from jinchang_desktop.i18n import N_, Msg, Worded, msg
from jinchang_desktop.inspection.rules import InspectionRules, inspection_rules
from jinchang_desktop.planning.whatif import WhatIf
from jinchang_desktop.standards.assess import assess_school
from jinchang_desktop.standards.catalogue import Profile
from jinchang_desktop.standards.fields import field_catalogue
from jinchang_desktop.standards.numbers import exact, fmt_number
from jinchang_desktop.standards.records import SchoolRecord
from jinchang_desktop.standards.review import change_warnings, export_check

NEAR, CHANGE, UNEXPLAINED, WEAK, CV = "near-threshold", "change", "unexplained", "weak-explanation", "cv-share"


@dataclass(frozen=True)
class Reason(Worded):
    kind: str
    score: float
    text: Msg

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "score": round(self.score, 3), "zh": self.zh, "en": self.en}


@dataclass
class RiskItem:
    """One field of one school to check, with every reason that points at it; ``score`` is their sum."""

    school: str
    field: str
    reasons: list[Reason] = dataclasses.field(default_factory=list)

    @property
    def score(self) -> float:
        return sum(r.score for r in self.reasons)

    def to_json(self) -> dict[str, Any]:
        return {"school": self.school, "field": self.field, "score": round(self.score, 3),
                "reasons": [r.to_json() for r in self.reasons]}


def _terms(profile: Profile, key: str, section: str) -> list[str]:
    """The declared fields that lift an indicator's value (a subtracted area does not)."""
    return [t.format(section=section) for t in profile.indicators[key].quantity if not t.startswith("-")]


def near_reasons(record: SchoolRecord, profile: Profile, rules: InspectionRules) -> dict[str, list[Reason]]:
    """Indicators reached by less than ``near_window``: the closer to the threshold, the higher the score."""
    result = assess_school(record, profile)
    catalogue = field_catalogue()
    found: dict[str, list[Reason]] = {}
    for section, section_result in result.sections.items():
        for key, item in section_result.indicators.items():
            if not item.reached or item.threshold <= 0:
                continue
            above = float(exact(item.value) / item.threshold - 1)
            if above > rules.near_window:
                continue
            score = rules.near_weight * (1 - above / rules.near_window)
            indicator = profile.indicators[key]
            reason = Reason(NEAR, score, msg("{section}{indicator} {value} 仅比标准 {threshold} 高 {above:.1f}%",
                                             section=catalogue.section_name(section), indicator=indicator.name,
                                             value=fmt_number(item.value),
                                             threshold=fmt_number(float(item.threshold)), above=above * 100))
            for term in _terms(profile, key, section):
                found.setdefault(term, []).append(reason)
    return found


def change_reasons(record: SchoolRecord, previous: Mapping[str, int | float],
                   rules: InspectionRules) -> dict[str, list[Reason]]:
    found: dict[str, list[Reason]] = {}
    for key, notes in change_warnings(record, previous).items():
        last, now = previous[key], record.values[key]
        change = abs(float((exact(now) - exact(last)) / exact(last)))
        found[key] = [Reason(CHANGE, rules.change_weight * min(change, 1.0), notes[0].message)]
    return found


def warning_reasons(record: SchoolRecord, profile: Profile, previous: Mapping[str, int | float],
                    explanations: Mapping[str, str], rules: InspectionRules) -> dict[str, list[Reason]]:
    found: dict[str, list[Reason]] = {}
    for warning in export_check(record, profile, previous=previous, explanations=explanations).warnings:
        if not warning.explained:
            reason = Reason(UNEXPLAINED, rules.unexplained_weight, msg("软警告未作说明：{note}", note=warning.note))
        elif len(warning.explanation) < rules.weak_explanation_chars:
            reason = Reason(WEAK, rules.weak_weight, msg("说明过短（“{explanation}”）：{note}",
                                                         explanation=warning.explanation, note=warning.note))
        else:
            continue
        bucket = found.setdefault(warning.field, [])
        if all(r.kind != reason.kind for r in bucket):
            bucket.append(reason)
    return found


def cv_reasons(records: list[SchoolRecord], profile: Profile, county: str,
               rules: InspectionRules) -> dict[str, dict[str, list[Reason]]]:
    """school → field → reason, where the school holds at least ``cv_share_min`` of a county CV."""
    result = WhatIf(records, profile, county).evaluate([])
    catalogue = field_catalogue()
    found: dict[str, dict[str, list[Reason]]] = {}
    for section, by_indicator in result.contributions.items():
        summary = result.counties[section]
        for key, shares in by_indicator.items():
            failing = not summary.cv[key].ok if key in summary.cv else False
            indicator = profile.indicators[key]
            for code, share in shares.items():
                if share < rules.cv_share_min:
                    continue
                score = rules.cv_weight * share * (2 if failing else 1)
                template = N_("本校占全县{section}{indicator}差异系数的 {share:.0f}%（差异系数未达标）") if failing \
                    else N_("本校占全县{section}{indicator}差异系数的 {share:.0f}%")
                reason = Reason(CV, score, msg(template, section=catalogue.section_name(section),
                                               indicator=indicator.name, share=share * 100))
                for term in _terms(profile, key, section):
                    found.setdefault(code, {}).setdefault(term, []).append(reason)
    return found


def school_risks(record: SchoolRecord, profile: Profile, *, previous: Mapping[str, int | float],
                 explanations: Mapping[str, str], cv: Mapping[str, list[Reason]] | None = None,
                 rules: InspectionRules | None = None) -> list[RiskItem]:
    """The fields of one school to check, highest score first (ties in the entry pages' order)."""
    rules = rules or inspection_rules()
    items: dict[str, RiskItem] = {}
    parts: list[Mapping[str, list[Reason]]] = []
    if record.school_type in field_catalogue().school_types:
        parts = [near_reasons(record, profile, rules), change_reasons(record, previous, rules),
                 warning_reasons(record, profile, previous, explanations, rules), cv or {}]
    for part in parts:
        for key, reasons in part.items():
            item = items.setdefault(key, RiskItem(record.code, key))
            item.reasons.extend(reasons)
    return rank(list(items.values()))


def rank(items: list[RiskItem]) -> list[RiskItem]:
    order = {key: index for index, key in enumerate(field_catalogue().fields)}
    return sorted(items, key=lambda i: (-i.score, i.school, order.get(i.field, len(order)), i.field))
