"""What a failing database means to a person: locked, full, read-only, damaged or not ours, in Chinese and English.

SQLite reports these as exceptions with an error name; a traceback helps nobody at a county office. Each is turned
into a JcError naming the database file and the rule, and saying what to do. The transaction that failed has been
rolled back by then (``db.transaction``), so the files are as they were before the command.
"""
from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from jinchang_desktop.errors import JcError
from jinchang_desktop.i18n import msg


def store_error(exc: sqlite3.Error, path: Path) -> JcError:
    """The JcError a person should read for ``exc`` raised on the database at ``path``."""
    name = str(getattr(exc, "sqlite_errorname", "") or "")
    text = str(exc)
    file = str(path)
    backups = Path(path).parent / "backups"
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in text:
        return JcError(msg("数据库正被另一个程序（或另一个窗口）占用，请关闭它后重试；未作任何改动"), file=file,
                       rule="store-locked")
    if name.startswith("SQLITE_FULL") or "full" in text or (name.startswith("SQLITE_IOERR") and _no_space(path)):
        return JcError(msg("磁盘已满（或数据库已达上限），请腾出空间后重试；未作任何改动"), file=file,
                       rule="store-full")
    if name.startswith("SQLITE_READONLY") or "readonly" in text or "read-only" in text:
        return JcError(msg("工作区是只读的（只读介质、权限或写保护）：可以查看、评估和校验，不能写入；未作任何改动"),
                       file=file, rule="store-read-only")
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")) or "malformed" in text:
        return corrupted(path, text)
    if name.startswith("SQLITE_IOERR") or "disk I/O" in text:
        return JcError(msg("读写数据库时出错（{text}），请检查磁盘或 U 盘；未作任何改动。备份在 {backups}", text=text,
                           backups=backups), file=file, rule="store-io")
    if "no such table" in text or "no such column" in text:
        return JcError(msg("数据库缺少本程序需要的表（{text}）：文件已损坏或被其他程序改动过。备份在 {backups}",
                           text=text, backups=backups), file=file, rule="store-foreign")
    if name.startswith("SQLITE_CANTOPEN"):
        return JcError(msg("无法打开数据库文件（{text}）", text=text), file=file,
                       rule="store-open")
    return JcError(msg("数据库出错（{text}）；未作任何改动", text=text),
                   file=file, rule="store")


def _no_space(path: Path) -> bool:
    """Whether the disk holding ``path`` is full: SQLite reports a failed -shm or -wal write as an I/O error."""
    try:
        return shutil.disk_usage(Path(path).parent).free < 64 * 1024
    except OSError:
        return False


def corrupted(path: Path, detail: str) -> JcError:
    backups = Path(path).parent / "backups"
    return JcError(msg("数据库文件已损坏（{detail}）。请从备份文件夹 {backups} 中选最近的副本恢复，或联系上级",
                       detail=detail, backups=backups), file=str(path), rule="store-corrupt")
