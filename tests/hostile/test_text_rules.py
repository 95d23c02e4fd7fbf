"""The one text rule: what it refuses, how it normalises, and how text is made safe for a terminal and a sheet."""
from __future__ import annotations

import unicodedata

import pytest

from jinchang_desktop.errors import JcError
from jinchang_desktop.store.declared import check_school
from jinchang_desktop.text_rules import (
    CODE_MAX,
    FREE_TEXT_MAX,
    NAME_MAX,
    check_code,
    check_free_text,
    check_name,
    printable,
    spreadsheet_safe,
)


@pytest.mark.parametrize("text", ["\ud800", "a\udfffb", "\x1b[2J", "名\n称", "名\r称", "\x7f", "名\x85称",
                                  "\u202e学小", "\u2066x", "\ufeff名称", "\ue000", "\uffff", "名\u0000"])
def test_names_refuse_controls_surrogates_and_invisible_characters(text: str) -> None:
    with pytest.raises(JcError) as refusal:
        check_name(text, file="t.csv", column="学校名称")
    assert refusal.value.rule == "text" and refusal.value.file == "t.csv" and refusal.value.column == "学校名称"
    assert "U+" in refusal.value.en


def test_limits_are_inclusive() -> None:
    assert check_name("校" * NAME_MAX) == "校" * NAME_MAX
    assert check_code("1" * CODE_MAX) == "1" * CODE_MAX
    assert check_free_text("说" * FREE_TEXT_MAX) == "说" * FREE_TEXT_MAX
    for check, limit in ((check_name, NAME_MAX), (check_code, CODE_MAX), (check_free_text, FREE_TEXT_MAX)):
        with pytest.raises(JcError):
            check("x" * (limit + 1))


def test_text_is_stored_in_nfc() -> None:
    decomposed = unicodedata.normalize("NFD", "Café 学校")
    assert decomposed != "Café 学校"
    assert check_name(decomposed) == "Café 学校"
    school = check_school("2162100001", name=decomposed, source="self")
    assert school.name == "Café 学校"


def test_free_text_keeps_line_breaks_but_not_escapes() -> None:
    assert check_free_text("第一行\n第二行\t说明") == "第一行\n第二行\t说明"
    with pytest.raises(JcError):
        check_free_text("红\x1b[31m字")


def test_printable_never_lets_a_control_character_through() -> None:
    shown = printable("名\x1b[2J\u202e\ud800\x07")
    assert shown == "名\\x1b[2J\\u202e\\ud800\\x07"
    assert all(unicodedata.category(ch) not in ("Cc", "Cs") for ch in shown)
    assert printable("行一\n行二") == "行一\n行二"


@pytest.mark.parametrize("cell", ["=HYPERLINK(\"http://x\",\"点此\")", "+1+1", "-2+3", "@SUM(A1)", "\t=1",
                                  "\r=1"])
def test_spreadsheet_formula_prefixes_are_neutralised(cell: str) -> None:
    assert spreadsheet_safe(cell) == "'" + cell


@pytest.mark.parametrize("cell", ["永昌县第一小学", "1+1", "", "a=b", "'已带引号"])
def test_other_text_is_left_as_it_is(cell: str) -> None:
    assert spreadsheet_safe(cell) == cell
