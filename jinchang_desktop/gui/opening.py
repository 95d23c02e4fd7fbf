"""From a workspace folder to its view: read who the workspace is, and build the view its role registers."""
from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from jinchang_desktop.gui.db_worker import DbWorker
from jinchang_desktop.gui.settings import AppSettings
from jinchang_desktop.gui.views import view_class
from jinchang_desktop.gui.views.base import ViewContext, WorkspaceView
from jinchang_desktop.gui.workspace_info import WorkspaceInfo, open_gui_reader

if TYPE_CHECKING:
    from jinchang_desktop.gui.shell import Shell


def open_view(worker: DbWorker, path: Path, settings: AppSettings, *, set_language: Callable[[str], None],
              temporary: bool = False, reader: sqlite3.Connection | None = None) -> WorkspaceView:
    """The view of the workspace at ``path`` that ``worker`` writes; ``reader`` is the GUI's connection to it
    (opened here when not given). The view's context holds both and closes them with ``close_workspace``."""
    reader = reader if reader is not None else open_gui_reader(path)
    try:
        info = WorkspaceInfo.read(path, reader)
        context = ViewContext(path=Path(path), info=info, worker=worker, reader=reader, settings=settings,
                              set_language=set_language, temporary=temporary)
        return view_class(info.role)(context)
    except BaseException:
        reader.close()
        raise


def open_in_shell(path: Path, settings: AppSettings, *, set_language: Callable[[str], None],
                  worker: DbWorker | None = None, temporary: bool = False) -> Shell:
    """A shell showing the workspace at ``path`` (not yet shown on screen): for scripts and tests that open a
    workspace without the app around it. The worker opens the writer with the first write unless given one."""
    from jinchang_desktop.gui.shell import Shell

    if worker is None:
        from jinchang_desktop.store.workspace import Workspace

        worker = DbWorker(opener=lambda: Workspace.open(path))
    shell = Shell(settings, set_language=set_language)
    shell.set_view(open_view(worker, path, settings, set_language=set_language, temporary=temporary))
    return shell
