"""What the app remembers between runs (language, window geometry, recent workspaces), kept in QSettings."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from jinchang_desktop.i18n import LANGUAGES
from jinchang_desktop.portable import portable_settings_file

ORGANISATION = "Jinchang"
APPLICATION = "jinchang-desktop"
RECENT_MAX = 8


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

    @property
    def recent_workspaces(self) -> list[Path]:
        """Workspaces opened before, the last one first (folders that are gone are left out)."""
        value = self._settings.value("workspaces/recent")
        paths = [value] if isinstance(value, str) else list(value) if isinstance(value, list) else []
        return [Path(p) for p in paths if isinstance(p, str) and (Path(p) / "workspace.sqlite3").is_file()]

    def add_recent(self, path: Path) -> None:
        path = Path(path).resolve()
        recent = [str(path)] + [str(p) for p in self.recent_workspaces if p.resolve() != path]
        self._settings.setValue("workspaces/recent", recent[:RECENT_MAX])
        self._settings.sync()
