"""The database worker: the one thread that writes the workspace.

Every write the app makes is a *job* here: a plain function of the open ``Workspace`` (a core function such as
``set_field`` or ``export_school_report``), run one at a time, in the order submitted, on a thread that owns the
workspace's writer connection. The GUI thread never writes; it reads through its own read-only connection.

The writer connection is opened on the worker, by the first job that needs it (``opener``): the first screen
is drawn from the GUI's reader alone, and the store's write path is loaded while the clerk reads it.

Threading contract:

- ``submit``, ``adopt``, ``flush`` and ``shutdown`` are called from the GUI thread only.
- A job runs on the worker thread. It receives the Workspace and must not touch any widget or QObject of the
  GUI thread; it returns a plain value or raises.
- ``done(result)`` and ``failed(exception)`` callbacks run later on the GUI thread, in submission order.
- Jobs are ordered: a job sees every write submitted before it (an export sees the last typed figure).
"""
from __future__ import annotations

import itertools
import threading
from collections import deque
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QThread, Signal

if TYPE_CHECKING:
    from jinchang_desktop.store.workspace import Workspace

Job = Callable[["Workspace"], Any]
Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]
Opener = Callable[[], "Workspace"]


class NoWorkspace(RuntimeError):
    """A job asked for the workspace before one was opened or created on the worker."""


class DbWorker(QThread):
    """Runs jobs against one Workspace on its own thread. Give it an ``opener`` (called on the worker when the
    first job needs the workspace), a workspace opened elsewhere (handed over once, never used by the opener
    again), or nothing and ``adopt`` one created on the worker."""

    # ticket, ok, result or exception: emitted on the worker thread, delivered on the GUI thread.
    _finished = Signal(int, bool, object)
    # A failed job that came without a ``failed`` callback: someone must still tell the person.
    unhandled_error = Signal(object)
    # Whether jobs are waiting or running (for a "saving…" indicator).
    busy_changed = Signal(bool)

    def __init__(self, workspace: Workspace | None = None, *, opener: Opener | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DbWorker")
        self._workspace = workspace
        self._opener = opener
        self._jobs: deque[tuple[int, Job, bool] | None] = deque()
        self._callbacks: dict[int, tuple[Done | None, Failed | None]] = {}
        self._tickets = itertools.count(1)
        self._outstanding = 0  # submitted and not yet finished on the worker thread
        self._lock = threading.Condition()  # guards _jobs and _outstanding
        self._stopped = False
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self.start()

    # -- the GUI thread's side ---------------------------------------------------------------------------------

    def submit(self, job: Job, *, done: Done | None = None, failed: Failed | None = None) -> int:
        """Queue ``job``; returns its ticket. The callbacks run on the GUI thread once it has run."""
        return self._put(job, done, failed, needs_workspace=True)

    def adopt(self, opener: Opener, *, then: Job | None = None, done: Done | None = None,
              failed: Failed | None = None) -> int:
        """Create or open the workspace on the worker thread (``opener``) and make it the worker's; ``then``
        runs on it straight after, and its result is what ``done`` receives (the Workspace never crosses)."""

        def open_here(_: Workspace | None) -> Any:
            workspace = opener()
            if self._workspace is not None:
                self._workspace.close()
            self._workspace = workspace
            return then(workspace) if then is not None else None

        return self._put(open_here, done, failed, needs_workspace=False)

    def _put(self, job: Job, done: Done | None, failed: Failed | None, *, needs_workspace: bool) -> int:
        if self._stopped:
            raise RuntimeError("the database worker has been shut down")
        ticket = next(self._tickets)
        was_idle = not self._callbacks
        self._callbacks[ticket] = (done, failed)
        with self._lock:
            self._outstanding += 1
            self._jobs.append((ticket, job, needs_workspace))
            self._lock.notify_all()
        if was_idle:
            self.busy_changed.emit(True)
        return ticket

    def flush(self, timeout: float | None = None) -> bool:
        """Block until every submitted job has run and its callback has been called; False on timeout.

        For closing the window and for tests: a commit is a few milliseconds, so this is short, but it does
        block the GUI thread while it waits.
        """
        with self._lock:
            if not self._lock.wait_for(lambda: self._outstanding == 0, timeout):
                return False
        QCoreApplication.sendPostedEvents(self, QEvent.Type.MetaCall.value)
        return True

    @property
    def outstanding(self) -> int:
        with self._lock:
            return self._outstanding

    def shutdown(self, timeout_ms: int = 60_000) -> None:
        """Run what is queued, close the workspace, stop the thread. Safe to call twice."""
        if self._stopped:
            return
        self._stopped = True
        with self._lock:
            self._jobs.append(None)
            self._lock.notify_all()
        self.wait(timeout_ms)
        QCoreApplication.sendPostedEvents(self, QEvent.Type.MetaCall.value)

    def _deliver(self, ticket: int, ok: bool, result: object) -> None:
        done, failed = self._callbacks.pop(ticket, (None, None))
        if ok:
            if done is not None:
                done(result)
        elif failed is not None:
            assert isinstance(result, BaseException)
            failed(result)
        else:
            self.unhandled_error.emit(result)
        if not self._callbacks:
            self.busy_changed.emit(False)

    # -- the worker thread -------------------------------------------------------------------------------------

    def _next(self) -> tuple[int, Job, bool] | None:
        with self._lock:
            self._lock.wait_for(lambda: bool(self._jobs))
            return self._jobs.popleft()

    def _writer(self) -> Workspace:
        if self._workspace is None:
            if self._opener is None:
                raise NoWorkspace("no workspace is open on the database worker")
            self._workspace = self._opener()  # a failure is the job's: it is retried by the next one
        return self._workspace

    def run(self) -> None:
        while (item := self._next()) is not None:
            ticket, job, needs_workspace = item
            try:
                result, ok = job(self._writer() if needs_workspace else self._workspace), True  # type: ignore[arg-type]
            except Exception as exc:  # every failure goes back to the GUI thread to be shown
                result, ok = exc, False
            self._finished.emit(ticket, ok, result)
            with self._lock:
                self._outstanding -= 1
                self._lock.notify_all()
        if self._workspace is not None:
            self._workspace.close()
            self._workspace = None
