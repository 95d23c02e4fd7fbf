"""Bad input is refused in Chinese and English, naming the field and rule, and stores nothing."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from jinchang_desktop.errors import JcError
from jinchang_desktop.exchange import classes as c
from jinchang_desktop.exchange.importer import import_packages
from jinchang_desktop.exchange.payloads import SCHOOL_REPORT, SchoolReport, school_report_bytes
from jinchang_desktop.exchange.reports import school_record
from jinchang_desktop.ledger.book import add_item, close_item, own_items, refresh_ledger, set_item
from jinchang_desktop.store.ledger import received
from jinchang_desktop.store.workspace import Workspace
from tests.exchange.helpers import USAGE, audit_count, cli, enrol_school, new_county, new_school, sign_package

TODAY = date(2026, 3, 1)


def state(ws: Workspace) -> tuple[int, list[dict]]:
    return audit_count(ws.conn), own_items(ws, TODAY)


@pytest.mark.parametrize(("call", "rule", "zh", "en"), [
    (lambda ws: close_item(ws, "999", "done", today=TODAY), "ledger-item", "没有编号", "no item"),
    (lambda ws: close_item(ws, "abc", "done", today=TODAY), "ledger-item", "没有编号", "no item"),
    (lambda ws: close_item(ws, "1", "   ", today=TODAY), "ledger-text", "不能为空", "must not be empty"),
    (lambda ws: add_item(ws, school="2162100001", text="x", due="2026-13-01", today=TODAY), "ledger-due",
     "YYYY-MM-DD", "YYYY-MM-DD"),
    (lambda ws: add_item(ws, school="2162100001", text="x", due="2026/05/01", today=TODAY), "ledger-due",
     "YYYY-MM-DD", "YYYY-MM-DD"),
    (lambda ws: add_item(ws, school="2162100001", text="x", due="2028-01-01", today=TODAY), "ledger-due",
     "晚于下一个节点", "after the next milestone"),
    (lambda ws: add_item(ws, school="9999999999", text="x", today=TODAY), "ledger-school", "没有标识码", "no school"),
    (lambda ws: add_item(ws, school="2162100001", text=" ", today=TODAY), "ledger-text", "不能为空",
     "must not be empty"),
    (lambda ws: set_item(ws, "1", due="tomorrow", today=TODAY), "ledger-due", "YYYY-MM-DD", "YYYY-MM-DD"),
    (lambda ws: set_item(ws, "1", owner="", today=TODAY), "ledger-text", "不能为空", "must not be empty"),
    (lambda ws: set_item(ws, "1", today=TODAY), "usage", "至少", "at least one"),
])
def test_refused_and_nothing_stored(county: Workspace, call, rule: str, zh: str, en: str) -> None:  # type: ignore[no-untyped-def]
    refresh_ledger(county, trigger="load", today=TODAY)
    before = state(county)
    with pytest.raises(JcError) as caught:
        call(county)
    assert caught.value.rule == rule
    assert zh in caught.value.zh and en in caught.value.en
    assert state(county) == before


def test_set_and_earlier_deadline_accepted(county: Workspace) -> None:
    refresh_ledger(county, trigger="load", today=TODAY)
    assert set_item(county, "1", due="2026-09-01", measures="申报改扩建项目", owner="市住建局", today=TODAY) == 3
    item = own_items(county, TODAY)[0]
    assert (item["due"], item["measures"], item["owner"], item["owner_basis"]) == (
        "2026-09-01", "申报改扩建项目", "市住建局", "set")
    refresh_ledger(county, trigger="view", today=date(2028, 2, 1))  # a later refresh keeps what a person set
    assert own_items(county, TODAY)[0]["due"] == "2026-09-01"


def test_cli_usage_errors_exit_2(county: Workspace) -> None:
    refresh_ledger(county, trigger="load", today=TODAY)
    path = county.path
    county.close()
    for args in (("close", "1"), ("close", "999", "--note", "x"), ("frobnicate",), ("export",),
                 ("add", "--school", "2162100001", "--text", "x", "--due", "2026-02-30")):
        done = cli("ledger", path, *args)
        assert done.returncode == USAGE, args
        assert done.stderr.strip(), args


def test_a_package_with_a_bad_ledger_is_refused_whole(tmp_path: Path) -> None:
    county = new_county(tmp_path / "county")
    school = new_school(tmp_path / "school", "2162100001")
    enrol_school(county, school, tmp_path)
    body = school_report_bytes(SchoolReport(school_record(school), ledger={"ledger_version": 1,
                                                                          "items": [{"id": 1, "status": "gone"}]}))
    sign_package(tmp_path / "bad.jcpkg", school, sequence=1, files={SCHOOL_REPORT: body})
    report = import_packages(county, [tmp_path / "bad.jcpkg"])
    assert [e.cls for e in report.entries] == [c.MALFORMED]
    assert report.entries[0].rule == "payload-ledger"
    assert received(county.conn, county.school_year) == []
    county.close()
    school.close()
