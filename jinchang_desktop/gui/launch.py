"""Start the desktop app: QApplication, fonts, translators, then the workspace (or the first-run wizard).

Which workspace: ``--demo`` opens a temporary copy of the demo workspace shipped in resources/demo/ (the
school's; ``--demo county`` / ``--demo city`` the county's, with its inbox and requests beside it, or the city's; the
user's own data is never touched, and the copy is deleted on exit); otherwise ``--workspace PATH`` or the
default folder in the user's data directory. A folder without a workspace starts the first-run wizard.

Only what the first screen needs is imported here; matplotlib, openpyxl and cryptography wait until a
feature asks for them, so start-up stays close to a bare Qt window.
"""
from __future__ import annotations

import gc
import sqlite3
import sys
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDir, QTemporaryDir, QTimer
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QWidget

from jinchang_desktop.errors import JcError
from jinchang_desktop.gui.i18n import LanguageSwitcher
from jinchang_desktop.gui.settings import AppSettings
from jinchang_desktop.gui.workspace_info import WorkspaceInfo, is_workspace, open_gui_reader
from jinchang_desktop.i18n import DEFAULT_LANGUAGE, _, language, msg

if TYPE_CHECKING:
    from jinchang_desktop.gui.db_worker import DbWorker
    from jinchang_desktop.gui.first_run.wizard import FirstRunWizard
    from jinchang_desktop.gui.shell import Shell
    from jinchang_desktop.gui.views.base import WorkspaceView
    from jinchang_desktop.store.workspace import Workspace

# Fonts that draw Simplified Chinese, most preferred first: Windows, then the Linux ones we test with.
CJK_FAMILIES = ("Microsoft YaHei", "Microsoft YaHei UI", "WenQuanYi Micro Hei", "Noto Sans CJK SC",
                "Source Han Sans SC", "SimSun")


def set_cjk_font(app: QApplication) -> list[str]:
    """Put the installed CJK families in front of the default font; returns the families used."""
    installed = set(QFontDatabase.families())
    chosen = [family for family in CJK_FAMILIES if family in installed]
    if chosen:
        font = QFont(app.font())
        font.setFamilies([*chosen, app.font().family()])
        app.setFont(font)
    return chosen


class App:
    """The running app: the one window (the shell), the workspace open in it, the wizard before one exists."""

    def __init__(self, app: QApplication, settings: AppSettings, switcher: LanguageSwitcher, *,
                 temporary: bool) -> None:
        self.app = app
        self.settings = settings
        self.switcher = switcher
        self.temporary = temporary  # the first workspace is a demo copy, deleted on exit
        self.shell: Shell | None = None
        self.first_screen: QWidget | None = None
        self.wizard: FirstRunWizard | None = None

    def show_workspace(self, worker: DbWorker | None, path: Path, reader: sqlite3.Connection | None = None,
                       info: WorkspaceInfo | None = None) -> None:
        """Show the workspace in the shell (made on the first call), in place of the one shown.

        The shell appears at once with the workspace's name; its view is built once the window has been drawn
        (``Shell.open_when_shown``), with the database worker (made then, unless the first-run wizard hands one
        over) and the view's own imports.
        """
        from jinchang_desktop.gui.shell import Shell

        temporary = self.temporary and self.shell is None
        if self.shell is None:
            self.shell = Shell(self.settings, set_language=self.switcher.apply)
            self.shell.open_requested.connect(self.open_other)
        elif self.shell.view is not None:
            self.shell.view.close_workspace()
        shell = self.shell
        if reader is None:  # from the first-run wizard, whose worker holds the new workspace open
            reader = open_gui_reader(path)
        if info is None:
            info = WorkspaceInfo.read(path, reader)

        def build() -> WorkspaceView:
            from jinchang_desktop.gui.db_worker import DbWorker
            from jinchang_desktop.gui.opening import open_view

            writer = worker or DbWorker(opener=partial(open_workspace, path))
            try:
                view = open_view(writer, path, self.settings, set_language=self.switcher.apply,
                                 temporary=temporary, reader=reader)
            except BaseException:
                writer.shutdown()  # the reader is closed by open_view; no view will ever stop this thread
                raise
            QTimer.singleShot(0, view.focus_first)  # once it is on screen
            return view

        shell.open_when_shown(info.name, build)
        shell.show()
        self.first_screen = shell

    def open_other(self, path: Path) -> bool:
        """The person chose another workspace: close this one (if it may close) and show that one.
        False, with a message saying why, if it cannot be opened; the current one then stays."""
        shell = self.shell
        assert shell is not None
        if shell.view is not None and shell.view.context is not None and shell.view.context.path == Path(path):
            return True
        try:
            if not is_workspace(path):
                raise JcError(msg("这个文件夹里没有工作区（workspace.sqlite3）"),
                              file=str(path), rule="workspace")
            reader = open_reader_for(path)
        except JcError as exc:
            from jinchang_desktop.gui.messages import show_error

            show_error(shell, exc, _("无法打开工作区"))
            return False
        if not shell.may_close():
            reader.close()
            return False
        self.show_workspace(None, path, reader)
        return True

    def start(self, path: Path, *, interactive: bool = True) -> bool:
        """Show the first screen for ``path``; False if the workspace there cannot be opened (said on stderr, and
        in a message box unless ``interactive`` is false)."""
        if not is_workspace(path):
            from jinchang_desktop.gui.first_run.wizard import FirstRunWizard

            wizard = FirstRunWizard(path)
            wizard.workspace_ready.connect(lambda worker: self.show_workspace(worker, path))
            wizard.rejected.connect(self.app.quit)
            wizard.show()
            self.first_screen = self.wizard = wizard
            return True
        try:
            reader = open_reader_for(path)
        except JcError as exc:
            print(exc.message(), file=sys.stderr)
            if interactive:
                from PySide6.QtWidgets import QMessageBox

                QMessageBox.critical(None, _("无法打开工作区"),
                                     exc.message_in(language()))
            return False
        # The writer opens on the worker with the first write; the first screen needs only the reader.
        self.show_workspace(None, path, reader)
        return True

    def close(self) -> None:
        if self.wizard is not None:
            self.wizard.release()
        if self.shell is not None and self.shell.view is not None:
            self.shell.view.close_workspace()


