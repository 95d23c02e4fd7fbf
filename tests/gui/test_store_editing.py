"""Editing a real workspace: what is typed moves the gauges at once and is in the database once committed;
undo reaches the database as an audited "undo"; a failed write keeps the value and can be retried."""
from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt

from jinchang_desktop.gui.widgets.gauge import GaugeState
from tests.gui.conftest import audit_actions, stored_value
from tests.gui.keys import press, replace_text

CODE, YEAR = "2162100004", 2025
PE_ART = "junior_pe_art_teachers"  # 3 for 430 junior students: 0.70 per 100, below the 85% floor


def junior(editor):
    return editor.ui.gaugePanel.sections["junior"]


def pe_art_gauge(editor):
    return junior(editor).gauges["pe_art_teachers"]


def fill_the_file(ws) -> None:
    """A real "database or disk is full": the file may not grow (``max_page_count``) and the audit table's last
    page is packed, so the next audit row needs a page SQLite cannot have (SQLITE_FULL)."""
    conn = ws.conn
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")
    try:
        while True:
            with conn:
                conn.execute("INSERT INTO audit (at, action, detail) VALUES ('', 'fill', '')")
    except sqlite3.OperationalError as exc:
        assert exc.sqlite_errorname == "SQLITE_FULL", exc


def free_space(ws) -> None:
    ws.conn.execute("PRAGMA max_page_count = 1073741823")


def test_typing_moves_gauges_and_the_committed_value_reaches_the_database(open_school, demo_workspace, qtbot):
    session = open_school(demo_workspace)
    editor = session.editor
    assert pe_art_gauge(editor).state is GaugeState.BELOW
    assert junior(editor).compliant is False
    editor.focus_field(PE_ART)
    box = editor.page_of(PE_ART).inputs[PE_ART]

    replace_text(box, "4")  # 0.93 per 100: reached
    assert pe_art_gauge(editor).state is GaugeState.REACHED
    assert junior(editor).compliant is True  # 6 of 7, equipment above 85%
    assert stored_value(demo_workspace, CODE, YEAR, PE_ART) == 3  # typed, not committed

    with qtbot.waitSignal(session.source.saved, timeout=5000) as saved:
        press(box, Qt.Key.Key_Return)
    assert saved.args == [PE_ART, 4]
    assert stored_value(demo_workspace, CODE, YEAR, PE_ART) == 4
    assert audit_actions(demo_workspace, PE_ART)[-1] == ("edit", 3, 4)
    assert editor.ui.saveStateLabel.text().startswith("已保存")


def test_undo_and_redo_reach_the_database_with_audit_rows(open_school, demo_workspace, qtbot):
    session = open_school(demo_workspace)
    editor = session.editor
    editor.focus_field(PE_ART)
    box = editor.page_of(PE_ART).inputs[PE_ART]
    replace_text(box, "6")
    press(box, Qt.Key.Key_Return)
    assert session.source.flush(timeout=10)

    with qtbot.waitSignal(session.source.saved, timeout=5000):
        press(box, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert box.field_value() == 3
    assert stored_value(demo_workspace, CODE, YEAR, PE_ART) == 3
    assert audit_actions(demo_workspace, PE_ART)[-1] == ("undo", 6, 3)

    with qtbot.waitSignal(session.source.saved, timeout=5000):
        press(box, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert stored_value(demo_workspace, CODE, YEAR, PE_ART) == 6
    assert audit_actions(demo_workspace, PE_ART)[-1] == ("redo", 3, 6)


def test_a_failed_write_keeps_the_value_says_why_and_can_be_retried(open_school, demo_workspace, qtbot):
    session = open_school(demo_workspace)
    editor = session.editor
    session.worker.submit(fill_the_file)
    assert session.worker.flush(timeout=60)
    editor.focus_field(PE_ART)
    box = editor.page_of(PE_ART).inputs[PE_ART]
    replace_text(box, "5")
    with qtbot.waitSignal(session.source.save_failed, timeout=5000):
        press(box, Qt.Key.Key_Return)
    assert box.field_value() == 5  # nothing typed is lost
    assert session.source.value(PE_ART) == 5
    assert stored_value(demo_workspace, CODE, YEAR, PE_ART) == 3
    assert session.save_banner.isVisible()
    assert "磁盘已满" in session.save_banner.message
    assert editor.ui.saveStateLabel.text() == "未能保存"

    session.worker.submit(free_space)
    with qtbot.waitSignal(session.source.saved, timeout=5000):
        session.save_banner.ui.retryButton.click()
    assert stored_value(demo_workspace, CODE, YEAR, PE_ART) == 5
    assert not session.save_banner.isVisible()
    assert session.source.failed == {}


def test_last_year_values_feed_the_change_warning(open_school, demo_workspace):
    editor = open_school(demo_workspace).editor
    status = editor.page_of("equipment_value_yuan").statuses["equipment_value_yuan"]
    assert status.level == "warning"
    assert "比去年（1,480,000）增加 45.3%" in status.text
    assert editor.page_of("art_rooms").statuses["art_rooms"].level == "warning"  # 1 → 2


def test_closing_waits_for_the_last_write(open_school, demo_workspace):
    session = open_school(demo_workspace)
    box = session.editor.page_of("primary_students").inputs["primary_students"]
    replace_text(box, "530")  # typed, not yet committed: closing commits it
    session.window().close()
    assert stored_value(demo_workspace, CODE, YEAR, "primary_students") == 530
