"""The two steps of the plan for one county: the per-school rule school by school, then the CVs indicator by
indicator. Every need comes from the engine (gaps, quantities, shares); see docs/investment-plan.md."""
from __future__ import annotations

import itertools
import math
from collections.abc import Callable
from dataclasses import dataclass

from jinchang_desktop.errors import JcError
from jinchang_desktop.i18n import fixed, msg
from jinchang_desktop.planning.costs import UnitCost
from jinchang_desktop.planning.waterfill import (
    SHARE_DISCOUNTS,
    Key,
    Slot,
    gradient_fill,
    least_level,
    passes,
    raised,
    top_level,
)
from jinchang_desktop.standards.assess import Cancelled
from jinchang_desktop.standards.catalogue import Profile
from jinchang_desktop.standards.plan import IndicatorPlan, section_plan
from jinchang_desktop.standards.records import SchoolRecord
from jinchang_desktop.standards.school_rule import assess_unit
from jinchang_desktop.standards.sections import SectionUnit, prepare

Cancel = Callable[[], bool]


def lever_field(plan: IndicatorPlan) -> str:
    """The field an addition goes to: the indicator's first added term (e.g. 运动场地, not 室内体育用房)."""
    return next(key for key, sign in plan.terms if sign > 0)


def ceil_step(amount: float, step: float) -> float:
    return math.ceil(amount / step - 1e-9) * step


# -- step 1: the per-school rule ------------------------------------------------------------------------------

def _unit_needs(unit: SectionUnit, profile: Profile, steps: dict[str, float]
                ) -> dict[str, tuple[str, float, float]]:
    """Per indicator: (field, amount to reach the threshold, amount to reach the floor), from the engine's gaps."""
    result = assess_unit(unit, profile)
    needs = {}
    for plan in section_plan(profile, unit.section):
        item = result.indicators[plan.key]
        step = steps[plan.key]
        to_threshold = to_floor = 0.0
        if item.gap is not None:
            if not math.isfinite(item.gap.to_threshold):  # the section gets no share of the school's facilities
                # The indicator's names come from the profile (data), in both languages.
                indicator = fixed(plan.indicator.name_zh, plan.indicator.name_en)
                raise JcError(
                    msg("学校 {code} 的{section}学段分不到任何设施（评估标准的分摊权重为 0），"
                        "“{indicator}”无论增加多少都无法达标",
                        code=unit.record.code, section=unit.section, indicator=indicator),
                    column=plan.key, rule="school_rule")
            to_threshold = ceil_step(item.gap.to_threshold, step)
            to_floor = ceil_step(item.gap.to_floor, step)
        needs[plan.key] = (lever_field(plan), to_threshold, to_floor)
    return needs


def school_rule_additions(units: list[SectionUnit], profile: Profile, costs: dict[str, UnitCost],
                          priced: frozenset[str] | None = None) -> tuple[dict[str, float], float]:
    """The cheapest additions for every section of one school to pass the per-school rule.

    Tries each choice of the one indicator per section left at ≥ 85% (7 per section, 49 for a through-school).
    Returns (field → amount, cost). With ``priced``, only those indicators' additions are counted in the cost
    (the lower bound prices the others by their CV).
    """
    steps = {k: float(c.step) for k, c in costs.items()}
    unit_costs = {k: c.cost for k, c in costs.items()}
    per_unit = [_unit_needs(u, profile, steps) for u in units]
    field_cost: dict[str, float] = {}
    for needs in per_unit:
        for key, (name, _, _) in needs.items():
            field_cost[name] = unit_costs[key] if priced is None or key in priced else 0.0
    best: dict[str, float] = {}
    best_cost = math.inf
    for choice in itertools.product(*(list(needs) for needs in per_unit)):
        amounts: dict[str, float] = {}
        for needs, relaxed in zip(per_unit, choice, strict=True):
            for key, (name, to_threshold, to_floor) in needs.items():
                amount = to_floor if key == relaxed else to_threshold
                if amount > amounts.get(name, 0.0):
                    amounts[name] = amount
        cost = math.fsum(field_cost[name] * amount for name, amount in amounts.items())
        if cost < best_cost:
            best, best_cost = amounts, cost
    return {k: v for k, v in best.items() if v > 0}, best_cost


# -- step 2: the CVs --------------------------------------------------------------------------------------------

def slots_of(units_by_section: dict[str, list[SectionUnit]], profile: Profile) -> dict[str, dict[str, list[Slot]]]:
    """indicator → section → slots."""
    result: dict[str, dict[str, list[Slot]]] = {}
    for section, units in units_by_section.items():
        for plan in section_plan(profile, section):
            name = lever_field(plan)
            result.setdefault(plan.key, {})[section] = [
                Slot((u.record.code, name), u.students, u.planned_quantity(plan), u.share_float if plan.split else 1.0)
                for u in units]
    return result


