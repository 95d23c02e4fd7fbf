"""The ledger screens on real workspaces: the demo county after importing its inbox with the core importer, the
demo city, and the demo school; every write goes through the database worker to the core."""
from __future__ import annotations

import io
import json
import shutil
import sqlite3
from contextlib import redirect_stdout
from pathlib import Path

import pytest
from openpyxl import load_workbook

from jinchang_desktop.cli import main as cli_main
from jinchang_desktop.exchange.importer import import_packages
from jinchang_desktop.ledger.book import refresh_ledger
from jinchang_desktop.resource_files import resource_path
from jinchang_desktop.store.declared import get_record, set_field
from jinchang_desktop.store.workspace import Workspace


@pytest.fixture(scope="module")
def imported_county(tmp_path_factory) -> Path:
    """The demo county after importing its inbox (the core importer) and refreshing its ledger (the core)."""
    path = tmp_path_factory.mktemp("county") / "county"
    shutil.copytree(resource_path("demo", "county-workspace"), path)
    with Workspace.open(path) as ws:
        import_packages(ws, [resource_path("demo", "county-inbox")])
        refresh_ledger(ws, trigger="import")
    return path


@pytest.fixture
def county(imported_county, tmp_path) -> Path:
    shutil.copytree(imported_county, tmp_path / "county")
    return tmp_path / "county"


def ledger_page(qtbot, view):
    page = view.show_page("LedgerPage")
    qtbot.waitUntil(lambda: page.document is not None, timeout=60_000)
    return page


def reread(qtbot, page) -> None:
    with qtbot.waitSignal(page.loaded, timeout=60_000):
        page.refresh()


def ledger_json(path: Path) -> dict:
    out = io.StringIO()
    with redirect_stdout(out):
        assert cli_main(["ledger", str(path), "--json"]) == 0
    return json.loads(out.getvalue())


def audit_rows(path: Path, like: str) -> list[tuple]:
    conn = sqlite3.connect(path / "workspace.sqlite3")
    try:
        return list(conn.execute("SELECT action, field, old, new, detail FROM audit WHERE field LIKE ? ORDER BY id",
                                 (like,)))
    finally:
        conn.close()


def test_the_county_table_is_the_cli_ledger_and_filters(qtbot, open_view, county):
    page = ledger_page(qtbot, open_view(county))
    expected = ledger_json(county)["items"]
    assert expected
    assert sorted(page.visible_items(), key=lambda i: i["id"]) == sorted(expected, key=lambda i: i["id"])
    assert page.countdownLabel.text().startswith("距省级验收（2027-12-31）还有")
    page.set_filter("owner", "市教育局")
    assert page.visible_items() and {i["owner"] for i in page.visible_items()} == {"市教育局"}
    assert len(page.visible_items()) == sum(1 for i in expected if i["owner"] == "市教育局")
    page.set_filter("status", "ready")
    assert page.visible_items() == []
    page.set_filter("status", "open")
    page.set_filter("owner", "")
    assert len(page.visible_items()) == sum(1 for i in expected if i["status"] == "open")
    # 一校一策: one row per school with items, its counts from the core's school_pages
    schools = ledger_json(county)["schools"]
    assert page.schoolTable.rowCount() == len(schools)
    code = next(iter(schools))
    page.show_school(code)
    assert page.schoolItems.rowCount() == len(schools[code]["items"])


def test_closing_a_failing_item_is_refused_with_the_cores_reason(qtbot, open_view, county):
    page = ledger_page(qtbot, open_view(county))
    before = ledger_json(county)["items"]
    page.select_item(1)
    page.noteEdit.setText("已整改")
    with qtbot.waitSignal(page.written, timeout=30_000) as signal:
        page.close_item()
    assert signal.args == [False]
    assert "数据仍未达标，不能销号" in page.messageLabel.text() and "还差" in page.messageLabel.text()
    assert ledger_json(county)["items"] == before
    assert audit_rows(county, "ledger.1.%close%") == []


