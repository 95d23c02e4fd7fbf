"""What the editor shows beside each field: hard errors and soft warnings (Qt-free).

Hard errors are the engine's ``record_problems``; they block an export. Soft warnings need a written
explanation at export: a resource indicator reached by less than 2% (a typo or a stretched figure
would tip it), and a change of more than 30% from last year's value.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from jinchang_desktop.gui.formatting import fmt_number, fmt_threshold
from jinchang_desktop.standards.assess import SchoolResult
from jinchang_desktop.standards.catalogue import Profile
from jinchang_desktop.standards.fields import FieldCatalogue, field_catalogue
from jinchang_desktop.standards.records import SchoolRecord
from jinchang_desktop.standards.validate import record_problems

NEAR_THRESHOLD = 0.02  # "within 2% above a threshold"
CHANGE_LIMIT = 0.30  # "a change of more than 30% from last year"
GENERAL = ""  # the key for problems that belong to no single field


@dataclass(frozen=True)
class FieldNote:
    level: Literal["error", "warning"]
    zh: str
    en: str

    def text(self, lang: str) -> str:
        return self.en if lang == "en" else self.zh


def hard_errors(record: SchoolRecord, catalogue: FieldCatalogue) -> dict[str, list[FieldNote]]:
    """``record_problems`` attached to the field each names (by its Chinese column label)."""
    by_label = {f.label_zh: f.key for f in catalogue.fields.values()}
    notes: dict[str, list[FieldNote]] = {}
    for problem in record_problems(record, catalogue=catalogue):
        key = by_label.get(problem.column or "", GENERAL)
        if key in catalogue.fields and not catalogue.fields[key].numeric:
            key = GENERAL  # school type and codes are not edited on these pages
        notes.setdefault(key, []).append(FieldNote("error", problem.zh, problem.en))
    return notes


def near_threshold_warnings(result: SchoolResult, profile: Profile,
                            catalogue: FieldCatalogue) -> dict[str, list[FieldNote]]:
    """Indicators reached by less than NEAR_THRESHOLD, noted on the fields that make up the quantity."""
    notes: dict[str, list[FieldNote]] = {}
    for section, section_result in result.sections.items():
        names = catalogue.sections[section]
        for key, item in section_result.indicators.items():
            threshold = float(item.threshold)
            if not item.reached or threshold <= 0 or item.value > threshold * (1 + NEAR_THRESHOLD):
                continue
            indicator = profile.indicators[key]
            above = (item.value / threshold - 1) * 100
            note = FieldNote(
                "warning",
                f"{names['zh']}：{indicator.name_zh} {fmt_number(item.value)}，仅比标准 "
                f"{fmt_threshold(item.threshold)} 高 {above:.1f}%，请核实",
                f"{names['en']}: {indicator.name_en} is {fmt_number(item.value)}, only {above:.1f}% "
                f"above the standard {fmt_threshold(item.threshold)}; please check",
            )
            for term in indicator.quantity:
                if term.startswith("-"):
                    continue  # a subtracted area is not what lifts the value over the line
                notes.setdefault(term.format(section=section), []).append(note)
    return notes


def _percent(pct: float) -> str:
    """One decimal, or two when one would read as the limit itself (30.04% is over 30%, "30%" is not)."""
    text = fmt_number(pct, decimals=1)
    # fmt_number groups thousands ("21,838.8" for a figure typed with extra zeros): compare without the commas.
    return text if float(text.replace(",", "")) > CHANGE_LIMIT * 100 else fmt_number(pct, decimals=2)


def change_warnings(record: SchoolRecord, previous: Mapping[str, int | float]) -> dict[str, list[FieldNote]]:
    """Values more than CHANGE_LIMIT away from last year's (fields without a non-zero last year are skipped)."""
    notes: dict[str, list[FieldNote]] = {}
    for key, last in previous.items():
        now = record.values.get(key)
        if now is None or not last:
            continue
        change = (now - last) / last
        if abs(change) <= CHANGE_LIMIT:
            continue
        pct = _percent(abs(change) * 100)
        if change > 0:
            zh, en = f"比去年（{fmt_number(last)}）增加 {pct}%，请核实", \
                f"{pct}% more than last year ({fmt_number(last)}); please check"
        else:
            zh, en = f"比去年（{fmt_number(last)}）减少 {pct}%，请核实", \
                f"{pct}% less than last year ({fmt_number(last)}); please check"
        notes.setdefault(key, []).append(FieldNote("warning", zh, en))
    return notes


def field_notes(record: SchoolRecord, result: SchoolResult, profile: Profile, *,
                previous: Mapping[str, int | float] | None = None,
                catalogue: FieldCatalogue | None = None) -> dict[str, list[FieldNote]]:
    """Every note per field key, errors first; GENERAL holds those that name no editable field."""
    catalogue = catalogue or field_catalogue()
    merged: dict[str, list[FieldNote]] = {}
    parts = [hard_errors(record, catalogue), near_threshold_warnings(result, profile, catalogue)]
    if previous:
        parts.append(change_warnings(record, previous))
    for part in parts:
        for key, notes in part.items():
            bucket = merged.setdefault(key, [])
            bucket.extend(n for n in notes if n not in bucket)
    return merged
