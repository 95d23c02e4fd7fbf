"""The county's dashboard, what-if and plan pages and the city's counties page, on real copies of the demo county
(its inbox imported with the core importer) and the demo city, opened in the shell as the app opens them."""
from __future__ import annotations

import hashlib
import math
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from jinchang_desktop.exchange.importer import import_packages
from jinchang_desktop.exchange.reports import county_records
from jinchang_desktop.exchange.ws_profile import workspace_profile
from jinchang_desktop.gui.county.compliance_matrix import FIRST, SORT_ROLE
from jinchang_desktop.gui.views.county import COUNTY_PAGES
from jinchang_desktop.planning.whatif import Change
from jinchang_desktop.reports.gauges import gap_words
from jinchang_desktop.reports.numbers import fmt_number, fmt_threshold
from jinchang_desktop.standards.assess import assess
from jinchang_desktop.store.workspace import Workspace
from tests.conftest import REPO

DEMO = REPO / "resources" / "demo"


@pytest.fixture
def county_path(tmp_path: Path) -> Path:
    path = tmp_path / "county"
    shutil.copytree(DEMO / "county-workspace", path)
    with Workspace.open(path) as ws:
        import_packages(ws, [DEMO / "county-inbox"])
    return path


def show_page(view, name: str):
    """The view's page of class ``name``, its tab made current (built then, as when the clerk clicks it)."""
    return view.show_page(name)


def engine(path: Path):
    with Workspace.open(path) as ws:
        records = [r for r in county_records(ws) if r.values]
        profile = workspace_profile(ws)
    return records, profile, assess(records, profile)


def workspace_bytes(path: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(path.iterdir())
            if p.is_file() and not p.name.endswith("-shm")}


def visible_rows(matrix) -> list[int]:
    return list(range(matrix.proxy.rowCount()))


def test_the_dashboard_shows_the_engines_cvs_and_verdicts(open_view, county_path):
    records, profile, assessment = engine(county_path)
    view = open_view(county_path)
    page = show_page(view, "DashboardPage")
    county = assessment.counties["永昌县"]
    for section in ("primary", "junior"):
        page.section_box.setCurrentIndex(page.section_box.findData(section))
        table = page.cv_panel.table
        for column, indicator in enumerate(profile.resource_indicators):
            result = county[section].cv[indicator.key]
            assert table.item(0, column).text() == f"{result.cv:.3f}"
            assert table.item(1, column).text() == fmt_number(county[section].limit)
            assert table.item(3, column).text().startswith("✓" if result.ok else "✗")
        model = page.matrix.model
        verdicts = {model.rows[r].code: model.data(model.index(r, model.columnCount() - 1)) for r in
                    range(model.rowCount())}
        expected = {s.record.code: s.sections[section].compliant for s in assessment.schools
                    if section in s.sections}
        assert {code: text.startswith("✓") for code, text in verdicts.items()} == expected
    assert not county["junior"].cv["equipment_value"].ok  # the demo's failing CV is shown as failing
    assert page.cv_panel.table.item(3, 5).text().startswith("✗")
    page.tabs.setCurrentWidget(page.checks)  # every school's guarantee checks, failing ones first
    expected_checks = [c for s in assessment.schools for c in s.checks]
    assert page.checks.rowCount() == len(expected_checks)
    failing = sum(1 for c in expected_checks if c.ok is False)
    assert all(page.checks.item(r, 3).text().startswith("✗") for r in range(failing))


