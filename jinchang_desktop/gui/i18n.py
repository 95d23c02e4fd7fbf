"""Switching the interface language while the app runs.

Our sentences (hand-written and in the compiled forms) come from the gettext catalogue through
``jinchang_desktop.i18n._``; this module only sets that module's language and tells every widget, with Qt's own
``LanguageChange`` event, so each ``retranslateUi`` / ``changeEvent`` reads the sentences again. Qt's own texts
(spin-box context menus, standard buttons) keep Qt's catalogue, ``qtbase_zh_CN.qm``, loaded for Chinese.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QObject, QTranslator

from jinchang_desktop import i18n
from jinchang_desktop.i18n import DEFAULT_LANGUAGE, LANGUAGES


def qt_translation_file(lang: str) -> str | None:
    """Qt's catalogue of its own widgets' texts for ``lang`` (the source language of Qt is English)."""
    if lang != "zh":
        return None
    return f"{QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)}/qtbase_zh_CN.qm"


class LanguageSwitcher(QObject):
    """Sets the interface language and sends ``LanguageChange`` so every widget retranslates itself."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._qt_translator: QTranslator | None = None

    @property
    def language(self) -> str:
        return i18n.language()

    def apply(self, lang: str) -> None:
        if lang not in LANGUAGES:
            raise ValueError(f"unknown language {lang!r}")
        i18n.set_language(lang)
        self._remove_qt_translator()
        path = qt_translation_file(lang)
        if path is not None:
            translator = QTranslator(self)
            # Qt's catalogue is optional: without it Qt's few texts stay English.
            if translator.load(path) and QCoreApplication.installTranslator(translator):
                self._qt_translator = translator
        broadcast_language_change()

    def uninstall(self) -> None:
        """Back to the Chinese source texts, without this switcher's Qt catalogue."""
        i18n.set_language(DEFAULT_LANGUAGE)
        self._remove_qt_translator()
        broadcast_language_change()

    def _remove_qt_translator(self) -> None:
        if self._qt_translator is not None:
            QCoreApplication.removeTranslator(self._qt_translator)
            self._qt_translator = None


def broadcast_language_change() -> None:
    """Send ``LanguageChange`` to the application: QApplication posts it to every top-level widget, which passes
    it on to its children (posted copies are merged, so switching twice before they arrive retranslates once)."""
    app = QCoreApplication.instance()
    if app is not None:
        QCoreApplication.sendEvent(app, QEvent(QEvent.Type.LanguageChange))
