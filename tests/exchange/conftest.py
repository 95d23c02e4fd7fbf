"""A county with two enrolled schools, each holding its own row of the demo table; built fresh for every test."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from jinchang_desktop.store.workspace import Workspace
from tests.exchange.helpers import enrol_school, new_county, new_school

SCHOOL_A = "2162100001"  # 永昌县第一小学
SCHOOL_B = "2162100002"  # 永昌县第二小学


@dataclass
class Chain:
    tmp: Path
    usb: Path  # where packages travel
    county: Workspace
    a: Workspace
    b: Workspace

    def close(self) -> None:
        for ws in (self.county, self.a, self.b):
            ws.close()


@pytest.fixture
def chain(tmp_path: Path) -> Iterator[Chain]:
    usb = tmp_path / "usb"
    usb.mkdir()
    county = new_county(tmp_path / "county")
    a = new_school(tmp_path / "school-a", SCHOOL_A)
    b = new_school(tmp_path / "school-b", SCHOOL_B)
    for school in (a, b):
        enrol_school(county, school, usb)
    built = Chain(tmp_path, usb, county, a, b)
    yield built
    built.close()
