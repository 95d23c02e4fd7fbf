"""A wizard page that runs a job: busy while it runs, then on to the next page, or the error shown on the page.

The first-run pages (create the workspace, import the roster, save the profile, export the enrolment request) and
the export's destination page all do this; they call ``run_page_job`` and say what follows success.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QLabel, QWidget, QWizardPage

from jinchang_desktop.gui.error_text import error_text
from jinchang_desktop.gui.jobs import RunningJob, Work, adopt_job, run_job

if TYPE_CHECKING:
    from jinchang_desktop.gui.db_worker import DbWorker, Opener
    from jinchang_desktop.store.workspace import Workspace

ERROR_STYLE = "color: #b71c1c;"
DONE_STYLE = "color: #1b5e20;"


class JobPage(QWizardPage):
    """Subclasses call ``run_page_job`` and include ``not self.busy`` in their ``isComplete`` (this one's does)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.job: RunningJob | None = None

    @property
    def busy(self) -> bool:
        return self.job is not None

    def run_page_job(self, worker: DbWorker, work: Work | Callable[[Workspace], Any], label: str, *,
                     done: Callable[[Any], None], message: QLabel, advance: bool = False,
                     adopt: Opener | None = None) -> bool:
        """Run ``work`` (after ``adopt`` opens a workspace on the worker, when given; ``work`` is then a function
        of the Workspace alone). On success: ``done(result)``, then the next page if ``advance``. On failure: the
        error in ``message``. False if a job of this page is still running (nothing started)."""
        if self.job is not None:
            return False
        message.clear()

        def succeeded(result: Any) -> None:
            self.job = None
            self.completeChanged.emit()  # first: what ``done`` focuses (Finish, Next) must be enabled already
            done(result)
            wizard = self.wizard()
            if advance and wizard is not None:
                wizard.next()

        def failed(exc: BaseException) -> None:
            self.job = None
            message.setStyleSheet(ERROR_STYLE)
            message.setText(error_text(exc))
            self.completeChanged.emit()

        if adopt is not None:
            self.job = adopt_job(self, worker, adopt, work, label, done=succeeded, failed=failed)  # type: ignore[arg-type]
        else:
            self.job = run_job(self, worker, work, label, done=succeeded, failed=failed)  # type: ignore[arg-type]
        self.completeChanged.emit()  # greys out Next / Commit while the job runs
        return True

    def isComplete(self) -> bool:
        return not self.busy
