"""The investment plan (投入方案): ``planning.plan.plan_county`` run as a job (progress, Cancel) under unit costs
the staff may edit (defaults from ``resources/costs/unit-costs.toml``; a bad cost is refused with the core's
message before any work), then the additions per school in the clerk's units, the total against the lower bound,
the CVs after, and, where no plan can pass, which limit and why. The plan was judged by the engine before it is
shown (``Plan.assessment``).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jinchang_desktop.errors import JcError
from jinchang_desktop.gui.county.dashboard_page import FAIL_COLOUR, OK_COLOUR, fill_table, small_table
from jinchang_desktop.gui.error_text import error_text
from jinchang_desktop.gui.views.base import ViewContext
from jinchang_desktop.i18n import _, language, msg
from jinchang_desktop.planning.costs import UnitCost, costs_from_values, load_costs
from jinchang_desktop.reports.dashboard import section_name, short_name
from jinchang_desktop.reports.numbers import fmt_number
from jinchang_desktop.standards.fields import field_catalogue

if TYPE_CHECKING:
    from jinchang_desktop.gui.jobs import Cancelled, Progress, RunningJob, Work
    from jinchang_desktop.planning.plan import Plan
    from jinchang_desktop.store.workspace import Workspace


def plan_job(costs: dict[str, UnitCost], county: str) -> Work:
    """The plan of the workspace's county, on the worker: read its records, check them, plan, verify."""

    def run(ws: Workspace, progress: Progress, cancelled: Cancelled) -> Plan:
        from jinchang_desktop.exchange.reports import county_records
        from jinchang_desktop.exchange.ws_profile import workspace_profile
        from jinchang_desktop.planning.plan import plan_county
        from jinchang_desktop.reports.dashboard import usable_records
        from jinchang_desktop.standards.validate import validate_records

        records = usable_records(county_records(ws))
        if not records:
            raise JcError(msg("还没有学校数据"), rule="no-data")
        problems = validate_records(records)
        if problems:
            raise problems[0]
        return plan_county(records, workspace_profile(ws), costs, county or records[0].county,
                           progress=lambda done, total: progress(done, total, ""), cancel=cancelled)

    return run


