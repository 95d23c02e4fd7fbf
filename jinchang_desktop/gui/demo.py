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


def demo_record(index: int = 0) -> SchoolRecord:
    """One school of the shipped demo table (a CSV, so openpyxl is not imported)."""
    from jinchang_desktop.standards.table import read_table

    return read_table(resource_path("demo", "jinchang-schools.csv"))[index]
