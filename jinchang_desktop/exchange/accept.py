"""What a trusted package may change: its classification against the roster and the store, and its acceptance.

A signature proves that the holder of an enrolled key sent these bytes; it proves nothing about who the school is.
So a school report brings its *values* only: the school's identity (name, type, counted, parent, county) is the
county's roster, and where the report names the school otherwise, the difference becomes a request that the
county's staff accept or refuse (``store.identity_requests``). At the city, a county is the code its key was
enrolled for, never the name a package gives; its report must pass the same hard checks as the county's own export.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from typing import Any

from jinchang_desktop.exchange import classes as c
from jinchang_desktop.exchange.payloads import CountyReport, SchoolReport, read_county_report, read_school_report
from jinchang_desktop.exchange.verdict import Verdict
from jinchang_desktop.i18n import msg
from jinchang_desktop.ledger.chain import keep_package_ledger
from jinchang_desktop.packages.format import VerifiedPackage
from jinchang_desktop.standards.catalogue import Profile
from jinchang_desktop.standards.fields import field_catalogue
from jinchang_desktop.standards.records import SchoolRecord
from jinchang_desktop.standards.validate import record_problems, validate_records
from jinchang_desktop.store.audit import AuditValue
from jinchang_desktop.store.declared import (
    get_record,
    get_school,
    list_schools,
    load_records,
    schools_of_other_counties,
    set_fields,
)
from jinchang_desktop.store.explanations import explanations, set_explanation
from jinchang_desktop.store.identity_requests import record_requests
from jinchang_desktop.store.keys import holder_name, key_record
from jinchang_desktop.store.workspace import Workspace

KIND_FOR_ROLE = {"county": "school-report", "city": "county-report", "inspector": "inspection-pack"}
# Every kind a workspace of a role imports: a county also takes its inspectors' findings.
KINDS_FOR_ROLE = {"county": ("school-report", "inspection"), "city": ("county-report",),
                  "inspector": ("inspection-pack",)}


class ImportContext:
    """What every classification needs, looked up once per import."""

    def __init__(self, workspace: Workspace, profile: Profile) -> None:
        self.workspace = workspace
        self.conn = workspace.conn
        self.role = workspace.role
        self.kind = KIND_FOR_ROLE.get(self.role)
        self.year = workspace.school_year
        self.profile = profile
        self.profile_sha256 = profile.sha256
        self.county = workspace.name


@dataclass
class Accepted:
    """A package's data as it will be stored, and what it asks that import does not do."""

    school: SchoolReport | None = None
    county: CountyReport | None = None
    county_name: str = ""
    wanted: dict[str, AuditValue] = field(default_factory=dict)  # identity field → what the school asks for
    pack: Any = None  # an inspection pack (inspection.pack.Pack) the inspector opens
    visits: Any = None  # an inspector's findings (list of inspection.findings.FoundVisit)

    @property
    def requests(self) -> int:
        return len(self.wanted)


