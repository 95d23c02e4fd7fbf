"""The site visit through the inspector's screens: open the county's pack, type verified values (Enter commits
each), export the signed findings, and the county takes them in as its verified layer."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from jinchang_desktop.gui.inspection.visit_panel import NOTE, VERIFIED
from jinchang_desktop.gui.launch import App
from jinchang_desktop.gui.views.inspector import InspectorView
from jinchang_desktop.store.inspection import declared_dump
from jinchang_desktop.store.workspace import Workspace
from tests.inspection.helpers import SCHOOLS, cli, county_with_schools, enrolled_inspector


@pytest.fixture
def app_(qapp, settings, switcher):
    running = App(qapp, settings, switcher, temporary=False)
    yield running
    for box in [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]:
        box.close()  # what this test was told must not be what the next test reads
        box.deleteLater()
    if running.shell is not None:
        running.shell.close()
    running.close()


def rows(workspace: Path, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(str(workspace / "workspace.sqlite3"))
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def type_into(qtbot, view: InspectorView, field: str, text: str) -> None:
    panel = view.panel
    row = panel.fields.index(field)
    panel.table.setFocus()
    panel.table.setCurrentCell(row, VERIFIED)
    qtbot.keyClick(panel.table, Qt.Key.Key_F2)  # the keyboard opens the cell's editor
    editors = [e for e in panel.table.findChildren(QLineEdit) if e.isVisible()]
    assert len(editors) == 1
    editor = editors[0]
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # Enter commits the field


def test_visit_round_trip_through_the_screens(app_, qtbot, tmp_path, capsys) -> None:
    county = county_with_schools(tmp_path, capsys)
    inspector, request = enrolled_inspector(tmp_path, capsys, county)
    pack = tmp_path / "pack.jcpkg"
    assert cli(capsys, "inspect-pack", county, "--schools", *SCHOOLS, "--inspector-key", request, "-o", pack)[0] == 0

    assert app_.start(inspector, interactive=False)
    shell = app_.shell
    qtbot.waitUntil(lambda: shell.view is not None, timeout=30_000)
    view = shell.view
    assert isinstance(view, InspectorView) and view.pack is None
    job = view.import_packages([pack])
    with qtbot.waitSignal(job.finished, timeout=30_000):
        pass
    qtbot.waitUntil(lambda: view.pack is not None, timeout=10_000)
    assert set(view.codes) == set(SCHOOLS) and view.rule_label.text()
    view.schools.setCurrentCell(view.codes.index(SCHOOLS[0]), 0)
    assert view.panel.school == SCHOOLS[0]

    type_into(qtbot, view, "primary_students", "1500")
    qtbot.waitUntil(lambda: rows(inspector, "SELECT value FROM verified") == [(1500,)], timeout=10_000)

    # A value that breaks a hard check (more qualified teachers than teachers): refused, said, nothing stored.
    type_into(qtbot, view, "primary_qualified_teachers", "500")
    qtbot.waitUntil(lambda: any(isinstance(w, QMessageBox) and w.isVisible() and "硬性检查" in w.text()
                                for w in QApplication.topLevelWidgets()), timeout=10_000)
    assert rows(inspector, "SELECT field FROM verified") == [("primary_students",)]
    for box in [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]:
        box.close()

    # Tab from a verified value goes to its note, and on to the next row's verified value (read-only cells skipped).
    table = view.panel.table
    table.setCurrentCell(0, VERIFIED)
    table.setCurrentIndex(table.moveCursor(table.CursorAction.MoveNext, Qt.KeyboardModifier.NoModifier))
    assert (table.currentRow(), table.currentColumn()) == (0, NOTE)
    table.setCurrentIndex(table.moveCursor(table.CursorAction.MoveNext, Qt.KeyboardModifier.NoModifier))
    assert (table.currentRow(), table.currentColumn()) == (1, VERIFIED)

    evidence = tmp_path / "register.jpg"
    evidence.write_bytes(b"photo of the register")
    view.panel.attach(evidence)
    qtbot.waitUntil(lambda: view.panel.files.count() == 1, timeout=10_000)

    findings = tmp_path / "findings.jcpkg"
    job = view.export_to(findings)
    with qtbot.waitSignal(job.finished, timeout=30_000):
        pass
    qtbot.waitUntil(lambda: view.last_export is not None, timeout=10_000)
    assert findings.is_file()

    with Workspace.open(county) as ws:
        before = declared_dump(ws.conn)
    code, text = cli(capsys, "import", county, findings)
    assert code == 0, text
    with Workspace.open(county) as ws:
        assert declared_dump(ws.conn) == before
    assert rows(county, "SELECT school_code, field, value FROM verified") == [(SCHOOLS[0], "primary_students", 1500)]


def test_county_page_shows_discrepancies_and_exports_a_pack(app_, qtbot, tmp_path, capsys) -> None:
    from jinchang_desktop.gui.county.inspection_page import InspectionPage
    from jinchang_desktop.gui.views.county import CountyView
    from tests.inspection.helpers import site_visit

    visit = site_visit(tmp_path, capsys)
    assert cli(capsys, "verify-value", visit.inspector, "--school", SCHOOLS[0], "primary_students=1300",
               "--note", "花名册只有1300人")[0] == 0
    findings = tmp_path / "findings.jcpkg"
    assert cli(capsys, "export", visit.inspector, "-o", findings)[0] == 0
    assert cli(capsys, "import", visit.county, findings)[0] == 0

    assert app_.start(visit.county, interactive=False)
    shell = app_.shell
    qtbot.waitUntil(lambda: shell.view is not None, timeout=30_000)
    view = shell.view
    assert isinstance(view, CountyView)
    page = view.show_page("InspectionPage")
    assert isinstance(page, InspectionPage) and page.isVisible()
    assert page.table.rowCount() == 1  # 1300 against the declared 1650: beyond the 5% tolerance
    texts = [page.table.item(0, c).text() for c in range(page.table.columnCount())]
    assert SCHOOLS[0] in texts[0] and "1,300" in texts[3] or "1300" in texts[3]
    assert texts[4].startswith("⚑")
    # The dashboard judges either layer: the declared figures, or the inspector's verified 1300 in their place.
    dashboard = view.show_page("DashboardPage")

    def students(code: str) -> object:
        return next(r for r in dashboard.dashboard.records if r.code == code).values["primary_students"]

    assert students(SCHOOLS[0]) == 1650
    dashboard.layer_box.setCurrentIndex(dashboard.layer_box.findData("verified"))
    assert students(SCHOOLS[0]) == 1300
    dashboard.layer_box.setCurrentIndex(dashboard.layer_box.findData("declared"))
    assert students(SCHOOLS[0]) == 1650

    for index in range(page.schools.count()):
        item = page.schools.item(index)
        if item.data(Qt.ItemDataRole.UserRole) == SCHOOLS[1]:
            item.setCheckState(Qt.CheckState.Checked)
    assert page.chosen() == [SCHOOLS[1]]
    out = tmp_path / "pack2.jcpkg"
    job = page.export_pack(out)
    with qtbot.waitSignal(job.finished, timeout=30_000):
        pass
    qtbot.waitUntil(lambda: page.last_pack is not None, timeout=10_000)
    assert page.last_pack.kind == "inspection-pack" and out.is_file()
