"""What the GUI thread knows about the open workspace, read through a read-only connection (no Qt here).

The writer connection belongs to the database worker, so the GUI never calls ``Workspace``'s properties (they
read through ``conn``); it reads the same rows through its own read-only connection with the named reads of
``store.summary``, which do not load the store's write path (it loads on the worker, with the writer connection).
"""
from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from jinchang_desktop.errors import JcError
from jinchang_desktop.i18n import listing, msg
from jinchang_desktop.store.db import open_reader
from jinchang_desktop.store.meta import REQUIRED_META, read_meta

if TYPE_CHECKING:
    # The standards load with the view, after the first paint: the window shows the workspace's name first.
    from jinchang_desktop.standards.catalogue import Profile
    from jinchang_desktop.standards.records import SchoolRecord

DB_NAME = "workspace.sqlite3"  # store.workspace.DB_NAME (a test keeps the two equal)
YEAR_MIN = 2000  # store.declared.YEAR_MIN

# The meta key under which a county's roster leaves the whole profile (exchange.ws_profile.PROFILE_DOCUMENT;
# repeated here so that opening a workspace does not import the exchange layer and its cryptography).
PROFILE_DOCUMENT = "profile_document"


class WorkspaceInfo(NamedTuple):
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
        meta = read_meta(conn)
        missing = [key for key in REQUIRED_META if key not in meta]
        if missing:
            raise JcError(msg("工作区信息不完整（缺少 {missing}）", missing=listing(missing)),
                          file=str(Path(path) / DB_NAME), rule="workspace")
        return cls(path=Path(path), role=meta["role"], code=meta["code"], name=meta["name"],
                   county=meta.get("county", ""), school_year=int(meta["school_year"]),
                   profile_id=meta["profile_id"], fingerprint=meta.get("fingerprint", ""),
                   profile_document=meta.get(PROFILE_DOCUMENT, ""))

    def profile(self) -> Profile:
        """The profile the school is judged by: its county's (from the roster) or a shipped one."""
        import json

        from jinchang_desktop.standards.catalogue import load_profile, profile_from_document

        if self.profile_document:
            source = f"{self.path / DB_NAME} ({PROFILE_DOCUMENT})"
            try:
                document = json.loads(self.profile_document)
            except ValueError as exc:
                raise JcError(msg("名册带来的评估标准已损坏（{reason}），请重新导入县区名册", reason=exc),
                              file=source, rule="profile-document") from None
            return profile_from_document(document, source=source)
        return load_profile(self.profile_id)


def is_workspace(path: Path) -> bool:
    return (Path(path) / DB_NAME).is_file()


def open_gui_reader(path: Path) -> sqlite3.Connection:
    """The GUI thread's read-only connection to the workspace at ``path``."""
    return open_reader(Path(path) / DB_NAME)


def school_record(conn: sqlite3.Connection, info: WorkspaceInfo) -> SchoolRecord:
    """The workspace's own school with its values for the workspace's school year."""
    from jinchang_desktop.store.summary import school_record as stored_school

    return stored_school(conn, info.code, info.school_year)


def previous_values(conn: sqlite3.Connection, info: WorkspaceInfo) -> dict[str, int | float]:
    """Last school year's values (school_year − 1): the editor warns of a change of more than 30%."""
    from jinchang_desktop.store.summary import declared_values

    if info.school_year - 1 < YEAR_MIN:
        return {}
    return declared_values(conn, info.code, info.school_year - 1)
