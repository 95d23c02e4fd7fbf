"""Print how soon the import triage shows its first rows, and how long it takes in all, for 300 packages.

    QT_QPA_PLATFORM=offscreen PYTHONPATH=. python benchmarks/triage_speed.py [--repeat 3]

Writes 100 schools' enrolment requests and three report versions each (300 packages, the test suite's USB
stick), enrols them into a fresh county workspace, opens it in the app's window (offscreen), and runs the triage
page on the folder: the time from the click to the first row in the table, and to the last. Target: the first
rows within 1 s. Nothing is stored by a triage, so each repeat runs on the same workspace.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from jinchang_desktop.exchange.trust import enrol, read_enrol_request
from jinchang_desktop.gui.i18n import LanguageSwitcher
from jinchang_desktop.gui.launch import App
from jinchang_desktop.gui.settings import AppSettings
from jinchang_desktop.store.workspace import Workspace
from tests.exchange.kill_packages import COUNTY, COUNTY_CODE, YEAR, write_packages


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    qapp = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        requests, packages = write_packages(folder / "usb")
        county = folder / "county"
        with Workspace.create(county, role="county", code=COUNTY_CODE, name=COUNTY, school_year=YEAR) as ws:
            for request in sorted(requests.iterdir()):
                enrol(ws, request, confirmed_fingerprint=read_enrol_request(request).fingerprint)
        settings = AppSettings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
        switcher = LanguageSwitcher()
        switcher.apply("zh")
        app = App(qapp, settings, switcher, temporary=False)
        assert app.start(county, interactive=False)
        shell = app.shell
        assert shell is not None
        while shell.view is None:
            qapp.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
        page = shell.view.show_page("TriagePage")
        count = len(list(packages.glob("*.jcpkg")))
        firsts, totals = [], []
        for _ in range(args.repeat):
            loop = QEventLoop()
            first: list[float] = []
            page.table.model().rowsInserted.connect(lambda *_, first=first: first.append(time.perf_counter()))
            start = time.perf_counter()
            job = page.triage([packages])
            job.finished.connect(lambda _ok, loop=loop: QTimer.singleShot(0, loop.quit))
            loop.exec()
            end = time.perf_counter()
            page.table.model().rowsInserted.disconnect()
            firsts.append(first[0] - start)
            totals.append(end - start)
            assert page.table.rowCount() == count
        print(f"triage of {count} packages: first rows after {statistics.median(firsts) * 1000:.0f} ms "
              f"(median of {args.repeat}; target ≤ 1000 ms), all after {statistics.median(totals):.2f} s")
        app.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
