"""``jinchang-desktop --self-check`` from the source tree and from an installed wheel (the bundle: test_bundle.py)."""
from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

from jinchang_desktop.self_check import CHECKS, CheckFailed, main, run_checks

REPO = Path(__file__).resolve().parents[2]


def assert_all_passed(output: str) -> None:
    lines = [line for line in output.splitlines() if line.startswith("[")]
    assert len(lines) == len(CHECKS), output
    assert all(line.startswith("[  OK]") for line in lines), output
    assert "案例A case A (CV): CV 0.5153" in output
    assert "9711.63 / 13514.37" in output
    assert "self-check passed" in output


def test_every_check_passes_from_the_source_tree() -> None:
    out = io.StringIO()
    assert main(out) == 0
    assert_all_passed(out.getvalue())


def test_a_failing_check_is_reported_the_others_still_run_and_the_status_is_one(tmp_path: Path) -> None:
    def broken(_: Path) -> str:
        raise CheckFailed("the catalogue is empty")

    out = io.StringIO()
    outcomes = run_checks([("broken", broken), *CHECKS[:2]], out=out)
    assert [o.ok for o in outcomes] == [False, True, True]
    assert "[FAIL] broken: CheckFailed: the catalogue is empty" in out.getvalue()


def test_the_checks_leave_no_files_behind(tmp_path: Path) -> None:
    outcomes = run_checks(out=io.StringIO(), temp_dir=tmp_path)
    assert all(o.ok for o in outcomes)
    assert list(tmp_path.iterdir()) == []


def test_the_command_line_option_runs_it_without_qt(tmp_path: Path) -> None:
    code = ("import sys\nfrom jinchang_desktop.cli import main\ncode = main(['--self-check'])\n"
            "assert 'PySide6' not in sys.modules, 'the self-check imported Qt'\nsys.exit(code)\n")
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, env=env,
                            timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert_all_passed(result.stdout)


def test_from_an_installed_wheel(tmp_path: Path) -> None:
    target = tmp_path / "site"
    build = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(target), str(REPO)],
        capture_output=True, text=True, timeout=600)
    assert build.returncode == 0, build.stderr
    env = {**os.environ, "PYTHONPATH": str(target)}
    # From an empty folder, so that the source tree cannot be found by accident.
    result = subprocess.run([sys.executable, "-m", "jinchang_desktop", "--self-check"], capture_output=True,
                            text=True, cwd=tmp_path, env=env, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert_all_passed(result.stdout)
    assert f"资源 resources: {target / 'jinchang_desktop' / '_resources'}" in result.stdout
