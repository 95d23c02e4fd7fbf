"""Per-profile, per-section constants of the resource indicators, computed once.

The engine runs per keystroke and over national-scale tables, so thresholds, floors and the field names
of each indicator's quantity are prepared here instead of being rebuilt for every school.
"""
from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from jinchang_desktop.standards.catalogue import Indicator, Profile


@dataclass(frozen=True, slots=True)
class IndicatorPlan:
    indicator: Indicator
    key: str
    per: int
    threshold: Fraction
    threshold_float: float
    floor: Fraction
    floor_float: float
    terms: tuple[tuple[str, float], ...]  # (field key, +1 or -1)
    split: bool
    # threshold, floor and gap step as (numerator, denominator) ints, for the gaps' integer arithmetic
    threshold_ratio: tuple[int, int]
    floor_ratio: tuple[int, int]
    step_ratio: tuple[int, int]


_PLANS: dict[tuple[str, str], tuple[IndicatorPlan, ...]] = {}


def section_plan(profile: Profile, section: str) -> tuple[IndicatorPlan, ...]:
    """The resource indicators of ``section`` under ``profile``, ready to evaluate."""
    cache_key = (profile.sha256, section)
    plan = _PLANS.get(cache_key)
    if plan is None:
        items = []
        for indicator in profile.resource_indicators:
            threshold = indicator.threshold(section)
            if threshold is None:
                raise ValueError(f"{indicator.key} has no threshold for {section}")
            floor = threshold * profile.floor_ratio
            terms = tuple(
                (term.lstrip("-").format(section=section), -1.0 if term.startswith("-") else 1.0)
                for term in indicator.quantity
            )
            items.append(IndicatorPlan(indicator, indicator.key, indicator.per, threshold, float(threshold),
                                       floor, float(floor), terms, indicator.split, threshold.as_integer_ratio(),
                                       floor.as_integer_ratio(), indicator.gap_step.as_integer_ratio()))
        plan = _PLANS[cache_key] = tuple(items)
    return plan
