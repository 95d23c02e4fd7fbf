"""``jinchang-desktop assess`` as a process: the JSON shape, the scorecard, errors, and no Qt."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from .tables import EVERY_TYPE, write_csv, write_xlsx

REPO = Path(__file__).resolve().parents[2]


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "jinchang_desktop", *args], capture_output=True, text=True,
                          cwd=REPO, timeout=120)


def test_json_shape_from_chinese_xlsx(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "学校.xlsx", EVERY_TYPE)
    result = run_cli("assess", str(path), "--profile", "jinchang", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["profile"]["id"] == "jinchang" and len(data["profile"]["sha256"]) == 64
    assert [s["code"] for s in data["schools"]] == [row["school_code"] for row in EVERY_TYPE]
    nine = data["schools"][2]
    assert nine["type"] == "nine_year" and nine["excluded"] is None
    primary = nine["sections"]["primary"]
    assert set(primary) >= {"students", "values", "reached", "compliant", "gaps"}
    assert set(primary["values"]) == {"qualified_teachers", "backbone_teachers", "pe_art_teachers",
                                      "teaching_space", "sports_space", "equipment_value", "multimedia_rooms"}
    for gap in primary["gaps"].values():
        assert set(gap) == {"to_threshold", "to_floor"}
    site = data["schools"][3]
    assert site["excluded"] == "merged into 6210000003" and site["sections"] == {}
    county = data["counties"]["永昌县"]["primary"]
    assert {"schools", "students", "cv", "cv_limit", "cv_ok", "compliant_schools"} <= set(county)
    assert county["cv_limit"] == 0.5 and data["counties"]["永昌县"]["junior"]["cv_limit"] == 0.45
    assert set(county["cv"]) == set(primary["values"])


def test_scorecard_is_chinese_text(tmp_path: Path) -> None:
    result = run_cli("assess", str(write_csv(tmp_path / "t.csv", EVERY_TYPE)))
    assert result.returncode == 0, result.stderr
    assert "差异系数" in result.stdout and "并入 6210000003" in result.stdout and "不参评" in result.stdout


def test_bad_table_exits_2_with_no_output(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "bad.csv", [dict(EVERY_TYPE[0], primary_students=-3)])
    result = run_cli("assess", str(path), "--json")
    assert result.returncode == 2
    assert result.stdout == ""
    assert "bad.csv" in result.stderr and "第 2 行" in result.stderr and "小学在校生数" in result.stderr
    assert "row 2" in result.stderr


def test_assess_imports_neither_qt_nor_matplotlib(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "t.csv", EVERY_TYPE)
    code = (
        "import sys, io, contextlib\n"
        "from jinchang_desktop.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    assert main(['assess', {str(path)!r}, '--json']) == 0\n"
        "heavy = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'matplotlib')]\n"
        "print(heavy)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_demo_table_assesses() -> None:
    result = run_cli("assess", "resources/demo/jinchang-schools.csv", "--profile", "jinchang", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data["counties"]) == {"永昌县", "金川区"}
    compliant = [s["compliant"] for school in data["schools"] for s in school["sections"].values()]
    assert any(compliant) and not all(compliant)  # the demo has some indicators short
