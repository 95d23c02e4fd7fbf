"""A school's verdicts and guarantee items as plain data, taken from the engine's result (never re-judged), and
the comparison of declared with verified values the visit screens, the visit report and the county show."""
from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from jinchang_desktop.errors import JcError
from jinchang_desktop.i18n import msg
from jinchang_desktop.inspection.rules import flagged, inspection_rules, ratio
from jinchang_desktop.reports.verdicts import Words, school_verdict
from jinchang_desktop.standards.assess import SchoolResult, assess_school
from jinchang_desktop.standards.catalogue import Profile
from jinchang_desktop.standards.fields import field_catalogue
from jinchang_desktop.standards.records import SchoolRecord


def check_item(key: str, part: str) -> str:
    """The checklist's key of a per-school guarantee item."""
    return f"{key}:{part}"


def verdicts_json(result: SchoolResult) -> dict[str, Any]:
    """Section → compliant, indicators reached, and each indicator's value, threshold and gap."""
    words = school_verdict(result)
    sections: dict[str, Any] = {}
    for section, outcome in result.sections.items():
        sections[section] = {
            "compliant": outcome.compliant, "reached": outcome.reached,
            "indicators": {key: {"value": item.value, "threshold": float(item.threshold), "reached": item.reached,
                                 "gap": item.gap.to_threshold if item.gap else 0}
                           for key, item in outcome.indicators.items()}}
    return {"verdict": {"zh": words.zh, "en": words.en, "level": words.level}, "sections": sections}


def checks_json(result: SchoolResult) -> list[dict[str, Any]]:
    return [{"item": check_item(c.key, c.part), "ok": c.ok, "zh": c.detail_zh, "en": c.detail_en}
            for c in result.checks]


@dataclass(frozen=True)
class FieldRow:
    """One declared field beside its verified value."""

    field: str
    label_zh: str
    label_en: str
    declared: float | None
    verified: float | None
    ratio: float | None
    flagged: bool
    note: str


@dataclass
class Comparison:
    school: str
    name: str
    rows: list[FieldRow]
    declared_verdict: Words
    verified_verdict: Words
    declared: dict[str, Any] = field(default_factory=dict)  # verdicts_json of the declared record
    verified: dict[str, Any] = field(default_factory=dict)  # … of the record with verified values in

    @property
    def discrepancies(self) -> list[FieldRow]:
        return [r for r in self.rows if r.flagged]


def with_verified(record: SchoolRecord, verified: Mapping[str, float | None]) -> SchoolRecord:
    """The record as the inspector found it: the verified value where there is one, declared elsewhere."""
    values = dict(record.values)
    values.update({k: v for k, v in verified.items() if v is not None})
    return SchoolRecord(record.code, record.name, record.county, record.school_type, record.counted,
                        record.parent_code, values, record.row)


LAYERS = ("declared", "verified")


def records_in_layer(conn: sqlite3.Connection, records: list[SchoolRecord], school_year: int,
                     layer: str) -> list[SchoolRecord]:
    """The records an assessment of ``layer`` judges: as declared, or with each verified value in place of the
    declared one (declared elsewhere). Reads only; the declared data is never changed."""
    if layer == "declared":
        return records
    if layer != "verified":
        raise JcError(msg("未知的数据层“{layer}”（可选 declared、verified）", layer=layer), rule="layer")
    from jinchang_desktop.store.inspection import verified_values

    found = verified_values(conn, school_year)
    return [with_verified(r, found.get(r.code, {})) for r in records]


def compare(record: SchoolRecord, verified: Mapping[str, float | None], notes: Mapping[str, str],
            profile: Profile, *, all_fields: bool = True) -> Comparison:
    """Declared against verified, field by field, and the verdicts both ways (the engine on both records)."""
    catalogue = field_catalogue()
    tolerance = inspection_rules().tolerance
    rows = []
    for key, spec in catalogue.fields.items():
        if not spec.numeric:
            continue
        declared = record.values.get(key)
        found = verified.get(key)
        if not all_fields and found is None and not notes.get(key):
            continue
        if declared is None and found is None and not notes.get(key):
            continue
        rows.append(FieldRow(key, spec.label_zh, spec.label_en, declared, found, ratio(declared, found),
                             flagged(declared, found, tolerance), notes.get(key, "")))
    declared_result = assess_school(record, profile)
    verified_result = assess_school(with_verified(record, verified), profile)
    return Comparison(record.code, record.name, rows, school_verdict(declared_result),
                      school_verdict(verified_result), verdicts_json(declared_result), verdicts_json(verified_result))
