"""Every GUI string has an English translation, and the shipped .qm says what the .ts says.

The comparisons are by meaning (context, source, translation), not bytes, so a newer lupdate or
lrelease that lays its files out differently does not fail them.
"""
from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QTranslator

from tests.conftest import REPO

TRANSLATIONS = REPO / "resources" / "translations"
TS = TRANSLATIONS / "jinchang_en.ts"
QM = TRANSLATIONS / "jinchang_en.qm"


def entries(ts_file: Path) -> dict[tuple[str, str], ET.Element | None]:
    found = {}
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            found[(name, message.findtext("source", ""))] = message.find("translation")
    return found


def test_every_source_string_has_an_english_translation():
    found = entries(TS)
    assert len(found) > 40
    for key, translation in found.items():
        assert translation is not None, key
        assert translation.get("type") not in ("unfinished", "obsolete", "vanished"), key
        assert (translation.text or "").strip(), key


def test_catalogue_holds_exactly_the_strings_of_today_s_sources(tmp_path):
    # lupdate over the current sources into a copy of the .ts: a new or changed string comes back
    # unfinished (the script then fails) and a removed one disappears from the set.
    done = subprocess.run([sys.executable, str(REPO / "scripts" / "update_translations.py"), "--out-dir",
                           str(tmp_path)], cwd=REPO, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert set(entries(tmp_path / "jinchang_en.ts")) == set(entries(TS))


def test_qm_is_compiled_from_the_current_ts(qapp):
    translator = QTranslator()
    assert translator.load(str(QM))
    for (context, source), translation in entries(TS).items():
        assert translation is not None
        assert translator.translate(context, source) == translation.text, (context, source)


def test_language_marker_is_translated():
    translation = entries(TS)[("Language", "zh")]
    assert translation is not None and translation.text == "en"  # i18n.ui_language reads this back
