"""Opening the workspace database: checks, pragmas, a backup, then the migration steps; and transactions.

Threading: a connection from :func:`open_database` is the workspace's one writer. It may be handed from the
thread that opened it to the database worker, but only one thread may use it at a time. Other threads read
through their own :func:`open_reader` connection.
"""
from __future__ import annotations

import contextlib
import itertools
import os
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from jinchang_desktop.errors import JcError
from jinchang_desktop.i18n import msg
from jinchang_desktop.store.failures import corrupted, store_error
from jinchang_desktop.store.migrations import (
    APPLICATION_ID,
    MIGRATIONS,
    SCHEMA_VERSION,
    upgrade_to_1,
    upgrade_to_2,
    upgrade_to_3,
    upgrade_to_4,
    upgrade_to_5,
    upgrade_to_6,
    upgrade_to_7,
)

__all__ = [
    "SCHEMA_VERSION", "BUSY_TIMEOUT_S", "check_integrity", "open_database", "open_read_only", "open_reader",
    "backup_database", "transaction", "upgrade_to_1", "upgrade_to_2", "upgrade_to_3", "upgrade_to_4", "upgrade_to_5",
    "upgrade_to_6", "upgrade_to_7",
]

# A second program (or the GUI's reader) may hold the write lock briefly; wait rather than fail.
BUSY_TIMEOUT_S = 10.0

# One name for every savepoint: they nest strictly, and ROLLBACK TO or RELEASE of a repeated name acts on the
# innermost, so the statements stay the same few and SQLite need not compile new ones for each package.
_SAVEPOINT = "jc_savepoint"


def open_database(path: Path) -> sqlite3.Connection:
    """The writer connection to the database at ``path``, upgraded to :data:`SCHEMA_VERSION`.

    A missing file becomes a new, empty workspace database. Before an existing database is upgraded it is copied
    to ``<folder of path>/backups/<name>.v<old>.<UTC time>.sqlite3``. Raises :class:`JcError` for a file that is not
    a SQLite database, a SQLite database that is not ours, or one written by a newer version of the program.
    """
    path = Path(path)
    _refuse_empty(path)
    conn = _connect(path, read_only=False)
    try:
        version = _check_file(conn, path)
        # WAL keeps readers off the writer's back; FULL syncs each commit, since rural PCs lose power.
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise JcError(
                msg("无法以 WAL 模式打开数据库（当前模式 {mode}），请勿把工作区放在网络盘或只读介质上", mode=mode),
                file=str(path), rule="wal")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        if version < SCHEMA_VERSION:
            backup = backup_database(conn, path, version) if version > 0 else None
            _migrate(conn, path, backup)
    except sqlite3.Error as exc:  # locked, full, read-only: said plainly, the file as it was
        conn.close()
        raise store_error(exc, path) from None
    except BaseException:
        conn.close()
        raise
    return conn


def _refuse_empty(path: Path) -> None:
    """An existing file of 0 bytes is no database of ours: SQLite would make it one. Leave it as it is."""
    try:
        empty = path.is_file() and path.stat().st_size == 0
    except OSError:
        return
    if empty:
        raise JcError(msg("数据库文件是空的（0 字节），不是工作区数据库；文件未作任何改动"),
                      file=str(path), rule="sqlite-file")


def open_read_only(path: Path) -> sqlite3.Connection:
    """A connection to a workspace on a read-only medium or in a folder this user may not write: reads only.

    SQLite needs to write a ``-shm`` file beside a WAL database even to read it; where nothing can be written
    the file is opened as immutable, which is sound because nobody can change it there either.
    """
    path = Path(path)
    _refuse_empty(path)
    uri = path.resolve().as_uri()
    try:
        conn = sqlite3.connect(uri + "?mode=ro", uri=True, timeout=BUSY_TIMEOUT_S, isolation_level=None,
                               check_same_thread=False)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.Error:
        try:
            conn = sqlite3.connect(uri + "?mode=ro&immutable=1", uri=True, isolation_level=None,
                                   check_same_thread=False)
        except sqlite3.Error as exc:
            raise store_error(exc, path) from None
    try:
        version = _check_file(conn, path)
        if version != SCHEMA_VERSION:
            raise JcError(msg("只读的数据库是结构版本 {version}，需要先在可写的位置打开一次以升级到 {SCHEMA_VERSION}",
                              version=version, SCHEMA_VERSION=SCHEMA_VERSION), file=str(path), rule="schema-version")
        conn.execute("PRAGMA query_only = ON")
    except BaseException:
        conn.close()
        raise
    return conn


def open_reader(path: Path) -> sqlite3.Connection:
    """A read-only connection, for a thread that shows data while the writer works (e.g. the GUI thread)."""
    path = Path(path)
    if not path.is_file():
        raise JcError(msg("数据库文件不存在"), file=str(path), rule="sqlite-file")
    conn = _connect(path, read_only=True)
    try:
        version = _check_file(conn, path)
        if version != SCHEMA_VERSION:
            raise JcError(msg("数据库尚未升级到结构版本 {SCHEMA_VERSION}（当前 {version}），请先用写入连接打开",
                              SCHEMA_VERSION=SCHEMA_VERSION, version=version), file=str(path), rule="schema-version")
        conn.execute("PRAGMA query_only = ON")
    except BaseException:
        conn.close()
        raise
    return conn