def classify(context: ImportContext, package: VerifiedPackage) -> Accepted:
    """Raise Verdict unless the package is trusted and fits; return the data to store."""
    issuer = package.issuer
    if package.kind not in KINDS_FOR_ROLE.get(context.role, ()):
        raise Verdict(c.MALFORMED, "kind", msg("{role} 工作区不接收“{kind}”类型的数据包", role=context.role,
                                               kind=package.kind))
    key = key_record(context.conn, package.key_id)
    if key is None and context.role == "inspector":
        raise Verdict(c.PENDING_TRUST, "untrusted-pack",
                      msg("核查包的签名密钥（指纹 {fingerprint}）不是本工作区从县区名册固定的密钥，未打开",
                          fingerprint=package.fingerprint))
    if key is None and package.kind == "inspection":
        raise Verdict(c.PENDING_TRUST, "inspector-not-enrolled",
                      msg("督学“{code} {name}”的密钥（指纹 {fingerprint}）尚未在本县区注册；"
                          "核查结果已搁置，注册其密钥后再导入",
                          code=issuer.code, name=issuer.name, fingerprint=package.fingerprint))
    if key is None:
        raise Verdict(c.PENDING_TRUST, "not-enrolled",
                      msg("签名密钥（指纹 {fingerprint}）尚未注册；“{code} {name}”需先提交注册申请",
                          fingerprint=package.fingerprint, code=issuer.code, name=issuer.name))
    if key.status == "revoked":
        raise Verdict(c.REVOKED_KEY, "revoked", msg("签名密钥已于 {revoked_at} 吊销", revoked_at=key.revoked_at))
    if key.holder_code != issuer.code or key.holder_role != issuer.role:
        raise Verdict(c.WRONG_ISSUER, "key-holder",
                      msg("密钥注册给{holder_role}“{holder_code}”，却签署了自称{role}“{code}”的数据包",
                          holder_role=key.holder_role, holder_code=key.holder_code, role=issuer.role, code=issuer.code))
    if package.school_year != context.year:
        raise Verdict(c.WRONG_YEAR, "school-year", msg("数据包学年为 {school_year}，本工作区为 {year}",
                                                       school_year=package.school_year, year=context.year))
    if package.profile_sha256 != context.profile_sha256:
        raise Verdict(c.WRONG_PROFILE, "profile",
                      msg("数据包按评估标准“{profile_id}”（{profile_sha256}）填报，与本工作区不同",
                          profile_id=package.profile_id, profile_sha256=package.profile_sha256[:12]))
    if package.kind == "school-report":
        return _classify_school(context, package)
    if package.kind == "inspection-pack":
        return _classify_pack(context, package)
    if package.kind == "inspection":
        from jinchang_desktop.inspection.findings import classify_findings

        return Accepted(visits=classify_findings(context.workspace, package))
    return _classify_county(context, package, key.holder_code)


def _classify_pack(context: ImportContext, package: VerifiedPackage) -> Accepted:
    from jinchang_desktop.inspection.pack import read_pack

    pack = read_pack(package)
    meant = pack.inspector.get("key_id")
    if meant and meant != context.workspace.keypair.key_id:
        raise Verdict(c.WRONG_ISSUER, "pack-inspector", msg("核查包是发给督学“{code}”的，不是本机",
                                                            code=pack.inspector.get("code")))
    return Accepted(pack=pack)


def _classify_school(context: ImportContext, package: VerifiedPackage) -> Accepted:
    report = read_school_report(package)
    sent = report.record
    issuer = package.issuer
    if sent.code != issuer.code:  # the package contradicts itself: its manifest names another school
        raise Verdict(c.MALFORMED, "payload-school", msg("数据包内容属于“{code}”，签发者却是“{issuer}”", code=sent.code,
                                                         issuer=issuer.code))
    if not sent.values:
        # Import replaces the school's values whole: an empty report would wipe them, which no school means.
        raise Verdict(c.MALFORMED, "payload-values", msg("报告中没有任何数据，未接收"))
    school = get_school(context.conn, sent.code)
    if school is None:
        raise Verdict(c.WRONG_ISSUER, "not-in-roster", msg("学校“{code}”不在本县区名册中", code=sent.code))
    if sent.county != school.county:
        raise Verdict(c.MALFORMED, "payload-county", msg("数据包中的学校属于“{county}”，不属于本县区“{here}”",
                                                         county=sent.county, here=school.county))
    # Who the school is comes from the roster; what it reports are its values.
    record = SchoolRecord(code=school.code, name=school.name, county=school.county,
                          school_type=school.school_type, counted=school.counted, parent_code=school.parent_code,
                          values=dict(sent.values))
    problems = record_problems(record)
    if problems:
        raise Verdict(c.MALFORMED, problems[0].rule or "payload", problems[0].whole)
    known = set(field_catalogue().fields) | set(context.profile.indicators)
    unknown = sorted(key for key in report.explanations if key not in known)
    if unknown:
        raise Verdict(c.MALFORMED, "payload-explanations", msg("说明所对应的“{unknown}”不是已知的数据项或指标",
                                                               unknown=unknown[0]))
    wanted: dict[str, AuditValue] = {}
    for name, mine, theirs in (("name", school.name, sent.name), ("school_type", school.school_type,
                                                                  sent.school_type),
                               ("counted", int(school.counted), int(sent.counted)),
                               ("parent_code", school.parent_code, sent.parent_code)):
        if mine != theirs:
            wanted[name] = theirs
    return Accepted(school=SchoolReport(record, report.explanations, report.warnings, report.ledger), wanted=wanted)


