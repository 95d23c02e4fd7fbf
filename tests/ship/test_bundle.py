"""The frozen bundle (conftest.py builds it): resources, the self-check, the importer's helper process, portable mode.

Every run gets a private HOME, so these tests also show what the bundle writes into a user's profile.
"""
from __future__ import annotations

import json
from pathlib import Path

from jinchang_desktop import __version__
from jinchang_desktop.exchange.reading import PARALLEL_FROM
from jinchang_desktop.exchange.trust import enrol, read_enrol_request
from jinchang_desktop.portable import MARKER
from jinchang_desktop.self_check import CHECKS
from jinchang_desktop.store.workspace import DB_NAME, Workspace
from tests.exchange.kill_packages import COUNTY, COUNTY_CODE, SCHOOLS, VERSIONS, YEAR, write_packages

from .conftest import run_bundle


def profile_files(home: Path) -> list[Path]:
    return sorted(path for path in home.rglob("*") if path.is_file())


def test_version_is_the_package_s(bundle: Path, tmp_path: Path) -> None:
    result = run_bundle(bundle, "--version", home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"jinchang-desktop {__version__}"


def test_self_check_passes_with_the_bundle_s_own_resources(bundle: Path, tmp_path: Path) -> None:
    result = run_bundle(bundle, "--self-check", home=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = [line for line in result.stdout.splitlines() if line.startswith("[")]
    assert len(lines) == len(CHECKS) and all(line.startswith("[  OK]") for line in lines), result.stdout
    assert "(bundle," in result.stdout
    resources = bundle / "_internal" / "jinchang_desktop" / "_resources"
    assert f"资源 resources: {resources}" in result.stdout
    assert "辅助进程 helper process: a helper process started" in result.stdout


def test_a_command_module_loaded_by_name_is_in_the_bundle(bundle: Path, tmp_path: Path) -> None:
    demo = bundle / "_internal" / "jinchang_desktop" / "_resources" / "demo" / "jinchang-schools.csv"
    result = run_bundle(bundle, "assess", str(demo), "--json", home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["profile"]["id"] == "national"


def test_import_of_hundreds_of_packages_verifies_on_the_frozen_helper(bundle: Path, tmp_path: Path) -> None:
    """300 packages (over PARALLEL_FROM): the importer starts its helper, which re-runs the frozen executable.
    Without freeze_support that run would be the CLI itself, which refuses the helper's arguments on stderr."""
    requests, packages = write_packages(tmp_path / "packages")
    assert SCHOOLS * VERSIONS >= PARALLEL_FROM
    county = tmp_path / "county"
    with Workspace.create(county, role="county", code=COUNTY_CODE, name=COUNTY, school_year=YEAR) as ws:
        for path in sorted(requests.iterdir()):
            enrol(ws, path, confirmed_fingerprint=read_enrol_request(path).fingerprint)
    home = tmp_path / "home"
    home.mkdir()
    result = run_bundle(bundle, "import", str(county), str(packages), "--json", home=home)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr
    assert result.stderr == ""
    assert json.loads(result.stdout)["counts"] == {"accepted": SCHOOLS * VERSIONS}


def test_portable_mode_keeps_the_workspace_beside_the_executable(bundle_copy: Path, tmp_path: Path) -> None:
    """A broken workspace beside the executable tells which folder the app opened: with portable.txt the app
    tries that one (and says so, exit 1); without it, the user's data folder (first-run wizard, exit 0)."""
    home = tmp_path / "home"
    home.mkdir()
    beside = bundle_copy / "workspace"
    beside.mkdir()
    (beside / DB_NAME).write_bytes(b"not a database")
    without = run_bundle(bundle_copy, "--exit-after-startup", home=home)
    assert without.returncode == 0, without.stderr

    (bundle_copy / MARKER).write_text("", encoding="utf-8")
    for stale in profile_files(home):
        stale.unlink()
    portable = run_bundle(bundle_copy, "--exit-after-startup", home=home)
    assert portable.returncode == 1
    assert str(beside) in portable.stderr
    assert profile_files(home) == []
    # The self-check draws a chart: matplotlib's font cache goes on the stick too.
    checked = run_bundle(bundle_copy, "--self-check", home=home)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert any((bundle_copy / "cache" / "matplotlib").iterdir())
    assert profile_files(home) == []

