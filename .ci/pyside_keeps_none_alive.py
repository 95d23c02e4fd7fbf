"""CI check: the installed PySide6 keeps None's and True's references on void calls.

PySide6-Essentials 6.12.0 drops one reference to None per void call on Python 3.11; the interpreter then aborts
with "deallocating None" after about a minute of typing. pyproject.toml keeps that build out (<6.12); this check
fails the CI run if such a build is ever installed again (a lifted pin, a new release with the same fault).

    python .ci/pyside_keeps_none_alive.py     # exit 0 and "PySide6 x.y.z keeps None alive", or a failure
"""
from __future__ import annotations

import subprocess
import sys

HAMMER = """
from PySide6.QtCore import QObject, QPointF, Signal


class Emitter(QObject):
    changed = Signal(int)


point, emitter = QPointF(), Emitter()
for _ in range(300_000):  # far more than None's ~8,000 references at start-up
    point.setX(1.0)
    emitter.changed.emit(1)
print("survived")
"""


def main() -> int:
    # In a child: the fault kills the interpreter, and this process must live to say so.
    done = subprocess.run([sys.executable, "-c", HAMMER], capture_output=True, text=True, timeout=300)
    import PySide6

    if done.returncode != 0 or done.stdout.strip() != "survived":
        print(f"PySide6 {PySide6.__version__} drops references on void calls: the app would abort mid-session\n"
              f"{done.stderr[-2000:]}", file=sys.stderr)
        return 1
    print(f"PySide6 {PySide6.__version__} keeps None alive")
    return 0


if __name__ == "__main__":
    sys.exit(main())
