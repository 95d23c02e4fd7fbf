"""One rule for text from outside: names, codes and free text, wherever they enter and wherever they go.

Text enters from tables, packages, rosters, enrolment requests, the GUI and the command line. Each entry point
calls :func:`check_text` (or :func:`check_name` / :func:`check_code`), so a name that passes one door passes all of
them and a name refused by one is refused by all. What it refuses, and why:

- lone surrogates (``"\\ud800"`` is valid JSON but not text: SQLite, the terminal and Excel all fail on it);
- control characters (C0, C1, DEL): an ANSI escape in a school name can clear a screen or forge a line of output;
  free text may keep line breaks and tabs, names may not;
- bidirectional controls (U+202A–U+202E, U+2066–U+2069, U+200E/F, U+061C): they make a name read differently
  from what it is ("Trojan Source");
- private-use, unassigned and non-character code points: they render as nothing or as a box;
- more than the length limit, counted after normalisation.

Text is stored in Unicode NFC, so that the same name typed on two machines compares equal.

Text going out: :func:`printable` shows any control character as an escape before it reaches a terminal, and
:func:`spreadsheet_safe` neutralises a cell that a spreadsheet would read as a formula.
"""
from __future__ import annotations

import unicodedata

from jinchang_desktop.errors import JcError
from jinchang_desktop.i18n import Msg, msg

NAME_MAX = 100  # a school's full name is rarely over 30 characters; 100 leaves room for branch names
CODE_MAX = 40  # 学校标识码 is 10 digits, county codes 6; provisional codes are short too
FREE_TEXT_MAX = 2000  # an explanation of a soft warning: a paragraph, not a document

_BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# Categories never allowed: Cc control, Cs surrogate, Co private use, Cn unassigned or non-character.
_REFUSED_CATEGORIES = frozenset({"Cc", "Cs", "Co", "Cn"})
_FREE_TEXT_CONTROLS = frozenset("\n\t")
# What spreadsheet tools read as the start of a formula (OWASP "CSV injection"); CR and tab can hide one too.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def text_problem(text: str, *, max_len: int, multiline: bool = False) -> Msg | None:
    """Why ``text`` (already NFC) breaks the rule, or None when it is fine."""
    if len(text) > max_len:
        return msg("过长（{length} 个字符，上限 {max_len}）", length=len(text), max_len=max_len)
    # The common case in one C call: isprintable() is False for every control, format (bidi included),
    # surrogate, private-use and unassigned character, so text that passes it needs no closer look.
    if text.isprintable():
        return None
    for position, char in enumerate(text):
        if multiline and char in _FREE_TEXT_CONTROLS:
            continue
        category = unicodedata.category(char)
        if category in _REFUSED_CATEGORIES or char in _BIDI or (category == "Cf" and char not in "\u200d"):
            code = f"U+{ord(char):04X}"
            return msg("第 {position} 个字符 {code} 是控制字符或不可显示的字符", position=position + 1, code=code)
    return None


def normalise(text: str) -> str:
    """NFC, or the text unchanged when it holds a lone surrogate (NFC would raise; the check refuses it)."""
    try:
        return unicodedata.normalize("NFC", text)
    except UnicodeError:
        return text


def check_text(value: object, *, what: Msg, max_len: int, multiline: bool = False,
               file: str | None = None, column: str | None = None) -> str:
    """``value`` as stored text: a str, NFC, stripped, within ``max_len``, with no refused character.

    Raises JcError (rule ``text``) naming what the text is (``what``), file and column.
    """
    if not isinstance(value, str):
        raise JcError(msg("{what}应为文本", what=what), file=file, column=column, rule="text")
    text = normalise(value).strip()
    problem = text_problem(text, max_len=max_len, multiline=multiline)
    if problem is not None:
        raise JcError(msg("{what}{problem}", what=what, problem=problem), file=file, column=column, rule="text")
    return text


def check_name(value: object, *, what: Msg | None = None, file: str | None = None,
               column: str | None = None) -> str:
    """A name (school, county, issuer): one line, at most :data:`NAME_MAX` characters."""
    return check_text(value, what=what or msg("名称"), max_len=NAME_MAX, file=file, column=column)


def check_code(value: object, *, what: Msg | None = None, file: str | None = None,
               column: str | None = None) -> str:
    """A code (school, county, city): one line, at most :data:`CODE_MAX` characters."""
    return check_text(value, what=what or msg("标识码"), max_len=CODE_MAX, file=file, column=column)


def check_free_text(value: object, *, what: Msg | None = None, file: str | None = None,
                    column: str | None = None) -> str:
    """Free text (an explanation): line breaks allowed, at most :data:`FREE_TEXT_MAX` characters."""
    return check_text(value, what=what or msg("说明文字"), max_len=FREE_TEXT_MAX, multiline=True, file=file,
                      column=column)


def printable(text: object) -> str:
    """``text`` safe to write to a terminal: every control, bidi or surrogate character shown as an escape.

    Used for whatever reaches standard output or standard error and may hold outside text (issuer names, file
    names, messages quoting them). Line breaks and tabs the program writes itself pass; text from outside has
    already been refused them by the rule above.
    """
    text = str(text)
    if text.replace("\n", "").replace("\t", "").isprintable():
        return text  # nothing to escape: the common case, in C
    out: list[str] = []
    for char in text:
        if char in "\n\t":
            out.append(char)
            continue
        category = unicodedata.category(char)
        if category in ("Cc", "Cs", "Co") or char in _BIDI:
            out.append(f"\\x{ord(char):02x}" if ord(char) < 0x100 else f"\\u{ord(char):04x}")
        else:
            out.append(char)
    return "".join(out)


def spreadsheet_safe(value: str) -> str:
    """A cell's text that Excel, WPS and LibreOffice show as text, never run as a formula.

    A cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a leading single quote
    (U+0027), as OWASP advises for CSV and spreadsheet export; other text is unchanged.
    Numbers are not text: write them as numbers, not through this function.
    """
    if value.startswith(_FORMULA_START):
        return "'" + value
    return value
