"""The installed PySide6 must keep None's and True's references on every call.

PySide6-Essentials 6.12.0 drops one per void call on Python 3.11 (the interpreter then aborts with
"deallocating None" after about a minute of typing); pyproject.toml keeps it out. This test fails if such a
build is installed again.
"""
from __future__ import annotations

import subprocess
import sys

from tests.conftest import REPO

HAMMER = """
from PySide6.QtCore import QObject, QPointF, Signal
import jinchang_desktop.gui


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
