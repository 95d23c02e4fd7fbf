"""County-wide items (政府保障程度, 教育质量, 社会认可度, Jinchang targets) against a profile.

County staff declare each item's value (a number, or met / not met for qualitative items); items with a
threshold per section take one value per section, keyed "<item>.<section>".
"""
from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from jinchang_desktop.standards.catalogue import SECTIONS, Indicator, Profile
from jinchang_desktop.standards.numbers import exact


@dataclass(frozen=True)
class ItemVerdict:
    key: str  # indicator key, or "<indicator>.<section>"
    indicator: Indicator
    value: float | bool | None
    threshold: Fraction | None
    ok: bool | None  # None: not declared yet


def _compare(direction: str, value: Fraction, threshold: Fraction) -> bool:
    if direction == "min":
        return value >= threshold
    if direction == "max":
        return value <= threshold
    return value < threshold  # "below": strictly less


def item_keys(indicator: Indicator) -> list[tuple[str, str]]:
    """(value key, threshold name) pairs of one county item."""
    if any(s in indicator.thresholds for s in SECTIONS):
        return [(f"{indicator.key}.{s}", s) for s in SECTIONS]
    return [(indicator.key, "all")]


def assess_county_items(values: dict[str, float | bool], profile: Profile) -> list[ItemVerdict]:
    verdicts = []
    for indicator in profile.indicators.values():
        if indicator.scope != "county":
            continue
        for key, which in item_keys(indicator):
            value = values.get(key)
            if indicator.direction == "qualitative":
                ok = None if value is None else bool(value)
                verdicts.append(ItemVerdict(key, indicator, value, None, ok))
                continue
            threshold = indicator.threshold(which)
            ok = None if value is None or isinstance(value, bool) else _compare(
                indicator.direction, exact(value), threshold)  # type: ignore[arg-type]
            verdicts.append(ItemVerdict(key, indicator, value, threshold, ok))
    return verdicts
