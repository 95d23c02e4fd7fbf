"""The county's dashboard (达标总览) for one school year and section: the seven CVs against their limits with the
pooled county value, the compliance matrix with each school's verdict, each school's share of each CV, the
per-school government-guarantee checks, and the charts of ``reports.charts`` (matplotlib loaded when first shown).

Everything is read once from the store and assessed once (``reports.dashboard.build_dashboard``); switching the
section only re-lays the same results. Double-clicking a school opens its record, packages and audit trail.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from jinchang_desktop.errors import JcError
from jinchang_desktop.gui.county.compliance_matrix import ComplianceMatrix
from jinchang_desktop.gui.error_text import error_text
from jinchang_desktop.gui.views.base import ViewContext
from jinchang_desktop.gui.widgets.first_show import RefreshedWhenFirstShown
from jinchang_desktop.i18n import _, language
from jinchang_desktop.inspection.summary import records_in_layer
from jinchang_desktop.reports.dashboard import (
    Dashboard,
    build_dashboard,
    county_of,
    cv_line,
    section_name,
    short_name,
)
from jinchang_desktop.reports.verdicts import check_level
from jinchang_desktop.store.declared import records_for_year
from jinchang_desktop.store.report_queries import school_years

OK_COLOUR, FAIL_COLOUR, NONE_COLOUR = "#1b5e20", "#b71c1c", "#616161"


def small_table(parent: QWidget) -> QTableWidget:
    table = QTableWidget(parent)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    return table


def fill_table(table: QTableWidget, headers: list[str], rows: list[list[tuple[str, str]]], stretch: int) -> None:
    """(text, colour) cells; the column ``stretch`` takes the room left."""
    table.setSortingEnabled(False)
    table.clear()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, (text, colour) in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            if colour:
                item.setForeground(QBrush(QColor(colour)))
            table.setItem(r, c, item)
    header = table.horizontalHeader()
    header.setResizeContentsPrecision(40)  # widths from the first rows: a county's 2,000 checks stay quick
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    table.setSortingEnabled(True)


class CvPanel(QWidget):
    """The seven CVs of a section against the limit, with the pooled county value."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        self.table = small_table(self)
        self.table.verticalHeader().show()
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.table)

    def show_section(self, dashboard: Dashboard, section: str) -> None:
        """One column per indicator (its full name in the head's tooltip); rows: CV, limit, county value, verdict."""
        lang = language()
        summary = dashboard.county_section(section)
        table = self.table
        table.clear()
        if summary is None:
            self.summary_label.setText(_("本学段没有参评学校。"))
            table.setRowCount(0)
            return
        indicators = dashboard.indicators
        table.setColumnCount(len(indicators))
        table.setRowCount(4)
        table.setVerticalHeaderLabels([_("差异系数"), _("上限"), _("全县值"), _("结论")])
        for column, indicator in enumerate(indicators):
            head = QTableWidgetItem(short_name(indicator, lang))
            name, cv, limit, pooled, ok = cv_line(summary, indicator, lang)
            head.setToolTip(name)
            table.setHorizontalHeaderItem(column, head)
            colour = QColor(OK_COLOUR if ok else FAIL_COLOUR)
            verdict = ("✓ " + _("不超过上限")) if ok else ("✗ " + _("超过上限"))
            for row, text in enumerate((cv, limit, pooled, verdict)):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                item.setToolTip(f"{name}\n{text}")
                if row in (0, 3):
                    item.setForeground(QBrush(colour))
                table.setItem(row, column, item)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.resizeRowsToContents()
        height = table.horizontalHeader().height() + sum(table.rowHeight(r) for r in range(4)) + 2 * table.frameWidth()
        table.setFixedHeight(height)
        passed = sum(1 for r in summary.cv.values() if r.ok)
        self.summary_label.setText(_(
            "{section}：{passed}/{total} 项差异系数不超过 {limit}；{compliant}/{schools} 所学校达到校际标准；"
            "全县 {students} 名学生。").format(
                section=section_name(section, lang), passed=passed, total=len(summary.cv),
                limit=f"{summary.limit:g}", compliant=summary.compliant_schools, schools=summary.schools,
                students=summary.students))


