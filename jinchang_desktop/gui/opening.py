"""From an open workspace to its window: the school editor for a school, the role window for the others."""
from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtWidgets import QMainWindow

from jinchang_desktop.gui.db_worker import DbWorker
from jinchang_desktop.gui.settings import AppSettings
from jinchang_desktop.gui.workspace_info import WorkspaceInfo, open_gui_reader


class Session(Protocol):
    window: QMainWindow | None

    def close(self) -> None:
        """After the window has closed: stop the worker (which closes the workspace)."""
        ...


class RoleSession:
    """A county, city or inspector workspace: its identity on screen, the worker holding it open."""

    def __init__(self, worker: DbWorker, info: WorkspaceInfo, open_settings: Callable[[], None]) -> None:
        from jinchang_desktop.gui.role_window import RoleWindow

        self.worker = worker
        self.window: QMainWindow | None = RoleWindow(info, open_settings=open_settings)

    def close(self) -> None:
        self.worker.shutdown()


def open_session(worker: DbWorker, path: Path, settings: AppSettings, *, set_language: Callable[[str], None],
                 open_settings: Callable[[], None], temporary: bool = False,
                 reader: sqlite3.Connection | None = None) -> Session:
    """The session of the workspace at ``path`` that ``worker`` writes; ``reader`` is the GUI's connection to it
    (opened here when not given; the session keeps it)."""
    reader = reader if reader is not None else open_gui_reader(path)
    try:
        info = WorkspaceInfo.read(path, reader)
        if info.role == "school":
            from jinchang_desktop.gui.session import SchoolSession

            return SchoolSession(worker, path, settings, reader=reader, set_language=set_language,
                                 temporary=temporary)
    except BaseException:
        reader.close()
        raise
    reader.close()
    return RoleSession(worker, info, open_settings)
