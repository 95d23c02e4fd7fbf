"""The ledger's items as a Qt model, and the filter the page puts in front of it.

Each row is one item as the core gives it (``item_json``). Status and overdue are written as words with a mark
(never by colour alone); the colour only repeats them.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel

from jinchang_desktop.i18n import _, pick

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1  # the item's dict, on column 0
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
STATUS_ORDER = {"open": 0, "ready": 1, "closed": 2}
COLOURS = {"open": "#b71c1c", "ready": "#1b5e20", "closed": "#616161"}


def status_text(status: str) -> str:
    """The status in words with a mark of its own (the colour only repeats it)."""
    if status == "open":
        return _("✗ 未整改")
    if status == "ready":
        return _("◎ 可销号")
    return _("✓ 已销号")


def section_text(section: str | None) -> str:
    if section == "primary":
        return _("小学")
    if section == "junior":
        return _("初中")
    return ""


def overdue_text() -> str:
    return _("⚠ 逾期")


def ordered(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Overdue first, then open before ready before closed, then the earliest deadline."""
    return sorted(items, key=lambda i: (not i.get("overdue"), STATUS_ORDER[i["status"]], i.get("due") or "9999",
                                        i.get("county") or "", str(i["id"]).rjust(12)))


def gap_text(entry: dict[str, Any]) -> str:
    gap = entry.get("gap")
    if gap is None:
        return ""
    return f"{gap:g} {entry.get('gap_unit') or ''}".strip()


class LedgerModel(QStandardItemModel):
    """Columns: id, status, overdue, school, section, indicator, problem, gap, owner, due, measures."""

    def headers(self, city: bool) -> list[str]:
        first = [_("编号"), _("状态"), _("逾期")]
        where = [_("县区")] if city else []
        return [*first, *where, _("学校"), _("学段"), _("指标"), _("问题"), _("差距"), _("责任单位"), _("整改期限"),
                _("整改措施")]

    def fill(self, items: list[dict[str, Any]], school_names: dict[str, str],
             indicator_names: dict[str, tuple[str, str]], *, city: bool = False) -> None:
        self.clear()
        self.setHorizontalHeaderLabels(self.headers(city))
        for rank, entry in enumerate(ordered(items)):
            code = entry.get("school_code") or ""
            name = school_names.get(code, "")
            indicator = entry.get("indicator") or ""
            label = pick(*indicator_names[indicator]) if indicator in indicator_names else indicator
            cells = [str(entry["id"]), status_text(entry["status"]), overdue_text() if entry.get("overdue") else ""]
            if city:
                cells.append(entry.get("county") or "")
            where_text = f"{code} {name}".strip() if code else _("（全县）")
            cells += [where_text, section_text(entry.get("section")), label,
                      entry.get("text") or "", gap_text(entry), entry.get("owner") or "", entry.get("due") or "",
                      entry.get("measures") or ""]
            row = [QStandardItem(text) for text in cells]
            for cell in row:
                cell.setEditable(False)
                cell.setData(rank, SORT_ROLE)
            row[0].setData(entry, ITEM_ROLE)
            row[1].setForeground(QBrush(QColor(COLOURS[entry["status"]])))
            if entry.get("overdue"):
                row[2].setForeground(QBrush(QColor("#b71c1c")))
            self.appendRow(row)

    def entry(self, row: int) -> dict[str, Any]:
        value: dict[str, Any] = self.item(row, 0).data(ITEM_ROLE)
        return value


class LedgerFilter(QSortFilterProxyModel):
    """Keeps the rows whose school, indicator, department and status match the chosen ones ("" = any)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.wanted: dict[str, str] = {}
        self.overdue_only = False

    def set_filter(self, key: str, value: str) -> None:
        self.beginFilterChange()
        self.wanted[key] = value
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_filters(self, wanted: dict[str, str]) -> None:
        self.beginFilterChange()
        self.wanted.update(wanted)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_overdue_only(self, on: bool) -> None:
        self.beginFilterChange()
        self.overdue_only = on
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        entry = model.index(source_row, 0, source_parent).data(ITEM_ROLE)
        if entry is None:
            return True
        if self.overdue_only and not entry.get("overdue"):
            return False
        for key, value in self.wanted.items():
            if value and str(entry.get(key) or "") != value:
                return False
        return True

    def lessThan(self, left: QModelIndex | QPersistentModelIndex, right: QModelIndex | QPersistentModelIndex) -> bool:
        # The id column sorts by the ledger's own order (overdue first); the others by their text.
        if left.column() == 0:
            return bool(left.data(SORT_ROLE) < right.data(SORT_ROLE))
        return bool(str(left.data() or "") < str(right.data() or ""))
