"""What-if mode: a scratch copy that moves the gauges and never reaches the saved data."""
from __future__ import annotations

from PySide6.QtCore import Qt

from jinchang_desktop.gui.demo import demo_record
from jinchang_desktop.gui.record_source import MemoryRecordSource
from jinchang_desktop.gui.widgets.gauge import GaugeState
from tests.gui.keys import press, replace_text

KEY = "sports_ground_area_m2"  # 11,900 m² for 1480 students: 8.46 m² per student against 7.5


def sports_gauge(editor):
    return editor.ui.gaugePanel.sections["primary"].gauges["sports_space"]


def focus(editor, key):
    page = editor.page_of(key)
    editor.ui.topicTabs.setCurrentWidget(page)
    box = page.inputs[key]
    box.setFocus()
    return box


def test_what_if_edits_never_reach_the_saved_source(make_window):
    saved = MemoryRecordSource(demo_record())
    window = make_window(source=saved)
    editor = window.view.editor
    window.view.ui.actionWhatIf.trigger()
    assert editor.what_if
    assert editor.what_if_bar.isVisible()

    box = focus(editor, KEY)
    replace_text(box, "8000")
    assert sports_gauge(editor).state is GaugeState.BELOW
    press(box, Qt.Key.Key_Return)
    assert editor.source.value(KEY) == 8000  # the scratch copy has it
    assert saved.value(KEY) == 11900
    assert saved.commits == 0
    assert editor.what_if_bar.ui.changesLabel.text() == "已试改 1 项"

    window.view.ui.actionWhatIf.trigger()  # leave
    assert not editor.what_if
    assert not editor.what_if_bar.isVisible()
    assert box.field_value() == 11900
    assert sports_gauge(editor).state is GaugeState.REACHED
    assert saved.commits == 0


def test_leave_button_and_reset(make_window):
    saved = MemoryRecordSource(demo_record())
    window = make_window(source=saved)
    editor = window.view.editor
    editor.set_what_if(True)
    assert window.view.ui.actionWhatIf.isChecked()
    box = focus(editor, KEY)
    replace_text(box, "8000")
    press(box, Qt.Key.Key_Return)
    editor.what_if_bar.ui.resetButton.click()
    assert box.field_value() == 11900
    assert sports_gauge(editor).state is GaugeState.REACHED
    assert editor.what_if
    editor.what_if_bar.ui.leaveButton.click()
    assert not editor.what_if
    assert not window.view.ui.actionWhatIf.isChecked()
    assert saved.commits == 0


def test_typing_before_what_if_is_saved_and_undo_is_per_mode(make_window):
    saved = MemoryRecordSource(demo_record())
    window = make_window(source=saved)
    editor = window.view.editor
    box = focus(editor, KEY)
    replace_text(box, "12000")  # typed, not yet confirmed, when the clerk switches mode
    window.view.ui.actionWhatIf.trigger()
    assert saved.value(KEY) == 12000

    box = focus(editor, KEY)
    replace_text(box, "5000")
    press(box, Qt.Key.Key_Return)
    press(box, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undoes the scratch edit only
    assert editor.source.value(KEY) == 12000
    assert not window.view.ui.actionUndo.isEnabled()  # the saved edit is not undoable from what-if
    window.view.ui.actionWhatIf.trigger()
    assert window.view.ui.actionUndo.isEnabled()
    window.view.ui.actionUndo.trigger()
    assert saved.value(KEY) == 11900
