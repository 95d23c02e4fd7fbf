"""The record the app opens on until the workspace store is wired in: the first demo school."""
from __future__ import annotations

from jinchang_desktop.resource_files import resource_path
from jinchang_desktop.standards.records import SchoolRecord
from jinchang_desktop.standards.table import read_table

DEMO_PROFILE = "jinchang"


def demo_record(index: int = 0) -> SchoolRecord:
    """One school of the shipped demo table (a CSV, so openpyxl is not imported)."""
    return read_table(resource_path("demo", "jinchang-schools.csv"))[index]
