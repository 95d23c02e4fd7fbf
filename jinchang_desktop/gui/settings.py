"""What the app remembers between runs (language, window geometry), kept in QSettings."""
from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from jinchang_desktop.gui.i18n import LANGUAGES

ORGANISATION = "Jinchang"
APPLICATION = "jinchang-desktop"


class AppSettings:
    """Typed access to the app's QSettings; tests pass an INI file under tmp_path."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings if settings is not None else QSettings(ORGANISATION, APPLICATION)

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
