"""Written explanations a school gives for a soft warning (a value that is allowed but looks unusual).

``key`` names what the warning is about: a field of the catalogue or an indicator; the assessment decides which.
Takes the workspace's writer connection, like ``store.declared``; each change is audited in its transaction.
"""
from __future__ import annotations

import sqlite3

from jinchang_desktop.errors import JcError
from jinchang_desktop.i18n import msg
from jinchang_desktop.store.audit import Change, check_action, record_changes, utc_now
from jinchang_desktop.store.db import transaction
from jinchang_desktop.store.declared import check_year, require_school

MAX_LENGTH = 2000


def set_explanation(conn: sqlite3.Connection, school_code: str, school_year: int, key: str, text: str | None, *,
                    action: str) -> None:
    """Store (or, with None or blank text, remove) the explanation for one warning, in one transaction."""
    action = check_action(action)
    year = check_year(school_year)
    if not key.strip():
        raise JcError(msg("说明必须对应一项提示"), rule="explanation")
    text = (text or "").strip() or None
    if text is not None and len(text) > MAX_LENGTH:
        raise JcError(msg("说明不能超过 {MAX_LENGTH} 字", MAX_LENGTH=MAX_LENGTH),
                      rule="explanation")
    with transaction(conn):
        require_school(conn, school_code)
        row = conn.execute("SELECT text FROM explanations WHERE school_code = ? AND school_year = ? AND field = ?",
                           (school_code, year, key)).fetchone()
        old = row[0] if row else None
        if old == text:
            return
        at = utc_now()
        if text is None:
            conn.execute("DELETE FROM explanations WHERE school_code = ? AND school_year = ? AND field = ?",
                         (school_code, year, key))
        else:
            conn.execute("INSERT INTO explanations (school_code, school_year, field, text, at) VALUES (?, ?, ?, ?, ?) "
                         "ON CONFLICT (school_code, school_year, field) DO UPDATE SET text = excluded.text, "
                         "at = excluded.at", (school_code, year, key, text, at))
        record_changes(conn, [Change(school_code, year, key, old, text)], action=action, at=at,
                       detail="explanation")


def explanations(conn: sqlite3.Connection, school_code: str, school_year: int) -> dict[str, str]:
    """The school's explanations for the year, by warning key."""
    return dict(conn.execute("SELECT field, text FROM explanations WHERE school_code = ? AND school_year = ? "
                             "ORDER BY field", (school_code, check_year(school_year))))
