"""The inspection pack (kind ``inspection-pack``): what the county hands an inspector for chosen schools.

For each school: its declared values (and last year's), the clerk's explanations and the soft warnings, the
verdicts and gaps, the per-school guarantee items, and the fields ranked by risk (``risk``); for the pack: the
ranking across schools, the ranking rule in words, and the profile document the county judges by. Signed by the
county; the inspector opens it only under the county key pinned from the roster (``exchange.importer``).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jinchang_desktop.errors import JcError
from jinchang_desktop.exchange.export import export_package
from jinchang_desktop.exchange.payloads import PayloadError, dump_json, load_json, record_from_json, record_to_json
from jinchang_desktop.exchange.readiness import last_year_values
from jinchang_desktop.exchange.ws_profile import workspace_profile
from jinchang_desktop.i18n import Msg, msg
from jinchang_desktop.inspection.risk import RiskItem, cv_reasons, rank, school_risks
from jinchang_desktop.inspection.rules import inspection_rules
from jinchang_desktop.inspection.summary import checks_json, verdicts_json
from jinchang_desktop.packages.format import VerifiedPackage, read_package
from jinchang_desktop.standards.assess import assess_school
from jinchang_desktop.standards.catalogue import Profile, profile_from_document
from jinchang_desktop.standards.records import SchoolRecord
from jinchang_desktop.standards.review import export_check
from jinchang_desktop.store.declared import get_school, records_for_year
from jinchang_desktop.store.explanations import explanations
from jinchang_desktop.store.workspace import Workspace

PACK = "data/pack.json"
PACK_KEYS = frozenset({"payload_version", "county", "inspector", "rule", "profile", "schools", "ranking"})
PACK_SCHOOL_KEYS = frozenset({"school", "values", "previous", "explanations", "warnings", "verdicts", "checks",
                              "risks"})


@dataclass
class PackSchool:
    record: SchoolRecord
    previous: dict[str, int | float]
    explanations: dict[str, str]
    warnings: list[dict[str, Any]]
    verdicts: dict[str, Any]
    checks: list[dict[str, Any]]
    risks: list[dict[str, Any]]


@dataclass
class Pack:
    manifest_sha256: str
    county_code: str
    county_name: str
    inspector: dict[str, str]
    rule: dict[str, Any]
    profile: Profile
    schools: list[PackSchool]
    ranking: list[dict[str, Any]]

    def school(self, code: str) -> PackSchool:
        for school in self.schools:
            if school.record.code == code:
                return school
        raise JcError(msg("数据包中没有学校“{code}”", code=code), column=code,
                      rule="pack-school")


def pack_body(workspace: Workspace, codes: list[str], *, inspector: dict[str, str] | None = None) -> dict[str, Any]:
    """The pack's payload for ``codes`` (each must be a school of this county with declared data)."""
    if workspace.role != "county":
        raise JcError(msg("只有县区工作区能导出核查包"), rule="role")
    if not codes:
        raise JcError(msg("请至少选择一所学校（--schools）"), rule="usage")
    conn, year = workspace.conn, workspace.school_year
    profile = workspace_profile(workspace)
    records = [r for r in records_for_year(conn, year) if r.school_type]
    by_code = {r.code: r for r in records}
    for code in codes:
        if get_school(conn, code) is None or code not in by_code or not by_code[code].values:
            raise JcError(msg("学校“{code}”不在本县区，或尚无申报数据", code=code), column=code, rule="pack-school")
    rules = inspection_rules()
    cv = cv_reasons(records, profile, workspace.name, rules)
    schools: list[dict[str, Any]] = []
    ranking: list[RiskItem] = []
    for code in dict.fromkeys(codes):
        record = by_code[code]
        previous = last_year_values(conn, code, year)
        given = explanations(conn, code, year)
        risks = school_risks(record, profile, previous=previous, explanations=given, cv=cv.get(code), rules=rules)
        ranking.extend(risks)
        check = export_check(record, profile, previous=previous, explanations=given)
        result = assess_school(record, profile)
        schools.append({**record_to_json(record), "previous": dict(sorted(previous.items())),
                        "explanations": dict(sorted(given.items())),
                        "warnings": [w.to_json() for w in check.warnings], "verdicts": verdicts_json(result),
                        "checks": checks_json(result), "risks": [r.to_json() for r in risks]})
    return {"county": {"code": workspace.code, "name": workspace.name},
            "inspector": inspector or {"code": "", "key_id": ""}, "rule": rules.to_json(),
            "profile": profile.document, "schools": schools, "ranking": [r.to_json() for r in rank(ranking)]}


