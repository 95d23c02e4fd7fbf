"""Build the demo county and city (演示数据: 永昌县 and 金川区, invented figures) that the county and city views open.

    python scripts/make_demo_county.py            # rebuild resources/demo/county-*/ and city-workspace/
    python scripts/make_demo_county.py --out DIR  # build elsewhere (the demo test compares the two)

What it writes under the demo folder:
    county-workspace/   永昌县's workspace: every school's key enrolled (the roster), its county-wide items
                        declared, no school data yet
    county-inbox/       the signed report packages of 永昌县's schools, waiting to be imported; one (宁远教学点)
                        is signed by a key not enrolled yet, so the triage shows it waiting for trust
    county-requests/    that school's enrolment request (fingerprint in county-requests/README.txt)
    city-workspace/     金昌市's workspace: both counties' keys enrolled, both county reports imported, and the
                        counties' county-wide items
The figures are seeded (scripts/demo_county_data.py): 永昌县 fails the CV of equipment in both sections and
has schools failing the per-school rule; 金川区 passes its CVs. Every run makes new keys, so signatures and key
ids differ between builds; tests/county/test_demo_county.py compares what they say.
"""
from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "resources" / "demo"
YEAR = 2025
PROFILE = "jinchang"
COUNTIES = {"永昌县": "620321", "金川区": "620302"}
CITY = ("6203", "金昌市")
FOLDERS = ("county-workspace", "county-inbox", "county-requests", "city-workspace")


def _school_workspace(folder: Path, school: object) -> object:
    from jinchang_desktop.store.declared import set_fields, upsert_school
    from jinchang_desktop.store.workspace import Workspace

    ws = Workspace.create(folder, role="school", code=school.code, name=school.name,  # type: ignore[attr-defined]
                          county=school.county, profile_id=PROFILE, school_year=YEAR)  # type: ignore[attr-defined]
    upsert_school(ws.conn, ws.code, name=ws.name, county=ws.county, school_type=school.school_type,  # type: ignore
                  counted=school.counted, parent_code=school.parent_code, source="self", action="demo")  # type: ignore
    set_fields(ws.conn, ws.code, YEAR, school.values, action="demo")  # type: ignore[attr-defined]
    return ws


def _finish(path: Path) -> None:
    """One self-contained database file; no -wal/-shm; no empty folders (git drops them; open makes them)."""
    db = path / "workspace.sqlite3"
    conn = sqlite3.connect(db)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("VACUUM")
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    for folder in ("backups", "quarantine"):
        shutil.rmtree(path / folder, ignore_errors=True)


