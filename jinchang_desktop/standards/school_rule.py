"""The per-school rule for one section (NAT 第六条): ≥ 6 of 7 reach, the rest ≥ 85%; and the gaps."""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from fractions import Fraction

from jinchang_desktop.standards.catalogue import Profile
from jinchang_desktop.standards.numbers import is_near
from jinchang_desktop.standards.plan import IndicatorPlan, section_plan
from jinchang_desktop.standards.sections import SectionUnit


@dataclass(frozen=True, slots=True)
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


def _whole(plan: IndicatorPlan, x: float) -> int | None:
    """x as an int when it is a whole count of a section's own (unsplit) quantity: exact integer maths applies."""
    if not plan.split and x.is_integer() and abs(x) < 2**53:
        return int(x)
    return None


def _at_least(unit: SectionUnit, plan: IndicatorPlan, x: float, level: Fraction, level_float: float) -> bool:
    """Exactly whether x·per / P ≥ level. Floats decide unless too close to call; then exact arithmetic."""
    lhs = x * plan.per
    rhs = level_float * unit.students
    if not is_near(lhs, rhs):
        return lhs > rhs
    whole = _whole(plan, x)
    if whole is not None:  # 9 teachers for 1000 students: 9·100·10 ≥ 9·1000
        return whole * plan.per * level.denominator >= level.numerator * unit.students
    return unit.exact_quantity(plan.indicator) * plan.per >= level * unit.students


def _needed(unit: SectionUnit, plan: IndicatorPlan, x: float, level: Fraction, level_float: float) -> float:
    """Whole-school amount to add so that a section below ``level`` reaches it, rounded up to the step."""
    share = unit.share_float if plan.split else 1.0
    if share == 0:
        return math.inf
    step = plan.indicator.gap_step
    whole = _whole(plan, x)
    if whole is not None:
        # steps = (level·P/per − x) / step as one fraction of ints; ceil by floor division of the negation
        numerator = (level.numerator * unit.students - whole * level.denominator * plan.per) * step.denominator
        denominator = level.denominator * plan.per * step.numerator
        return -((-numerator) // denominator) * step.numerator / step.denominator
    steps = (level_float * unit.students / plan.per - x) / share * step.denominator / step.numerator
    rounded = math.ceil(steps)
    if abs(steps - round(steps)) < 1e-6:  # too close to a step to trust the float: do it exactly
        exact_share = unit.share if plan.split else Fraction(1)
        exact_steps = (level * unit.students / plan.per - unit.exact_quantity(plan.indicator)) / exact_share / step
        rounded = math.ceil(exact_steps)
    # an int times the step's numerator, divided once: the float nearest the exact amount (2250/10 = 225.0)
    return rounded * step.numerator / step.denominator


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
            item.gap = Gap(_needed(unit, plan, x, plan.threshold, plan.threshold_float),
                           0.0 if above_floor else _needed(unit, plan, x, plan.floor, plan.floor_float))
            failing_floor = failing_floor or not above_floor
        result.indicators[plan.key] = item
    result.compliant = result.reached >= profile.min_reached and not failing_floor
    return result
