"""The shipped demo county and city: what scripts/make_demo_county.py makes, and what they show.

Two builds differ in their keys (new on every run), so in signatures, key ids, fingerprints and time stamps;
"the same" means the same schools, figures, enrolments, packages held, county-wide items and inbox payloads.
"""
from __future__ import annotations

import importlib.util
import json
import shutil
import sqlite3
from pathlib import Path
from typing import Any

from jinchang_desktop.exchange.importer import import_packages
from jinchang_desktop.packages.format import read_package
from jinchang_desktop.standards.assess import assess
from jinchang_desktop.standards.catalogue import load_profile
from jinchang_desktop.store.workspace import Workspace
from tests.conftest import REPO

DEMO = REPO / "resources" / "demo"
VOLATILE_META = {"key_id", "fingerprint", "created_at"}


def load_script() -> Any:
    spec = importlib.util.spec_from_file_location("make_demo_county", REPO / "scripts" / "make_demo_county.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def workspace_contents(path: Path) -> dict[str, object]:
    conn = sqlite3.connect(f"{(path / 'workspace.sqlite3').resolve().as_uri()}?immutable=1", uri=True)
    try:
        return {
            "files": sorted(p.name for p in path.iterdir()),
            "meta": {k: v for k, v in conn.execute("SELECT key, value FROM meta") if k not in VOLATILE_META},
            "schools": list(conn.execute("SELECT code, name, county, school_type, counted, parent_code, source "
                                         "FROM schools ORDER BY code")),
            "declared": list(conn.execute("SELECT school_code, school_year, field, value, typeof(value) "
                                          "FROM declared ORDER BY 1, 2, 3")),
            "keys": list(conn.execute("SELECT holder_code, holder_role, holder_name, status FROM keys "
                                      "ORDER BY holder_code")),
            "packages": list(conn.execute("SELECT kind, issuer_code, school_year, sequence, status FROM packages "
                                          "ORDER BY issuer_code, sequence")),
            "county_items": list(conn.execute("SELECT county, school_year, key, value, note FROM county_items "
                                              "ORDER BY 1, 2, 3")),
            "audit_actions": list(conn.execute("SELECT action, count(*) FROM audit GROUP BY action ORDER BY 1")),
            "schema": conn.execute("PRAGMA user_version").fetchone()[0],
        }
    finally:
        conn.close()


def folder_contents(path: Path) -> dict[str, object]:
    result: dict[str, object] = {}
    for file in sorted(path.iterdir()):
        if file.suffix == ".jcpkg":
            package = read_package(file)
            result[file.name] = (package.kind, package.issuer.code, package.issuer.name, package.school_year,
                                 package.sequence, package.profile_sha256,
                                 {name: json.loads(body) for name, body in sorted(package.files.items())})
        else:
            # the README names the late school's fingerprint, new on every build
            result[file.name] = file.read_text(encoding="utf-8").count("\n")
    return result


def test_the_shipped_demo_is_what_the_script_makes(tmp_path: Path) -> None:
    load_script().build(tmp_path)
    for folder in ("county-workspace", "city-workspace"):
        assert workspace_contents(DEMO / folder) == workspace_contents(tmp_path / folder), folder
    for folder in ("county-inbox", "county-requests"):
        assert folder_contents(DEMO / folder) == folder_contents(tmp_path / folder), folder


def test_the_inbox_imports_into_the_county_and_shows_what_it_should(tmp_path: Path) -> None:
    shutil.copytree(DEMO / "county-workspace", tmp_path / "county")
    with Workspace.open(tmp_path / "county") as ws:
        assert (ws.role, ws.name, ws.profile_id, ws.school_year) == ("county", "永昌县", "jinchang", 2025)
        report = import_packages(ws, [DEMO / "county-inbox"])
        classes = [entry.cls for entry in report.entries]
        assert classes.count("accepted") == 29 and classes.count("pending-trust") == 1
        from jinchang_desktop.exchange.reports import county_records

        records = county_records(ws)
    assert {r.school_type for r in records} == {"primary", "junior", "nine_year", "complete_middle", "twelve_year",
                                                 "teaching_site", "special"}
    assert any(not r.counted for r in records)  # a site merged into its school
    assert all("（演示）" in r.name for r in records)
    assessment = assess(records, load_profile("jinchang"))
    county = assessment.counties["永昌县"]
    assert not county["primary"].cv["equipment_value"].ok and not county["junior"].cv["equipment_value"].ok
    failing = [s for s in assessment.schools for r in s.sections.values() if not r.compliant]
    assert 3 <= len(failing) <= 10


def test_the_city_holds_both_counties(tmp_path: Path) -> None:
    shutil.copytree(DEMO / "city-workspace", tmp_path / "city")
    with Workspace.open(tmp_path / "city") as ws:
        from jinchang_desktop.exchange.reports import county_records
        from jinchang_desktop.reports.county_items import county_item_values

        records = county_records(ws)
        items = {name: county_item_values(ws, name) for name in ("永昌县", "金川区")}
    assessment = assess(records, load_profile("jinchang"))
    sections = sum(len(s.sections) for s in assessment.schools)
    assert 50 <= sections <= 65
    assert all(summary.all_cv_ok for summary in assessment.counties["金川区"].values())
    assert not all(summary.all_cv_ok for summary in assessment.counties["永昌县"].values())
    assert items["永昌县"]["social_recognition"] == 88.4 and items["金川区"]["layout_planning"] is True


def test_the_demo_is_small() -> None:
    size = sum(p.stat().st_size for folder in ("county-workspace", "county-inbox", "county-requests",
                                                "city-workspace") for p in (DEMO / folder).rglob("*"))
    assert size < 1_000_000
