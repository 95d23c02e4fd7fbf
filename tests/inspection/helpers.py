"""A county with its demo schools, an enrolled inspector who pinned the county key, and a pack opened."""
from __future__ import annotations

import re
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from jinchang_desktop.cli import main

REPO = Path(__file__).resolve().parents[2]
DEMO = REPO / "resources" / "demo"
SCHOOLS = ("2162100001", "2162100002")
FINGERPRINT = re.compile(r"[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}")


@dataclass
class Visit:
    root: Path
    county: Path
    inspector: Path
    request: Path
    pack: Path


def cli(capsys: pytest.CaptureFixture[str], *argv: object) -> tuple[int, str]:
    code = main([str(a) for a in argv])
    out = capsys.readouterr()
    return code, out.out + out.err


def fingerprint(capsys: pytest.CaptureFixture[str], package: Path) -> str:
    code, text = cli(capsys, "verify", package)
    assert code == 0, text
    found = FINGERPRINT.search(text)
    assert found, text
    return found.group(0)


def county_with_schools(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    county = tmp_path / "county"
    shutil.copytree(DEMO / "county-workspace", county)
    code, text = cli(capsys, "import", county, DEMO / "county-inbox")
    assert "accepted" in text
    return county


def enrolled_inspector(tmp_path: Path, capsys: pytest.CaptureFixture[str], county: Path, *, code: str = "DX001",
                       name: str = "张督学", enrol: bool = True) -> tuple[Path, Path]:
    inspector = tmp_path / f"inspector-{code}"
    assert cli(capsys, "init", inspector, "--role", "inspector", "--code", code, "--name", name, "--county",
               "永昌县", "--year", "2025", "--profile", "jinchang")[0] == 0
    request = tmp_path / f"{code}-request.jcpkg"
    assert cli(capsys, "enrol-request", inspector, "-o", request)[0] == 0
    if enrol:
        result = cli(capsys, "enrol", county, request, "--fingerprint", fingerprint(capsys, request))
        assert result[0] == 0, result[1]
    roster = tmp_path / f"roster-for-{code}.jcpkg"
    assert cli(capsys, "roster-export", county, "-o", roster)[0] == 0
    result = cli(capsys, "roster-import", inspector, roster, "--fingerprint", fingerprint(capsys, roster))
    assert result[0] == 0, result[1]
    return inspector, request


def site_visit(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Visit:
    county = county_with_schools(tmp_path, capsys)
    inspector, request = enrolled_inspector(tmp_path, capsys, county)
    pack = tmp_path / "pack.jcpkg"
    result = cli(capsys, "inspect-pack", county, "--schools", *SCHOOLS, "--inspector-key", request, "-o", pack)
    assert result[0] == 0, result[1]
    result = cli(capsys, "import", inspector, pack)
    assert result[0] == 0, result[1]
    return Visit(tmp_path, county, inspector, request, pack)
