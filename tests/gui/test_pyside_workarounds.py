"""PySide6 6.12 on Python 3.11 drops a reference to None per void call; the GUI package must survive it."""
from __future__ import annotations

import subprocess
import sys

from tests.conftest import REPO

HAMMER = """
from PySide6.QtCore import QObject, QPointF, Signal
import jinchang_desktop.gui  # pins None, True and False when the running PySide6 leaks them


class Emitter(QObject):
    changed = Signal(int)


point, emitter = QPointF(), Emitter()
for _ in range(300_000):  # far more than None's ~8,000 references at start-up
    point.setX(1.0)
    emitter.changed.emit(1)
print("survived")
"""


def test_many_void_calls_do_not_kill_the_interpreter():
    done = subprocess.run([sys.executable, "-c", HAMMER], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "survived"
