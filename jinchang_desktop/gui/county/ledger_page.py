"""The county's 问题台账 page: the ledger as a filterable table (overdue first), each item's plan (measures, owner,
deadline), 销号 with a note, an item added by hand, the 一校一策 page per school, the countdown to the next
milestone, and the export to Excel.

Every rule is the core's: the page sends the person's words to ``ledger.book`` on the database worker and shows
the core's answer (a refused deadline or closing shows the core's reason, and nothing changes).
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from jinchang_desktop.gui.county.ledger_model import ITEM_ROLE, LedgerFilter, LedgerModel, section_text, status_text
from jinchang_desktop.gui.county.ledger_reading import LedgerReadingPage
from jinchang_desktop.gui.views.base import ViewContext
from jinchang_desktop.i18n import _, pick

if TYPE_CHECKING:
    from jinchang_desktop.gui.county.ledger_data import LedgerDocument


def countdown_text(document: LedgerDocument) -> str:
    """The countdown to the next milestone (时间倒排), or why there is none."""
    if document.milestone is None:
        return _("本评估标准没有验收节点，整改期限可任意设定。")
    zh, en, on, days = document.milestone
    if days < 0:
        return _("{name}（{date}）已过 {days} 天").format(
            name=pick(zh, en), date=on, days=-days)
    return _("距{name}（{date}）还有 {days} 天").format(
        name=pick(zh, en), date=on, days=days)


def counts_text(counts: dict[str, Any]) -> str:
    status = counts["status"]
    text = _("未整改 {open} · 可销号 {ready} · 已销号 {closed} · 逾期 {overdue}")
    return text.format(
        open=status["open"], ready=status["ready"], closed=status["closed"], overdue=counts["overdue"])


class LedgerPage(LedgerReadingPage):
    written = Signal(bool)  # a plan, closing or new item was sent: True when the core accepted it

    def __init__(self, context: ViewContext, parent: QWidget | None = None, *, embedded: bool = False) -> None:
        super().__init__(context, parent)
        self.setObjectName("ledgerPage")
        self.city = context.info.role == "city"  # a city reads its counties' items and changes none
        self.embedded = embedded  # inside the city's page, which shows the countdown and the export itself
        self.current: dict[str, Any] | None = None
        self.export_job: Any = None
        self._build()
        self.refresh()

    # -- building ----------------------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.countdownLabel = QLabel(self)
        self.countdownLabel.setObjectName("countdownLabel")
        self.countdownLabel.setStyleSheet("font-weight: bold;")
        self.countsLabel = QLabel(self)
        self.addButton = QPushButton(self)
        self.addButton.clicked.connect(self.open_add_dialog)
        self.exportButton = QPushButton(self)
        self.exportButton.clicked.connect(lambda: self.export_excel())
        top.addWidget(self.countdownLabel)
        top.addSpacing(16)
        top.addWidget(self.countsLabel, 1)
        top.addWidget(self.addButton)
        top.addWidget(self.exportButton)
        layout.addLayout(top)
        for widget in (self.countdownLabel, self.countsLabel, self.exportButton):
            widget.setVisible(not self.embedded)
        self.addButton.setVisible(not self.city)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._list_tab(), "")
        self.tabs.addTab(self._schools_tab(), "")
        self.tabs.setTabVisible(1, not self.city)  # 一校一策 is the county's plan
        self.tabs.tabBar().setVisible(not self.city)
        layout.addWidget(self.tabs, 1)
        self._retranslate()

    def _list_tab(self) -> QWidget:
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        filters = QHBoxLayout()
        self.filters: dict[str, QComboBox] = {}
        self.filterLabels: dict[str, QLabel] = {}
        for key in ("county",) * self.city + ("school_code", "indicator", "owner", "status"):
            label = QLabel(tab)
            combo = QComboBox(tab)
            combo.setObjectName(f"filter_{key}")
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
            label.setBuddy(combo)
            combo.currentIndexChanged.connect(lambda _i, k=key, c=combo: self.proxy.set_filter(k, c.currentData()))
            filters.addWidget(label)
            filters.addWidget(combo, 1)
            self.filters[key] = combo
            self.filterLabels[key] = label
        self.overdueOnly = QCheckBox(tab)
        self.overdueOnly.toggled.connect(lambda on: self.proxy.set_overdue_only(on))
        filters.addWidget(self.overdueOnly)
        layout.addLayout(filters)
        body = QHBoxLayout()
        self.model = LedgerModel(self)
        self.proxy = LedgerFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(tab)
        self.table.setObjectName("ledgerTable")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # the ledger's order: overdue first
        self.table.selectionModel().currentRowChanged.connect(lambda *_args: self._select())
        body.addWidget(self.table, 1)
        body.addWidget(self._plan_panel(tab))
        layout.addLayout(body, 1)
        return tab

    def _plan_panel(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(parent)
        self.planBox = box
        box.setFixedWidth(340)
        layout = QVBoxLayout(box)
        self.itemLabel = QLabel(box)
        self.itemLabel.setWordWrap(True)
        self.itemLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.itemLabel)
        form = QFormLayout()
        self.measuresEdit = QPlainTextEdit(box)
        self.measuresEdit.setObjectName("measuresEdit")
        self.measuresEdit.setTabChangesFocus(True)
        self.measuresEdit.setMaximumHeight(90)
        self.ownerEdit = QComboBox(box)
        self.ownerEdit.setObjectName("ownerEdit")
        self.ownerEdit.setEditable(True)
        self.dueEdit = QLineEdit(box)
        self.dueEdit.setObjectName("dueEdit")
        self.dueEdit.setPlaceholderText("YYYY-MM-DD")
        self.measuresLabel, self.ownerLabel, self.dueLabel = QLabel(box), QLabel(box), QLabel(box)
        form.addRow(self.measuresLabel, self.measuresEdit)
        form.addRow(self.ownerLabel, self.ownerEdit)
        form.addRow(self.dueLabel, self.dueEdit)
        layout.addLayout(form)
        self.saveButton = QPushButton(box)
        self.saveButton.setObjectName("savePlanButton")
        self.saveButton.clicked.connect(self.save_plan)
        layout.addWidget(self.saveButton)
        self.noteLabel = QLabel(box)
        self.noteEdit = QLineEdit(box)
        self.noteEdit.setObjectName("noteEdit")
        self.noteLabel.setBuddy(self.noteEdit)
        self.closeButton = QPushButton(box)
        self.closeButton.setObjectName("closeItemButton")
        self.closeButton.clicked.connect(self.close_item)
        layout.addWidget(self.noteLabel)
        layout.addWidget(self.noteEdit)
        layout.addWidget(self.closeButton)
        for widget in (self.measuresEdit, self.ownerEdit, self.dueEdit, self.saveButton, self.noteLabel,
                       self.noteEdit, self.closeButton, self.measuresLabel, self.ownerLabel, self.dueLabel):
            widget.setVisible(not self.city)
        self.messageLabel = QLabel(box)
        self.messageLabel.setObjectName("messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.messageLabel)
        layout.addStretch(1)
        self._set_editable(False)
        return box

    def _schools_tab(self) -> QWidget:
        tab = QWidget(self)
        layout = QHBoxLayout(tab)
        self.schoolTable = QTableWidget(tab)
        self.schoolTable.setObjectName("schoolTable")
        self.schoolTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.schoolTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.schoolTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.schoolTable.verticalHeader().hide()
        self.schoolTable.currentCellChanged.connect(lambda *_args: self._show_school())
        self.schoolItems = QTableWidget(tab)
        self.schoolItems.setObjectName("schoolItems")
        self.schoolItems.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.schoolItems.verticalHeader().hide()
        right = QVBoxLayout()
        self.schoolHeading = QLabel(tab)
        self.schoolHeading.setWordWrap(True)
        self.schoolHeading.setStyleSheet("font-weight: bold;")
        right.addWidget(self.schoolHeading)
        right.addWidget(self.schoolItems, 1)
        layout.addWidget(self.schoolTable, 2)
        layout.addLayout(right, 3)
        return tab

    def _retranslate(self) -> None:
        self.addButton.setText(_("新增问题…"))
        self.exportButton.setText(_("导出 Excel…"))
        self.tabs.setTabText(0, _("问题清单"))
        self.tabs.setTabText(1, _("一校一策"))
        for key, text in (("school_code", _("学校(&S)")), ("indicator", _("指标(&I)")),
                          ("owner", _("责任单位(&O)")), ("status", _("状态(&T)")),
                          ("county", _("县区(&C)"))):
            if key in self.filterLabels:
                self.filterLabels[key].setText(text)
        self.overdueOnly.setText(_("只看逾期"))
        self.planBox.setTitle(_("问题详情") if self.city else _("整改计划与销号"))
        self.measuresLabel.setText(_("整改措施"))
        self.ownerLabel.setText(_("责任单位"))
        self.dueLabel.setText(_("整改期限"))
        self.saveButton.setText(_("保存计划"))
        self.noteLabel.setText(_("销号说明(&N)"))
        self.closeButton.setText(_("销号"))
        if self.document is not None:
            self._show(self.document)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    # -- reading -----------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the ledger again on the worker (refreshed from the data first), then show it."""
        self.read_ledger(_("正在读取问题台账…"))

    def _show(self, document: LedgerDocument) -> None:
        self.countdownLabel.setText(countdown_text(document))
        self.countsLabel.setText(counts_text(document.counts))
        selected = self.current["id"] if self.current else None
        self.model.fill(document.items, document.school_names, document.indicator_names,
                        city=document.role == "city")
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.resizeColumnsToContents()
        problem = 7 if document.role == "city" else 6  # the problem's words and the measures may be long
        for column, width in ((problem - 1, 200), (problem, 320), (self.model.columnCount() - 1, 200)):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), width))
        self._fill_filters(document)
        self._fill_schools(document)
        self._select_id(selected)
        self.ownerEdit.clear()
        self.ownerEdit.addItems(document.departments)
        self._select()

    def _fill_filters(self, document: LedgerDocument) -> None:
        items = document.items
        names = document.school_names
        choices: dict[str, list[tuple[str, str]]] = {
            "school_code": sorted({(i["school_code"], f"{i['school_code']} {names.get(i['school_code'], '')}")
                                   for i in items if i.get("school_code")}),
            "indicator": sorted({(i["indicator"], pick(*document.indicator_names[i["indicator"]])
                                  if i["indicator"] in document.indicator_names else i["indicator"])
                                 for i in items if i.get("indicator")}, key=lambda p: p[1]),
            "owner": sorted({(i["owner"], i["owner"]) for i in items if i.get("owner")}),
            "status": [(s, status_text(s)) for s in ("open", "ready", "closed")],
            "county": sorted({(i["county"], i["county"]) for i in items if i.get("county")}),
        }
        wanted = {}
        for key, combo in self.filters.items():
            keep = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(_("全部"), "")
            for value, text in choices[key]:
                combo.addItem(text.strip(), value)
            index = combo.findData(keep) if keep else 0
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)
            wanted[key] = combo.currentData() or ""
        self.proxy.set_filters(wanted)

    def set_filter(self, key: str, value: str) -> None:
        """Choose ``value`` in the filter ``key`` (school_code, indicator, owner, status); "" for all."""
        combo = self.filters[key]
        combo.setCurrentIndex(max(combo.findData(value), 0))

    def visible_items(self) -> list[dict[str, Any]]:
        return [self.proxy.index(r, 0).data(ITEM_ROLE) for r in range(self.proxy.rowCount())]

    # -- one item ----------------------------------------------------------------------------------------------

    def _select_id(self, item_id: Any) -> None:
        for row, entry in enumerate(self.visible_items()):
            if item_id is not None and entry["id"] == item_id:
                self.table.selectRow(row)
                return
        self.table.clearSelection()

    def select_item(self, item_id: Any) -> None:
        self._select_id(item_id)
        self._select()

    def _select(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        entry = self.visible_items()[rows[0].row()] if rows else None
        self.current = entry
        if entry is None:
            self.itemLabel.setText(_("在表中选择一项，查看并填写整改计划。"))
            self._set_editable(False)
            return
        text = _("第 {id} 项 · {status}{overdue}\n{text}").format(
            id=entry["id"], status=status_text(entry["status"]), text=entry.get("text") or "",
            overdue=_(" · ⚠ 逾期") if entry.get("overdue") else "")
        if self.city:
            text += "\n\n" + _("责任单位：{owner}\n整改期限：{due}\n整改措施：{measures}").format(
                owner=entry.get("owner") or "—", due=entry.get("due") or "—", measures=entry.get("measures") or "—")
            if entry.get("close_note"):
                text += "\n" + _("销号说明：{note}").format(note=entry["close_note"])
        self.itemLabel.setText(text)
        self.measuresEdit.setPlainText(entry.get("measures") or "")
        self.ownerEdit.setCurrentText(entry.get("owner") or "")
        self.dueEdit.setText(entry.get("due") or "")
        self._set_editable(self.document is not None and self.document.role != "city")
        self.closeButton.setEnabled(self.closeButton.isEnabled() and entry["status"] != "closed")

    def _set_editable(self, on: bool) -> None:
        for widget in (self.measuresEdit, self.ownerEdit, self.dueEdit, self.saveButton, self.noteEdit,
                       self.closeButton):
            widget.setEnabled(on)

    def _say(self, text: str, ok: bool) -> None:
        self.messageLabel.setStyleSheet("color: #1b5e20;" if ok else "color: #b71c1c;")
        self.messageLabel.setText(("✓ " if ok else "✗ ") + text)

    def _submit(self, job: Any, success: str) -> None:
        from jinchang_desktop.gui.county.ledger_data import refusal_text

        def done(_result: object) -> None:
            self._say(success, True)
            self.written.emit(True)
            self.refresh()

        def failed(exc: BaseException) -> None:
            self._say(refusal_text(exc), False)
            self.written.emit(False)

        self.context.worker.submit(job, done=done, failed=failed)

    def save_plan(self) -> None:
        """Send what changed of the plan; the core refuses a deadline after the milestone (its words shown)."""
        from jinchang_desktop.gui.county.ledger_data import set_plan

        entry = self.current
        if entry is None:
            return
        measures = self.measuresEdit.toPlainText().strip()
        owner = self.ownerEdit.currentText().strip()
        due = self.dueEdit.text().strip()
        changes = {"measures": measures if measures != (entry.get("measures") or "") else None,
                   "owner": owner if owner != (entry.get("owner") or "") else None,
                   "due": due if due != (entry.get("due") or "") else None}
        if all(v is None for v in changes.values()):
            self._say(_("计划没有改动。"), True)
            return
        self._submit(set_plan(entry["id"], **changes), _("第 {id} 项的整改计划已保存。").format(id=entry["id"]))

    def close_item(self) -> None:
        """销号 with the note: the core reads the data again and refuses while the figures fall short."""
        from jinchang_desktop.gui.county.ledger_data import close

        entry = self.current
        if entry is None:
            return
        self._submit(close(entry["id"], self.noteEdit.text()),
                     _("第 {id} 项已销号。").format(id=entry["id"]))
        self.noteEdit.clear()

    # -- adding ------------------------------------------------------------------------------------------------

    def open_add_dialog(self) -> QWidget:
        from jinchang_desktop.gui.county.ledger_add import AddItemDialog

        assert self.document is not None
        dialog = AddItemDialog(self.context, self.document, self.window())
        dialog.added.connect(lambda _id: self.refresh())
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    # -- 一校一策 -----------------------------------------------------------------------------------------------

    def _fill_schools(self, document: LedgerDocument) -> None:
        table = self.schoolTable
        headers = [_("学校"), _("未整改"), _("可销号"), _("已销号"), _("逾期"),
                   _("预计费用（元）"), _("最近期限")]
        table.setRowCount(0)
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(document.schools))
        for row, (code, page) in enumerate(document.schools.items()):
            cells = [f"{code} {document.school_names.get(code, '')}", str(page["open"]), str(page["ready"]),
                     str(page["closed"]), str(page["overdue"]), f"{page['cost']:,.0f}", page["next_due"] or "—"]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, code)
                if column:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(row, column, cell)
        table.resizeColumnsToContents()
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        if document.schools:
            table.selectRow(0)
        self._show_school()

    def show_school(self, code: str) -> None:
        for row in range(self.schoolTable.rowCount()):
            if self.schoolTable.item(row, 0).data(Qt.ItemDataRole.UserRole) == code:
                self.schoolTable.selectRow(row)
                return

    def _show_school(self) -> None:
        document = self.document
        row = self.schoolTable.currentRow()
        table = self.schoolItems
        headers = [_("编号"), _("状态"), _("学段"), _("问题"), _("整改措施"),
                   _("责任单位"), _("整改期限")]
        table.setRowCount(0)
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        if document is None or row < 0 or self.schoolTable.item(row, 0) is None:
            self.schoolHeading.setText(_("没有需要整改的学校。") if document else "")
            return
        code = self.schoolTable.item(row, 0).data(Qt.ItemDataRole.UserRole)
        page = document.schools[code]
        heading = _("一校一策：{school} · {counts} · 预计费用 {cost:,.0f} 元 · 最近期限 {due}")
        self.schoolHeading.setText(heading.format(
            school=f"{code} {document.school_names.get(code, '')}", cost=page["cost"], due=page["next_due"] or "—",
            counts=counts_text({"status": page, "overdue": page["overdue"]})))
        by_id = {i["id"]: i for i in document.items}
        entries = [by_id[i] for i in page["items"] if i in by_id]
        table.setRowCount(len(entries))
        for r, entry in enumerate(entries):
            late = _(" ⚠ 逾期") if entry.get("overdue") else ""
            cells = [str(entry["id"]), status_text(entry["status"]) + late, section_text(entry.get("section")),
                     entry.get("text") or "", entry.get("measures") or "", entry.get("owner") or "",
                     entry.get("due") or ""]
            for column, text in enumerate(cells):
                table.setItem(r, column, QTableWidgetItem(text))
        table.resizeColumnsToContents()
        table.setColumnWidth(3, min(table.columnWidth(3), 360))

    # -- Excel -------------------------------------------------------------------------------------------------

    def export_excel(self, out: Path | None = None) -> Any:
        """Write the ledger to a new .xlsx as a job; an existing file is never overwritten."""
        from jinchang_desktop.gui.county.ledger_data import export_job
        from jinchang_desktop.gui.error_text import error_text
        from jinchang_desktop.gui.jobs import run_job

        if self.export_job is not None:
            return None
        if out is None:
            from PySide6.QtWidgets import QFileDialog

            suggested = Path.home() / f"{self.context.info.code}-问题台账.xlsx"
            name, _filter = QFileDialog.getSaveFileName(self, _("导出问题台账"), str(suggested),
                                                        "Excel (*.xlsx)",
                                                        options=QFileDialog.Option.DontConfirmOverwrite)
            if not name:
                return None
            out = Path(name)
        target = out

        def done(sheets: int) -> None:
            self.export_job = None
            self._say(_("问题台账已导出：{path}（{sheets} 张工作表）").format(path=target, sheets=sheets), True)
            self.written.emit(True)

        def failed(exc: BaseException) -> None:
            self.export_job = None
            self._say(error_text(exc), False)
            self.written.emit(False)

        self.export_job = run_job(self.window(), self.context.worker, export_job(target),
                                  _("正在导出问题台账…"), done=done, failed=failed)
        return self.export_job
