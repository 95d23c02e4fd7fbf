"""Save PNGs of the county's dashboard, what-if and plan pages and the city's counties page, rendered under Xvfb,
on copies of the demo county (its inbox imported) and the demo city.

    python scripts/screenshots_county_pages.py [--out DIR]

Two passes, as scripts/screenshots.py: 1366×768 at 100%, and 150% scaling of a 1920×1080 screen.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PASSES = (("1366x768x24", "1", (1366, 700), ""),
          ("1920x1080x24", "1.5", (1280, 652), "150pct-"))


def run_pass(argv: list[str], screen: str, scale: str, window: tuple[int, int], prefix: str) -> int:
    path = os.pathsep.join(p for p in (str(REPO), os.environ.get("PYTHONPATH", "")) if p)
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", QT_SCALE_FACTOR=scale, PYTHONPATH=path,
               JC_SCREENSHOTS_PASS=f"{window[0]}x{window[1]}:{prefix}")
    command = [sys.executable, __file__, *argv]
    if not os.environ.get("DISPLAY"):
        xvfb_run = shutil.which("xvfb-run")
        if xvfb_run is None:
            print("xvfb-run is not installed", file=sys.stderr)
            return 2
        command = [xvfb_run, "-a", "-s", f"-screen 0 {screen}", *command]
    return subprocess.call(command, env=env)


def take(out: Path, window_size: tuple[int, int], prefix: str) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QWidget

    from jinchang_desktop.exchange.importer import import_packages
    from jinchang_desktop.gui.i18n import LanguageSwitcher
    from jinchang_desktop.gui.launch import set_cjk_font
    from jinchang_desktop.gui.opening import open_in_shell
    from jinchang_desktop.gui.settings import AppSettings
    from jinchang_desktop.store.workspace import Workspace

    app = QApplication(sys.argv[:1])
    set_cjk_font(app)
    switcher = LanguageSwitcher(app)
    switcher.apply("zh")
    work = Path(tempfile.mkdtemp(prefix="jc-county-shots-"))
    settings = AppSettings(QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat))
    demo = REPO / "resources" / "demo"
    shutil.copytree(demo / "county-workspace", work / "county")
    shutil.copytree(demo / "city-workspace", work / "city")
    with Workspace.open(work / "county") as ws:
        import_packages(ws, [demo / "county-inbox"])

    def save(widget: QWidget, name: str) -> None:
        for _ in range(8):
            app.processEvents()
            QTest.qWait(40)
        path = out / f"{prefix}{name}.png"
        widget.grab().save(str(path))
        print(path)

    shell = open_in_shell(work / "county", settings, set_language=switcher.apply)
    shell.setGeometry(0, 0, *window_size)
    shell.show()
    QTest.qWaitForWindowExposed(shell)
    tabs = shell.view
    dashboard = tabs.show_page("DashboardPage")
    save(shell, "40-county-dashboard")
    dashboard.matrix.failing_box.setChecked(True)
    dashboard.section_box.setCurrentIndex(1)
    save(shell, "41-county-dashboard-junior-failing")
    dashboard.tabs.setCurrentIndex(1)
    save(shell, "42-county-contributions")
    dashboard.tabs.setCurrentIndex(2)
    save(shell, "43-county-guarantee")
    dashboard.tabs.setCurrentIndex(3)
    save(shell, "44-county-charts")
    dashboard.tabs.setCurrentIndex(0)
    dashboard.open_school(dashboard.matrix.proxy.index(0, 0).data())
    dialog = dashboard.school_dialog
    QTest.qWaitForWindowExposed(dialog)
    save(dialog, "48-county-school-record")
    dialog.tabs.setCurrentIndex(2)
    save(dialog, "49-county-school-audit")
    dialog.close()
    whatif = tabs.show_page("WhatIfPage")
    whatif.kind_box.setCurrentIndex(1)
    whatif.field_box.setCurrentIndex(max(whatif.field_box.findData("equipment_value_yuan"), 0))
    whatif.to_box.setCurrentIndex(5)
    whatif.amount.setValue(200000)
    whatif.add_pending()
    save(shell, "45-county-whatif")
    plan = tabs.show_page("PlanPage")
    plan.run()
    while plan.job is not None:
        QTest.qWait(50)
    save(shell, "46-county-plan")
    shell.close()
    shell.view.close_workspace()
    shell = open_in_shell(work / "city", settings, set_language=switcher.apply)
    shell.setGeometry(0, 0, *window_size)
    shell.show()
    QTest.qWaitForWindowExposed(shell)
    page = shell.view.show_page("ComparisonPage")
    page.show_county("永昌县")
    save(shell, "47-city-counties")
    shell.close()
    shell.view.close_workspace()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "screenshots")
    args = parser.parse_args()
    inner = os.environ.get("JC_SCREENSHOTS_PASS")
    if not inner:
        return max(run_pass(sys.argv[1:], *settings) for settings in PASSES)
    size, prefix = inner.split(":")
    width, height = (int(v) for v in size.split("x"))
    args.out.mkdir(parents=True, exist_ok=True)
    take(args.out, (width, height), prefix)
    return 0


if __name__ == "__main__":
    sys.exit(main())
