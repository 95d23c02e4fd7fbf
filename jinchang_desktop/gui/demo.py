"""The demo data shipped in resources/demo/: a school workspace the app opens with ``--demo`` (always as a
temporary copy, never the user's own data), and the demo school table the tests and benchmarks use."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from jinchang_desktop.resource_files import resource_path

if TYPE_CHECKING:
    from jinchang_desktop.standards.records import SchoolRecord

DEMO_PROFILE = "jinchang"
DEMO_WORKSPACE = "school-workspace"  # made by scripts/make_demo_workspace.py


def demo_workspace_source() -> Path:
    return resource_path("demo", DEMO_WORKSPACE)


def copy_demo_workspace(into: Path) -> Path:
    """Copy the shipped demo workspace into the folder ``into``; returns the copy's path.

    Only the database and the key are copied: the shipped folder may be read-only (an installed program),
    and the copy must be the clerk's to change.
    """
    source = demo_workspace_source()
    target = Path(into) / DEMO_WORKSPACE
    target.mkdir(parents=True)
    for name in ("workspace.sqlite3", "key.pem"):
        (target / name).write_bytes((source / name).read_bytes())  # small files; no shutil at start-up
    (target / "key.pem").chmod(0o600)
    return target


DEMO_ROLES = {"school": DEMO_WORKSPACE, "county": "county-workspace", "city": "city-workspace"}
# Folders copied beside a demo workspace so its work can be tried at once (the county's USB stick, its requests).
DEMO_BESIDE = {"county": ("county-inbox", "county-requests")}


def copy_demo(role: str, into: Path) -> Path:
    """Copy the demo workspace of ``role`` (and the folders that go with it) into ``into``; its path."""
    if role == "school":
        return copy_demo_workspace(into)
    source = resource_path("demo", DEMO_ROLES[role])
    target = Path(into) / DEMO_ROLES[role]
    target.mkdir(parents=True)
    for name in ("workspace.sqlite3", "key.pem"):
        (target / name).write_bytes((source / name).read_bytes())
    (target / "key.pem").chmod(0o600)
    for folder in DEMO_BESIDE.get(role, ()):
        there = Path(into) / folder
        there.mkdir()
        for file in sorted(resource_path("demo", folder).iterdir()):
            if file.is_file():
                (there / file.name).write_bytes(file.read_bytes())
    return target


def demo_record(index: int = 0) -> SchoolRecord:
    """One school of the shipped demo table (a CSV, so openpyxl is not imported)."""
    from jinchang_desktop.standards.table import read_table

    return read_table(resource_path("demo", "jinchang-schools.csv"))[index]
