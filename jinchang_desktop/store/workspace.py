"""A workspace: one folder holding the database, the Ed25519 private key, backups and a quarantine.

    <workspace>/workspace.sqlite3   the store (store.db, store.declared, store.audit)
    <workspace>/key.pem             this workspace's private signing key
    <workspace>/backups/            copies made before each schema upgrade
    <workspace>/quarantine/         refused package files, each with a reason file

Threading: a Workspace owns the single writer connection ``conn``. It may be handed to the database worker
once, but only one thread may use it at a time; every write of the app goes through it. Other threads read
through their own ``reader()`` connection.
"""
from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from jinchang_desktop import __version__
from jinchang_desktop.common import ROLES
from jinchang_desktop.errors import JcError
from jinchang_desktop.i18n import listing, msg
from jinchang_desktop.packages.atomic import fsync_folder
from jinchang_desktop.store.audit import Change, check_action, record_changes, utc_now
from jinchang_desktop.store.db import open_database, open_read_only, open_reader, transaction
from jinchang_desktop.store.declared import check_year, upsert_school
from jinchang_desktop.store.failures import store_error
from jinchang_desktop.text_rules import check_code, check_name

if TYPE_CHECKING:
    from jinchang_desktop.packages.keys import KeyPair

DB_NAME = "workspace.sqlite3"
KEY_NAME = "key.pem"
BACKUPS = "backups"
QUARANTINE = "quarantine"
APP_NAME = "jinchang-desktop"
_REQUIRED_META = ("role", "code", "name", "profile_id", "school_year")


def default_workspace_dir() -> Path:
    """Where the GUI keeps its workspace unless told otherwise: ``<user data dir>/workspace``."""
    import platformdirs

    # appauthor=False: on Windows the path is …\jinchang-desktop, not …\jinchang-desktop\jinchang-desktop.
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "workspace"