class PlanPage(QWidget):
    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.profile = context.info.profile()
        self.plan: Plan | None = None
        self.job: RunningJob | None = None
        self.cancelled = False
        self._filled = False
        self.cost_box = QGroupBox(self)
        self.cost_table = QTableWidget(self.cost_box)
        self.cost_table.verticalHeader().hide()
        self.defaults_button = QPushButton(self.cost_box)
        self.run_button = QPushButton(self.cost_box)
        self.cost_note = QLabel(self.cost_box)
        self.cost_note.setWordWrap(True)
        cost_layout = QVBoxLayout(self.cost_box)
        cost_layout.addWidget(self.cost_note)
        cost_layout.addWidget(self.cost_table, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.defaults_button)
        buttons.addStretch(1)
        buttons.addWidget(self.run_button)
        cost_layout.addLayout(buttons)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.additions = small_table(self)
        self.cvs = small_table(self)
        self.cvs.verticalHeader().show()
        self.cvs_label = QLabel(self)
        self.reasons = QLabel(self)
        self.reasons.setWordWrap(True)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.summary)
        right_layout.addWidget(self.reasons)
        right_layout.addWidget(self.additions, 1)
        right_layout.addWidget(self.cvs_label)
        right_layout.addWidget(self.cvs)
        self.cvs.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.cvs.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        splitter = QSplitter(self)
        splitter.addWidget(self.cost_box)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.defaults_button.clicked.connect(self.fill_defaults)
        self.run_button.clicked.connect(lambda: self.run())
        self._retranslate()

    def showEvent(self, event: QShowEvent) -> None:
        if not self._filled:
            self._filled = True
            self.fill_defaults()
        super().showEvent(event)

    def refresh(self) -> None:
        """New data: a plan made on the old figures no longer holds."""
        if self.plan is not None:
            self.plan = None
            self.summary.setText(_("数据已更新，请重新计算方案。"))
            self.reasons.clear()
            fill_table(self.additions, self._addition_headers(), [], 1)
            self.cvs.setRowCount(0)

    # -- costs --------------------------------------------------------------------------------------------------

    def fill_defaults(self) -> None:
        lang = language()
        costs = load_costs(self.profile)
        self.cost_table.clear()
        self.cost_table.setColumnCount(3)
        self.cost_table.setHorizontalHeaderLabels([_("指标"), _("单价（元）"), _("单位")])
        self.cost_table.setRowCount(len(costs))
        for row, (key, cost) in enumerate(costs.items()):
            indicator = self.profile.indicators[key]
            name = QTableWidgetItem(short_name(indicator, lang))
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            name.setData(256, key)
            name.setToolTip(f"{indicator.name_en if lang == 'en' else indicator.name_zh}\n{cost.basis}")
            value = QTableWidgetItem(fmt_number(cost.cost).replace(",", ""))
            value.setToolTip(cost.basis)
            unit = QTableWidgetItem(_("每{unit}").format(unit=cost.unit_en if lang == "en" else cost.unit_zh))
            unit.setFlags(unit.flags() & ~Qt.ItemFlag.ItemIsEditable)
            for column, item in enumerate((name, value, unit)):
                self.cost_table.setItem(row, column, item)
        self.cost_table.resizeColumnsToContents()

    def typed_costs(self) -> dict[str, UnitCost]:
        """The costs as typed, checked by the core (a negative, missing or non-numeric cost is refused)."""
        values: dict[str, object] = {}
        for row in range(self.cost_table.rowCount()):
            name, value = self.cost_table.item(row, 0), self.cost_table.item(row, 1)
            if name is not None:
                values[str(name.data(256))] = value.text() if value is not None else ""
        return costs_from_values(self.profile, values, source=_("单价表"))

    def set_cost(self, key: str, text: str) -> None:
        for row in range(self.cost_table.rowCount()):
            name = self.cost_table.item(row, 0)
            if name is not None and name.data(256) == key:
                item = self.cost_table.item(row, 1)
                assert item is not None
                item.setText(text)

    # -- the job ------------------------------------------------------------------------------------------------

    def run(self) -> RunningJob | None:
        if self.job is not None:
            return None
        try:
            costs = self.typed_costs()
        except JcError as exc:
            self.summary.setText(error_text(exc))
            self.summary.setStyleSheet(f"color: {FAIL_COLOUR}")
            return None
        self.summary.setStyleSheet("")
        from jinchang_desktop.gui.jobs import run_job

        county = self.context.info.name
        self.costs = costs
        self.run_button.setEnabled(False)
        self.summary.setText(_("正在计算投入方案…"))
        self.job = run_job(self.window(), self.context.worker, plan_job(costs, county), _("正在计算投入方案…"),
                           done=self._planned, failed=self._failed, cancellable=True)
        return self.job

    def _planned(self, plan: Plan) -> None:
        self.job = None
        self.run_button.setEnabled(True)
        self.show_plan(plan)

    def _failed(self, exc: BaseException) -> None:
        from jinchang_desktop.standards.assess import Cancelled

        self.job = None
        self.run_button.setEnabled(True)
        if isinstance(exc, Cancelled):
            self.summary.setText(_("已取消，没有得出方案。"))
            return
        self.summary.setText(error_text(exc))

    # -- showing ------------------------------------------------------------------------------------------------

    def _addition_headers(self) -> list[str]:
        return [_("学校标识码"), _("学校"), _("增加"), _("费用（元）")]

    def show_plan(self, plan: Plan) -> None:
        self.plan = plan
        lang = language()
        fields = field_catalogue().fields
        names = {s.record.code: s.record.name for s in plan.assessment.schools}
        rows = []
        for code in sorted(plan.additions):
            parts = []
            for key, amount in plan.additions[code].items():
                spec = fields.get(key)
                label = (spec.label_en if lang == "en" else spec.label_zh) if spec else key
                unit = (spec.unit_en if lang == "en" else spec.unit_zh) if spec else ""
                parts.append(f"{label} +{fmt_number(amount)} {unit}".strip())
            rows.append([(code, ""), (names.get(code, code), ""), ("；".join(parts), ""),
                         (fmt_number(plan.costs.get(code, 0.0)), "")])
        fill_table(self.additions, self._addition_headers(), rows, 2)
        self._fill_cvs(plan, lang)
        passed, failed = _("按此方案全县通过（已由评估引擎核验）"), _("按此方案全县仍不能通过")
        verdict = passed if plan.all_pass else failed
        self.summary.setText(_(
            "{verdict}。共 {schools} 所学校需要增加，总费用 {total} 元；下界 {bound} 元，"
            "距下界不超过 {gap}%。").format(verdict=verdict, schools=len(plan.additions),
                                         total=fmt_number(plan.total_cost), bound=fmt_number(plan.lower_bound),
                                         gap=f"{plan.gap * 100:.1f}"))
        self.summary.setStyleSheet(f"color: {OK_COLOUR if plan.all_pass else FAIL_COLOUR}")
        if plan.infeasible:
            self.reasons.setText(_("没有方案能通过的限制：") + "；".join(
                (item.en if lang == "en" else item.zh) for item in plan.infeasible))
            self.reasons.show()
        else:
            self.reasons.hide()

    def _fill_cvs(self, plan: Plan, lang: str) -> None:
        """The CVs after the plan, as the engine judged the planned figures: a row per section, a column per
        indicator."""
        table = self.cvs
        table.clear()
        indicators = list(self.profile.resource_indicators)
        sections = list(plan.sections)
        table.setColumnCount(len(indicators))
        table.setRowCount(len(sections))
        table.setVerticalHeaderLabels([section_name(section, lang) for section in sections])
        for column, indicator in enumerate(indicators):
            head = QTableWidgetItem(short_name(indicator, lang))
            head.setToolTip(indicator.name_en if lang == "en" else indicator.name_zh)
            table.setHorizontalHeaderItem(column, head)
            for row, section in enumerate(sections):
                summary = plan.assessment.counties.get(plan.county, {}).get(section)
                result = summary.cv.get(indicator.key) if summary else None
                ok = bool(result and result.ok)
                text = "—" if result is None or result.cv is None else f"{result.cv:.3f}"
                item = QTableWidgetItem(f"{'✓' if ok else '✗'} {text}")
                item.setForeground(QBrush(QColor(OK_COLOUR if ok else FAIL_COLOUR)))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                item.setToolTip(_("上限 {limit}").format(limit=f"{summary.limit:g}") if summary else "")
                table.setItem(row, column, item)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.setFixedHeight(table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
                             + sum(table.rowHeight(r) for r in range(table.rowCount())))

    def _retranslate(self) -> None:
        self.cost_box.setTitle(_("单价（规划假设，可修改）"))
        self.cost_note.setText(_("默认单价是 2025 年甘肃县级项目的估算，不是评估标准的要求；"
                                 "鼠标停在单价上可看依据。"))
        self.defaults_button.setText(_("恢复默认单价"))
        self.run_button.setText(_("计算投入方案"))
        self.cvs_label.setText(_("方案后的差异系数（评估引擎按方案后的数据计算）"))
        if self.plan is None:
            self.summary.setText(_("按所列单价，计算使每所学校和每项差异系数都达标的最少投入。"))
        else:
            self.show_plan(self.plan)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            if self._filled:
                self.fill_defaults()
        super().changeEvent(event)
