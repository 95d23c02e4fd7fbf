"""The frozen bundle's entry point: ``jinchang-desktop`` as built by jinchang_desktop.spec.

``multiprocessing.freeze_support()`` must run first: the importer verifies packages on a helper process started
with "spawn", which re-runs this executable with multiprocessing's own arguments (and, on Linux, its resource
tracker with ``-c``). freeze_support recognises those runs and turns them into the helper instead of the app.
"""
from __future__ import annotations

import multiprocessing
import os
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    # Where the bundle keeps Qt's plugins (PyInstaller's PySide6 run-time hook would import Qt to set this).
    bundle = getattr(sys, "_MEIPASS", os.path.dirname(os.path.abspath(__file__)))
    qt = os.path.join(bundle, "PySide6") if sys.platform == "win32" else os.path.join(bundle, "PySide6", "Qt")
    os.environ["QT_PLUGIN_PATH"] = os.path.join(qt, "plugins")
    from jinchang_desktop.cli import main

    sys.exit(main())
