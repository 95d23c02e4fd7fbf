"""Per-school items of 政府保障程度 and 教育质量 (STANDARD §5.3–§5.5, §6.4).

Each check needs its own inputs; when a school has not declared them the check says so (``ok`` is None)
rather than pass or fail on zeros.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from fractions import Fraction

from jinchang_desktop.standards.catalogue import SECTIONS, Profile
from jinchang_desktop.standards.numbers import exact
from jinchang_desktop.standards.records import SchoolRecord


@dataclass(frozen=True)
class Check:
    key: str  # the catalogue indicator
    part: str  # which requirement of the indicator (e.g. "primary", "music_rooms")
    ok: bool | None  # None: the school has not declared the inputs
    value: float | None
    limit: float
    detail_zh: str
    detail_en: str


def _has(record: SchoolRecord, *keys: str) -> bool:
    return all(k in record.values for k in keys)


def class_size_checks(record: SchoolRecord, profile: Profile) -> list[Check]:
    indicator = profile.indicators["class_size"]
    checks = []
    for section in SECTIONS:
        if record.get(f"{section}_students") == 0:
            continue
        limit = indicator.threshold(section)
        assert limit is not None
        key = f"{section}_max_class_size"
        value = record.values.get(key)
        ok = None if value is None else exact(value) <= limit
        name = "小学" if section == "primary" else "初中"
        checks.append(Check("class_size", section, ok, value, float(limit),
                            f"{name}最大班额 {value if value is not None else '未填'} 人，上限 {limit} 人",
                            f"largest {section} class {value if value is not None else 'not entered'}, "
                            f"limit {limit}"))
    return checks


def school_size_check(record: SchoolRecord, profile: Profile) -> Check:
    indicator = profile.indicators["school_size"]
    limit = indicator.threshold(record.school_type)
    assert limit is not None
    students = record.get("primary_students") + record.get("junior_students")
    return Check("school_size", "compulsory_students", exact(students) <= limit, students, float(limit),
                 f"义务教育阶段在校生 {students} 人，上限 {limit} 人",
                 f"{students} compulsory-stage students, limit {limit}")


def music_art_checks(record: SchoolRecord, profile: Profile) -> list[Check]:
    indicator = profile.indicators["music_art_rooms"]
    per_rooms = int(indicator.extra.get("classes_per_room", 12))
    areas = {k: Fraction(str(v)) for k, v in indicator.extra.get("min_area_m2", {}).items()}
    classes = record.get("primary_classes") + record.get("junior_classes")
    needed = math.ceil(classes / per_rooms) if classes else 0
    has_classes = _has(record, "primary_classes") or _has(record, "junior_classes")
    checks = []
    for kind, zh in (("music", "音乐"), ("art", "美术")):
        rooms_key, area_key = f"{kind}_rooms", f"{kind}_room_min_area_m2"
        rooms = record.values.get(rooms_key)
        ok = None if rooms is None or not has_classes else rooms >= needed
        checks.append(Check("music_art_rooms", f"{kind}_rooms", ok, rooms, needed,
                            f"{zh}专用教室 {rooms if rooms is not None else '未填'} 间，{classes} 个班需 {needed} 间",
                            f"{kind} rooms {rooms if rooms is not None else 'not entered'}; "
                            f"{classes} classes need {needed}"))
        area = record.values.get(area_key)
        limit = areas[kind]
        area_ok = None if area is None or not rooms else exact(area) >= limit
        checks.append(Check("music_art_rooms", f"{kind}_area", area_ok, area, float(limit),
                            f"最小{zh}教室 {area if area is not None else '未填'} ㎡，每间不小于 {limit} ㎡",
                            f"smallest {kind} room {area if area is not None else 'not entered'} m², "
                            f"each at least {limit} m²"))
    return checks


def training_budget_check(record: SchoolRecord, profile: Profile) -> Check:
    indicator = profile.indicators["training_budget_share"]
    limit = indicator.threshold("all")
    assert limit is not None
    budget = record.values.get("public_funds_budget_yuan")
    training = record.values.get("training_budget_yuan")
    if budget is None or training is None or budget == 0:
        return Check("training_budget_share", "share", None, None, float(limit),
                     f"未填公用经费预算或培训经费（应不低于 {limit}%）",
                     f"public-fund or training budget not entered (at least {limit}%)")
    share = exact(training) * 100 / exact(budget)
    return Check("training_budget_share", "share", share >= limit, float(share), float(limit),
                 f"培训经费占公用经费预算 {float(share):.2f}%，应不低于 {limit}%",
                 f"training budget {float(share):.2f}% of public funds, at least {limit}%")


def school_checks(record: SchoolRecord, profile: Profile) -> list[Check]:
    """Every per-school guarantee and quality check of one (merged) school."""
    return [
        *class_size_checks(record, profile),
        school_size_check(record, profile),
        *music_art_checks(record, profile),
        training_budget_check(record, profile),
    ]
