"""The whole chain through the real command line: three schools → county → city, and the exit statuses.

Each school workspace is created, loads its own row of the demo table and writes an enrolment request; the county
enrols each key after comparing the fingerprint the school read out; the schools export; the county imports the
folder and its assessment must equal the assessment of the table cut down to those schools. Two counties (one fed
by those school packages, one by its own table entry) then export to a city, whose assessment shows both.
"""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from tests.exchange.helpers import FINE, REFUSED, TABLE, USAGE, YEAR, cli, write_subset

YONGCHANG = ("2162100001", "2162100003", "2162100004")  # a primary, a junior and a nine-year school
JINCHUAN = ("2162200001", "2162200002", "2162200003", "2162200004", "2162200005", "2162200006")
FINGERPRINT = re.compile(r"[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}")


def ok(*args: object) -> str:
    result = cli(*args)
    assert result.returncode == FINE, f"{args}\n{result.stdout}\n{result.stderr}"
    return result.stdout


def fingerprint_read_out(stdout: str) -> str:
    found = FINGERPRINT.findall(stdout)
    assert found, stdout
    return found[-1]


def assess_json(source: Path) -> dict[str, Any]:
    return json.loads(ok("assess", source, "--json"))


def school_workspace(tmp: Path, code: str, name: str) -> Path:
    ws = tmp / f"school-{code}"
    ok("init", ws, "--role", "school", "--code", code, "--name", name, "--county", "永昌县", "--year", YEAR)
    ok("load", ws, TABLE)
    return ws


def test_schools_to_county_to_city(tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    names = {"2162100001": "永昌县第一小学", "2162100003": "永昌县城关初级中学", "2162100004": "永昌县河西堡九年制学校"}
    schools = {code: school_workspace(tmp_path, code, names[code]) for code in YONGCHANG}

    county = tmp_path / "county-yongchang"
    ok("init", county, "--role", "county", "--code", "620321", "--name", "永昌县", "--year", YEAR)
    for code, ws in schools.items():
        request = usb / f"enrol-{code}.jcpkg"
        spoken = fingerprint_read_out(ok("enrol-request", ws, "-o", request))
        # A fingerprint misheard over the phone enrols nothing: usage/input error, and the export stays held.
        wrong = cli("enrol", county, request, "--fingerprint", "0000-0000-0000-0000")
        assert wrong.returncode == USAGE and "fingerprint" in wrong.stderr
        ok("enrol", county, request, "--fingerprint", spoken)

    reports = usb / "reports"
    reports.mkdir()
    explained: dict[str, int] = {}
    for code, ws in schools.items():
        # What `check` refuses, `export` refuses; the clerk explains each warning and the export goes through.
        checked = cli("check", ws, "--json")
        unexplained = [w["field"] for w in json.loads(checked.stdout)["warnings"] if not w["explained"]]
        assert checked.returncode == (REFUSED if unexplained else FINE)
        if unexplained:
            assert cli("export", ws, "-o", reports / f"{code}.jcpkg").returncode == REFUSED
            assert not (reports / f"{code}.jcpkg").exists()
        for field in dict.fromkeys(unexplained):
            ok("explain", ws, field, "数据已核实")
        explained[code] = len(unexplained)
        ok("check", ws)
        ok("export", ws, "-o", reports / f"{code}.jcpkg")
        assert cli("verify", reports / f"{code}.jcpkg", "--workspace", county).returncode == FINE

    imported = cli("import", county, reports, "--json")
    assert imported.returncode == FINE, imported.stdout + imported.stderr
    summary = json.loads(imported.stdout)
    assert summary["counts"] == {"accepted": 3} and summary["flagged"] == 0
    assert any(explained.values())  # the demo table has warnings to explain: the loop above was exercised
    for entry in summary["files"]:
        assert all(w["explanation"] == "数据已核实" for w in entry["warnings"])
        assert len(entry["warnings"]) == explained[entry["issuer_code"]]
    again = json.loads(ok("import", county, reports, "--json"))
    assert again["counts"] == {"identical": 3}

    subset = write_subset(tmp_path / "yongchang-three.csv", list(YONGCHANG))
    assert assess_json(county) == assess_json(subset)
    for code, ws in schools.items():  # each school sees the same verdict of itself as the county does
        own = assess_json(ws)["schools"]
        assert [s for s in assess_json(county)["schools"] if s["code"] == code] == own

    # A second county whose data the county office typed in itself (load, unsigned), and the city above both.
    jinchuan = tmp_path / "county-jinchuan"
    ok("init", jinchuan, "--role", "county", "--code", "620302", "--name", "金川区", "--year", YEAR)
    ok("load", jinchuan, TABLE)
    city = tmp_path / "city"
    ok("init", city, "--role", "city", "--code", "6203", "--name", "金昌市", "--year", YEAR)
    for ws in (county, jinchuan):
        request = usb / f"enrol-{ws.name}.jcpkg"
        ok("enrol", city, request, "--fingerprint", fingerprint_read_out(ok("enrol-request", ws, "-o", request)))
    to_city = usb / "to-city"
    to_city.mkdir()
    ok("export", county, "-o", to_city / "yongchang.jcpkg")
    ok("export", jinchuan, "-o", to_city / "jinchuan.jcpkg")
    city_import = json.loads(ok("import", city, to_city, "--json"))
    assert city_import["counts"] == {"accepted": 2}

    both = assess_json(city)
    assert set(both["counties"]) == {"永昌县", "金川区"}
    assert both == assess_json(write_subset(tmp_path / "city.csv", [*YONGCHANG, *JINCHUAN]))


def test_exit_statuses(tmp_path: Path) -> None:
    county = tmp_path / "county"
    ok("init", county, "--role", "county", "--code", "620321", "--name", "永昌县", "--year", YEAR)
    stranger = school_workspace(tmp_path, "2162100002", "永昌县第二小学")
    package = tmp_path / "stranger.jcpkg"
    ok("explain", stranger, "teaching_aux_area_m2", "新建教学楼已投入使用")  # its one warning (exactly 4.5)
    ok("export", stranger, "-o", package)

    held = cli("import", county, package, "--json")  # signed, intact, but the key is not enrolled: held
    assert held.returncode == REFUSED
    assert json.loads(held.stdout)["counts"] == {"pending-trust": 1}
    assert cli("verify", package).returncode == FINE
    assert cli("verify", package, "--workspace", county).returncode == REFUSED

    garbage = tmp_path / "garbage.jcpkg"
    garbage.write_bytes(b"not a package")
    assert cli("verify", garbage).returncode == REFUSED
    assert cli("import", county, garbage).returncode == REFUSED

    assert cli("import", county, tmp_path / "no-such-folder").returncode == USAGE
    assert cli("import", county).returncode == USAGE  # no path at all
    assert cli("init", tmp_path / "s", "--role", "school", "--code", "1", "--name", "x").returncode == USAGE
    assert cli("init", county, "--role", "county", "--code", "1", "--name", "x").returncode == USAGE  # exists
    assert cli("export", tmp_path / "nowhere", "-o", tmp_path / "x.jcpkg").returncode == USAGE
    assert cli("export", county, "-o", tmp_path / "missing-folder" / "x.jcpkg").returncode == USAGE
    assert cli("load", county, tmp_path / "missing.csv").returncode == USAGE
