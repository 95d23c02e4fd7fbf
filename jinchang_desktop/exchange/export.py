"""Signed exports of a workspace: each is written, read back and verified, then recorded in the outbox."""
from __future__ import annotations

from pathlib import Path

from jinchang_desktop.errors import JcError
from jinchang_desktop.exchange.ws_profile import workspace_profile
from jinchang_desktop.packages.format import Issuer, VerifiedPackage, read_package, write_package
from jinchang_desktop.store.audit import utc_now
from jinchang_desktop.store.db import transaction
from jinchang_desktop.store.workspace import Workspace


def next_in_chain(workspace: Workspace, kind: str) -> tuple[int, str]:
    """(sequence, previous) for the workspace's next package of ``kind``: each kind is its own chain."""
    row = workspace.conn.execute(
        "SELECT sequence, manifest_sha256 FROM outbox WHERE kind = ? ORDER BY sequence DESC LIMIT 1", (kind,)
    ).fetchone()
    return (1, "") if row is None else (row[0] + 1, row[1])


def export_package(workspace: Workspace, kind: str, files: dict[str, bytes], out: Path) -> VerifiedPackage:
    """Sign ``files`` as the next package of ``kind``, write it to ``out``, verify the file, record it."""
    out = Path(out)
    if out.is_dir():
        raise JcError("输出路径是一个文件夹，请给出文件名", "the output path is a folder; give a file name",
                      file=str(out), rule="output")
    if not out.parent.is_dir():
        raise JcError("输出文件夹不存在（U 盘是否已插好？）", "the output folder does not exist (is the USB stick in?)",
                      file=str(out), rule="output")
    if out.exists() or out.is_symlink():
        # An earlier package there may not have reached the county yet: never replace it silently.
        raise JcError("该文件已存在，不会覆盖；请换一个文件名",
                      "the file already exists and is not overwritten; choose another name",
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
        conn.execute("INSERT INTO outbox (kind, sequence, manifest_sha256, path, written_at) VALUES (?, ?, ?, ?, ?)",
                     (kind, sequence, package.manifest_sha256, str(out.resolve()), utc_now()))
    return package
