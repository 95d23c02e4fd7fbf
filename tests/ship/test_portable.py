"""Portable mode decided from the folder of the executable: portable.txt beside it keeps the data beside it.

From the source tree the "executable folder" is not the interpreter's (portable.py explains why): these tests pass
the folder explicitly, as a USB stick's program folder would be.
"""
from __future__ import annotations

import sys
from pathlib import Path

from jinchang_desktop.portable import (
    MARKER,
    apply_portable_environment,
    executable_folder,
    portable_folder,
    portable_settings_file,
    portable_workspace_dir,
)


def test_without_the_marker_nothing_is_portable(tmp_path: Path) -> None:
    assert portable_folder(tmp_path) is None
    assert portable_workspace_dir(tmp_path) is None
    assert portable_settings_file(tmp_path) is None
    environ: dict[str, str] = {}
    assert apply_portable_environment(tmp_path, environ) is None
    assert environ == {}


def test_the_marker_puts_workspace_settings_and_cache_beside_the_program(tmp_path: Path) -> None:
    (tmp_path / MARKER).write_text("", encoding="utf-8")
    assert portable_folder(tmp_path) == tmp_path
    assert portable_workspace_dir(tmp_path) == tmp_path / "workspace"
    assert portable_settings_file(tmp_path) == tmp_path / "jinchang-desktop.ini"
    environ: dict[str, str] = {}
    assert apply_portable_environment(tmp_path, environ) == tmp_path
    assert Path(environ["MPLCONFIGDIR"]).is_relative_to(tmp_path)


def test_a_folder_named_like_the_marker_does_not_count(tmp_path: Path) -> None:
    (tmp_path / MARKER).mkdir()
    assert portable_folder(tmp_path) is None


def test_the_cache_goes_on_the_stick_even_where_a_temporary_one_was_set(tmp_path: Path) -> None:
    """The bundle's run-time hook sets MPLCONFIGDIR to a new temporary folder each run; portable mode keeps it."""
    (tmp_path / MARKER).write_text("USB", encoding="utf-8")
    environ = {"MPLCONFIGDIR": "/tmp/_MEIxyz"}
    apply_portable_environment(tmp_path, environ)
    assert environ["MPLCONFIGDIR"] == str(tmp_path / "cache" / "matplotlib")


def test_from_source_the_interpreter_folder_is_never_portable(tmp_path: Path) -> None:
    """Not frozen: no executable folder, so a portable.txt beside python (or in the cwd) changes nothing."""
    assert not getattr(sys, "frozen", False)
    assert executable_folder() is None
    assert portable_folder() is None