def test_a_deadline_after_the_milestone_is_refused(qtbot, open_view, county):
    page = ledger_page(qtbot, open_view(county))
    page.select_item(2)
    page.dueEdit.setText("2028-06-30")
    with qtbot.waitSignal(page.written, timeout=30_000) as signal:
        page.save_plan()
    assert signal.args == [False]
    assert "晚于下一个节点" in page.messageLabel.text()
    assert next(i for i in ledger_json(county)["items"] if i["id"] == 2)["due"] == "2027-06-30"
    # an earlier date and measures are kept
    page.dueEdit.setText("2027-03-31")
    page.measuresEdit.setPlainText("调配两名体育教师")
    with qtbot.waitSignal(page.loaded, timeout=30_000):
        page.save_plan()
    item = next(i for i in ledger_json(county)["items"] if i["id"] == 2)
    assert (item["due"], item["measures"]) == ("2027-03-31", "调配两名体育教师")


def test_closing_a_ready_item_with_a_note_works_and_is_audited(qtbot, open_view, county):
    first = ledger_json(county)["items"][0]
    assert first["id"] == 1 and first["indicator"] == "teaching_space"
    # Better figures for the school (the store's own write), then the core's refresh: the item turns ready.
    with Workspace.open(county) as ws:
        record = get_record(ws.conn, first["school_code"], ws.school_year)
        area = record.values["teaching_aux_area_m2"] + 1000
        set_field(ws.conn, first["school_code"], ws.school_year, "teaching_aux_area_m2", area, action="entry")
        refresh_ledger(ws, trigger="load")
    page = ledger_page(qtbot, open_view(county))
    page.set_filter("status", "ready")
    assert [i["id"] for i in page.visible_items()] == [1]
    page.select_item(1)
    page.noteEdit.setText("新建教学楼已投入使用")
    with qtbot.waitSignal(page.loaded, timeout=30_000):
        page.close_item()
    assert "已销号" in page.messageLabel.text()
    item = next(i for i in ledger_json(county)["items"] if i["id"] == 1)
    assert (item["status"], item["close_note"]) == ("closed", "新建教学楼已投入使用")
    assert any("新建教学楼已投入使用" in str(row) for row in audit_rows(county, "ledger.1.%"))


def test_an_item_added_by_hand(qtbot, open_view, county):
    page = ledger_page(qtbot, open_view(county))
    dialog = page.open_add_dialog()
    dialog.textEdit.setPlainText("围墙破损（走访发现）")
    dialog.dueEdit.setText("2029-01-01")
    dialog.send()  # refused by the core: the dialog stays open with its reason, nothing is added
    qtbot.waitUntil(lambda: "晚于下一个节点" in dialog.messageLabel.text(), timeout=30_000)
    assert dialog.isVisible()
    assert not [i for i in ledger_json(county)["items"] if i["origin"] == "hand"]
    dialog.dueEdit.setText("")
    with qtbot.waitSignal(page.loaded, timeout=30_000):
        dialog.send()
    added = [i for i in ledger_json(county)["items"] if i["origin"] == "hand"]
    assert [i["text"] for i in added] == ["围墙破损（走访发现）"]
    assert any(i["id"] == added[0]["id"] for i in page.visible_items())


def test_excel_export_writes_a_new_file_and_never_overwrites(qtbot, open_view, county, tmp_path):
    page = ledger_page(qtbot, open_view(county))
    out = tmp_path / "台账.xlsx"
    with qtbot.waitSignal(page.written, timeout=60_000) as signal:
        page.export_excel(out)
    assert signal.args == [True]
    book = load_workbook(out)
    assert book.sheetnames[0] == "汇总" and "来源" in book.sheetnames
    rows = sum(book[name].max_row - 1 for name in book.sheetnames if name not in ("汇总", "来源"))
    assert rows == len(ledger_json(county)["items"])
    before = out.read_bytes()
    with qtbot.waitSignal(page.written, timeout=60_000) as signal:
        page.export_excel(out)
    assert signal.args == [False] and "不会覆盖" in page.messageLabel.text()
    assert out.read_bytes() == before
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")]  # nothing half-written left


