"""The investment plan: the least-cost additions that make a county pass (STANDARD §1–§3), verified.

Method (docs/investment-plan.md; steps 1–2 in ``steps``):
1. Per school, the per-school rule at least cost (which indicator of each section stays at ≥ 85%).
2. Per indicator, the CVs: water-filling (or a gradient rule where facilities are shared), on top of step 1.
3. A second candidate with each school's choice made on top of step 2's levels; the cheaper is kept.
4. Cutting back what no limit needs (``prune``), then the engine judges the planned figures; what still fails
   is planned again (rarely; at most ``ROUNDS`` times).
A lower bound says how far the cost can be from the optimum. A plain function with ``progress`` and ``cancel``;
no Qt.
"""
from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from jinchang_desktop.i18n import Msg, fixed, msg
from jinchang_desktop.planning.costs import UnitCost
from jinchang_desktop.planning.prune import prune
from jinchang_desktop.planning.steps import (
    at_levels,
    county_units,
    cv_step,
    lever_field,
    school_rule_additions,
    school_rule_step,
)
from jinchang_desktop.planning.waterfill import (
    Key,
    Slot,
    continuous_bound,
    tangent_bound,
    weighted_references,
)
from jinchang_desktop.standards.assess import Assessment, assess
from jinchang_desktop.standards.catalogue import SECTIONS, Profile
from jinchang_desktop.standards.cv import weighted_cv
from jinchang_desktop.standards.fields import field_catalogue
from jinchang_desktop.standards.plan import section_plan
from jinchang_desktop.standards.records import SchoolRecord
from jinchang_desktop.standards.sections import SectionUnit

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]
ROUNDS = 4  # plan → verify → plan what still fails; one round is the rule, the rest catch float edge cases


@dataclass
class Infeasible:
    """A limit no plan can meet, and why."""

    limit: str  # "school_rule.<section>" or "cv.<indicator>.<section>"
    school: str
    field: str
    reason: Msg

    @property
    def zh(self) -> str:
        return self.reason.zh

    @property
    def en(self) -> str:
        return self.reason.en

    def to_json(self) -> dict[str, str]:
        return {"limit": self.limit, "school": self.school, "field": self.field, "zh": self.zh, "en": self.en}


@dataclass
class Plan:
    county: str
    additions: dict[str, dict[str, int | float]]  # school code → field → amount (lever and companion fields)
    costs: dict[str, float]  # school code → cost
    total_cost: float
    lower_bound: float
    assessment: Assessment  # the engine's verdicts on the planned figures
    sections: dict[str, dict[str, Any]]
    all_pass: bool
    infeasible: list[Infeasible] = field(default_factory=list)
    rounds: int = 1

    @property
    def gap(self) -> float:
        """Relative distance of the cost from the lower bound (0 = provably optimal)."""
        if self.total_cost == 0:
            return 0.0
        return (self.total_cost - self.lower_bound) / self.total_cost

    def to_json(self) -> dict[str, Any]:
        document: dict[str, Any] = {
            "schools": [{"code": code, "additions": self.additions[code], "cost": _plain(self.costs[code])}
                        for code in sorted(self.additions)],
            "total_cost": _plain(self.total_cost),
            "lower_bound": _plain(self.lower_bound),
            "sections": self.sections,
            "all_pass": self.all_pass,
        }
        if self.infeasible:
            document["infeasible"] = [i.to_json() for i in self.infeasible]
        return document


def _plain(value: float) -> int | float:
    return int(value) if float(value).is_integer() else round(value, 2)


def companions() -> dict[str, list[str]]:
    """Fields that must grow with a lever field to keep the record valid (a new qualified teacher is a teacher)."""
    result: dict[str, list[str]] = {}
    for check in field_catalogue().checks:
        if check.rule == "le":
            result.setdefault(check.left, []).append(check.right)
    return result


# -- the plan ---------------------------------------------------------------------------------------------------

