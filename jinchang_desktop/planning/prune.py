"""Taking back what a plan does not need: each addition, dearest first, is cut as far as every limit allows.

Water-filling raises each section on its own and a through-school buys the larger of its sections' needs, in
whole units; the per-school step chose before the CVs were known. Some of what results is more than the
limits need. This pass keeps each county section's Σxᵢ and Σxᵢ²/Pᵢ, so a CV after a change costs O(1), and asks
the engine's per-school rule for the school concerned. Cutting only ever moves toward a limit, so each cut is
found by bisection; the plan is verified by the engine afterwards as before.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

from jinchang_desktop.planning.costs import UnitCost
from jinchang_desktop.planning.waterfill import MARGIN, Key
from jinchang_desktop.standards.catalogue import Profile
from jinchang_desktop.standards.plan import section_plan
from jinchang_desktop.standards.records import SchoolRecord
from jinchang_desktop.standards.school_rule import assess_unit
from jinchang_desktop.standards.sections import prepare, units_of


@dataclass
class _Sums:
    """One county section's sums for one indicator: the CV from them without a pass over the schools."""

    students: int
    total: float  # Σ xᵢ
    squares: float  # Σ xᵢ² / Pᵢ
    limit: float

    def passes_after(self, changes: list[tuple[int, float, float]]) -> bool:
        """CV ≤ limit once each (Pᵢ, old xᵢ, new xᵢ) is applied."""
        total, squares = self.total, self.squares
        for students, old, new in changes:
            total += new - old
            squares += (new * new - old * old) / students
        mean = total / self.students
        if mean <= 0:
            return False
        variance = max(squares / self.students - mean * mean, 0.0)
        return math.sqrt(variance) / mean <= self.limit - MARGIN

    def apply(self, changes: list[tuple[int, float, float]]) -> None:
        for students, old, new in changes:
            self.total += new - old
            self.squares += (new * new - old * old) / students


@dataclass(slots=True)
class _Feed:
    """A section quantity an addition feeds."""

    sums: tuple[str, str]  # (indicator, section)
    students: int
    share: float
    x: float  # the quantity now


def prune(records: list[SchoolRecord], county: str, profile: Profile, costs: dict[str, UnitCost],
          levers: dict[Key, float], field_indicator: dict[str, str],
          planned: list[SchoolRecord]) -> dict[Key, float]:
    """``levers`` cut back where no limit needs them; ``planned`` = ``records`` with ``levers`` applied."""
    prepared = prepare(planned, profile)
    merged = {code: prepared.merged[code] for code in prepared.units if prepared.merged[code].county == county}
    sums: dict[tuple[str, str], _Sums] = {}
    feeds: dict[Key, list[_Feed]] = {}
    for code, units in prepared.units.items():
        if code not in merged:
            continue
        for unit in units:
            for plan in section_plan(profile, unit.section):
                x = unit.planned_quantity(plan)
                entry = sums.setdefault((plan.key, unit.section), _Sums(0, 0.0, 0.0,
                                                                        float(profile.cv_limit[unit.section])))
                entry.students += unit.students
                entry.total += x
                entry.squares += x * x / unit.students
                name = next(k for k, sign in plan.terms if sign > 0)
                share = unit.share_float if plan.split else 1.0
                feeds.setdefault((code, name), []).append(_Feed((plan.key, unit.section), unit.students, share, x))
    result = dict(levers)
    order = sorted(levers, key=lambda k: -costs[field_indicator[k[1]]].cost * levers[k])
    for key in order:
        amount = result[key]
        step = float(costs[field_indicator[key[1]]].step)
        slots = feeds.get(key, [])
        record = merged.get(key[0])
        if record is None or not slots:
            continue

        def allowed(cut: float, key: Key = key, slots: list[_Feed] = slots, record: SchoolRecord = record) -> bool:
            by_section: dict[tuple[str, str], list[tuple[int, float, float]]] = {}
            for feed in slots:
                by_section.setdefault(feed.sums, []).append((feed.students, feed.x, feed.x - feed.share * cut))
            if not all(sums[s].passes_after(c) for s, c in by_section.items()):
                return False
            values = dict(record.values)
            values[key[1]] = values.get(key[1], 0) - cut
            trial = SchoolRecord(record.code, record.name, record.county, record.school_type, True, "", values)
            return all(assess_unit(u, profile).compliant for u in units_of(trial, profile))

        steps = int(round(amount / step))
        low, high = 0, steps  # low: a cut known to be allowed
        if allowed(steps * step):
            low = steps
        else:
            while high - low > 1:
                middle = (low + high) // 2
                if allowed(middle * step):
                    low = middle
                else:
                    high = middle
        if low == 0:
            continue
        cut = low * step
        changes: dict[tuple[str, str], list[tuple[int, float, float]]] = {}
        for feed in slots:
            new = feed.x - feed.share * cut
            changes.setdefault(feed.sums, []).append((feed.students, feed.x, new))
            feed.x = new
        for s, c in changes.items():
            sums[s].apply(c)
        record.values[key[1]] = record.values.get(key[1], 0) - cut
        result[key] = amount - cut
    return {k: v for k, v in result.items() if v > 0}
