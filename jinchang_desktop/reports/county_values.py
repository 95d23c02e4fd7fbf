"""The county's own figures (表Ⅰ population and economy, 表Ⅳ–Ⅵ county-wide items and written conclusions).

These are county-wide items entered by the county (``county-items``), not school data. The reports read them
through this one function; an item nobody has entered leaves its cell blank ("____" in the sentences).

Keys read (values are numbers unless said otherwise):
- 表Ⅰ: ``population_10k``, ``agricultural_population_10k`` (万人), ``towns``, ``villages``,
  ``gdp_per_capita_yuan``, ``fiscal_revenue_per_capita_yuan``, ``rural_income_yuan``, ``urban_income_yuan``;
- the catalogue's county items by indicator key (``teacher_pay``, ``training_completion`` …, or
  ``<key>.<section>``), as ``standards.county_items.assess_county_items`` takes them;
- the figures of 表Ⅳ–Ⅵ's sentences by the names in ``reports/excel/guarantee_tables.py`` (``teachers_trained`` …);
- ``<indicator key>.conclusion``: the county's written conclusion (text) for a row without a sentence.
"""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

CountyValue = float | int | bool | str


def county_values(workspace: Any, school_year: int, county: str) -> Mapping[str, CountyValue]:
    """The county-wide items entered for ``county`` and ``school_year`` in ``workspace`` (a county's own, or the
    items a city holds for one of its counties)."""
    from jinchang_desktop.reports.county_items import county_item_values

    if workspace.role not in ("county", "city") or (workspace.role == "county" and county != workspace.name):
        return {}
    return county_item_values(workspace, county, school_year)
