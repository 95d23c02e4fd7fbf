"""Refresh the English catalogue from the sources and compile it.

    python scripts/update_translations.py                # update resources/translations/jinchang_en.ts + .qm
    python scripts/update_translations.py --out-dir /tmp/x   # work on a copy (the translations test does this)

The GUI's strings are written in Chinese (the source language) with ``self.tr()`` /
``QCoreApplication.translate()`` and in the Designer forms. ``pyside6-lupdate`` collects them into the
.ts file, keeping the translations already made; translate new entries there (Qt Linguist, or any
editor: fill in <translation> and drop type="unfinished"), then run this again so ``pyside6-lrelease``
compiles the .qm that ships. The script fails while any entry is unfinished.
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from compile_ui import REPO, qt_tool

TRANSLATIONS = REPO / "resources" / "translations"
LANGUAGES = ("en",)
GUI = REPO / "jinchang_desktop" / "gui"


def sources() -> list[Path]:
    """The .ui forms and the hand-written GUI modules (the generated forms repeat the .ui strings in a
    form lupdate cannot read)."""
    forms = GUI / "forms"
    python = sorted(p for p in GUI.rglob("*.py") if forms not in p.parents)
    return sorted((REPO / "ui").glob("*.ui")) + python


def unfinished(ts_file: Path) -> list[str]:
    """Source texts whose translation is missing, empty or marked unfinished."""
    missing = []
    for message in ET.parse(ts_file).getroot().iter("message"):
        source = message.findtext("source", "")
        translation = message.find("translation")
        if translation is None or not (translation.text or "").strip() or translation.get("type") == "unfinished":
            missing.append(source)
    return missing


def update(lang: str, out_dir: Path) -> list[str]:
    ts_file = out_dir / f"jinchang_{lang}.ts"
    qm_file = out_dir / f"jinchang_{lang}.qm"
    committed = TRANSLATIONS / ts_file.name
    if out_dir.resolve() != TRANSLATIONS.resolve() and committed.exists():
        shutil.copyfile(committed, ts_file)
    relative = [str(p.relative_to(REPO)) for p in sources()]
    subprocess.run([*qt_tool("lupdate"), "-silent", "-no-obsolete", "-locations", "none",
                    "-source-language", "zh_CN", "-target-language", lang, *relative, "-ts", str(ts_file)],
                   cwd=REPO, check=True)
    subprocess.run([*qt_tool("lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)], cwd=REPO, check=True)
    return unfinished(ts_file)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out-dir", type=Path, default=TRANSLATIONS)
    args = parser.parse_args(argv)
    args.out_dir.mkdir(parents=True, exist_ok=True)
    failed = False
    for lang in LANGUAGES:
        missing = update(lang, args.out_dir)
        if missing:
            failed = True
            print(f"jinchang_{lang}.ts: {len(missing)} unfinished:", file=sys.stderr)
            for source in missing:
                print(f"  {source!r}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
