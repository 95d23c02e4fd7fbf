"""The PySide6 desktop app. The only part of jinchang_desktop that imports Qt."""
from __future__ import annotations

from jinchang_desktop.gui.pyside_workarounds import pin_singletons

# Before anything else of the GUI runs: PySide6 6.12 on Python 3.11 would otherwise abort the app after
# a minute of typing (see pyside_workarounds).
pin_singletons()
