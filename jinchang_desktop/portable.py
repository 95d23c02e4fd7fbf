"""Portable mode: the app on a USB stick keeps its workspace and settings on the stick, beside the program.

A file named ``portable.txt`` (its content does not matter) in the folder of the executable turns it on. Then:

- the workspace the desktop app opens by default is ``<that folder>/workspace``;
- the app's settings are the INI file ``<that folder>/jinchang-desktop.ini`` (Qt's QSettings, see gui/settings.py);
- matplotlib's font cache goes to ``<that folder>/cache/matplotlib``;

and nothing is written to the user's profile (``%APPDATA%``, ``~/.local/share``, ``~/.config``).

"The folder of the executable" is the folder of ``jinchang-desktop`` (``.exe``) in a frozen bundle. From a source
tree or a wheel the executable is the Python interpreter, shared with every other Python program, so portable mode
is never on there: the data stays in the user's profile as usual. Tests (and anyone who needs it) pass the folder
explicitly to the functions below.
"""
from __future__ import annotations

import os
import sys
from collections.abc import MutableMapping
from pathlib import Path

MARKER = "portable.txt"
WORKSPACE = "workspace"
SETTINGS = "jinchang-desktop.ini"
CACHE = "cache"


def executable_folder() -> Path | None:
    """The folder the program runs from: that of the frozen executable, or None from a source tree or a wheel."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return None


def portable_folder(folder: Path | None = None) -> Path | None:
    """The folder holding ``portable.txt`` when portable mode is on, else None.

    ``folder`` is where to look (default: :func:`executable_folder`).
    """
    folder = executable_folder() if folder is None else Path(folder)
    if folder is not None and (folder / MARKER).is_file():
        return folder
    return None


def portable_workspace_dir(folder: Path | None = None) -> Path | None:
    """The default workspace in portable mode, or None (then the user's data folder is the default)."""
    root = portable_folder(folder)
    return None if root is None else root / WORKSPACE


def portable_settings_file(folder: Path | None = None) -> Path | None:
    """The INI file of the app's settings in portable mode, or None (then Qt's usual place in the profile)."""
    root = portable_folder(folder)
    return None if root is None else root / SETTINGS


def apply_portable_environment(folder: Path | None = None,
                               environ: MutableMapping[str, str] | None = None) -> Path | None:
    """In portable mode, point libraries that cache in the profile at the portable folder; returns that folder.

    Only matplotlib keeps a cache of its own (the font list). The bundle's PyInstaller run-time hook has already
    set MPLCONFIGDIR to a fresh temporary folder, which costs a font scan at the first chart of every run; on the
    stick the cache is kept instead, so the value is replaced.
    """
    root = portable_folder(folder)
    if root is not None:
        target: MutableMapping[str, str] = os.environ if environ is None else environ
        target["MPLCONFIGDIR"] = str(root / CACHE / "matplotlib")
    return root
