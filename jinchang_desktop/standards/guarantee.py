"""Per-school items of 政府保障程度 and 教育质量 (STANDARD §5.3–§5.5, §6.4).

Each check needs its own inputs; when a school has not declared them the check says so (``ok`` is None)
rather than pass or fail on zeros. The sentences are built only when someone reads them.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from fractions import Fraction

from jinchang_desktop.i18n import N_, Msg, msg
from jinchang_desktop.standards.catalogue import SECTIONS, Profile
from jinchang_desktop.standards.numbers import exact, exact_if_float, fraction_float
from jinchang_desktop.standards.records import SchoolRecord


def _shown(value: float | None) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)


@dataclass(slots=True)  # not frozen: built millions of times on national tables
class Check:
    key: str  # the catalogue indicator
    part: str  # which requirement of it: a section, "compulsory_students", "music_rooms", "art_area", "share"
    ok: bool | None  # None: the school has not declared the inputs
    value: float | None
    limit: float
    extra: int = 0  # the class count behind a room requirement

    @property
    def detail(self) -> Msg:
        """The check in words, both languages (built only when read: checks are many, readers few)."""
        if self.key == "class_size":
            state = "missing" if self.value is None else "value"
        elif self.key == "music_art_rooms" and self.part.endswith("_rooms"):
            state = "missing" if self.value is None else "no-classes" if self.ok is None else "value"
        else:
            state = "missing" if self.value is None else "value"
        template = _DETAILS[(self.key, self.part if self.key in _BY_PART else "", state)]
        value = _shown(self.value) if self.key != "training_budget_share" else self.value
        return msg(template, value=value, limit=self.limit, classes=self.extra)

    @property
    def detail_zh(self) -> str:
        return self.detail.zh

    @property
    def detail_en(self) -> str:
        return self.detail.en


# The sentence of each check: (indicator, part where it matters, state) → template. Whole sentences for each
# section and room kind, so that neither language is assembled from the other's word order.
_BY_PART = ("class_size", "music_art_rooms")
_DETAILS = {
    ("class_size", "primary", "missing"): N_("小学最大班额未填写（上限 {limit:g} 人）"),
    ("class_size", "primary", "value"): N_("小学最大班额 {value} 人，上限 {limit:g} 人"),
    ("class_size", "junior", "missing"): N_("初中最大班额未填写（上限 {limit:g} 人）"),
    ("class_size", "junior", "value"): N_("初中最大班额 {value} 人，上限 {limit:g} 人"),
    ("school_size", "", "missing"): N_("义务教育阶段在校生 {value} 人，上限 {limit:g} 人"),
    ("school_size", "", "value"): N_("义务教育阶段在校生 {value} 人，上限 {limit:g} 人"),
    ("music_art_rooms", "music_rooms", "missing"): N_("音乐专用教室未填写（每 12 个班需 1 间）"),
    ("music_art_rooms", "music_rooms", "no-classes"): N_("音乐专用教室 {value} 间；班级数未填写"),
    ("music_art_rooms", "music_rooms", "value"): N_("音乐专用教室 {value} 间，{classes} 个班需 {limit:g} 间"),
    ("music_art_rooms", "art_rooms", "missing"): N_("美术专用教室未填写（每 12 个班需 1 间）"),
    ("music_art_rooms", "art_rooms", "no-classes"): N_("美术专用教室 {value} 间；班级数未填写"),
    ("music_art_rooms", "art_rooms", "value"): N_("美术专用教室 {value} 间，{classes} 个班需 {limit:g} 间"),
    ("music_art_rooms", "music_area", "missing"): N_("最小音乐教室面积未填写（每间不小于 {limit:g} ㎡）"),
    ("music_art_rooms", "music_area", "value"): N_("最小音乐教室面积 {value} ㎡，每间不小于 {limit:g} ㎡"),
    ("music_art_rooms", "art_area", "missing"): N_("最小美术教室面积未填写（每间不小于 {limit:g} ㎡）"),
    ("music_art_rooms", "art_area", "value"): N_("最小美术教室面积 {value} ㎡，每间不小于 {limit:g} ㎡"),
    ("training_budget_share", "", "missing"):
        N_("公用经费预算或培训经费未填写（培训经费应不低于公用经费的 {limit:g}%）"),
    ("training_budget_share", "", "value"): N_("培训经费占公用经费预算 {value:.2f}%，应不低于 {limit:g}%"),
}


# Field names spelled once, not formatted again for every school.
_CLASS_SIZE_FIELDS = tuple((section, f"{section}_students", f"{section}_max_class_size") for section in SECTIONS)
_ROOM_FIELDS = tuple((kind, f"{kind}_rooms", f"{kind}_area", f"{kind}_room_min_area_m2") for kind in ("music", "art"))


def class_size_checks(record: SchoolRecord, profile: Profile) -> list[Check]:
    indicator = profile.indicators["class_size"]
    checks = []
    for section, students_key, class_size_key in _CLASS_SIZE_FIELDS:
        if record.get(students_key) == 0:
            continue
        limit = indicator.threshold(section)
        assert limit is not None
        value = record.values.get(class_size_key)
        ok = None if value is None else exact_if_float(value) <= limit
        checks.append(Check("class_size", section, ok, value, fraction_float(limit)))
    return checks


def school_size_check(record: SchoolRecord, profile: Profile) -> Check:
    limit = profile.indicators["school_size"].threshold(record.school_type)
    assert limit is not None
    students = record.get("primary_students") + record.get("junior_students")
    return Check("school_size", "compulsory_students", students <= limit, students, fraction_float(limit))


_AREAS: dict[str, dict[str, Fraction]] = {}


def _room_areas(profile: Profile) -> dict[str, Fraction]:
    areas = _AREAS.get(profile.sha256)
    if areas is None:
        raw = profile.indicators["music_art_rooms"].extra.get("min_area_m2", {})
        areas = _AREAS[profile.sha256] = {kind: Fraction(str(v)) for kind, v in raw.items()}
    return areas


def music_art_checks(record: SchoolRecord, profile: Profile) -> list[Check]:
    indicator = profile.indicators["music_art_rooms"]
    per_rooms = int(indicator.extra.get("classes_per_room", 12))
    areas = _room_areas(profile)
    values = record.values
    classes = int(values.get("primary_classes", 0) + values.get("junior_classes", 0))
    needed = math.ceil(classes / per_rooms)
    has_classes = "primary_classes" in values or "junior_classes" in values
    checks = []
    for kind, rooms_key, area_part, area_key in _ROOM_FIELDS:
        rooms = values.get(rooms_key)
        ok = None if rooms is None or not has_classes else rooms >= needed
        checks.append(Check("music_art_rooms", rooms_key, ok, rooms, needed, classes))
        area = values.get(area_key)
        limit = areas[kind]
        area_ok = None if area is None or not rooms else exact_if_float(area) >= limit
        checks.append(Check("music_art_rooms", area_part, area_ok, area, fraction_float(limit)))
    return checks


def training_budget_check(record: SchoolRecord, profile: Profile) -> Check:
    limit = profile.indicators["training_budget_share"].threshold("all")
    assert limit is not None
    budget = record.values.get("public_funds_budget_yuan")
    training = record.values.get("training_budget_yuan")
    if budget is None or training is None or budget == 0:
        return Check("training_budget_share", "share", None, None, fraction_float(limit))
    share = exact(training) * 100 / exact(budget)
    return Check("training_budget_share", "share", share >= limit, float(share), fraction_float(limit))


def school_checks(record: SchoolRecord, profile: Profile) -> list[Check]:
    """Every per-school guarantee and quality check of one (merged) school."""
    return [
        *class_size_checks(record, profile),
        school_size_check(record, profile),
        *music_art_checks(record, profile),
        training_budget_check(record, profile),
    ]
