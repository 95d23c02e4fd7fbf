"""The bounds of the plan on a case solved by hand (STANDARD §2's CV; tests/county/test_plan.py TWO_APART).

Two sections of 100 students with 200,000 and 2,000,000 yuan: CV ≤ 0.5 needs the poorer raised to 20000/3 per
student, 466,666.67 yuan; adding to the richer only raises the CV. If each yuan at the poorer school reaches its
section only by half (w = 2), the optimum costs twice as much.
"""
from __future__ import annotations

import pytest

from jinchang_desktop.planning.waterfill import Slot, continuous_bound, tangent_bound, weighted_references

SLOTS = [Slot(("a", "f"), 100, 200000.0, 1.0), Slot(("b", "f"), 100, 2000000.0, 1.0)]
OPTIMUM = 100 * 20000 / 3 - 200000


def test_water_filling_finds_the_optimum() -> None:
    assert continuous_bound(SLOTS, 0.5) == pytest.approx(OPTIMUM, rel=1e-8)
    assert continuous_bound(SLOTS, 0.5) <= OPTIMUM
    # floors raise the base first: the poorer school's floor above the optimum level is all that is needed
    assert continuous_bound(SLOTS, 0.5, [800000.0, 0.0]) == pytest.approx(600000.0)


@pytest.mark.parametrize("weight", [1.0, 2.0])
def test_the_tangent_at_the_optimum_is_tight_and_never_above(weight: float) -> None:
    floors = [0.0, 0.0]
    weights = [weight, 1.0]
    optimum = weight * OPTIMUM
    at_optimum = [100 * 20000 / 3, 2000000.0]
    assert tangent_bound(SLOTS, 0.5, floors, weights, at_optimum) == pytest.approx(optimum, rel=1e-8)
    for reference in ([300000.0, 2000000.0], [1000000.0, 1000000.0], [200000.0, 2000000.0],
                      *weighted_references(SLOTS, 0.5, floors, weights)):
        assert tangent_bound(SLOTS, 0.5, floors, weights, reference) <= optimum
