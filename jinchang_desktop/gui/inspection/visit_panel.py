"""One school of the visit: declared beside verified per field (Tab moves, Enter commits the field), the ratio and
its flag, a note per field, the guarantee checklist, the attachments, and the verdicts both ways.

Reads through the view's read-only connection; every write is a core function queued on the database worker, one
field per transaction, so a power cut keeps what was committed. Nothing here judges a rule: the comparison and the
verdicts come from ``inspection.summary`` (the engine on both records).
"""
from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from jinchang_desktop.i18n import _, language
from jinchang_desktop.inspection.visit import comparison_in
from jinchang_desktop.standards.numbers import fmt_number
from jinchang_desktop.store.inspection import attachments_of, checklist_of

if TYPE_CHECKING:
    from jinchang_desktop.gui.views.base import ViewContext
    from jinchang_desktop.inspection.pack import Pack
    from jinchang_desktop.inspection.summary import Comparison, FieldRow
    from jinchang_desktop.store.workspace import Workspace

FIELD, DECLARED, VERIFIED, RATIO, NOTE, WHY = range(6)
STATUSES = ("unchecked", "ok", "not-ok")
FLAG_BRUSH = QBrush(QColor("#f6d5d5"))


class EntryTable(QTableWidget):
    """The field table: Tab and Shift+Tab go from 核实值 to 说明 to the next row's 核实值 (read-only cells skipped)."""

    def moveCursor(self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier) -> QModelIndex:
        forward = action == QAbstractItemView.CursorAction.MoveNext
        if not forward and action != QAbstractItemView.CursorAction.MovePrevious:
            return super().moveCursor(action, modifiers)
        cells = [(row, column) for row in range(self.rowCount()) for column in (VERIFIED, NOTE)]
        if not cells:
            return super().moveCursor(action, modifiers)
        here = (self.currentRow(), self.currentColumn())
        after = [c for c in cells if c > here] if forward else [c for c in cells if c < here]
        row, column = (after[0] if after else cells[0]) if forward else (after[-1] if after else cells[-1])
        return self.model().index(row, column)