class Workspace:
    """An open workspace. Use :meth:`create` or :meth:`open`, and :meth:`close` (or ``with``) when done."""

    def __init__(self, path: Path, conn: sqlite3.Connection, *, read_only: bool = False) -> None:
        self.path = path
        self.conn = conn
        self.read_only = read_only  # on a read-only medium: assess and verify work, writes are refused
        self._keypair: KeyPair | None = None

    # -- creating and opening ----------------------------------------------------------------------------

    @classmethod
    def create(cls, path: Path, *, role: str, code: str, name: str, county: str = "", profile_id: str = "national",
               school_year: int) -> Workspace:
        """Make a new workspace folder with a fresh key pair; refuse to touch an existing or non-empty folder.

        The folder is assembled under a temporary name beside ``path`` and renamed into place at the end, so an
        interrupted creation leaves no half workspace. A school workspace starts with its own school in the store.
        """
        path = Path(path)
        meta = _checked_identity(role=role, code=code, name=name, county=county, profile_id=profile_id,
                                 school_year=school_year)
        _check_free(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        # mkdtemp makes the folder 0o700: it will hold the private key.
        staging = Path(tempfile.mkdtemp(prefix=f".{path.name}.creating-", dir=path.parent))
        try:
            (staging / BACKUPS).mkdir()
            (staging / QUARANTINE).mkdir()
            from jinchang_desktop.packages.keys import generate_key, save_private_key

            keypair = generate_key()
            save_private_key(staging / KEY_NAME, keypair)
            meta.update(key_id=keypair.key_id, fingerprint=keypair.fingerprint, created_at=utc_now(),
                        created_by_version=__version__)
            conn = open_database(staging / DB_NAME)
            try:
                with transaction(conn):
                    conn.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", sorted(meta.items()))
                    if role == "school":
                        upsert_school(conn, meta["code"], name=meta["name"], county=meta["county"], source="self",
                                      action="create-workspace")
            finally:
                conn.close()  # Windows cannot rename a folder holding an open file
            if path.exists():
                path.rmdir()  # checked empty above
            os.rename(staging, path)
            # durable rename: a lost key would mean enrolling anew
            fsync_folder(path.parent)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        return cls.open(path)

    @classmethod
    def open(cls, path: Path) -> Workspace:
        """Open an existing workspace, upgrading its database if needed (a backup is made first)."""
        path = Path(path)
        if not path.is_dir():
            raise JcError(msg("工作区文件夹不存在"), file=str(path),
                          rule="workspace")
        if not (path / DB_NAME).is_file():
            raise JcError(msg("这个文件夹不是工作区（缺少 {DB_NAME}）", DB_NAME=DB_NAME), file=str(path),
                          rule="workspace")
        read_only = not _writable(path)
        conn = open_read_only(path / DB_NAME) if read_only else open_database(path / DB_NAME)
        workspace = cls(path, conn, read_only=read_only)
        try:
            missing = [key for key in _REQUIRED_META if workspace.get_meta(key) is None]
            if missing:
                raise JcError(msg("工作区信息不完整（缺少 {missing}）", missing=listing(missing)),
                              file=str(path / DB_NAME), rule="workspace")
            if not read_only:
                (path / BACKUPS).mkdir(exist_ok=True)
                (path / QUARANTINE).mkdir(exist_ok=True)
        except sqlite3.Error as exc:
            conn.close()
            raise store_error(exc, path / DB_NAME) from None
        except BaseException:
            conn.close()
            raise
        return workspace

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()
        if isinstance(exc, sqlite3.Error):
            # Locked, full, read-only, damaged: the transaction was rolled back; say what happened, no traceback.
            raise store_error(exc, self.db_path) from None

    def reader(self) -> sqlite3.Connection:
        """A new read-only connection (the caller closes it), for a thread other than the writer's."""
        return open_reader(self.db_path)

    # -- places ------------------------------------------------------------------------------------------

    @property
    def db_path(self) -> Path:
        return self.path / DB_NAME

    @property
    def key_path(self) -> Path:
        return self.path / KEY_NAME

    @property
    def backups_dir(self) -> Path:
        return self.path / BACKUPS

    @property
    def quarantine_dir(self) -> Path:
        return self.path / QUARANTINE

    # -- identity ----------------------------------------------------------------------------------------

    def get_meta(self, key: str, default: str | None = None) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return default if row is None else str(row[0])

    def set_meta(self, key: str, value: str, *, action: str = "settings") -> None:
        """Change one workspace setting (e.g. the official code learnt from a roster); the change is audited."""
        action = check_action(action)
        if key in _REQUIRED_META or key == "county":
            value = _checked_identity(**{**self._identity(), key: value})[key]
        with transaction(self.conn):
            old = self.get_meta(key)
            if old == value:
                return
            self.conn.execute("INSERT INTO meta (key, value) VALUES (?, ?) "
                              "ON CONFLICT (key) DO UPDATE SET value = excluded.value", (key, str(value)))
            record_changes(self.conn, [Change(None, None, f"meta.{key}", old, str(value))], action=action,
                           at=utc_now())

    def _identity(self) -> dict[str, object]:
        return {"role": self.role, "code": self.code, "name": self.name, "county": self.county,
                "profile_id": self.profile_id, "school_year": self.school_year}

    def _required(self, key: str) -> str:
        value = self.get_meta(key)
        assert value is not None, key  # checked on open
        return value

    @property
    def role(self) -> str:
        return self._required("role")

    @property
    def code(self) -> str:
        return self._required("code")

    @property
    def name(self) -> str:
        return self._required("name")

    @property
    def county(self) -> str:
        return self.get_meta("county", "") or ""

    @property
    def profile_id(self) -> str:
        return self._required("profile_id")

    @property
    def school_year(self) -> int:
        return int(self._required("school_year"))

    @property
    def keypair(self) -> KeyPair:
        """This workspace's signing key, read from ``key.pem`` when first needed."""
        if self._keypair is None:
            from jinchang_desktop.packages.keys import load_private_key

            self._keypair = load_private_key(self.key_path)
        return self._keypair


def _checked_identity(*, role: object, code: object, name: object, county: object, profile_id: object,
                      school_year: object) -> dict[str, str]:
    if role not in ROLES:
        # A list of codes, not a sentence: each language keeps its own separator.
        choices = listing(ROLES)
        raise JcError(msg("未知的角色“{role}”，可选：{choices}", role=role, choices=choices), rule="role")
    texts = {"code": check_code(str(code), what=msg("工作区代码")),
             "name": check_name(str(name), what=msg("工作区名称")),
             "profile_id": check_code(str(profile_id), what=msg("评估方案"))}
    empty = {"code": msg("工作区的代码不能为空"), "name": msg("工作区的名称不能为空"),
             "profile_id": msg("工作区的评估方案不能为空")}
    for key, text in texts.items():
        if not text:
            raise JcError(empty[key], rule="required")
    year = school_year
    if isinstance(year, str) and year.strip().isdigit():
        year = int(year)
    county_text = check_name(str(county), what=msg("所属的县区"))
    return {"role": str(role), **texts, "county": county_text, "school_year": str(check_year(year))}


def _writable(path: Path) -> bool:
    """Whether this user may write the workspace's folder and database (False on a read-only medium)."""
    return os.access(path, os.W_OK) and os.access(path / DB_NAME, os.W_OK)


def _check_free(path: Path) -> None:
    if (path / DB_NAME).exists() or (path / KEY_NAME).exists():
        raise JcError(msg("这里已经有一个工作区，不会覆盖"),
                      file=str(path), rule="workspace-exists")
    if path.exists() and not path.is_dir():
        raise JcError(msg("该路径是一个文件，不是文件夹"), file=str(path),
                      rule="workspace")
    if path.is_dir() and any(path.iterdir()):
        raise JcError(msg("文件夹不是空的；请选择一个新的或空的文件夹"), file=str(path), rule="workspace")
