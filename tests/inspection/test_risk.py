"""The risk ranking: the closer a value is above its threshold, the earlier it is checked."""
from __future__ import annotations

from jinchang_desktop.inspection.risk import NEAR, school_risks
from jinchang_desktop.inspection.rules import flagged, inspection_rules
from jinchang_desktop.standards.catalogue import load_profile
from jinchang_desktop.standards.records import SchoolRecord

# Every indicator comfortably above its standard except two: backbone teachers 1% above (1.01 per 100 students
# against 1), PE and art teachers 40% above (1.26 against 0.9).
VALUES = {"primary_students": 10000, "primary_classes": 220, "primary_teachers": 800,
          "primary_qualified_teachers": 700, "primary_backbone_teachers": 101, "primary_pe_art_teachers": 126,
          "teaching_aux_area_m2": 90000, "sports_ground_area_m2": 200000, "indoor_sports_area_m2": 2000,
          "equipment_value_yuan": 60000000, "multimedia_classrooms": 400}


def record() -> SchoolRecord:
    return SchoolRecord("2162100099", "试验小学", "永昌县", "primary", True, "", dict(VALUES))


def test_one_percent_above_ranks_ahead_of_forty_percent_above() -> None:
    profile = load_profile("jinchang")
    every_field = {key: "已逐项核对花名册和工资表，数据属实" for key in VALUES}  # explained at length: no warning score
    risks = school_risks(record(), profile, previous={}, explanations=every_field)
    order = [r.field for r in risks]
    assert order.index("primary_backbone_teachers") < order.index("primary_pe_art_teachers")
    near = {r.field: r for r in risks}
    backbone = next(x for x in near["primary_backbone_teachers"].reasons if x.kind == NEAR)
    pe_art = next(x for x in near["primary_pe_art_teachers"].reasons if x.kind == NEAR)
    assert backbone.score > pe_art.score
    assert "1.0%" in backbone.zh and "40.0%" in pe_art.en  # the why, in both languages


def test_unexplained_warning_adds_to_the_score() -> None:
    profile = load_profile("jinchang")
    explained = school_risks(record(), profile, previous={}, explanations={"primary_backbone_teachers": "已核对名单"
                                                                            "与聘书原件，属实"})
    bare = school_risks(record(), profile, previous={}, explanations={})
    score = {r.field: r.score for r in explained}["primary_backbone_teachers"]
    assert {r.field: r.score for r in bare}["primary_backbone_teachers"] > score


def test_tolerance_is_inclusive_and_exact() -> None:
    assert inspection_rules().tolerance == inspection_rules().tolerance.limit_denominator(100)
    assert not flagged(100, 105) and not flagged(100, 95)
    assert flagged(100, 105.01) and flagged(100, 94.99)
    assert flagged(0, 1) and not flagged(0, 0)