class DashboardPage(RefreshedWhenFirstShown, QWidget):
    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.dashboard: Dashboard | None = None
        self.problem: JcError | None = None  # why there is no dashboard
        self.year = context.info.school_year
        self._filled = False
        self._charts_shown = False
        self._stale: set[QWidget] = set()
        self.year_box = QComboBox(self)
        self.section_box = QComboBox(self)
        # Which figures are judged: as the schools declared them, or with the inspectors' verified values.
        self.layer_box = QComboBox(self)
        self.layer_box.addItem("", "declared")
        self.layer_box.addItem("", "verified")
        self.layer_label = QLabel(self)
        self.year_label = QLabel(self)
        self.section_label = QLabel(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.cv_panel = CvPanel(self)
        self.tabs = QTabWidget(self)
        self.matrix = ComplianceMatrix(context.info.profile(), self)
        self.shares = ComplianceMatrix(context.info.profile(), self)
        self.checks = small_table(self)
        # The charts are drawn for print (11 × 6.5 in): they keep a readable height and scroll.
        self.charts = QScrollArea(self)
        self.charts.setWidgetResizable(True)
        self.charts_inner = QWidget(self.charts)
        QVBoxLayout(self.charts_inner)
        self.charts.setWidget(self.charts_inner)
        for widget in (self.matrix, self.shares, self.checks, self.charts):
            self.tabs.addTab(widget, "")
        bar = QHBoxLayout()
        bar.addWidget(self.year_label)
        bar.addWidget(self.year_box)
        bar.addSpacing(12)
        bar.addWidget(self.section_label)
        bar.addWidget(self.section_box)
        bar.addSpacing(12)
        bar.addWidget(self.layer_label)
        bar.addWidget(self.layer_box)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(self.cv_panel, 0)
        layout.addWidget(self.tabs, 1)
        self.section_box.currentIndexChanged.connect(self._section_changed)
        self.year_box.currentIndexChanged.connect(self._year_changed)
        self.layer_box.currentIndexChanged.connect(lambda _index: self.refresh())
        self.tabs.currentChanged.connect(self._tab_changed)
        self.matrix.school_activated.connect(self.open_school)
        self.shares.school_activated.connect(self.open_school)
        self._retranslate()

    # -- reading ------------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the year's records again and assess them once."""
        self._filled = True
        reader, info = self.context.reader, self.context.info
        years = sorted(set(school_years(reader)) | {info.school_year})
        self.year_box.blockSignals(True)
        self.year_box.clear()
        for year in years:
            self.year_box.addItem(str(year), year)
        self.year_box.setCurrentIndex(years.index(self.year) if self.year in years else len(years) - 1)
        self.year_box.blockSignals(False)
        records = records_in_layer(reader, records_for_year(reader, self.year), self.year,
                                   str(self.layer_box.currentData()))
        self.problem = None
        try:
            self.dashboard = build_dashboard(records, info.profile(), county_of(records, info.name))
        except JcError as exc:
            self.dashboard, self.problem = None, exc
            self.message.setText(error_text(exc))
            self.message.show()
            self._show_section()
            return
        self.message.hide()
        self._fill_sections()
        self._charts_shown = False
        if self.tabs.currentWidget() is self.charts:
            self._show_charts()

    def _fill_sections(self) -> None:
        current = self.section_box.currentData()
        lang = language()
        sections = self.dashboard.sections() if self.dashboard else []
        self.section_box.blockSignals(True)
        self.section_box.clear()
        for section in sections:
            self.section_box.addItem(section_name(section, lang), section)
        if current in sections:
            self.section_box.setCurrentIndex(sections.index(current))
        self.section_box.blockSignals(False)
        self._show_section()

    def section(self) -> str:
        return str(self.section_box.currentData() or "primary")

    def _show_section(self) -> None:
        dashboard = self.dashboard
        if dashboard is None:
            self.matrix.set_rows([])
            self.shares.set_rows([], show_shares=True)
            fill_table(self.checks, self._check_headers(), [], 2)
            return
        self.cv_panel.show_section(dashboard, self.section())
        # Only the tab on screen is filled now; the others when they are first shown (a county of 300 schools
        # has some 2,000 guarantee checks).
        self._stale = {self.matrix, self.shares, self.checks}
        self._fill_tab()

    def _fill_tab(self) -> None:
        widget = self.tabs.currentWidget()
        if self.dashboard is None or widget not in self._stale:
            return
        self._stale.discard(widget)
        if widget is self.matrix:
            self.matrix.set_rows(self.dashboard.rows(self.section()), show_shares=False)
        elif widget is self.shares:
            self.shares.set_rows(self.dashboard.rows(self.section()), show_shares=True)
        elif widget is self.checks:
            self._fill_checks(self.dashboard)

    def _check_headers(self) -> list[str]:
        return [_("学校标识码"), _("学校"), _("检查项"), _("结论")]

    def _fill_checks(self, dashboard: Dashboard) -> None:
        lang = language()
        words = {"ok": (_("✓ 符合"), OK_COLOUR), "error": (_("✗ 不符合"), FAIL_COLOUR),
                 "unknown": (_("？ 未填写"), NONE_COLOUR)}
        rows = []
        for record, check in dashboard.checks():
            text, colour = words[check_level(check)]
            detail = check.detail_en if lang == "en" else check.detail_zh
            rows.append([(record.code, ""), (record.name, ""), (detail, ""), (text, colour)])
        rows.sort(key=lambda cells: (cells[3][0] != words["error"][0], cells[0][0]))  # what fails first
        fill_table(self.checks, self._check_headers(), rows, 2)

    # -- reacting -----------------------------------------------------------------------------------------------

    def _section_changed(self, _index: int) -> None:
        self._show_section()
        self._charts_shown = False
        if self.tabs.currentWidget() is self.charts:
            self._show_charts()

    def _year_changed(self, _index: int) -> None:
        year = self.year_box.currentData()
        if year is not None and year != self.year:
            self.year = int(year)
            self.refresh()

    def _tab_changed(self, _index: int) -> None:
        self._fill_tab()
        if self.tabs.currentWidget() is self.charts and not self._charts_shown:
            self._show_charts()

    def _show_charts(self) -> None:
        """The CV chart and the section's distribution, drawn by ``reports.charts`` (matplotlib loaded now)."""
        from jinchang_desktop.gui.county.chart_canvas import chart_widgets

        layout = self.charts_inner.layout()
        assert layout is not None
        while layout.count():
            item = layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self._charts_shown = True
        if self.dashboard is None:
            return
        for widget in chart_widgets(self.dashboard.assessment, self.dashboard.county, self.section(),
                                    self.charts_inner):
            layout.addWidget(widget)

    def open_school(self, code: str) -> None:
        from jinchang_desktop.gui.county.school_dialog import SchoolDialog

        dialog = SchoolDialog(self.context.reader, code, self.year, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.school_dialog = dialog

    # -- language -----------------------------------------------------------------------------------------------

    def _retranslate(self) -> None:
        self.year_label.setText(_("学年"))
        self.section_label.setText(_("学段"))
        self.layer_label.setText(_("数据"))
        self.layer_box.setItemText(0, _("学校申报值"))
        self.layer_box.setItemText(1, _("督学核实值（有核实的用核实值）"))
        for index, title in enumerate((_("达标矩阵"), _("对差异系数的贡献"), _("政府保障（逐校）"),
                                       _("图表"))):
            self.tabs.setTabText(index, title)
        self.tabs.setTabToolTip(1, _("每所学校占各指标 Σ(Pᵢ/P)(Xᵢ−X̄)² 的比例：占比大的学校最先改善"))
        self.matrix.retranslate()
        self.shares.retranslate()
        if self._filled:
            self._fill_sections()
        if self.problem is not None:
            self.message.setText(error_text(self.problem))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
