"""The school year's boundary (September starts it, inclusively) and the city's counties, read from resources/."""
from __future__ import annotations

from datetime import date

from jinchang_desktop.places import county_names, jinchang
from jinchang_desktop.school_year import school_year_of
from tests.exchange.helpers import table_rows


def test_september_the_first_starts_the_school_year():
    assert school_year_of(date(2025, 9, 1)) == 2025
    assert school_year_of(date(2025, 8, 31)) == 2024
    assert school_year_of(date(2026, 1, 15)) == 2025


def test_the_counties_offered_are_those_of_the_demo_table():
    # The demo table is Jinchang's: every county it names is one the places file offers, and no other.
    assert set(county_names()) == {row["所属县区"] for row in table_rows().values()}
    assert jinchang().city.zh == "金昌市" and all(county.code.startswith("6203") for county in jinchang().counties)
