"""The jobs the GUI runs on the database worker (see ``gui.jobs``): thin, Qt-free wrappers of core functions.

Each ``…_job`` returns a job: a function of the Workspace, ``progress`` and ``cancelled``. The exchange layer (and
with it cryptography) is imported inside the job, when the clerk first exports or imports, never at start-up.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jinchang_desktop.gui.workspace_info import WorkspaceInfo

if TYPE_CHECKING:
    from jinchang_desktop.exchange.importer import ImportReport
    from jinchang_desktop.exchange.payloads import SchoolReport
    from jinchang_desktop.gui.jobs import Cancelled, Progress
    from jinchang_desktop.packages.format import VerifiedPackage
    from jinchang_desktop.store.workspace import Workspace

Job = Callable[["Workspace", "Progress", "Cancelled"], Any]


@dataclass(frozen=True)
class NewWorkspace:
    """What the first-run wizard asks for."""

    path: Path
    role: str
    code: str
    name: str
    county: str
    school_type: str  # a key of the catalogue's school types ("" for other roles)
    school_year: int
    profile_id: str = "national"


def create_workspace(spec: NewWorkspace) -> Workspace:
    """Make the workspace folder with its key; a school's own row gets its type. Runs on the worker."""
    from jinchang_desktop.store.declared import upsert_school
    from jinchang_desktop.store.workspace import Workspace

    ws = Workspace.create(spec.path, role=spec.role, code=spec.code, name=spec.name, county=spec.county,
                          profile_id=spec.profile_id, school_year=spec.school_year)
    try:
        if spec.role == "school" and spec.school_type:
            upsert_school(ws.conn, ws.code, name=ws.name, county=ws.county, school_type=spec.school_type,
                          source="self", action="first-run")
    except BaseException:
        ws.close()
        raise
    return ws


def info_job(ws: Workspace) -> WorkspaceInfo:  # run straight after the worker adopts a workspace
    """The workspace's identity as it stands now (read on the worker through the writer connection)."""
    return WorkspaceInfo.read(ws.path, ws.conn)


def profile_job(profile_id: str) -> Job:
    def run(ws: Workspace, _progress: Progress, _cancelled: Cancelled) -> WorkspaceInfo:
        ws.set_meta("profile_id", profile_id, action="first-run")
        return WorkspaceInfo.read(ws.path, ws.conn)

    return run


def identity_job(name: str, county: str, school_type: str) -> Job:
    """Correct the school's own name, county and type: its row and the workspace meta, one transaction, audited.

    The code stays (it is the county roster's); so do the row's other facts, which the county decides.
    """
    def run(ws: Workspace, _progress: Progress, _cancelled: Cancelled) -> WorkspaceInfo:
        from jinchang_desktop.store.db import transaction
        from jinchang_desktop.store.declared import upsert_school
        from jinchang_desktop.store.summary import school_placement

        with transaction(ws.conn):
            counted, parent_code = school_placement(ws.conn, ws.code)
            upsert_school(ws.conn, ws.code, name=name, county=county, school_type=school_type, counted=counted,
                          parent_code=parent_code, source="self", action="identity")
            ws.set_meta("name", name, action="identity")
            ws.set_meta("county", county, action="identity")
        return WorkspaceInfo.read(ws.path, ws.conn)

    return run


def enrol_request_job(out: Path) -> Job:
    def run(ws: Workspace, _progress: Progress, _cancelled: Cancelled) -> VerifiedPackage:
        from jinchang_desktop.exchange.trust import export_enrol_request

        return export_enrol_request(ws, out)

    return run


def roster_job(path: Path, fingerprint: str = "") -> Job:
    """Import the county's roster; ``fingerprint`` (read over the phone) is what the core checks the first one by."""
    def run(ws: Workspace, _progress: Progress, _cancelled: Cancelled) -> WorkspaceInfo:
        from jinchang_desktop.exchange.trust import import_roster

        import_roster(ws, path, confirmed_fingerprint=fingerprint)
        return WorkspaceInfo.read(ws.path, ws.conn)

    return run


def explanations_job(code: str, year: int, texts: Mapping[str, str]) -> Callable[[Workspace], None]:
    """Store the clerk's explanations (a blank one removes it), each audited. A function of the Workspace alone:
    the export wizard's explanation page hands it to ``DbWorker.submit`` itself."""
    def run(ws: Workspace) -> None:
        from jinchang_desktop.store.explanations import set_explanation

        for key, text in texts.items():
            set_explanation(ws.conn, code, year, key, text, action="explain")

    return run


@dataclass(frozen=True)
class ExportOutcome:
    package: VerifiedPackage  # written, read back from the stick and verified, recorded in the outbox
    report: SchoolReport  # what the package carries, read from the verified file


def export_job(out: Path) -> Job:
    def run(ws: Workspace, _progress: Progress, _cancelled: Cancelled) -> ExportOutcome:
        from jinchang_desktop.exchange.payloads import read_school_report
        from jinchang_desktop.exchange.reports import export_school_report

        package = export_school_report(ws, out)
        return ExportOutcome(package, read_school_report(package))

    return run


def import_job(paths: list[Path]) -> Job:
    """Import package files and folders (a county's school reports, a city's county reports). It stops between
    packages when cancelled: what it accepted until then is committed, the rest is marked not processed."""
    def run(ws: Workspace, progress: Progress, cancelled: Cancelled) -> ImportReport:
        from jinchang_desktop.commands.ledger_cmd import refresh_after
        from jinchang_desktop.exchange.importer import import_packages

        report = import_packages(ws, paths, progress=lambda done, total: progress(done, total, ""), cancel=cancelled)
        refresh_after(ws, "import")  # as the import command does: the ledger follows the data, a snapshot is kept
        return report

    return run