def test_the_matrix_sorts_by_value_filters_and_its_tooltips_give_value_threshold_and_gap(open_view, county_path):
    view = open_view(county_path)
    page = show_page(view, "DashboardPage")
    matrix = page.matrix
    proxy = matrix.proxy
    every = proxy.rowCount()
    column = FIRST + 5  # equipment
    matrix.view.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    keys = [proxy.index(r, column).data(SORT_ROLE) for r in range(every)]
    assert keys == sorted(keys)
    matrix.view.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    assert [proxy.index(r, column).data(SORT_ROLE) for r in range(every)] == sorted(keys, reverse=True)

    matrix.failing_box.setChecked(True)
    failing = [r for r in matrix.model.rows if not r.result.compliant]
    assert 0 < proxy.rowCount() == len(failing) < every
    assert all(proxy.index(r, proxy.columnCount() - 1).data().startswith("✗") for r in range(proxy.rowCount()))
    matrix.failing_box.setChecked(False)
    matrix.filter_edit.setText("城关")
    names = [proxy.index(r, 1).data() for r in range(proxy.rowCount())]
    assert names and all("城关" in n for n in names) and len(names) < every
    matrix.filter_edit.clear()
    assert proxy.rowCount() == every

    # a tooltip: the value, the threshold and the gap in the clerk's units
    profile = matrix.model.profile
    for row in matrix.model.rows:
        for column, indicator in enumerate(profile.resource_indicators, start=FIRST):
            result = row.result.indicators[indicator.key]
            tip = matrix.model.data(matrix.model.index(matrix.model.rows.index(row), column),
                                    Qt.ItemDataRole.ToolTipRole)
            assert fmt_number(result.value) in tip and fmt_threshold(result.threshold) in tip
            gap, _ = gap_words(indicator, result, lang="zh", floor_ratio=float(profile.floor_ratio))
            assert gap in tip
            text = matrix.model.data(matrix.model.index(matrix.model.rows.index(row), column))
            assert text[0] == ("✓" if result.reached else "△" if result.above_floor else "✗")


def test_each_schools_share_is_its_part_of_the_weighted_variance(open_view, county_path):
    _records, profile, assessment = engine(county_path)
    view = open_view(county_path)
    page = show_page(view, "DashboardPage")
    assert page.shares.model.rows == []  # filled when its tab is first shown
    page.tabs.setCurrentWidget(page.shares)
    for section in ("primary", "junior"):
        page.section_box.setCurrentIndex(page.section_box.findData(section))
        rows = page.shares.model.rows
        assert rows and all(page.shares.model.data(page.shares.model.index(0, FIRST)).endswith("%") for _ in rows[:1])
        summary = assessment.counties["永昌县"][section]
        total_students = sum(r.result.students for r in rows)
        assert total_students == summary.students
        for indicator in profile.resource_indicators:
            cv = summary.cv[indicator.key]
            variance = (cv.cv * cv.mean) ** 2  # the engine's CV and X̄ give back Σ(Pᵢ/P)(Xᵢ−X̄)²
            shares = [r.shares[indicator.key] for r in rows]
            assert math.isclose(sum(shares), 1.0, rel_tol=1e-9)
            for row in rows:
                quantity = row.result.indicators[indicator.key].quantity
                term = row.result.students / total_students * (quantity / row.result.students - cv.mean) ** 2
                assert math.isclose(row.shares[indicator.key] * variance, term, rel_tol=1e-6, abs_tol=1e-15)


def test_double_clicking_a_school_shows_its_record_packages_and_audit(open_view, county_path, qtbot):
    view = open_view(county_path)
    page = show_page(view, "DashboardPage")
    matrix = page.matrix
    index = matrix.proxy.index(0, 1)
    code = matrix.proxy.index(0, 0).data()
    matrix.view.doubleClicked.emit(index)
    dialog = page.school_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert code in dialog.windowTitle()
    assert dialog.record_table.rowCount() > 5
    assert dialog.package_table.rowCount() >= 1 and dialog.package_table.item(0, 0).text() == "school-report"
    assert dialog.audit_table.rowCount() >= 1
    dialog.close()


