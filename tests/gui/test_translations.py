"""The message catalogue holds the line: every sentence of code has its English (with the same placeholders), the
committed template and .mo are what the sources make today, and ``--check`` says which sentence lacks English.

The English screens are tested in ``test_english_screens.py``.
"""
from __future__ import annotations

import subprocess
import sys
from types import ModuleType

import pytest

from tests.conftest import REPO
from tests.gui.catalogue import SCRIPT, update_catalogue


@pytest.fixture
def catalogue() -> ModuleType:
    return update_catalogue()


def test_the_committed_catalogue_is_current_and_complete():
    done = subprocess.run([sys.executable, str(SCRIPT), "--check"], cwd=REPO, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_the_forms_and_the_gui_are_in_the_catalogue(catalogue):
    files = {path for entry in catalogue.read_po(catalogue.TEMPLATE) for path in entry.files}
    assert "jinchang_desktop/gui/forms/ui_shell.py" in files  # the compiled forms, rewritten to _()
    assert "jinchang_desktop/gui/shell.py" in files
    assert "jinchang_desktop/gui/views/county.py" in files  # the tab titles, marked with N_()


def drop_english(entries: list, msgid: str) -> list:
    for entry in entries:
        if entry.msgid == msgid:
            entry.msgstr = ""
            return entries
    raise AssertionError(f"{msgid!r} is not in the catalogue")


def test_a_sentence_without_english_is_named(catalogue):
    template, _problems = catalogue.extract()
    english = catalogue.merge(template, drop_english(catalogue.read_po(catalogue.ENGLISH), "学校与密钥"))
    problems = catalogue.translation_problems(english)
    assert len(problems) == 1 and "'学校与密钥'" in problems[0], problems


def test_check_fails_on_a_copy_of_the_catalogue_that_lacks_one_english(catalogue, tmp_path, monkeypatch, capsys):
    copy = tmp_path / "en.po"
    entries = drop_english(catalogue.read_po(catalogue.ENGLISH), "撤销")
    copy.write_text(catalogue.write_po(entries, "en"), encoding="utf-8")
    monkeypatch.setattr(catalogue, "ENGLISH", copy)
    assert catalogue.main(["--check"]) == 1
    assert "no English for '撤销'" in capsys.readouterr().err
    assert copy.read_text(encoding="utf-8") == catalogue.write_po(entries, "en")  # --check changes nothing


def test_english_with_other_placeholders_is_named(catalogue):
    entries = catalogue.read_po(catalogue.ENGLISH)
    entry = next(e for e in entries if e.msgid == "{name} · 县区工作区 · 金昌义务教育优质均衡")
    entry.msgstr = entry.msgstr.replace("{name}", "{county}")
    problems = catalogue.translation_problems(entries)
    assert len(problems) == 1 and "['county']" in problems[0] and "['name']" in problems[0], problems


def test_a_numbered_placeholder_is_named_for_renaming(catalogue):
    entry = catalogue.Entry("签发者“{code2}”与“{code}”不符；清单 SHA-256 {sha256}", None,
                            "issuer '{code2}' is not '{code}'; manifest SHA-256 {sha256}")
    problems = catalogue.translation_problems([entry])
    assert len(problems) == 1 and "['code2']" in problems[0], problems
