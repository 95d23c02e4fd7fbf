"""What the shell asks of a workspace view, and what a view is given: the open workspace's context.

A view is the central widget of one role's workspace (the school's editor, the county's schools …). It adds its
own actions to the shell's menus and toolbar, answers the shell's shared actions it supports (import, export),
and may keep the window open while its work is unsaved. The shell knows nothing else of it.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from jinchang_desktop.gui.db_worker import DbWorker
from jinchang_desktop.gui.settings import AppSettings
from jinchang_desktop.gui.workspace_info import WorkspaceInfo
from jinchang_desktop.i18n import _


@dataclass
class ViewContext:
    """An open workspace: the worker that writes it, the GUI thread's read-only connection, who it is."""

    path: Path
    info: WorkspaceInfo
    worker: DbWorker
    reader: sqlite3.Connection
    settings: AppSettings
    set_language: Callable[[str], None]
    temporary: bool = False  # a demo copy, deleted on closing

    def close(self) -> None:
        """Finish the queued writes, stop the worker (which closes the workspace), close the reader."""
        self.worker.shutdown()
        self.reader.close()


class WorkspaceView(QWidget):
    """The base of every role's view. Subclasses set ``role`` and override what they support."""

    role: ClassVar[str] = ""
    can_import: ClassVar[bool] = False  # the shell's 导入数据包 (a county's school reports, a city's county reports)
    can_export: ClassVar[bool] = False  # the shell's 导出数据包

    status_changed = Signal(str)  # the status bar's standing line
    title_changed = Signal()  # window_title() changed (a language switch, a corrected name)
    menus_changed = Signal()  # the view's actions were rebuilt: the shell takes them again

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.closed = False  # after close_workspace: the view may outlive its workspace, but reads no more

    @property
    def info(self) -> WorkspaceInfo:
        return self.context.info

    def window_title(self) -> str:
        return self.info.name

    def status_note(self) -> str:
        if self.context.temporary:
            return _("演示工作区的临时副本：可随意修改，关闭程序后删除。")
        return _("数据保存在 {path}").format(path=self.context.path)

    def edit_actions(self) -> list[QAction]:
        """The view's entries of the 编辑 menu (the menu is hidden when there are none)."""
        return []

    def data_actions(self) -> list[QAction]:
        """The view's entries of the 数据 menu, below the shared ones."""
        return []

    def toolbar_actions(self) -> list[QAction]:
        return []

    def help_html(self) -> str:
        """What this workspace is for and how to do its work, for the help page."""
        return ""

    def import_packages(self, paths: list[Path] | None = None) -> object:
        """The shell's 导入数据包 (only called when ``can_import``)."""
        raise NotImplementedError

    def export(self) -> object:
        """The shell's 导出数据包 (only called when ``can_export``)."""
        raise NotImplementedError

    def focus_first(self) -> None:
        self.setFocus()

    def may_close(self) -> bool:
        """Asked before the window closes or another workspace opens; False keeps this one open."""
        return True

    def close_workspace(self) -> None:
        """After ``may_close``: let the workspace go."""
        self.closed = True
        self.context.close()
