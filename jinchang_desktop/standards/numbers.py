"""Reading numbers typed by people, writing them as people read them, and the exact arithmetic of verdicts."""
from __future__ import annotations

import gc
import math
import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from fractions import Fraction

from jinchang_desktop.i18n import Msg, Worded, msg


class NumberError(Worded, ValueError):
    """A value that is not an acceptable number; ``text`` (read as ``zh``/``en``) says why."""

    def __init__(self, text: Msg) -> None:
        super().__init__(text.en)
        self.text = text


def parse_number(raw: object, *, whole: bool) -> int | float:
    """A non-negative finite number from a cell; empty is 0. ``whole`` demands an integer."""
    if raw is None:
        return 0
    if type(raw) is str:  # the common cases, kept fast for national-scale tables
        if raw.isdigit():
            return int(raw)
        if _PLAIN_DECIMAL.fullmatch(raw):  # what the slow path below makes of it too, minus its failed int()
            return _checked_float(float(raw), whole=whole)
    if isinstance(raw, bool):
        raise NumberError(msg("不是数字"))
    if isinstance(raw, int):
        value: int | float = raw
    elif isinstance(raw, float):
        value = raw
    else:
        # Full-width digits and separators (１２，３４５．５) are what a Chinese IME types: NFKC makes them ASCII.
        text = unicodedata.normalize("NFKC", str(raw)).strip().replace(",", "").replace(" ", "")
        if not text:
            return 0
        try:
            value = int(text)
        except ValueError:
            try:
                value = float(text)
            except ValueError:
                raise NumberError(msg("“{raw}”不是数字", raw=raw)) from None
    return _checked_float(value, whole=whole) if isinstance(value, float) else _checked_int(value)


# ASCII digits, a point, digits: a plain decimal as a CSV holds it ("2202.6"), which float() reads as typed.
_PLAIN_DECIMAL = re.compile(r"[0-9]+\.[0-9]+")


def _checked_float(value: float, *, whole: bool) -> int | float:
    """A float cell as parse_number returns it: finite, non-negative, an int when it is whole."""
    if math.isnan(value):
        raise NumberError(msg("不能是 NaN"))
    if math.isinf(value):
        raise NumberError(msg("不能是无穷大"))
    if value.is_integer() and abs(value) < 2**53:
        return _checked_int(int(value))
    if value < 0:
        raise NumberError(msg("不能为负数"))
    if whole:
        raise NumberError(msg("必须是整数"))
    return value


def _checked_int(value: int) -> int:
    if value < 0:
        raise NumberError(msg("不能为负数"))
    return value


def exact(value: int | float | Fraction) -> Fraction:
    """The exact rational a person meant by a value.

    Floats come from decimal text or spreadsheet cells; ``repr`` gives the shortest decimal that reads
    back to the same float, which is the decimal the person typed, so 0.1 becomes 1/10, not 3602879…/2**55.
    """
    if isinstance(value, Fraction):
        return value
    if isinstance(value, int):
        return Fraction(value)
    return Fraction(repr(value))


# Floats decide a comparison unless the two sides are this close (relative); then exact fractions do.
# Float error on our inputs is ~1e-15 relative, so the margin is wide and the fast path is always right.
NEAR = 1e-9


def exact_ratio(value: int | float) -> tuple[int, int]:
    """``exact(value)`` as (numerator, positive denominator) ints, not always in lowest terms, without building a
    Fraction (the engine's hot path)."""
    if type(value) is int:
        return value, 1
    text = repr(value)
    if "e" in text:  # 1e-07, 1.5e+22
        return Decimal(text).as_integer_ratio()
    # "2202.6" is 22026/10: the Decimal's rational (not reduced), read in half the time
    whole, _, decimals = text.partition(".")
    return int(whole + decimals), 10 ** len(decimals)


def fraction_float(value: Fraction) -> float:
    """float(value): what Rational.__float__ computes, without its generic dispatch (converted per school)."""
    return value.numerator / value.denominator


def exact_if_float(value: int | float) -> int | Fraction:
    """Ints compare exactly with fractions as they are; floats are read back as the decimal typed."""
    return exact(value) if isinstance(value, float) else value


def is_near(a: float, b: float) -> bool:
    return abs(a - b) <= NEAR * max(abs(a), abs(b), 1e-300)


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while building many long-lived objects.

    Reading or assessing a national-scale table allocates millions of objects that all survive; the
    collector would walk them again and again for nothing (a third of the run time at 200,000 schools).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def fmt_number(value: float | int, *, decimals: int = 2) -> str:
    """``1480``, ``4.86``, ``12,345.6``: no trailing zeros, thousands grouped from 10,000 up (as the clerk reads)."""
    if isinstance(value, float) and math.isinf(value):
        return "∞"
    rounded = round(float(value), decimals)
    if rounded.is_integer():
        text = f"{int(rounded):,}" if abs(rounded) >= 10_000 else str(int(rounded))
        return text
    text = f"{rounded:,.{decimals}f}" if abs(rounded) >= 10_000 else f"{rounded:.{decimals}f}"
    return text.rstrip("0").rstrip(".")


def fmt_threshold(value: int | float | Fraction) -> str:
    """A threshold (an exact Fraction from the catalogue) as its decimal text."""
    return fmt_number(float(value), decimals=3)
