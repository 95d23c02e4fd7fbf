"""The one way to write a sentence: msg/_/pick read the shipped English catalogue, Chinese is the source."""
from __future__ import annotations

import gettext
import importlib.util
import io
import sys
from pathlib import Path

import pytest

from jinchang_desktop import i18n
from jinchang_desktop.errors import JcError
from jinchang_desktop.i18n import _, fixed, msg, pick
from jinchang_desktop.packages.errors import PackageError


@pytest.fixture(autouse=True)
def chinese_afterwards():
    yield
    i18n.set_language("zh")


def test_a_message_reads_in_both_languages_from_the_shipped_catalogue():
    m = msg("第 {row} 行", row=7)
    assert m.zh == "第 7 行"
    assert m.en == "row 7"
    assert m.both() == "第 7 行 / row 7"


def test_a_sentence_the_catalogue_does_not_know_falls_back_to_its_chinese():
    m = msg("目录里没有的句子{x}", x=1)
    assert m.en == m.zh == "目录里没有的句子1"


def test_a_bilingual_argument_is_rendered_in_the_language_of_the_sentence_around_it():
    inner = JcError(msg("列“{column}”", column="专任教师数"), rule="range")
    outer = msg("{where}：{text}", where=msg("第 {row} 行", row=3), text=inner)
    assert outer.zh == "第 3 行：列“专任教师数”"
    assert outer.en == "row 3: column '专任教师数'"


def test_format_specs_apply_to_the_values_in_both_languages():
    m = msg("{where}：{text}", where="a", text=f"{1234567:,}")
    assert m.en == "a: 1,234,567"


def test_fixed_texts_read_from_a_package_are_given_back_unchanged():
    m = fixed("比去年减少 40%", "40% less than last year")
    assert (m.zh, m.en) == ("比去年减少 40%", "40% less than last year")
    assert m == fixed("比去年减少 40%", "40% less than last year")
    assert m != fixed("比去年减少 40%", "other")


def test_the_interface_language_chooses_what_underscore_str_and_pick_give():
    assert _("第 {row} 行") == "第 {row} 行"
    assert str(msg("第 {row} 行", row=1)) == "第 1 行"
    assert pick("县区", "County") == "县区"
    i18n.set_language("en")
    assert i18n.language() == "en"
    assert _("第 {row} 行") == "row {row}"
    assert str(msg("第 {row} 行", row=1)) == "row 1"
    assert pick("县区", "County") == "County"


def test_an_unknown_language_is_refused_and_the_language_is_unchanged():
    with pytest.raises(ValueError):
        i18n.set_language("fr")
    assert i18n.language() == "zh"


def test_a_refusal_names_file_row_column_and_rule_in_each_language():
    error = JcError(msg("列“{column}”", column="x"), file="a.xlsx", row=4, column="学校名称", rule="range")
    assert error.message_zh() == "文件 a.xlsx，第 4 行，列“学校名称”：列“x”（规则：range）"
    assert error.message_en() == "file a.xlsx, row 4, column '学校名称': column 'x' (rule: range)"
    assert error.to_dict()["en"] == error.message_en()


def test_a_package_refusal_adds_its_zip_entry_in_each_language():
    error = PackageError("not-zip", msg("第 {row} 行", row=1), file="p.jcpkg", entry="data/x.json")
    assert error.message_zh() == "文件 p.jcpkg，条目 data/x.json：第 1 行（规则：not-zip）"
    assert error.message_en() == "file p.jcpkg, entry data/x.json: row 1 (rule: not-zip)"


def test_placeholders_are_the_names_a_sentence_formats():
    assert i18n.placeholders("已载入 {schools} 所学校，{n:,} 项，{row.code}") == {"schools", "n", "row"}
    assert i18n.placeholders("没有占位") == set()


def test_the_compiled_catalogue_is_a_gnu_mo_that_pythons_gettext_reads():
    script = Path(__file__).resolve().parents[2] / "scripts" / "update_catalogue.py"
    spec = importlib.util.spec_from_file_location("update_catalogue", script)
    assert spec and spec.loader
    tool = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = tool  # dataclasses look their module up while the class is made
    spec.loader.exec_module(tool)
    Entry, compile_mo = tool.Entry, tool.compile_mo
    data = compile_mo([Entry("学校", None, "School"), Entry("说明", "ledger", "Note"),
                       Entry("未译", None, ""), Entry("待定", None, "Pending", fuzzy=True)], "en")
    catalogue = gettext.GNUTranslations(io.BytesIO(data))
    assert catalogue.gettext("学校") == "School"
    assert catalogue.pgettext("ledger", "说明") == "Note"
    assert catalogue.gettext("未译") == "未译"
    assert catalogue.gettext("待定") == "待定"  # a fuzzy English is not shipped


def test_a_listing_joins_items_as_each_language_lists_them():
    from jinchang_desktop.i18n import listing

    shown = listing(["school", msg("第 {row} 行", row=2), 3])
    assert shown.zh == "school、第 2 行、3"
    assert shown.en == "school, row 2, 3"


def test_a_refusal_as_one_message_keeps_where_it_is_and_its_rule():
    error = JcError(msg("第 {row} 行", row=1), file="a.xlsx", rule="range")
    assert (error.whole.zh, error.whole.en) == (error.message_zh(), error.message_en())


def test_starting_the_app_in_chinese_renders_no_help_and_reads_no_english():
    import subprocess

    code = ("from jinchang_desktop import cli, i18n\n"
            "args = cli._gui_arguments(['--demo', 'county'])\n"
            "assert args is not None and args.demo == 'county'\n"
            "print(i18n._english.cache_info().currsize)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                          cwd=Path(__file__).resolve().parents[2])
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "0"
