"""The school editor: live gauges while typing, commits, undo/redo, notes beside fields, keyboard use."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from jinchang_desktop.gui.demo import demo_record
from jinchang_desktop.gui.record_source import MemoryRecordSource
from jinchang_desktop.gui.widgets.gauge import GaugeState
from tests.gui.keys import press, replace_text, type_text

# The first demo school: 1480 primary students and 18 backbone teachers (1.22 per 100; the standard is
# 1.0, the floor 0.85): 15 reach it, 13 are amber, 12 are red.
BACKBONE = "primary_backbone_teachers"


def backbone_gauge(editor):
    return editor.ui.gaugePanel.sections["primary"].gauges["backbone_teachers"]


def primary_column(editor):
    return editor.ui.gaugePanel.sections["primary"]


def test_typing_moves_gauge_and_verdict_without_committing(make_window):
    window = make_window()
    editor = window.view.editor
    box = editor.page_of(BACKBONE).inputs[BACKBONE]
    editor.ui.topicTabs.setCurrentWidget(editor.page_of(BACKBONE))
    box.setFocus()
    assert backbone_gauge(editor).state is GaugeState.REACHED
    assert primary_column(editor).compliant is True

    replace_text(box, "13")
    assert backbone_gauge(editor).state is GaugeState.NEAR
    assert primary_column(editor).compliant is True  # 6 of 7 reached, the seventh above 85%
    assert "6/7" in primary_column(editor).verdict_text()
    assert "还差 2 名县级以上骨干教师" in backbone_gauge(editor).reading.gap_text

    replace_text(box, "12")
    assert backbone_gauge(editor).state is GaugeState.BELOW
    assert primary_column(editor).compliant is False
    assert "未达标" in primary_column(editor).verdict_text()
    assert editor.source.value(BACKBONE) == 18  # typed, not committed

    press(box, Qt.Key.Key_Return)
    assert editor.source.value(BACKBONE) == 12
    assert backbone_gauge(editor).state is GaugeState.BELOW


def test_focus_out_commits(make_window):
    editor = make_window().view.editor
    page = editor.page_of("primary_students")
    box = page.inputs["primary_students"]
    box.setFocus()
    replace_text(box, "1500")
    press(box, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.inputs["primary_classes"]
    assert editor.source.value("primary_students") == 1500


def test_undo_and_redo_of_committed_edits(make_window):
    window = make_window()
    editor = window.view.editor
    box = editor.page_of(BACKBONE).inputs[BACKBONE]
    editor.ui.topicTabs.setCurrentWidget(editor.page_of(BACKBONE))
    box.setFocus()
    replace_text(box, "12")
    press(box, Qt.Key.Key_Return)
    assert editor.source.value(BACKBONE) == 12
    assert window.view.ui.actionUndo.isEnabled()

    press(box, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.source.value(BACKBONE) == 18
    assert box.field_value() == 18
    assert backbone_gauge(editor).state is GaugeState.REACHED

    press(box, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert editor.source.value(BACKBONE) == 12
    assert box.field_value() == 12


def test_undo_shows_the_field_it_changed(make_window):
    editor = make_window().view.editor
    box = editor.page_of(BACKBONE).inputs[BACKBONE]
    editor.ui.topicTabs.setCurrentWidget(editor.page_of(BACKBONE))
    box.setFocus()
    replace_text(box, "20")
    press(box, Qt.Key.Key_Return)
    editor.focus_first_field()
    editor.ui.topicTabs.setCurrentIndex(0)
    editor.undo()
    assert editor.ui.topicTabs.currentWidget() is editor.page_of(BACKBONE)
    assert editor.source.value(BACKBONE) == 18


def test_ctrl_z_while_typing_drops_the_typing_first(make_window):
    window = make_window()
    editor = window.view.editor
    box = editor.page_of("primary_students").inputs["primary_students"]
    box.setFocus()
    replace_text(box, "1500")
    press(box, Qt.Key.Key_Return)
    replace_text(box, "99")
    press(box, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert box.field_value() == 1500  # the typing went, the committed edit stays
    assert editor.source.value("primary_students") == 1500
    press(box, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.source.value("primary_students") == 1480


def test_clearing_a_field_commits_not_entered(make_window):
    editor = make_window().view.editor
    page = editor.page_of("primary_qualified_teachers")
    editor.ui.topicTabs.setCurrentWidget(page)
    box = page.inputs["primary_qualified_teachers"]
    box.setFocus()
    box.selectAll()
    press(box, Qt.Key.Key_Delete)
    press(box, Qt.Key.Key_Return)
    assert editor.source.value("primary_qualified_teachers") is None
    assert box.text() == "—"


def test_hard_error_shown_in_red_beside_the_field(make_window):
    editor = make_window().view.editor
    page = editor.page_of("primary_teachers")
    editor.ui.topicTabs.setCurrentWidget(page)
    box = page.inputs["primary_teachers"]
    box.setFocus()
    replace_text(box, "50")  # fewer teachers than the 72 qualified ones
    status = page.statuses["primary_qualified_teachers"]
    assert status.level == "error"
    assert "不能多于" in status.text
    assert "#b71c1c" in status.text_label.styleSheet()
    assert not status.icon_label.isHidden()
    index = editor.ui.topicTabs.indexOf(page)
    assert not editor.ui.topicTabs.tabIcon(index).isNull()
    replace_text(box, "80")
    assert status.level is None
    assert editor.ui.topicTabs.tabIcon(index).isNull()


def test_near_threshold_warning(make_window):
    editor = make_window().view.editor
    page = editor.page_of("primary_qualified_teachers")
    editor.ui.topicTabs.setCurrentWidget(page)
    box = page.inputs["primary_qualified_teachers"]
    box.setFocus()
    replace_text(box, "63")  # 4.26 per 100 against 4.2: 1.4% above
    status = page.statuses["primary_qualified_teachers"]
    assert status.level == "warning"
    assert "1.4%" in status.text
    replace_text(box, "64")  # 4.32: 2.9% above, no longer a warning
    assert status.level is None


def test_change_from_last_year_warning(make_window):
    editor = make_window(previous={"primary_students": 1000, "primary_qualified_teachers": 70}).view.editor
    students = editor.page_of("primary_students").statuses["primary_students"]
    assert students.level == "warning"
    assert "增加 48%" in students.text
    qualified = editor.page_of("primary_qualified_teachers").statuses["primary_qualified_teachers"]
    assert qualified.level is None  # 72 against 70


def test_keyboard_order_runs_down_each_page_and_on_to_the_next(make_window):
    editor = make_window().view.editor
    pages = [editor.ui.topicTabs.widget(i) for i in range(editor.ui.topicTabs.count())]
    expected = [box for page in pages for box in page.visible_inputs()]
    assert QApplication.focusWidget() is expected[0]
    for box in expected[1:]:
        press(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is box
    press(QApplication.focusWidget(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is expected[-2]


def test_pages_follow_the_field_catalogue(make_window):
    editor = make_window().view.editor
    titles = [editor.ui.topicTabs.tabText(i) for i in range(editor.ui.topicTabs.count())]
    assert titles == ["学生与班级", "教师", "校舍与场地", "教学装备", "专用教室", "经费", "学校信息"]
    students = editor.page_of("primary_students")
    # A primary school: no junior or senior rows.
    assert [b.field.key for b in students.visible_inputs()] == [
        "primary_students", "primary_classes", "primary_grades", "primary_max_class_size"]
    assert "primary_staff" in [b.field.key for b in editor.page_of("primary_staff").visible_inputs()]
    sponsor = editor.page_of("sponsor_type").inputs["sponsor_type"]
    assert (sponsor.minimum(), sponsor.maximum()) == (0, 10)  # 0 shows "—": not entered; codes 1–10
    area = editor.page_of("sports_ground_area_m2").inputs["sports_ground_area_m2"]
    assert area.suffix() == " ㎡"
    assert area.decimals() == 1
    assert "NAT 第六条 资源配置(5)" in area.toolTip()
    money = editor.page_of("equipment_value_yuan").inputs["equipment_value_yuan"]
    assert money.decimals() == 2
    assert editor.page_of("primary_students").inputs["primary_students"].maximum() == 20000


def test_ctrl_number_jumps_to_a_page(make_window):
    editor = make_window().view.editor
    press(QApplication.focusWidget(), Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert editor.ui.topicTabs.currentWidget() is editor.page_of("primary_teachers")
    assert QApplication.focusWidget() is editor.page_of("primary_teachers").visible_inputs()[0]


def test_nine_year_school_shows_both_sections(make_window):
    editor = make_window(demo_record(3)).view.editor
    assert not editor.ui.gaugePanel.sections["primary"].isHidden()
    assert not editor.ui.gaugePanel.sections["junior"].isHidden()
    keys = [b.field.key for b in editor.page_of("primary_students").visible_inputs()]
    assert "junior_students" in keys and "senior_students" not in keys


def test_closing_commits_what_is_being_typed(make_window):
    source = MemoryRecordSource(demo_record())
    window = make_window(source=source)
    box = window.view.editor.page_of("primary_students").inputs["primary_students"]
    box.setFocus()
    type_text(box, "7")  # the first field opens with its text selected: this replaces 1480
    window.close()
    assert source.value("primary_students") == 7


def test_reload_shows_what_changed_underneath(make_window):
    source = MemoryRecordSource(demo_record())
    editor = make_window(source=source).view.editor
    source.set_value("primary_backbone_teachers", 12)  # e.g. a restore from a backup
    editor.reload()
    assert editor.page_of(BACKBONE).inputs[BACKBONE].field_value() == 12
    assert backbone_gauge(editor).state is GaugeState.BELOW


def test_a_value_in_a_section_the_school_lacks_stays_visible_to_be_fixed(make_window):
    record = demo_record()  # a primary school
    record.values["junior_teachers"] = 3
    editor = make_window(record).view.editor
    page = editor.page_of("junior_teachers")
    assert page.inputs["junior_teachers"] in page.visible_inputs()
    assert page.statuses["junior_teachers"].level == "error"  # 初中有教师但没有在校生
    assert page.inputs["junior_backbone_teachers"] not in page.visible_inputs()
