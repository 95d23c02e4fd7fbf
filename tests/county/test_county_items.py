"""``county-items``: declaring county-wide items, the scorecard, refusals, the audit row and ``assess --json``."""
from __future__ import annotations

import json
from pathlib import Path

from jinchang_desktop.exchange.load import load_table
from jinchang_desktop.reports.county_items import county_item_values
from jinchang_desktop.store.audit import audit_entries
from jinchang_desktop.store.workspace import Workspace
from tests.exchange.helpers import COUNTY, FINE, TABLE, USAGE, cli, new_county


def county_with_schools(tmp_path: Path, profile: str = "jinchang") -> Path:
    path = tmp_path / "county"
    with new_county(path, profile=profile) as ws:
        load_table(ws, TABLE)
    return path


def items_dump(path: Path) -> list[tuple[object, ...]]:
    with Workspace.open(path) as ws:
        return ws.conn.execute("SELECT * FROM county_items ORDER BY key").fetchall()


def test_set_then_list_as_json(tmp_path: Path) -> None:
    ws_path = county_with_schools(tmp_path)
    result = cli("county-items", ws_path, "set", "social_recognition=91.5", "layout_planning=是",
                 "four_unifications=否", "staff_student_ratio.primary=17", "--note", "2025年满意度调查报告")
    assert result.returncode == FINE, result.stderr
    result = cli("county-items", ws_path, "--json")
    assert result.returncode == FINE, result.stderr
    data = json.loads(result.stdout)
    assert data["county"] == COUNTY and data["profile"] == "jinchang"
    items = {i["key"]: i for i in data["items"]}
    assert items["social_recognition"] == {"key": "social_recognition", "value": 91.5,
                                           "note": "2025年满意度调查报告"}
    assert items["layout_planning"]["value"] is True and items["four_unifications"]["value"] is False
    rows = data["scorecard"]
    assert rows[0]["key"] == "social_recognition" and rows[0]["veto"] is True and rows[0]["status"] == "met"
    status = {r["key"]: r["status"] for r in rows}
    assert status["four_unifications"] == "not_met" and status["staff_student_ratio.primary"] == "met"
    assert status["staff_student_ratio.junior"] == "no_data" and status["teacher_pay"] == "no_data"
    # the rows computed from school data are there too
    assert status["school_rule.primary"] in ("met", "not_met") and "cv.equipment_value.primary" in status
    with Workspace.open(ws_path) as ws:
        assert county_item_values(ws) == {"social_recognition": 91.5, "layout_planning": True,
                                          "four_unifications": False, "staff_student_ratio.primary": 17}


def test_text_listing_marks_veto_and_notes(tmp_path: Path) -> None:
    ws_path = county_with_schools(tmp_path)
    assert cli("county-items", ws_path, "set", "social_recognition=80", "--note", "问卷").returncode == FINE
    result = cli("county-items", ws_path)
    assert result.returncode == FINE, result.stderr
    first = result.stdout.splitlines()[1]
    assert "[否决]" in first and "未达标" in first and "佐证：问卷" in result.stdout


def test_audit_row_per_changed_item(tmp_path: Path) -> None:
    ws_path = county_with_schools(tmp_path)
    assert cli("county-items", ws_path, "set", "teacher_rotation=12", "--note", "轮岗名单").returncode == FINE
    assert cli("county-items", ws_path, "set", "teacher_rotation=12", "--note", "轮岗名单").returncode == FINE
    assert cli("county-items", ws_path, "set", "teacher_rotation=15").returncode == FINE
    with Workspace.open(ws_path) as ws:
        rows = audit_entries(ws.conn, field="county_item.teacher_rotation")
    assert [(r.old, r.new) for r in reversed(rows)] == [(None, 12), (12, 15)]
    assert rows[-1].detail == f"{COUNTY}：轮岗名单" and rows[0].detail == f"{COUNTY}：轮岗名单"
    assert items_dump(ws_path)[0][3:5] == (15, "轮岗名单")  # the note stays when none is given


