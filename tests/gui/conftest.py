"""Fixtures for the GUI tests: one QApplication (pytest-qt), settings under tmp_path, Chinese by default."""
from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from jinchang_desktop.gui.demo import DEMO_PROFILE, demo_record
from jinchang_desktop.gui.i18n import LanguageSwitcher
from jinchang_desktop.gui.main_window import MainWindow
from jinchang_desktop.gui.record_source import MemoryRecordSource
from jinchang_desktop.gui.school_editor import SchoolEditor
from jinchang_desktop.gui.settings import AppSettings
from jinchang_desktop.standards.catalogue import Profile, load_profile
from jinchang_desktop.standards.records import SchoolRecord


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
    switcher.apply("zh")  # the next test starts in Chinese whatever this one switched to


MakeWindow = Callable[..., MainWindow]


@pytest.fixture
def make_window(qtbot, profile, settings, switcher) -> MakeWindow:
    """A shown main window on a record (the first demo school by default), held in memory."""
    windows: list[MainWindow] = []  # a strong reference: a dropped wrapper would delete the window

    def make(record: SchoolRecord | None = None, *, previous: Mapping[str, int | float] | None = None,
             source: MemoryRecordSource | None = None) -> MainWindow:
        source = source or MemoryRecordSource(record or demo_record())
        editor = SchoolEditor(source, profile, previous=previous)
        window = MainWindow(editor, settings, set_language=switcher.apply, in_memory=True)
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
