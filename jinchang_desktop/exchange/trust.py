"""Who is trusted: enrolment of keys after a fingerprint check, revocation, and the signed roster.

A county enrols its schools' keys (a city its counties'); a package signed by any other key is held, never
merged. A school learns its official code and the profile it is judged by from its county's roster, whose key it
pins on first import.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from jinchang_desktop.errors import JcError
from jinchang_desktop.exchange.export import CHAIN_HEAD, export_package
from jinchang_desktop.exchange.payloads import ENROL, ROSTER, PayloadError, dump_json, load_json
from jinchang_desktop.exchange.ws_profile import PROFILE_DOCUMENT, workspace_profile
from jinchang_desktop.i18n import msg
from jinchang_desktop.packages.format import VerifiedPackage, read_package
from jinchang_desktop.packages.keys import fingerprint_of
from jinchang_desktop.standards.catalogue import profile_from_document
from jinchang_desktop.store.audit import record_decision
from jinchang_desktop.store.db import transaction
from jinchang_desktop.store.declared import get_school, list_schools, rename_school, upsert_school
from jinchang_desktop.store.keys import (
    KeyRecord,
    add_key,
    holder_name,
    holder_of_name,
    key_record,
    keys_of,
    mark_revoked,
)
from jinchang_desktop.store.packages import PackageRow, newest_roster_sequence, received_heads, record_accepted
from jinchang_desktop.store.workspace import Workspace
from jinchang_desktop.text_rules import check_code, check_name, printable

__all__ = [
    "ENROLS", "EnrolRequest", "KeyRecord", "RosterResult", "enrol", "export_enrol_request", "export_roster",
    "import_roster", "key_record", "keys_of", "read_enrol_request", "revoke",
]

# Who may enrol whom: the role of the workspace → the role of the requester.
ENROLS = {"county": "school", "city": "county"}
# Whose roster a workspace takes: the role of the workspace → the role of the roster's issuer.
ROSTER_FROM = {role: above for above, role in ENROLS.items()}
# A county also enrols its inspectors (督学), who pin its key from its roster as a school does.
ALSO_ENROLS = {"county": ("inspector",)}
ROSTER_FROM["inspector"] = "county"


def _normal_fingerprint(text: str) -> str:
    return re.sub(r"[^0-9A-F]", "", text.upper())


# -- the school (or county) side: asking to be enrolled ------------------------------------------------------

def export_enrol_request(workspace: Workspace, out: Path, *, school_type: str = "") -> VerifiedPackage:
    """A package signed by the workspace's own key (proving it holds it) that names who it is."""
    own = get_school(workspace.conn, workspace.code)
    school_type = school_type or (workspace.get_meta("school_type") or "") or (own.school_type if own else "")
    body = {"role": workspace.role, "code": workspace.code, "name": workspace.name, "county": workspace.county,
            "school_type": school_type}
    return export_package(workspace, "enrol-request", {ENROL: dump_json(body)}, out)


# -- the county (or city) side ------------------------------------------------------------------------------

@dataclass(frozen=True)
class EnrolRequest:
    package: VerifiedPackage
    role: str
    code: str
    name: str
    county: str
    school_type: str

    @property
    def fingerprint(self) -> str:
        return fingerprint_of(self.package.public_bytes)


def read_enrol_request(path: Path) -> EnrolRequest:
    package = read_package(Path(path))
    file = str(path)
    if package.kind != "enrol-request":
        raise JcError(msg("这不是注册申请文件（类型为 {kind}）", kind=package.kind),
                      file=file, rule="kind")
    body = load_json(package, ENROL, ENROL_KEYS)
    issuer = package.issuer
    if body.get("code") != issuer.code or body.get("role") != issuer.role:
        raise PayloadError(msg("申请内容与签名者不一致"), file=file, column=ENROL,
                           rule="issuer-mismatch")
    try:
        county = check_name(body.get("county", ""), what=msg("所属的县区"), column="county")
        school_type = check_code(body.get("school_type", ""), what=msg("学校的类型"), column="school_type")
    except JcError as exc:
        raise PayloadError(exc.text, file=file, column=ENROL, rule=exc.rule) from None
    return EnrolRequest(package, issuer.role, issuer.code, issuer.name, county, school_type)


