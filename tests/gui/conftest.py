"""Fixtures for the GUI tests: one QApplication (pytest-qt), settings under tmp_path, Chinese by default, and real
workspaces on disk under tmp_path."""
from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QEvent, QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from jinchang_desktop.gui.demo import DEMO_PROFILE, demo_record
from jinchang_desktop.gui.i18n import LanguageSwitcher
from jinchang_desktop.gui.record_source import MemoryRecordSource
from jinchang_desktop.gui.settings import AppSettings
from jinchang_desktop.gui.shell import Shell
from jinchang_desktop.gui.views.school import SchoolView
from jinchang_desktop.standards.catalogue import Profile, load_profile
from jinchang_desktop.standards.records import SchoolRecord

if TYPE_CHECKING:
    pass


@pytest.fixture(autouse=True)
def no_box_outlives_its_test(qapp) -> Iterator[None]:
    """A message box a test leaves open would be found by the next test looking for its own: close them all."""
    yield
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.isVisible():
            widget.close()


@pytest.fixture
def profile() -> Profile:
    return load_profile(DEMO_PROFILE)


@pytest.fixture
def settings(tmp_path) -> AppSettings:
    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def switcher(qapp) -> Iterator[LanguageSwitcher]:
    switcher = LanguageSwitcher()
    switcher.apply("zh")
    yield switcher
    # The next test starts in Chinese whatever this one switched to, and with no translator of this one left
    # installed: a window that outlives the test (collected later) may still hold this switcher.
    switcher.uninstall()


MakeWindow = Callable[..., Shell]


@pytest.fixture
def make_window(qtbot, profile, settings, switcher) -> MakeWindow:
    """A shown shell with the school view on a record (the first demo school by default), held in memory."""
    windows: list[Shell] = []  # a strong reference: a dropped wrapper would delete the window

    def make(record: SchoolRecord | None = None, *, previous: Mapping[str, int | float] | None = None,
             source: MemoryRecordSource | None = None) -> Shell:
        source = source or MemoryRecordSource(record or demo_record())
        window = Shell(settings, set_language=switcher.apply)
        window.set_view(SchoolView.in_memory(source, profile, previous=previous))
        editor = window.view.editor
        qtbot.addWidget(window)
        window.resize(1366, 700)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        # Shortcuts and focus need the active window; offscreen activation arrives through the event loop.
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
        editor.focus_first_field()
        windows.append(window)
        return window

    return make


# -- workspaces on disk ---------------------------------------------------------------------------------------

@pytest.fixture
def demo_workspace(tmp_path) -> Path:
    """A fresh copy of the shipped demo workspace (永昌县河西堡九年制学校, 2025, last year's figures too)."""
    from jinchang_desktop.gui.demo import copy_demo_workspace

    return copy_demo_workspace(tmp_path / "workspaces")


OpenSchool = Callable[..., SchoolView]


def show_shell(qtbot, window: Shell) -> None:
    qtbot.addWidget(window)
    window.resize(1366, 700)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)


@pytest.fixture
def open_school(qtbot, settings, switcher) -> Iterator[OpenSchool]:
    """Open a school workspace the way the app does: its writer on a DbWorker, its view in the shell, shown.
    Returns the view (``.window()`` is the shell)."""
    from jinchang_desktop.gui.db_worker import DbWorker
    from jinchang_desktop.gui.opening import open_in_shell
    from jinchang_desktop.store.workspace import Workspace

    sessions: list[SchoolView] = []

    def open_(path: Path) -> SchoolView:
        window = open_in_shell(path, settings, set_language=switcher.apply, worker=DbWorker(Workspace.open(path)))
        session = window.view
        assert isinstance(session, SchoolView)
        qtbot.addWidget(window)
        window.resize(1366, 700)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
        session.editor.focus_first_field()
        sessions.append(session)
        return session

    yield open_
    for session in sessions:
        session.source.flush(timeout=30)
        shell = session.window()
        shell.close()
        session.close_workspace()
    # The windows go now, and with them the sessions (and this test's switcher, whose translators must not
    # outlive the test).
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def stored_value(path: Path, code: str, year: int, field: str) -> int | float | None:
    """What the database file holds, read by a connection of its own (as a restarted app would)."""
    conn = sqlite3.connect(path / "workspace.sqlite3")
    try:
        row = conn.execute("SELECT value FROM declared WHERE school_code = ? AND school_year = ? AND field = ?",
                           (code, year, field)).fetchone()
    finally:
        conn.close()
    return None if row is None else row[0]


def audit_actions(path: Path, field: str) -> list[tuple[str, object, object]]:
    """(action, old, new) of a field's audit rows, oldest first."""
    conn = sqlite3.connect(path / "workspace.sqlite3")
    try:
        return list(conn.execute("SELECT action, old, new FROM audit WHERE field = ? ORDER BY id", (field,)))
    finally:
        conn.close()


@pytest.fixture
def open_view(qtbot, settings, switcher) -> Iterator[Callable[[Path], object]]:
    """Open a workspace in the shell as the app does (its writer on a DbWorker), shown at 1366×700; closed after."""
    from jinchang_desktop.gui.db_worker import DbWorker
    from jinchang_desktop.gui.opening import open_in_shell
    from jinchang_desktop.store.workspace import Workspace

    views = []

    def open_(path: Path):
        window = open_in_shell(path, settings, set_language=switcher.apply, worker=DbWorker(Workspace.open(path)))
        qtbot.addWidget(window)
        window.resize(1366, 700)
        window.show()
        qtbot.waitExposed(window)
        views.append(window.view)
        return window.view

    yield open_
    for view in views:
        view.window().close()
        view.close_workspace()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
