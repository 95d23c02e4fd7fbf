"""The one window for every role: the app opens each role's workspace into the shell with its view; the county's
import runs as a job with progress and Cancel; recent workspaces; the language menu."""
from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton

from jinchang_desktop.exchange.importer import CHUNK
from jinchang_desktop.exchange.trust import enrol, read_enrol_request
from jinchang_desktop.gui.launch import App
from jinchang_desktop.gui.views import VIEWS, view_class
from jinchang_desktop.gui.views.city import CityView
from jinchang_desktop.gui.views.county import CountyView
from jinchang_desktop.gui.views.inspector import InspectorView
from jinchang_desktop.gui.views.school import SchoolView
from jinchang_desktop.store.workspace import Workspace
from tests.exchange.kill_packages import COUNTY, COUNTY_CODE, SCHOOLS, VERSIONS, YEAR, write_packages

VIEW_OF = {"school": SchoolView, "county": CountyView, "city": CityView, "inspector": InspectorView}


@pytest.fixture
def app_(qapp, settings, switcher):
    running = App(qapp, settings, switcher, temporary=False)
    yield running
    if running.shell is not None:
        running.shell.close()
    running.close()


def start(app_: App, qtbot, path: Path):
    """Start the app on ``path`` and wait for the view (built once the window has been drawn)."""
    assert app_.start(path, interactive=False)
    shell = app_.shell
    assert shell is not None
    qtbot.waitUntil(lambda: shell.view is not None, timeout=30_000)
    return shell.view


def make_workspace(tmp_path: Path, role: str, demo_workspace: Path) -> Path:
    if role == "school":
        return demo_workspace
    names = {"county": (COUNTY_CODE, COUNTY), "city": ("620300", "金昌市"), "inspector": ("D001", "王督学")}
    code, name = names[role]
    Workspace.create(tmp_path / role, role=role, code=code, name=name, school_year=YEAR).close()
    return tmp_path / role


def test_every_role_has_a_registered_view():
    assert set(VIEWS) == {"school", "county", "city", "inspector"}
    for role, cls in VIEW_OF.items():
        assert view_class(role) is cls


@pytest.mark.parametrize("role", ["school", "county", "city", "inspector"])
def test_the_app_opens_each_role_into_the_shell_with_its_view(app_, qtbot, tmp_path, demo_workspace, role):
    path = make_workspace(tmp_path, role, demo_workspace)
    assert app_.start(path, interactive=False)
    shell = app_.shell
    assert shell is not None
    # First the window with the workspace's name, drawn before the view and what it imports are built.
    heading = shell.findChild(QLabel, "openingLabel")
    assert shell.view is None and heading is not None
    with qtbot.waitSignal(shell.view_ready, timeout=30_000) as ready:
        pass
    view = ready.args[0]
    assert shell.view is view and type(view) is VIEW_OF[role]
    assert view.isVisible()
    ui = shell.ui
    # What every role shares is there; import and export are offered to the roles that do them.
    for action in (ui.actionOpenWorkspace, ui.actionSettings, ui.actionOutbox, ui.actionHelp, ui.actionAbout):
        assert action.isEnabled()
    assert ui.actionImport.isVisible() == (role in ("county", "city", "inspector"))  # an inspector opens packs
    assert ui.actionExport.isVisible() == (role in ("school", "inspector"))  # … and exports findings
    assert ui.editMenu.menuAction().isVisible() == (role == "school")
    if role == "school":
        assert view.editor is not None and view.editor.isVisible()
    elif role == "inspector":
        assert view.ui.fingerprintLabel.text().replace("  ", "-") == view.info.fingerprint
        assert str(path / "packs") in view.ui.packsLabel.text()
    else:
        assert view.holders.ui.emptyLabel.isVisible()  # nothing enrolled yet, and it says what to do
    help_page = shell.open_help()
    assert help_page.isVisible() and view.help_html()
    help_page.close()


@pytest.fixture(scope="module")
def usb(tmp_path_factory) -> Path:
    """100 schools' enrolment requests and three versions of each one's report (300 packages)."""
    folder = tmp_path_factory.mktemp("usb")
    write_packages(folder)
    return folder


