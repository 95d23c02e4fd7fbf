"""The school's own 问题台账: its items (gap, status, deadline) read-only, and the countdown to the next
milestone. Built the first time the clerk opens it, so the school's start-up does not pay for it."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jinchang_desktop.gui.county.ledger_model import gap_text, ordered, section_text, status_text
from jinchang_desktop.gui.county.ledger_page import countdown_text, counts_text
from jinchang_desktop.i18n import _

if TYPE_CHECKING:
    from jinchang_desktop.gui.county.ledger_data import LedgerDocument
    from jinchang_desktop.gui.views.base import ViewContext


class SchoolLedgerPanel(QWidget):
    loaded = Signal()

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("schoolLedger")
        self.context = context
        self.document: LedgerDocument | None = None
        layout = QVBoxLayout(self)
        self.titleLabel = QLabel(self)
        self.titleLabel.setStyleSheet("font-weight: bold;")
        self.countdownLabel = QLabel(self)
        self.countsLabel = QLabel(self)
        self.countsLabel.setWordWrap(True)
        self.table = QTableWidget(self)
        self.table.setObjectName("schoolLedgerTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        for widget in (self.titleLabel, self.countdownLabel, self.countsLabel):
            layout.addWidget(widget)
        layout.addWidget(self.table, 1)
        self.refresh()

    def refresh(self) -> None:
        from jinchang_desktop.gui.county.ledger_data import read_job
        from jinchang_desktop.gui.jobs import run_job

        run_job(self.window(), self.context.worker, read_job(), _("正在读取问题台账…"), done=self._read,
                failed=lambda exc: self._failed(exc))

    def _failed(self, exc: BaseException) -> None:
        from jinchang_desktop.gui.error_text import error_text

        self.countsLabel.setText(error_text(exc))
        self.loaded.emit()

    def _read(self, document: LedgerDocument) -> None:
        self.document = document
        self.titleLabel.setText(_("本校问题台账（县区据此整改销号）"))
        self.countdownLabel.setText(countdown_text(document))
        self.countsLabel.setText(counts_text(document.counts) if document.items
                                 else _("本校没有未达标的指标。"))
        headers = [_("状态"), _("学段"), _("问题"), _("差距"), _("整改期限")]
        items = ordered(document.items)
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(items))
        for row, entry in enumerate(items):
            late = _(" ⚠ 逾期") if entry.get("overdue") else ""
            cells = [status_text(entry["status"]) + late, section_text(entry.get("section")),
                     entry.get("text") or "", gap_text(entry), entry.get("due") or ""]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                cell.setData(Qt.ItemDataRole.UserRole, entry["id"])
                self.table.setItem(row, column, cell)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.loaded.emit()
