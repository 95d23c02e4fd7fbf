"""Who is trusted: enrolment of keys after a fingerprint check, revocation, and the signed roster.

A county enrols its schools' keys (a city its counties'); a package signed by any other key is held, never
merged. A school learns its official code and the profile it is judged by from its county's roster, whose key it
pins on first import.
"""
from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from jinchang_desktop.errors import JcError
from jinchang_desktop.exchange.export import export_package
from jinchang_desktop.exchange.payloads import ENROL, ROSTER, PayloadError, dump_json, load_json
from jinchang_desktop.exchange.ws_profile import PROFILE_DOCUMENT, workspace_profile
from jinchang_desktop.packages.format import VerifiedPackage, read_package
from jinchang_desktop.packages.keys import fingerprint_of
from jinchang_desktop.standards.catalogue import profile_from_document
from jinchang_desktop.store.audit import record_decision, utc_now
from jinchang_desktop.store.db import transaction
from jinchang_desktop.store.declared import list_schools, upsert_school
from jinchang_desktop.store.workspace import Workspace

# Who may enrol whom: the role of the workspace → the role of the requester.
ENROLS = {"county": "school", "city": "county"}


@dataclass(frozen=True)
class KeyRecord:
    key_id: str
    holder_code: str
    holder_role: str
    holder_name: str
    status: str
    fingerprint: str
    enrolled_at: str
    revoked_at: str | None


def _normal_fingerprint(text: str) -> str:
    return re.sub(r"[^0-9A-F]", "", text.upper())


def key_record(conn: sqlite3.Connection, key_id: str) -> KeyRecord | None:
    row = conn.execute("SELECT key_id, holder_code, holder_role, holder_name, status, fingerprint, enrolled_at, "
                       "revoked_at FROM keys WHERE key_id = ?", (key_id,)).fetchone()
    return None if row is None else KeyRecord(*row)


def keys_of(conn: sqlite3.Connection, holder_code: str | None = None) -> list[KeyRecord]:
    sql = ("SELECT key_id, holder_code, holder_role, holder_name, status, fingerprint, enrolled_at, revoked_at "
           "FROM keys")
    rows = conn.execute(sql + (" WHERE holder_code = ?" if holder_code else "") + " ORDER BY enrolled_at",
                        (holder_code,) if holder_code else ())
    return [KeyRecord(*row) for row in rows]


# -- the school (or county) side: asking to be enrolled ------------------------------------------------------

def export_enrol_request(workspace: Workspace, out: Path, *, school_type: str = "") -> VerifiedPackage:
    """A package signed by the workspace's own key (proving it holds it) that names who it is."""
    school_type = school_type or (workspace.get_meta("school_type") or "")
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
        raise JcError(f"这不是注册申请文件（类型为 {package.kind}）", f"not an enrolment request (kind {package.kind})",
                      file=file, rule="kind")
    body = load_json(package, ENROL)
    issuer = package.issuer
    if body.get("code") != issuer.code or body.get("role") != issuer.role:
        raise PayloadError("申请内容与签名者不一致", "the request does not match its signer", file=file, column=ENROL,
                           rule="issuer-mismatch")
    return EnrolRequest(package, issuer.role, issuer.code, issuer.name, str(body.get("county", "")),
                        str(body.get("school_type", "")))


def enrol(workspace: Workspace, request_path: Path, *, confirmed_fingerprint: str) -> EnrolRequest:
    """Enrol the key of an enrolment request once a person has compared its fingerprint (read over the phone)."""
    request = read_enrol_request(request_path)
    file = str(request_path)
    wanted = ENROLS.get(workspace.role)
    if wanted != request.role:
        raise JcError(f"{workspace.role} 工作区不能注册 {request.role} 的密钥",
                      f"a {workspace.role} workspace cannot enrol a {request.role} key", file=file, rule="role")
    if _normal_fingerprint(confirmed_fingerprint) != _normal_fingerprint(request.fingerprint):
        raise JcError("核对的指纹与申请文件中的密钥不一致，未注册",
                      "the fingerprint given does not match the request's key; nothing was enrolled",
                      file=file, rule="fingerprint")
    if workspace.role == "county" and request.county and request.county != workspace.name:
        raise JcError(f"学校属于“{request.county}”，不是本县区“{workspace.name}”",
                      f"the school belongs to '{request.county}', not to '{workspace.name}'", file=file,
                      rule="county")
    conn = workspace.conn
    existing = key_record(conn, request.package.key_id)
    if existing is not None and existing.status == "revoked":
        raise JcError("这个密钥已被吊销，不能再次注册", "this key was revoked and cannot be enrolled again", file=file,
                      rule="revoked")
    with transaction(conn):
        known = {s.code for s in list_schools(conn)}
        # A county's roster is its schools; a city's is the counties whose keys it holds (no school rows).
        if workspace.role == "county" and request.code not in known:
            upsert_school(conn, request.code, name=request.name, county=request.county or workspace.name,
                          school_type=request.school_type, source="roster", action="enrol")
        if existing is None:
            conn.execute(
                "INSERT INTO keys (key_id, public_key, holder_code, holder_role, holder_name, status, enrolled_at, "
                "fingerprint) VALUES (?, ?, ?, ?, ?, 'enrolled', ?, ?)",
                (request.package.key_id, request.package.public_bytes, request.code, request.role, request.name,
                 utc_now(), request.fingerprint))
        record_decision(conn, action="enrol", school_code=request.code,
                        detail=f"key {request.package.key_id} fingerprint {request.fingerprint}")
    return request


