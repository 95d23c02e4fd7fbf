"""Build the demo school workspace that ``jinchang-desktop --demo`` opens (a temporary copy of it).

    python scripts/make_demo_workspace.py            # rebuild resources/demo/school-workspace/
    python scripts/make_demo_workspace.py --out DIR  # build elsewhere (the demo test compares the two)

The school is 永昌县河西堡九年制学校 (2162100004 in resources/demo/jinchang-schools.csv), judged by the Jinchang
profile, school year 2025, with last year's figures present. The figures are chosen so that the screens have
something to say: the primary section passes with one indicator amber; the junior section fails (PE and art
teachers below 85%, equipment short); the largest junior class, the music rooms, the art-room size and the
training budget fail their per-school checks; and three soft warnings ask for an explanation (networked
multimedia rooms within 2% of the standard, equipment up 45% and art rooms doubled since last year).

The key pair is new on every run (the key is a demo key, shipped on purpose), so two builds differ in bytes;
``tests/gui/test_demo_workspace.py`` compares their values. The database is checkpointed into one file: no
-wal or -shm is left beside it.
"""
from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

OUT = REPO / "resources" / "demo" / "school-workspace"
YEAR = 2025
IDENTITY = {"code": "2162100004", "name": "永昌县河西堡九年制学校", "county": "永昌县", "school_type": "nine_year",
            "profile_id": "jinchang"}

VALUES = {
    "primary_students": 520, "junior_students": 430,
    "primary_classes": 12, "junior_classes": 10,
    "primary_max_class_size": 45, "junior_max_class_size": 52,
    "primary_teachers": 31, "junior_teachers": 33,
    "primary_qualified_teachers": 26, "junior_qualified_teachers": 25,
    "primary_backbone_teachers": 5, "junior_backbone_teachers": 5,
    "primary_pe_art_teachers": 5, "junior_pe_art_teachers": 3,
    "certified_teachers": 63,
    "teaching_aux_area_m2": 6100, "indoor_sports_area_m2": 420, "sports_ground_area_m2": 9800,
    "equipment_value_yuan": 2150000, "multimedia_classrooms": 23,
    "music_rooms": 1, "music_room_min_area_m2": 96, "art_rooms": 2, "art_room_min_area_m2": 86,
    "public_funds_budget_yuan": 620000, "training_budget_yuan": 28000,
}

PREVIOUS_VALUES = {
    "primary_students": 505, "junior_students": 441,
    "primary_classes": 12, "junior_classes": 10,
    "primary_max_class_size": 46, "junior_max_class_size": 53,
    "primary_teachers": 30, "junior_teachers": 32,
    "primary_qualified_teachers": 24, "junior_qualified_teachers": 24,
    "primary_backbone_teachers": 5, "junior_backbone_teachers": 4,
    "primary_pe_art_teachers": 5, "junior_pe_art_teachers": 3,
    "certified_teachers": 60,
    "teaching_aux_area_m2": 6100, "indoor_sports_area_m2": 420, "sports_ground_area_m2": 9800,
    "equipment_value_yuan": 1480000, "multimedia_classrooms": 21,
    "music_rooms": 1, "music_room_min_area_m2": 96, "art_rooms": 1, "art_room_min_area_m2": 86,
    "public_funds_budget_yuan": 600000, "training_budget_yuan": 26000,
}


def build(path: Path) -> None:
    """Create the demo workspace at ``path`` (a new or empty folder)."""
    from jinchang_desktop.store.declared import set_fields, upsert_school
    from jinchang_desktop.store.workspace import Workspace

    ws = Workspace.create(path, role="school", code=IDENTITY["code"], name=IDENTITY["name"],
                          county=IDENTITY["county"], profile_id=IDENTITY["profile_id"], school_year=YEAR)
    with ws:
        upsert_school(ws.conn, ws.code, name=ws.name, county=ws.county, school_type=IDENTITY["school_type"],
                      source="self", action="demo")
        set_fields(ws.conn, ws.code, YEAR - 1, PREVIOUS_VALUES, action="demo", detail="last year's figures")
        set_fields(ws.conn, ws.code, YEAR, VALUES, action="demo")
        ws.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for suffix in ("-wal", "-shm"):  # closing the last connection removes them; make sure of it
        Path(f"{path / 'workspace.sqlite3'}{suffix}").unlink(missing_ok=True)
    # Empty folders do not survive git; Workspace.open makes them again.
    for folder in ("backups", "quarantine"):
        shutil.rmtree(path / folder, ignore_errors=True)
    conn = sqlite3.connect(path / "workspace.sqlite3")  # the file must stand alone
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{path / 'workspace.sqlite3'}{suffix}").unlink(missing_ok=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    if importlib.util.find_spec("jinchang_desktop") is None:
        # Not installed: run again with the source tree importable.
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])))
        return subprocess.run([sys.executable, __file__, *sys.argv[1:]], env=env).returncode
    if args.out.exists():
        shutil.rmtree(args.out)
    build(args.out)
    print(f"demo workspace written: {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
