"""The city's counties side by side (县区对比): each county's verdict, its CVs and its full scorecard in one column
per county, with the city's verdict above (整市: every county passes); below, the drill-down from a county to
its schools in the same compliance matrix as the county's dashboard."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from jinchang_desktop.gui.county.compliance_matrix import ComplianceMatrix
from jinchang_desktop.gui.county.dashboard_page import FAIL_COLOUR, OK_COLOUR, fill_table, small_table
from jinchang_desktop.gui.error_text import error_text
from jinchang_desktop.gui.views.base import ViewContext
from jinchang_desktop.gui.widgets.first_show import RefreshedWhenFirstShown
from jinchang_desktop.i18n import _, language
from jinchang_desktop.reports.county_items import MET, NOT_MET, stored_item_values
from jinchang_desktop.reports.dashboard import (
    FAILS,
    PASSES,
    VERDICT_WORDS,
    CountyOverview,
    city_verdict,
    county_overviews,
    section_name,
)
from jinchang_desktop.store.declared import records_for_year

STATUS_GLYPH = {MET: "✓", NOT_MET: "✗"}
NONE_COLOUR = "#616161"


def _value(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return _("是") if value else _("否")
    if isinstance(value, float):
        return f"{value:.3f}" if value < 1 else f"{value:g}"
    return str(value)


class ComparisonPage(RefreshedWhenFirstShown, QWidget):
    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.overviews: list[CountyOverview] = []
        self._filled = False
        self.verdict_label = QLabel(self)
        self.verdict_label.setWordWrap(True)
        self.table = small_table(self)
        self.drill_box = QGroupBox(self)
        self.county_box = QComboBox(self.drill_box)
        self.section_box = QComboBox(self.drill_box)
        self.county_label, self.section_label = QLabel(self.drill_box), QLabel(self.drill_box)
        self.cv_line = QLabel(self.drill_box)
        self.cv_line.setWordWrap(True)
        self.matrix = ComplianceMatrix(context.info.profile(), self.drill_box)
        bar = QHBoxLayout()
        for widget in (self.county_label, self.county_box, self.section_label, self.section_box):
            bar.addWidget(widget)
        bar.addStretch(1)
        drill = QVBoxLayout(self.drill_box)
        drill.addLayout(bar)
        drill.addWidget(self.cv_line)
        drill.addWidget(self.matrix, 1)
        splitter = QSplitter(self)
        splitter.setOrientation(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.drill_box)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.verdict_label)
        layout.addWidget(splitter, 1)
        self.county_box.currentIndexChanged.connect(self._county_changed)
        self.section_box.currentIndexChanged.connect(self._show_drill)
        self.table.cellDoubleClicked.connect(self._cell_double_clicked)
        self._retranslate()

    def refresh(self) -> None:
        self._filled = True
        reader, info = self.context.reader, self.context.info
        profile = info.profile()
        records = records_for_year(reader, info.school_year)
        self.overviews = county_overviews(
            records, profile, lambda county: stored_item_values(reader, profile, county, info.school_year))
        self._show()

    def _show(self) -> None:
        lang = language()
        overviews = self.overviews
        city = city_verdict(overviews)
        verdict = VERDICT_WORDS[city].text(lang)
        colour = OK_COLOUR if city == PASSES else FAIL_COLOUR if city == FAILS else NONE_COLOUR
        each = "；".join(f"{o.county} {VERDICT_WORDS[o.verdict].text(lang)}" for o in overviews)
        self.verdict_label.setText(_("<b>整市结论：<span style='color:{colour}'>{verdict}</span></b>"
                                     "（每个县区都通过才算整市通过）　{each}").format(
            colour=colour, verdict=verdict, each=each))
        # rows: the verdict, then every scorecard row in the first county's order; one column per county
        keys: list[str] = []
        names: dict[str, str] = {}
        cells: dict[tuple[str, str], tuple[str, str]] = {}
        for overview in overviews:
            for row in overview.scorecard:
                if row.key not in names:
                    keys.append(row.key)
                    names[row.key] = (row.name_en if lang == "en" else row.name_zh) + (" ★" if row.veto else "")
                glyph = STATUS_GLYPH.get(row.status, "…")
                text = f"{glyph} {_value(row.value)}".strip()
                colour = OK_COLOUR if row.status == MET else FAIL_COLOUR if row.status == NOT_MET else NONE_COLOUR
                cells[(row.key, overview.county)] = (text, colour)
        rows = []
        verdict_row = [(_("县区结论"), "")]
        for overview in overviews:
            words = VERDICT_WORDS[overview.verdict].text(lang)
            tone = OK_COLOUR if overview.verdict == PASSES else FAIL_COLOUR if overview.verdict == FAILS \
                else NONE_COLOUR
            verdict_row.append((words if overview.problem is None else f"{words}：{error_text(overview.problem)}",
                                tone))
        rows.append(verdict_row)
        for key in keys:
            rows.append([(names[key], "")] + [cells.get((key, o.county), ("", "")) for o in overviews])
        fill_table(self.table, [_("指标")] + [o.county for o in overviews], rows, 0)
        self.table.setSortingEnabled(False)  # the scorecard's order (veto items first) is the meaning
        header = self.table.horizontalHeader()  # the counties share the width, the names take what they need
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in range(1, self.table.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.setToolTip(_("★ 一票否决项。双击某县区的一格，下方显示该县区的学校。"))
        with QSignalBlocker(self.county_box):
            current = self.county_box.currentText()
            self.county_box.clear()
            self.county_box.addItems([o.county for o in overviews if o.dashboard is not None])
            if current and self.county_box.findText(current) >= 0:
                self.county_box.setCurrentIndex(self.county_box.findText(current))
        self._county_changed()

    def overview(self) -> CountyOverview | None:
        for overview in self.overviews:
            if overview.county == self.county_box.currentText():
                return overview
        return None

    def show_county(self, county: str) -> None:
        """Drill down: the schools of ``county`` in the matrix below."""
        index = self.county_box.findText(county)
        if index >= 0:
            self.county_box.setCurrentIndex(index)

    def _cell_double_clicked(self, _row: int, column: int) -> None:
        if column >= 1:
            self.show_county(self.overviews[column - 1].county)

    def _county_changed(self, _index: int = 0) -> None:
        overview = self.overview()
        lang = language()
        with QSignalBlocker(self.section_box):
            current = self.section_box.currentData()
            self.section_box.clear()
            if overview is not None and overview.dashboard is not None:
                for section in overview.dashboard.sections():
                    self.section_box.addItem(section_name(section, lang), section)
            if current is not None and self.section_box.findData(current) >= 0:
                self.section_box.setCurrentIndex(self.section_box.findData(current))
        self._show_drill()

    def _show_drill(self, _index: int = 0) -> None:
        overview = self.overview()
        if overview is None or overview.dashboard is None:
            self.matrix.set_rows([])
            self.cv_line.clear()
            return
        section = str(self.section_box.currentData() or "primary")
        summary = overview.dashboard.county_section(section)
        self.matrix.set_rows(overview.dashboard.rows(section), show_shares=False)
        if summary is not None:
            failing = [key for key, cv in summary.cv.items() if not cv.ok]
            lang = language()
            names = [overview.dashboard.profile.indicators[k].name_en if lang == "en"
                     else overview.dashboard.profile.indicators[k].name_zh for k in failing]
            self.cv_line.setText(_("{county}{section}：{compliant}/{schools} 所学校达标；"
                                   "超过差异系数上限 {limit} 的指标：{failing}").format(
                county=overview.county, section=section_name(section, lang), compliant=summary.compliant_schools,
                schools=summary.schools, limit=f"{summary.limit:g}",
                failing="、".join(names) if names else _("无")))

    def _retranslate(self) -> None:
        self.drill_box.setTitle(_("县区的学校"))
        self.county_label.setText(_("县区"))
        self.section_label.setText(_("学段"))
        self.matrix.retranslate()
        if self._filled:
            self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
