"""Generate a realistic school table of any size (seeded), for benchmarks."""
from __future__ import annotations

import csv
import random
import sys
from pathlib import Path

TYPES = [("primary", 55), ("junior", 20), ("nine_year", 12), ("complete_middle", 4), ("twelve_year", 2),
         ("teaching_site", 6), ("special", 1)]
HEADER = ["school_code", "school_name", "county", "school_type", "counted", "parent_code", "primary_students",
          "junior_students", "senior_students", "primary_qualified_teachers", "junior_qualified_teachers",
          "primary_backbone_teachers", "junior_backbone_teachers", "primary_pe_art_teachers",
          "junior_pe_art_teachers", "teaching_aux_area_m2", "indoor_sports_area_m2", "sports_ground_area_m2",
          "equipment_value_yuan", "multimedia_classrooms"]


def school_row(rng: random.Random, index: int, county: str) -> list[object]:
    school_type = rng.choices([t for t, _ in TYPES], weights=[w for _, w in TYPES])[0]
    primary = junior = senior = 0
    if school_type in ("primary", "nine_year", "twelve_year", "special"):
        primary = rng.randint(60, 1900) if school_type != "special" else rng.randint(20, 150)
    if school_type == "teaching_site":
        primary = rng.randint(5, 120)
    if school_type in ("junior", "nine_year", "complete_middle", "twelve_year"):
        junior = rng.randint(80, 1500)
    if school_type in ("complete_middle", "twelve_year"):
        senior = rng.randint(200, 1500)
    students = primary + junior

    def teachers(count: int, per100: float) -> int:
        return round(count * per100 / 100 * rng.uniform(0.75, 1.35)) if count else 0

    indoor = round(students * rng.uniform(0, 0.6), 1)
    return [
        f"62{index:08d}", f"学校{index}", county, school_type, 1, "", primary, junior, senior,
        teachers(primary, 4.6), teachers(junior, 5.7), teachers(primary, 1.1), teachers(junior, 1.1),
        teachers(primary, 1.0), teachers(junior, 1.0),
        round(students * rng.uniform(4.0, 7.0) + indoor + senior * 6, 1), indoor,
        round(students * rng.uniform(6.5, 12.0) + senior * 10, 1),
        round(students * rng.uniform(1700, 3000) + senior * 2500, 2),
        round((students + senior) * rng.uniform(0.02, 0.03)),
    ]


def write_table(path: Path, schools: int, *, counties: int | None = None, seed: int = 7) -> Path:
    rng = random.Random(seed)
    counties = counties or max(1, schools // 120)
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        for index in range(schools):
            writer.writerow(school_row(rng, index, f"县{index % counties:04d}"))
    return path


if __name__ == "__main__":
    write_table(Path(sys.argv[1]), int(sys.argv[2]))
