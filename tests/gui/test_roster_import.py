"""The county's roster, imported from the Data menu: the school takes its official code and the county's
profile, keeps its figures, and goes on editing under the new code."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from jinchang_desktop.exchange.trust import enrol, export_enrol_request, export_roster
from jinchang_desktop.store.declared import set_field, upsert_school
from jinchang_desktop.store.workspace import Workspace
from tests.gui.conftest import stored_value
from tests.gui.keys import press, replace_text

OFFICIAL = "2162100004"


def test_the_roster_sets_the_official_code_and_profile(open_school, qtbot, tmp_path):
    school = tmp_path / "school"
    with Workspace.create(school, role="school", code="LS-001", name="永昌县河西堡九年制学校", county="永昌县",
                          profile_id="national", school_year=2025) as ws:
        upsert_school(ws.conn, ws.code, name=ws.name, county=ws.county, school_type="nine_year", source="self",
                      action="test")
        set_field(ws.conn, ws.code, 2025, "primary_students", 520, action="test")
        export_enrol_request(ws, tmp_path / "request.jcpkg")
        fingerprint = ws.keypair.fingerprint
    with Workspace.create(tmp_path / "county", role="county", code="620321", name="永昌县", profile_id="jinchang",
                          school_year=2025) as county:
        enrol(county, tmp_path / "request.jcpkg", confirmed_fingerprint=fingerprint, code=OFFICIAL)
        export_roster(county, tmp_path / "roster.jcpkg")
        county_fingerprint = county.keypair.fingerprint

    session = open_school(school)
    assert session.profile.id == "national"
    session.import_roster(tmp_path / "roster.jcpkg", fingerprint=county_fingerprint)
    qtbot.waitUntil(lambda: session.info.code == OFFICIAL, timeout=20000)
    assert session.profile.id == "jinchang"
    header = session.editor.ui.schoolInfoLabel.text()
    assert OFFICIAL in header and "金昌市方案" in header
    assert session.source.value("primary_students") == 520
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert any("名册已导入" in box.text() for box in boxes)
    for box in boxes:
        box.close()

    editor = session.editor
    editor.focus_field("primary_students")
    box = editor.page_of("primary_students").inputs["primary_students"]
    replace_text(box, "525")
    with qtbot.waitSignal(session.source.saved, timeout=5000):
        press(box, Qt.Key.Key_Return)
    assert stored_value(school, OFFICIAL, 2025, "primary_students") == 525


def test_a_roster_that_does_not_name_this_pc_is_refused_and_says_why(open_school, demo_workspace, qtbot, tmp_path):
    with Workspace.create(tmp_path / "county", role="county", code="620321", name="永昌县", profile_id="jinchang",
                          school_year=2025) as county:
        export_roster(county, tmp_path / "roster.jcpkg")  # the county has not enrolled the demo's key
        county_fingerprint = county.keypair.fingerprint
    session = open_school(demo_workspace)
    session.import_roster(tmp_path / "roster.jcpkg", fingerprint=county_fingerprint)
    qtbot.waitUntil(lambda: any(isinstance(w, QMessageBox) and w.objectName() == "errorBox" and w.isVisible()
                                for w in QApplication.topLevelWidgets()), timeout=20000)
    box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
    assert "名册中没有本校的密钥" in box.text()
    box.close()
    assert session.info.code == "2162100004"


def test_a_first_roster_with_another_fingerprint_is_refused_and_says_why(open_school, demo_workspace, qtbot,
                                                                        tmp_path):
    with Workspace.create(tmp_path / "county", role="county", code="620321", name="永昌县", profile_id="jinchang",
                          school_year=2025) as county:
        export_roster(county, tmp_path / "roster.jcpkg")
    session = open_school(demo_workspace)
    before = stored_value(demo_workspace, "2162100004", 2025, "primary_students")
    session.import_roster(tmp_path / "roster.jcpkg", fingerprint="0000-0000-0000-0000")
    qtbot.waitUntil(lambda: any(isinstance(w, QMessageBox) and w.objectName() == "errorBox" and w.isVisible()
                                for w in QApplication.topLevelWidgets()), timeout=20000)
    box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
    assert "与电话核对的不一致" in box.text()
    box.close()
    assert session.info.code == "2162100004" and session.profile.id == "jinchang"
    assert stored_value(demo_workspace, "2162100004", 2025, "primary_students") == before
