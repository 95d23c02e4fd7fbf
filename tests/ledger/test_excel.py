"""The ledger workbook read back with openpyxl: a summary, one sheet per department, provenance, and text cells
that never run as formulas."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl

from jinchang_desktop.exchange.ws_profile import workspace_profile
from jinchang_desktop.ledger.book import add_item, ledger_counts, own_items, refresh_ledger, set_item
from jinchang_desktop.reports.ledger_excel import NO_OWNER, PROVENANCE, SUMMARY, export_ledger, neutral, sheet_name
from jinchang_desktop.store.workspace import Workspace
from tests.exchange.helpers import FINE, cli

TODAY = date(2026, 3, 1)


def test_workbook_matches_the_ledger(county: Workspace, tmp_path: Path) -> None:
    refresh_ledger(county, trigger="load", today=TODAY)
    add_item(county, school="2162100001", text="=HYPERLINK(\"http://x\",\"点我\")", owner="市住建局", today=TODAY)
    set_item(county, "1", measures="+SUM(A1:A9) 申报项目", today=TODAY)
    out = tmp_path / "台账.xlsx"
    sheets = export_ledger(county, out, TODAY)
    items = own_items(county, TODAY)
    counts = ledger_counts(items)

    book = openpyxl.load_workbook(out)
    departments = sorted({i["owner"] for i in items})
    assert book.sheetnames == [SUMMARY, *departments, PROVENANCE] and sheets == len(book.sheetnames)
    for department in departments:
        rows = list(book[department].iter_rows(min_row=2, values_only=True))
        assert sorted(r[0] for r in rows) == sorted(i["id"] for i in items if i["owner"] == department)
    summary = {row[0]: row[1:] for row in book[SUMMARY].iter_rows(min_row=4, values_only=True) if row[0]}
    assert summary["合计 Total"] == (counts["status"]["open"], counts["status"]["ready"], counts["status"]["closed"],
                                     counts["overdue"], len(items))
    for department, bucket in counts["by_department"].items():
        assert summary[department][:3] == (bucket["open"], bucket["ready"], bucket["closed"])

    texts = [cell for sheet in book.worksheets for row in sheet.iter_rows() for cell in row
             if isinstance(cell.value, str)]
    assert texts and all(cell.data_type == "s" for cell in texts)  # no formula cell anywhere
    assert all(not cell.value.startswith(("=", "+", "-", "@", "\t")) for cell in texts)
    hand = [r for r in book["市住建局"].iter_rows(min_row=2, values_only=True)]
    assert hand[0][5] == "'=HYPERLINK(\"http://x\",\"点我\")"

    provenance = dict(book[PROVENANCE].iter_rows(min_row=2, values_only=True))
    assert provenance["评估标准 Standard"] == "jinchang"
    assert provenance["标准 SHA-256 Standard SHA-256"] == workspace_profile(county).sha256
    assert provenance["程序版本 App version"].startswith("jinchang-desktop ")


def test_neutral_and_sheet_names() -> None:
    assert [neutral(v) for v in ("=1", "-2", "@a", "\tx", "ok", 5, None)] == ["'=1", "'-2", "'@a", "'\tx", "ok", 5,
                                                                              None]
    taken: set[str] = set()
    assert sheet_name("", taken) == NO_OWNER
    assert sheet_name("市教育局/体卫艺科[一]", taken) == "市教育局_体卫艺科_一_"
    assert sheet_name("市教育局/体卫艺科[一]", taken) == "市教育局_体卫艺科_一_~2"
    assert len(sheet_name("很" * 40, taken)) <= 31


def test_cli_export(county: Workspace, tmp_path: Path) -> None:
    path = county.path
    county.close()
    done = cli("ledger", path, "export", "-o", tmp_path / "out.xlsx")
    assert done.returncode == FINE, done.stderr
    assert openpyxl.load_workbook(tmp_path / "out.xlsx").sheetnames[0] == SUMMARY
