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
# Whose roster a workspace takes: the role of the workspace → the role of the roster's issuer.
ROSTER_FROM = {role: above for above, role in ENROLS.items()}


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
    school_type = school_type or (workspace.get_meta("school_type") or "") or _own_school_type(workspace)
    body = {"role": workspace.role, "code": workspace.code, "name": workspace.name, "county": workspace.county,
            "school_type": school_type}
    return export_package(workspace, "enrol-request", {ENROL: dump_json(body)}, out)


def _own_school_type(workspace: Workspace) -> str:
    # `init --type` and `load` record the type on the school's row, not in the workspace's settings.
    row = workspace.conn.execute("SELECT school_type FROM schools WHERE code = ?", (workspace.code,)).fetchone()
    return str(row[0]) if row else ""


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


def enrol(workspace: Workspace, request_path: Path, *, confirmed_fingerprint: str,
          code: str | None = None) -> EnrolRequest:
    """Enrol the key of an enrolment request once a person has compared its fingerprint (read over the phone).

    ``code`` is the official code the county knows the school by, when the request carries a provisional one;
    the key is enrolled for that code, and the school learns it from the next roster it imports.
    """
    request = read_enrol_request(request_path)
    file = str(request_path)
    holder = (code or "").strip() or request.code
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
    if existing is not None and existing.holder_code != holder:
        raise JcError(f"这个密钥已注册给“{existing.holder_code}”", f"this key is already enrolled for "
                      f"'{existing.holder_code}'", file=file, rule="key-holder")
    with transaction(conn):
        known = conn.execute("SELECT 1 FROM schools WHERE code = ?", (holder,)).fetchone() is not None
        # A county's roster is its schools; a city's is the counties whose keys it holds (no school rows).
        if workspace.role == "county" and not known:
            upsert_school(conn, holder, name=request.name, county=request.county or workspace.name,
                          school_type=request.school_type, source="roster", action="enrol")
        if existing is None:
            now = utc_now()
            # One key in force per holder: a new PC's key retires the old one, so a late package from a lost
            # or replaced PC can never overwrite what the new one sent. What the old key signed before stays.
            for old in keys_of(conn, holder):
                if old.status == "enrolled":
                    conn.execute("UPDATE keys SET status = 'revoked', revoked_at = ? WHERE key_id = ?",
                                 (now, old.key_id))
                    record_decision(conn, action="revoke", school_code=holder,
                                    detail=f"key {old.key_id} replaced by {request.package.key_id}")
            conn.execute(
                "INSERT INTO keys (key_id, public_key, holder_code, holder_role, holder_name, status, enrolled_at, "
                "fingerprint) VALUES (?, ?, ?, ?, ?, 'enrolled', ?, ?)",
                (request.package.key_id, request.package.public_bytes, holder, request.role, request.name,
                 now, request.fingerprint))
        named = "" if holder == request.code else f" (requested as {request.code})"
        record_decision(conn, action="enrol", school_code=holder,
                        detail=f"key {request.package.key_id} fingerprint {request.fingerprint}{named}")
    return request


