"""Start the desktop app: QApplication, fonts, translators, the main window.

Only what the first screen needs is imported here; matplotlib, openpyxl and cryptography wait until a
feature asks for them, so start-up stays close to a bare Qt window.
"""
from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from jinchang_desktop.gui.demo import DEMO_PROFILE, demo_record
from jinchang_desktop.gui.i18n import DEFAULT_LANGUAGE, LanguageSwitcher
from jinchang_desktop.gui.main_window import MainWindow
from jinchang_desktop.gui.record_source import MemoryRecordSource
from jinchang_desktop.gui.school_editor import SchoolEditor
from jinchang_desktop.gui.settings import AppSettings
from jinchang_desktop.standards.catalogue import load_profile

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


def build_main_window(*, settings: AppSettings, switcher: LanguageSwitcher) -> MainWindow:
    """The window on the demo school, held in memory until the workspace store is wired in."""
    profile = load_profile(DEMO_PROFILE)
    editor = SchoolEditor(MemoryRecordSource(demo_record()), profile)

    def set_language(lang: str) -> None:
        switcher.apply(lang)

    window = MainWindow(editor, settings, set_language=set_language, in_memory=True)
    return window


def run_gui(*, demo: bool, exit_after_startup: bool, lang: str | None) -> int:
    """Run the app until its window closes; returns the exit code.

    ``demo`` will choose a temporary copy of the demo workspace once the store exists; until then every
    session edits the demo school in memory. ``exit_after_startup`` exits 0 once the first frame is
    shown and the event loop has settled (start-up measurements use it).
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
    window = build_main_window(settings=settings, switcher=switcher)
    window.show()
    window.editor.focus_first_field()
    if exit_after_startup:
        def settle_and_exit() -> None:
            app.processEvents()
            app.exit(0)

        QTimer.singleShot(0, settle_and_exit)
    code = app.exec()
    window.deleteLater()
    return code