def test_bad_key_and_out_of_range_store_nothing(tmp_path: Path) -> None:
    ws_path = county_with_schools(tmp_path)
    assert cli("county-items", ws_path, "set", "teacher_pay=1.05").returncode == FINE
    before = items_dump(ws_path)
    cases = {
        ("social_recognition=101",): ("超出范围 0–100", "outside 0–100", "county-item-range"),
        ("teacher_pay=1.2", "no_such_item=3"): ("未知的县域指标", "unknown county-wide item", "county-item-key"),
        ("nearby_enrolment=100",): ("nearby_enrolment.primary", "one value per section", "county-item-key"),
        ("monitoring_school_gap=1.5",): ("超出范围", "outside 0–1", "county-item-range"),
        ("layout_planning=也许",): ("应填“是”或“否”", "takes 是 (yes) or 否 (no)", "county-item-yes-no"),
        ("teacher_pay=-1",): ("不能为负数", "must not be negative", "county-item-number"),
        ("teacher_pay",): ("KEY=VALUE", "KEY=VALUE", "usage"),
    }
    for words, (zh, en, rule) in cases.items():
        result = cli("county-items", ws_path, "set", *words)
        assert result.returncode == USAGE, words
        assert zh in result.stderr and en in result.stderr and f"rule: {rule}" in result.stderr, result.stderr
        assert items_dump(ws_path) == before


def test_school_workspace_has_no_county_items(tmp_path: Path) -> None:
    path = tmp_path / "school"
    Workspace.create(path, role="school", code="2162100001", name="永昌县第一小学", county=COUNTY,
                     school_year=2025).close()
    result = cli("county-items", path, "set", "teacher_pay=1")
    assert result.returncode == USAGE and "only county and city workspaces" in result.stderr


def test_assess_json_gains_county_items(tmp_path: Path) -> None:
    ws_path = county_with_schools(tmp_path)
    assert cli("county-items", ws_path, "set", "social_recognition=91.5", "homework_load=否",
               "staff_student_ratio.junior=14").returncode == FINE
    result = cli("assess", ws_path, "--json")
    assert result.returncode == FINE, result.stderr
    county = json.loads(result.stdout)["counties"][COUNTY]
    assert {"primary", "junior"} <= set(county)  # the sections stay as they were
    items = {i["key"]: i for i in county["county_items"]}
    assert all(set(i) == {"key", "value", "threshold", "ok"} for i in items.values())
    assert items["social_recognition"] == {"key": "social_recognition", "value": 91.5, "threshold": 85, "ok": True}
    assert items["homework_load"] == {"key": "homework_load", "value": False, "threshold": None, "ok": False}
    assert items["staff_student_ratio.junior"] == {"key": "staff_student_ratio.junior", "value": 14,
                                                   "threshold": 13.5, "ok": False}
    assert items["teacher_pay"] == {"key": "teacher_pay", "value": None, "threshold": 1, "ok": None}
    assert items["special_school_funding"]["threshold"] == 7000  # the Jinchang profile's threshold


def test_assess_json_of_a_table_lists_items_undeclared(tmp_path: Path) -> None:
    result = cli("assess", TABLE, "--json")
    assert result.returncode == FINE, result.stderr
    for county in json.loads(result.stdout)["counties"].values():
        assert county["county_items"] and all(i["ok"] is None for i in county["county_items"])


def test_a_city_names_the_county(tmp_path: Path) -> None:
    import shutil

    from tests.conftest import REPO

    city = tmp_path / "city"
    shutil.copytree(REPO / "resources" / "demo" / "city-workspace", city)
    result = cli("county-items", city, "--json")
    assert result.returncode == USAGE and "--county" in result.stderr
    result = cli("county-items", city, "--county", "金川区", "--json")
    assert result.returncode == FINE, result.stderr
    data = json.loads(result.stdout)
    assert data["county"] == "金川区" and {r["status"] for r in data["scorecard"]} >= {"met"}
    assert cli("county-items", city, "--county", "金川区", "set", "teacher_pay=0.98").returncode == FINE
    county = json.loads(cli("assess", city, "--json").stdout)["counties"]["金川区"]
    assert {"key": "teacher_pay", "value": 0.98, "threshold": 1, "ok": False} in county["county_items"]


def test_a_county_holds_only_its_own_items(tmp_path: Path) -> None:
    ws_path = county_with_schools(tmp_path)
    result = cli("county-items", ws_path, "set", "teacher_pay=1", "--county", "金川区")
    assert result.returncode == USAGE and "only its own items" in result.stderr
    assert items_dump(ws_path) == []