def build(out: Path) -> None:
    """Write the four demo folders under ``out`` (each must not exist yet)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from demo_county_data import COUNTY_ITEMS, demo_schools

    from jinchang_desktop.exchange.importer import import_packages
    from jinchang_desktop.exchange.readiness import explain, workspace_check
    from jinchang_desktop.exchange.reports import export_report
    from jinchang_desktop.exchange.trust import enrol, export_enrol_request
    from jinchang_desktop.store.county_items import set_county_items
    from jinchang_desktop.store.declared import upsert_school
    from jinchang_desktop.store.workspace import Workspace

    out.mkdir(parents=True, exist_ok=True)
    inbox, requests = out / "county-inbox", out / "county-requests"
    inbox.mkdir()
    requests.mkdir()
    with tempfile.TemporaryDirectory(prefix="jc-demo-") as scratch_name:
        scratch = Path(scratch_name)
        counties = {
            "永昌县": Workspace.create(out / "county-workspace", role="county", code=COUNTIES["永昌县"], name="永昌县",
                                    profile_id=PROFILE, school_year=YEAR),
            "金川区": Workspace.create(scratch / "jinchuan", role="county", code=COUNTIES["金川区"], name="金川区",
                                    profile_id=PROFILE, school_year=YEAR),
        }
        jinchuan_packages = scratch / "jinchuan-inbox"
        jinchuan_packages.mkdir()
        for school in demo_schools():
            county = counties[school.county]
            with _school_workspace(scratch / "schools" / school.code, school) as ws:  # type: ignore[attr-defined]
                target = requests if school.late else scratch
                request = target / f"enrol-{school.code}.jcpkg"
                export_enrol_request(ws, request)
                if school.late:
                    (requests / "README.txt").write_text(
                        f"演示数据。{school.name}（{school.code}）的注册申请；电话核对的指纹：{ws.keypair.fingerprint}\n"
                        f"Demo data. Enrolment request of {school.code}; the fingerprint read over the phone: "
                        f"{ws.keypair.fingerprint}\n", encoding="utf-8")
                else:
                    enrol(county, request, confirmed_fingerprint=ws.keypair.fingerprint)
                    # Who a school is (type, counted, parent) is the county's roster, never the school's report.
                    upsert_school(county.conn, school.code, name=school.name, county=school.county,
                                  school_type=school.school_type, counted=school.counted,
                                  parent_code=school.parent_code, source="roster", action="demo")
                folder = inbox if school.county == "永昌县" else jinchuan_packages
                # The clerk explains every soft warning before exporting, as the export requires.
                for field in dict.fromkeys(w.field for w in workspace_check(ws).unexplained):
                    explain(ws, field, "演示数据：已核实 / demo data: checked")
                export_report(ws, folder / f"{school.code}-{YEAR}-1.jcpkg")
        for name, (items, note) in COUNTY_ITEMS.items():
            set_county_items(counties[name].conn, name, YEAR, items, note=note, action="demo")
        report = import_packages(counties["金川区"], [jinchuan_packages])
        assert report.all_fine, report.to_json()

        # The city: enrol both counties, import both county reports. 永昌县's report is made from a copy of its
        # workspace that has taken in the inbox; the shipped one waits for the person trying the demo.
        counties["永昌县"].close()
        shutil.copytree(out / "county-workspace", scratch / "yongchang")
        with Workspace.open(scratch / "yongchang") as yongchang:
            imported = import_packages(yongchang, [inbox])
            assert imported.count("accepted") == len(list(inbox.glob("*.jcpkg"))) - 1, imported.to_json()
            export_report(yongchang, scratch / "yongchang.jcpkg")
            export_enrol_request(yongchang, scratch / "enrol-yongchang.jcpkg")
        export_report(counties["金川区"], scratch / "jinchuan.jcpkg")
        export_enrol_request(counties["金川区"], scratch / "enrol-jinchuan.jcpkg")
        jinchuan_fingerprint = counties["金川区"].keypair.fingerprint
        counties["金川区"].close()
        with Workspace.open(out / "county-workspace") as ws:
            yongchang_fingerprint = ws.keypair.fingerprint
        code, name = CITY
        with Workspace.create(out / "city-workspace", role="city", code=code, name=name, profile_id=PROFILE,
                              school_year=YEAR) as city:
            enrol(city, scratch / "enrol-yongchang.jcpkg", confirmed_fingerprint=yongchang_fingerprint)
            enrol(city, scratch / "enrol-jinchuan.jcpkg", confirmed_fingerprint=jinchuan_fingerprint)
            imported = import_packages(city, [scratch / "yongchang.jcpkg", scratch / "jinchuan.jcpkg"])
            assert imported.all_fine, imported.to_json()
            # County-wide items do not travel in county reports yet: the city holds what the counties declared.
            for county_name, (items, note) in COUNTY_ITEMS.items():
                set_county_items(city.conn, county_name, YEAR, items, note=note, action="demo")
    for folder in ("county-workspace", "city-workspace"):
        _finish(out / folder)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    if importlib.util.find_spec("jinchang_desktop") is None:
        # Not installed: run again with the source tree importable.
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])))
        return subprocess.run([sys.executable, __file__, *sys.argv[1:]], env=env).returncode
    for folder in FOLDERS:
        shutil.rmtree(args.out / folder, ignore_errors=True)
    build(args.out)
    print(f"demo county and city written under {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