def _connect(path: Path, *, read_only: bool) -> sqlite3.Connection:
    try:
        if read_only:
            conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True, timeout=BUSY_TIMEOUT_S,
                                   isolation_level=None)
        else:
            # isolation_level=None: the module never opens transactions behind our back; transaction() does.
            conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_S, isolation_level=None,
                                   check_same_thread=False)
    except sqlite3.Error as exc:
        raise JcError(msg("无法打开数据库文件（{exc}）", exc=exc), file=str(path),
                      rule="sqlite-file") from None
    return conn


def _check_file(conn: sqlite3.Connection, path: Path) -> int:
    """The file's schema version, after refusing what we must not touch. Reads only."""
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        application_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
        objects = int(conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0])
    except sqlite3.DatabaseError as exc:
        if getattr(exc, "sqlite_errorname", "") == "SQLITE_NOTADB":
            raise JcError(msg("不是 SQLite 数据库文件（{exc}）", exc=exc), file=str(path),
                          rule="sqlite-file") from None
        raise store_error(exc, path) from None  # a damaged file points to the backups
    if (version == 0 and objects > 0) or (version > 0 and application_id != APPLICATION_ID):
        raise JcError(msg("这是其他程序的 SQLite 数据库，不是本程序的工作区数据库"),
                      file=str(path), rule="application-id")
    if version > SCHEMA_VERSION:
        raise JcError(msg("数据库由更新版本的程序写入（结构版本 {version}，本程序只认识到 {SCHEMA_VERSION}），"
                          "请安装新版程序后再打开；文件未作任何改动", version=version, SCHEMA_VERSION=SCHEMA_VERSION),
                      file=str(path), rule="schema-newer")
    return version


def check_integrity(conn: sqlite3.Connection, path: Path) -> None:
    """Run SQLite's whole-file check; a damaged file raises a JcError that points to the backups folder."""
    try:
        rows = [str(row[0]) for row in conn.execute("PRAGMA integrity_check(20)")]
        rows += [f"foreign key: {row[0]} row {row[1]} → {row[2]}" for row in conn.execute("PRAGMA foreign_key_check")]
    except sqlite3.Error as exc:
        raise store_error(exc, path) from None
    if rows != ["ok"]:
        raise corrupted(path, "; ".join(r for r in rows if r != "ok")[:300])


def backup_database(conn: sqlite3.Connection, path: Path, version: int) -> Path:
    """Copy the database, consistently, into ``backups/`` beside it; return the copy's path."""
    folder = path.parent / "backups"
    folder.mkdir(exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = folder / f"{path.stem}.v{version}.{stamp}.sqlite3"
    for n in itertools.count(2):
        if not target.exists():
            break
        target = folder / f"{path.stem}.v{version}.{stamp}-{n}.sqlite3"
    # Written under another name first, so that a crash never leaves a half copy that looks whole.
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    copy = sqlite3.connect(str(partial), isolation_level=None)
    try:
        conn.backup(copy)
        # One self-contained file, readable without its -wal and -shm companions.
        copy.execute("PRAGMA journal_mode = DELETE")
    finally:
        copy.close()
    os.replace(partial, target)
    return target


def _migrate(conn: sqlite3.Connection, path: Path, backup: Path | None) -> None:
    while True:
        conn.execute("BEGIN EXCLUSIVE")
        try:
            # Read again under the lock: another process may have upgraded the file meanwhile.
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            if version >= SCHEMA_VERSION:
                conn.execute("ROLLBACK")
                return
            target = version + 1
            MIGRATIONS[target](conn)
            conn.execute(f"PRAGMA user_version = {target}")
            conn.execute("COMMIT")
        except BaseException as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error):
                failed = (msg("数据库升级失败（{error}），数据库保持原版本；升级前的副本在 {backup}", error=exc,
                              backup=backup) if backup else
                          msg("数据库升级失败（{error}），数据库保持原版本", error=exc))
                raise JcError(failed, file=str(path), rule="migration") from exc
            raise


@contextlib.contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """All that runs inside is committed together or not at all.

    Outside a transaction this is ``BEGIN IMMEDIATE`` … ``COMMIT`` (the write lock is taken at once, so the
    transaction can never fail half-way for want of it). Inside one it is a savepoint: an inner failure undoes
    only the inner work and propagates, and the outer transaction decides. Needs a connection opened with
    ``isolation_level=None``, as :func:`open_database` does.
    """
    if conn.isolation_level is not None:
        raise ValueError("transaction() needs a connection with isolation_level=None")
    if conn.in_transaction:
        conn.execute(f"SAVEPOINT {_SAVEPOINT}")
        try:
            yield conn
        except BaseException:
            if conn.in_transaction:  # an error may already have ended the whole transaction
                conn.execute(f"ROLLBACK TO {_SAVEPOINT}")
                conn.execute(f"RELEASE {_SAVEPOINT}")
            raise
        conn.execute(f"RELEASE {_SAVEPOINT}")
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