def revoke(workspace: Workspace, key_id: str) -> KeyRecord:
    """Stop trusting a key (lost PC, new clerk). Packages it signed before stay as they were accepted."""
    conn = workspace.conn
    record = key_record(conn, key_id)
    wanted = _normal_fingerprint(key_id)
    if record is None:
        # A fingerprint (as read out), or a key id prefix long enough to name one key: never "" matching all.
        matches = [k for k in keys_of(conn) if len(wanted) >= 16 and (
            k.key_id.upper().startswith(wanted) or _normal_fingerprint(k.fingerprint) == wanted)]
        if len(matches) != 1:
            raise JcError(f"找不到密钥“{key_id}”", f"no enrolled key '{key_id}'", rule="key")
        record = matches[0]
    if record.status == "revoked":
        return record  # revoked once: the time it stopped being trusted is not moved
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
    above = ROSTER_FROM.get(workspace.role)
    if package.issuer.role != above:
        raise JcError(f"{workspace.role} 工作区只导入 {above} 签发的名册（此名册由 {package.issuer.role} 签发）",
                      f"a {workspace.role} workspace takes rosters from a {above}, not from a "
                      f"{package.issuer.role}", file=file, rule="role")
    if package.school_year != workspace.school_year:
        raise JcError(f"名册学年为 {package.school_year}，本工作区为 {workspace.school_year}，未导入",
                      f"the roster is for {package.school_year}; this workspace is {workspace.school_year}. "
                      "Nothing changed", file=file, rule="school-year")
    conn = workspace.conn
    pinned = [k for k in keys_of(conn) if k.holder_role == package.issuer.role and k.status == "enrolled"]
    if pinned and package.key_id not in {k.key_id for k in pinned}:
        raise JcError("名册的签名密钥与此前导入的县区密钥不同，未导入",
                      "the roster is signed by another key than the county key imported before; nothing changed",
                      file=file, rule="county-key")
    _check_roster_chain(conn, package, file)
    body = load_json(package, ROSTER)
    document, listed_keys, listed_schools = body.get("profile"), body.get("keys"), body.get("schools")
    if not isinstance(document, dict) or not isinstance(listed_keys, list) or not isinstance(listed_schools, list):
        raise PayloadError("名册缺少 profile、keys 或 schools", "the roster lacks profile, keys or schools", file=file,
                           column=ROSTER, rule="payload-roster")
    try:
        profile = profile_from_document(document, source=f"{file} ({ROSTER})")
    except JcError as exc:
        raise PayloadError(exc.zh, exc.en, file=file, column=ROSTER, rule=exc.rule) from None
    own_key = workspace.keypair.key_id
    entry = next((k for k in listed_keys if isinstance(k, dict) and k.get("key_id") == own_key), None)
    if entry is not None and not (isinstance(entry.get("code"), str) and entry["code"].strip()):
        raise PayloadError("名册中本校的标识码无效", "the roster's code for this school is not valid", file=file,
                           column=ROSTER, rule="payload-roster")
    if workspace.role == "school" and entry is None:
        raise JcError("名册中没有本校的密钥：请先让县区注册本机的注册申请",
                      "this school's key is not in the roster: have the county enrol this PC's request first",
                      file=file, rule="not-enrolled")
    previous_code = workspace.code
    official = str(entry["code"]).strip() if entry else previous_code
    with transaction(conn):
        if not pinned:
            conn.execute(
                "INSERT OR IGNORE INTO keys (key_id, public_key, holder_code, holder_role, holder_name, status, "
                "enrolled_at, fingerprint) VALUES (?, ?, ?, ?, ?, 'enrolled', ?, ?)",
                (package.key_id, package.public_bytes, package.issuer.code, package.issuer.role,
                 package.issuer.name, utc_now(), package.fingerprint))
        if official != previous_code:
            _rename_school(conn, previous_code, official, file)
        workspace.set_meta("code", official, action="roster-import")
        workspace.set_meta("profile_id", profile.id, action="roster-import")
        workspace.set_meta(PROFILE_DOCUMENT, json.dumps(profile.document, ensure_ascii=False),
                           action="roster-import")
        if workspace.role == "school":
            school = next((s for s in listed_schools if isinstance(s, dict) and s.get("code") == official), {})
            county = _roster_text(school, "county") or package.issuer.name
            workspace.set_meta("county", county, action="roster-import")
            _take_roster_identity(conn, official, county, _roster_text(school, "school_type"))
        conn.execute(
            "INSERT OR IGNORE INTO packages (manifest_sha256, kind, issuer_code, key_id, school_year, sequence, "
            "previous, created, received_at, file_name, status, reason, manifest) "
            "VALUES (?, 'roster', ?, ?, ?, ?, ?, ?, ?, ?, 'accepted', '', ?)",
            (package.manifest_sha256, package.issuer.code, package.key_id, package.school_year, package.sequence,
             package.previous, package.created, utc_now(), Path(path).name, package.manifest_bytes.decode("utf-8")))
        record_decision(conn, action="roster-import", school_code=official,
                        detail=f"roster {package.manifest_sha256} from {package.issuer.code}; profile {profile.id} "
                               f"{profile.sha256}; code {previous_code} → {official}")
    return RosterResult(official, previous_code, profile.id, profile.sha256, package.fingerprint)


def _roster_text(item: dict[str, object], key: str) -> str:
    value = item.get(key)
    return value.strip() if isinstance(value, str) else ""


def _take_roster_identity(conn: sqlite3.Connection, code: str, county: str, school_type: str) -> None:
    """The school's county and type as the county's roster states them, checked and audited like any edit."""
    school = next((s for s in list_schools(conn) if s.code == code), None)
    if school is None:
        return
    upsert_school(conn, code, name=school.name, county=county, school_type=school_type or school.school_type,
                  counted=school.counted, parent_code=school.parent_code, source=school.source,
                  action="roster-import")


def _check_roster_chain(conn: sqlite3.Connection, package: VerifiedPackage, file: str) -> None:
    """An older roster than the one in force would bring back an old profile or code: refuse it."""
    row = conn.execute("SELECT max(sequence) FROM packages WHERE kind = 'roster' AND key_id = ? "
                       "AND status = 'accepted'", (package.key_id,)).fetchone()
    if row[0] is not None and package.sequence < row[0]:
        raise JcError(f"名册序号 {package.sequence} 早于已导入的 {row[0]}，未导入",
                      f"roster sequence {package.sequence} is older than the {row[0]} already imported; nothing "
                      "changed", file=file, rule="stale")


def _rename_school(conn: sqlite3.Connection, old: str, new: str, file: str) -> None:
    """Move a school's data to its official code (inside the caller's transaction)."""
    if conn.execute("SELECT 1 FROM schools WHERE code = ?", (new,)).fetchone() is not None:
        raise JcError(f"本工作区已有标识码为“{new}”的学校，无法改用名册中的标识码",
                      f"this workspace already holds a school with code '{new}'; the roster's code cannot be taken",
                      file=file, rule="code-taken")
    conn.execute("PRAGMA defer_foreign_keys = ON")
    conn.execute("UPDATE schools SET code = ? WHERE code = ?", (new, old))
    conn.execute("UPDATE declared SET school_code = ? WHERE school_code = ?", (new, old))
    conn.execute("UPDATE explanations SET school_code = ? WHERE school_code = ?", (new, old))