def _apply(records: list[SchoolRecord], additions: dict[str, dict[str, float]]) -> list[SchoolRecord]:
    result = []
    for record in records:
        extra = additions.get(record.code)
        if not extra:
            result.append(record)
            continue
        values = dict(record.values)
        for name, amount in extra.items():
            total = values.get(name, 0) + amount
            values[name] = int(total) if float(total).is_integer() else total
        result.append(SchoolRecord(record.code, record.name, record.county, record.school_type, record.counted,
                                   record.parent_code, values, record.row))
    return result


def _cost(additions: dict[Key, float], costs: dict[str, UnitCost], field_indicator: dict[str, str]) -> float:
    return math.fsum(costs[field_indicator[name]].cost * amount for (_, name), amount in additions.items())


def _one_round(records: list[SchoolRecord], county: str, profile: Profile, costs: dict[str, UnitCost],
               cancel: Cancel | None) -> tuple[dict[Key, float], dict[Key, str], float, list[str]]:
    """Additions by (school, lever field), the limit behind each, the rule's least cost, the failing CVs.

    Two candidates, the cheaper kept: (a) the per-school rule first, then the CVs on top; (b) the CV levels of
    (a) first, then each school's cheapest choice on top of them, then the CVs again: a school whose weak
    indicator the CVs raise anyway is then free to leave another one at ≥ 85%.
    """
    field_indicator = {lever_field(p): p.key for s in SECTIONS for p in section_plan(profile, s)}
    rule, rule_cost = school_rule_step(records, county, profile, costs, cancel)
    first, levels, failing = cv_step(records, county, profile, costs, rule, cancel)
    best, best_rule = first, rule
    if levels and not failing:
        water = at_levels(records, county, profile, costs, levels)
        on_top, _ = school_rule_step(_apply(records, _nested(water)), county, profile, costs, cancel)
        start = dict(water)
        for k, amount in on_top.items():
            start[k] = start.get(k, 0.0) + amount
        second, _, still = cv_step(records, county, profile, costs, start, cancel)
        if not still and _cost(second, costs, field_indicator) < _cost(first, costs, field_indicator):
            best, best_rule = second, {k: v for k, v in on_top.items()}
    reasons = {k: "school_rule" if k in best_rule and best_rule[k] >= amount else f"cv.{field_indicator[k[1]]}"
               for k, amount in best.items()}
    return best, reasons, rule_cost, failing


def _nested(additions: dict[Key, float]) -> dict[str, dict[str, float]]:
    result: dict[str, dict[str, float]] = {}
    for (code, name), amount in additions.items():
        result.setdefault(code, {})[name] = amount
    return result


