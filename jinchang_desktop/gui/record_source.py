"""Where the school editor reads and commits a school's values.

The editor never knows whether it edits the workspace database or a scratch copy: it talks to a
``RecordSource``. ``MemoryRecordSource`` keeps the record in memory; it is the backend of the what-if
mode (a scratch copy that must never reach the saved data) and of a session without a workspace.
``store_source.StoreRecordSource`` is the workspace's: it takes each ``set_value`` at once and writes it
through the database worker, durable a few milliseconds later (its docstring says exactly when).
"""
from __future__ import annotations

import copy
from typing import Literal, Protocol

from jinchang_desktop.standards.records import SchoolRecord

Value = int | float
# Why a value is being set: a person's edit, or the undo stack replaying one. A store records the
# origin in its audit log, so an undo shows there as what it is rather than as a new edit.
EditOrigin = Literal["edit", "undo", "redo"]


class RecordSource(Protocol):
    """One school's committed values.

    Threading: called from the GUI thread only. There is no Save button, so ``set_value`` commits: when
    it returns the value is the source's (``snapshot`` and ``value`` return it) and it is on its way to
    durable storage without anything else to do. An in-memory source holds it there and then; the store
    source has it on disk once its database worker has committed the write (it emits ``saved``), and it
    keeps the value and reports the failure if the write cannot be made.
    """

    def snapshot(self) -> SchoolRecord:
        """A copy of the committed record; changing it does not change the source."""
        ...

    def value(self, key: str) -> Value | None:
        """The committed value of a numeric field, or None when it has not been entered."""
        ...

    def set_value(self, key: str, value: Value | None, *, origin: EditOrigin = "edit") -> None:
        """Commit one field at once; None clears it (not entered). Undo and redo come through here too."""
        ...


class MemoryRecordSource:
    """A RecordSource held in memory: the what-if scratch copy, or a session without a workspace."""

    def __init__(self, record: SchoolRecord) -> None:
        self._record = copy.deepcopy(record)
        self.commits = 0  # how many values were committed; lets a caller see whether anything was set

    def snapshot(self) -> SchoolRecord:
        return copy.deepcopy(self._record)

    def value(self, key: str) -> Value | None:
        return self._record.values.get(key)

    def set_value(self, key: str, value: Value | None, *, origin: EditOrigin = "edit") -> None:
        if value is None:
            self._record.values.pop(key, None)
        else:
            self._record.values[key] = value
        self.commits += 1


def differing_keys(a: SchoolRecord, b: SchoolRecord) -> list[str]:
    """The numeric fields whose values differ between two records (absent and present differ)."""
    keys = set(a.values) | set(b.values)
    return sorted(k for k in keys if a.values.get(k) != b.values.get(k))
