"""The city's 问题台账 page: every county's open, ready, closed and overdue items (its latest report's ledger), by
indicator and by department, how the counts moved since each earlier package (``ledger.chain.city_summary``),
the trend over the city's snapshots as a small chart, and every county's items in the county page's
filterable table (read-only).

The city changes no ledger: it reads what the counties sent. The chart's matplotlib is imported when the page is
first built, never at start-up.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from jinchang_desktop.gui.county.ledger_page import LedgerPage as CountyLedgerPage
from jinchang_desktop.gui.county.ledger_page import countdown_text, counts_text
from jinchang_desktop.gui.county.ledger_reading import LedgerReadingPage
from jinchang_desktop.gui.views.base import ViewContext
from jinchang_desktop.i18n import _, pick

if TYPE_CHECKING:
    from jinchang_desktop.gui.county.ledger_data import LedgerDocument

STATUS_KEYS = ("open", "ready", "closed", "overdue")


def moved_text(moved: dict[str, int]) -> str:
    text = _("未整改 {open:+d} · 可销号 {ready:+d} · 已销号 {closed:+d} · 逾期 {overdue:+d}")
    return text.format(**moved)


def _table(parent: QWidget, name: str) -> QTableWidget:
    table = QTableWidget(parent)
    table.setObjectName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(True)
    return table


def _fill(table: QTableWidget, headers: list[str], rows: list[list[str]]) -> None:
    table.setSortingEnabled(False)
    table.clear()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if c and text.lstrip("+-").isdigit():
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)
    table.resizeColumnsToContents()
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)


class LedgerPage(LedgerReadingPage):
    written = Signal(bool)  # the Excel export ended: True when written

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("cityLedgerPage")
        self.canvas: Any = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.countdownLabel = QLabel(self)
        self.countdownLabel.setStyleSheet("font-weight: bold;")
        self.countsLabel = QLabel(self)
        self.exportButton = QPushButton(self)
        self.exportButton.clicked.connect(lambda: self.export_excel())
        top.addWidget(self.countdownLabel)
        top.addSpacing(16)
        top.addWidget(self.countsLabel, 1)
        top.addWidget(self.exportButton)
        layout.addLayout(top)
        self.tabs = QTabWidget(self)
        summary = QWidget(self.tabs)
        self.tabs.addTab(summary, "")
        layout.addWidget(self.tabs, 1)
        self.items_page: CountyLedgerPage | None = None  # the items of every county, built when first shown
        self.tabs.currentChanged.connect(lambda index: index == 1 and self.show_items())
        self.tabs.addTab(QWidget(self.tabs), "")
        layout = QVBoxLayout(summary)
        upper = QHBoxLayout()
        self.countiesTable = _table(summary, "countiesTable")
        upper.addWidget(self.countiesTable, 3)
        self.chartBox = QVBoxLayout()
        upper.addLayout(self.chartBox, 2)
        layout.addLayout(upper, 1)
        scope = QHBoxLayout()
        self.scopeLabel = QLabel(self)
        self.scopeEdit = QComboBox(self)
        self.scopeEdit.setObjectName("scopeEdit")
        self.scopeLabel.setBuddy(self.scopeEdit)
        self.scopeEdit.currentIndexChanged.connect(lambda _i: self._fill_breakdowns())
        self.messageLabel = QLabel(self)
        self.messageLabel.setWordWrap(True)
        scope.addWidget(self.scopeLabel)
        scope.addWidget(self.scopeEdit)
        scope.addWidget(self.messageLabel, 1)
        layout.addLayout(scope)
        lower = QHBoxLayout()
        self.indicatorTable = _table(summary, "indicatorTable")
        self.departmentTable = _table(summary, "departmentTable")
        lower.addWidget(self.indicatorTable, 3)
        lower.addWidget(self.departmentTable, 2)
        layout.addLayout(lower, 1)
        self._retranslate()
        self.refresh()

    def show_items(self) -> CountyLedgerPage:
        """The 问题清单 tab: every county's items, filterable, read-only (the county page's table)."""
        if self.items_page is None:
            holder = self.tabs.widget(1)
            box = QVBoxLayout(holder)
            box.setContentsMargins(0, 0, 0, 0)
            self.items_page = CountyLedgerPage(self.context, holder, embedded=True)
            box.addWidget(self.items_page)
        self.tabs.setCurrentIndex(1)
        return self.items_page

    def _retranslate(self) -> None:
        self.tabs.setTabText(0, _("汇总"))
        self.tabs.setTabText(1, _("问题清单"))
        self.exportButton.setText(_("导出 Excel…"))
        self.scopeLabel.setText(_("分项统计范围(&R)"))
        if self.document is not None:
            self._show(self.document)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    # -- reading -----------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        if self.items_page is not None:
            self.items_page.refresh()
        self.read_ledger(_("正在读取各县区的问题台账…"))

    def _show(self, document: LedgerDocument) -> None:
        self.countdownLabel.setText(countdown_text(document))
        self.countsLabel.setText(_("全市：") + counts_text(document.counts))
        rows = []
        for code, county in document.counties.items():
            counts = county["counts"]
            since = county["since"]
            moved = moved_text(since[-1]["moved"]) if since else _("（首次报送）")
            rows.append([f"{code} {county['name']}", str(county["sequence"]), county.get("as_of") or "",
                         *(str(counts["status"][k]) for k in STATUS_KEYS[:3]), str(counts["overdue"]), moved])
        _fill(self.countiesTable, [_("县区"), _("报送序号"), _("截至"), _("未整改"),
                                   _("可销号"), _("已销号"), _("逾期"), _("较上次报送")], rows)
        for r, county in enumerate(document.counties.values()):
            lines = [_("较第 {sequence} 次（{as_of}）：").format(sequence=s["sequence"], as_of=s.get("as_of"))
                     + moved_text(s["moved"]) for s in county["since"]]
            self.countiesTable.item(r, 7).setToolTip("\n".join(lines) or _("此前没有报送"))
        keep = self.scopeEdit.currentData()
        self.scopeEdit.blockSignals(True)
        self.scopeEdit.clear()
        self.scopeEdit.addItem(_("全市"), "")
        for code, county in document.counties.items():
            self.scopeEdit.addItem(f"{code} {county['name']}", code)
        self.scopeEdit.setCurrentIndex(max(self.scopeEdit.findData(keep), 0) if keep else 0)
        self.scopeEdit.blockSignals(False)
        self._fill_breakdowns()
        self._draw_trend(document)

    def scope_counts(self) -> dict[str, Any]:
        """The counts the breakdown tables show: the city's, or the chosen county's."""
        assert self.document is not None
        code = self.scopeEdit.currentData()
        return self.document.counties[code]["counts"] if code else self.document.counts

    def _fill_breakdowns(self) -> None:
        if self.document is None:
            return
        counts = self.scope_counts()
        names = self.document.indicator_names
        head = [_("未整改"), _("可销号"), _("已销号"), _("逾期")]

        def rows(group: str, label: Any) -> list[list[str]]:
            return [[label(key), *(str(bucket[k]) for k in STATUS_KEYS)]
                    for key, bucket in sorted(counts[group].items())]

        _fill(self.indicatorTable, [_("指标"), *head],
              rows("by_indicator", lambda k: pick(*names[k]) if k in names else (_("人工新增") if k == "hand"
                                                                                 else k)))
        _fill(self.departmentTable, [_("责任单位"), *head],
              rows("by_department", lambda k: k or _("未指定责任单位")))

    def _draw_trend(self, document: LedgerDocument) -> None:
        """The city's snapshots as a chart; without a CJK font the page says why instead of drawing."""
        from jinchang_desktop.errors import JcError
        from jinchang_desktop.gui.error_text import error_text
        from jinchang_desktop.reports.charts import chinese_text
        from jinchang_desktop.reports.ledger_chart import ledger_trend_figure, trend_points

        if self.canvas is not None:
            self.chartBox.removeWidget(self.canvas)
            self.canvas.setParent(None)
            self.canvas.deleteLater()
            self.canvas = None
        try:
            from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

            points = trend_points(document.snapshots)
            if not points:  # no import since the ledger came in: today's counts are the one point there is
                status = document.counts["status"]
                points = [("当前", {**{k: int(status[k]) for k in STATUS_KEYS[:3]},
                                    "overdue": int(document.counts["overdue"])})]
            figure = ledger_trend_figure(points, "全市问题台账趋势")
            with chinese_text():
                self.canvas = FigureCanvasQTAgg(figure)
                self.canvas.draw()
        except JcError as exc:
            self.canvas = QLabel(error_text(exc), self)
            self.canvas.setWordWrap(True)
        self.canvas.setObjectName("trendChart")
        self.canvas.setMinimumSize(320, 200)
        self.chartBox.addWidget(self.canvas)

    # -- Excel -------------------------------------------------------------------------------------------------

    def export_excel(self, out: Any = None) -> Any:
        from pathlib import Path

        from jinchang_desktop.gui.county.ledger_data import export_job
        from jinchang_desktop.gui.error_text import error_text
        from jinchang_desktop.gui.jobs import run_job

        if out is None:
            from PySide6.QtWidgets import QFileDialog

            suggested = Path.home() / f"{self.context.info.code}-问题台账.xlsx"
            name, _filter = QFileDialog.getSaveFileName(self, _("导出问题台账"), str(suggested), "Excel (*.xlsx)",
                                                        options=QFileDialog.Option.DontConfirmOverwrite)
            if not name:
                return None
            out = Path(name)
        target = Path(out)

        def done(sheets: int) -> None:
            self.messageLabel.setText(_("✓ 问题台账已导出：{path}（{sheets} 张工作表）").format(
                path=target, sheets=sheets))
            self.written.emit(True)

        def failed(exc: BaseException) -> None:
            self.messageLabel.setText("✗ " + error_text(exc))
            self.written.emit(False)

        return run_job(self.window(), self.context.worker, export_job(target), _("正在导出问题台账…"),
                       done=done, failed=failed)
