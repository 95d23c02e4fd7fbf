"""The export wizard on a real workspace: a hard error blocks it and jumps to its field; warnings need a written
explanation; the package is written, verified (also by ``jinchang-desktop verify``) and recorded in the outbox;
a one-page filing copy is printed beside it."""
from __future__ import annotations

import sqlite3
import subprocess
import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWizard

from jinchang_desktop.exchange.payloads import read_school_report
from jinchang_desktop.packages.format import read_package
from tests.conftest import REPO
from tests.gui.keys import press, replace_text, type_text

CODE, YEAR = "2162100004", 2025


def next_button(wizard):
    page = wizard.currentPage()
    which = QWizard.WizardButton.CommitButton if page.isCommitPage() else QWizard.WizardButton.NextButton
    return wizard.button(which)


def test_a_hard_error_blocks_export_and_leads_to_its_field(open_school, demo_workspace, qtbot):
    session = open_school(demo_workspace)
    editor = session.editor
    editor.focus_field("primary_teachers")
    box = editor.page_of("primary_teachers").inputs["primary_teachers"]
    replace_text(box, "20")  # fewer full-time teachers than the 26 qualified ones
    press(box, Qt.Key.Key_Return)

    wizard = session.open_export_wizard()
    qtbot.waitExposed(wizard)
    page = wizard.check_page
    assert not page.isComplete()
    assert not next_button(wizard).isEnabled()
    texts = [page.ui.errorList.item(i).text() for i in range(page.ui.errorList.count())]
    assert any("高于规定学历教师数不能多于专任教师数" in text for text in texts), texts
    assert "还有 1 处必须改正的问题" in page.ui.summaryLabel.text()

    # Enter on the listed error closes the wizard on its field.
    press(page.ui.errorList, Qt.Key.Key_Return)
    assert not wizard.isVisible()
    qualified = editor.page_of("primary_qualified_teachers")
    assert editor.ui.topicTabs.currentWidget() is qualified
    assert QApplication.focusWidget() is qualified.inputs["primary_qualified_teachers"]
    conn = sqlite3.connect(demo_workspace / "workspace.sqlite3")
    assert conn.execute("SELECT count(*) FROM outbox").fetchone()[0] == 0
    conn.close()


def test_export_writes_a_verified_package_and_a_filing_copy(open_school, demo_workspace, qtbot, tmp_path):
    session = open_school(demo_workspace)
    usb = tmp_path / "usb"
    usb.mkdir()
    wizard = session.open_export_wizard()
    qtbot.waitExposed(wizard)
    assert wizard.check_page.isComplete()
    assert "没有必须改正的错误" in wizard.check_page.ui.summaryLabel.text()
    next_button(wizard).click()

    # Three soft warnings, each needing a reason before the wizard goes on.
    page = wizard.explain_page
    assert wizard.currentPage() is page
    assert set(page.edits) == {"equipment_value_yuan", "art_rooms", "multimedia_classrooms"}
    assert not page.isComplete()
    reasons = {"equipment_value_yuan": "今年新购理化生实验仪器", "art_rooms": "新建美术教室一间",
               "multimedia_classrooms": "已核实，无误"}
    for key, text in reasons.items():
        page.edits[key].setFocus()
        type_text(page.edits[key], text)  # Chinese as QKeyEvents carrying the text
    assert page.isComplete()
    next_button(wizard).click()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.destination_page, timeout=5000)
    conn = sqlite3.connect(demo_workspace / "workspace.sqlite3")
    assert dict(conn.execute("SELECT field, text FROM explanations")) == reasons
    conn.close()

    destination = wizard.destination_page
    destination.ui.folderEdit.setFocus()
    type_text(destination.ui.folderEdit, str(usb))  # or what QFileDialog fills in
    press(destination.ui.folderEdit, Qt.Key.Key_Return)  # Enter takes the default button: 导出
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.result_page, timeout=20000)

    context = wizard.context
    package_path = context.outcome.package.path
    assert package_path.parent == usb
    package = read_package(package_path)
    assert package.kind == "school-report" and package.issuer.code == CODE
    assert read_school_report(package).explanations == reasons
    # The page asked for what the core found: the package's warnings, in the page's order, each answered.
    carried = read_school_report(package).warnings or []
    assert [(w["field"], w["explanation"]) for w in carried] == [(key, reasons[key]) for key in page.edits]
    assert package.manifest_sha256 == context.outcome.package.manifest_sha256
    done = subprocess.run([sys.executable, "-m", "jinchang_desktop", "verify", str(package_path)], cwd=REPO,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr

    pdf = package_path.with_suffix(".pdf")
    assert context.pdf_path == pdf
    assert pdf.read_bytes().startswith(b"%PDF")
    assert package.fingerprint in context.pdf_text
    assert package.manifest_sha256 in context.pdf_text
    assert "永昌县河西堡九年制学校" in context.pdf_text
    assert "初中：未达标" in context.pdf_text  # the junior section's verdict
    assert "音乐专用教室 1 间，22 个班需 2 间" in context.pdf_text  # a per-school check

    result = wizard.result_page
    assert result.ui.keyLabel.text() == package.fingerprint
    assert result.ui.shaLabel.text().replace("\n", " ").replace(" ", "") == package.manifest_sha256
    assert wizard.button(QWizard.WizardButton.FinishButton).isVisible()
    wizard.button(QWizard.WizardButton.FinishButton).click()

    outbox = session.window().open_outbox()
    assert outbox.ui.table.rowCount() == 1
    assert outbox.ui.table.item(0, 1).text() == "学校数据包"
    assert outbox.ui.table.item(0, 3).text() == str(package_path.resolve())
    assert outbox.ui.table.item(0, 4).text() == "在原处"
    outbox.close()


def test_the_next_export_offers_the_same_stick(open_school, demo_workspace, qtbot, tmp_path):
    session = open_school(demo_workspace)
    session.export_folder = tmp_path
    wizard = session.open_export_wizard()
    assert wizard.destination_page.ui.folderEdit.text() == str(tmp_path)
    wizard.reject()


def test_an_earlier_package_on_the_stick_is_never_written_over(open_school, demo_workspace, tmp_path):
    session = open_school(demo_workspace)
    wizard = session.open_export_wizard()
    page = wizard.destination_page
    page.ui.folderEdit.setText(str(tmp_path))
    first = page.target()
    first.write_bytes(b"an earlier package")
    second = page.target()
    assert second != first and second.parent == tmp_path and second.suffix == ".jcpkg"
    second.write_bytes(b"another")
    assert page.target() not in (first, second)
    wizard.reject()
