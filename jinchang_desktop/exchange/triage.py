"""Triage: what an import of these files would do, shown to the county's (or city's) staff before anything is
stored. Every file is judged by the importer's own ``judge`` (the same rules, once); nothing is written. For a
package that would be accepted, each field it changes is listed against what is stored (old → new).

The staff then accept all, some or none: ``import_selected`` imports the chosen files through the ordinary
import (so each is judged again, against the store as it is then) and logs one decision for each file left.

Threading: as the importer (the workspace's writer thread); ``progress(done, total, entry)`` streams each
judged file so a screen can show its rows while the rest are still being read.
"""
from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from jinchang_desktop.exchange import classes as c
from jinchang_desktop.exchange.accept import Accepted, ImportContext
from jinchang_desktop.exchange.importer import ImportEntry, ImportReport, import_packages, judge, package_files
from jinchang_desktop.exchange.reading import read_packages
from jinchang_desktop.exchange.ws_profile import workspace_profile
from jinchang_desktop.standards.records import SchoolRecord
from jinchang_desktop.store.audit import record_decision
from jinchang_desktop.store.db import transaction
from jinchang_desktop.store.declared import get_record, get_school
from jinchang_desktop.store.workspace import Workspace
from jinchang_desktop.text_rules import printable

Value = int | float | str | None


@dataclass(frozen=True)
class FieldChange:
    school: str  # the school's code (a county report changes many schools)
    field: str
    old: Value
    new: Value


@dataclass
class TriageEntry:
    entry: ImportEntry  # class, rule, reason, warnings and flag, as the import would find them
    kind: str = ""
    school_name: str = ""
    changes: list[FieldChange] = field(default_factory=list)

    @property
    def file(self) -> str:
        return self.entry.file

    @property
    def would_store(self) -> bool:
        """Accepting this file would change the store (a new package); the others change nothing but the log."""
        return self.entry.cls == c.ACCEPTED


@dataclass
class TriageReport:
    entries: list[TriageEntry] = field(default_factory=list)
    cancelled: bool = False

    def count(self, cls: str) -> int:
        return sum(1 for e in self.entries if e.entry.cls == cls)


TriageProgress = Callable[[int, int, TriageEntry], None]


def triage_packages(workspace: Workspace, paths: Iterable[Path], *, progress: TriageProgress | None = None,
                    cancel: Callable[[], bool] | None = None) -> TriageReport:
    """Judge every package under ``paths`` as an import would, storing nothing."""
    files = package_files(list(paths))
    context = ImportContext(workspace, workspace_profile(workspace))
    report = TriageReport()
    outcomes = read_packages(files)
    try:
        for index, (path, outcome) in enumerate(outcomes):
            if cancel is not None and cancel():
                report.cancelled = True
                break
            entry, package, data = judge(context, path, outcome)
            triaged = TriageEntry(entry, kind=package.kind if package is not None else "")
            if package is not None:
                school = get_school(context.conn, package.issuer.code)
                triaged.school_name = school.name if school is not None else package.issuer.name
            if data is not None and entry.cls == c.ACCEPTED:
                triaged.changes = changes_of(context, data)
            report.entries.append(triaged)
            if progress is not None:
                progress(index + 1, len(files), triaged)
    finally:
        outcomes.close()  # stops the helper process at once when cancelled
    return report


def changes_of(context: ImportContext, data: Accepted) -> list[FieldChange]:
    """Each value the package's data would change, against the store, in the catalogue's order."""
    records: list[SchoolRecord] = []
    if data.school is not None:
        records.append(data.school.record)
    elif data.county is not None:
        records.extend(data.county.records)
    changes: list[FieldChange] = []
    for record in records:
        stored = get_record(context.conn, record.code, context.year).values \
            if get_school(context.conn, record.code) is not None else {}
        for key in list(record.values) + [k for k in stored if k not in record.values]:
            old, new = stored.get(key), record.values.get(key)
            if old != new:
                changes.append(FieldChange(record.code, key, old, new))
    return changes


def import_selected(workspace: Workspace, chosen: list[Path], left: list[Path], *,
                    progress: Callable[[int, int], None] | None = None,
                    cancel: Callable[[], bool] | None = None) -> ImportReport:
    """Import the files the staff chose (judged again, now) and log the decision to leave each of the others."""
    with transaction(workspace.conn):
        for path in left:
            record_decision(workspace.conn, action="triage",
                            detail=printable(f"left after triage: {os.path.basename(str(path))}"))
    if not chosen:
        return ImportReport()
    return import_packages(workspace, chosen, progress=progress, cancel=cancel)
