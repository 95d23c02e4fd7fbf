"""The student-weighted population 差异系数 of one indicator over a county's section units (STANDARD §2).

    X̄ = Σx_i / ΣP_i          S² = Σ (P_i/P)(X_i − X̄)²          CV = S / X̄

The verdict CV ≤ limit is exact: when the float CV is too close to the limit to trust, it is decided as
S² ≤ limit²·X̄² in fractions (no square root needed).
"""
from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from jinchang_desktop.standards.numbers import exact, is_near


@dataclass(frozen=True)
class CvResult:
    cv: float | None  # None when the county has none of the quantity at all (X̄ = 0)
    mean: float  # X̄ (per student; multiply by the indicator's `per` for display)
    ok: bool
    rounding_sensitive: bool  # rounding the CV to the profile's digits first would flip the verdict


def weighted_cv(students: Sequence[int], quantities: Sequence[float]) -> tuple[float | None, float]:
    """CV and X̄ in floats, from each unit's students P_i and raw quantity x_i."""
    total_students = sum(students)
    mean = math.fsum(quantities) / total_students
    if mean == 0:
        return None, 0.0
    variance = math.fsum(p * (x / p - mean) ** 2 for p, x in zip(students, quantities, strict=False)) / total_students
    return math.sqrt(variance) / mean, mean


def exact_cv_at_most(students: Sequence[int], quantities: Sequence[int | float | Fraction],
                     limit: Fraction) -> bool:
    """CV ≤ limit decided in exact fractions, from the same inputs."""
    xs = [exact(x) for x in quantities]
    total_students = sum(students)
    mean = sum(xs, Fraction(0)) / total_students
    if mean == 0:
        return False
    second = sum((x * x / p for p, x in zip(students, xs, strict=False)), Fraction(0)) / total_students
    variance = second - mean * mean
    return variance <= limit * limit * mean * mean


def rounded(value: float, digits: int) -> Decimal:
    return Decimal(repr(value)).quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP)


def assess_cv(students: Sequence[int], quantities: Sequence[float], limit: Fraction, *,
              rounding_digits: int,
              exact_quantities: Callable[[], Sequence[Fraction]] | None = None) -> CvResult:
    """The CV of one indicator with its verdict against ``limit``.

    ``exact_quantities`` is called only when the float result is too close to the limit to call; when not
    given, the float quantities are read back as the decimals they came from.
    """
    cv, mean = weighted_cv(students, quantities)
    if cv is None:
        return CvResult(cv=None, mean=0.0, ok=False, rounding_sensitive=False)
    if is_near(cv, float(limit)):
        ok = exact_cv_at_most(students, exact_quantities() if exact_quantities else quantities, limit)
    else:
        ok = cv <= float(limit)
    ok_if_rounded = rounded(cv, rounding_digits) <= Decimal(limit.numerator) / Decimal(limit.denominator)
    return CvResult(cv=cv, mean=mean, ok=ok, rounding_sensitive=ok_if_rounded != ok)