def enrolled_county(path: Path, usb: Path) -> Path:
    with Workspace.create(path, role="county", code=COUNTY_CODE, name=COUNTY, school_year=YEAR) as ws:
        for request in sorted((usb / "requests").iterdir()):
            enrol(ws, request, confirmed_fingerprint=read_enrol_request(request).fingerprint)
    return path


def accepted_in(path: Path) -> int:
    conn = sqlite3.connect(path / "workspace.sqlite3")
    try:
        return int(conn.execute("SELECT count(*) FROM packages WHERE status = 'accepted'").fetchone()[0])
    finally:
        conn.close()


def informed(qtbot) -> QMessageBox:
    box = None

    def found() -> bool:
        nonlocal box
        box = next((w for w in QApplication.topLevelWidgets()
                    if isinstance(w, QMessageBox) and w.objectName() == "informBox" and w.isVisible()), None)
        return box is not None

    qtbot.waitUntil(found, timeout=10000)
    assert box is not None
    return box


def test_an_import_runs_as_a_job_and_its_table_shows_every_school(app_, qtbot, tmp_path, usb):
    county = enrolled_county(tmp_path / "county", usb)
    view = start(app_, qtbot, county)
    assert isinstance(view, CountyView)
    seen: list[tuple[int, int]] = []
    job = view.import_packages([usb / "packages"])
    job.progressed.connect(lambda done, total, _text: seen.append((done, total)))  # queued to this thread
    with qtbot.waitSignal(job.finished, timeout=120_000) as finished:
        pass
    assert finished.args == [True]
    assert seen and seen[-1] == (SCHOOLS * VERSIONS, SCHOOLS * VERSIONS)
    report = view.last_import
    assert report is not None and not report.cancelled and report.all_fine
    box = informed(qtbot)
    assert box.text().startswith(f"导入完成：接收 {SCHOOLS * VERSIONS} 个")
    box.close()
    table = view.holders.ui.table
    assert table.rowCount() == SCHOOLS
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers == ["学校标识码", "学校", "类型", "密钥", "最近的数据包", "结论", "密钥指纹"]
    first = [table.item(0, c).text() for c in range(table.columnCount())]
    assert first[:4] == ["K000", "测试学校0", "小学", "已注册"]
    assert first[4].startswith(f"第 {VERSIONS} 版")
    assert first[5] in ("达标", "未达标")
    assert len(first[6]) == 19 and first[6].count("-") == 3  # the key's fingerprint, as the school reads it out


def test_cancelling_an_import_keeps_the_committed_chunk_and_says_so(app_, qtbot, tmp_path, usb):
    county = enrolled_county(tmp_path / "county", usb)
    view = start(app_, qtbot, county)
    job = view.import_packages([usb / "packages"])
    at_cancel: list[int] = []

    def cancel_after_a_chunk(done: int, _total: int, _text: str) -> None:
        # Runs on the worker, inside the import, before its next package: the cancel lands exactly here.
        if done > CHUNK and not at_cancel:
            at_cancel.append(done)
            job.cancel()

    job.progressed.connect(cancel_after_a_chunk, Qt.ConnectionType.DirectConnection)
    with qtbot.waitSignal(job.finished, timeout=120_000):
        pass
    report = view.last_import
    assert report is not None and report.cancelled
    accepted = report.count("accepted")
    assert accepted == at_cancel[0] and CHUNK < accepted < SCHOOLS * VERSIONS
    assert accepted_in(county) == accepted  # what it said it kept is in the file
    box = informed(qtbot)
    assert box.text().startswith(f"已取消。取消前处理的数据包已保存：接收 {accepted} 个")
    assert f"其余 {SCHOOLS * VERSIONS - accepted} 个文件未处理" in box.text()
    box.close()


def test_cancel_in_the_progress_dialog_before_the_first_package_changes_nothing(app_, qtbot, tmp_path, usb):
    county = enrolled_county(tmp_path / "county", usb)
    view = start(app_, qtbot, county)
    gate = threading.Event()
    worker = view.context.worker
    worker.submit(lambda _ws: gate.wait(120))  # the worker is busy: the import waits behind this
    job = view.import_packages([usb / "packages"])
    try:
        with qtbot.waitSignal(job.dialog_shown, timeout=30_000):
            pass
        button = job.dialog.findChild(QPushButton, "cancelJobButton")
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert job.is_cancelled() and not button.isEnabled()
        assert "正在停止" in job.dialog.labelText()
    finally:
        gate.set()
    with qtbot.waitSignal(job.finished, timeout=120_000):
        pass
    assert job.dialog is None
    report = view.last_import
    assert report is not None and report.cancelled and report.count("accepted") == 0
    assert accepted_in(county) == 0
    box = informed(qtbot)
    assert box.text() == f"已取消，工作区没有任何改变（{SCHOOLS * VERSIONS} 个文件未处理）。"
    box.close()


