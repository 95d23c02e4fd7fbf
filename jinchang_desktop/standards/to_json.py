"""The assessment as plain JSON-ready data (the shape the CLI's ``assess --json`` prints)."""
from __future__ import annotations

import json
import math
from collections.abc import Mapping
from json.encoder import encode_basestring
from typing import Any, TextIO

from jinchang_desktop.standards.assess import Assessment, CountySection, SchoolResult
from jinchang_desktop.standards.guarantee import Check
from jinchang_desktop.standards.numbers import collector_paused
from jinchang_desktop.standards.school_rule import SectionResult


def _number(value: float) -> float | int | None:
    if math.isinf(value) or math.isnan(value):
        return None
    return int(value) if float(value).is_integer() else value


def section_json(result: SectionResult) -> dict[str, Any]:
    return {
        "students": result.students,
        "values": result.values,
        "reached": result.reached,
        "compliant": result.compliant,
        "below_floor": [k for k, r in result.indicators.items() if not r.above_floor],
        "gaps": {
            key: {"to_threshold": _number(r.gap.to_threshold), "to_floor": _number(r.gap.to_floor)}
            for key, r in result.indicators.items() if r.gap is not None
        },
    }


def school_json(result: SchoolResult) -> dict[str, Any]:
    record = result.record
    return {
        "code": record.code,
        "name": record.name,
        "county": record.county,
        "type": record.school_type,
        "excluded": result.excluded.en if result.excluded else None,
        "excluded_zh": result.excluded.zh if result.excluded else None,
        "sections": {section: section_json(r) for section, r in result.sections.items()},
        "checks": [
            {"key": c.key, "part": c.part, "ok": c.ok, "value": c.value, "limit": c.limit}
            for c in result.checks
        ],
    }


def county_section_json(summary: CountySection, per: dict[str, int]) -> dict[str, Any]:
    return {
        "schools": summary.schools,
        "students": summary.students,
        "compliant_schools": summary.compliant_schools,
        "cv_limit": summary.limit,
        "cv": {k: r.cv for k, r in summary.cv.items()},
        "cv_ok": {k: r.ok for k, r in summary.cv.items()},
        "cv_rounding_sensitive": [k for k, r in summary.cv.items() if r.rounding_sensitive],
        "aggregate": {k: r.mean * per[k] for k, r in summary.cv.items()},
    }


def _counties_json(assessment: Assessment,
                   county_items: Mapping[str, list[dict[str, Any]]] | None = None) -> dict[str, Any]:
    per = {i.key: i.per for i in assessment.profile.resource_indicators}
    counties: dict[str, Any] = {
        county: {section: county_section_json(summary, per) for section, summary in sections.items()}
        for county, sections in assessment.counties.items()
    }
    for county, items in (county_items or {}).items():
        if county in counties:
            counties[county]["county_items"] = items
    return counties


# One encoder for every school: json.dumps with options would build a new one per call. The documents are
# trees we build ourselves, so the circular-reference check is skipped.
_ENCODER = json.JSONEncoder(ensure_ascii=False, allow_nan=False, check_circular=False)


def _dumps(value: Any) -> str:
    return _ENCODER.encode(value)


# The school documents are most of a national table's output, and the encoder spends its time walking their
# keys: their shape is fixed, so they are written from templates. school_json_text(r) is exactly
# _dumps(school_json(r)) (tests hold them equal); the values go through the encoder's own scalar rules.
_STRING = encode_basestring


def _scalar(value: float | int | bool | None) -> str:
    """One value as the encoder writes it (ints and floats by their repr; NaN and ∞ refused, as allow_nan=False)."""
    if type(value) is float:  # most values are: tried first
        return float.__repr__(value) if math.isfinite(value) else _dumps(value)  # the encoder refuses NaN, ∞
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    return int.__repr__(value)


def _gap_text(value: float) -> str:
    """``_scalar(_number(value))``; gaps are mostly whole teachers or rooms, written as ints straight away."""
    return int.__repr__(int(value)) if value.is_integer() else _scalar(_number(value))


def section_json_text(result: SectionResult) -> str:
    indicators = result.indicators
    values = ", ".join([f"{_STRING(k)}: {_scalar(r.value)}" for k, r in indicators.items()])
    below = ", ".join([_STRING(k) for k, r in indicators.items() if not r.above_floor])
    gaps = ", ".join([
        f'{_STRING(k)}: {{"to_threshold": {_gap_text(r.gap.to_threshold)}, "to_floor": {_gap_text(r.gap.to_floor)}}}'
        for k, r in indicators.items() if r.gap is not None
    ])
    return (f'{{"students": {_scalar(result.students)}, "values": {{{values}}}, "reached": {_scalar(result.reached)}, '
            f'"compliant": {_scalar(result.compliant)}, "below_floor": [{below}], "gaps": {{{gaps}}}}}')


def _check_text(check: Check) -> str:
    return (f'{{"key": {_STRING(check.key)}, "part": {_STRING(check.part)}, "ok": {_scalar(check.ok)}, '
            f'"value": {_scalar(check.value)}, "limit": {_scalar(check.limit)}}}')


def school_json_text(result: SchoolResult) -> str:
    """``school_json(result)`` as the JSON text ``_dumps`` makes of it."""
    record = result.record
    excluded = result.excluded
    sections = ", ".join([f"{_STRING(s)}: {section_json_text(r)}" for s, r in result.sections.items()])
    checks = ", ".join([_check_text(c) for c in result.checks])
    return (f'{{"code": {_STRING(record.code)}, "name": {_STRING(record.name)}, '
            f'"county": {_STRING(record.county)}, "type": {_STRING(record.school_type)}, '
            f'"excluded": {_STRING(excluded.en) if excluded else "null"}, '
            f'"excluded_zh": {_STRING(excluded.zh) if excluded else "null"}, '
            f'"sections": {{{sections}}}, "checks": [{checks}]}}')


def write_assessment_json(assessment: Assessment, stream: TextIO, *,
                          county_items: Mapping[str, list[dict[str, Any]]] | None = None) -> None:
    """The assessment JSON (profile, every school, every county), written school by school so memory stays flat.

    ``county_items`` (county → the declared county-wide items judged, see ``standards.county_items``) goes in
    as ``counties.{name}.county_items``.
    """
    profile = assessment.profile
    with collector_paused():
        stream.write('{"profile": ' + _dumps({"id": profile.id, "sha256": profile.sha256}) + ', "schools": [')
        for index, school in enumerate(assessment.schools):
            stream.write((", " if index else "") + school_json_text(school))
        stream.write('], "counties": ' + _dumps(_counties_json(assessment, county_items)) + "}\n")
