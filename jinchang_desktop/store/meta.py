"""The workspace's meta table, read: who the workspace is. Light enough for the first paint (no dataclasses, no
standards), so the window can show the workspace's name before anything else is loaded."""
from __future__ import annotations

import sqlite3

REQUIRED_META = ("role", "code", "name", "profile_id", "school_year")


def read_meta(conn: sqlite3.Connection) -> dict[str, str]:
    """Every meta key and value (role, code, name, county, school year, profile, fingerprint …)."""
    return {str(key): str(value) for key, value in conn.execute("SELECT key, value FROM meta")}
