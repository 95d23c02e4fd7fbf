"""``check``, ``explain`` and the refusing ``export`` through the real command line on a copy of the shipped demo
school, and its warnings travelling to the county: shown at import, and flagged when a package lacks explanations."""
from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from jinchang_desktop.exchange.payloads import read_school_report
from jinchang_desktop.exchange.readiness import UNEXPLAINED
from jinchang_desktop.exchange.reports import export_report
from jinchang_desktop.packages.format import read_package
from jinchang_desktop.standards.fields import field_catalogue
from jinchang_desktop.store.workspace import Workspace
from tests.exchange.helpers import (
    FINE,
    REFUSED,
    REPO,
    USAGE,
    cli,
    enrol_school,
    explain_warnings,
    new_county,
    school_payload,
    sign_package,
)

# scripts/make_demo_workspace.py: equipment up 45%, art rooms doubled, multimedia rooms within 2% of the standard.
DEMO_WARNINGS = ["equipment_value_yuan", "multimedia_classrooms", "art_rooms"]


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    target = tmp_path / "demo-school"
    shutil.copytree(REPO / "resources" / "demo" / "school-workspace", target)
    return target


def query(workspace: Path, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(workspace / "workspace.sqlite3")
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_check_reports_the_demo_warnings_as_json(demo: Path) -> None:
    done = cli("check", demo, "--json")
    assert done.returncode == REFUSED, done.stderr
    answer = json.loads(done.stdout)
    assert set(answer) == {"allowed", "errors", "warnings"}
    assert answer["allowed"] is False and answer["errors"] == []
    assert [w["field"] for w in answer["warnings"]] == DEMO_WARNINGS
    for warning in answer["warnings"]:
        assert set(warning) == {"field", "rule", "message", "explained", "explanation"}
        assert set(warning["message"]) == {"zh", "en"} and all(warning["message"].values())
        assert warning["explained"] is False and warning["explanation"] == ""
    human = cli("check", demo)
    assert human.returncode == REFUSED
    assert "不能导出 / export refused" in human.stdout and "jinchang-desktop explain" in human.stdout


def test_export_refuses_until_every_warning_is_explained(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.jcpkg"
    refused = cli("export", demo, "-o", out)
    assert refused.returncode == REFUSED
    assert not out.exists() and query(demo, "SELECT count(*) FROM outbox") == [(0,)]
    labels = field_catalogue().fields
    for key in DEMO_WARNINGS:  # every reason listed, by the field's label
        assert labels[key].label_zh in refused.stderr and "explanation-required" in refused.stderr

    audit_before = query(demo, "SELECT count(*) FROM audit")[0][0]
    unknown = cli("explain", demo, "no_such_field", "x")
    assert unknown.returncode == USAGE and "no_such_field" in unknown.stderr
    assert query(demo, "SELECT count(*) FROM audit")[0][0] == audit_before  # refused: nothing written

    reasons = {"equipment_value_yuan": "今年新购实验室仪器 67 万元", "multimedia_classrooms": "新建两间多媒体教室"}
    for key, text in reasons.items():
        assert cli("explain", demo, key, text).returncode == FINE
    assert cli("explain", demo, labels["art_rooms"].label_zh, "新增一间美术教室").returncode == FINE  # by label
    reasons["art_rooms"] = "新增一间美术教室"
    audited = query(demo, "SELECT action, school_code, school_year, field, old, new, detail FROM audit "
                          f"WHERE id > {audit_before} ORDER BY id")
    assert audited == [("explain", "2162100004", 2025, key, None, text, "explanation") for key, text in reasons.items()]

    checked = cli("check", demo, "--json")
    assert checked.returncode == FINE
    assert all(w["explained"] for w in json.loads(checked.stdout)["warnings"])
    assert cli("export", demo, "-o", out).returncode == FINE
    report = read_school_report(read_package(out))
    assert report.explanations == reasons
    assert report.warnings is not None
    assert [(w["field"], w["explanation"]) for w in report.warnings] == [(k, reasons[k]) for k in DEMO_WARNINGS]

    # Taking an explanation back (blank text) closes the way again.
    assert cli("explain", demo, "art_rooms", "").returncode == FINE
    assert cli("export", demo, "-o", tmp_path / "again.jcpkg").returncode == REFUSED
    assert not (tmp_path / "again.jcpkg").exists()


def test_county_import_shows_warnings_and_flags_a_package_without_explanations(demo: Path, tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    county = new_county(tmp_path / "county", profile="jinchang")
    with Workspace.open(demo) as school:
        enrol_school(county, school, usb)
        assert explain_warnings(school, "已核实") == DEMO_WARNINGS
        first = export_report(school, usb / "1.jcpkg")
        # The same school's next report as an older version wrote it (or a hand-made one): no warnings, no
        # explanations in the payload.
        sign_package(usb / "2.jcpkg", school, sequence=2, previous=first.manifest_sha256,
                     payload=school_payload(school))
    county_path = county.path
    county.close()

    done = cli("import", county_path, usb / "1.jcpkg", "--json")
    assert done.returncode == FINE, done.stderr
    summary = json.loads(done.stdout)
    assert summary["counts"] == {"accepted": 1} and summary["flagged"] == 0
    [entry] = summary["files"]
    assert entry["flag"] == ""
    # The county holds no figures of last year: the near-threshold warning is found again here, the two changes
    # from last year come from the package; each with the school's explanation.
    assert [(w["field"], w["explanation"]) for w in entry["warnings"]] == [(k, "已核实") for k in DEMO_WARNINGS]

    late = cli("import", county_path, usb / "2.jcpkg")
    assert late.returncode == FINE, late.stderr  # accepted: the data is the school's, signed; but not silently
    assert "有提示未附说明 / warnings without an explanation" in late.stdout
    assert "multimedia_classrooms" in late.stdout and "未说明 / not explained" in late.stdout
    assert "1 个数据包有提示未附说明" in late.stdout
    [(detail,)] = query(county_path, "SELECT detail FROM audit WHERE action = 'import' AND detail LIKE '%2.jcpkg%'")
    assert f"[{UNEXPLAINED}]" in detail


def test_a_payload_with_malformed_warnings_is_refused(demo: Path, tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    county = new_county(tmp_path / "county", profile="jinchang")
    with Workspace.open(demo) as school:
        enrol_school(county, school, usb)
        payload = json.loads(school_payload(school))
        payload["warnings"] = [{"field": "art_rooms", "message": "not an object", "rule": "x"}]
        sign_package(usb / "bad.jcpkg", school, sequence=1, payload=json.dumps(payload).encode())
    county_path = county.path
    county.close()
    done = cli("import", county_path, usb / "bad.jcpkg", "--json")
    assert done.returncode == REFUSED
    [entry] = json.loads(done.stdout)["files"]
    assert (entry["cls"], entry["rule"]) == ("malformed", "payload-warnings")
