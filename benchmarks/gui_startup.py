"""Start-up of the app as a whole process against a bare PySide6 window, measured in the same run.

    python benchmarks/gui_startup.py [--runs 10]

Both processes show a main window offscreen, let the event loop settle and exit: the app with
``python -m jinchang_desktop --demo --exit-after-startup`` (a temporary copy of the demo workspace: a nine-year
school, two sections of gauges), the baseline with a QMainWindow and nothing else. Runs alternate (so drift in
the machine hits both alike); the figure is the ratio of the medians. Target: at most 2×.
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
        app_cmd = [sys.executable, "-m", "jinchang_desktop", "--demo", "--exit-after-startup"]
        bare_cmd = [sys.executable, str(bare_script)]
        timed(app_cmd, env)  # warm the file cache and the .pyc files of both before measuring
        timed(bare_cmd, env)
        app_times, bare_times = [], []
        for _ in range(args.runs):
            bare_times.append(timed(bare_cmd, env))
            app_times.append(timed(app_cmd, env))
    app_median, bare_median = statistics.median(app_times), statistics.median(bare_times)
    print(f"start-up, whole process, offscreen, median of {args.runs} alternated runs")
    print(f"  bare QMainWindow             {bare_median * 1000:7.0f} ms")
    print(f"  jinchang-desktop --demo      {app_median * 1000:7.0f} ms")
    print(f"  ratio                        {app_median / bare_median:7.2f}×   (target ≤ 2×)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
