"""The figures of the demo counties (演示数据: invented, for trying the county and city views), seeded.

永昌县 has wide spreads of equipment between town and village primary schools (its primary CV of equipment fails)
and a few schools that fail the per-school rule; 金川区, the city district, is even and passes its CVs.
"""
from __future__ import annotations

import math
import random
from dataclasses import dataclass, field

SEED = 2025
LABEL = "（演示）"

# STANDARD §1 thresholds: per-100-student indicators as teachers or rooms per 100, the rest per student.
PER_STUDENT = {
    "primary": {"qualified": 4.2, "backbone": 1.0, "pe_art": 0.9, "teaching": 4.5, "sports": 7.5,
                "equipment": 2000, "multimedia": 2.3},
    "junior": {"qualified": 5.3, "backbone": 1.0, "pe_art": 0.9, "teaching": 5.8, "sports": 10.2,
               "equipment": 2500, "multimedia": 2.4},
}


@dataclass
class DemoSchool:
    code: str
    name: str
    county: str
    school_type: str
    students: dict[str, int]
    counted: bool = True
    parent_code: str = ""
    values: dict[str, int | float] = field(default_factory=dict)
    late: bool = False  # reports before its key is enrolled (the triage shows it waiting)


# (name, type, primary, junior, senior students, how it fares) — "short": two indicators under the threshold
# (fails the per-school rule); "village": equipment and rooms well below the town schools (the CV spread).
YONGCHANG = [
    ("城关第一小学", "primary", 1650, 0, 0, "town"), ("城关第二小学", "primary", 1420, 0, 0, "town"),
    ("城关第三小学", "primary", 1180, 0, 0, "town"), ("金川西小学", "primary", 760, 0, 0, ""),
    ("河西堡小学", "primary", 980, 0, 0, ""), ("朱王堡小学", "primary", 420, 0, 0, "village"),
    ("东寨小学", "primary", 310, 0, 0, "village"), ("红山窑小学", "primary", 260, 0, 0, "short"),
    ("焦家庄小学", "primary", 340, 0, 0, "village"), ("六坝小学", "primary", 280, 0, 0, "short"),
    ("新城子小学", "primary", 230, 0, 0, "village"), ("南坝小学", "primary", 360, 0, 0, ""),
    ("水源小学", "primary", 390, 0, 0, "village"), ("北海子小学", "primary", 520, 0, 0, ""),
    ("永昌县第一中学初中部", "junior", 0, 1380, 0, "town"), ("永昌县第二中学", "junior", 0, 1120, 0, ""),
    ("河西堡中学", "junior", 0, 760, 0, ""), ("朱王堡中学", "junior", 0, 420, 0, "short"),
    ("六坝中学", "junior", 0, 380, 0, ""), ("东寨中学", "junior", 0, 350, 0, ""),
    ("红山窑九年制学校", "nine_year", 320, 210, 0, ""), ("焦家庄九年制学校", "nine_year", 260, 180, 0, "village"),
    ("新城子九年制学校", "nine_year", 290, 230, 0, "short"),
    ("永昌县第三中学", "complete_middle", 0, 820, 960, ""),
    ("永昌县育才学校", "twelve_year", 540, 460, 380, "town"),
    ("毛卜喇教学点", "teaching_site", 64, 0, 0, "village"), ("西湾教学点", "teaching_site", 28, 0, 0, ""),
    ("永昌县特殊教育学校", "special", 46, 32, 0, ""),
]
# 城关第一小学's site, not counted as a school: merged into it (STANDARD §4).
YONGCHANG_SITE = ("城关第一小学北校区", "teaching_site", 180, 0, 0, "town")
YONGCHANG_LATE = ("宁远教学点", "teaching_site", 72, 0, 0, "")

