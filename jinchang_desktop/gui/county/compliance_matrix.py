"""The compliance matrix: schools × the seven indicators of one section, as a QTableView on a model.

Each cell says reached (✓, green), at or above 85% (△, amber) or below (✗, red) — a glyph as well as a colour —
and its tooltip gives the value, the threshold and the gap in the clerk's units (the gauges' words,
``reports.gauges``). The same widget shows each school's share of each CV instead (``show_shares``). Sorting and
filtering (school name or code, only failing schools) go through a QSortFilterProxyModel. The county's dashboard,
its what-if page and the city's drill-down all use it.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jinchang_desktop.i18n import _, language
from jinchang_desktop.reports.dashboard import GLYPHS, MatrixRow, share_tooltip, short_name
from jinchang_desktop.reports.gauges import gauge_reading, gauge_state, section_summary
from jinchang_desktop.reports.numbers import fmt_number
from jinchang_desktop.standards.catalogue import Indicator, Profile

STATE_COLOURS = {"reached": "#c8e6c9", "near": "#ffe0b2", "below": "#ffcdd2"}
SORT_ROLE = Qt.ItemDataRole.UserRole
FAILING_ROLE = Qt.ItemDataRole.UserRole + 1
CODE_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex
FIRST = 2  # code, name, then the indicators


class ComplianceModel(QAbstractTableModel):
    def __init__(self, profile: Profile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.profile = profile
        self.indicators: list[Indicator] = list(profile.resource_indicators)
        self.rows: list[MatrixRow] = []
        self.show_shares = False
        self.lang = language()
        self._cache: dict[tuple[int, int, int], Any] = {}

    def set_rows(self, rows: list[MatrixRow], *, show_shares: bool | None = None) -> None:
        """New results. The same schools in the same order (a what-if keystroke) only change the cells' data:
        the view keeps its sorting, filter and selection, and nothing is laid out again."""
        lang = language()
        mode = self.show_shares if show_shares is None else show_shares
        same = ([r.code for r in rows] == [r.code for r in self.rows] and lang == self.lang
                and mode == self.show_shares and bool(rows))
        if not same:
            self.beginResetModel()
        self.rows = rows
        self.lang = lang
        self.show_shares = mode
        self._cache = {}
        if same:
            self.dataChanged.emit(self.index(0, FIRST), self.index(len(rows) - 1, self.columnCount() - 1))
        else:
            self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else FIRST + len(self.indicators) + 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        en = self.lang == "en"
        if role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return _("学校标识码")
            if section == 1:
                return _("学校")
            if section < FIRST + len(self.indicators):
                return short_name(self.indicators[section - FIRST], self.lang)
            return _("结论")
        if role == Qt.ItemDataRole.ToolTipRole and FIRST <= section < FIRST + len(self.indicators):
            indicator = self.indicators[section - FIRST]
            return indicator.name_en if en else indicator.name_zh
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Each cell's answer is worked out once per result (the view asks for the same roles many times)."""
        if not index.isValid():
            return None
        key = (index.row(), index.column(), role)
        try:
            return self._cache[key]
        except KeyError:
            pass
        value = self._data(index.row(), index.column(), role)
        self._cache[key] = value
        return value

    def _data(self, row_number: int, column: int, role: int) -> Any:
        row = self.rows[row_number]
        if role == FAILING_ROLE:
            return not row.result.compliant
        if role == CODE_ROLE:
            return row.code
        if column == 0:
            return row.code if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE) else None
        if column == 1:
            return row.name if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE, Qt.ItemDataRole.ToolTipRole) \
                else None
        if column == FIRST + len(self.indicators):
            return self._verdict(row, role)
        indicator = self.indicators[column - FIRST]
        result = row.result.indicators.get(indicator.key)
        if result is None:
            return None
        if self.show_shares:
            share = row.shares.get(indicator.key, 0.0)
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{share * 100:.1f}%"
            if role == SORT_ROLE:
                return share
            if role == Qt.ItemDataRole.ToolTipRole:
                return share_tooltip(indicator, row.name, share, self.lang)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        state = gauge_state(result).value
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{GLYPHS[state]} {fmt_number(result.value)}"
        if role == SORT_ROLE:  # how far along to the threshold: the weakest first when sorted ascending
            threshold = float(result.threshold)
            return result.value / threshold if threshold > 0 else 0.0
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(STATE_COLOURS[state]))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#212121"))
        if role == Qt.ItemDataRole.ToolTipRole:
            return gauge_reading(indicator, result, lang=self.lang, floor_ratio=float(self.profile.floor_ratio)).tooltip
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _verdict(self, row: MatrixRow, role: int) -> Any:
        ok = row.result.compliant
        if role == Qt.ItemDataRole.DisplayRole:
            return _("✓ 达标") if ok else _("✗ 未达标")
        if role == SORT_ROLE:
            return (1 if ok else 0, row.result.reached)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#1b5e20" if ok else "#b71c1c"))
        if role == Qt.ItemDataRole.ToolTipRole:
            return section_summary(row.result, min_reached=self.profile.min_reached,
                                   floor_ratio=float(self.profile.floor_ratio), lang=self.lang)
        return None