def test_a_what_if_edit_changes_the_cv_and_leaves_the_store_as_it_was(open_view, county_path, qtbot):
    view = open_view(county_path)
    page = show_page(view, "WhatIfPage")
    before = workspace_bytes(county_path)
    dashboard = page.dashboard
    stored_cv = dashboard.stored.counties["primary"].cv["equipment_value"].cv
    richest = max((r for r in dashboard.rows("primary")),
                  key=lambda r: r.result.indicators["equipment_value"].value)
    page.school_box.setCurrentIndex(page.school_box.findData(richest.code))
    page.field_box.setCurrentIndex(page.field_box.findData("equipment_value_yuan"))
    page.kind_box.setCurrentIndex(0)
    page.amount.lineEdit().selectAll()
    qtbot.keyClicks(page.amount.lineEdit(), "1000")  # as typed: every keystroke recomputes
    assert page.result is not None
    after_cv = page.result.counties["primary"].cv["equipment_value"].cv
    assert after_cv != stored_cv
    expected = dashboard.whatif.evaluate([Change("set", richest.code, "equipment_value_yuan", 1000.0)])
    assert after_cv == expected.counties["primary"].cv["equipment_value"].cv
    assert page.cv_table.item(1, 5).text().endswith(f"{after_cv:.3f}")
    assert page.cv_table.item(0, 5).text().endswith(f"{stored_cv:.3f}")
    view.context.worker.flush(timeout=30)
    assert workspace_bytes(county_path) == before


def test_scenarios_are_saved_compared_and_deleted(open_view, county_path, qtbot):
    view = open_view(county_path)
    page = show_page(view, "WhatIfPage")
    codes = sorted(page.dashboard.whatif.records)
    page.kind_box.setCurrentIndex(1)
    page.school_box.setCurrentIndex(page.school_box.findData(codes[0]))
    page.field_box.setCurrentIndex(page.field_box.findData("equipment_value_yuan"))
    page.to_box.setCurrentIndex(page.to_box.findData(codes[5]))
    page.amount.setValue(100000)
    page.add_pending()
    assert len(page.changes) == 1 and page.changes[0].kind == "move"
    moved = page.result
    page.save_as("调设备")
    qtbot.waitUntil(lambda: page.saved_list.count() == 1)
    assert page.saved_list.item(0).text() == "调设备"
    page.clear()
    assert page.changes == []
    page.load("调设备")
    assert page.changes == [Change("move", codes[0], "equipment_value_yuan", 100000.0, to=codes[5])]
    assert page.result.counties["primary"].cv == moved.counties["primary"].cv
    stored = page.dashboard.stored.counties["primary"].cv["equipment_value"]
    assert page.cv_table.item(0, 5).text().endswith(f"{stored.cv:.3f}")  # side by side with the stored state
    page.delete("调设备")
    qtbot.waitUntil(lambda: page.saved_list.count() == 0)
    from jinchang_desktop.store.audit import audit_entries

    with Workspace.open(county_path) as ws:
        fields = [e.field for e in audit_entries(ws.conn, action="scenario")]
    assert fields == ["scenario.调设备", "scenario.调设备"]  # the save and the delete


def test_the_plan_runs_as_a_job_and_the_engine_confirms_it(open_view, county_path, qtbot):
    records, profile, _ = engine(county_path)
    view = open_view(county_path)
    page = show_page(view, "PlanPage")
    page.set_cost("equipment_value", "-5")
    assert page.run() is None  # refused before any work, in the core's words
    assert "为负数" in page.summary.text() and "equipment_value" in page.summary.text()
    page.fill_defaults()
    page.set_cost("teaching_space", "4000")
    job = page.run()
    assert job is not None
    qtbot.waitUntil(lambda: page.plan is not None, timeout=60000)
    plan = page.plan
    assert page.costs["teaching_space"].cost == 4000
    planned = []
    for record in records:
        values = dict(record.values)
        for key, amount in plan.additions.get(record.code, {}).items():
            values[key] = values.get(key, 0) + amount
        planned.append(type(record)(record.code, record.name, record.county, record.school_type, record.counted,
                                    record.parent_code, values, record.row))
    verified = assess(planned, profile)
    county = verified.counties["永昌县"]
    passes = all(s.all_cv_ok and s.compliant_schools == s.schools for s in county.values())
    assert passes == plan.all_pass
    assert page.additions.rowCount() == len(plan.additions)
    assert fmt_number(plan.total_cost) in page.summary.text() and fmt_number(plan.lower_bound) in page.summary.text()
    assert page.cvs.rowCount() == len(plan.sections)
    for row, (section, data) in enumerate(plan.sections.items()):
        for column, indicator in enumerate(profile.resource_indicators):
            shown = page.cvs.item(row, column).text()
            ok = verified.counties["永昌县"][section].cv[indicator.key].ok
            assert shown == f"{'✓' if ok else '✗'} {data['cvs_after'][indicator.key]:.3f}"