def _classify_county(context: ImportContext, package: VerifiedPackage, county_code: str) -> Accepted:
    report = read_county_report(package)
    # The county is the code its key was enrolled for, and the name the city recorded for that code then: never
    # the name in the manifest or the payload, which the signer chose.
    county = holder_name(context.conn, county_code) or ""
    if report.county_code != county_code:
        raise Verdict(c.MALFORMED, "payload-county", msg("报告自称县区“{county_code}”，签发者却是“{issuer}”",
                                                         county_code=report.county_code, issuer=county_code))
    held_elsewhere = schools_of_other_counties(context.conn, [r.code for r in report.records], county)
    for record in report.records:
        if record.county != county:
            raise Verdict(c.MALFORMED, "payload-county", msg("学校“{code}”属于“{county}”，不属于签发的县区“{issuer}”",
                                                             code=record.code, county=record.county, issuer=county))
        if record.code in held_elsewhere:
            # Which county a school belongs to is not decided by which report came first: the report is held
            # for the city's staff, who keep the school where it is or move it (``settle``), both logged.
            raise Verdict(c.FORK, "school-of-other-county",
                          msg("学校“{code}”在本工作区属于“{held_elsewhere}”，不属于“{county}”；"
                              "已搁置，待市级人员核定归属（forks 命令）",
                              code=record.code, held_elsewhere=held_elsewhere[record.code], county=county))
    # The same hard checks the county's own export passes: one bad county report must not break the city.
    problems = validate_records(report.records)
    if problems:
        raise Verdict(c.MALFORMED, problems[0].rule or "payload", problems[0].whole)
    return Accepted(county=report, county_name=county)


def accept_data(context: ImportContext, package: VerifiedPackage, data: Accepted) -> None:
    """Store what ``classify`` returned, inside the package's savepoint."""
    conn = context.conn
    # Each changed value's audit row names its package briefly; the decision row beside them has the whole hash.
    detail = f"pkg {package.manifest_sha256[:16]} #{package.sequence}"
    report = data.school if data.school is not None else data.county
    if report is not None:
        keep_package_ledger(conn, package, report.ledger)  # the problem ledger the package carries, if any
    if data.pack is not None:
        from jinchang_desktop.inspection.pack import PACK
        from jinchang_desktop.store.inspection import add_pack

        add_pack(conn, package.manifest_sha256, package.issuer.code, context.year,
                 package.files[PACK].decode("utf-8"))
    elif data.visits is not None:
        from jinchang_desktop.inspection.findings import accept_findings

        accept_findings(context.workspace, package, data.visits)
    elif data.school is not None:
        _accept_school(conn, context.year, package, data, detail)
    elif data.county is not None:
        _accept_county(conn, context.year, data.county, data.county_name, detail)


def _accept_school(conn: sqlite3.Connection, year: int, package: VerifiedPackage, data: Accepted,
                   detail: str) -> None:
    assert data.school is not None
    record = data.school.record
    load_records(conn, [record], year, action="import", source="package", replace=True, detail=detail)
    # The package states the school's whole answer, explanations included: one it no longer gives goes.
    wanted: dict[str, str | None] = {key: None for key in explanations(conn, record.code, year)}
    wanted.update(data.school.explanations)
    for key, text in wanted.items():
        set_explanation(conn, record.code, year, key, text, action="import")
    record_requests(conn, record.code, data.wanted, package.manifest_sha256)


def _accept_county(conn: sqlite3.Connection, year: int, report: CountyReport, county: str, detail: str) -> None:
    load_records(conn, report.records, year, action="import", source="package", replace=True, detail=detail)
    # The report states the county's whole answer: a school it no longer lists keeps no data here.
    listed = {r.code for r in report.records}
    for school in list_schools(conn, county=county):
        if school.code not in listed:
            stored = get_record(conn, school.code, year).values
            if stored:
                set_fields(conn, school.code, year, dict.fromkeys(stored), action="import",
                           detail=f"{detail}: no longer reported")
