"""``plan``: small worked counties whose optimum was found by hand, re-assessment, infeasibility, bad cost files.

Hand computations (national profile, default unit costs):
- ONE_SHORT: 1000 primary students, 20 multimedia rooms (2.0 per 100; threshold 2.3, floor 1.955) and 7000 m²
  of sports ground (7.0 per student; threshold 7.5, floor 6.375). Two misses fail the rule; leaving either at
  ≥ 85% passes. Rooms to 2.3: +3 × 50,000 = 150,000; ground to 7.5: +500 m² × 400 = 200,000. Optimum: 3 rooms.
  With rooms at 80,000 (240,000) the ground is cheaper: +500 m².
- TWO_APART: two primary schools of 100 students, everything equal per student except equipment: 2,000 and
  20,000 yuan per student. CV = |X₁−X₂|/(X₁+X₂) = 0.818 > 0.50. Only adding to the poorer school lowers it;
  CV ≤ 0.5 ⇔ 20000 − m ≤ 0.5 (20000 + m) ⇔ m ≥ 20000/3; (20000/3 − 2000) × 100 = 466,666.67 → 466,667 yuan.
- THROUGH: a 九年一贯制 with 100 + 100 students; facility shares 100/210 and 110/210. 3 multimedia rooms give
  1.43 and 1.57 per 100 (floors 1.955 and 2.04). Rooms R with 10R/21 ≥ 2.3 and 11R/21 ≥ 2.4: R ≥ 4.83 → 5.
  One purchase serves both sections: +2 rooms, 100,000 yuan (planning each section alone would buy 4).
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from jinchang_desktop.exchange.load import load_table
from jinchang_desktop.planning.costs import load_costs
from jinchang_desktop.planning.plan import plan_county
from jinchang_desktop.standards.assess import Cancelled, assess
from jinchang_desktop.standards.catalogue import load_profile
from jinchang_desktop.standards.table import read_table
from jinchang_desktop.store.declared import set_field
from tests.core.tables import write_csv
from tests.exchange.helpers import COUNTY, FINE, REFUSED, TABLE, USAGE, cli, new_county

COUNTY_NAME = "演示县"


def primary(code: str, students: int, **values: Any) -> dict[str, Any]:
    """A primary school comfortably above every threshold, per student the same whatever its size."""
    row: dict[str, Any] = {
        "school_code": code, "school_name": f"学校{code[-2:]}", "county": COUNTY_NAME, "school_type": "primary",
        "primary_students": students, "primary_qualified_teachers": students // 20,
        "primary_backbone_teachers": students // 50, "primary_pe_art_teachers": students // 100,
        "teaching_aux_area_m2": students * 5.5, "sports_ground_area_m2": students * 8,
        "equipment_value_yuan": students * 2500, "multimedia_classrooms": students * 3 // 100,
    }
    row.update(values)
    return row


ONE_SHORT = [primary("6299000001", 1000, multimedia_classrooms=20, sports_ground_area_m2=7000)]
TWO_APART = [primary("6299000001", 100, equipment_value_yuan=200000),
             primary("6299000002", 100, equipment_value_yuan=2000000)]
THROUGH = [{
    "school_code": "6299000003", "school_name": "九年制", "county": COUNTY_NAME, "school_type": "nine_year",
    "primary_students": 100, "junior_students": 100, "primary_qualified_teachers": 5,
    "junior_qualified_teachers": 6, "primary_backbone_teachers": 2, "junior_backbone_teachers": 2,
    "primary_pe_art_teachers": 1, "junior_pe_art_teachers": 1, "teaching_aux_area_m2": 1200,
    "sports_ground_area_m2": 2000, "equipment_value_yuan": 500000, "multimedia_classrooms": 3,
}]


def plan_json(tmp_path: Path, rows: list[dict[str, Any]], *extra: object) -> dict[str, Any]:
    result = cli("plan", write_csv(tmp_path / "county.csv", rows), "--json", *extra)
    assert result.returncode == FINE, result.stderr
    document: dict[str, Any] = json.loads(result.stdout)
    return document


def reassessed(rows: list[dict[str, Any]], document: dict[str, Any], tmp_path: Path) -> None:
    """Enter the plan's additions into the table and run the engine on it: everything passes."""
    planned = [dict(row) for row in rows]
    by_code = {row["school_code"]: row for row in planned}
    for school in document["schools"]:
        for key, amount in school["additions"].items():
            by_code[school["code"]][key] = by_code[school["code"]].get(key, 0) + amount
    assessment = assess(read_table(write_csv(tmp_path / "planned.csv", planned)), load_profile("national"))
    for sections in assessment.counties.values():
        for summary in sections.values():
            assert summary.compliant_schools == summary.schools and summary.all_cv_ok


