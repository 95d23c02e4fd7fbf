"""The two profiles: Jinchang is national plus its differences, each with an id and a content hash."""
from __future__ import annotations

import tomllib
from fractions import Fraction

import pytest

from jinchang_desktop.errors import JcError
from jinchang_desktop.resource_files import resource_path
from jinchang_desktop.standards.catalogue import load_profile, profile_from_document, resolved_document
from jinchang_desktop.standards.county_items import assess_county_items

NATIONAL = load_profile("national")
JINCHANG = load_profile("jinchang")


def test_special_school_funding_6000_vs_7000() -> None:
    assert NATIONAL.indicators["special_school_funding"].threshold("all") == 6000
    assert JINCHANG.indicators["special_school_funding"].threshold("all") == 7000
    national = {v.key: v for v in assess_county_items({"special_school_funding": 6500}, NATIONAL)}
    jinchang = {v.key: v for v in assess_county_items({"special_school_funding": 6500}, JINCHANG)}
    assert national["special_school_funding"].ok is True
    assert jinchang["special_school_funding"].ok is False
    assert "JC 任务3" in JINCHANG.indicators["special_school_funding"].clause


def test_quota_allocation_50_vs_60_and_jinchang_only_targets() -> None:
    assert NATIONAL.indicators["quota_allocation"].threshold("all") == 50
    assert JINCHANG.indicators["quota_allocation"].threshold("all") == 60
    only_jinchang = set(JINCHANG.indicators) - set(NATIONAL.indicators)
    assert only_jinchang == {"group_schooling", "fitness_pass_rate", "staff_student_ratio",
                             "teacher_share_of_staff", "training_fund_of_payroll", "performance_pay_increment"}
    assert JINCHANG.indicators["staff_student_ratio"].threshold("junior") == Fraction(27, 2)


def test_jinchang_file_is_differences_not_a_copy() -> None:
    with resource_path("standards", "profiles", "jinchang.toml").open("rb") as handle:
        raw = tomllib.load(handle)
    assert raw["base"] == "national" and "indicator" not in raw
    assert len(raw.get("override", {})) + len(raw.get("add", [])) < 15


def test_every_indicator_cites_its_clause_and_resource_thresholds_match_the_standard() -> None:
    for profile in (NATIONAL, JINCHANG):
        for indicator in profile.indicators.values():
            assert indicator.clause.strip()
    expected = {"qualified_teachers": ("4.2", "5.3"), "backbone_teachers": ("1.0", "1.0"),
                "pe_art_teachers": ("0.9", "0.9"), "teaching_space": ("4.5", "5.8"),
                "sports_space": ("7.5", "10.2"), "equipment_value": ("2000", "2500"),
                "multimedia_rooms": ("2.3", "2.4")}
    for key, (primary, junior) in expected.items():
        indicator = NATIONAL.indicators[key]
        assert indicator.threshold("primary") == Fraction(primary)
        assert indicator.threshold("junior") == Fraction(junior)
    assert NATIONAL.cv_limit == {"primary": Fraction(1, 2), "junior": Fraction(9, 20)}
    assert (NATIONAL.min_reached, NATIONAL.floor_ratio) == (6, Fraction(17, 20))


def test_profile_hash_is_stable_and_distinct() -> None:
    assert len(NATIONAL.sha256) == 64 and NATIONAL.sha256 != JINCHANG.sha256
    again = profile_from_document(resolved_document("national"))
    assert again.sha256 == NATIONAL.sha256


def test_practice_settings_live_in_the_profile() -> None:
    assert NATIONAL.teaching_site_min_students == 50
    assert NATIONAL.split_weights["twelve_year"]["senior"] == Fraction(33, 25)
    assert NATIONAL.cv_rounding_digits == 2


def test_bad_profile_document_is_refused_with_a_message() -> None:
    doc = resolved_document("national")
    broken = {**doc, "indicators": [dict(i) for i in doc["indicators"]]}
    broken["indicators"][0]["threshold"] = {"primary": "four"}
    with pytest.raises(JcError) as info:
        profile_from_document(broken, source="roster.jcpkg")
    assert "roster.jcpkg" in str(info.value) and "qualified_teachers" in str(info.value)
    with pytest.raises(JcError):
        profile_from_document({**doc, "indicators": doc["indicators"][1:]})
    with pytest.raises(JcError):
        load_profile("shanghai")


def test_below_and_qualitative_items() -> None:
    verdicts = {v.key: v for v in assess_county_items(
        {"monitoring_school_gap": 0.15, "layout_planning": True, "nearby_enrolment.junior": 95}, NATIONAL)}
    assert verdicts["monitoring_school_gap"].ok is False  # must be strictly below 0.15
    assert verdicts["layout_planning"].ok is True
    assert verdicts["nearby_enrolment.junior"].ok is True
    assert verdicts["nearby_enrolment.primary"].ok is None