JINCHUAN = [
    ("金川区第一小学", "primary", 1820, 0, 0, ""), ("金川区第二小学", "primary", 1640, 0, 0, ""),
    ("金川区第三小学", "primary", 1510, 0, 0, ""), ("金川区第四小学", "primary", 1380, 0, 0, ""),
    ("金川区第五小学", "primary", 1260, 0, 0, ""), ("金川区第六小学", "primary", 1190, 0, 0, ""),
    ("金川区第七小学", "primary", 980, 0, 0, ""), ("金川区第八小学", "primary", 860, 0, 0, "short"),
    ("桂林路小学", "primary", 1120, 0, 0, ""), ("北京路小学", "primary", 1340, 0, 0, ""),
    ("双湾小学", "primary", 420, 0, 0, ""), ("宁远堡小学", "primary", 380, 0, 0, ""),
    ("金川区第一中学", "junior", 0, 1560, 0, ""), ("金川区第二中学", "junior", 0, 1430, 0, ""),
    ("金川区第三中学", "junior", 0, 1210, 0, ""), ("金川区第四中学", "junior", 0, 980, 0, ""),
    ("金川区第五中学", "junior", 0, 860, 0, ""),
    ("双湾九年制学校", "nine_year", 360, 280, 0, ""), ("宁远堡九年制学校", "nine_year", 330, 260, 0, ""),
    ("金昌市第一中学", "complete_middle", 0, 1240, 1500, ""),
    ("金川区育英学校", "twelve_year", 620, 540, 420, ""),
    ("龙首教学点", "teaching_site", 58, 0, 0, ""),
    ("金昌市特殊教育学校", "special", 60, 40, 0, ""),
]


def _section_values(rng: random.Random, section: str, students: int, fare: str) -> dict[str, float]:
    """Per-section quantities: each indicator at a seeded multiple of its threshold."""
    rates = PER_STUDENT[section]
    spread = 0.10
    level = {key: math.exp(rng.gauss(math.log(1.18), spread)) for key in rates}
    if fare == "town":
        level["equipment"] *= 3.6
        level["multimedia"] *= 1.15
    if fare == "village":
        level["equipment"] *= 0.55
        level["multimedia"] *= 0.9
    if fare == "short":
        level["multimedia"] = 0.80
        level["sports"] = 0.92
    for key in ("equipment", "multimedia"):
        level[key] = max(level[key], 0.86) if fare != "short" else level[key]
    per = {"qualified": 100, "backbone": 100, "pe_art": 100, "multimedia": 100}
    return {key: rates[key] * level[key] * students / per.get(key, 1) for key in rates}


def _school_values(rng: random.Random, school_type: str, students: dict[str, int], fare: str) -> dict[str, int | float]:
    values: dict[str, int | float] = {f"{s}_students": n for s, n in students.items() if n}
    facilities = {"teaching": 0.0, "sports": 0.0, "equipment": 0.0, "multimedia": 0.0}
    teachers_total = 0
    for section in ("primary", "junior"):
        count = students.get(section, 0)
        if not count:
            continue
        quantities = _section_values(rng, section, count, fare)
        qualified = max(1, round(quantities["qualified"]))
        pe_art = max(1, round(quantities["pe_art"]))
        total = qualified + max(1, round(qualified * 0.08)) + (1 if fare == "village" else 0)
        values[f"{section}_qualified_teachers"] = qualified
        values[f"{section}_backbone_teachers"] = max(0, round(quantities["backbone"]))
        values[f"{section}_pe_art_teachers"] = pe_art
        values[f"{section}_teachers"] = max(total, pe_art)
        teachers_total += int(values[f"{section}_teachers"])
        size = 45 if section == "primary" else 50
        classes = math.ceil(count / (size - 5))
        values[f"{section}_classes"] = classes
        values[f"{section}_max_class_size"] = min(count, size - rng.randint(0, 6))
        # a through-school's facilities are shared: scale up so each section keeps its level after the split
        factor = 1.0 if school_type in ("primary", "junior", "teaching_site", "special") else 1.9
        for key in facilities:
            facilities[key] += quantities[key] * factor / (2 if factor > 1 else 1)
    senior = students.get("senior", 0)
    if senior:
        values["senior_students"] = senior
        facilities["teaching"] += senior * 6.5
        facilities["sports"] += senior * 10
        facilities["equipment"] += senior * 3000
        facilities["multimedia"] += senior * 0.025
    indoor = round(sum(n for s, n in students.items() if s != "senior") * rng.uniform(0.1, 0.5), 1)
    values["teaching_aux_area_m2"] = round(facilities["teaching"] + indoor, 1)
    values["indoor_sports_area_m2"] = indoor
    values["sports_ground_area_m2"] = round(max(facilities["sports"] - indoor, 0), 1)
    values["equipment_value_yuan"] = round(facilities["equipment"], -2)
    values["multimedia_classrooms"] = max(1, math.ceil(facilities["multimedia"]))
    classes_all = int(values.get("primary_classes", 0)) + int(values.get("junior_classes", 0))
    values["certified_teachers"] = teachers_total
    values["music_rooms"] = max(1, math.ceil(classes_all / 12))
    values["art_rooms"] = max(1, math.ceil(classes_all / 12)) - (1 if fare == "short" and classes_all > 12 else 0)
    values["music_room_min_area_m2"] = 96 if fare != "village" else 88
    values["art_room_min_area_m2"] = 90
    compulsory = sum(n for s, n in students.items() if s != "senior")
    budget = round(max(compulsory, 100) * (650 if values.get("junior_students") else 500), -2)
    values["public_funds_budget_yuan"] = budget
    values["training_budget_yuan"] = round(budget * (0.06 if fare != "short" else 0.04), -2)
    return values


