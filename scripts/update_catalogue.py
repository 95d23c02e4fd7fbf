"""Refresh the message catalogue from the sources and compile it.

    python scripts/update_catalogue.py           # rewrite po/jinchang.pot, merge po/en.po, compile the .mo
    python scripts/update_catalogue.py --check   # change nothing; exit 1 if anything is stale or untranslated

Every sentence in code is written in Chinese through ``_``, ``N_``, ``msg`` or ``pgettext``
(``jinchang_desktop/i18n.py``). This script finds them by reading the sources' syntax trees, writes the
template ``po/jinchang.pot``, merges it into ``po/en.po`` (keeping every translation made, dropping
sentences no longer in code, adding new ones with an empty ``msgstr``) and compiles
``resources/locale/en/LC_MESSAGES/jinchang.mo``. Translate new entries in ``po/en.po`` with any
editor or Poedit, then run it again. The files are standard gettext: ``msgfmt --check po/en.po`` agrees.

``--check`` fails when a sentence has no English, when the English names other ``{placeholders}``
than the Chinese, when a placeholder is numbered (``{code2}``: name what it holds), when ``_`` is given an
f-string (the catalogue cannot hold it), or when running the script would change a committed file.
"""
from __future__ import annotations

import argparse
import ast
import re
import struct
import sys
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # run as a script from anywhere: the app's own reading of placeholders

from jinchang_desktop.i18n import placeholders as sentence_placeholders  # noqa: E402

SOURCES = REPO / "jinchang_desktop"
PO_DIR = REPO / "po"
TEMPLATE = PO_DIR / "jinchang.pot"
ENGLISH = PO_DIR / "en.po"
COMPILED = REPO / "resources" / "locale" / "en" / "LC_MESSAGES" / "jinchang.mo"

# The functions whose first string argument is a catalogue sentence (pgettext: the second).
KEYWORDS = {"_": 0, "N_": 0, "msg": 0, "pgettext": 1}
HEADER = (
    "Project-Id-Version: jinchang-desktop\n"
    "Language: {lang}\n"
    "MIME-Version: 1.0\n"
    "Content-Type: text/plain; charset=UTF-8\n"
    "Content-Transfer-Encoding: 8bit\n"
)


@dataclass
class Entry:
    msgid: str
    context: str | None = None
    msgstr: str = ""
    files: list[str] = field(default_factory=list)
    fuzzy: bool = False

    @property
    def key(self) -> tuple[str | None, str]:
        return (self.context, self.msgid)


def placeholders(text: str) -> set[str]:
    """The names a sentence formats, as the app reads them; a malformed sentence is named so, not a crash."""
    try:
        return sentence_placeholders(text)
    except ValueError:
        return {"<malformed>"}


# ---------------------------------------------------------------- extraction

def extract(root: Path = SOURCES) -> tuple[list[Entry], list[str]]:
    """Every catalogue sentence under ``root`` in file order, and the calls that cannot be extracted."""
    entries: dict[tuple[str | None, str], Entry] = {}
    problems: list[str] = []
    for path in sorted(root.rglob("*.py")):
        relative = path.relative_to(REPO).as_posix()
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=relative)
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in KEYWORDS):
                continue
            index = KEYWORDS[node.func.id]
            if len(node.args) <= index:
                continue
            arg = node.args[index]
            if isinstance(arg, ast.JoinedStr):
                problems.append(f"{relative}:{node.lineno}: {node.func.id}() is given an f-string; "
                                f"write {node.func.id}(\"…{{name}}…\", name=…) instead")
                continue
            if not (isinstance(arg, ast.Constant) and isinstance(arg.value, str)):
                continue  # a variable holding a sentence marked elsewhere with N_
            context = None
            if node.func.id == "pgettext":
                first = node.args[0]
                if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                    problems.append(f"{relative}:{node.lineno}: pgettext() needs a literal context")
                    continue
                context = first.value
            if not arg.value:
                continue
            key = (context, arg.value)
            entry = entries.setdefault(key, Entry(arg.value, context))
            if relative not in entry.files:
                entry.files.append(relative)
    return list(entries.values()), problems


# ---------------------------------------------------------------- .po reading and writing

