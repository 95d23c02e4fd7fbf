"""The JSON payloads inside packages (data/…), written canonically and read back strictly.

Reading a payload never trusts it: NaN and infinity are refused at the parser, every school identity and value
goes through the store's own checks, and a problem becomes a JcError naming the package file and the entry.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from jinchang_desktop.canonical import canonical_json
from jinchang_desktop.errors import JcError
from jinchang_desktop.i18n import msg
from jinchang_desktop.packages.format import VerifiedPackage
from jinchang_desktop.packages.strict_json import parse_strict_json
from jinchang_desktop.standards.records import SchoolRecord
from jinchang_desktop.store.declared import check_school, check_value
from jinchang_desktop.text_rules import check_free_text, check_text, printable

SCHOOL_REPORT = "data/school.json"
COUNTY_REPORT = "data/county.json"
ROSTER = "data/roster.json"
ENROL = "data/enrol.json"
PAYLOAD_VERSION = 1


class PayloadError(JcError):
    """The package verified, but what it carries is not acceptable data."""


# The keys each payload may have; anything else is refused, so a sender cannot smuggle in what a later version
# might read, and a typo in a key is not silently a missing value.
SCHOOL_REPORT_KEYS = frozenset({"payload_version", "school", "values", "explanations", "warnings", "ledger"})
COUNTY_REPORT_KEYS = frozenset({"payload_version", "county", "schools", "ledger"})
COUNTY_SCHOOL_KEYS = frozenset({"school", "values", "source"})
SCHOOL_KEYS = frozenset({"code", "name", "county", "school_type", "counted", "parent_code"})
_HEX64 = re.compile(r"[0-9a-f]{64}")
def load_json(package: VerifiedPackage, entry: str, keys: frozenset[str] | None = None) -> dict[str, Any]:
    """The JSON object in ``entry``; PayloadError when it is missing, not strict JSON, not an object of the
    current version, or (``keys`` given) has a key not in ``keys``."""
    file = str(package.path)
    raw = package.files.get(entry)
    if raw is None:
        raise PayloadError(msg("数据包缺少 {entry}", entry=entry), file=file, column=entry,
                           rule="payload-missing")
    try:
        value = parse_strict_json(raw)
    except ValueError as exc:
        raise PayloadError(msg("{entry} 不是有效的 JSON（{exc}）", entry=entry, exc=exc), file=file,
                           column=entry, rule="payload-json") from None
    if not isinstance(value, dict) or value.get("payload_version") != PAYLOAD_VERSION:
        raise PayloadError(msg("{entry} 的格式版本不受支持", entry=entry), file=file,
                           column=entry, rule="payload-version")
    if keys is not None:
        check_keys(value, keys, file=file, entry=entry)
    return value


def check_keys(value: dict[str, Any], allowed: frozenset[str], *, file: str, entry: str, where: str = "") -> None:
    """Refuse a key not in ``allowed`` (payload-keys), naming it safely."""
    unknown = sorted(set(value) - allowed)
    if unknown:
        name = printable(unknown[0])[:40]
        place = f"{where} " if where else ""
        raise PayloadError(msg("{entry} {place}含有未知的键“{name}”", entry=entry, place=place, name=name),
                           file=file, column=entry, rule="payload-keys")


def dump_json(value: dict[str, Any]) -> bytes:
    return canonical_json({**value, "payload_version": PAYLOAD_VERSION})


def school_identity(record: SchoolRecord) -> dict[str, Any]:
    return {"code": record.code, "name": record.name, "county": record.county, "school_type": record.school_type,
            "counted": record.counted, "parent_code": record.parent_code}


def record_from_json(item: Any, *, file: str, entry: str) -> SchoolRecord:
    """A school's identity and values from a payload, checked as strictly as typed-in data."""
    try:
        if not isinstance(item, dict) or not isinstance(item.get("school"), dict):
            raise JcError(msg("缺少学校信息"), rule="payload-school")
        who = item["school"]
        unknown = sorted(set(who) - SCHOOL_KEYS)
        if unknown:
            raise JcError(msg("school 含有未知的键“{value}”", value=printable(unknown[0])[:40]), rule="payload-keys")
        text = {key: _text(who, key) for key in ("code", "name", "county", "school_type", "parent_code")}
        counted = who.get("counted", True)
        if not isinstance(counted, bool):  # bool("no") is True: a loose reading would count a merged site
            raise JcError(msg("counted 应为 true 或 false"), column="counted",
                          rule="payload-school")
        school = check_school(text["code"], name=text["name"], county=text["county"],
                              school_type=text["school_type"], counted=counted, parent_code=text["parent_code"],
                              source="package")
        raw_values = item.get("values")
        if not isinstance(raw_values, dict):
            raise JcError(msg("缺少 values，或 values 不是对象"),
                          rule="payload-values")
        values = {key: check_value(key, value) for key, value in raw_values.items()}
    except JcError as exc:
        raise PayloadError(exc.text, file=file, column=exc.column or entry, rule=exc.rule) from None
    return SchoolRecord(code=school.code, name=school.name, county=school.county, school_type=school.school_type,
                        counted=school.counted, parent_code=school.parent_code, values=values)


