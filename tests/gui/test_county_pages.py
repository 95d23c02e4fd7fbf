"""The county's tabbed view: import triage judged before anything is stored (classes, old → new, accept the
ticked ones, cancel), the county-wide items form refusing a value out of range, and ``--demo county``.

Real demo county workspaces (copied under tmp_path), the real packages of the demo inbox, real widgets.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from jinchang_desktop.gui.demo import copy_demo
from jinchang_desktop.gui.launch import App
from jinchang_desktop.gui.views.county import COUNTY_PAGES, CountyView
from jinchang_desktop.standards.county_items import all_item_keys, item_rules

CORRUPT = b"PK\x03\x04 this is no package"


@pytest.fixture
def app_(qapp, settings, switcher):
    running = App(qapp, settings, switcher, temporary=False)
    yield running
    if running.shell is not None:
        running.shell.close()
    running.close()


@pytest.fixture
def demo_county(tmp_path) -> Path:
    return copy_demo("county", tmp_path)


def start(app_: App, qtbot, path: Path) -> CountyView:
    assert app_.start(path, interactive=False)
    shell = app_.shell
    qtbot.waitUntil(lambda: shell.view is not None, timeout=30_000)
    assert isinstance(shell.view, CountyView)
    return shell.view


def snapshot(path: Path) -> tuple[int, int, int]:
    conn = sqlite3.connect(path / "workspace.sqlite3")
    try:
        return (conn.execute("SELECT count(*) FROM packages").fetchone()[0],
                conn.execute("SELECT count(*) FROM audit").fetchone()[0],
                conn.execute("SELECT count(*) FROM declared").fetchone()[0])
    finally:
        conn.close()


def accepted_issuers(path: Path) -> set[str]:
    conn = sqlite3.connect(path / "workspace.sqlite3")
    try:
        return {r[0] for r in conn.execute("SELECT issuer_code FROM packages WHERE status = 'accepted'")}
    finally:
        conn.close()


def dismiss_boxes() -> list[str]:
    texts = []
    for box in QApplication.topLevelWidgets():
        if isinstance(box, QMessageBox) and box.isVisible():
            texts.append(box.text())
            box.close()
    return texts


def test_the_county_view_is_tabs_from_the_registry(app_, qtbot, demo_county):
    view = start(app_, qtbot, demo_county)
    assert view.tabs.count() == len(COUNTY_PAGES)
    assert [view.tabs.tabText(i) for i in range(view.tabs.count())] == [title for _m, _c, title in COUNTY_PAGES]
    assert view.tabs.tabText(0) == "学校与密钥"
    assert view.holders.ui.table.rowCount() > 0  # the holder list is the first page
    assert len(view.built_pages()) == 1  # the others are built when first shown


def test_triage_shows_classes_and_changes_before_storing_then_accepts_only_the_ticked(app_, qtbot, demo_county,
                                                                                       tmp_path):
    inbox = demo_county.parent / "county-inbox"
    (inbox / "zz-corrupt.jcpkg").write_bytes(CORRUPT)
    view = start(app_, qtbot, demo_county)
    page = view.show_page("TriagePage")
    before = snapshot(demo_county)
    job = page.triage([inbox])
    with qtbot.waitSignal(job.finished, timeout=120_000):
        pass
    report = page.report
    assert report is not None and not report.cancelled
    assert snapshot(demo_county) == before  # judged, nothing stored
    rows = page.table.rowCount()
    assert rows == len(report.entries) == len(list(inbox.glob("*.jcpkg")))
    classes = {page.table.item(r, 5).text() for r in range(rows)}
    assert "可接收" in classes and "文件损坏或格式错误（将拒收）" in classes
    corrupt = next(r for r in range(rows) if page.table.item(r, 1).text() == "zz-corrupt.jcpkg")
    assert page.table.item(corrupt, 0).flags() & Qt.ItemFlag.ItemIsUserCheckable == Qt.ItemFlag.NoItemFlags
    acceptable = [e for e in report.entries if e.entry.cls == "accepted"]
    assert len(acceptable) >= 2
    with_changes = next(e for e in acceptable if e.changes)
    row = report.entries.index(with_changes)
    page.table.setCurrentCell(row, 1)
    assert "→" in page.detail.toPlainText()
    # Accept two of them: only those are stored, each decision is logged.
    chosen = [Path(acceptable[0].file), Path(acceptable[1].file)]
    page.set_ticked(chosen)
    assert page.ticked() == chosen
    with qtbot.waitSignal(view.data_changed, timeout=120_000):
        page.accept_selected()
    assert accepted_issuers(demo_county) == {acceptable[0].entry.issuer_code, acceptable[1].entry.issuer_code}
    packages, audit, _values = snapshot(demo_county)
    conn = sqlite3.connect(demo_county / "workspace.sqlite3")
    try:
        left = conn.execute("SELECT count(*) FROM audit WHERE action = 'triage'").fetchone()[0]
    finally:
        conn.close()
    assert left == len(report.entries) - 2
    assert "接收 2 个" in page.summary.text()
    pdf = page.print_summary(tmp_path / "summary.pdf")
    assert pdf is not None and pdf.read_bytes().startswith(b"%PDF")
    dismiss_boxes()


def test_cancelling_a_triage_stops_it_and_changes_nothing(app_, qtbot, demo_county):
    view = start(app_, qtbot, demo_county)
    page = view.show_page("TriagePage")
    before = snapshot(demo_county)
    job = page.triage([demo_county.parent / "county-inbox"])
    job.progressed.connect(lambda done, _t, _x: job.cancel() if done >= 1 else None,
                           Qt.ConnectionType.DirectConnection)
    with qtbot.waitSignal(job.finished, timeout=120_000):
        pass
    report = page.report
    assert report is not None and report.cancelled
    assert 1 <= len(report.entries) < len(list((demo_county.parent / "county-inbox").glob("*.jcpkg")))
    assert not page.acceptAllButton.isEnabled()
    assert "已取消" in page.summary.text()
    assert snapshot(demo_county) == before


def test_a_county_item_out_of_range_is_refused_beside_its_field_and_nothing_is_stored(app_, qtbot, demo_county):
    view = start(app_, qtbot, demo_county)
    page = view.show_page("CountyItemsPage")
    qtbot.waitUntil(lambda: page.scorecard.rowCount() > 0, timeout=60_000)
    items = all_item_keys(view.info.profile())
    numeric = next(k for k in page.values if item_rules().bounds(items[k]) is not None)
    before = snapshot(demo_county)
    high = item_rules().bounds(items[numeric])[1]
    page.values[numeric].setText(str(int(high) + 1))  # one past the inclusive upper bound
    with qtbot.waitSignal(page.answered, timeout=60_000) as answered:
        page.save(numeric)
    assert answered.args == [numeric, False]
    assert page.errors[numeric].isVisible() and "超出范围" in page.errors[numeric].text()
    assert snapshot(demo_county) == before
    # A right value is stored, audited, and the scorecard read again.
    page.values[numeric].setText("1")
    page.notes[numeric].setText("见县教育局文件")
    with qtbot.waitSignal(page.answered, timeout=60_000) as answered:
        page.save(numeric)
    assert answered.args == [numeric, True]
    assert not page.errors[numeric].isVisible()
    assert snapshot(demo_county)[1] > before[1]


def keys_of_holder(path: Path, code: str) -> list[tuple[str, str]]:
    conn = sqlite3.connect(path / "workspace.sqlite3")
    try:
        return [tuple(r) for r in conn.execute("SELECT key_id, status FROM keys WHERE holder_code = ?", (code,))]
    finally:
        conn.close()


def shown_box(qtbot, name: str) -> QMessageBox:
    box = None

    def found() -> bool:
        nonlocal box
        box = next((w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)
                    and w.objectName() == name and w.isVisible()), None)
        return box is not None

    qtbot.waitUntil(found, timeout=30_000)
    assert box is not None
    return box


def test_enrolment_with_a_wrong_fingerprint_is_refused_and_the_right_one_enrols(app_, qtbot, demo_county):
    from jinchang_desktop.exchange.trust import read_enrol_request

    view = start(app_, qtbot, demo_county)
    page = view.holders
    request_file = demo_county.parent / "county-requests" / "enrol-2162109001.jcpkg"
    request = read_enrol_request(request_file)
    before = snapshot(demo_county)
    dialog = page.enrol_request(request_file)
    assert dialog is not None and dialog.isVisible()
    dialog.fingerprint.setText("0000-0000-0000-0000")
    with qtbot.waitSignal(page.answered, timeout=30_000) as answered:
        dialog.accept()
    assert answered.args == [False]
    box = shown_box(qtbot, "errorBox")
    assert "指纹" in box.text() and "未注册" in box.text()
    box.close()
    assert snapshot(demo_county) == before and keys_of_holder(demo_county, request.code) == []
    # Typed as read over the phone (lower case, spaces): the core compares it and enrols.
    dialog = page.enrol_request(request_file)
    dialog.fingerprint.setText(request.fingerprint.lower().replace("-", " "))
    with qtbot.waitSignal(view.data_changed, timeout=30_000):
        dialog.accept()
    assert keys_of_holder(demo_county, request.code) == [(request.package.key_id, "enrolled")]
    shown_box(qtbot, "informBox").close()
    code_column = [page.ui.table.item(r, 0).text() for r in range(page.ui.table.rowCount())]
    row = code_column.index(request.code)
    assert page.ui.table.item(row, 3).text() == "已注册"
    # Revoked with a reason: the log keeps it.
    page.ui.table.setCurrentCell(row, 0)
    with qtbot.waitSignal(page.answered, timeout=30_000):
        page.revoke_selected("电脑丢失")
    shown_box(qtbot, "informBox").close()
    assert keys_of_holder(demo_county, request.code) == [(request.package.key_id, "revoked")]
    conn = sqlite3.connect(demo_county / "workspace.sqlite3")
    try:
        details = [r[0] for r in conn.execute("SELECT detail FROM audit WHERE action = 'revoke'")]
    finally:
        conn.close()
    assert any("电脑丢失" in d for d in details)


def test_the_signed_roster_is_exported_from_the_page(app_, qtbot, demo_county, tmp_path):
    from jinchang_desktop.packages.format import read_package

    view = start(app_, qtbot, demo_county)
    with qtbot.waitSignal(view.holders.answered, timeout=30_000) as answered:
        view.holders.export_roster(tmp_path / "roster.jcpkg")
    assert answered.args == [True]
    shown_box(qtbot, "informBox").close()
    assert read_package(tmp_path / "roster.jcpkg").kind == "roster"


def test_demo_county_opens_the_tabbed_view_with_its_inbox_beside_it(tmp_path):
    import subprocess
    import sys

    from tests.conftest import REPO

    done = subprocess.run([sys.executable, "-m", "jinchang_desktop", "--demo", "county", "--exit-after-startup"],
                          cwd=REPO, env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen",
                                         "PYTHONPATH": str(REPO)}, capture_output=True, timeout=300)
    assert done.returncode == 0, done.stderr
    copied = copy_demo("county", tmp_path)
    assert (copied.parent / "county-inbox").is_dir() and any((copied.parent / "county-inbox").glob("*.jcpkg"))
    assert (copied.parent / "county-requests" / "enrol-2162109001.jcpkg").is_file()


def test_a_new_key_for_a_school_with_a_key_in_force_asks_first_then_replaces_it(app_, qtbot, demo_county,
                                                                                  tmp_path):
    from jinchang_desktop.exchange.trust import export_enrol_request
    from jinchang_desktop.store.workspace import Workspace

    code = "2162100001"  # enrolled in the demo county
    old = keys_of_holder(demo_county, code)
    assert [status for _key, status in old] == ["enrolled"]
    with Workspace.create(tmp_path / "new-pc", role="school", code=code, name="城关第一小学（演示）", county="永昌县",
                          profile_id="jinchang", school_year=2025) as school:
        export_enrol_request(school, tmp_path / "new-pc.jcpkg", school_type="primary")
        fingerprint = school.keypair.fingerprint
    view = start(app_, qtbot, demo_county)
    page = view.holders
    page.enrol_with(tmp_path / "new-pc.jcpkg", fingerprint)
    box = shown_box(qtbot, "replaceKeyBox")
    assert "已有一把在用的密钥" in box.text()
    assert keys_of_holder(demo_county, code) == old  # nothing changed while it asks
    with qtbot.waitSignal(view.data_changed, timeout=30_000):
        box.button(QMessageBox.StandardButton.Yes).click()
    shown_box(qtbot, "informBox").close()
    statuses = dict(keys_of_holder(demo_county, code))
    assert statuses[old[0][0]] == "revoked" and list(statuses.values()).count("enrolled") == 1


def test_schools_load_from_a_school_table_and_a_foreign_table_is_refused(app_, qtbot, demo_county, tmp_path):
    from tests.conftest import REPO

    view = start(app_, qtbot, demo_county)
    page = view.holders
    before = snapshot(demo_county)
    table = REPO / "resources" / "demo" / "jinchang-schools.csv"
    foreign = tmp_path / "other.csv"  # the same schools, of another county
    foreign.write_text(table.read_text(encoding="utf-8-sig").replace("永昌县", "别的县").replace("金川区", "别的区"),
                       encoding="utf-8")
    with qtbot.waitSignal(page.answered, timeout=30_000) as answered:
        page.load_table(foreign)
    assert answered.args == [False]
    box = shown_box(qtbot, "errorBox")
    assert "没有属于“永昌县”的学校" in box.text()
    box.close()
    assert snapshot(demo_county) == before
    with qtbot.waitSignal(page.answered, timeout=30_000) as answered:
        page.load_table(table)
    assert answered.args == [True]
    assert "已载入" in shown_box(qtbot, "informBox").text()
    dismiss_boxes()


def test_demo_city_opens_its_tabs_and_triage_names_the_counties(app_, qtbot, tmp_path):
    from jinchang_desktop.gui.views.city import CITY_PAGES, CityView

    city = copy_demo("city", tmp_path)
    assert app_.start(city, interactive=False)
    shell = app_.shell
    qtbot.waitUntil(lambda: shell.view is not None, timeout=30_000)
    view = shell.view
    assert isinstance(view, CityView) and view.tabs.count() == len(CITY_PAGES)
    page = view.show_page("TriagePage")
    assert page.table.horizontalHeaderItem(2).text() == "县区"


def test_an_identity_change_a_report_asks_for_is_accepted_from_the_pending_dialog(app_, qtbot, demo_county,
                                                                                   tmp_path):
    from jinchang_desktop.exchange.payloads import ENROL, SCHOOL_REPORT, SchoolReport, dump_json, school_report_bytes
    from jinchang_desktop.exchange.trust import enrol, read_enrol_request
    from jinchang_desktop.exchange.ws_profile import workspace_profile
    from jinchang_desktop.packages.format import Issuer, write_package
    from jinchang_desktop.packages.keys import generate_key
    from jinchang_desktop.standards.records import SchoolRecord
    from jinchang_desktop.store.workspace import Workspace
    from tests.exchange.kill_packages import record_of

    with Workspace.open(demo_county) as county:
        profile = workspace_profile(county)
        key = generate_key()
        issuer = Issuer("school", "K900", "新建学校")
        common = dict(issuer=issuer, keypair=key, school_year=2025, profile_id=profile.id,
                      profile_sha256=profile.sha256)
        body = {"role": "school", "code": "K900", "name": "新建学校", "county": "永昌县", "school_type": "primary"}
        write_package(tmp_path / "request.jcpkg", kind="enrol-request", sequence=1, previous="",
                      files={ENROL: dump_json(body)}, **common)
        enrol(county, tmp_path / "request.jcpkg",
              confirmed_fingerprint=read_enrol_request(tmp_path / "request.jcpkg").fingerprint)
    sent = record_of(900, 1)
    renamed = SchoolRecord(code="K900", name="新建学校（更名）", county="永昌县", school_type="primary",
                           values=sent.values)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    write_package(inbox / "K900-1.jcpkg", kind="school-report", sequence=1, previous="",
                  files={SCHOOL_REPORT: school_report_bytes(SchoolReport(renamed))}, **common)
    view = start(app_, qtbot, demo_county)
    triage = view.show_page("TriagePage")
    job = triage.triage([inbox])
    with qtbot.waitSignal(job.finished, timeout=60_000):
        pass
    assert triage.report.entries[0].entry.requests == 1
    with qtbot.waitSignal(view.data_changed, timeout=60_000):
        triage.accept_all()
    roster = view.holders
    assert "（1）" in roster.pendingButton.text()
    dialog = roster.show_pending()
    assert "新建学校（更名）" in dialog.requests.item(0).text()
    dialog.requests.setCurrentRow(0)
    with qtbot.waitSignal(roster.answered, timeout=30_000):
        dialog.acceptRequest.click()
    conn = sqlite3.connect(demo_county / "workspace.sqlite3")
    try:
        name = conn.execute("SELECT name FROM schools WHERE code = 'K900'").fetchone()[0]
    finally:
        conn.close()
    assert name == "新建学校（更名）"
    assert "（0）" in roster.pendingButton.text()
    dismiss_boxes()
