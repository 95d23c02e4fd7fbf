"""What the export pages share: the workspace as the GUI sees it, and what the export produced."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from jinchang_desktop.gui.db_worker import DbWorker
from jinchang_desktop.gui.store_source import StoreRecordSource
from jinchang_desktop.gui.workspace_info import WorkspaceInfo
from jinchang_desktop.gui.workspace_jobs import ExportOutcome
from jinchang_desktop.standards.catalogue import Profile


@dataclass
class ExportContext:
    worker: DbWorker
    reader: sqlite3.Connection  # the GUI thread's read-only connection
    info: WorkspaceInfo
    profile: Profile
    source: StoreRecordSource  # its snapshot is what the package will carry, once the worker has written it
    previous: dict[str, int | float] = field(default_factory=dict)
    folder: Path | None = None  # where the last package went: the next one is offered the same stick
    outcome: ExportOutcome | None = None
    pdf_path: Path | None = None
    pdf_error: BaseException | None = None
    pdf_text: str = ""  # the text of the filing copy as printed (tests look for the fingerprint in it)