def enrol(workspace: Workspace, request_path: Path, *, confirmed_fingerprint: str,
          code: str | None = None, replace: bool = False) -> EnrolRequest:
    """Enrol the key of an enrolment request once a person has compared its fingerprint (read over the phone).

    ``code`` is the official code the county knows the school by, when the request carries a provisional one;
    the key is enrolled for that code, and the school learns it from the next roster it imports. A holder has one
    key in force: enrolling another one for it revokes the old key, and is refused unless ``replace`` says the
    person means it (a new PC, a reinstalled system).
    """
    request = read_enrol_request(request_path)
    file = str(request_path)
    holder = check_code((code or "").strip(), what=msg("标识码")) or request.code
    wanted = ENROLS.get(workspace.role)
    if wanted != request.role and request.role not in ALSO_ENROLS.get(workspace.role, ()):
        raise JcError(msg("{role} 工作区不能注册 {requester} 的密钥", role=workspace.role, requester=request.role),
                      file=file, rule="role")
    if _normal_fingerprint(confirmed_fingerprint) != _normal_fingerprint(request.fingerprint):
        raise JcError(msg("核对的指纹与申请文件中的密钥不一致，未注册"),
                      file=file, rule="fingerprint")
    if workspace.role == "county" and request.county and request.county != workspace.name:
        raise JcError(msg("学校属于“{county}”，不是本县区“{name}”", county=request.county, name=workspace.name),
                      file=file, rule="county")
    conn = workspace.conn
    if workspace.role == "city":
        _check_county_identity(workspace, holder, request.name, file)
    existing = key_record(conn, request.package.key_id)
    if existing is not None and existing.status == "revoked":
        raise JcError(msg("这个密钥已被吊销，不能再次注册"), file=file,
                      rule="revoked")
    if existing is not None and existing.holder_code != holder:
        raise JcError(msg("这个密钥已注册给“{holder_code}”", holder_code=existing.holder_code), file=file,
                      rule="key-holder")
    in_force = [old for old in keys_of(conn, holder) if old.status == "enrolled"
                and old.key_id != request.package.key_id]
    if existing is None and in_force and not replace:
        old = in_force[0]
        raise JcError(msg("“{holder}”已有一把在用的密钥（指纹 {fingerprint}）；注册新密钥会吊销它。"
                          "确认是换了电脑或重装了系统，请加 --replace 再注册",
                          holder=holder, fingerprint=old.fingerprint), file=file, rule="key-in-force")
    with transaction(conn):
        # A county's roster is its schools; a city's is the counties whose keys it holds (no school rows).
        if workspace.role == "county" and request.role == "school" and get_school(conn, holder) is None:
            upsert_school(conn, holder, name=request.name, county=request.county or workspace.name,
                          school_type=request.school_type, source="roster", action="enrol")
        if existing is None:
            # One key in force per holder: a new PC's key retires the old one, so a late package from a lost
            # or replaced PC can never overwrite what the new one sent. What the old key signed before stays.
            for old in in_force:
                mark_revoked(conn, old.key_id)
                record_decision(conn, action="revoke", school_code=holder,
                                detail=f"key {old.key_id} replaced by {request.package.key_id}")
            add_key(conn, key_id=request.package.key_id, public_key=request.package.public_bytes,
                    holder_code=holder, holder_role=request.role,
                    holder_name=holder_name(conn, holder) or request.name, fingerprint=request.fingerprint)
        named = "" if holder == request.code else f" (requested as {request.code})"
        record_decision(conn, action="enrol", school_code=holder,
                        detail=f"key {request.package.key_id} fingerprint {request.fingerprint}{named}")
    return request


def revoke(workspace: Workspace, key_id: str, *, reason: str = "") -> KeyRecord:
    """Stop trusting a key (lost PC, new clerk). Packages it signed before stay as they were accepted.

    ``reason``, when given, is kept in the log row beside the key."""
    conn = workspace.conn
    record = key_record(conn, key_id)
    wanted = _normal_fingerprint(key_id)
    if record is None:
        # A fingerprint (as read out), or a key id prefix long enough to name one key: never "" matching all.
        matches = [k for k in keys_of(conn) if len(wanted) >= 16 and (
            k.key_id.upper().startswith(wanted) or _normal_fingerprint(k.fingerprint) == wanted)]
        if len(matches) != 1:
            raise JcError(msg("找不到密钥“{key_id}”", key_id=key_id), rule="key")
        record = matches[0]
    if record.status == "revoked":
        return record  # revoked once: the time it stopped being trusted is not moved
    with transaction(conn):
        mark_revoked(conn, record.key_id)
        why = f": {printable(reason.strip())[:500]}" if reason.strip() else ""
        record_decision(conn, action="revoke", school_code=record.holder_code, detail=f"key {record.key_id}{why}")
    revoked = key_record(conn, record.key_id)
    assert revoked is not None
    return revoked


