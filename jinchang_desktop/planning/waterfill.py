"""Lowering one indicator's 差异系数 by adding to the schools lowest per student ("water-filling").

For one section, the CV² = S²/X̄² with S² = Σ(Pᵢ/P)Xᵢ² − X̄². Adding ε to school u changes S² by
2(X_u − X̄)ε/P and X̄ by ε/P, the same for every school, so an addition lowers the CV most at the lowest Xᵢ.
For a fixed total added B the mean is fixed and the CV is least when Σ(xᵢ+δᵢ)²/Pᵢ is least: the KKT
conditions give Xᵢ = m for every school raised and Xᵢ ≥ m for the rest. So the cheapest way to bring one
section's CV under its limit, in continuous amounts and with every school's addition reaching the section
whole, is to raise every school below a level m to m, with the least m that passes. That gives the bound;
the plan applies the same rule in whole units, to school totals that reach a section by its share.
"""
from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from jinchang_desktop.standards.cv import weighted_cv

BISECTIONS = 48
# The plan aims a hair under each limit so that the engine's exact check agrees with the float search.
MARGIN = 1e-9

Key = tuple[str, str]  # (school code, field)


@dataclass(frozen=True, slots=True)
class Slot:
    """One school section as one indicator sees it: students, quantity before the plan, share of an addition."""

    key: Key
    students: int
    base: float
    share: float


def cv_with(slots: list[Slot], add: Mapping[Key, float]) -> float | None:
    students = [s.students for s in slots]
    quantities = [s.base + s.share * add.get(s.key, 0) for s in slots]
    return weighted_cv(students, quantities)[0]


def passes(slots: list[Slot], add: Mapping[Key, float], limit: float) -> bool:
    cv = cv_with(slots, add)
    return cv is not None and cv <= limit - MARGIN


# How much lower a section that gets only part of its school's addition is raised: its level is
# m·(1 − κ(1/share − 1)). κ = 0 is plain water-filling; the plan tries each and keeps the cheapest, because a
# yuan spent on a school whose section receives a small share moves that section's quantity little.
SHARE_DISCOUNTS = (0.0, 0.15, 0.4, 1.0)


def raised(slots: list[Slot], level: float, step: float, into: dict[Key, float], discount: float = 0.0) -> None:
    """Raise every slot below ``level`` per student to it (less where its share is small, see SHARE_DISCOUNTS),
    in whole steps of its school's addition."""
    for slot in slots:
        target = level
        if discount and slot.share < 1:
            target = level * max(0.0, 1 - discount * (1 / slot.share - 1)) if slot.share > 0 else 0.0
        need = target * slot.students - slot.base
        if need <= 0 or slot.share <= 0:
            continue
        amount = math.ceil(need / slot.share / step - 1e-9) * step
        if amount > into.get(slot.key, 0):
            into[slot.key] = amount


def least_level(ok: Callable[[float], bool], low: float, high: float, *,
                tolerance: float = 1e-12) -> float | None:
    """The least level in [low, high] for which ``ok`` holds (ok is monotone), or None if ``high`` fails."""
    if not ok(high):
        return None
    if ok(low):
        return low
    for _ in range(BISECTIONS):
        middle = (low + high) / 2
        if ok(middle):
            high = middle
        else:
            low = middle
        if high - low <= tolerance * max(high, 1.0):
            break
    return high


def top_level(slots: list[Slot], add: Mapping[Key, float]) -> float:
    return max(((s.base + s.share * add.get(s.key, 0)) / s.students for s in slots), default=0.0)


def continuous_bound(slots: list[Slot], limit: float, floors: list[float] | None = None) -> float:
    """A lower bound on the amount any plan adds to this section's quantities for its CV to pass.

    Additions are taken as free amounts per section (a school's real addition reaches a section by its share,
    and its shares add up to at most 1, so the sections' bounds add up to a bound on the school totals).
    ``floors`` are quantities each slot must reach anyway (the per-school rule's 85%); the least amount then
    raises every slot to its floor and water-fills from there (the KKT argument above, with lower bounds).
    """
    if not slots:
        return 0.0
    students = [s.students for s in slots]
    bases = [max(s.base, f) for s, f in zip(slots, floors or [0.0] * len(slots), strict=True)]
    mandatory = math.fsum(b - s.base for s, b in zip(slots, bases, strict=True))

    def total(level: float) -> float:
        return math.fsum(max(0.0, level * p - x) for p, x in zip(students, bases, strict=True))

    def ok(level: float) -> bool:
        quantities = [max(x, level * p) for p, x in zip(students, bases, strict=True)]
        cv = weighted_cv(students, quantities)[0]
        return cv is not None and cv <= limit

    low = min(x / p for p, x in zip(students, bases, strict=True))
    if ok(low):
        return mandatory
    high = max(x / p for p, x in zip(students, bases, strict=True))
    if high <= 0:
        return mandatory  # nothing at all yet: any positive level equalises everyone
    level = least_level(ok, low, high)
    if level is None:
        return mandatory
    # Bisection leaves the level within a hair above the least one; step back so the bound stays a bound.
    return mandatory + total(level * (1 - 1e-9))


