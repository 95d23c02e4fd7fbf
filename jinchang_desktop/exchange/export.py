"""Signed exports of a workspace: each is written, read back and verified, then recorded in the outbox."""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from jinchang_desktop.errors import JcError
from jinchang_desktop.exchange.ws_profile import workspace_profile
from jinchang_desktop.i18n import msg
from jinchang_desktop.packages.format import Issuer, VerifiedPackage, read_package, write_package
from jinchang_desktop.store.db import transaction
from jinchang_desktop.store.packages import add_sent, last_sent
from jinchang_desktop.store.workspace import Workspace

# Meta key: the last report of this workspace its county (or city) had accepted, as its latest roster says.
CHAIN_HEAD = "chain_head"
# The kind of report whose chain the roster's head describes, by the role of the workspace that sends it.
REPORT_KIND = {"school": "school-report", "county": "county-report"}


@dataclass(frozen=True)
class ChainStatus:
    """Where this workspace's report chain stands against what the county last said it had received."""

    sent: tuple[int, str] | None  # (sequence, manifest SHA-256) of the newest report in the outbox
    received: tuple[int, str] | None  # the same for the newest report the county had accepted

    @property
    def behind(self) -> bool:
        """The county holds a newer report than this workspace remembers sending: a backup was restored."""
        return self.received is not None and (self.sent is None or self.sent[0] < self.received[0])


def chain_status(workspace: Workspace) -> ChainStatus:
    kind = REPORT_KIND.get(workspace.role, "")
    sent = last_sent(workspace.conn, kind)
    received = None
    text = workspace.get_meta(CHAIN_HEAD)
    if text:
        head = json.loads(text)
        received = (int(head["sequence"]), str(head["manifest_sha256"]))
    return ChainStatus(sent, received)


def next_in_chain(workspace: Workspace, kind: str) -> tuple[int, str]:
    """(sequence, previous) for the workspace's next package of ``kind``: each kind is its own chain.

    When the county's roster says it accepted a later report than the outbox holds (this PC was restored from a
    backup), the chain carries on from the county's: the next report follows what the county has, and is accepted
    instead of being held as a fork.
    """
    last = last_sent(workspace.conn, kind)
    if kind == REPORT_KIND.get(workspace.role):
        status = chain_status(workspace)
        if status.behind:
            last = status.received
    return (1, "") if last is None else (last[0] + 1, last[1])


def export_package(workspace: Workspace, kind: str, files: dict[str, bytes], out: Path) -> VerifiedPackage:
    """Sign ``files`` as the next package of ``kind``, write it to ``out``, verify the file, record it."""
    out = Path(out)
    if out.is_dir():
        raise JcError(msg("输出路径是一个文件夹，请给出文件名"),
                      file=str(out), rule="output")
    if not out.parent.is_dir():
        raise JcError(msg("输出文件夹不存在（U 盘是否已插好？）"),
                      file=str(out), rule="output")
    if out.exists() or out.is_symlink():
        # An earlier package there may not have reached the county yet: never replace it silently.
        raise JcError(msg("该文件已存在，不会覆盖；请换一个文件名"),
                      file=str(out), rule="output-exists")
    sequence, previous = next_in_chain(workspace, kind)
    profile = workspace_profile(workspace)
    write_package(out, kind=kind, issuer=Issuer(workspace.role, workspace.code, workspace.name),
                  keypair=workspace.keypair, school_year=workspace.school_year, sequence=sequence,
                  previous=previous, profile_id=profile.id, profile_sha256=profile.sha256, files=files)
    # Read back what reached the disk (a USB stick may lie): only a file that verifies counts as sent.
    package = read_package(out)
    conn = workspace.conn
    with transaction(conn):
        add_sent(conn, kind=kind, sequence=sequence, manifest_sha256=package.manifest_sha256, path=str(out.resolve()))
    return package
