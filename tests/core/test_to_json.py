"""The school documents of ``assess --json`` are written from templates: the same text as the encoder's."""
from __future__ import annotations

import math
from pathlib import Path

import pytest

from jinchang_desktop.standards.assess import assess
from jinchang_desktop.standards.catalogue import load_profile
from jinchang_desktop.standards.table import read_table
from jinchang_desktop.standards.to_json import _dumps, _scalar, school_json, school_json_text

from .helpers import good_primary, record
from .tables import EVERY_TYPE, write_csv

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("profile", ["national", "jinchang"])
def test_templates_write_what_the_encoder_writes(tmp_path: Path, profile: str) -> None:
    records = read_table(REPO / "resources" / "demo" / "jinchang-schools.csv")
    records += read_table(write_csv(tmp_path / "every.csv", EVERY_TYPE))
    odd = good_primary("S\"1\\", primary_qualified_teachers=12.25, primary_max_class_size=46)
    odd.name = "引号\"、反斜杠\\、换行\n和\t制表"
    records += [odd, record("S2", primary_students=30)]  # nothing at all: gaps of every size
    for school in assess(records, load_profile(profile)).schools:
        assert school_json_text(school) == _dumps(school_json(school))


def test_scalars_as_the_encoder_writes_them() -> None:
    for value in (None, True, False, 0, 7, 2**70, 0.1, 45.0, 1e-7, 1e22, 3.532608695652174):
        assert _scalar(value) == _dumps(value)
    for value in (math.inf, -math.inf, math.nan):
        with pytest.raises(ValueError):
            _dumps(value)
        with pytest.raises(ValueError):
            _scalar(value)
