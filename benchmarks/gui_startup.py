"""Start-up of the app as a whole process against a bare PySide6 window, measured in the same run.

    python benchmarks/gui_startup.py [--runs 10]

The app opens a temporary copy of the demo workspace (a nine-year school, two sections of gauges). Two moments
are measured, each as a whole process that exits there:

- first paint (``--exit-after-first-paint``): the window is on screen with its menus and the workspace's name;
- view ready (``--exit-after-startup``): the school's editor and gauges are built and the event loop has settled.

The baseline shows a QMainWindow and nothing else, lets the event loop settle and exits. Runs alternate (so drift
in the machine hits all alike); the figures are ratios of the medians. Target: first paint at most 1.5×.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BARE = """\
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 720)
window.show()


def settle_and_exit():
    app.processEvents()
    app.exit(0)


QTimer.singleShot(0, settle_and_exit)
sys.exit(app.exec())
"""


def timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, cwd=REPO, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="jc-startup-") as tmp:
        bare_script = Path(tmp) / "bare_window.py"
        bare_script.write_text(BARE, encoding="utf-8")
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=tmp)
        # An installed app runs from compiled bytecode (pip and PyInstaller both compile it); a shell that sets
        # PYTHONDONTWRITEBYTECODE would otherwise make every run recompile the app's modules from source.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        app = [sys.executable, "-m", "jinchang_desktop", "--demo"]
        commands = {"bare": [sys.executable, str(bare_script)], "paint": [*app, "--exit-after-first-paint"],
                    "ready": [*app, "--exit-after-startup"]}
        for command in commands.values():  # warm the file cache and the .pyc files before measuring
            timed(command, env)
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(args.runs):
            for name, command in commands.items():
                times[name].append(timed(command, env))
    bare, paint, ready = (statistics.median(times[name]) for name in ("bare", "paint", "ready"))
    print(f"start-up, whole process, offscreen, median of {args.runs} alternated runs")
    print(f"  bare QMainWindow                          {bare * 1000:7.0f} ms")
    print(f"  jinchang-desktop --demo, first paint      {paint * 1000:7.0f} ms   {paint / bare:5.2f}×  (target ≤ 1.5×)")
    print(f"  jinchang-desktop --demo, editor ready     {ready * 1000:7.0f} ms   {ready / bare:5.2f}×")
    return 0


if __name__ == "__main__":
    sys.exit(main())