def test_the_city_page_counts_are_the_counties_ledgers(qtbot, open_view, tmp_path):
    city = tmp_path / "city"
    shutil.copytree(resource_path("demo", "city-workspace"), city)
    page = ledger_page(qtbot, open_view(city))
    counties = ledger_json(city)["counties"]
    assert page.countiesTable.rowCount() == len(counties) == 2
    for row, (code, county) in enumerate(counties.items()):
        status = county["counts"]["status"]
        cells = [page.countiesTable.item(row, c).text() for c in range(7)]
        assert cells[0].startswith(code)
        assert cells[3:7] == [str(status["open"]), str(status["ready"]), str(status["closed"]),
                              str(county["counts"]["overdue"])]
    total = sum(c["counts"]["status"]["open"] for c in counties.values())
    assert f"未整改 {total}" in page.countsLabel.text()
    # by department for one county: the table holds that county's counts
    code = next(iter(counties))
    page.scopeEdit.setCurrentIndex(page.scopeEdit.findData(code))
    by_department = counties[code]["counts"]["by_department"]
    shown = {page.departmentTable.item(r, 0).text(): int(page.departmentTable.item(r, 1).text())
             for r in range(page.departmentTable.rowCount())}
    assert shown == {k: v["open"] for k, v in by_department.items()}
    assert page.canvas is not None and page.canvas.objectName() == "trendChart"
    # every county's items, filterable by county, read-only
    items = page.show_items()
    qtbot.waitUntil(lambda: items.document is not None, timeout=60_000)
    expected = ledger_json(city)["items"]
    assert sorted(i["id"] for i in items.visible_items()) == sorted(i["id"] for i in expected)
    name = counties[code]["name"]
    items.set_filter("county", name)
    assert {i["county"] for i in items.visible_items()} == {name}
    assert len(items.visible_items()) == sum(1 for i in expected if i["county"] == name)
    assert not items.saveButton.isVisible() and not items.closeButton.isVisible()


def test_the_school_panel_lists_the_schools_items(qtbot, open_view, demo_workspace):
    view = open_view(demo_workspace)
    assert view.ledger_panel is None  # not built at start-up
    panel = view.show_ledger(True)
    qtbot.waitUntil(lambda: panel.document is not None, timeout=60_000)
    items = ledger_json(demo_workspace)["items"]
    assert panel.table.rowCount() == len(items)
    assert sorted(panel.table.item(r, 0).data(0x0100) for r in range(panel.table.rowCount())) == \
        sorted(i["id"] for i in items)
    assert "还有" in panel.countdownLabel.text()


def test_the_page_follows_an_import_in_the_view(qtbot, open_view, tmp_path):
    """The county imports its inbox through the view: the view emits data_changed and the open page reads again,
    and the import kept a snapshot as the import command does."""
    path = tmp_path / "county"
    shutil.copytree(resource_path("demo", "county-workspace"), path)
    view = open_view(path)
    page = ledger_page(qtbot, view)
    before = len(page.visible_items())
    with qtbot.waitSignal(view.data_changed, timeout=120_000):
        view.import_packages([resource_path("demo", "county-inbox")])
    qtbot.waitUntil(lambda: len(page.visible_items()) > before, timeout=60_000)
    document = ledger_json(path)
    assert sorted(i["id"] for i in page.visible_items()) == sorted(i["id"] for i in document["items"])
    assert "import" in [s["trigger"] for s in document["snapshots"]]


def test_an_overdue_item_comes_first_and_says_so_in_words(qtbot, open_view, county):
    page = ledger_page(qtbot, open_view(county))
    page.select_item(7)
    page.dueEdit.setText("2024-01-31")  # earlier than the milestone: accepted, and already past
    with qtbot.waitSignal(page.loaded, timeout=30_000):
        page.save_plan()
    first = page.proxy.index(0, 0)
    assert page.visible_items()[0]["id"] == 7 and page.visible_items()[0]["overdue"] is True
    assert page.proxy.index(0, 2).data() == "⚠ 逾期" and page.proxy.index(0, 1).data() == "✗ 未整改"
    assert first.data() == "7"
    page.overdueOnly.setChecked(True)
    assert [i["id"] for i in page.visible_items()] == [7]
    assert "逾期 1" in page.countsLabel.text()
