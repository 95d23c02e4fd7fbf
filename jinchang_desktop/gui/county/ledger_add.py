"""新增问题: an item added by hand (a problem found on a visit), sent to the core's ``add_item`` on the worker.

The dialog stays open with the core's reason when it refuses (an unknown school, empty text, a deadline after the
milestone), so nothing typed is lost.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from jinchang_desktop.gui.views.base import ViewContext
from jinchang_desktop.i18n import _

if TYPE_CHECKING:
    from jinchang_desktop.gui.county.ledger_data import LedgerDocument


class AddItemDialog(QDialog):
    added = Signal(int)  # the new item's id

    def __init__(self, context: ViewContext, document: LedgerDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addLedgerItem")
        self.context = context
        self.setWindowTitle(_("新增问题"))
        self.resize(520, 320)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.schoolEdit = QComboBox(self)
        for code, name in sorted(document.school_names.items()):
            self.schoolEdit.addItem(f"{code} {name}", code)
        self.textEdit = QPlainTextEdit(self)
        self.textEdit.setTabChangesFocus(True)
        self.ownerEdit = QComboBox(self)
        self.ownerEdit.setEditable(True)
        self.ownerEdit.addItems(document.departments)
        self.dueEdit = QLineEdit(self)
        self.dueEdit.setPlaceholderText(_("YYYY-MM-DD，留空则按下一个节点倒排"))
        form.addRow(_("学校(&S)"), self.schoolEdit)
        form.addRow(_("问题(&P)"), self.textEdit)
        form.addRow(_("责任单位(&O)"), self.ownerEdit)
        form.addRow(_("整改期限(&U)"), self.dueEdit)
        layout.addLayout(form)
        self.messageLabel = QLabel(self)
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setStyleSheet("color: #b71c1c;")
        layout.addWidget(self.messageLabel)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.send)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def send(self) -> None:
        from jinchang_desktop.gui.county.ledger_data import add, refusal_text

        due = self.dueEdit.text().strip() or None
        job = add(self.schoolEdit.currentData() or "", self.textEdit.toPlainText(),
                  self.ownerEdit.currentText().strip(), due)
        self.buttons.setEnabled(False)

        def done(item_id: int) -> None:
            self.buttons.setEnabled(True)
            self.added.emit(item_id)
            self.accept()

        def failed(exc: BaseException) -> None:
            self.buttons.setEnabled(True)
            self.messageLabel.setText("✗ " + refusal_text(exc))

        self.context.worker.submit(job, done=done, failed=failed)