def gradient_fill(sections: Mapping[str, list[Slot]], limits: Mapping[str, float], start: Mapping[Key, float],
                  step: float, *, fraction: float = 0.03, batch: float = 0.9,
                  max_rounds: int = 5000) -> tuple[dict[Key, float], list[str]]:
    """Add, in small amounts, where a unit of addition lowers the failing CVs most, until every CV passes.

    For shared facilities water-filling is not the optimum: a school whose section gets only part of each
    addition, or whose addition helps two failing sections at once, is worth more or less than its level says.
    d(CV²)/dxᵤ = 2/(P·X̄²)·((Xᵤ − X̄) − S²/X̄); a school's benefit is Σ over failing sections of
    −shareᵤ·d(CV²)/dxᵤ / limit². Each round adds to the schools within ``batch`` of the best benefit an amount
    that lifts their section ``fraction`` of the way to the mean. Returns the additions and the sections still
    failing (when ``max_rounds`` ran out).
    """
    add = dict(start)
    failing = list(sections)
    for _ in range(max_rounds):
        benefit: dict[Key, float] = {}
        chunk: dict[Key, float] = {}
        failing = []
        for section, slots in sections.items():
            students = sum(s.students for s in slots)
            quantities = [s.base + s.share * add.get(s.key, 0) for s in slots]
            mean = math.fsum(quantities) / students
            if mean <= 0:
                return add, list(sections)  # nothing to work from: water-filling handles an empty county
            variance = math.fsum(s.students * (q / s.students - mean) ** 2 for s, q in zip(slots, quantities,
                                                                                          strict=True)) / students
            if math.sqrt(variance) / mean <= limits[section] - MARGIN:
                continue
            failing.append(section)
            scale = 2 / (students * mean * mean * limits[section] ** 2)
            for slot, quantity in zip(slots, quantities, strict=True):
                level = quantity / slot.students
                gain = -scale * slot.share * ((level - mean) - variance / mean)
                benefit[slot.key] = benefit.get(slot.key, 0.0) + gain
                if level < mean and slot.share > 0:
                    lift = (mean - level) * slot.students * fraction / slot.share
                    chunk[slot.key] = max(chunk.get(slot.key, 0.0), lift)
        if not failing:
            return add, []
        best = max(benefit.values(), default=0.0)
        if best <= 0:
            return add, failing
        for key, gain in benefit.items():
            if gain >= batch * best:
                amount = max(step, math.ceil(chunk.get(key, step) / step) * step)
                add[key] = add.get(key, 0.0) + amount
    return add, failing


def tangent_bound(slots: list[Slot], limit: float, floors: list[float], weights: list[float],
                  reference: list[float]) -> float:
    """A lower bound on min Σ wᵤ·δᵤ over section additions δ ≥ floors − base with CV ≤ limit, for any
    ``reference`` quantities; tight when the reference is the optimum.

    CV ≤ L ⇔ ‖(yᵤ/√Pᵤ)‖ ≤ c·Σyᵤ with c = √((1+L²)/P): a cone. Every feasible y lies in the half-space of the
    cone's tangent at the reference, Σ (c − yᵣ,ᵤ/(Pᵤ‖yᵣ‖))·yᵤ ≥ 0 (Cauchy–Schwarz), so the linear problem over that
    half-space and the floors — solved exactly by raising the cheapest ratio wᵤ/aᵤ — costs no more than the true
    one. A school whose additions reach its compulsory sections only in part (a 完全中学) has wᵤ = 1/Σ shares > 1.
    """
    students = [s.students for s in slots]
    total_students = sum(students)
    c = math.sqrt((1 + limit * limit) / total_students)
    lows = [max(s.base, f) for s, f in zip(slots, floors, strict=True)]
    mandatory = math.fsum(w * (g - s.base) for s, g, w in zip(slots, lows, weights, strict=True))
    norm = math.sqrt(math.fsum(y * y / p for y, p in zip(reference, students, strict=True)))
    if norm <= 0:
        return mandatory
    slopes = [c - y / (p * norm) for y, p in zip(reference, students, strict=True)]
    slack = math.fsum(a * g for a, g in zip(slopes, lows, strict=True))
    if slack >= 0:
        return mandatory
    ratios = [w / a for w, a in zip(weights, slopes, strict=True) if a > 0]
    if not ratios:
        return mandatory
    # step back a hair: the sums above are floats, and a bound must not exceed the optimum
    return mandatory + (-slack) * min(ratios) * (1 - 1e-9)


def weighted_references(slots: list[Slot], limit: float, floors: list[float], weights: list[float]
                        ) -> list[list[float]]:
    """Candidate optima of min Σ wᵤδᵤ (CV ≤ limit, floors): the KKT conditions give Xᵤ = max(floorᵤ, A − B·wᵤ);
    for a few B (as fractions of the mean) the least passing A. Each is a point to take the tangent at."""
    students = [s.students for s in slots]
    lows = [max(s.base, f) for s, f in zip(slots, floors, strict=True)]
    cv = weighted_cv(students, lows)[0]
    if cv is not None and cv <= limit:
        return []  # the floors alone pass: the bound is the floors' cost, no tangent needed
    mean = math.fsum(lows) / sum(students)
    references = []
    for fraction in (0.0, 0.02, 0.05, 0.1, 0.2, 0.4):
        drop = fraction * mean

        def quantities(level: float, drop: float = drop) -> list[float]:
            return [max(g, (level - drop * w) * p) for g, w, p in zip(lows, weights, students, strict=True)]

        def ok(level: float) -> bool:
            cv = weighted_cv(students, quantities(level))[0]
            return cv is not None and cv <= limit

        high = max(g / p for g, p in zip(lows, students, strict=True)) + drop * max(weights)
        # a reference need not be exact: any point gives a valid tangent, a near one a tight bound
        level = least_level(ok, 0.0, high * 1.000001 + 1e-12, tolerance=1e-6)
        if level is not None:
            references.append(quantities(level))
    return references
