"""What the county's and the city's ledger pages share: reading the ledger on the worker, one read at a time."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QWidget

if TYPE_CHECKING:
    from jinchang_desktop.gui.county.ledger_data import LedgerDocument
    from jinchang_desktop.gui.views.base import ViewContext


class LedgerReadingPage(QWidget):
    """A page showing a ``LedgerDocument``: subclasses build ``countsLabel`` and implement ``_show``."""

    loaded = Signal()  # the document was read and shown (or the reading failed and said why)
    countsLabel: QLabel

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.document: LedgerDocument | None = None
        self._reading = False

    def read_ledger(self, busy_text: str) -> None:
        """Read the ledger again on the worker (refreshed from the data first), then show it."""
        if self._reading:
            return
        from jinchang_desktop.gui.county.ledger_data import read_job
        from jinchang_desktop.gui.jobs import run_job

        self._reading = True
        run_job(self.window(), self.context.worker, read_job(), busy_text, done=self._read, failed=self._read_failed)

    def _read(self, document: LedgerDocument) -> None:
        self._reading = False
        self.document = document
        self._show(document)
        self.loaded.emit()

    def _read_failed(self, exc: BaseException) -> None:
        from jinchang_desktop.gui.error_text import error_text

        self._reading = False
        self.countsLabel.setText(error_text(exc))
        self.loaded.emit()

    def _show(self, document: LedgerDocument) -> None:
        raise NotImplementedError