def lower_bound(records: list[SchoolRecord], county: str, profile: Profile, costs: dict[str, UnitCost],
                rule_cost: float, planned: list[SchoolRecord] | None = None) -> float:
    """No plan costs less than the largest of three bounds (docs/investment-plan.md):

    A: Σ per-school least cost of the rule (``rule_cost``);
    B: Σ over indicators k of c_k·B_k, B_k a lower bound on the amount of k that brings every section quantity to
       its 85% floor and its CV under the limit (each indicator on its own);
    C: B's terms for the indicators whose CV needs more than the floors, plus each school's least cost of the rule
       counting only the other indicators.

    B_k: a school's addition reaches its compulsory sections by shares summing to s ≤ 1, so its total is at least
    Σ (section amounts)/s; per section the least Σ wᵤδᵤ (wᵤ = 1/s) is bounded below both by continuous
    water-filling (all wᵤ taken as 1) and by the CV cone's tangent at KKT-shaped references and at the planned
    figures (waterfill.tangent_bound); the larger counts.
    """
    county_now = county_units(records, county, profile)
    by_section = county_now.by_section
    reference = county_units(planned, county, profile).by_section if planned is not None else {}
    weights = _weights(by_section)
    per_indicator: dict[str, float] = {}
    binding: set[str] = set()
    for section, units in by_section.items():
        planned_units = {u.record.code: u for u in reference.get(section, [])}
        students = [u.students for u in units]
        for plan in section_plan(profile, section):
            floors = [float(plan.floor) * u.students / plan.per for u in units]
            slots = [Slot((u.record.code, ""), u.students, u.planned_quantity(plan), 1.0) for u in units]
            limit = float(profile.cv_limit[section])
            cv_at_floors = weighted_cv(students, [max(s.base, f) for s, f in zip(slots, floors, strict=True)])[0]
            if cv_at_floors is None or cv_at_floors > limit:
                binding.add(plan.key)
            amount = continuous_bound(slots, limit, floors)
            if not plan.split:  # whole teachers or rooms per section: the section's total is whole too
                amount = _floor_step(amount, float(costs[plan.key].step))
            else:
                ws = [weights[u.record.code] for u in units]
                references = weighted_references(slots, limit, floors, ws)
                if planned_units:
                    references.append([planned_units[u.record.code].planned_quantity(plan)
                                       if u.record.code in planned_units else u.planned_quantity(plan)
                                       for u in units])
                amount = max([amount, *(tangent_bound(slots, limit, floors, ws, ys) for ys in references)])
            per_indicator[plan.key] = per_indicator.get(plan.key, 0.0) + costs[plan.key].cost * amount
    bound_b = math.fsum(per_indicator.values())
    others = frozenset(per_indicator) - binding
    bound_c = math.fsum(per_indicator[k] for k in binding) + math.fsum(
        school_rule_additions(units, profile, costs, others)[1] for units in county_now.units.values())
    return max(rule_cost, bound_b, bound_c)


def _weights(by_section: dict[str, list[SectionUnit]]) -> dict[str, float]:
    """1 / (the school's compulsory sections' shares of its facilities), per school."""
    shares: dict[str, float] = {}
    for units in by_section.values():
        for unit in units:
            shares[unit.record.code] = shares.get(unit.record.code, 0.0) + unit.share_float
    return {code: 1 / share if share > 0 else 1.0 for code, share in shares.items()}


def _floor_step(amount: float, step: float) -> float:
    # The amount added to a section is a sum of whole steps, so a bound may be rounded up to one.
    return math.ceil(amount / step - 1e-9) * step if amount > 0 else 0.0


def plan_county(records: list[SchoolRecord], profile: Profile, costs: dict[str, UnitCost], county: str, *,
                progress: Progress | None = None, cancel: Cancel | None = None) -> Plan:
    """The plan for ``county`` among checked ``records`` (validate them first), verified by the engine."""
    fields = field_catalogue().fields
    with_companions = companions()
    declared = {r.code: r for r in records}
    field_indicator = {lever_field(p): p.key for s in SECTIONS for p in section_plan(profile, s)}
    levers: dict[Key, float] = {}
    reasons: dict[Key, str] = {}
    current = records
    rule_cost = 0.0
    failing: list[str] = []
    rounds = 0
    for rounds in range(1, ROUNDS + 1):
        if progress is not None:
            progress(rounds - 1, ROUNDS)
        added, why, cost, failing = _one_round(current, county, profile, costs, cancel)
        if rounds == 1:
            rule_cost = cost
        if not added:
            break
        for key, amount in added.items():
            levers[key] = levers.get(key, 0.0) + amount
            reasons.setdefault(key, why[key])
        current = _apply(records, _by_school(levers, with_companions, declared))
        if rounds == 1 and not failing:
            levers = prune(records, county, profile, costs, levers, field_indicator, current)
            current = _apply(records, _by_school(levers, with_companions, declared))
        assessment = assess(current, profile)
        if _county_passes(assessment, county) or failing:
            break
    additions = _by_school(levers, with_companions, declared)
    planned = _apply(records, additions)
    assessment = assess(planned, profile)
    bound = lower_bound(records, county, profile, costs, rule_cost, planned)
    school_costs = {code: math.fsum(costs[field_indicator[name]].cost * amount
                                    for (c, name), amount in levers.items() if c == code)
                    for code in additions}
    infeasible = _over_limits(records, additions, reasons, fields)
    infeasible += [_cv_infeasible(item) for item in failing]
    sections = _sections_json(assessment, county)
    all_pass = bool(sections) and all(s["all_pass"] for s in sections.values()) and not infeasible
    if progress is not None:
        progress(ROUNDS, ROUNDS)
    return Plan(county=county, additions=additions, costs=school_costs, total_cost=math.fsum(school_costs.values()),
                lower_bound=min(bound, math.fsum(school_costs.values())), assessment=assessment,
                sections=sections, all_pass=all_pass, infeasible=infeasible, rounds=rounds)


