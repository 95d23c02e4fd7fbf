"""Verdict: how classification says which class a package falls into, and why."""
from __future__ import annotations

from jinchang_desktop.errors import JcError
from jinchang_desktop.i18n import Msg, fixed


class Verdict(Exception):
    """Raised inside classification: the package falls into ``cls`` for the reason given."""

    def __init__(self, cls: str, rule: str, text: Msg) -> None:
        super().__init__(text.en)
        self.cls, self.rule, self.text = cls, rule, text

    @property
    def zh(self) -> str:
        return self.text.zh

    @property
    def en(self) -> str:
        return self.text.en


def whole_refusal(error: JcError) -> Msg:
    """A refusal as its reader wrote it, with where it is and the rule it breaks, for a verdict or an entry."""
    return fixed(error.message_zh(), error.message_en())
