"""Numbers as a person reads them, on screen and on paper: the one number formatter (no Qt)."""
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


def fmt_bytes(size: int) -> str:
    """A file size: ``512 B``, ``12.4 KB``, ``3.1 MB``."""
    value = float(size)
    for unit in ("B", "KB", "MB"):
        if value < 1024:
            return f"{size} B" if unit == "B" else f"{fmt_number(value, decimals=1)} {unit}"
        value /= 1024
    return f"{fmt_number(value, decimals=1)} GB"
