"""Save PNGs of the app's main screens, rendered under Xvfb, into screenshots/.

    python scripts/screenshots.py            # starts Xvfb through xvfb-run when there is no DISPLAY
    python scripts/screenshots.py --out DIR

Two passes: 1366×768 at 100%, and 150% scaling of a 1920×1080 screen (1280×720 logical pixels, files
named ``150pct-…``). The window leaves 68 pixels of the screen's height to the taskbar and the title
bar: that is the space a clerk's PC really has.

Needs (Debian): xvfb xauth libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
libxcb-render-util0 libxcb-shape0 fonts-wqy-microhei.
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
# (screen, scale factor, window size in logical pixels, file prefix)
PASSES = (("1366x768x24", "1", (1366, 700), ""),
          ("1920x1080x24", "1.5", (1280, 652), "150pct-"))


def run_pass(argv: list[str], screen: str, scale: str, window: tuple[int, int], prefix: str) -> int:
    """Run this script again with the repository importable, inside a fresh X server when needed."""
    path = os.pathsep.join(p for p in (str(REPO), os.environ.get("PYTHONPATH", "")) if p)
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", QT_SCALE_FACTOR=scale, PYTHONPATH=path,
               JC_SCREENSHOTS_PASS=f"{window[0]}x{window[1]}:{prefix}")
    command = [sys.executable, __file__, *argv]
    if not os.environ.get("DISPLAY"):
        xvfb_run = shutil.which("xvfb-run")
        if xvfb_run is None:
            raise SystemExit("xvfb-run not found: apt-get install -y xvfb xauth (see this script's docstring)")
        command = [xvfb_run, "-a", "-s", f"-screen 0 {screen}", *command]
    return subprocess.run(command, env=env, cwd=REPO).returncode


def take(out: Path, window_size: tuple[int, int], prefix: str) -> None:
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QWidget

    from jinchang_desktop.gui.demo import DEMO_PROFILE, demo_record
    from jinchang_desktop.gui.dialogs.settings_dialog import SettingsDialog
    from jinchang_desktop.gui.i18n import LanguageSwitcher
    from jinchang_desktop.gui.launch import set_cjk_font
    from jinchang_desktop.gui.main_window import MainWindow
    from jinchang_desktop.gui.record_source import MemoryRecordSource
    from jinchang_desktop.gui.school_editor import SchoolEditor
    from jinchang_desktop.gui.settings import AppSettings
    from jinchang_desktop.standards.catalogue import load_profile

    app = QApplication(sys.argv[:1])
    fonts = set_cjk_font(app)
    print(f"platform {app.platformName()}, scale {os.environ.get('QT_SCALE_FACTOR')}, CJK fonts {fonts or 'none'}")
    switcher = LanguageSwitcher(app)
    switcher.apply("zh")
    settings_dir = tempfile.mkdtemp(prefix="jc-shots-")
    settings = AppSettings(QSettings(str(Path(settings_dir) / "settings.ini"), QSettings.Format.IniFormat))
    profile = load_profile(DEMO_PROFILE)

    def window_for(index: int) -> MainWindow:
        editor = SchoolEditor(MemoryRecordSource(demo_record(index)), profile)
        window = MainWindow(editor, settings, set_language=switcher.apply, in_memory=True)
        window.setGeometry(0, 0, *window_size)
        window.show()
        QTest.qWaitForWindowExposed(window)
        editor.focus_first_field()
        return window

    def settle() -> None:
        for _ in range(5):
            app.processEvents()
            QTest.qWait(30)

    def save(widget: QWidget, name: str) -> None:
        settle()
        path = out / f"{prefix}{name}.png"
        widget.grab().save(str(path))
        print(path)

    def type_into(editor: SchoolEditor, key: str, text: str) -> None:
        box = editor.page_of(key).inputs[key]
        editor.ui.topicTabs.setCurrentWidget(editor.page_of(key))
        box.setFocus()
        box.selectAll()
        QTest.keyClicks(box, text)  # digits only: ASCII is safe for keyClicks
        QTest.keyClick(box, Qt.Key.Key_Return)

    # The first demo school (a primary school), students page.
    window = window_for(0)
    save(window, "01-editor-primary-school")
    window.close()

    # A nine-year school: two sections of gauges, the densest screen.
    window = window_for(3)
    editor = window.editor
    save(window, "02-editor-nine-year-school")

    # Teachers page with a hard error.
    type_into(editor, "primary_teachers", "20")
    save(window, "03-teachers-hard-error")

    # What-if: fewer backbone teachers and less ground; gauges amber and red.
    window.ui.actionWhatIf.setChecked(True)
    type_into(editor, "junior_backbone_teachers", "3")
    type_into(editor, "sports_ground_area_m2", "6500")
    save(window, "04-what-if")
    window.ui.actionWhatIf.setChecked(False)

    dialog = SettingsDialog("zh", window)
    dialog.show()
    QTest.qWaitForWindowExposed(dialog)
    save(dialog, "05-settings")
    dialog.close()

    switcher.apply("en")
    editor.ui.topicTabs.setCurrentIndex(0)
    save(window, "06-editor-english")
    editor.ui.topicTabs.setCurrentWidget(editor.page_of("primary_teachers"))
    save(window, "07-teachers-english")
    window.ui.actionWhatIf.setChecked(True)
    type_into(editor, "junior_backbone_teachers", "3")
    type_into(editor, "sports_ground_area_m2", "6500")
    save(window, "08-what-if-english")
    window.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "screenshots")
    args = parser.parse_args(argv)
    inner = os.environ.get("JC_SCREENSHOTS_PASS")
    if not inner:
        forwarded = sys.argv[1:] if argv is None else argv
        codes = [run_pass(forwarded, *settings) for settings in PASSES]
        return max(codes)
    size, prefix = inner.split(":")
    width, height = (int(v) for v in size.split("x"))
    args.out.mkdir(parents=True, exist_ok=True)
    take(args.out, (width, height), prefix)
    return 0


if __name__ == "__main__":
    sys.exit(main())
