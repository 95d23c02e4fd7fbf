"""One way to write a sentence a person reads: gettext, with Chinese as the source language.

Every sentence in code is written once, in Chinese, through one of these functions; the English is in
``po/en.po`` (compiled to ``resources/locale/en/LC_MESSAGES/jinchang.mo``). An untranslated sentence
falls back to its correct Chinese. See ``docs/i18n.md``.

- ``_("…")``: the sentence in the interface language (GUI labels, the compiled Designer forms).
- ``N_("…")``: marks a sentence for the catalogue where it is stored, translated later with ``_``.
- ``msg("…{code}…", code=code)``: a lazy message holding both languages (``.zh``, ``.en``), for what
  must be read in both at once: refusals (``JcError``), the CLI's output, texts a package carries.
- ``pick(zh, en)``: chooses between the two names a data file (catalogue, profile, fields) gives.

This module is Qt-free: the core, the CLI and the GUI all use it.
"""
from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from string import Formatter
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from jinchang_desktop.resource_files import resource_path

if TYPE_CHECKING:
    import gettext

LANGUAGES = ("zh", "en")
# Each language named in itself, never translated: a clerk who switched by mistake can still find the way back.
AUTONYMS = {"zh": "中文（简体）", "en": "English"}
DEFAULT_LANGUAGE = "zh"
DOMAIN = "jinchang"

_language = DEFAULT_LANGUAGE


@runtime_checkable
class Bilingual(Protocol):
    """Anything that reads in both languages: a ``Msg``, a ``JcError``, a warning note."""

    @property
    def zh(self) -> str: ...

    @property
    def en(self) -> str: ...


@lru_cache(maxsize=1)
def _english() -> gettext.NullTranslations:
    import gettext  # only once English is read: a Chinese start-up never loads it

    try:
        path = resource_path("locale", "en", "LC_MESSAGES", f"{DOMAIN}.mo")
        with open(path, "rb") as handle:
            return gettext.GNUTranslations(handle)
    except OSError:
        # A build without the catalogue (or without its resources) still speaks correct Chinese.
        return gettext.NullTranslations()


def set_language(lang: str) -> None:
    global _language
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}")
    _language = lang


def language() -> str:
    return _language


def english(text: str) -> str:
    """The English of a Chinese source sentence (the sentence itself where the catalogue has none)."""
    return _english().gettext(text)


def translate(text: str, lang: str | None = None) -> str:
    return english(text) if (lang or _language) == "en" else text


def _(text: str) -> str:
    return english(text) if _language == "en" else text


def N_(text: str) -> str:
    return text


def pgettext(context: str, text: str) -> str:
    """``_`` for the rare sentence whose English depends on where it stands."""
    return _english().pgettext(context, text) if _language == "en" else text


def pick(zh: str, en: str) -> str:
    return en if _language == "en" else zh


def placeholders(template: str) -> set[str]:
    """The ``{names}`` a sentence uses; the English must use the same ones."""
    return {field.split(".")[0].split("[")[0] for _text, field, _spec, _conv in Formatter().parse(template)
            if field is not None}


class Msg:
    """A sentence with its arguments, rendered in either language when read.

    An argument that is itself bilingual (another ``Msg``, a ``JcError``) is rendered in the same
    language as the sentence around it.
    """

    __slots__ = ("template", "args")

    def __init__(self, template: str, args: dict[str, object]) -> None:
        self.template = template
        self.args = args

    def text(self, lang: str) -> str:
        pattern = english(self.template) if lang == "en" else self.template
        values = {key: _in_language(value, lang) for key, value in self.args.items()}
        return pattern.format(**values)

    @property
    def zh(self) -> str:
        return self.text("zh")

    @property
    def en(self) -> str:
        return self.text("en")

    def both(self, sep: str = " / ") -> str:
        """Chinese then English on one line, as the CLI prints."""
        return f"{self.zh}{sep}{self.en}"

    def __str__(self) -> str:
        return self.text(_language)

    def __repr__(self) -> str:
        return f"msg({self.template!r}, {self.args!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Msg) and (self.template, self.args) == (other.template, other.args)

    def __hash__(self) -> int:
        return hash(self.template)


_PLAIN = (str, int, float)  # exactly these types read the same in every language


def _in_language(value: object, lang: str) -> object:
    if type(value) in _PLAIN:  # most arguments: decided before the slow check against the Bilingual protocol
        return value
    if isinstance(value, Bilingual):  # a Msg, a JcError, a note: in the sentence's language
        return value.en if lang == "en" else value.zh
    return value


def msg(template: str, /, **args: object) -> Msg:
    return Msg(template, args)


def fixed(zh: str, en: str) -> Msg:
    """A message whose two texts are already known: a data file's two names, a package's carried text.

    Never for a sentence written in code: that is ``msg``, so its English is in the catalogue.
    """
    return _Fixed(zh, en)


def listing(items: Iterable[object], separator: Msg | None = None) -> Msg:
    """Items joined as each language lists them: 甲、乙、丙 / a, b, c (bilingual items in the same language).

    ``separator``: another joint, e.g. ``msg("，")`` between clauses.
    """
    values = list(items)
    joint = separator or msg("、")
    return _Fixed(*(joint.text(lang).join(str(_in_language(v, lang)) for v in values) for lang in LANGUAGES))


class Named:
    """For a class that holds its name as ``name`` (a ``Msg``): read it as ``.name_zh`` and ``.name_en`` too."""

    __slots__ = ()
    name: Msg

    @property
    def name_zh(self) -> str:
        return self.name.zh

    @property
    def name_en(self) -> str:
        return self.name.en


class Worded:
    """For a class that holds its sentence as ``text`` (a ``Msg``): read it as ``.zh`` and ``.en`` too."""

    __slots__ = ()
    text: Msg

    @property
    def zh(self) -> str:
        return self.text.zh

    @property
    def en(self) -> str:
        return self.text.en


class _Fixed(Msg):
    __slots__ = ("_zh", "_en")

    def __init__(self, zh: str, en: str) -> None:
        super().__init__(zh, {})
        self._zh = zh
        self._en = en

    def text(self, lang: str) -> str:
        return self._en if lang == "en" else self._zh

    def __repr__(self) -> str:
        return f"fixed({self._zh!r}, {self._en!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Fixed) and (self._zh, self._en) == (other._zh, other._en)

    def __hash__(self) -> int:
        return hash(self._zh)