def test_the_city_page_shows_both_counties_and_the_city_verdict(open_view, tmp_path):
    path = tmp_path / "city"
    shutil.copytree(DEMO / "city-workspace", path)
    view = open_view(path)
    page = show_page(view, "ComparisonPage")
    headers = [page.table.horizontalHeaderItem(c).text() for c in range(page.table.columnCount())]
    assert headers[1:] == ["永昌县", "金川区"]
    verdicts = {o.county: o.verdict for o in page.overviews}
    assert verdicts["永昌县"] == "fails"  # its equipment CV is over the limit
    assert "整市结论" in page.verdict_label.text() and "未通过" in page.verdict_label.text()
    page.table.cellDoubleClicked.emit(1, 2)  # drill down into 金川区
    assert page.county_box.currentText() == "金川区"
    codes = {r.code for r in page.matrix.model.rows}
    overview = next(o for o in page.overviews if o.county == "金川区")
    assert codes == {s.record.code for s in overview.dashboard.schools()
                     if page.section_box.currentData() in s.sections}


def test_the_pages_follow_a_language_switch(open_view, county_path, switcher):
    view = open_view(county_path)
    page = show_page(view, "DashboardPage")
    switcher.apply("en")
    QApplication.sendPostedEvents()
    titles = {name: view.tabs.tabText(i) for i, (_m, name, _t) in enumerate(COUNTY_PAGES)}
    assert titles["DashboardPage"] == "Dashboard" and titles["PlanPage"] == "Investment plan"
    assert page.tabs.tabText(0) == "Compliance matrix"
    assert page.cv_panel.table.verticalHeaderItem(0).text() == "CV"
    model = page.matrix.model
    assert model.headerData(1, Qt.Orientation.Horizontal) == "School"
    tip = model.data(model.index(0, FIRST), Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Teachers above the required qualification")
    assert page.section_box.currentText() in ("primary", "junior secondary")
    switcher.apply("zh")


def test_the_charts_are_drawn_only_when_their_tab_is_shown(open_view, county_path):
    from PySide6.QtWidgets import QLabel

    view = open_view(county_path)
    page = show_page(view, "DashboardPage")
    layout = page.charts_inner.layout()
    assert layout.count() == 0
    page.tabs.setCurrentWidget(page.charts)
    widgets = [layout.itemAt(i).widget() for i in range(layout.count())]
    from jinchang_desktop.gui.county.chart_canvas import ChartCanvas

    # two canvases (the CV chart and the section's distribution), or the sentence saying no CJK font is installed
    assert [type(w) for w in widgets] in ([ChartCanvas, ChartCanvas], [QLabel])
    if isinstance(widgets[0], ChartCanvas):
        title = widgets[0].figure.axes[0].get_title()
        assert "永昌县" in title and "差异系数" in title


def test_moving_more_than_a_school_has_is_said_and_keeps_the_last_good_result(open_view, county_path):
    view = open_view(county_path)
    page = show_page(view, "WhatIfPage")
    codes = sorted(page.dashboard.whatif.records)
    page.kind_box.setCurrentIndex(1)
    page.school_box.setCurrentIndex(page.school_box.findData(codes[0]))
    page.field_box.setCurrentIndex(page.field_box.findData("multimedia_classrooms"))
    page.to_box.setCurrentIndex(page.to_box.findData(codes[1]))
    page.amount.setValue(1)
    good = page.result
    assert page.error == "" and codes[0] in good.changed
    page.amount.setValue(100000)
    assert "不能调出" in page.error and page.status.text() == page.error
    assert page.result is good  # the last scenario that could be judged stays on screen
    page.add_pending()
    assert page.changes == []  # a move that cannot be made is not added
