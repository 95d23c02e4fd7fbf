"""Numbers as the clerk reads them (Qt-free, so the wording can be tested without a display)."""
from __future__ import annotations

import math


def fmt_number(value: float | int, *, decimals: int = 2) -> str:
    """``1480``, ``4.86``, ``12,345.6``: no trailing zeros, thousands grouped from 10,000 up."""
    if isinstance(value, float) and math.isinf(value):
        return "∞"
    rounded = round(float(value), decimals)
    if rounded.is_integer():
        text = f"{int(rounded):,}" if abs(rounded) >= 10_000 else str(int(rounded))
        return text
    text = f"{rounded:,.{decimals}f}" if abs(rounded) >= 10_000 else f"{rounded:.{decimals}f}"
    return text.rstrip("0").rstrip(".")


def fmt_threshold(value: object) -> str:
    """A threshold (an exact Fraction from the catalogue) as its decimal text."""
    return fmt_number(float(value), decimals=3)  # type: ignore[arg-type]