def resume_collector() -> None:
    """Turn garbage collection back on once the first screen is up (cli.main paused it for the start-up).

    What start-up made is the program itself (modules, classes, the window): it is frozen out of the collector's
    view, so the collections that follow, during typing, do not walk it again and again.
    """
    gc.freeze()
    gc.enable()


def open_workspace(path: Path) -> Workspace:
    from jinchang_desktop.store.workspace import Workspace

    return Workspace.open(path)


def open_reader_for(path: Path) -> sqlite3.Connection:
    """The GUI's read-only connection to the workspace at ``path``; raises JcError saying why it cannot be had.

    A workspace the reader cannot take as it is (an older schema, a missing setting) is opened once for writing
    here: that upgrades it (after a backup) or raises the store's own explanation.
    """
    for attempt in (1, 2):
        reader = None
        try:
            reader = open_gui_reader(path)
            WorkspaceInfo.read(path, reader)
            return reader
        except (JcError, sqlite3.Error):
            if reader is not None:
                reader.close()
            if attempt == 2:
                raise
        open_workspace(path).close()
    raise AssertionError("unreachable")


def run_gui(*, demo: bool | str | None, exit_after_startup: bool, lang: str | None, workspace: Path | None = None,
            exit_after_first_paint: bool = False) -> int:
    """Run the app until its window closes; returns the exit code.

    ``exit_after_startup`` exits 0 once the first screen is up with its workspace view and the event loop has
    settled; ``exit_after_first_paint`` as soon as the window has been drawn once (start-up measurements use both).
    """
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName("jinchang-desktop")
    app.setOrganizationName("Jinchang")
    set_cjk_font(app)
    settings = AppSettings()
    switcher = LanguageSwitcher(app)
    switcher.apply(lang or settings.language or DEFAULT_LANGUAGE)
    temporary: QTemporaryDir | None = None
    if demo:
        from jinchang_desktop.gui.demo import copy_demo

        # Qt's temporary folder (in TMPDIR / %TEMP%), removed with everything in it when the app ends.
        temporary = QTemporaryDir(QDir.temp().filePath("jinchang-demo-XXXXXX"))
        if not temporary.isValid():
            raise OSError(temporary.errorString())
        # --demo alone (True, or "school") is the school; --demo county / city their workspaces.
        path = copy_demo("school" if demo is True else str(demo), Path(temporary.path()))
    elif workspace is not None:
        path = Path(workspace)
    else:
        from jinchang_desktop.portable import portable_workspace_dir
        from jinchang_desktop.store.workspace import default_workspace_dir

        # On a USB stick with portable.txt beside the program, the workspace lives on the stick.
        path = portable_workspace_dir() or default_workspace_dir()
    running = App(app, settings, switcher, temporary=temporary is not None)
    try:
        if not running.start(path, interactive=not (exit_after_startup or exit_after_first_paint)):
            return 1

        def settle_and_exit() -> None:
            app.processEvents()
            app.exit(0)

        shell = running.shell
        if shell is None:  # the first-run wizard: it is the whole first screen
            QTimer.singleShot(0, resume_collector)
            if exit_after_startup or exit_after_first_paint:
                QTimer.singleShot(0, settle_and_exit)
        else:
            # What start-up made, the view included, is frozen out of the collector's view once the view is up.
            shell.view_ready.connect(lambda _view: QTimer.singleShot(0, resume_collector))
            if exit_after_first_paint:
                shell.first_painted.connect(lambda: app.exit(0))
            elif exit_after_startup:
                shell.view_ready.connect(lambda _view: QTimer.singleShot(0, settle_and_exit))
        code = app.exec()
        return code
    finally:
        gc.enable()
        running.close()
        if running.first_screen is not None:
            running.first_screen.deleteLater()
        if temporary is not None:
            temporary.remove()
