"""Committed edits as undo-stack commands; each applies itself through a RecordSource."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from jinchang_desktop.gui.record_source import EditOrigin, RecordSource, Value

Applied = Callable[[str, "Value | None", EditOrigin], None]


class SetValueCommand(QUndoCommand):
    """One field changed from ``old`` to ``new``. Pushing it commits the value (QUndoStack.push runs redo)."""

    def __init__(self, source: RecordSource, key: str, old: Value | None, new: Value | None, text: str,
                 applied: Applied) -> None:
        super().__init__(text)
        self.source = source
        self.key = key
        self.old = old
        self.new = new
        self._applied = applied
        self._pushed = False

    def redo(self) -> None:
        origin: EditOrigin = "redo" if self._pushed else "edit"
        self._pushed = True
        self.source.set_value(self.key, self.new, origin=origin)
        self._applied(self.key, self.new, origin)

    def undo(self) -> None:
        self.source.set_value(self.key, self.old, origin="undo")
        self._applied(self.key, self.old, "undo")
