"""The per-school rule for one section (NAT 第六条): ≥ 6 of 7 reach, the rest ≥ 85%; and the gaps."""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from fractions import Fraction

from jinchang_desktop.standards.catalogue import Indicator, Profile
from jinchang_desktop.standards.numbers import is_near
from jinchang_desktop.standards.sections import SectionUnit


@dataclass(frozen=True)
class Gap:
    """What the school must add, in the unit the clerk enters (whole school), to reach a level."""

    to_threshold: float
    to_floor: float


@dataclass
class IndicatorResult:
    key: str
    value: float  # unrounded, in the indicator's unit (per 100 students where it says so)
    threshold: Fraction
    floor: Fraction
    reached: bool
    above_floor: bool
    gap: Gap | None = None


@dataclass
class SectionResult:
    section: str
    students: int
    indicators: dict[str, IndicatorResult] = field(default_factory=dict)
    reached: int = 0
    compliant: bool = False

    @property
    def values(self) -> dict[str, float]:
        return {k: r.value for k, r in self.indicators.items()}


def _at_least(unit: SectionUnit, indicator: Indicator, x: float, level: Fraction) -> bool:
    """Exactly whether x·per / P ≥ level. Floats decide unless too close to call; then fractions."""
    lhs = x * indicator.per
    rhs = float(level) * unit.students
    if not is_near(lhs, rhs):
        return lhs > rhs
    return unit.exact_quantity(indicator) * indicator.per >= level * unit.students


def _needed(unit: SectionUnit, indicator: Indicator, x: float, level: Fraction) -> float:
    """Whole-school amount to add so that the section reaches ``level``, rounded up to the indicator's step."""
    if _at_least(unit, indicator, x, level):
        return 0.0
    share = unit.share_float if indicator.split else 1.0
    if share == 0:
        return math.inf
    step = indicator.gap_step
    steps = (float(level) * unit.students / indicator.per - x) / share / float(step)
    rounded = math.ceil(steps)
    if abs(steps - round(steps)) < 1e-6:  # too close to a step to trust the float: do it exactly
        exact_share = unit.share if indicator.split else Fraction(1)
        exact_steps = (level * unit.students / indicator.per - unit.exact_quantity(indicator)) / exact_share / step
        rounded = math.ceil(exact_steps)
    return float(rounded * step)


def assess_unit(unit: SectionUnit, profile: Profile) -> SectionResult:
    result = SectionResult(section=unit.section, students=unit.students)
    failing_floor = False
    for indicator in profile.resource_indicators:
        threshold = indicator.threshold(unit.section)
        assert threshold is not None, indicator.key
        floor = threshold * profile.floor_ratio
        x = unit.quantity(indicator)
        reached = _at_least(unit, indicator, x, threshold)
        above_floor = reached or _at_least(unit, indicator, x, floor)
        item = IndicatorResult(key=indicator.key, value=x * indicator.per / unit.students,
                               threshold=threshold, floor=floor, reached=reached, above_floor=above_floor)
        if not reached:
            item.gap = Gap(to_threshold=_needed(unit, indicator, x, threshold),
                           to_floor=_needed(unit, indicator, x, floor))
            failing_floor = failing_floor or not above_floor
        else:
            result.reached += 1
        result.indicators[indicator.key] = item
    result.compliant = result.reached >= profile.min_reached and not failing_floor
    return result