def test_one_school_two_misses(tmp_path: Path) -> None:
    document = plan_json(tmp_path, ONE_SHORT)
    assert document["schools"] == [{"code": "6299000001", "additions": {"multimedia_classrooms": 3},
                                    "cost": 150000}]
    assert document["total_cost"] == 150000 and document["lower_bound"] == 150000
    assert document["all_pass"] is True and document["sections"]["primary"]["all_pass"] is True
    assert set(document["sections"]) == {"primary"}
    assert set(document["sections"]["primary"]["cvs_after"]) == {
        "qualified_teachers", "backbone_teachers", "pe_art_teachers", "teaching_space", "sports_space",
        "equipment_value", "multimedia_rooms"}
    reassessed(ONE_SHORT, document, tmp_path)


def test_the_choice_follows_the_costs(tmp_path: Path) -> None:
    costs = tmp_path / "costs.csv"
    costs.write_text("指标,单价\nqualified_teachers,120000\nbackbone_teachers,30000\npe_art_teachers,120000\n"
                     "teaching_space,3500\nsports_space,400\nequipment_value,1\nmultimedia_rooms,80000\n",
                     encoding="utf-8")
    document = plan_json(tmp_path, ONE_SHORT, "--costs", costs)
    assert document["schools"] == [{"code": "6299000001", "additions": {"sports_ground_area_m2": 500},
                                    "cost": 200000}]
    reassessed(ONE_SHORT, document, tmp_path)


def test_a_cv_is_brought_under_its_limit_at_least_cost(tmp_path: Path) -> None:
    before = assess(read_table(write_csv(tmp_path / "before.csv", TWO_APART)), load_profile("national"))
    assert not before.counties[COUNTY_NAME]["primary"].cv["equipment_value"].ok
    document = plan_json(tmp_path, TWO_APART)
    assert document["schools"] == [{"code": "6299000001", "additions": {"equipment_value_yuan": 466667},
                                    "cost": 466667}]
    assert document["lower_bound"] == 466666.67  # the continuous optimum: the plan is within one yuan of it
    cv = document["sections"]["primary"]["cvs_after"]["equipment_value"]
    assert 0.4999 < cv <= 0.5
    reassessed(TWO_APART, document, tmp_path)


def test_a_through_school_buys_shared_rooms_once(tmp_path: Path) -> None:
    document = plan_json(tmp_path, THROUGH)
    assert document["schools"] == [{"code": "6299000003", "additions": {"multimedia_classrooms": 2},
                                    "cost": 100000}]
    assert set(document["sections"]) == {"primary", "junior"} and document["all_pass"] is True
    reassessed(THROUGH, document, tmp_path)


def test_new_teachers_are_teachers(tmp_path: Path) -> None:
    rows = [primary("6299000001", 1000, primary_qualified_teachers=30, primary_pe_art_teachers=5)]
    document = plan_json(tmp_path, rows)
    additions = document["schools"][0]["additions"]
    # Qualified 30 of 42 needed (4.2 per 100), PE/art 5 of 9 (0.9 per 100): two misses. Leaving qualified at
    # ≥ 85% (35.7 → 36, +6) and PE/art to 9 (+4) is 10 teachers; the other way, 42 (+12) and 7.65 → 8 (+3), 15.
    assert additions == {"primary_qualified_teachers": 6, "primary_pe_art_teachers": 4}
    assert document["schools"][0]["cost"] == 10 * 120000
    reassessed(rows, document, tmp_path)


def test_plan_of_a_county_workspace_passes_when_reassessed(tmp_path: Path) -> None:
    path = tmp_path / "county"
    with new_county(path) as ws:
        load_table(ws, TABLE)
    result = cli("plan", path, "--json")
    assert result.returncode == FINE, result.stderr
    document = json.loads(result.stdout)
    assert document["all_pass"] is True and document["total_cost"] >= document["lower_bound"] >= 0
    records = [r for r in read_table(TABLE) if r.county == COUNTY]
    profile = load_profile("national")
    plan = plan_county(records, profile, load_costs(profile), COUNTY)
    assert plan.to_json() == json.loads(json.dumps(document))
    text = cli("plan", path)
    assert text.returncode == FINE and "合计" in text.stdout and "下界" in text.stdout


