"""What the GUI thread knows about the open workspace, read through a read-only connection (no Qt here).

The writer connection belongs to the database worker, so the GUI never calls ``Workspace``'s properties (they
read through ``conn``); it reads the same rows through its own read-only connection instead. The queries are
the read side of ``store.declared`` and ``store.workspace``, written out so that drawing the first screen does
not load the store's write path (it loads on the worker, with the writer connection).
"""
from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from jinchang_desktop.errors import JcError
from jinchang_desktop.standards.catalogue import Profile, load_profile, profile_from_document
from jinchang_desktop.standards.records import SchoolRecord
from jinchang_desktop.store.db import open_reader

DB_NAME = "workspace.sqlite3"  # store.workspace.DB_NAME (a test keeps the two equal)
YEAR_MIN = 2000  # store.declared.YEAR_MIN
REQUIRED_META = ("role", "code", "name", "profile_id", "school_year")

# The meta key under which a county's roster leaves the whole profile (exchange.ws_profile.PROFILE_DOCUMENT;
# repeated here so that opening a workspace does not import the exchange layer and its cryptography).
PROFILE_DOCUMENT = "profile_document"


@dataclass(frozen=True)
class WorkspaceInfo:
    path: Path
    role: str
    code: str
    name: str
    county: str
    school_year: int
    profile_id: str
    fingerprint: str  # of the workspace's key, kept in meta when it was created: no key file read
    profile_document: str = ""

    @classmethod
    def read(cls, path: Path, conn: sqlite3.Connection) -> WorkspaceInfo:
        meta = dict(conn.execute("SELECT key, value FROM meta"))
        missing = [key for key in REQUIRED_META if key not in meta]
        if missing:
            raise JcError(f"工作区信息不完整（缺少 {', '.join(missing)}）",
                          f"the workspace record is incomplete (missing {', '.join(missing)})",
                          file=str(Path(path) / DB_NAME), rule="workspace")
        return cls(path=Path(path), role=meta["role"], code=meta["code"], name=meta["name"],
                   county=meta.get("county", ""), school_year=int(meta["school_year"]),
                   profile_id=meta["profile_id"], fingerprint=meta.get("fingerprint", ""),
                   profile_document=meta.get(PROFILE_DOCUMENT, ""))

    def profile(self) -> Profile:
        """The profile the school is judged by: its county's (from the roster) or a shipped one."""
        if self.profile_document:
            return profile_from_document(json.loads(self.profile_document),
                                         source=f"{self.path} ({PROFILE_DOCUMENT})")
        return load_profile(self.profile_id)


def is_workspace(path: Path) -> bool:
    return (Path(path) / DB_NAME).is_file()


def open_gui_reader(path: Path) -> sqlite3.Connection:
    """The GUI thread's read-only connection to the workspace at ``path``."""
    return open_reader(Path(path) / DB_NAME)


def values_of(conn: sqlite3.Connection, code: str, year: int) -> dict[str, int | float]:
    return dict(conn.execute("SELECT field, value FROM declared WHERE school_code = ? AND school_year = ? "
                             "ORDER BY field", (code, year)))


def school_record(conn: sqlite3.Connection, info: WorkspaceInfo) -> SchoolRecord:
    """The workspace's own school with its values for the workspace's school year."""
    row = conn.execute("SELECT code, name, county, school_type, counted, parent_code FROM schools WHERE code = ?",
                       (info.code,)).fetchone()
    if row is None:
        raise JcError(f"学校“{info.code}”不在本工作区中", f"school '{info.code}' is not in this workspace",
                      rule="school-known")
    return SchoolRecord(code=row[0], name=row[1], county=row[2], school_type=row[3], counted=bool(row[4]),
                        parent_code=row[5], values=values_of(conn, info.code, info.school_year))


def previous_values(conn: sqlite3.Connection, info: WorkspaceInfo) -> dict[str, int | float]:
    """Last school year's values (school_year − 1): the editor warns of a change of more than 30%."""
    if info.school_year - 1 < YEAR_MIN:
        return {}
    return values_of(conn, info.code, info.school_year - 1)


def outbox_rows(conn: sqlite3.Connection) -> list[tuple[str, int, str, str, str]]:
    """What this workspace has sent, newest first: (kind, sequence, manifest SHA-256, path, written at)."""
    return [tuple(row) for row in conn.execute(  # type: ignore[misc]
        "SELECT kind, sequence, manifest_sha256, path, written_at FROM outbox ORDER BY id DESC")]

