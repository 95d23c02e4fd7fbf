"""What the app remembers between runs (language, window geometry), kept in QSettings."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from jinchang_desktop.gui.i18n import LANGUAGES
from jinchang_desktop.portable import portable_settings_file

ORGANISATION = "Jinchang"
APPLICATION = "jinchang-desktop"


def default_settings(executable_folder: Path | None = None) -> QSettings:
    """Qt's usual place in the user's profile; in portable mode the INI file beside the program (portable.py)."""
    portable = portable_settings_file(executable_folder)
    if portable is not None:
        return QSettings(str(portable), QSettings.Format.IniFormat)
    return QSettings(ORGANISATION, APPLICATION)


class AppSettings:
    """Typed access to the app's QSettings; tests pass an INI file under tmp_path."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings if settings is not None else default_settings()

    @property
    def language(self) -> str | None:
        value = self._settings.value("ui/language")
        return value if value in LANGUAGES else None

    @language.setter
    def language(self, lang: str) -> None:
        self._settings.setValue("ui/language", lang)
        self._settings.sync()

    @property
    def window_geometry(self) -> QByteArray | None:
        value = self._settings.value("ui/window_geometry")
        return value if isinstance(value, QByteArray) else None

    @window_geometry.setter
    def window_geometry(self, geometry: QByteArray) -> None:
        self._settings.setValue("ui/window_geometry", geometry)