def test_recent_workspaces_reopen_from_the_file_menu(app_, qtbot, tmp_path, demo_workspace, settings):
    county = make_workspace(tmp_path, "county", demo_workspace)
    start(app_, qtbot, demo_workspace)
    shell = app_.shell
    first_worker = shell.view.context.worker
    assert app_.open_other(county)
    qtbot.waitUntil(lambda: isinstance(shell.view, CountyView))
    assert shell.view.context.path == county
    assert first_worker.isFinished()  # the school's workspace was closed, its writes done
    assert [p.resolve() for p in settings.recent_workspaces] == [county.resolve(), demo_workspace.resolve()]
    shell.ui.recentMenu.aboutToShow.emit()
    entries = [a for a in shell.ui.recentMenu.actions() if a.data()]
    assert [Path(a.data()).resolve() for a in entries] == [demo_workspace.resolve()]  # not the one open now
    entries[0].trigger()
    qtbot.waitUntil(lambda: isinstance(shell.view, SchoolView))
    assert shell.view.context.path.resolve() == demo_workspace.resolve()
    # A folder without a workspace is refused with a message, and the open one stays.
    empty = tmp_path / "empty"
    empty.mkdir()
    assert not app_.open_other(empty)
    assert isinstance(shell.view, SchoolView)
    box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
    assert "没有工作区" in box.text()
    box.close()


def test_the_language_menu_switches_every_view(app_, qtbot, tmp_path, demo_workspace, settings):
    county = make_workspace(tmp_path, "county", demo_workspace)
    start(app_, qtbot, county)
    shell = app_.shell
    assert shell.ui.actionLanguageZh.isChecked()
    shell.ui.actionLanguageEn.trigger()
    qtbot.waitUntil(lambda: shell.windowTitle() == "永昌县 · County workspace · Jinchang balanced education")
    assert shell.ui.dataMenu.title() == "&Data" and shell.ui.actionLanguageEn.isChecked()
    assert "No schools yet" in shell.view.holders.ui.emptyLabel.text()
    assert settings.language == "en"
    shell.ui.actionLanguageZh.trigger()
    qtbot.waitUntil(lambda: shell.windowTitle() == "永昌县 · 县区工作区 · 金昌义务教育优质均衡")


def damage_profile_document(path: Path) -> None:
    conn = sqlite3.connect(path / "workspace.sqlite3")  # a roster's profile document, damaged by hand
    with conn:
        conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('profile_document', '{\"broken\": ')")
    conn.close()


def test_a_view_that_cannot_be_built_says_why_in_the_window(app_, qtbot, demo_workspace):
    damage_profile_document(demo_workspace)
    assert app_.start(demo_workspace, interactive=False)
    shell = app_.shell
    box = None

    def error_shown() -> bool:
        nonlocal box
        box = next((w for w in QApplication.topLevelWidgets()
                    if isinstance(w, QMessageBox) and w.objectName() == "errorBox" and w.isVisible()), None)
        return box is not None

    qtbot.waitUntil(error_shown, timeout=30_000)
    assert box.windowTitle() == "无法打开工作区" and "评估标准已损坏" in box.text()
    heading = shell.findChild(QLabel, "openingLabel")
    assert shell.view is None and heading.text() == box.text()
    box.close()


def test_a_county_whose_standard_is_damaged_lists_nothing_and_says_why(app_, qtbot, tmp_path, demo_workspace):
    path = make_workspace(tmp_path, "county", demo_workspace)
    damage_profile_document(path)
    view = start(app_, qtbot, path)
    qtbot.waitUntil(lambda: view.holders.ui.emptyLabel.isVisible())
    assert not view.holders.ui.table.isVisible() and "评估标准已损坏" in view.holders.ui.emptyLabel.text()
