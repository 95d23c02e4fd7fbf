"""Random small counties for the plan and what-if properties."""
from __future__ import annotations

import math
import random

from jinchang_desktop.standards.records import SchoolRecord

TYPES = ("primary", "junior", "nine_year", "complete_middle", "twelve_year", "teaching_site")
RATES = {"primary": (4.6, 1.1, 1.0, 5.0, 8.0, 2200, 2.5), "junior": (5.8, 1.1, 1.0, 6.4, 11.0, 2700, 2.6)}


def county(seed: int, schools: int) -> list[SchoolRecord]:
    """Schools with every resource at a random multiple (0.3–3) of a level near the thresholds."""
    rng = random.Random(seed)
    records = []
    for index in range(schools):
        school_type = rng.choice(TYPES)
        students = {"primary": 0, "junior": 0, "senior": 0}
        if school_type in ("primary", "nine_year", "twelve_year", "teaching_site"):
            students["primary"] = rng.randint(60, 1500)
        if school_type in ("junior", "nine_year", "complete_middle", "twelve_year"):
            students["junior"] = rng.randint(80, 1200)
        if school_type in ("complete_middle", "twelve_year"):
            students["senior"] = rng.randint(100, 900)
        values: dict[str, int | float] = {f"{s}_students": n for s, n in students.items() if n}
        facility = [0.0, 0.0, 0.0, 0.0]
        for section in ("primary", "junior"):
            n = students[section]
            if not n:
                continue
            q, b, pe, teach, sport, equip, mm = (r * math.exp(rng.gauss(0, 0.5)) for r in RATES[section])
            values[f"{section}_qualified_teachers"] = round(q * n / 100)
            values[f"{section}_backbone_teachers"] = round(b * n / 100)
            values[f"{section}_pe_art_teachers"] = round(pe * n / 100)
            for i, v in enumerate((teach, sport, equip, mm / 100)):
                facility[i] += v * n
        senior = students["senior"]
        values["teaching_aux_area_m2"] = round(facility[0] + senior * 6, 1)
        values["sports_ground_area_m2"] = round(facility[1] + senior * 10, 1)
        values["equipment_value_yuan"] = round(facility[2] + senior * 2500)
        values["multimedia_classrooms"] = round(facility[3] + senior * 0.025)
        records.append(SchoolRecord(f"6299{index:06d}", f"校{index}", "县", school_type, values=values))
    return records
