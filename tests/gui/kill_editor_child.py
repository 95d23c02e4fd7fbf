"""The process test_kill_editor.py kills: the app on a workspace, committing fields through the editor.

    python tests/gui/kill_editor_child.py WORKSPACE

It types ever larger numbers into a few fields of the school editor (a QKeyEvent per digit, then Enter), one
field after another, as fast as the event loop allows, and prints ``KEY VALUE`` for each commit once the
store reports it durable (``StoreRecordSource.saved``). It runs until it is killed.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, Qt, QTimer  # noqa: E402 - the platform must be chosen first
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from jinchang_desktop.gui.db_worker import DbWorker  # noqa: E402
from jinchang_desktop.gui.opening import open_in_shell  # noqa: E402
from jinchang_desktop.gui.settings import AppSettings  # noqa: E402
from jinchang_desktop.store.workspace import Workspace  # noqa: E402
from tests.gui.keys import type_text  # noqa: E402

FIELDS = ("equipment_value_yuan", "sports_ground_area_m2", "public_funds_budget_yuan", "teaching_aux_area_m2")
START = 100_000  # above every demo figure, so each value written is larger than the one before


def main() -> int:
    path = Path(sys.argv[1])
    app = QApplication(sys.argv[:1])
    settings = AppSettings(QSettings(str(path.parent / "settings.ini"), QSettings.Format.IniFormat))
    # As the app opens a workspace: the writer is opened on the worker by the first write.
    worker = DbWorker(opener=lambda: Workspace.open(path))
    window = open_in_shell(path, settings, set_language=lambda _lang: None, worker=worker)
    session = window.view
    window.show()
    editor, source = session.editor, session.source
    counter = max([START, *(int(source.value(key) or 0) for key in FIELDS)])
    source.saved.connect(lambda key, value: print(f"{key} {value}", flush=True))

    def commit_next() -> None:
        nonlocal counter
        counter += 1
        key = FIELDS[counter % len(FIELDS)]
        editor.focus_field(key)
        box = editor.page_of(key).inputs[key]
        box.selectAll()
        type_text(box, str(counter))
        QTest.keyClick(box, Qt.Key.Key_Return)

    timer = QTimer()
    timer.timeout.connect(commit_next)
    timer.start(1)
    print("ready", flush=True)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