def test_new_teachers_are_teachers_where_the_school_counts_them(tmp_path: Path) -> None:
    path = county_workspace(tmp_path, [primary("6299000001", 1000, primary_qualified_teachers=30)],
                            primary_teachers=70)
    document = json.loads(cli("plan", path, "--json").stdout)
    # one miss may stay at ≥ 85%: 35.7 → 36 qualified (+6), and each is a new teacher
    assert document["schools"][0]["additions"] == {"primary_qualified_teachers": 6, "primary_teachers": 6}


def county_workspace(tmp_path: Path, rows: list[dict[str, Any]], **values: int) -> Path:
    """A county workspace named like the rows' county, holding them, with ``values`` set on the first school."""
    path = tmp_path / "county"
    with new_county(path, name=COUNTY_NAME) as ws:
        load_table(ws, write_csv(tmp_path / "rows.csv", rows))
        for key, value in values.items():
            set_field(ws.conn, rows[0]["school_code"], ws.school_year, key, value, action="entry")
    return path


def test_a_plan_that_cannot_pass_says_which_limit_and_why(tmp_path: Path) -> None:
    # 20,000 pupils need 714 qualified teachers even at 85% (840 at the threshold); 1,990 teachers are on the
    # books already, so the 专任教师数 would pass its limit of 2,000.
    path = county_workspace(tmp_path, [primary("6299000001", 20000, primary_qualified_teachers=500)],
                            primary_teachers=1990)
    result = cli("plan", path, "--json")
    assert result.returncode == REFUSED, result.stderr
    document = json.loads(result.stdout)
    assert document["all_pass"] is False
    [problem] = document["infeasible"]
    assert problem["limit"] == "school_rule" and problem["field"] == "primary_teachers"
    assert "超过该项上限 2000" in problem["zh"] and "beyond the field's limit 2000" in problem["en"]
    text = cli("plan", path)
    assert text.returncode == REFUSED and "超过该项上限" in text.stdout


def test_bad_cost_files_are_refused_before_any_work(tmp_path: Path) -> None:
    table = write_csv(tmp_path / "county.csv", ONE_SHORT)
    full = {"qualified_teachers": "120000", "backbone_teachers": "30000", "pe_art_teachers": "120000",
            "teaching_space": "3500", "sports_space": "400", "equipment_value": "1", "multimedia_rooms": "50000"}
    cases = {
        "negative": ({**full, "sports_space": "-400"}, "为负数", "is negative", "cost-negative"),
        "missing": ({k: v for k, v in full.items() if k != "teaching_space"}, "缺少“teaching_space”",
                    "gives no cost for 'teaching_space'", "cost-missing"),
        "text": ({**full, "equipment_value": "'cheap'"}, "不是数字", "is not a number", "cost-number"),
        "unknown": ({**full, "pianos": "9000"}, "未知的指标“pianos”", "unknown indicator 'pianos'", "cost-key"),
    }
    for name, (costs, zh, en, rule) in cases.items():
        path = tmp_path / f"{name}.toml"
        path.write_text("[costs]\n" + "".join(f"{k} = {v}\n" for k, v in costs.items()), encoding="utf-8")
        result = cli("plan", table, "--costs", path, "--json")
        assert result.returncode == USAGE, name
        assert result.stdout == ""
        assert zh in result.stderr and en in result.stderr and f"rule: {rule}" in result.stderr, result.stderr
        assert str(path) in result.stderr
    broken = tmp_path / "broken.toml"
    broken.write_text("[costs\n", encoding="utf-8")
    result = cli("plan", table, "--costs", broken)
    assert result.returncode == USAGE and "cost-file" in result.stderr


def test_progress_and_cancel() -> None:
    records = [r for r in read_table(TABLE) if r.county == COUNTY]
    profile = load_profile("national")
    costs = load_costs(profile)
    seen: list[tuple[int, int]] = []
    plan_county(records, profile, costs, COUNTY, progress=lambda done, total: seen.append((done, total)))
    assert seen[0][0] == 0 and seen[-1][0] == seen[-1][1]
    with pytest.raises(Cancelled):
        plan_county(records, profile, costs, COUNTY, cancel=lambda: True)


def test_a_city_plans_one_county_at_a_time(tmp_path: Path) -> None:
    import shutil

    from tests.conftest import REPO

    city = tmp_path / "city"
    shutil.copytree(REPO / "resources" / "demo" / "city-workspace", city)
    result = cli("plan", city, "--json")
    assert result.returncode == USAGE and "--county" in result.stderr and "金川区" in result.stderr
    yongchang = json.loads(cli("plan", city, "--county", "永昌县", "--json").stdout)
    assert yongchang["all_pass"] is True and yongchang["total_cost"] > 0
    assert {school["code"][:5] for school in yongchang["schools"]} == {"21621"}  # only 永昌县's schools
