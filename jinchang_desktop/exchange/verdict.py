"""Verdict: how classification says which class a package falls into, and why."""
from __future__ import annotations


class Verdict(Exception):
    """Raised inside classification: the package falls into ``cls`` for the reason given."""

    def __init__(self, cls: str, rule: str, zh: str, en: str) -> None:
        super().__init__(en)
        self.cls, self.rule, self.zh, self.en = cls, rule, zh, en
