"""Keystroke → repainted gauges: how long the clerk waits between typing a digit and seeing the gauges;
and Enter → durable: how long a committed figure lives only in memory.

    python benchmarks/gui_keystroke.py [--keystrokes 200] [--commits 50]

Offscreen, on a temporary copy of the demo workspace with the store-backed editor the app uses. Each
keystroke is a real QKeyEvent into a field's spin box; the clock stops when the gauge panel has been
repainted synchronously (``repaint()``), so the figure covers the assessment, the notes, the text of 14
gauges and their painting. Target: under 16 ms (one frame at 60 Hz). A commit is Enter in the box; its
clock stops when the database worker reports the transaction committed (``synchronous=FULL``: on disk).
"""
from __future__ import annotations

import argparse
import importlib.util
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QSettings, Qt  # noqa: E402 - the platform must be chosen first
from PySide6.QtGui import QKeyEvent  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keystrokes", type=int, default=200)
    parser.add_argument("--commits", type=int, default=50)
    args = parser.parse_args(argv)
    if importlib.util.find_spec("jinchang_desktop") is None:
        # Not installed: run again with the source tree importable.
        repo = Path(__file__).resolve().parent.parent
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(repo), os.environ.get("PYTHONPATH")])))
        return subprocess.run([sys.executable, __file__, *sys.argv[1:]], env=env).returncode

    import tempfile

    from jinchang_desktop.gui.db_worker import DbWorker
    from jinchang_desktop.gui.demo import copy_demo_workspace
    from jinchang_desktop.gui.i18n import LanguageSwitcher
    from jinchang_desktop.gui.launch import set_cjk_font
    from jinchang_desktop.gui.opening import open_in_shell
    from jinchang_desktop.gui.settings import AppSettings
    from jinchang_desktop.standards.assess import assess_school
    from jinchang_desktop.store.workspace import Workspace

    app = QApplication(sys.argv[:1])
    set_cjk_font(app)
    switcher = LanguageSwitcher(app)
    switcher.apply("zh")
    tmp = tempfile.TemporaryDirectory(prefix="jc-keystroke-")
    path = copy_demo_workspace(Path(tmp.name))  # the nine-year school: two sections, 14 gauges
    settings = AppSettings(QSettings(str(Path(tmp.name) / "settings.ini"), QSettings.Format.IniFormat))
    window = open_in_shell(path, settings, set_language=switcher.apply, worker=DbWorker(Workspace.open(path)))
    session = window.view
    editor = session.editor
    profile = session.profile
    window.resize(1366, 700)
    window.show()
    app.processEvents()

    key = "junior_backbone_teachers"  # 430 students: 3 is red, 4 amber, 5 and up green
    page = editor.page_of(key)
    editor.ui.topicTabs.setCurrentWidget(page)
    box = page.inputs[key]
    box.setFocus()
    panel = editor.ui.gaugePanel
    digits = "34593485"
    latencies: list[float] = []
    for n in range(args.keystrokes + 10):
        box.selectAll()  # each digit replaces the value, so the gauges really change
        app.processEvents()
        digit = digits[n % len(digits)]
        press = QKeyEvent(QEvent.Type.KeyPress, int(Qt.Key.Key_0) + int(digit), Qt.KeyboardModifier.NoModifier,
                          digit)
        release = QKeyEvent(QEvent.Type.KeyRelease, int(Qt.Key.Key_0) + int(digit),
                            Qt.KeyboardModifier.NoModifier, digit)
        start = time.perf_counter()
        QApplication.sendEvent(box, press)
        panel.repaint()
        elapsed = time.perf_counter() - start
        QApplication.sendEvent(box, release)
        if n >= 10:  # the first few warm caches (fonts, icons)
            latencies.append(elapsed * 1000)
        assert box.value() == int(digit)

    engine = []
    for _ in range(200):
        start = time.perf_counter()
        assess_school(editor.preview_record(), profile)
        engine.append((time.perf_counter() - start) * 1000)

    durable: list[float] = []
    saved: list[float] = []
    session.source.saved.connect(lambda _key, _value: saved.append(time.perf_counter()))
    for n in range(args.commits):
        box.selectAll()
        text = str(4 + n % 5)
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(box, QKeyEvent(kind, int(Qt.Key.Key_0) + int(text), Qt.KeyboardModifier.NoModifier,
                                                  text))
        count = len(saved)
        start = time.perf_counter()
        QApplication.sendEvent(box, QKeyEvent(QEvent.Type.KeyPress, int(Qt.Key.Key_Return),
                                              Qt.KeyboardModifier.NoModifier))
        while len(saved) == count:
            app.processEvents()
        durable.append((saved[-1] - start) * 1000)

    print(f"keystroke → repainted gauges ({len(latencies)} keystrokes, nine-year school, 14 gauges, offscreen)")
    print(f"  median {statistics.median(latencies):.2f} ms   p95 {percentile(latencies, 0.95):.2f} ms   "
          f"max {max(latencies):.2f} ms   (target < 16 ms)")
    print(f"  of which assess_school: median {statistics.median(engine):.3f} ms")
    print(f"Enter → committed on disk ({len(durable)} commits through the database worker, synchronous=FULL)")
    print(f"  median {statistics.median(durable):.2f} ms   p95 {percentile(durable, 0.95):.2f} ms   "
          f"max {max(durable):.2f} ms")
    window.close()
    session.close_workspace()
    tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
