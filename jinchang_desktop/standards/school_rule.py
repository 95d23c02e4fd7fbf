"""The per-school rule for one section (NAT 第六条): ≥ 6 of 7 reach, the rest ≥ 85%; and the gaps."""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from fractions import Fraction

from jinchang_desktop.standards.catalogue import Profile
from jinchang_desktop.standards.numbers import NEAR
from jinchang_desktop.standards.plan import IndicatorPlan, section_plan
from jinchang_desktop.standards.sections import SectionUnit


@dataclass(slots=True)  # not frozen: built millions of times on national tables
class Gap:
    """What the school must add, in the unit the clerk enters (whole school), to reach a level."""

    to_threshold: float
    to_floor: float


@dataclass(slots=True)
class IndicatorResult:
    key: str
    value: float  # unrounded, in the indicator's unit (per 100 students where it says so)
    quantity: float  # the section's raw x_i (teachers, m², yuan, rooms) behind the value
    threshold: Fraction
    floor: Fraction
    reached: bool
    above_floor: bool
    gap: Gap | None = None


@dataclass(slots=True)
class SectionResult:
    section: str
    students: int
    indicators: dict[str, IndicatorResult] = field(default_factory=dict)
    reached: int = 0
    compliant: bool = False

    @property
    def values(self) -> dict[str, float]:
        return {k: r.value for k, r in self.indicators.items()}


def _at_least(unit: SectionUnit, plan: IndicatorPlan, x: float, level: Fraction, level_float: float) -> bool:
    """Exactly whether x·per / P ≥ level. Floats decide unless too close to call; then integers do."""
    lhs = x * plan.per
    rhs = level_float * unit.students
    if abs(lhs - rhs) > NEAR * max(abs(lhs), abs(rhs), 1e-300):  # not is_near(lhs, rhs), inlined: hot path
        return lhs > rhs
    # 9 teachers for 1000 students against 0.9: 9·100·10 ≥ 9·1000, exactly
    numerator, denominator = unit.exact_ratio(plan)
    return numerator * plan.per * level.denominator >= level.numerator * unit.students * denominator


def _needed(unit: SectionUnit, plan: IndicatorPlan, level: tuple[int, int], x: tuple[int, int]) -> float:
    """Whole-school amount to add so that a section below ``level`` reaches it, rounded up to the step.

    ``level`` is (numerator, denominator) and ``x`` the section's quantity exactly, ``unit.exact_ratio(plan)``.
    Done in integers throughout: the answer is a ceiling, and a float a hair above a whole step would add a
    whole teacher or room too many.
    """
    share_num, share_den = unit.share.as_integer_ratio() if plan.split else (1, 1)
    if share_num == 0:
        return math.inf
    level_num, level_den = level
    step_num, step_den = plan.step_ratio
    x_num, x_den = x  # the section's quantity, x_num / x_den
    # steps = (level·P/per − x) / share / step, as numerator / denominator of integers
    numerator = (level_num * unit.students * x_den - x_num * level_den * plan.per) * share_den * step_den
    denominator = level_den * plan.per * x_den * share_num * step_num
    return -((-numerator) // denominator) * step_num / step_den


def assess_unit(unit: SectionUnit, profile: Profile) -> SectionResult:
    result = SectionResult(section=unit.section, students=unit.students)
    failing_floor = False
    for plan in section_plan(profile, unit.section):
        x = unit.planned_quantity(plan)
        reached = _at_least(unit, plan, x, plan.threshold, plan.threshold_float)
        above_floor = reached or _at_least(unit, plan, x, plan.floor, plan.floor_float)
        item = IndicatorResult(plan.key, x * plan.per / unit.students, x, plan.threshold, plan.floor,
                               reached, above_floor)
        if reached:
            result.reached += 1
        else:
            x_exact = unit.exact_ratio(plan)  # read once for both gaps
            item.gap = Gap(_needed(unit, plan, plan.threshold_ratio, x_exact),
                           0.0 if above_floor else _needed(unit, plan, plan.floor_ratio, x_exact))
            failing_floor = failing_floor or not above_floor
        result.indicators[plan.key] = item
    result.compliant = result.reached >= profile.min_reached and not failing_floor
    return result
