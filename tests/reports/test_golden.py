"""The wording a person reads, against golden files: the filing copy's sections, rows and verdicts, and the
verdict of every demo school. Structure and values, read as JSON (a change must be made on purpose: see
tests/reports/golden.py)."""
from __future__ import annotations

import json

import pytest

from tests.reports.golden import BUILDERS, GOLDEN, as_json


@pytest.mark.parametrize("name", sorted(BUILDERS))
def test_content_matches_its_golden_file(name):
    expected = json.loads((GOLDEN / name).read_text(encoding="utf-8"))
    assert as_json(BUILDERS[name]()) == expected


def test_the_filing_copy_golden_says_what_the_paper_must_carry():
    # Read from the golden file itself, so a regenerated file that lost a part fails here too.
    copies = json.loads((GOLDEN / "filing_copy_demo.json").read_text(encoding="utf-8"))
    zh, en = copies["zh"], copies["en"]
    assert [s["name"] for s in zh["sections"]] == ["小学", "初中"] and len(en["sections"]) == 2
    for copy in (zh, en):
        assert all(len(section["rows"]) == 7 for section in copy["sections"])
        assert {row["state"] for s in copy["sections"] for row in s["rows"]} <= {"reached", "near", "below"}
        assert copy["checks"] and copy["explanations"] and copy["signatures"]
        assert any("ab" * 32 in line for line in copy["package_lines"])
    assert zh["package_heading"] == "五、数据包" and en["package_heading"] == "5. The package"
