"""The words of a verdict, as a person reads them on screen or on paper (no Qt: a message read in either
language)."""
from __future__ import annotations

from dataclasses import dataclass

from jinchang_desktop.i18n import Msg, Worded, msg
from jinchang_desktop.standards.assess import SchoolResult
from jinchang_desktop.standards.guarantee import Check


@dataclass(frozen=True)
class Words(Worded):
    text: Msg
    level: str = ""  # "ok", "fail", "none": how a screen may colour it

    def pick(self, lang: str) -> str:
        return self.text.text(lang)


NOT_REPORTED = Words(msg("未报送"), "none")
MET = Words(msg("达标"), "ok")
NOT_MET = Words(msg("未达标"), "fail")


def school_verdict(result: SchoolResult | None) -> Words:
    """One school's verdict: every section it has compliant, not, not assessed (and why), or no data yet."""
    if result is None or not result.record.values:
        return NOT_REPORTED
    if result.excluded is not None:
        return Words(msg("不参评（{excluded}）", excluded=result.excluded), "none")
    if not result.sections:
        return NOT_REPORTED
    return MET if all(section.compliant for section in result.sections.values()) else NOT_MET


def check_level(check: Check) -> str:
    """A per-school check: ok, error, or unknown (the school has not entered the figures it needs)."""
    if check.ok is None:
        return "unknown"
    return "ok" if check.ok else "error"
