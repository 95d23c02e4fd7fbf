"""The city the app serves and its counties, read from ``resources/places/jinchang.toml``."""
from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache

from jinchang_desktop.resource_files import resource_path


@dataclass(frozen=True)
class Place:
    code: str
    zh: str
    en: str


@dataclass(frozen=True)
class City:
    city: Place
    counties: tuple[Place, ...]


@lru_cache(maxsize=1)
def jinchang() -> City:
    with resource_path("places", "jinchang.toml").open("rb") as handle:
        data = tomllib.load(handle)
    return City(Place(**data["city"]), tuple(Place(**county) for county in data["counties"]))


def county_names() -> tuple[str, ...]:
    """The counties' Chinese names, in the file's order."""
    return tuple(county.zh for county in jinchang().counties)