def inspector_of(path: Path) -> dict[str, str]:
    """Who a pack is meant for: the inspector's enrolment request (its key, and the code it names)."""
    from jinchang_desktop.exchange.trust import read_enrol_request

    request = read_enrol_request(path)
    if request.role != "inspector":
        raise JcError(msg("--inspector-key 应为督学的密钥注册申请"), file=str(path), rule="inspector-key")
    return {"code": request.code, "key_id": request.package.key_id}


def export_pack(workspace: Workspace, codes: list[str], out: Path, *,
                inspector_key: Path | None = None) -> VerifiedPackage:
    inspector = inspector_of(inspector_key) if inspector_key is not None else None
    body = pack_body(workspace, codes, inspector=inspector)
    return export_package(workspace, "inspection-pack", {PACK: dump_json(body)}, out)


def read_pack(package: VerifiedPackage) -> Pack:
    """The pack's content, checked: every school record as strictly as typed-in data, the profile by its hash."""
    file = str(package.path)
    body = load_json(package, PACK, PACK_KEYS)
    return pack_from_body(body, package.manifest_sha256, file=file, profile_sha256=package.profile_sha256)


def pack_from_body(body: dict[str, Any], manifest_sha256: str, *, file: str = "",
                   profile_sha256: str | None = None) -> Pack:
    def bad(text: Msg) -> PayloadError:
        return PayloadError(text, file=file, column=PACK, rule="payload-pack")

    county, inspector, schools = body.get("county"), body.get("inspector"), body.get("schools")
    if not isinstance(county, dict) or not isinstance(inspector, dict) or not isinstance(schools, list) \
            or not isinstance(body.get("profile"), dict) or not isinstance(body.get("ranking"), list) \
            or not isinstance(body.get("rule"), dict):
        raise bad(msg("核查包缺少 county、inspector、profile、schools 或 ranking"))
    try:
        profile = profile_from_document(body["profile"], source=f"{file} ({PACK})")
    except JcError as exc:
        raise bad(exc.text) from None
    if profile_sha256 is not None and profile.sha256 != profile_sha256:
        raise bad(msg("核查包中的评估标准与签名清单不符"))
    parsed = []
    for item in schools:
        if not isinstance(item, dict) or set(item) - PACK_SCHOOL_KEYS:
            raise bad(msg("核查包中的学校条目格式不对"))
        record = record_from_json({"school": item.get("school"), "values": item.get("values")}, file=file,
                                  entry=PACK)
        previous = record_from_json({"school": item.get("school"), "values": item.get("previous", {})}, file=file,
                                    entry=PACK).values
        given = item.get("explanations", {})
        if not isinstance(given, dict) or not all(isinstance(v, str) for v in given.values()):
            raise bad(msg("说明应为文本"))
        parsed.append(PackSchool(record, dict(previous), dict(given), list(item.get("warnings", [])),
                                 dict(item.get("verdicts", {})), list(item.get("checks", [])),
                                 list(item.get("risks", []))))
    return Pack(manifest_sha256, str(county.get("code", "")), str(county.get("name", "")),
                {"code": str(inspector.get("code", "")), "key_id": str(inspector.get("key_id", ""))},
                dict(body["rule"]), profile, parsed, list(body["ranking"]))


def open_pack_file(path: Path) -> VerifiedPackage:
    package = read_package(Path(path))
    if package.kind != "inspection-pack":
        raise JcError(msg("这不是核查包（类型为 {kind}）", kind=package.kind),
                      file=str(path), rule="kind")
    return package
