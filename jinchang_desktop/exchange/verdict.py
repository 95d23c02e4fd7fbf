"""Verdict: how classification says which class a package falls into, and why."""
from __future__ import annotations

from jinchang_desktop.i18n import Msg, Worded


class Verdict(Worded, Exception):
    """Raised inside classification: the package falls into ``cls`` for the reason given."""

    def __init__(self, cls: str, rule: str, text: Msg) -> None:
        super().__init__(text.en)
        self.cls, self.rule, self.text = cls, rule, text