def revoke(workspace: Workspace, key_id: str) -> KeyRecord:
    """Stop trusting a key (lost PC, new clerk). Packages it signed before stay as they were accepted."""
    conn = workspace.conn
    record = key_record(conn, key_id)
    if record is None:
        matches = [k for k in keys_of(conn) if k.key_id.startswith(key_id.lower()) or
                   _normal_fingerprint(k.fingerprint) == _normal_fingerprint(key_id)]
        if len(matches) != 1:
            raise JcError(f"找不到密钥“{key_id}”", f"no enrolled key '{key_id}'", rule="key")
        record = matches[0]
    with transaction(conn):
        conn.execute("UPDATE keys SET status = 'revoked', revoked_at = ? WHERE key_id = ?", (utc_now(), record.key_id))
        record_decision(conn, action="revoke", school_code=record.holder_code, detail=f"key {record.key_id}")
    revoked = key_record(conn, record.key_id)
    assert revoked is not None
    return revoked


# -- rosters -------------------------------------------------------------------------------------------------

def export_roster(workspace: Workspace, out: Path) -> VerifiedPackage:
    """The county's signed roster: its schools, their enrolled keys, and the profile in force (whole)."""
    if workspace.role not in ENROLS:
        raise JcError("只有县区或市级工作区能导出名册", "only a county or city workspace exports a roster",
                      rule="role")
    conn = workspace.conn
    schools = [{"code": s.code, "name": s.name, "school_type": s.school_type, "county": s.county}
               for s in list_schools(conn) if s.counted]
    keys = [{"code": k.holder_code, "key_id": k.key_id} for k in keys_of(conn) if k.status == "enrolled"]
    profile = workspace_profile(workspace)
    body = {"issuer": {"code": workspace.code, "name": workspace.name}, "schools": schools, "keys": keys,
            "profile": profile.document}
    return export_package(workspace, "roster", {ROSTER: dump_json(body)}, out)


@dataclass(frozen=True)
class RosterResult:
    official_code: str
    previous_code: str
    profile_id: str
    profile_sha256: str
    county_fingerprint: str


def import_roster(workspace: Workspace, path: Path) -> RosterResult:
    """Learn the official code and profile from the county's roster; pin the county's key on first use."""
    package = read_package(Path(path))
    file = str(path)
    if package.kind != "roster":
        raise JcError(f"这不是名册文件（类型为 {package.kind}）", f"not a roster (kind {package.kind})", file=file,
                      rule="kind")
    if package.issuer.role not in ENROLS:
        raise JcError("名册必须由县区或市级签发", "a roster must come from a county or city", file=file, rule="role")
    conn = workspace.conn
    pinned = [k for k in keys_of(conn) if k.holder_role == package.issuer.role and k.status == "enrolled"]
    if pinned and package.key_id not in {k.key_id for k in pinned}:
        raise JcError("名册的签名密钥与此前导入的县区密钥不同，未导入",
                      "the roster is signed by another key than the county key imported before; nothing changed",
                      file=file, rule="county-key")
    body = load_json(package, ROSTER)
    try:
        profile = profile_from_document(body.get("profile"), source=f"{file} ({ROSTER})")
    except JcError as exc:
        raise PayloadError(exc.zh, exc.en, file=file, column=ROSTER, rule=exc.rule) from None
    own_key = workspace.keypair.key_id
    entry = next((k for k in body.get("keys", []) if isinstance(k, dict) and k.get("key_id") == own_key), None)
    if workspace.role == "school" and entry is None:
        raise JcError("名册中没有本校的密钥：请先让县区注册本机的注册申请",
                      "this school's key is not in the roster: have the county enrol this PC's request first",
                      file=file, rule="not-enrolled")
    previous_code = workspace.code
    official = str(entry["code"]) if entry else previous_code
    with transaction(conn):
        if not pinned:
            conn.execute(
                "INSERT OR IGNORE INTO keys (key_id, public_key, holder_code, holder_role, holder_name, status, "
                "enrolled_at, fingerprint) VALUES (?, ?, ?, ?, ?, 'enrolled', ?, ?)",
                (package.key_id, package.public_bytes, package.issuer.code, package.issuer.role,
                 package.issuer.name, utc_now(), package.fingerprint))
        if official != previous_code:
            _rename_school(conn, previous_code, official)
        school = next((s for s in body.get("schools", []) if isinstance(s, dict) and s.get("code") == official), {})
        workspace.set_meta("code", official, action="roster-import")
        workspace.set_meta("county", str(school.get("county") or package.issuer.name), action="roster-import")
        workspace.set_meta("profile_id", profile.id, action="roster-import")
        workspace.set_meta(PROFILE_DOCUMENT, json.dumps(profile.document, ensure_ascii=False),
                           action="roster-import")
        if school.get("school_type"):
            conn.execute("UPDATE schools SET school_type = ? WHERE code = ?", (school["school_type"], official))
        record_decision(conn, action="roster-import", school_code=official,
                        detail=f"roster {package.manifest_sha256} from {package.issuer.code}; profile {profile.id} "
                               f"{profile.sha256}; code {previous_code} → {official}")
    return RosterResult(official, previous_code, profile.id, profile.sha256, package.fingerprint)


def _rename_school(conn: sqlite3.Connection, old: str, new: str) -> None:
    """Move a school's data to its official code (inside the caller's transaction)."""
    conn.execute("PRAGMA defer_foreign_keys = ON")
    conn.execute("UPDATE schools SET code = ? WHERE code = ?", (new, old))
    conn.execute("UPDATE declared SET school_code = ? WHERE school_code = ?", (new, old))
    conn.execute("UPDATE explanations SET school_code = ? WHERE school_code = ?", (new, old))
