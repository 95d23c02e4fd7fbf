"""The JSON payloads inside packages (data/…), written canonically and read back strictly.

Reading a payload never trusts it: NaN and infinity are refused at the parser, every school identity and value
goes through the store's own checks, and a problem becomes a JcError naming the package file and the entry.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from jinchang_desktop.canonical import canonical_json
from jinchang_desktop.errors import JcError
from jinchang_desktop.packages.format import VerifiedPackage
from jinchang_desktop.standards.records import SchoolRecord
from jinchang_desktop.store.declared import check_school, check_value

SCHOOL_REPORT = "data/school.json"
COUNTY_REPORT = "data/county.json"
ROSTER = "data/roster.json"
ENROL = "data/enrol.json"
PAYLOAD_VERSION = 1


class PayloadError(JcError):
    """The package verified, but what it carries is not acceptable data."""


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


def load_json(package: VerifiedPackage, entry: str) -> dict[str, Any]:
    """The JSON object in ``entry``; PayloadError when it is missing, not UTF-8, not strict JSON or not an object."""
    file = str(package.path)
    raw = package.files.get(entry)
    if raw is None:
        raise PayloadError(f"数据包缺少 {entry}", f"the package lacks {entry}", file=file, column=entry,
                           rule="payload-missing")
    try:
        value = json.loads(raw.decode("utf-8"), parse_constant=_refuse_constant)
    except (UnicodeDecodeError, ValueError) as exc:
        raise PayloadError(f"{entry} 不是有效的 JSON（{exc}）", f"{entry} is not valid JSON ({exc})", file=file,
                           column=entry, rule="payload-json") from None
    if not isinstance(value, dict) or value.get("payload_version") != PAYLOAD_VERSION:
        raise PayloadError(f"{entry} 的格式版本不受支持", f"{entry} has an unsupported payload version", file=file,
                           column=entry, rule="payload-version")
    return value


def dump_json(value: dict[str, Any]) -> bytes:
    return canonical_json({**value, "payload_version": PAYLOAD_VERSION})


def school_identity(record: SchoolRecord) -> dict[str, Any]:
    return {"code": record.code, "name": record.name, "county": record.county, "school_type": record.school_type,
            "counted": record.counted, "parent_code": record.parent_code}


def record_from_json(item: Any, *, file: str, entry: str) -> SchoolRecord:
    """A school's identity and values from a payload, checked as strictly as typed-in data."""
    try:
        if not isinstance(item, dict) or not isinstance(item.get("school"), dict):
            raise JcError("缺少学校信息", "the school's identity is missing", rule="payload-school")
        who = item["school"]
        text = {key: _text(who, key) for key in ("code", "name", "county", "school_type", "parent_code")}
        counted = who.get("counted", True)
        if not isinstance(counted, bool):  # bool("no") is True: a loose reading would count a merged site
            raise JcError("counted 应为 true 或 false", "counted must be true or false", column="counted",
                          rule="payload-school")
        school = check_school(text["code"], name=text["name"], county=text["county"],
                              school_type=text["school_type"], counted=counted, parent_code=text["parent_code"],
                              source="package")
        raw_values = item.get("values", {})
        if not isinstance(raw_values, dict):
            raise JcError("values 应为对象", "values must be an object", rule="payload-values")
        values = {key: check_value(key, value) for key, value in raw_values.items()}
    except JcError as exc:
        raise PayloadError(exc.zh, exc.en, file=file, column=exc.column or entry, rule=exc.rule) from None
    return SchoolRecord(code=school.code, name=school.name, county=school.county, school_type=school.school_type,
                        counted=school.counted, parent_code=school.parent_code, values=values)


def _text(who: dict[str, Any], key: str) -> str:
    value = who.get(key, "")
    if not isinstance(value, str):
        raise JcError(f"{key} 应为文本", f"{key} must be text", column=key, rule="payload-school")
    return value


def record_to_json(record: SchoolRecord) -> dict[str, Any]:
    return {"school": school_identity(record), "values": dict(sorted(record.values.items()))}


@dataclass
class SchoolReport:
    record: SchoolRecord
    explanations: dict[str, str] = field(default_factory=dict)
    ledger: dict[str, Any] | None = None  # optional: the school's problem ledger (ledger.chain)


def _with_ledger(document: dict[str, Any], ledger: dict[str, Any] | None) -> dict[str, Any]:
    return document if ledger is None else {**document, "ledger": ledger}


def _read_ledger(data: dict[str, Any], package: VerifiedPackage, entry: str) -> dict[str, Any] | None:
    """The optional ``ledger`` key, checked; absent in packages from before the ledger (or with none)."""
    if "ledger" not in data:
        return None
    from jinchang_desktop.ledger.chain import check_ledger

    try:
        return check_ledger(data["ledger"], file=str(package.path), entry=entry)
    except JcError as exc:
        raise PayloadError(exc.zh, exc.en, file=exc.file, column=exc.column, rule=exc.rule) from None


def school_report_bytes(report: SchoolReport) -> bytes:
    return dump_json(_with_ledger({**record_to_json(report.record), "explanations": report.explanations},
                                  report.ledger))


def read_school_report(package: VerifiedPackage) -> SchoolReport:
    data = load_json(package, SCHOOL_REPORT)
    record = record_from_json(data, file=str(package.path), entry=SCHOOL_REPORT)
    explanations = data.get("explanations", {})
    if not isinstance(explanations, dict) or not all(isinstance(v, str) for v in explanations.values()):
        raise PayloadError("explanations 格式不对", "explanations must map fields to text", file=str(package.path),
                           column=SCHOOL_REPORT, rule="payload-explanations")
    return SchoolReport(record=record, explanations=explanations,
                        ledger=_read_ledger(data, package, SCHOOL_REPORT))


@dataclass
class CountyReport:
    county_code: str
    county_name: str
    records: list[SchoolRecord]
    sources: dict[str, str]  # school code → manifest SHA-256 of the school package its data came from, or ""
    ledger: dict[str, Any] | None = None  # optional: the county's problem ledger (ledger.chain)


def county_report_bytes(report: CountyReport) -> bytes:
    schools = [{**record_to_json(r), "source": report.sources.get(r.code, "")} for r in report.records]
    return dump_json(_with_ledger({"county": {"code": report.county_code, "name": report.county_name},
                                   "schools": schools}, report.ledger))


def read_county_report(package: VerifiedPackage) -> CountyReport:
    file = str(package.path)
    data = load_json(package, COUNTY_REPORT)
    county = data.get("county")
    schools = data.get("schools")
    if not isinstance(county, dict) or not isinstance(schools, list):
        raise PayloadError("县区报告缺少 county 或 schools", "a county report needs county and schools", file=file,
                           column=COUNTY_REPORT, rule="payload-county")
    records = [record_from_json(item, file=file, entry=COUNTY_REPORT) for item in schools]
    codes = [r.code for r in records]
    if len(set(codes)) != len(codes):
        raise PayloadError("县区报告中学校重复", "a school is repeated in the county report", file=file,
                           column=COUNTY_REPORT, rule="unique-code")
    sources = {r.code: str(item.get("source", "")) for r, item in zip(records, schools, strict=True)}
    return CountyReport(str(county.get("code", "")), str(county.get("name", "")), records, sources,
                        ledger=_read_ledger(data, package, COUNTY_REPORT))
