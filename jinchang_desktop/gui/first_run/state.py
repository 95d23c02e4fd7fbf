"""What the first-run pages share: where the workspace goes, the worker that creates and holds it, and what
is known about it so far."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from jinchang_desktop.gui.db_worker import DbWorker
from jinchang_desktop.gui.workspace_info import WorkspaceInfo

# Which roles ask the level above to enrol their key, and take a roster from it (exchange.trust.ENROLS).
ENROLLED_BY_ABOVE = ("school", "county")


@dataclass
class FirstRunState:
    path: Path
    worker: DbWorker
    role: str = "school"
    info: WorkspaceInfo | None = None  # set once the workspace exists
    roster_imported: bool = False
    request_path: Path | None = None  # the enrolment request written, if any