class MatrixFilter(QSortFilterProxyModel):
    """Sorts by each cell's value (not its text), keeps the rows whose code or name holds the text, and only the
    failing schools when asked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = ""
        self.only_failing = False
        self.setSortRole(SORT_ROLE)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self.text = text.strip().casefold()
        self.endFilterChange()

    def set_only_failing(self, only: bool) -> None:
        self.beginFilterChange()
        self.only_failing = only
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if self.only_failing and not model.data(model.index(source_row, 0, source_parent), FAILING_ROLE):
            return False
        if self.text:
            code = str(model.data(model.index(source_row, 0, source_parent)))
            name = str(model.data(model.index(source_row, 1, source_parent)))
            return self.text in code.casefold() or self.text in name.casefold()
        return True

    def lessThan(self, left: Index, right: Index) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)


class ComplianceMatrix(QWidget):
    """The matrix with its filter line: type part of a school's name, or keep only the failing ones."""

    school_activated = Signal(str)  # a school's code, on double-click or Enter

    def __init__(self, profile: Profile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ComplianceModel(profile, self)
        self.proxy = MatrixFilter(self)
        self.proxy.setSourceModel(self.model)
        self.filter_edit = QLineEdit(self)
        self.failing_box = QCheckBox(self)
        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.setAlternatingRowColors(False)
        # Fixed widths measured once from the text the cells can hold: sizing to contents would ask every cell
        # again on each what-if keystroke. The name takes the room left.
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(40)
        line = QHBoxLayout()
        line.addWidget(self.filter_edit, 1)
        line.addWidget(self.failing_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(line)
        layout.addWidget(self.view, 1)
        self.filter_edit.textChanged.connect(self.proxy.set_text)
        self.failing_box.toggled.connect(self.proxy.set_only_failing)
        self.view.doubleClicked.connect(self._activated)
        self.view.activated.connect(self._activated)
        self.retranslate()

    def retranslate(self) -> None:
        self.filter_edit.setPlaceholderText(_("按学校名称或标识码筛选…"))
        self.failing_box.setText(_("只看未达标的学校"))
        if self.model.lang != language():
            self.model.set_rows(self.model.rows)  # the heads and cells in the new language

    def set_rows(self, rows: list[MatrixRow], *, show_shares: bool | None = None) -> None:
        reset = [r.code for r in rows] != [r.code for r in self.model.rows]
        self.model.set_rows(rows, show_shares=show_shares)
        if reset:
            self._size_columns()

    def _size_columns(self) -> None:
        metrics = self.view.fontMetrics()
        header = self.view.horizontalHeader()
        pad = metrics.horizontalAdvance("M") + 6
        model = self.model
        rows = range(model.rowCount())
        for column in range(model.columnCount()):
            if column == 1:
                continue
            head = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            widest = max((metrics.horizontalAdvance(str(model.data(model.index(r, column)) or "")) for r in rows),
                         default=0)
            header.resizeSection(column, max(metrics.horizontalAdvance(head) + pad + 8, widest + pad))

    def _activated(self, index: QModelIndex) -> None:
        code = index.data(CODE_ROLE)
        if code:
            self.school_activated.emit(str(code))