def _quote(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
    return f'"{escaped}"'


def _unquote(literal: str) -> str:
    body = literal.strip()
    if not (body.startswith('"') and body.endswith('"')):
        raise ValueError(f"not a quoted string: {literal!r}")
    body = body[1:-1]
    out = []
    i = 0
    while i < len(body):
        char = body[i]
        if char == "\\" and i + 1 < len(body):
            nxt = body[i + 1]
            out.append({"n": "\n", "t": "\t", '"': '"', "\\": "\\"}.get(nxt, "\\" + nxt))
            i += 2
            continue
        out.append(char)
        i += 1
    return "".join(out)


def read_po(path: Path) -> list[Entry]:
    entries: list[Entry] = []
    current: dict[str, str] = {}
    files: list[str] = []
    fuzzy = False
    last: str | None = None

    def flush() -> None:
        nonlocal current, files, fuzzy, last
        if "msgid" in current:
            entries.append(Entry(current["msgid"], current.get("msgctxt"), current.get("msgstr", ""),
                                 files, fuzzy))
        current, files, fuzzy, last = {}, [], False, None

    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line:
            flush()
            continue
        if line.startswith("#~"):
            continue
        if line.startswith("#:"):
            if "msgid" in current:
                flush()
            files.extend(line[2:].split())
        elif line.startswith("#,"):
            if "msgid" in current:
                flush()
            fuzzy = fuzzy or "fuzzy" in line[2:].replace(",", " ").split()
        elif line.startswith("#"):
            continue
        elif line.startswith('"'):
            if last is None:
                raise ValueError(f"{path}: a continuation line with no keyword: {raw!r}")
            current[last] += _unquote(line)
        else:
            keyword, _space, rest = line.partition(" ")
            if keyword not in ("msgctxt", "msgid", "msgstr"):
                raise ValueError(f"{path}: unknown line {raw!r}")
            if keyword in ("msgctxt", "msgid") and "msgstr" in current:
                flush()
            current[keyword] = _unquote(rest)
            last = keyword
    flush()
    return [entry for entry in entries if entry.msgid or entry.context]


def write_po(entries: list[Entry], lang: str | None) -> str:
    lines = ["# The sentences of jinchang-desktop." if lang is None else
             "# The English of jinchang-desktop's sentences. Written in Chinese in code; see docs/i18n.md.",
             'msgid ""', 'msgstr ""']
    lines += [_quote(part + "\n") for part in HEADER.format(lang=lang or "").splitlines()]
    for entry in entries:
        lines.append("")
        if entry.files:
            lines.append("#: " + " ".join(entry.files))
        flags = ["python-brace-format"] if placeholders(entry.msgid) else []
        if entry.fuzzy:
            flags.insert(0, "fuzzy")
        if flags:
            lines.append("#, " + ", ".join(flags))
        if entry.context is not None:
            lines.append(f"msgctxt {_quote(entry.context)}")
        lines.append(f"msgid {_quote(entry.msgid)}")
        lines.append(f"msgstr {_quote(entry.msgstr if lang else '')}")
    return "\n".join(lines) + "\n"


def merge(template: list[Entry], existing: list[Entry]) -> list[Entry]:
    """The template's sentences, in its order, each with the translation already made for it."""
    known = {entry.key: entry for entry in existing}
    merged = []
    for entry in template:
        old = known.get(entry.key)
        merged.append(Entry(entry.msgid, entry.context, old.msgstr if old else "", list(entry.files),
                            old.fuzzy if old else False))
    return merged


# ---------------------------------------------------------------- .mo

def compile_mo(entries: list[Entry], lang: str) -> bytes:
    """GNU .mo bytes (the format Python's ``gettext`` reads), sorted as msgfmt sorts them."""
    pairs = {"": HEADER.format(lang=lang)}
    for entry in entries:
        if entry.msgstr and not entry.fuzzy:
            key = entry.msgid if entry.context is None else f"{entry.context}\x04{entry.msgid}"
            pairs[key] = entry.msgstr
    keys = sorted(pairs, key=lambda k: k.encode("utf-8"))
    ids = [k.encode("utf-8") for k in keys]
    strs = [pairs[k].encode("utf-8") for k in keys]
    count = len(keys)
    header_size = 7 * 4
    ids_table = header_size
    strs_table = ids_table + count * 8
    data_start = strs_table + count * 8
    offsets: list[int] = []
    blob = b""
    for text in ids + strs:
        offsets.append(data_start + len(blob))
        blob += text + b"\0"
    out = struct.pack("<7I", 0x950412DE, 0, count, ids_table, strs_table, 0, data_start)
    for i, text in enumerate(ids):
        out += struct.pack("<2I", len(text), offsets[i])
    for i, text in enumerate(strs):
        out += struct.pack("<2I", len(text), offsets[count + i])
    return out + blob


# ---------------------------------------------------------------- checks

def translation_problems(entries: list[Entry]) -> list[str]:
    problems = []
    for entry in entries:
        where = entry.files[0] if entry.files else "po/en.po"
        numbered = sorted(name for name in placeholders(entry.msgid) if re.search(r"[A-Za-z_]\d$", name))
        if numbered:
            # A translator reads {code2} and cannot tell which code it is: name what it holds ({issuer}).
            problems.append(f"{where}: {entry.msgid!r} has numbered placeholders {numbered}; name what they hold")
        if not entry.msgstr.strip():
            problems.append(f"{where}: no English for {entry.msgid!r}")
        elif entry.fuzzy:
            problems.append(f"{where}: the English of {entry.msgid!r} is marked fuzzy")
        elif placeholders(entry.msgid) != placeholders(entry.msgstr):
            problems.append(f"{where}: {entry.msgid!r} uses {sorted(placeholders(entry.msgid))} but its English "
                            f"{entry.msgstr!r} uses {sorted(placeholders(entry.msgstr))}")
    return problems


def build(memory: list[Entry] | None = None) -> tuple[dict[Path, bytes], list[str]]:
    """What the three catalogue files should hold, and what stops them being complete.

    ``memory`` (another .po) fills in sentences ``po/en.po`` has no English for yet.
    """
    template, problems = extract()
    existing = read_po(ENGLISH) if ENGLISH.exists() else []
    english = merge(template, existing)
    if memory:
        remembered = {entry.key: entry.msgstr for entry in memory if entry.msgstr}
        for entry in english:
            if not entry.msgstr and entry.key in remembered:
                entry.msgstr = remembered[entry.key]
    files = {
        TEMPLATE: write_po(template, None).encode("utf-8"),
        ENGLISH: write_po(english, "en").encode("utf-8"),
        COMPILED: compile_mo(english, "en"),
    }
    return files, problems + translation_problems(english)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if anything is stale")
    parser.add_argument("--memory", type=Path, help="a .po whose translations fill in missing English")
    args = parser.parse_args(argv)
    files, problems = build(read_po(args.memory) if args.memory else None)
    stale = [path for path, data in files.items() if not path.exists() or path.read_bytes() != data]
    if not args.check:
        for path in stale:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(files[path])
            print(f"wrote {path.relative_to(REPO)}")
        stale = []
    for path in stale:
        problems.append(f"{path.relative_to(REPO)} is not current: run python scripts/update_catalogue.py")
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(f"{len(problems)} problem(s)", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