def demo_schools() -> list[DemoSchool]:
    """Every demo school, in a fixed order, with its figures."""
    rng = random.Random(SEED)
    schools: list[DemoSchool] = []
    for county, prefix, rows in (("永昌县", "21621", YONGCHANG), ("金川区", "21622", JINCHUAN)):
        for index, (name, school_type, p, j, s, fare) in enumerate(rows, start=1):
            students = {"primary": p, "junior": j, "senior": s}
            schools.append(DemoSchool(f"{prefix}0{index:04d}", name + LABEL, county, school_type, students,
                                      values=_school_values(rng, school_type, students, fare)))
    name, school_type, p, j, s, fare = YONGCHANG_SITE
    site = {"primary": p, "junior": j, "senior": s}
    site_values = _school_values(rng, school_type, site, fare)
    # The engine sums every value of a merged site into its school, a largest class too; the site leaves it out.
    del site_values["primary_max_class_size"]
    schools.append(DemoSchool("2162108001", name + LABEL, "永昌县", school_type, site, counted=False,
                              parent_code="2162100001", values=site_values))
    name, school_type, p, j, s, fare = YONGCHANG_LATE
    late = {"primary": p, "junior": j, "senior": s}
    schools.append(DemoSchool("2162109001", name + LABEL, "永昌县", school_type, late, late=True,
                              values=_school_values(rng, school_type, late, fare)))
    return schools


# County-wide items (STANDARD §5–§7) as the county offices declare them; some are not met, some are left blank.
COUNTY_ITEMS = {
    "永昌县": ({
        "layout_planning": True, "four_unifications": True, "small_school_funding": True, "staffing_by_county": True,
        "special_school_funding": 7200, "teacher_pay": 1.02, "training_completion": 100, "teacher_rotation": 11.5,
        "rotation_backbone_share": 18.0, "certified_teachers": 100, "nearby_enrolment.primary": 100,
        "nearby_enrolment.junior": 96.5, "quota_allocation": 62, "migrant_children_public": 91,
        "junior_retention": 97.2, "disabled_enrolment": 95.6, "charter_management": True, "ict_use": True,
        "moral_education": True, "courses_complete": 100, "homework_load": True, "monitoring_level": 3,
        "monitoring_school_gap": 0.13, "social_recognition": 88.4, "group_schooling": 86,
        "fitness_pass_rate": 91.5, "staff_student_ratio.primary": 16.8, "staff_student_ratio.junior": 12.9,
        "teacher_share_of_staff.primary": 92.1, "teacher_share_of_staff.junior": 86.3,
    }, "2025年县教育局自评（演示数据）"),
    "金川区": ({
        "layout_planning": True, "four_unifications": True, "small_school_funding": True, "staffing_by_county": True,
        "special_school_funding": 7500, "teacher_pay": 1.05, "training_completion": 100, "teacher_rotation": 12.8,
        "rotation_backbone_share": 23.5, "certified_teachers": 100, "nearby_enrolment.primary": 100,
        "nearby_enrolment.junior": 97.8, "quota_allocation": 65, "migrant_children_public": 94,
        "junior_retention": 98.6, "disabled_enrolment": 97.1, "charter_management": True, "ict_use": True,
        "moral_education": True, "courses_complete": 100, "homework_load": True, "monitoring_level": 3,
        "monitoring_school_gap": 0.11, "social_recognition": 92.3, "group_schooling": 100,
        "fitness_pass_rate": 93.2, "staff_student_ratio.primary": 18.2, "staff_student_ratio.junior": 13.1,
        "teacher_share_of_staff.primary": 91.4, "teacher_share_of_staff.junior": 87.0,
        "training_fund_of_payroll": 1.6, "performance_pay_increment": 5,
    }, "2025年区教育局自评（演示数据）"),
}