def cv_additions(slots: dict[str, list[Slot]], limits: dict[str, float], start: dict[Key, float],
                 step: float, discount: float = 0.0) -> tuple[dict[Key, float], dict[str, float], list[str]]:
    """Water-fill one indicator until every section's CV passes; sections sharing schools are alternated.

    Returns the additions, the level reached per section (per student) and the sections that cannot pass.
    """
    levels: dict[str, float] = {}
    add = dict(start)

    def filled(with_levels: dict[str, float]) -> dict[Key, float]:
        result = dict(start)
        for section, level in with_levels.items():
            raised(slots[section], level, step, result, discount)
        return result

    for _ in range(12):
        failing = [s for s in slots if not passes(slots[s], add, limits[s])]
        if not failing:
            return add, levels, []
        for section in failing:
            def ok(level: float, section: str = section) -> bool:
                return passes(slots[section], filled({**levels, section: level}), limits[section])

            low = levels.get(section, 0.0)
            # 1e-7 of the level: finer changes the additions by well under one unit (a yuan, a m²)
            level = least_level(ok, low, top_level(slots[section], add) * 1.000001 + 1e-12, tolerance=1e-7)
            if level is None:
                return add, levels, [section]
            levels[section] = level
        add = filled(levels)
    return add, levels, [s for s in slots if not passes(slots[s], add, limits[s])]


@dataclass
class CountyUnits:
    """One county's section units, for one set of figures."""

    units: dict[str, list[SectionUnit]]  # school code → its units
    by_section: dict[str, list[SectionUnit]]


def county_units(records: list[SchoolRecord], county: str, profile: Profile) -> CountyUnits:
    prepared = prepare(records, profile)
    units = {code: u for code, u in prepared.units.items() if prepared.merged[code].county == county}
    by_section: dict[str, list[SectionUnit]] = {}
    for school_units in units.values():
        for unit in school_units:
            by_section.setdefault(unit.section, []).append(unit)
    return CountyUnits(units, by_section)


def school_rule_step(records: list[SchoolRecord], county: str, profile: Profile, costs: dict[str, UnitCost],
                 cancel: Cancel | None) -> tuple[dict[Key, float], float]:
    """Step 1 for every school: the additions and their least total cost."""
    additions: dict[Key, float] = {}
    total = 0.0
    for index, (code, units) in enumerate(county_units(records, county, profile).units.items()):
        if cancel is not None and index % 64 == 0 and cancel():
            raise Cancelled()
        amounts, cost = school_rule_additions(units, profile, costs)
        total += cost
        for name, amount in amounts.items():
            additions[(code, name)] = amount
    return additions, total


Levels = dict[tuple[str, str], tuple[float, float]]  # (indicator, section) → (level per student, discount)


def cv_step(records: list[SchoolRecord], county: str, profile: Profile, costs: dict[str, UnitCost],
             start: dict[Key, float], cancel: Cancel | None) -> tuple[dict[Key, float], Levels, list[str]]:
    """Step 2: on top of ``start``, water-fill every indicator whose CV fails."""
    additions = dict(start)
    levels: Levels = {}
    failing: list[str] = []
    for key, by_section in slots_of(county_units(records, county, profile).by_section, profile).items():
        if cancel is not None and cancel():
            raise Cancelled()
        step = float(costs[key].step)
        names = {slot.key[1] for slots in by_section.values() for slot in slots}
        group_start = {k: v for k, v in start.items() if k[1] in names}
        limits = {s: float(profile.cv_limit[s]) for s in by_section}
        # Sections that share no field are independent (teachers); facilities are filled together.
        groups = [by_section] if profile.indicators[key].split else [{s: v} for s, v in by_section.items()]
        for group in groups:
            filled, reached, still = _cheapest_fill(group, limits, group_start, step)
            failing += [f"cv.{key}.{s}" for s in still]
            levels.update({(key, s): level for s, level in reached.items()})
            for k, amount in filled.items():
                additions[k] = max(additions.get(k, 0.0), amount)
    return additions, levels, failing


def _cheapest_fill(group: dict[str, list[Slot]], limits: dict[str, float], start: dict[Key, float],
                   step: float) -> tuple[dict[Key, float], dict[str, tuple[float, float]], list[str]]:
    """cv_additions with each share discount; the cheapest that passes (levels carry their discount)."""
    best: tuple[float, dict[Key, float], dict[str, tuple[float, float]], list[str]] | None = None
    has_partial = any(slot.share < 1 for slots in group.values() for slot in slots)
    for discount in SHARE_DISCOUNTS if has_partial else (0.0,):
        filled, reached, still = cv_additions(group, limits, start, step, discount)
        spent = math.fsum(filled.values())
        candidate = (spent, filled, {s: (level, discount) for s, level in reached.items()}, still)
        if best is None or (not still and (best[3] or spent < best[0])):
            best = candidate
        if not reached:  # nothing to fill: every discount gives the same
            break
    assert best is not None
    if has_partial and best[2]:
        # Shares make water-filling only a guess here; the gradient rule often does better (its result has no
        # levels, so the second candidate in _one_round re-plans this indicator from its own start).
        filled, still = gradient_fill(group, limits, start, step)
        spent = math.fsum(filled.values())
        if not still and (best[3] or spent < best[0]):
            return filled, {}, still
    return best[1], best[2], best[3]


def at_levels(records: list[SchoolRecord], county: str, profile: Profile, costs: dict[str, UnitCost],
               levels: Levels) -> dict[Key, float]:
    """The water-filling additions alone, at the given levels, from nothing."""
    additions: dict[Key, float] = {}
    for key, by_section in slots_of(county_units(records, county, profile).by_section, profile).items():
        for section, slots in by_section.items():
            if (key, section) in levels:
                level, discount = levels[(key, section)]
                raised(slots, level, float(costs[key].step), additions, discount)
    return additions