def _by_school(levers: dict[Key, float], with_companions: dict[str, list[str]],
               declared: dict[str, SchoolRecord]) -> dict[str, dict[str, Any]]:
    """Additions by school and field; a companion field grows only where the school declares it (a table
    without 专任教师数 has no such check to keep)."""
    result: dict[str, dict[str, Any]] = {}
    for (code, name), amount in sorted(levers.items()):
        if amount <= 0:
            continue
        school = result.setdefault(code, {})
        values = declared[code].values
        for target in (name, *(c for c in with_companions.get(name, ()) if c in values)):
            total = school.get(target, 0) + amount
            school[target] = int(total) if float(total).is_integer() else total
    return result


def _county_passes(assessment: Assessment, county: str) -> bool:
    sections = _sections_json(assessment, county)
    return bool(sections) and all(s["all_pass"] for s in sections.values())


def _sections_json(assessment: Assessment, county: str) -> dict[str, dict[str, Any]]:
    result: dict[str, dict[str, Any]] = {}
    for section, summary in assessment.counties.get(county, {}).items():
        schools_pass = summary.compliant_schools == summary.schools
        result[section] = {"cvs_after": {k: r.cv for k, r in summary.cv.items()},
                           "all_pass": schools_pass and summary.all_cv_ok}
    return result


def _over_limits(records: list[SchoolRecord], additions: dict[str, dict[str, Any]], reasons: dict[Key, str],
                 fields: dict[str, Any]) -> list[Infeasible]:
    """Planned values beyond a field's upper limit: the plan cannot be entered, so that limit cannot be met."""
    by_code = {r.code: r for r in records}
    found = []
    for code, extra in additions.items():
        for name, amount in extra.items():
            maximum = fields[name].maximum
            total = by_code[code].get(name) + amount
            if maximum is None or total <= maximum:
                continue
            lever = next((k for k in reasons if k[0] == code and (k[1] == name or name in companions().get(
                k[1], ()))), (code, name))
            limit = reasons.get(lever, "school_rule")
            # The field's Chinese label, or its key in English, as the reason always named it.
            label = fixed(fields[name].label_zh, name)
            found.append(Infeasible(limit=limit, school=code, field=name,
                                    reason=_over_limit(limit, code, label, amount, total, maximum)))
    return found


def _over_limit(limit: str, code: str, label: Msg, amount: float, total: float, maximum: float) -> Msg:
    if limit == "school_rule":
        return msg("学校 {code} 为满足每校资源配置要求需增加 {amount:g}，{field}将达 {total:g}，超过该项上限 "
                   "{maximum:g}：此校规模下无法达标，需调整办学规模或分流学生",
                   code=code, amount=amount, field=label, total=total, maximum=maximum)
    return msg("学校 {code} 为满足差异系数（{limit}）需增加 {amount:g}，{field}将达 {total:g}，超过该项上限 "
               "{maximum:g}：此校规模下无法达标，需调整办学规模或分流学生",
               code=code, limit=limit, amount=amount, field=label, total=total, maximum=maximum)


def _cv_infeasible(item: str) -> Infeasible:
    return Infeasible(limit=item, school="", field="",
                      reason=msg("{item}：即使把每所学校补到最高学校的生均水平，"
                                 "差异系数仍超过上限（上限为 0 或数据缺失）", item=item))
