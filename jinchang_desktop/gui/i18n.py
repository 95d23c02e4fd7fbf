"""The interface language: Qt translators for our strings, and zh/en texts from the catalogue.

The GUI's own strings are written in Chinese and translated by ``resources/translations/jinchang_en.qm``.
Labels that come from the standards files carry both languages already; ``pick`` chooses between them.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QObject, QTranslator

from jinchang_desktop.resource_files import resource_path

LANGUAGES = ("zh", "en")
DEFAULT_LANGUAGE = "zh"


def ui_language() -> str:
    """``"zh"`` or ``"en"``, read back from the installed translators.

    The English catalogue translates this one string to "en"; with no translator the Chinese source
    comes back. So the translators are the only record of the language: nothing else can disagree.
    """
    return QCoreApplication.translate("Language", "zh")


def pick(zh: str, en: str) -> str:
    return en if ui_language() == "en" else zh


def app_translation_file(lang: str) -> str:
    return str(resource_path("translations", f"jinchang_{lang}.qm"))


class LanguageSwitcher(QObject):
    """Installs the translators of one language; switching sends LanguageChange to every widget."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._installed: list[QTranslator] = []
        self.language = DEFAULT_LANGUAGE

    def apply(self, lang: str) -> None:
        if lang not in LANGUAGES:
            raise ValueError(f"unknown language {lang!r}")
        self.uninstall()
        if lang == "en":
            self._load(app_translation_file("en"))
        else:
            # Qt's own strings (context menus of the spin boxes, standard buttons) in Chinese too.
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            self._load(f"{qt_dir}/qtbase_zh_CN.qm", required=False)
        self.language = lang

    def uninstall(self) -> None:
        """Remove this switcher's translators: the interface falls back to the Chinese source texts."""
        for translator in self._installed:
            QCoreApplication.removeTranslator(translator)
        self._installed = []
        self.language = DEFAULT_LANGUAGE

    def _load(self, path: str, *, required: bool = True) -> None:
        translator = QTranslator(self)
        if not translator.load(path):
            if required:
                raise FileNotFoundError(f"translation file {path} could not be loaded")
            return
        QCoreApplication.installTranslator(translator)
        self._installed.append(translator)