class VisitPanel(QWidget):
    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.pack: Pack | None = None
        self.school = ""
        self._filling = False
        self.fields: list[str] = []  # the field key of each row of the table
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(self)
        self.heading.setObjectName("schoolHeading")
        self.heading.setStyleSheet("font-weight: bold")
        self.verdicts = QLabel(self)
        self.verdicts.setObjectName("verdictsLabel")
        self.verdicts.setWordWrap(True)
        layout.addWidget(self.heading)
        layout.addWidget(self.verdicts)
        self.tabs = QTabWidget(self)
        layout.addWidget(self.tabs, 1)

        self.table = EntryTable(0, 6, self)
        self.table.setObjectName("fieldTable")
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                                   | QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.itemChanged.connect(self._item_changed)
        self.tabs.addTab(self.table, "")

        self.checks = QTableWidget(0, 2, self)
        self.checks.setObjectName("checklistTable")
        self.checks.verticalHeader().hide()
        self.tabs.addTab(self.checks, "")

        files = QWidget(self)
        files_layout = QVBoxLayout(files)
        self.files = QListWidget(files)
        self.files.setObjectName("attachmentList")
        files_layout.addWidget(self.files)
        self.tabs.addTab(files, "")

        buttons = QHBoxLayout()
        self.attach_button = QPushButton(self)
        self.attach_button.setObjectName("attachButton")
        self.attach_button.clicked.connect(self.choose_attachment)
        self.report_button = QPushButton(self)
        self.report_button.setObjectName("reportButton")
        self.report_button.clicked.connect(self.choose_report)
        buttons.addWidget(self.attach_button)
        buttons.addWidget(self.report_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.on_error: Callable[[BaseException], None] = lambda exc: None
        self.retranslate()

    def retranslate(self) -> None:
        self.tabs.setTabText(0, _("数据核实"))
        self.tabs.setTabText(1, _("保障项目核查"))
        self.tabs.setTabText(2, _("附件"))
        self.attach_button.setText(_("添加附件(&A)…"))
        self.attach_button.setToolTip(_("照片、台账扫描件：复制到工作区并以 SHA-256 记录"))
        self.report_button.setText(_("核查记录 PDF(&P)…"))
        self.table.setHorizontalHeaderLabels([_("数据项"), _("申报值"), _("核实值"),
                                              _("核实÷申报"), _("说明"), _("为什么先查")])
        self.checks.setHorizontalHeaderLabels([_("保障项目（按申报值）"), _("现场核查")])
        self.fill()

    # -- reading ----------------------------------------------------------------------------------------------

    def show_school(self, pack: Pack | None, school: str) -> None:
        self.pack, self.school = pack, school
        self.fill()

    def fill(self) -> None:
        pack, school = self.pack, self.school
        enabled = pack is not None and bool(school)
        for widget in (self.tabs, self.attach_button, self.report_button):
            widget.setEnabled(enabled)
        if pack is None or not school:
            self.heading.setText(_("请在左侧选择一所学校"))
            self.verdicts.clear()
            return
        lang = language()
        reader, year = self.context.reader, self.context.info.school_year
        comparison = comparison_in(reader, year, pack, school)
        entry = pack.school(school)
        self.heading.setText(f"{comparison.name}（{school}）")
        self._show_verdicts(comparison, lang)
        risks = {str(r["field"]): r for r in entry.risks}
        rows = sorted(comparison.rows, key=lambda r: -float(risks.get(r.field, {}).get("score", 0)))
        self._filling = True
        try:
            self.table.setRowCount(len(rows))
            self.fields = [r.field for r in rows]
            for index, row in enumerate(rows):
                why = risks.get(row.field)
                reason = ""
                if why:
                    first = why["reasons"][0]
                    reason = f"{float(why['score']):.0f} · {first['en'] if lang == 'en' else first['zh']}"
                cells = [row.label_en if lang == "en" else row.label_zh,
                         "" if row.declared is None else fmt_number(row.declared),
                         "" if row.verified is None else fmt_number(row.verified),
                         self._ratio_text(row),
                         row.note, reason]
                for column, text in enumerate(cells):
                    item = QTableWidgetItem(text)
                    if column not in (VERIFIED, NOTE):
                        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                    if column == RATIO and row.flagged:
                        item.setBackground(FLAG_BRUSH)
                        item.setToolTip(_("核实值与申报值相差超过容差"))
                    if column == WHY and why:
                        item.setToolTip("\n".join(r["en"] if lang == "en" else r["zh"] for r in why["reasons"]))
                    self.table.setItem(index, column, item)
            header = self.table.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(WHY, QHeaderView.ResizeMode.Stretch)
        finally:
            self._filling = False
        self._fill_checks(entry.checks, checklist_of(reader, school, year), lang)
        self._fill_files(reader, year)

    def _fill_checks(self, checks: list[dict[str, Any]], marks: dict[str, str], lang: str) -> None:
        labels = {"unchecked": _("未核查"), "ok": _("符合"), "not-ok": _("不符合")}
        self.checks.setRowCount(len(checks))
        for index, check in enumerate(checks):
            item = QTableWidgetItem(str(check["en"] if lang == "en" else check["zh"]))
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.checks.setItem(index, 0, item)
            combo = QComboBox(self.checks)
            for status in STATUSES:
                combo.addItem(labels[status], status)
            combo.setCurrentIndex(STATUSES.index(marks.get(str(check["item"]), "unchecked")))
            combo.currentIndexChanged.connect(
                lambda _i, c=combo, key=str(check["item"]): self._mark(key, str(c.currentData())))
            self.checks.setCellWidget(index, 1, combo)
        header = self.checks.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)

    # -- writing (each a job on the database worker) ---------------------------------------------------------

    def _submit(self, job: Callable[[Workspace], object]) -> None:
        self.context.worker.submit(job, done=lambda _r: self.update_rows(), failed=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.update_rows()  # the refused value goes back to what is stored
        self.on_error(exc)

    def update_rows(self) -> None:
        """After a write: the cells that follow from the store, row by row, and the verdicts and attachments.

        Rows are updated in place rather than rebuilt, so a cell the inspector is already typing into (Tab moved
        on while the previous field was being saved) keeps its editor and what was typed.
        """
        pack, school = self.pack, self.school
        if pack is None or not school:
            return
        reader, year = self.context.reader, self.context.info.school_year
        comparison = comparison_in(reader, year, pack, school)
        by_field = {r.field: r for r in comparison.rows}
        if any(key not in by_field for key in self.fields) or len(by_field) != len(self.fields):
            self.fill()
            return
        lang = language()
        self._show_verdicts(comparison, lang)
        editing = self.table.currentRow() if self.table.state() == QAbstractItemView.State.EditingState else -1
        self._filling = True
        try:
            for index, key in enumerate(self.fields):
                row = by_field[key]
                cells = {VERIFIED: "" if row.verified is None else fmt_number(row.verified),
                         RATIO: self._ratio_text(row), NOTE: row.note}
                for column, text in cells.items():
                    item = self.table.item(index, column)
                    if item is None or (index == editing and column == self.table.currentColumn()):
                        continue
                    item.setText(text)
                    if column == RATIO:
                        item.setBackground(FLAG_BRUSH if row.flagged else QBrush())
        finally:
            self._filling = False
        self._fill_files(reader, year)

    @staticmethod
    def _ratio_text(row: FieldRow) -> str:
        if row.ratio is None:
            return ""
        return f"⚑ {row.ratio:.3f}" if row.flagged else f"{row.ratio:.3f}"

    def _show_verdicts(self, comparison: Comparison, lang: str) -> None:
        self.verdicts.setText(_("结论：按申报值 {declared}；按核实值 {verified}；超出容差 {count} 项").format(
            declared=comparison.declared_verdict.pick(lang), verified=comparison.verified_verdict.pick(lang),
            count=len(comparison.discrepancies)))

    def _fill_files(self, reader: sqlite3.Connection, year: int) -> None:
        self.files.clear()
        for attachment in attachments_of(reader, self.school, year):
            self.files.addItem(f"{attachment.name}  ·  {attachment.size} B  ·  SHA-256 {attachment.sha256[:16]}…")

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() not in (VERIFIED, NOTE):
            return
        school, key, text = self.school, self.fields[item.row()], item.text().strip()
        if item.column() == VERIFIED:
            from jinchang_desktop.inspection.visit import verify_values

            self._submit(lambda ws: verify_values(ws, school, {key: text}))
        else:
            from jinchang_desktop.inspection.visit import set_note

            self._submit(lambda ws: set_note(ws, school, key, text))

    def _mark(self, item: str, status: str) -> None:
        from jinchang_desktop.inspection.visit import mark_check

        school = self.school
        self.context.worker.submit(lambda ws: mark_check(ws, school, item, status), failed=self._failed)

    def current_field(self) -> str:
        row = self.table.currentRow()
        return self.fields[row] if 0 <= row < len(self.fields) else ""

    def choose_attachment(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(self, _("选择附件（照片、台账扫描件）"), str(Path.home()))
        if name:
            self.attach(Path(name))

    def attach(self, path: Path) -> None:
        from jinchang_desktop.inspection.visit import copy_attachment

        school, key = self.school, self.current_field()
        self._submit(lambda ws: copy_attachment(ws, school, path, field=key))

    def choose_report(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(self, _("保存核查记录"), str(Path.home() / f"{self.school}.pdf"),
                                                    _("PDF 文件 (*.pdf)"))
        if name:
            self.write_report(Path(name))

    def write_report(self, out: Path) -> None:
        from jinchang_desktop.inspection.visit import build_visit_report
        from jinchang_desktop.reports.visit_report import write_visit_report

        school = self.school

        def job(ws: Workspace) -> Path:
            write_visit_report(build_visit_report(ws, school), out)
            return out

        self.context.worker.submit(job, failed=self._failed)
