"""What-if (假设推演): change a school's figures, or move teachers, rooms or equipment from one school to another,
in a scenario that never touches the stored data; the CVs, the verdicts and each school's share of each CV are
recomputed by the what-if core (``planning.whatif``) as the amount is typed. Scenarios are saved by name
(``store.scenarios``, through the workspace's writer), shown side by side with the stored state, and deleted.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSignalBlocker, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jinchang_desktop.errors import JcError
from jinchang_desktop.gui.county.compliance_matrix import ComplianceMatrix
from jinchang_desktop.gui.county.dashboard_page import FAIL_COLOUR, OK_COLOUR, small_table
from jinchang_desktop.gui.error_text import error_text
from jinchang_desktop.gui.views.base import ViewContext
from jinchang_desktop.gui.widgets.first_show import RefreshedWhenFirstShown
from jinchang_desktop.i18n import _, language
from jinchang_desktop.planning.whatif import Change, Scenario, WhatIfResult, compare
from jinchang_desktop.reports.dashboard import Dashboard, build_dashboard, county_of, section_name, short_name
from jinchang_desktop.reports.numbers import fmt_number
from jinchang_desktop.standards.fields import field_catalogue
from jinchang_desktop.store.declared import records_for_year
from jinchang_desktop.store.scenarios import delete_scenario, load_scenario, save_scenario, scenario_names

if TYPE_CHECKING:
    from jinchang_desktop.standards.assess import CountySection
    from jinchang_desktop.store.workspace import Workspace

ACTION = "scenario"


def _cv_text(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"


class WhatIfPage(RefreshedWhenFirstShown, QWidget):
    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.dashboard: Dashboard | None = None
        self.problem: JcError | None = None  # why there is no dashboard
        self.changes: list[Change] = []
        self.result: WhatIfResult | None = None
        self.error = ""
        self._filled = False
        self.fields = {k: f for k, f in field_catalogue().fields.items() if f.numeric and f.in_table}

        # the scenarios saved, and what this one changes
        self.saved_box = QGroupBox(self)
        self.saved_list = QListWidget(self.saved_box)
        self.load_button = QPushButton(self.saved_box)
        self.save_button = QPushButton(self.saved_box)
        self.delete_button = QPushButton(self.saved_box)
        self.new_button = QPushButton(self.saved_box)
        saved_buttons = QHBoxLayout()
        for button in (self.load_button, self.save_button, self.delete_button, self.new_button):
            saved_buttons.addWidget(button)
        saved_layout = QVBoxLayout(self.saved_box)
        saved_layout.addWidget(self.saved_list, 1)
        saved_layout.addLayout(saved_buttons)

        self.change_box = QGroupBox(self)
        self.kind_box = QComboBox(self.change_box)
        self.school_box = QComboBox(self.change_box)
        self.field_box = QComboBox(self.change_box)
        self.amount = QDoubleSpinBox(self.change_box)
        self.amount.setRange(0, 1e12)
        self.amount.setDecimals(2)
        self.amount.setKeyboardTracking(True)  # recompute on every keystroke, not only when the field is left
        self.to_box = QComboBox(self.change_box)
        self.add_button = QPushButton(self.change_box)
        self.form = QFormLayout()
        self.kind_label, self.school_label, self.field_label, self.amount_label, self.to_label = (
            QLabel(self.change_box) for _i in range(5))
        self.form.addRow(self.kind_label, self.kind_box)
        self.form.addRow(self.school_label, self.school_box)
        self.form.addRow(self.field_label, self.field_box)
        self.form.addRow(self.amount_label, self.amount)
        self.form.addRow(self.to_label, self.to_box)
        self.change_list = QListWidget(self.change_box)
        self.change_list.setWordWrap(True)
        self.remove_button = QPushButton(self.change_box)
        change_layout = QVBoxLayout(self.change_box)
        change_layout.addLayout(self.form)
        change_layout.addWidget(self.add_button)
        change_layout.addWidget(self.change_list, 1)
        change_layout.addWidget(self.remove_button)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.change_box, 3)
        left_layout.addWidget(self.saved_box, 2)

        # the comparison: stored state and scenario side by side
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.section_box = QComboBox(self)
        self.section_label = QLabel(self)
        self.cv_table = small_table(self)
        self.cv_table.verticalHeader().show()
        self.cv_table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.flips = QLabel(self)
        self.flips.setWordWrap(True)
        self.matrix = ComplianceMatrix(context.info.profile(), self)
        self.shares_box = QComboBox(self)
        right = QWidget(self)
        bar = QHBoxLayout()
        bar.addWidget(self.section_label)
        bar.addWidget(self.section_box)
        bar.addStretch(1)
        bar.addWidget(self.shares_box)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.status)
        right_layout.addLayout(bar)
        right_layout.addWidget(self.cv_table)
        right_layout.addWidget(self.flips)
        right_layout.addWidget(self.matrix, 1)

        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.kind_box.currentIndexChanged.connect(self._form_changed)
        self.school_box.currentIndexChanged.connect(self._form_changed)
        self.field_box.currentIndexChanged.connect(self._form_changed)
        self.to_box.currentIndexChanged.connect(self._recompute)
        self.amount.valueChanged.connect(self._recompute)
        self.add_button.clicked.connect(self.add_pending)
        self.remove_button.clicked.connect(self.remove_selected)
        self.section_box.currentIndexChanged.connect(self._show)
        self.shares_box.currentIndexChanged.connect(self._show)
        self.save_button.clicked.connect(lambda: self.save_as())
        self.load_button.clicked.connect(self._load_selected)
        self.delete_button.clicked.connect(self._delete_selected)
        self.new_button.clicked.connect(self.clear)
        self.saved_list.itemDoubleClicked.connect(lambda _item: self._load_selected())
        self._retranslate()

    # -- reading ------------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """The stored figures, assessed once: every scenario is judged against them."""
        self._filled = True
        info = self.context.info
        records = records_for_year(self.context.reader, info.school_year)
        self.problem = None
        try:
            self.dashboard = build_dashboard(records, info.profile(), county_of(records, info.name))
        except JcError as exc:
            self.dashboard, self.problem = None, exc
            self.status.setText(error_text(exc))
        self._fill_choices()
        self._fill_saved()
        self._recompute()

    def _fill_choices(self) -> None:
        lang = language()
        schools = sorted(self.dashboard.whatif.records.values(), key=lambda r: r.code) if self.dashboard else []
        for box in (self.school_box, self.to_box):
            with QSignalBlocker(box):
                current = box.currentData()
                box.clear()
                for record in schools:
                    box.addItem(f"{record.name}（{record.code}）", record.code)
                if current is not None and box.findData(current) >= 0:
                    box.setCurrentIndex(box.findData(current))
        with QSignalBlocker(self.field_box):
            current = self.field_box.currentData()
            self.field_box.clear()
            for key, spec in self.fields.items():
                label = spec.label_en if lang == "en" else spec.label_zh
                unit = spec.unit_en if lang == "en" else spec.unit_zh
                self.field_box.addItem(f"{label}（{unit}）" if unit else label, key)
            if current is not None and self.field_box.findData(current) >= 0:
                self.field_box.setCurrentIndex(self.field_box.findData(current))
        with QSignalBlocker(self.section_box):
            current = self.section_box.currentData()
            self.section_box.clear()
            for section in (self.dashboard.sections() if self.dashboard else []):
                self.section_box.addItem(section_name(section, lang), section)
            if current is not None and self.section_box.findData(current) >= 0:
                self.section_box.setCurrentIndex(self.section_box.findData(current))
        self._form_changed()

    def _fill_saved(self) -> None:
        self.saved_list.clear()
        self.saved_list.addItems(scenario_names(self.context.reader, self.context.info.school_year))

    # -- the scenario -------------------------------------------------------------------------------------------

    def pending(self) -> Change | None:
        """The change being typed (judged live before it is added), or None when it changes nothing."""
        school, field = self.school_box.currentData(), self.field_box.currentData()
        if school is None or field is None or self.dashboard is None:
            return None
        if self.kind_box.currentIndex() == 0:
            stored = self.dashboard.whatif.records[school].values.get(field)
            if stored is not None and float(stored) == self.amount.value():
                return None
            return Change("set", school, field, self.amount.value())
        if self.amount.value() == 0 or self.to_box.currentData() in (None, school):
            return None
        return Change("move", school, field, self.amount.value(), to=str(self.to_box.currentData()))

    def _form_changed(self, _index: int = 0) -> None:
        moving = self.kind_box.currentIndex() == 1
        self.to_box.setEnabled(moving)
        self.to_label.setEnabled(moving)
        with QSignalBlocker(self.amount):
            school, field = self.school_box.currentData(), self.field_box.currentData()
            stored = 0.0
            if self.dashboard is not None and school is not None and field is not None:
                stored = float(self._current_value(school, field) or 0)
            self.amount.setValue(0.0 if moving else stored)
        self._recompute()

    def _current_value(self, school: str, field: str) -> float | None:
        """The school's figure with the scenario's earlier changes applied (what the clerk sees as "now")."""
        assert self.dashboard is not None
        value = self.dashboard.whatif.records[school].values.get(field)
        for change in self.changes:
            if change.field != field:
                continue
            if change.kind == "set" and change.school == school:
                value = change.value
            elif change.kind == "move" and school in (change.school, change.to):
                value = float(value or 0) + (change.value if school == change.to else -change.value)
        return None if value is None else float(value)

    def current_changes(self) -> list[Change]:
        pending = self.pending()
        return [*self.changes, pending] if pending is not None else list(self.changes)

    def _recompute(self, *_args: object) -> None:
        """Judge the scenario with the change being typed; runs on every keystroke (a few ms on 300 schools)."""
        if self.dashboard is None:
            return
        try:
            self.result = self.dashboard.whatif.evaluate(self.current_changes())
            self.error = ""
        except JcError as exc:  # e.g. moving more than the school has: said, and the last good result stays
            self.error = error_text(exc)
        self._show()

    def add_pending(self) -> None:
        change = self.pending()
        if change is None or self.error:
            return
        self.changes.append(change)
        self._list_changes()
        self._form_changed()

    def remove_selected(self) -> None:
        row = self.change_list.currentRow()
        if 0 <= row < len(self.changes):
            del self.changes[row]
            self._list_changes()
            self._form_changed()

    def clear(self) -> None:
        self.changes = []
        self._list_changes()
        self._form_changed()

    def _list_changes(self) -> None:
        self.change_list.clear()
        for change in self.changes:
            self.change_list.addItem(self.describe(change))
            item = self.change_list.item(self.change_list.count() - 1)
            item.setToolTip(item.text())

    def describe(self, change: Change) -> str:
        assert self.dashboard is not None
        lang = language()
        names = {code: r.name for code, r in self.dashboard.whatif.records.items()}
        spec = self.fields.get(change.field)
        label = (spec.label_en if lang == "en" else spec.label_zh) if spec else change.field
        unit = (spec.unit_en if lang == "en" else spec.unit_zh) if spec else ""
        amount = fmt_number(change.value)
        if change.kind == "set":
            return _("{school}：{field} 改为 {amount} {unit}").format(
                school=names.get(change.school, change.school), field=label, amount=amount, unit=unit)
        return _("{school} → {to}：调出 {amount} {unit}{field}").format(
            school=names.get(change.school, change.school), to=names.get(change.to, change.to), amount=amount,
            unit=unit, field=label)

    # -- showing ------------------------------------------------------------------------------------------------

    def section(self) -> str:
        return str(self.section_box.currentData() or "primary")

    def _show(self, *_args: object) -> None:
        dashboard, result = self.dashboard, self.result
        if dashboard is None or result is None:
            return
        lang = language()
        section = self.section()
        stored = dashboard.stored
        base, now = stored.counties.get(section), result.counties.get(section)
        self._fill_cvs(dashboard, base, now, lang)
        _cvs, flips = compare(stored, result)
        names = {code: r.name for code, r in dashboard.whatif.records.items()}
        met, not_met = _("达标"), _("未达标")
        flip_lines = [_("{school}（{section}）：{before} → {after}").format(
            school=names.get(f.school, f.school), section=section_name(f.section, lang),
            before=met if f.before else not_met, after=met if f.after else not_met) for f in flips]
        self.flips.setText(_("学校结论的变化：{lines}").format(lines="；".join(flip_lines)) if flip_lines
                           else _("没有学校的结论改变。"))
        self.matrix.set_rows(dashboard.rows(section, result), show_shares=self.shares_box.currentIndex() == 1)
        verdict = _("按此方案全县可以通过") if result.all_pass else _("按此方案全县仍不能通过")
        changed = len(result.changed)
        text = _("方案改动 {changes} 项、涉及 {schools} 所学校；{verdict}。存储的数据不变。").format(
            changes=len(self.current_changes()), schools=changed, verdict=verdict)
        if result.problems:
            text += " " + _("注意：{problem}").format(problem=error_text(result.problems[0]))
        if self.error:
            text = self.error
        self.status.setText(text)

    def _fill_cvs(self, dashboard: Dashboard, base: CountySection | None, now: CountySection | None,
                  lang: str) -> None:
        """Stored state and scenario side by side: one column per indicator, rows 现状 / 方案 / 上限."""
        table = self.cv_table
        table.clear()
        indicators = dashboard.indicators
        table.setColumnCount(len(indicators))
        table.setRowCount(3)
        table.setVerticalHeaderLabels([_("现状"), _("方案"), _("上限")])
        for column, indicator in enumerate(indicators):
            name = indicator.name_en if lang == "en" else indicator.name_zh
            head = QTableWidgetItem(short_name(indicator, lang))
            head.setToolTip(name)
            table.setHorizontalHeaderItem(column, head)
            before = base.cv.get(indicator.key) if base else None
            after = now.cv.get(indicator.key) if now else None
            for row, item in enumerate((before, after)):
                ok = item is not None and item.ok
                cell = QTableWidgetItem(f"{'✓' if ok else '✗'} {_cv_text(item.cv if item else None)}")
                cell.setForeground(QBrush(QColor(OK_COLOUR if ok else FAIL_COLOUR)))
                if row == 1 and before is not None and after is not None and before.cv != after.cv:
                    font = cell.font()
                    font.setBold(True)  # what the scenario moved
                    cell.setFont(font)
                cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                cell.setToolTip(name)
                table.setItem(row, column, cell)
            limit = QTableWidgetItem(f"{now.limit:g}" if now else "")
            limit.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            table.setItem(2, column, limit)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        height = table.horizontalHeader().height() + sum(table.rowHeight(r) for r in range(3)) + 2 * table.frameWidth()
        table.setFixedHeight(height)

    # -- saved scenarios (written by the workspace's writer) ----------------------------------------------------

    def save_as(self, name: str | None = None) -> None:
        if name is None:
            current = self.saved_list.currentItem()
            name, ok = QInputDialog.getText(self, _("保存方案"), _("方案名称："),
                                            text=current.text() if current else "")
            if not ok:
                return
        body = Scenario(name.strip(), self.current_changes()).to_json()
        year = self.context.info.school_year

        def run(ws: Workspace) -> None:
            save_scenario(ws.conn, name, year, body, action=ACTION)

        self.context.worker.submit(run, done=lambda _r: self._saved(), failed=self._failed)

    def _saved(self) -> None:
        self._fill_saved()
        self.status.setText(_("方案已保存。"))

    def load(self, name: str) -> None:
        try:
            scenario = Scenario.from_json(load_scenario(self.context.reader, name, self.context.info.school_year))
        except JcError as exc:
            self._failed(exc)
            return
        self.changes = list(scenario.changes)
        self._list_changes()
        self._form_changed()

    def _load_selected(self) -> None:
        item = self.saved_list.currentItem()
        if item is not None:
            self.load(item.text())

    def delete(self, name: str) -> None:
        year = self.context.info.school_year

        def run(ws: Workspace) -> None:
            delete_scenario(ws.conn, name, year, action=ACTION)

        self.context.worker.submit(run, done=lambda _r: self._fill_saved(), failed=self._failed)

    def _delete_selected(self) -> None:
        item = self.saved_list.currentItem()
        if item is not None:
            self.delete(item.text())

    def _failed(self, exc: BaseException) -> None:
        from jinchang_desktop.gui.messages import show_error

        show_error(self.window(), exc)

    # -- language -----------------------------------------------------------------------------------------------

    def _retranslate(self) -> None:
        self.saved_box.setTitle(_("已保存的方案"))
        self.change_box.setTitle(_("本方案的改动"))
        self.load_button.setText(_("打开"))
        self.save_button.setText(_("保存为…"))
        self.delete_button.setText(_("删除"))
        self.new_button.setText(_("清空"))
        self.add_button.setText(_("加入方案"))
        self.remove_button.setText(_("移除所选改动"))
        self.kind_label.setText(_("改动"))
        self.school_label.setText(_("学校"))
        self.field_label.setText(_("数据项"))
        self.amount_label.setText(_("数值"))
        self.to_label.setText(_("调入学校"))
        self.section_label.setText(_("学段"))
        with QSignalBlocker(self.kind_box):
            index = max(self.kind_box.currentIndex(), 0)
            self.kind_box.clear()
            self.kind_box.addItems([_("修改数值"), _("从一校调到另一校")])
            self.kind_box.setCurrentIndex(index)
        with QSignalBlocker(self.shares_box):
            index = max(self.shares_box.currentIndex(), 0)
            self.shares_box.clear()
            self.shares_box.addItems([_("显示：各项指标"), _("显示：对差异系数的贡献")])
            self.shares_box.setCurrentIndex(index)
        self.matrix.retranslate()
        if self._filled:
            self._fill_choices()
            self._list_changes()
            self._recompute()  # its words (and a refusal's) in the new language
            if self.problem is not None:
                self.status.setText(error_text(self.problem))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