def _check_county_identity(workspace: Workspace, code: str, name: str, file: str) -> None:
    """At the city a county is its code: one name per code, and no name shared by two codes."""
    conn = workspace.conn
    known = holder_name(conn, code)
    if known is not None and known != name:
        raise JcError(msg("本市已登记县区“{code}”的名称为“{known}”，申请中却是“{name}”", code=code, known=known,
                          name=name), file=file, rule="county-name")
    other = holder_of_name(conn, name, "county")
    if other is not None and other != code:
        raise JcError(msg("名称“{name}”已属于县区“{other}”，不能再注册给“{code}”", name=name, other=other, code=code),
                      file=file, rule="county-name")


# -- rosters -------------------------------------------------------------------------------------------------

ROSTER_KEYS = frozenset({"payload_version", "issuer", "schools", "keys", "profile", "received"})
ENROL_KEYS = frozenset({"payload_version", "role", "code", "name", "county", "school_type"})
# Which chain a roster reports as received: a county's roster tells schools of their reports, a city's tells
# counties of theirs.
RECEIVED_KIND = {"county": "school-report", "city": "county-report"}


def export_roster(workspace: Workspace, out: Path) -> VerifiedPackage:
    """The county's signed roster: its schools, their enrolled keys, the profile in force (whole), and the last
    report it accepted from each (so a school restored from a backup can see that its chain is behind)."""
    if workspace.role not in ENROLS:
        raise JcError(msg("只有县区或市级工作区能导出名册"),
                      rule="role")
    conn = workspace.conn
    schools = [{"code": s.code, "name": s.name, "school_type": s.school_type, "county": s.county}
               for s in list_schools(conn) if s.counted]
    keys = [{"code": k.holder_code, "key_id": k.key_id} for k in keys_of(conn) if k.status == "enrolled"]
    received = {code: {"sequence": sequence, "manifest_sha256": sha}
                for code, (sequence, sha) in received_heads(conn, RECEIVED_KIND[workspace.role]).items()}
    profile = workspace_profile(workspace)
    body = {"issuer": {"code": workspace.code, "name": workspace.name}, "schools": schools, "keys": keys,
            "profile": profile.document, "received": received}
    return export_package(workspace, "roster", {ROSTER: dump_json(body)}, out)


@dataclass(frozen=True)
class RosterResult:
    official_code: str
    previous_code: str
    profile_id: str
    profile_sha256: str
    county_fingerprint: str
    pinned_now: bool = False


