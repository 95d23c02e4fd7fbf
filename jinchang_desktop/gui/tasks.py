"""Long work with a progress dialog: a plain core function run on the database worker.

The GUI stays responsive while the job runs; a busy dialog appears only if the job takes longer than
``SHOW_AFTER_MS`` (most finish before a person would notice), and it closes itself when the job ends.
The job has no cancel button: the core functions it runs (an export, a roster import) are each one
transaction that either happens or does not.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

from jinchang_desktop.gui.db_worker import DbWorker, Job, Opener

SHOW_AFTER_MS = 100


class RunningTask:
    """One job on its way; ``dialog`` is None until it has run long enough to be shown."""

    def __init__(self, parent: QWidget, label: str) -> None:
        self._parent = parent
        self._label = label
        self.dialog: QProgressDialog | None = None
        self.finished = False
        QTimer.singleShot(SHOW_AFTER_MS, self._show)

    def _show(self) -> None:
        if self.finished:
            return
        dialog = QProgressDialog(self._label, "", 0, 0, self._parent)
        dialog.setWindowTitle(QCoreApplication.translate("Tasks", "请稍候"))
        dialog.setCancelButton(None)  # type: ignore[arg-type]
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.show()
        self.dialog = dialog

    def finish(self) -> None:
        self.finished = True
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None


def run_with_progress(parent: QWidget, worker: DbWorker, job: Job, label: str, *,
                      done: Callable[[Any], None], failed: Callable[[BaseException], None]) -> RunningTask:
    """Run ``job`` on ``worker``; ``done`` or ``failed`` is called on the GUI thread afterwards."""
    task, on_done, on_failed = _tracked(parent, label, done, failed)
    worker.submit(job, done=on_done, failed=on_failed)
    return task


def adopt_with_progress(parent: QWidget, worker: DbWorker, opener: Opener, then: Job,
                        label: str, *, done: Callable[[Any], None],
                        failed: Callable[[BaseException], None]) -> RunningTask:
    """``DbWorker.adopt`` with the same dialog: create or open the workspace on the worker, then ``then``."""
    task, on_done, on_failed = _tracked(parent, label, done, failed)
    worker.adopt(opener, then=then, done=on_done, failed=on_failed)
    return task


def _tracked(parent: QWidget, label: str, done: Callable[[Any], None], failed: Callable[[BaseException], None]
             ) -> tuple[RunningTask, Callable[[Any], None], Callable[[BaseException], None]]:
    task = RunningTask(parent, label)

    def on_done(result: Any) -> None:
        task.finish()
        done(result)

    def on_failed(exc: BaseException) -> None:
        task.finish()
        failed(exc)

    return task, on_done, on_failed