def _text(who: dict[str, Any], key: str) -> str:
    value = who.get(key, "")
    if not isinstance(value, str):
        raise JcError(msg("{key} 应为文本", key=key), column=key, rule="payload-school")
    return value


def record_to_json(record: SchoolRecord) -> dict[str, Any]:
    return {"school": school_identity(record), "values": dict(sorted(record.values.items()))}


@dataclass
class SchoolReport:
    record: SchoolRecord
    explanations: dict[str, str] = field(default_factory=dict)
    # The soft warnings as the school saw them at export (``Finding.to_json``); None: the package carried none
    # (made before warnings travelled, or by hand). The receiver recomputes them either way.
    warnings: list[dict[str, Any]] | None = None
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
        raise PayloadError(exc.text, file=exc.file, column=exc.column, rule=exc.rule) from None


def school_report_bytes(report: SchoolReport) -> bytes:
    payload = {**record_to_json(report.record), "explanations": report.explanations}
    if report.warnings is not None:
        payload["warnings"] = report.warnings
    return dump_json(_with_ledger(payload, report.ledger))


def _warnings(data: dict[str, Any], file: str) -> list[dict[str, Any]] | None:
    """The payload's ``warnings``: each an object with a field key, a rule and a {zh, en} message."""
    if "warnings" not in data:
        return None
    warnings = data["warnings"]

    def fits(item: Any) -> bool:
        message = item.get("message") if isinstance(item, dict) else None
        return (isinstance(item, dict) and isinstance(item.get("field"), str) and isinstance(item.get("rule"), str)
                and isinstance(message, dict) and all(isinstance(message.get(k), str) for k in ("zh", "en"))
                and isinstance(item.get("explanation", ""), str))

    if not isinstance(warnings, list) or not all(fits(item) for item in warnings):
        raise PayloadError(msg("warnings 格式不对"),
                           file=file, column=SCHOOL_REPORT, rule="payload-warnings")
    return warnings


def read_school_report(package: VerifiedPackage) -> SchoolReport:
    file = str(package.path)
    data = load_json(package, SCHOOL_REPORT, SCHOOL_REPORT_KEYS)
    record = record_from_json(data, file=file, entry=SCHOOL_REPORT)
    explanations = data.get("explanations", {})
    if not isinstance(explanations, dict):
        raise PayloadError(msg("explanations 格式不对"), file=file,
                           column=SCHOOL_REPORT, rule="payload-explanations")
    checked: dict[str, str] = {}
    for key, text in explanations.items():
        try:
            name = check_text(key, what=msg("说明的键"), max_len=100)
            checked[name] = check_free_text(text, what=msg("“{name}”的说明", name=name))
        except JcError as exc:
            raise PayloadError(exc.text, file=file, column=SCHOOL_REPORT, rule="payload-explanations") \
                from None
    return SchoolReport(record=record, explanations=checked, warnings=_warnings(data, file),
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
    data = load_json(package, COUNTY_REPORT, COUNTY_REPORT_KEYS)
    county = data.get("county")
    schools = data.get("schools")
    if not isinstance(county, dict) or not isinstance(schools, list):
        raise PayloadError(msg("县区报告缺少 county 或 schools"), file=file,
                           column=COUNTY_REPORT, rule="payload-county")
    check_keys(county, frozenset({"code", "name"}), file=file, entry=COUNTY_REPORT, where="county")
    for item in schools:
        if isinstance(item, dict):
            check_keys(item, COUNTY_SCHOOL_KEYS, file=file, entry=COUNTY_REPORT, where="schools[]")
            source = item.get("source", "")
            if not isinstance(source, str) or (source and not _HEX64.fullmatch(source)):
                raise PayloadError(msg("source 应为 SHA-256 或空"), file=file,
                                   column=COUNTY_REPORT, rule="payload-county")
    records = [record_from_json(item, file=file, entry=COUNTY_REPORT) for item in schools]
    codes = [r.code for r in records]
    if len(set(codes)) != len(codes):
        raise PayloadError(msg("县区报告中学校重复"), file=file,
                           column=COUNTY_REPORT, rule="unique-code")
    sources = {r.code: str(item.get("source", "")) for r, item in zip(records, schools, strict=True)}
    return CountyReport(str(county.get("code", "")), str(county.get("name", "")), records, sources,
                        ledger=_read_ledger(data, package, COUNTY_REPORT))