def import_roster(workspace: Workspace, path: Path, *, confirmed_fingerprint: str | None = None) -> RosterResult:
    """Learn the official code and profile from the county's roster.

    The county's key is pinned by the first roster only when ``confirmed_fingerprint`` (read over the phone, as
    enrolment does) matches it; a first roster without one is refused, whoever calls (the command line and the app
    alike). Later rosters must be signed by the pinned key.
    """
    package = read_package(Path(path))
    file = str(path)
    if package.kind != "roster":
        raise JcError(msg("这不是名册文件（类型为 {kind}）", kind=package.kind), file=file,
                      rule="kind")
    above = ROSTER_FROM.get(workspace.role)
    if package.issuer.role != above:
        raise JcError(msg("{role} 工作区只导入 {above} 签发的名册（此名册由 {issuer} 签发）", role=workspace.role,
                          above=above, issuer=package.issuer.role), file=file, rule="role")
    if package.school_year != workspace.school_year:
        raise JcError(msg("名册学年为 {school_year}，本工作区为 {ours}，未导入",
                          school_year=package.school_year, ours=workspace.school_year), file=file,
                      rule="school-year")
    conn = workspace.conn
    pinned = [k for k in keys_of(conn) if k.holder_role == package.issuer.role and k.status == "enrolled"]
    if pinned and package.key_id not in {k.key_id for k in pinned}:
        raise JcError(msg("名册的签名密钥与此前导入的县区密钥不同，未导入"),
                      file=file, rule="county-key")
    if not pinned and not (confirmed_fingerprint or "").strip():
        raise JcError(msg("首次导入名册须核对县区密钥指纹：请输入县区在电话中读出的指纹，未导入"),
                      file=file, rule="fingerprint-required")
    if not pinned and _normal_fingerprint(confirmed_fingerprint or "") != _normal_fingerprint(package.fingerprint):
        raise JcError(msg("名册的签名密钥指纹为 {fingerprint}，与电话核对的不一致，未导入",
                          fingerprint=package.fingerprint), file=file, rule="fingerprint")
    newest = newest_roster_sequence(conn, package.key_id)
    if newest is not None and package.sequence < newest:
        raise JcError(msg("名册序号 {sequence} 早于已导入的 {newest}，未导入", sequence=package.sequence,
                          newest=newest), file=file, rule="stale")
    body = load_json(package, ROSTER, ROSTER_KEYS)
    document, listed_keys, listed_schools = body.get("profile"), body.get("keys"), body.get("schools")
    received = body.get("received", {})
    if not isinstance(document, dict) or not isinstance(listed_keys, list) or not isinstance(listed_schools, list) \
            or not isinstance(received, dict):
        raise PayloadError(msg("名册缺少 profile、keys 或 schools"), file=file,
                           column=ROSTER, rule="payload-roster")
    try:
        profile = profile_from_document(document, source=f"{file} ({ROSTER})")
    except JcError as exc:
        raise PayloadError(exc.text, file=file, column=ROSTER, rule=exc.rule) from None
    own_key = workspace.keypair.key_id
    entry = next((k for k in listed_keys if isinstance(k, dict) and k.get("key_id") == own_key), None)
    if workspace.role == "school" and entry is None:
        raise JcError(msg("名册中没有本校的密钥：请先让县区注册本机的注册申请"),
                      file=file, rule="not-enrolled")
    previous_code = workspace.code
    try:
        official = check_code(entry.get("code"), what=msg("名册中本校的标识码")) if entry else previous_code
    except JcError as exc:
        raise PayloadError(exc.text, file=file, column=ROSTER, rule="payload-roster") from None
    if not official:
        raise PayloadError(msg("名册中本校的标识码无效"), file=file,
                           column=ROSTER, rule="payload-roster")
    head = received.get(official)
    with transaction(conn):
        if not pinned:
            add_key(conn, key_id=package.key_id, public_key=package.public_bytes, holder_code=package.issuer.code,
                    holder_role=package.issuer.role, holder_name=package.issuer.name,
                    fingerprint=package.fingerprint)
            record_decision(conn, action="roster-import", school_code=previous_code,
                            detail=f"pinned county key {package.key_id} (fingerprint checked)")
        if official != previous_code:
            if get_school(conn, official) is not None:
                raise JcError(msg("本工作区已有标识码为“{official}”的学校，无法改用名册中的标识码", official=official),
                              file=file, rule="code-taken")
            rename_school(conn, previous_code, official, action="roster-import",
                          detail=f"roster {package.manifest_sha256[:16]}")
        workspace.set_meta("code", official, action="roster-import")
        workspace.set_meta("profile_id", profile.id, action="roster-import")
        workspace.set_meta(PROFILE_DOCUMENT, json.dumps(profile.document, ensure_ascii=False),
                           action="roster-import")
        if isinstance(head, dict) and isinstance(head.get("sequence"), int) and \
                isinstance(head.get("manifest_sha256"), str):
            workspace.set_meta(CHAIN_HEAD, json.dumps({"sequence": head["sequence"],
                                                       "manifest_sha256": head["manifest_sha256"]}),
                               action="roster-import")
        if workspace.role == "school":
            school = next((s for s in listed_schools if isinstance(s, dict) and s.get("code") == official), {})
            county = _roster_text(school, "county") or package.issuer.name
            workspace.set_meta("county", county, action="roster-import")
            _take_roster_identity(workspace, official, county, _roster_text(school, "school_type"))
        record_accepted(conn, PackageRow(package.manifest_sha256, "roster", package.issuer.code, package.key_id,
                                         package.school_year, package.sequence, package.previous, package.created,
                                         Path(path).name, package.manifest_bytes.decode("utf-8")))
        record_decision(conn, action="roster-import", school_code=official,
                        detail=f"roster {package.manifest_sha256} from {package.issuer.code}; profile {profile.id} "
                               f"{profile.sha256}; code {previous_code} → {official}")
    return RosterResult(official, previous_code, profile.id, profile.sha256, package.fingerprint, not pinned)


def _roster_text(item: dict[str, object], key: str) -> str:
    value = item.get(key)
    return value.strip() if isinstance(value, str) else ""


def _take_roster_identity(workspace: Workspace, code: str, county: str, school_type: str) -> None:
    """The school's county and type as the county's roster states them, checked and audited like any edit."""
    school = get_school(workspace.conn, code)
    if school is None:
        return
    upsert_school(workspace.conn, code, name=school.name, county=county,
                  school_type=school_type or school.school_type, counted=school.counted,
                  parent_code=school.parent_code, source=school.source, action="roster-import")
