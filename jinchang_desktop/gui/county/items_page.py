"""The county-wide items (县域指标): each item with its value (a number, or 是/否) and an evidence note, stored
through the core (which checks it and audits it), and the whole scorecard beside them: met, not met or no data,
veto items first. A value the core refuses is named beside its field in the core's words; nothing is stored."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jinchang_desktop.gui.views.base import ViewContext
from jinchang_desktop.gui.views.holders import LEVEL_COLOURS
from jinchang_desktop.gui.widgets.first_show import RefreshedWhenFirstShown
from jinchang_desktop.i18n import N_, _, language

if TYPE_CHECKING:
    from jinchang_desktop.errors import JcError
    from jinchang_desktop.reports.county_items import ScoreRow
    from jinchang_desktop.store.workspace import Workspace

STATUS = {"met": ("ok", N_("达标")), "not_met": ("fail", N_("未达标")), "no_data": ("none", N_("无数据"))}


def _read(ws: Workspace) -> tuple[list[ScoreRow], dict[str, Any], dict[str, str]]:
    """On the worker: the scorecard, the declared values and their notes."""
    from jinchang_desktop.commands.workspace_assess import assess_open_workspace
    from jinchang_desktop.exchange.ws_profile import workspace_profile
    from jinchang_desktop.reports.county_items import (
        county_item_notes,
        county_item_values,
        county_scorecard,
        own_county,
    )

    profile = workspace_profile(ws)
    values = county_item_values(ws)
    assessment = assess_open_workspace(ws, profile, require_data=False)
    return county_scorecard(profile, values, assessment, own_county(ws)), values, county_item_notes(ws)


class CountyItemsPage(RefreshedWhenFirstShown, QWidget):
    data_changed = Signal()
    loaded = Signal()  # the form and the scorecard show the store (after a refresh or a save)
    answered = Signal(str, bool)  # key, stored: a save came back

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.values: dict[str, QLineEdit] = {}
        self.notes: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        self._names: dict[str, QLabel] = {}
        self._saves: dict[str, QPushButton] = {}
        self._headings: list[QLabel] = []
        self._refusals: dict[str, JcError] = {}  # shown beside their fields, said again in a new language
        self._rows: list[ScoreRow] = []
        self._filled = False
        layout = QVBoxLayout(self)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        splitter = QSplitter(self)
        scroll = QScrollArea(splitter)
        scroll.setWidgetResizable(True)
        form = QWidget()
        self.grid = QGridLayout(form)
        scroll.setWidget(form)
        self.scorecard = QTableWidget(0, 4, splitter)
        self.scorecard.setObjectName("scorecard")
        self.scorecard.verticalHeader().hide()
        header = self.scorecard.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([600, 400])  # the form, where the work is, gets more of the width
        layout.addWidget(splitter, 1)
        self._build_form()
        self._retranslate()

    def _build_form(self) -> None:
        from jinchang_desktop.standards.county_items import all_item_keys

        grid = self.grid
        for column in range(4):
            heading = QLabel()
            self._headings.append(heading)
            grid.addWidget(heading, 0, column)
        self._indicators = all_item_keys(self.context.info.profile())
        for row, key in enumerate(self._indicators, start=1):
            label = QLabel()
            label.setWordWrap(True)
            value = QLineEdit()
            value.setObjectName(f"value:{key}")
            value.setMinimumWidth(value.fontMetrics().horizontalAdvance("0000000.00"))
            note = QLineEdit()
            note.setObjectName(f"note:{key}")
            note.setMinimumWidth(note.fontMetrics().horizontalAdvance("佐证材料佐证材料佐证"))
            save = QPushButton()
            save.clicked.connect(lambda _checked=False, k=key: self.save(k))
            error = QLabel()
            error.setWordWrap(True)
            error.setStyleSheet(f"color: {LEVEL_COLOURS['fail']}")
            error.hide()
            grid.addWidget(label, 2 * row - 1, 0)
            grid.addWidget(value, 2 * row - 1, 1)
            grid.addWidget(note, 2 * row - 1, 2)
            grid.addWidget(save, 2 * row - 1, 3)
            grid.addWidget(error, 2 * row, 1, 1, 3)
            self.values[key], self.notes[key], self.errors[key] = value, note, error
            self._names[key], self._saves[key] = label, save
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(2, 2)
        grid.setRowStretch(2 * len(self.values) + 1, 1)

    def _retranslate(self) -> None:
        from jinchang_desktop.gui.error_text import error_text

        lang = language()
        self.hint.setText(_("县域指标由县区填写：数值或“是/否”，并写明佐证材料。每次保存都记入日志；"
                            "超出范围的值不会保存，原因显示在该项旁边。"))
        for heading, text in zip(self._headings, (_("县域指标"), _("值"), _("佐证说明"), ""), strict=True):
            heading.setText(f"<b>{text}</b>" if text else "")
        for key, indicator in self._indicators.items():
            name = indicator.name_en if lang == "en" else indicator.name_zh
            if "." in key:
                section = key.rsplit(".", 1)[1]
                name += _("（小学）") if section == "primary" else _("（初中）")
            self._names[key].setText(name)
            unit = indicator.unit_en if lang == "en" else indicator.unit_zh
            self.values[key].setPlaceholderText(_("是 / 否") if indicator.direction == "qualitative" else unit)
            self._saves[key].setText(_("保存"))
        self.scorecard.setHorizontalHeaderLabels([_("指标"), _("值"), _("标准"), _("结论")])
        self._fill_scorecard(self._rows)
        for key, exc in self._refusals.items():
            self.errors[key].setText(error_text(exc))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        from jinchang_desktop.gui.jobs import run_job, simple

        self._filled = True
        run_job(self.window(), self.context.worker, simple(_read), _("正在读取县域指标…"),
                done=self._show, failed=self._failed)

    def _show(self, result: tuple[list[ScoreRow], dict[str, Any], dict[str, str]]) -> None:
        rows, values, notes = result
        for key, box in self.values.items():
            value = values.get(key)
            if isinstance(value, bool):
                box.setText("是" if value else "否")  # what the core reads, in either language
            elif value is not None:
                box.setText(f"{value:g}")
            self.notes[key].setText(notes.get(key, ""))
        self._fill_scorecard(rows)
        self.loaded.emit()

    def _fill_scorecard(self, rows: list[ScoreRow]) -> None:
        self._rows = rows
        lang = language()
        table = self.scorecard
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            level, status = STATUS.get(row.status, ("none", row.status))
            name = row.name_en if lang == "en" else row.name_zh
            if row.veto:
                name = _("【一票否决】") + name
            cells = [name, self._value_text(row.value), self._value_text(row.threshold),
                     _(status) if row.status in STATUS else status]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 3:
                    item.setForeground(QBrush(QColor(LEVEL_COLOURS[level])))
                table.setItem(r, column, item)

    def _value_text(self, value: Any) -> str:
        if value is None:
            return ""
        if isinstance(value, bool):
            return _("是") if value else _("否")
        if isinstance(value, (int, float)):
            return f"{value:g}"
        return str(value)

    def _failed(self, exc: BaseException) -> None:
        from jinchang_desktop.gui.messages import show_error

        show_error(self.window(), exc)

    def save(self, key: str) -> None:
        """Store one item and its note through the core; a refusal is shown beside the field."""
        from jinchang_desktop.gui.jobs import run_job, simple
        from jinchang_desktop.reports.county_items import set_county_items_text

        text = self.values[key].text().strip()
        note = self.notes[key].text()

        def store(ws: Workspace) -> None:
            set_county_items_text(ws, [f"{key}={text}"], note=note, action="county-items")

        run_job(self.window(), self.context.worker, simple(store), _("正在保存…"),
                done=lambda _r: self._saved(key), failed=lambda exc: self._refused(key, exc))

    def _saved(self, key: str) -> None:
        self._refusals.pop(key, None)
        self.errors[key].hide()
        self.answered.emit(key, True)
        self.data_changed.emit()
        self.refresh()

    def _refused(self, key: str, exc: BaseException) -> None:
        from jinchang_desktop.errors import JcError
        from jinchang_desktop.gui.error_text import error_text

        if not isinstance(exc, JcError):
            self._failed(exc)
            return
        self._refusals[key] = exc
        self.errors[key].setText(error_text(exc))
        self.errors[key].show()
        self.answered.emit(key, False)
