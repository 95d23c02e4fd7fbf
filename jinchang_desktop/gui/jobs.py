"""Long work in the GUI: one small API for running a core function on the database worker.

A *job* is a plain function of the open Workspace, given two callables by this module::

    def work(ws: Workspace, progress: Progress, cancelled: Cancelled) -> Result

``progress(done, total, text)`` says how far it is (``total`` 0: unknown); ``cancelled()`` answers whether the
person asked it to stop. The function decides where it may stop: a core function that commits in chunks stops
between chunks, one that is a single transaction simply never asks. ``simple(fn)`` adapts a function of the
Workspace alone (``profile_job`` …) to the same shape.

``run_job`` queues it on the worker and returns a ``RunningJob`` at once. A progress dialog appears only when the
job has run for ``SHOW_AFTER_MS`` (most jobs end before a person would notice one), with a Cancel button when the
job can stop. ``done(result)`` or ``failed(exception)`` is then called on the GUI thread; a cancelled job still
ends with ``done``: its result says how far it got (``ImportReport.cancelled`` and what was accepted), and
the caller says which: "nothing changed" or "stopped after a committed chunk".

Threading contract:

- ``run_job``, ``adopt_job``, ``RunningJob.cancel`` and everything about the dialog: GUI thread only
  (``cancel`` is also safe from any thread: it sets an event).
- The job runs on the worker thread, the one writer of the workspace. It must not touch a widget or any QObject
  of the GUI thread; it returns a plain value or raises. ``progress`` and ``cancelled`` are called from there.
- ``RunningJob.progressed`` is emitted on the worker thread: GUI receivers get it queued (the default
  connection), a ``Qt.DirectConnection`` receiver runs on the worker, inside the job, before its next step.
"""
from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

from jinchang_desktop.gui.db_worker import DbWorker, Opener

# The export wizard's explanation page still imports this job from here (it is defined with the other jobs).
from jinchang_desktop.gui.workspace_jobs import explanations_job
from jinchang_desktop.i18n import _

__all__ = ["Progress", "Cancelled", "Work", "SHOW_AFTER_MS", "simple", "RunningJob", "run_job", "adopt_job",
           "explanations_job"]

if TYPE_CHECKING:
    from jinchang_desktop.store.workspace import Workspace

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]
Work = Callable[["Workspace", Progress, Cancelled], Any]
Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]

SHOW_AFTER_MS = 300  # a job that ends sooner shows no dialog at all
EMIT_EVERY_S = 0.05  # progress reaches the screen at most this often (the last step always does)


def simple(fn: Callable[[Workspace], Any]) -> Work:
    """A function of the Workspace alone as a job: it reports no progress and cannot be cancelled."""
    def run(ws: Workspace, _progress: Progress, _cancelled: Cancelled) -> Any:
        return fn(ws)

    return run


class RunningJob(QObject):
    """One job on its way. ``dialog`` is None until the job has run long enough to be shown."""

    progressed = Signal(int, int, str)  # done, total, text: emitted on the worker thread (see the module doc)
    dialog_shown = Signal()
    finished = Signal(bool)  # True when the job returned (cancelled or not), False when it raised

    def __init__(self, parent: QWidget | None, label: str, *, cancellable: bool,
                 show_after_ms: int = SHOW_AFTER_MS) -> None:
        super().__init__(parent)
        self._parent = parent
        self.label = label
        self.cancellable = cancellable
        self.dialog: QProgressDialog | None = None
        self.done_at: tuple[int, int, str] = (0, 0, "")  # the last progress the job reported
        self.running = True
        self._cancel = threading.Event()
        self._last_emit = 0.0
        self.progressed.connect(self._show_progress)  # queued: the slot runs on the GUI thread
        QTimer.singleShot(show_after_ms, self, self._show)

    # -- any thread --------------------------------------------------------------------------------------------

    def cancel(self) -> None:
        """Ask the job to stop at its next check (it may already be past its last one)."""
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    # -- the worker thread -------------------------------------------------------------------------------------

    def report(self, done: int, total: int, text: str = "") -> None:
        """The job's ``progress``: kept, and passed on to the screen now and then."""
        self.done_at = (done, total, text)
        now = time.monotonic()
        if now - self._last_emit >= EMIT_EVERY_S or (total and done >= total):
            self._last_emit = now
            self.progressed.emit(done, total, text)

    # -- the GUI thread ----------------------------------------------------------------------------------------

    def _show(self) -> None:
        if not self.running or self.dialog is not None:
            return
        dialog = QProgressDialog(self._parent)
        dialog.setObjectName("jobProgress")
        dialog.setWindowTitle(_("请稍候"))
        dialog.setLabelText(self.label)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoReset(False)
        dialog.setAutoClose(False)
        dialog.setMinimumDuration(0)
        if self.cancellable:
            button = QPushButton(_("取消"), dialog)
            button.setObjectName("cancelJobButton")
            dialog.setCancelButton(button)
            # QProgressDialog would hide itself on Cancel; it stays, saying it is stopping, until the job ends.
            button.clicked.disconnect()
            button.clicked.connect(self._cancel_clicked)
        else:
            dialog.setCancelButton(None)  # type: ignore[arg-type]
        done, total, _text = self.done_at
        dialog.setRange(0, total)
        dialog.setValue(min(done, total) if total else 0)
        dialog.show()
        self.dialog = dialog
        self.dialog_shown.emit()

    def _cancel_clicked(self) -> None:
        self.cancel()
        if self.dialog is not None:
            self.dialog.setLabelText(_("正在停止…（已保存的部分会保留）"))
            button = self.dialog.findChild(QPushButton, "cancelJobButton")
            if button is not None:
                button.setEnabled(False)

    def _show_progress(self, done: int, total: int, text: str) -> None:
        dialog = self.dialog
        if dialog is None or not self.running:
            return
        if dialog.maximum() != total:
            dialog.setRange(0, total)
        if total:
            dialog.setValue(min(done, total))
        if text and not self.is_cancelled():
            dialog.setLabelText(f"{self.label}\n{text}")

    def _end(self, ok: bool) -> None:
        self.running = False
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
        self.finished.emit(ok)
        self.deleteLater()  # a child of its widget otherwise, one per job, for as long as the widget lives


def run_job(parent: QWidget | None, worker: DbWorker, work: Work, label: str, *, done: Done, failed: Failed,
            cancellable: bool = False, show_after_ms: int = SHOW_AFTER_MS) -> RunningJob:
    """Queue ``work`` on ``worker``; ``done(result)`` or ``failed(exception)`` follows on the GUI thread."""
    job = RunningJob(parent, label, cancellable=cancellable, show_after_ms=show_after_ms)

    def run(ws: Workspace) -> Any:
        return work(ws, job.report, job.is_cancelled)

    worker.submit(run, done=_ending(job, done, True), failed=_ending(job, failed, False))
    return job


def adopt_job(parent: QWidget | None, worker: DbWorker, opener: Opener, then: Callable[[Workspace], Any],
              label: str, *, done: Done, failed: Failed) -> RunningJob:
    """``DbWorker.adopt`` as a job: create or open the workspace on the worker, then ``then`` on it."""
    job = RunningJob(parent, label, cancellable=False)
    worker.adopt(opener, then=then, done=_ending(job, done, True), failed=_ending(job, failed, False))
    return job


def _ending(job: RunningJob, callback: Callable[[Any], None], ok: bool) -> Callable[[Any], None]:
    def end(value: Any) -> None:
        job._end(ok)
        callback(value)

    return end
