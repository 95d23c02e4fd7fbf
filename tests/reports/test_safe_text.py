"""Names from outside never become formulas in the workbook."""
from __future__ import annotations

import pytest

from jinchang_desktop.text_rules import spreadsheet_safe


@pytest.mark.parametrize("text", ["=1+1", "+86 小学", "-小学", "@SUM(A1)", "\t=1", "\r=1"])
def test_formula_starts_are_quoted(text: str) -> None:
    assert spreadsheet_safe(text) == "'" + text


@pytest.mark.parametrize("text", ["永昌县第一小学", "", "1小学", "小学=1"])
def test_plain_names_are_kept(text: str) -> None:
    assert spreadsheet_safe(text) == text
