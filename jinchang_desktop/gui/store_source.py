"""The RecordSource of a school workspace: the editor's values, written through the database worker.

When is a value durable? ``set_value`` takes the value at once (``snapshot`` and ``value`` return it from then
on, so the editor and its gauges never wait for the disk) and hands one job to the database worker:
``set_field`` in one transaction with its audit row, on a WAL database with ``synchronous=FULL``. The value is
durable — on disk, surviving a power cut — when that transaction has committed, which is when ``saved`` is
emitted; typically a few milliseconds after the clerk pressed Enter or Tab. Writes reach the database in the
order they were set.

A write that fails (a full disk, a pulled USB stick) loses nothing typed: the value stays in this source and on
screen, ``save_failed`` tells the window, and ``retry`` writes every unsaved field again with the value the
clerk sees now.
"""
from __future__ import annotations

import copy
import dataclasses
import itertools
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from jinchang_desktop.gui.db_worker import DbWorker
from jinchang_desktop.gui.record_source import EditOrigin, Value
from jinchang_desktop.standards.records import SchoolRecord

if TYPE_CHECKING:
    from jinchang_desktop.store.workspace import Workspace


def write_field(code: str, year: int, key: str, value: Value | None, origin: EditOrigin, ws: Workspace) -> None:
    """The job: one field and its audit row ("edit", "undo" or "redo"), one transaction."""
    set_field(ws.conn, code, year, key, value, action=origin)


def set_field(*args: Any, **kwargs: Any) -> None:
    """``store.declared.set_field``, imported on the worker with the rest of the write path."""
    from jinchang_desktop.store.declared import set_field as store_set_field

    store_set_field(*args, **kwargs)


class StoreRecordSource(QObject):
    """One school's values for one school year in the workspace. GUI thread only."""

    saved = Signal(str, object)  # key, value: committed to disk
    save_failed = Signal(str, object)  # key, the exception; the value is kept and shown
    unsaved_changed = Signal(int)  # fields whose latest value is not durable yet (queued or failed)

    def __init__(self, worker: DbWorker, record: SchoolRecord, school_year: int,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._record = copy.deepcopy(record)
        self._year = school_year
        self._sequence = itertools.count(1)
        self._latest: dict[str, int] = {}  # key → the sequence number of its newest write not yet durable
        self._origins: dict[str, EditOrigin] = {}
        self._failed: dict[str, BaseException] = {}

    # -- RecordSource ------------------------------------------------------------------------------------------

    def snapshot(self) -> SchoolRecord:
        return copy.deepcopy(self._record)

    def value(self, key: str) -> Value | None:
        return self._record.values.get(key)

    def set_value(self, key: str, value: Value | None, *, origin: EditOrigin = "edit") -> None:
        """Take the value now; it is durable when ``saved`` fires for it (see the module docstring)."""
        if value is None:
            self._record.values.pop(key, None)
        else:
            self._record.values[key] = value
        self._write(key, origin)

    def set_identity(self, record: SchoolRecord) -> None:
        """Take the school's name, county and type as now stored; the values stay those held here (the newest
        ones may still be on their way to the disk)."""
        self._record = dataclasses.replace(copy.deepcopy(record), values=self._record.values)

    # -- durability --------------------------------------------------------------------------------------------

    @property
    def unsaved(self) -> int:
        """Fields whose value on screen is not yet known to be on disk."""
        return len(self._latest)

    @property
    def failed(self) -> dict[str, BaseException]:
        """Fields whose last write failed, with the reason; their values are still held here."""
        return dict(self._failed)

    def retry(self) -> None:
        """Write every field whose write failed again, with the value it has now."""
        for key in list(self._failed):
            self._write(key, self._origins.get(key, "edit"))

    def flush(self, timeout: float | None = None) -> bool:
        """Wait (blocking the GUI thread) until every write has run; False on timeout."""
        return self._worker.flush(timeout)

    def _write(self, key: str, origin: EditOrigin) -> None:
        sequence = next(self._sequence)
        value = self._record.values.get(key)
        self._latest[key] = sequence
        self._origins[key] = origin
        self._worker.submit(partial(write_field, self._record.code, self._year, key, value, origin),
                            done=lambda _result: self._on_saved(key, sequence, value),
                            failed=lambda exc: self._on_failed(key, sequence, exc))
        self.unsaved_changed.emit(len(self._latest))

    def _on_saved(self, key: str, sequence: int, value: Value | None) -> None:
        if self._latest.get(key) == sequence:  # a newer write of the key may still be on its way
            del self._latest[key]
            self._origins.pop(key, None)
            self._failed.pop(key, None)
        self.saved.emit(key, value)
        self.unsaved_changed.emit(len(self._latest))

    def _on_failed(self, key: str, sequence: int, exc: BaseException) -> None:
        if self._latest.get(key) != sequence:
            return  # a newer write of the same field follows and decides
        self._failed[key] = exc
        self.save_failed.emit(key, exc)
        self.unsaved_changed.emit(len(self._latest))
