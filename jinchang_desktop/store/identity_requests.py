"""Identity changes a school's report asks for: who a school is stays the county's roster until staff accept.

A school's package proves what the school reports, not who it is. When the name, type, ``counted`` or parent in
its report differ from the county's roster, each difference is stored here as an open request; the county's staff
accept it (the roster changes through ``declared.upsert_school``, audited) or refuse it. Import never changes
the roster itself.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from jinchang_desktop.common import utc_now
from jinchang_desktop.errors import JcError
from jinchang_desktop.i18n import Msg, msg
from jinchang_desktop.store.audit import AuditValue, record_decision
from jinchang_desktop.store.db import transaction
from jinchang_desktop.store.declared import get_school, upsert_school

# The identity fields a school may ask to change, with their labels. The code and county are not among them:
# a school cannot move itself, and its code is the key its package was enrolled for.
FIELDS: dict[str, Msg] = {"name": msg("学校名称"), "school_type": msg("学校类型"), "counted": msg("是否计入"),
                          "parent_code": msg("上级学校")}


@dataclass(frozen=True)
class IdentityRequest:
    id: int
    school_code: str
    field: str
    current: AuditValue
    requested: AuditValue
    manifest_sha256: str
    received_at: str
    status: str
    decided_at: str | None


_COLUMNS = "id, school_code, field, current, requested, manifest_sha256, received_at, status, decided_at"


def record_requests(conn: sqlite3.Connection, school_code: str, wanted: dict[str, AuditValue],
                    manifest_sha256: str) -> int:
    """Replace the school's open requests by ``wanted`` (field → requested value); the number now open.

    Runs inside the caller's transaction (the import's). A report that agrees with the roster again leaves no
    request open: the older ones are marked superseded, never deleted.
    """
    school = get_school(conn, school_code)
    if school is None:
        return 0
    current: dict[str, AuditValue] = {"name": school.name, "school_type": school.school_type,
                                      "counted": int(school.counted), "parent_code": school.parent_code}
    now = utc_now()
    open_now = {r.field: r for r in open_requests(conn, school_code)}
    count = 0
    for field in FIELDS:
        asked = wanted.get(field)
        previous = open_now.get(field)
        if previous is not None and (asked is None or previous.requested != asked):
            conn.execute("UPDATE identity_requests SET status = 'superseded', decided_at = ? WHERE id = ?",
                         (now, previous.id))
            previous = None
        if asked is None:
            continue
        count += 1
        if previous is None:
            conn.execute("INSERT INTO identity_requests (school_code, field, current, requested, manifest_sha256, "
                         "received_at, status) VALUES (?, ?, ?, ?, ?, ?, 'open')",
                         (school_code, field, current[field], asked, manifest_sha256, now))
    return count


def open_requests(conn: sqlite3.Connection, school_code: str | None = None) -> list[IdentityRequest]:
    if school_code is None:
        rows = conn.execute(f"SELECT {_COLUMNS} FROM identity_requests WHERE status = 'open' ORDER BY id")
    else:
        rows = conn.execute(f"SELECT {_COLUMNS} FROM identity_requests WHERE status = 'open' AND school_code = ? "
                            "ORDER BY id", (school_code,))
    return [IdentityRequest(*row) for row in rows]


def get_request(conn: sqlite3.Connection, request_id: int) -> IdentityRequest | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM identity_requests WHERE id = ?", (request_id,)).fetchone()
    return None if row is None else IdentityRequest(*row)


def decide_request(conn: sqlite3.Connection, request_id: int, *, accept: bool) -> IdentityRequest:
    """Accept (the roster changes, audited) or refuse one open request; both are logged as decisions."""
    request = get_request(conn, request_id)
    if request is None or request.status != "open":
        raise JcError(msg("没有待处理的身份变更申请 {request_id}", request_id=request_id),
                      rule="identity-request")
    with transaction(conn):
        if accept:
            school = get_school(conn, request.school_code)
            if school is None:
                raise JcError(msg("学校已不在名册中"), rule="identity-request")
            changed = {"name": school.name, "school_type": school.school_type, "counted": school.counted,
                       "parent_code": school.parent_code}
            value = request.requested
            changed[request.field] = bool(value) if request.field == "counted" else str(value)
            parent = str(changed["parent_code"])
            if parent and (parent == school.code or get_school(conn, parent) is None):
                raise JcError(msg("上级学校“{parent}”不在本县区名册中", parent=parent), rule="identity-request")
            upsert_school(conn, school.code, name=str(changed["name"]), county=school.county,
                          school_type=str(changed["school_type"]), counted=bool(changed["counted"]),
                          parent_code=parent, source=school.source, action="identity-request",
                          detail=f"request {request.id} from package {request.manifest_sha256[:16]}")
        status = "accepted" if accept else "refused"
        conn.execute("UPDATE identity_requests SET status = ?, decided_at = ? WHERE id = ?",
                     (status, utc_now(), request.id))
        record_decision(conn, action="identity-request", school_code=request.school_code,
                        detail=f"{status}: request {request.id} {request.field} {request.current!r} → "
                               f"{request.requested!r}")
    decided = get_request(conn, request.id)
    assert decided is not None
    return decided
