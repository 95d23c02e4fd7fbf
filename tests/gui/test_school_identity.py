"""学校信息 on a real workspace made by the CLI without ``--type``: the export is refused for the missing type, the
refusal opens the dialog, a type chosen with the keyboard is stored (audited) and the export goes through; an empty
name is refused without writing anything; the window shows the corrected name."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWizard

from jinchang_desktop.cli import main as cli
from jinchang_desktop.errors import JcError
from jinchang_desktop.gui.dialogs.school_info_dialog import SchoolInfoDialog
from jinchang_desktop.gui.export.check_page import IDENTITY, KEY_ROLE
from jinchang_desktop.store.workspace import Workspace
from tests.gui.keys import press, type_text

CODE, NAME, YEAR = "2162100099", "河西堡镇中心小学", 2025


@pytest.fixture
def untyped_workspace(tmp_path: Path) -> Path:
    path = tmp_path / "school"
    assert cli(["init", str(path), "--role", "school", "--code", CODE, "--name", NAME, "--county", "永昌县",
                "--year", str(YEAR)]) == 0
    return path


def query(path: Path, sql: str, *args: object) -> list[tuple]:
    conn = sqlite3.connect(path / "workspace.sqlite3")
    try:
        return list(conn.execute(sql, args))
    finally:
        conn.close()


def identity_audit(path: Path) -> list[tuple]:
    return query(path, "SELECT field, old, new FROM audit WHERE action = 'identity' ORDER BY id")


def test_the_missing_type_is_set_from_the_export_and_the_export_goes_through(open_school, untyped_workspace,
                                                                             qtbot, tmp_path):
    from jinchang_desktop.exchange.reports import school_record

    with Workspace.open(untyped_workspace) as ws, pytest.raises(JcError) as refused:
        school_record(ws)
    assert refused.value.rule == "school-type"

    session = open_school(untyped_workspace)
    assert "primary_teachers" not in session.editor.page_of("primary_teachers").visible_keys()
    wizard = session.open_export_wizard()
    qtbot.waitExposed(wizard)
    page = wizard.check_page
    assert not page.isComplete()
    assert page.ui.errorList.count() == 1
    item = page.ui.errorList.item(0)
    assert item.text() == "尚未设置学校类型" and item.data(KEY_ROLE) == IDENTITY

    press(page.ui.errorList, Qt.Key.Key_Return)  # choosing the refusal opens 学校信息 above the wizard
    dialog = wizard.findChild(SchoolInfoDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.ui.typeCombo, timeout=2000)
    assert dialog.ui.codeLabel.text() == CODE and dialog.ui.nameEdit.text() == NAME
    closed: list[int] = []  # the dialog deletes itself once closed: ask its signal, not the widget
    dialog.finished.connect(closed.append)
    type_text(dialog.ui.typeCombo, "小")  # keyboard search in the combo: 小学
    assert dialog.school_type == "primary"
    press(dialog.ui.typeCombo, Qt.Key.Key_Return)  # Enter = OK
    qtbot.waitUntil(lambda: bool(closed), timeout=5000)

    assert query(untyped_workspace, "SELECT school_type, source FROM schools WHERE code = ?", CODE) == [
        ("primary", "self")]
    assert ("school_type", "", "primary") in identity_audit(untyped_workspace)
    assert session.source.snapshot().school_type == "primary"
    assert "小学" in session.editor.ui.schoolInfoLabel.text()
    # The entry rows follow the type: the primary section's are offered, the junior section's are not.
    teachers = session.editor.page_of("primary_teachers").visible_keys()
    assert "primary_teachers" in teachers and "junior_teachers" not in teachers

    # The wizard checks again and goes on; the package is written (the core no longer refuses).
    assert page.isComplete()
    wizard.button(QWizard.WizardButton.NextButton).click()
    assert wizard.currentPage() is wizard.destination_page
    usb = tmp_path / "usb"
    usb.mkdir()
    wizard.destination_page.ui.folderEdit.setText(str(usb))
    wizard.button(QWizard.WizardButton.CommitButton).click()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.result_page, timeout=20000)
    assert wizard.context.outcome.report.record.school_type == "primary"
    wizard.button(QWizard.WizardButton.FinishButton).click()


def test_an_empty_name_is_refused_and_a_new_name_shows_in_the_window(open_school, untyped_workspace, qtbot):
    session = open_school(untyped_workspace)
    window = session.window()
    session.ui.actionSchoolInfo.trigger()
    dialog = window.findChild(SchoolInfoDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.ui.typeCombo, timeout=2000)
    type_text(dialog.ui.typeCombo, "小")
    closed: list[int] = []
    dialog.finished.connect(closed.append)

    name = dialog.ui.nameEdit
    name.setFocus()
    press(name, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    press(name, Qt.Key.Key_Backspace)
    press(name, Qt.Key.Key_Return)
    assert dialog.isVisible() and not closed
    assert dialog.ui.nameError.text() == "请填写学校名称"
    assert QApplication.focusWidget() is name
    session.worker.flush(timeout=10)
    assert identity_audit(untyped_workspace) == []

    type_text(name, "永昌县河西堡小学")
    assert dialog.ui.nameError.text() == ""  # the message goes as the clerk types
    press(name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(closed), timeout=5000)
    assert query(untyped_workspace, "SELECT name FROM schools WHERE code = ?", CODE) == [("永昌县河西堡小学",)]
    assert query(untyped_workspace, "SELECT value FROM meta WHERE key = 'name'") == [("永昌县河西堡小学",)]
    fields = [row[0] for row in identity_audit(untyped_workspace)]
    assert "school_name" in fields and "meta.name" in fields
    assert session.editor.ui.schoolNameLabel.text() == "永昌县河西堡小学"
    assert window.windowTitle().startswith("永昌县河西堡小学")


def test_escape_cancels_without_writing(open_school, demo_workspace, qtbot):
    session = open_school(demo_workspace)
    dialog = session.open_school_info()
    assert dialog.school_type == "nine_year"
    # A type already set: the name comes first.
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.ui.nameEdit, timeout=2000)
    closed: list[int] = []
    dialog.finished.connect(closed.append)
    type_text(dialog.ui.nameEdit, "别的名称")
    press(dialog.ui.nameEdit, Qt.Key.Key_Escape)
    assert closed == [SchoolInfoDialog.DialogCode.Rejected.value]
    session.worker.flush(timeout=10)
    assert identity_audit(demo_workspace) == []
