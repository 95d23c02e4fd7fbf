"""Every GUI string has an English translation, and the shipped .qm is compiled from the current .ts."""
from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET

from tests.conftest import REPO

TRANSLATIONS = REPO / "resources" / "translations"


def messages(ts_file):
    return [(m.findtext("source", ""), m.find("translation")) for m in ET.parse(ts_file).getroot().iter("message")]


def test_every_source_string_has_an_english_translation():
    found = messages(TRANSLATIONS / "jinchang_en.ts")
    assert len(found) > 40
    for source, translation in found:
        assert translation is not None, source
        assert translation.get("type") not in ("unfinished", "obsolete", "vanished"), source
        assert (translation.text or "").strip(), source


def test_catalogue_is_current_with_the_sources_and_the_qm_with_the_catalogue(tmp_path):
    # lupdate over today's sources into a copy: any new or changed string would come back unfinished,
    # and the script then fails; the refreshed copy must equal the committed .ts, its .qm the shipped one.
    done = subprocess.run([sys.executable, str(REPO / "scripts" / "update_translations.py"), "--out-dir",
                           str(tmp_path)], cwd=REPO, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "jinchang_en.ts").read_text(encoding="utf-8") == \
        (TRANSLATIONS / "jinchang_en.ts").read_text(encoding="utf-8")
    assert (tmp_path / "jinchang_en.qm").read_bytes() == (TRANSLATIONS / "jinchang_en.qm").read_bytes()


def test_language_marker_is_translated():
    marker = [t.text for s, t in messages(TRANSLATIONS / "jinchang_en.ts") if s == "zh"]
    assert marker == ["en"]  # i18n.ui_language reads the language back from this entry
