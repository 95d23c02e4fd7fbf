"""The county-wide items staff declare (`county-items`) reach the inspection tables' 是否达标 column."""
from __future__ import annotations

from pathlib import Path

import openpyxl

from jinchang_desktop.exchange.load import load_table
from tests.exchange.helpers import FINE, TABLE, cli, new_county


def verdict_of_row(workbook: Path, sheet: str, number: int) -> str:
    table = openpyxl.load_workbook(workbook)[sheet]
    [row] = [r for r in range(1, table.max_row + 1) if table.cell(r, 1).value == number]
    return str(table.cell(row, 4).value)


def test_a_declared_county_item_decides_its_row(tmp_path: Path) -> None:
    county = tmp_path / "county"
    with new_county(county) as ws:
        load_table(ws, TABLE)
    assert cli("report", county, "-o", tmp_path / "before.xlsx").returncode == FINE
    assert verdict_of_row(tmp_path / "before.xlsx", "表Ⅳ", 14) == "待填报"  # 优质高中招生名额分配: not declared

    assert cli("county-items", county, "set", "quota_allocation=45", "--note", "招生文件").returncode == FINE
    assert cli("report", county, "-o", tmp_path / "short.xlsx").returncode == FINE
    assert verdict_of_row(tmp_path / "short.xlsx", "表Ⅳ", 14) == "否"  # below the national 50%

    assert cli("county-items", county, "set", "quota_allocation=50").returncode == FINE
    assert cli("report", county, "-o", tmp_path / "met.xlsx").returncode == FINE
    assert verdict_of_row(tmp_path / "met.xlsx", "表Ⅳ", 14) == "是"  # 50% meets 50%: inclusive
