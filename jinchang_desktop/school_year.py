"""The school year (学年): named by the calendar year it starts in, and starting in September."""
from __future__ import annotations

from datetime import date

FIRST_MONTH = 9  # September starts a new 学年


def school_year_of(day: date) -> int:
    """The 学年 that ``day`` falls in: 2025-09-01 … 2026-08-31 is 2025."""
    return day.year if day.month >= FIRST_MONTH else day.year - 1


def current_school_year() -> int:
    """The 学年 that started most recently."""
    return school_year_of(date.today())
