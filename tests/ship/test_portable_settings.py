"""The Qt side of portable mode: settings in an INI file beside the program, nowhere in the profile."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from jinchang_desktop.gui.settings import AppSettings, default_settings
from jinchang_desktop.portable import MARKER


def test_portable_settings_are_the_ini_file_beside_the_program(tmp_path: Path) -> None:
    (tmp_path / MARKER).write_text("", encoding="utf-8")
    settings = default_settings(tmp_path)
    assert settings.format() == QSettings.Format.IniFormat
    assert Path(settings.fileName()) == tmp_path / "jinchang-desktop.ini"
    AppSettings(settings).language = "en"
    assert "language=en" in (tmp_path / "jinchang-desktop.ini").read_text(encoding="utf-8")
    again = AppSettings(default_settings(tmp_path))
    assert again.language == "en"


def test_without_the_marker_settings_stay_in_qt_s_usual_place(tmp_path: Path) -> None:
    settings = default_settings(tmp_path)
    assert not Path(settings.fileName()).is_relative_to(tmp_path)
    assert settings.organizationName() == "Jinchang" and settings.applicationName() == "jinchang-desktop"
