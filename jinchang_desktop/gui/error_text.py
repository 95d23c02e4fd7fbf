"""A failure as a person reads it: in the interface language, naming what to do about it.

The core raises ``JcError`` with both languages already; SQLite and the operating system raise their own
exceptions in English, which a clerk should never have to decode ("database or disk is full").
"""
from __future__ import annotations

import sqlite3

from jinchang_desktop.errors import JcError
from jinchang_desktop.i18n import _, language


def error_text(exc: BaseException) -> str:
    """One paragraph for a message box or a banner."""
    if isinstance(exc, JcError):
        return exc.message_in(language())
    if isinstance(exc, sqlite3.Error):
        text = str(exc).lower()
        name = getattr(exc, "sqlite_errorname", "")
        if "disk is full" in text or name == "SQLITE_FULL":
            return _("磁盘已满，数据未能写入。请删除不需要的文件腾出空间后重试。")
        if "readonly" in text or "read-only" in text:
            return _("工作区文件夹是只读的，数据未能写入。请检查文件夹权限或存储介质。")
        if "locked" in text or "busy" in text:
            return _("数据库正被其他程序占用，数据未能写入。请关闭其他程序后重试。")
        if "disk i/o" in text or name.startswith("SQLITE_IOERR"):
            return _("读写磁盘出错，数据未能写入。请检查磁盘或 U 盘后重试。")
        return _("数据库出错（{detail}），数据未能写入。").format(detail=exc)
    if isinstance(exc, OSError):
        detail = exc.strerror or str(exc)
        where = str(exc.filename) if exc.filename else ""
        return _("文件操作失败（{detail}）：{where}").format(detail=detail, where=where)
    return _("发生意外错误：{detail}").format(detail=f"{type(exc).__name__}: {exc}")
