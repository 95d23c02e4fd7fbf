"""The inspector's side of a site visit: values verified on site, notes, evidence files and the guarantee checklist.

A pack is opened by ``import`` (the county's signature checked against the key pinned from its roster); from then
on everything works offline on the workspace. Each verified field is its own transaction, like the school editor,
so a power cut mid-visit keeps every field entered before it. A verified value that breaks the hard checks (with
the other declared values it sits among) is refused and nothing is stored.

Threading: every function takes the workspace's writer connection; in the app they run on the database worker.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from jinchang_desktop.errors import JcError
from jinchang_desktop.exchange.readiness import field_key
from jinchang_desktop.i18n import msg
from jinchang_desktop.inspection.pack import Pack, PackSchool, pack_from_body
from jinchang_desktop.inspection.summary import Comparison, compare, with_verified
from jinchang_desktop.packages.atomic import fsync_folder
from jinchang_desktop.packages.strict_json import parse_strict_json
from jinchang_desktop.standards.fields import field_catalogue
from jinchang_desktop.standards.numbers import NumberError, parse_number
from jinchang_desktop.standards.validate import record_problems
from jinchang_desktop.store.audit import utc_now
from jinchang_desktop.store.declared import check_value
from jinchang_desktop.store.inspection import (
    STATUSES,
    Attachment,
    add_attachment,
    attachments_of,
    checklist_of,
    latest_pack,
    set_checklist,
    set_verified,
    verified_of,
)
from jinchang_desktop.store.workspace import Workspace
from jinchang_desktop.text_rules import check_free_text, check_name

if TYPE_CHECKING:
    from jinchang_desktop.reports.visit_report import VisitReport

ATTACHMENTS = "attachments"
MAX_ATTACHMENT = 20 * 1024 * 1024  # a photo or a scanned ledger page; the package limit is 50 MiB


def _inspector(workspace: Workspace) -> None:
    if workspace.role != "inspector":
        raise JcError(msg("{role} 工作区不是督学工作区", role=workspace.role),
                      rule="role")


def pack_in(conn: sqlite3.Connection, school_year: int) -> Pack | None:
    """The pack opened last for the year, read through any connection (the screens use their reader)."""
    found = latest_pack(conn, school_year)
    if found is None:
        return None
    sha, body = found
    return pack_from_body(parse_strict_json(body.encode("utf-8")), sha)


def current_pack(workspace: Workspace) -> Pack:
    """The pack opened last for the workspace's school year."""
    _inspector(workspace)
    pack = pack_in(workspace.conn, workspace.school_year)
    if pack is None:
        raise JcError(msg("还没有打开核查包：先用 import 导入县区签发的核查包"), rule="no-pack")
    return pack


def comparison_in(conn: sqlite3.Connection, school_year: int, pack: Pack, school: str) -> Comparison:
    """Declared beside verified for one school of the pack, with the verdicts both ways (any connection)."""
    entry = pack.school(school)
    held = verified_of(conn, school, school_year)
    return compare(entry.record, {k: v.value for k, v in held.items()}, {k: v.note for k, v in held.items()},
                   pack.profile)


def attachment_path(workspace: Workspace, sha256: str) -> Path:
    return workspace.path / ATTACHMENTS / sha256


def parse_assignments(items: list[str]) -> dict[str, str]:
    """``FIELD=VALUE`` pairs (FIELD by key or label) → field key → value text."""
    result: dict[str, str] = {}
    for item in items:
        name, sep, value = item.partition("=")
        if not sep:
            raise JcError(msg("“{item}”应写作 字段=数值", item=item), rule="usage")
        result[field_key(name)] = value.strip()
    return result


@dataclass(frozen=True)
class Recorded:
    fields: list[str]
    attachment: Attachment | None


def verify_values(workspace: Workspace, school: str, values: dict[str, object], *, note: str | None = None,
                  attach: Path | None = None) -> Recorded:
    """Record verified values (and a note, an evidence file) for one school of the pack.

    All values are checked first, together with the school's other figures (declared, or verified before): one
    that fails is refused with its reason and nothing is stored. Then each field is written in its own
    transaction, so a power cut keeps the ones written.
    """
    entry = current_pack(workspace).school(school)
    conn, year = workspace.conn, workspace.school_year
    checked = {key: (None if value in ("", None) else check_value(key, _number(key, value)))
               for key, value in values.items()}
    if note is not None:
        note = check_free_text(note, what=msg("核查说明"))
    held = {k: v.value for k, v in verified_of(conn, school, year).items()}
    record = with_verified(entry.record, {**held, **checked})
    problems = record_problems(record)
    if problems:
        first = problems[0]
        raise JcError(msg("核实值未通过硬性检查，未保存：{first}", first=first), column=first.column,
                      rule=first.rule or "hard-check")
    source = None
    if attach is not None:
        source = _checked_attachment(attach)
    for key, value in checked.items():
        set_verified(conn, school, year, key, value, note, action="verify")
    attachment = None
    if source is not None:
        attachment = copy_attachment(workspace, school, source, field=next(iter(checked), ""))
    return Recorded(list(checked), attachment)


def _number(key: str, value: object) -> object:
    """Text typed by a person (the command line, an entry field) as the number it means; checked by check_value."""
    if not isinstance(value, str):
        return value
    spec = field_catalogue().fields[key]
    try:
        return parse_number(value.strip(), whole=spec.kind == "int")
    except NumberError as exc:
        raise JcError(msg("核实值“{value}”无效：{exc}", value=value, exc=exc),
                      column=spec.label_zh, rule="non-negative-number") from None


def set_note(workspace: Workspace, school: str, key: str, note: str) -> None:
    current_pack(workspace).school(school)
    text = check_free_text(note, what=msg("核查说明"))
    held = verified_of(workspace.conn, school, workspace.school_year).get(key)
    set_verified(workspace.conn, school, workspace.school_year, key, held.value if held else None, text,
                 action="verify-note")


def mark_check(workspace: Workspace, school: str, item: str, status: str) -> None:
    if status not in STATUSES:
        raise JcError(msg("核查结果“{status}”无效", status=status), rule="checklist")
    current_pack(workspace).school(school)
    set_checklist(workspace.conn, school, workspace.school_year, item, status, action="checklist")


def _checked_attachment(path: Path) -> Path:
    path = Path(path)
    if path.is_symlink() or not path.is_file():
        raise JcError(msg("附件不是普通文件"), file=str(path), rule="attachment")
    if path.stat().st_size > MAX_ATTACHMENT:
        raise JcError(msg("附件超过 {value} MB", value=MAX_ATTACHMENT // (1024 * 1024)), file=str(path),
                      rule="attachment")
    return path


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def copy_attachment(workspace: Workspace, school: str, source: Path, *, field: str = "") -> Attachment:
    """Copy an evidence file into the workspace under its SHA-256 and record it for the school."""
    source = _checked_attachment(source)
    name = check_name(source.name, what=msg("附件名"))
    folder = workspace.path / ATTACHMENTS
    folder.mkdir(exist_ok=True)
    staging = folder / f".{os.getpid()}.copying"
    shutil.copyfile(source, staging)
    digest = sha256_file(staging)  # the hash of what was copied, not of a file that may change meanwhile
    target = folder / digest
    with open(staging, "rb") as handle:
        os.fsync(handle.fileno())
    os.replace(staging, target)
    fsync_folder(folder)
    attachment = Attachment(digest, field, name, target.stat().st_size, utc_now())
    add_attachment(workspace.conn, school, workspace.school_year, attachment, action="attach")
    return attachment


def check_attachments(workspace: Workspace, school: str) -> list[Attachment]:
    """Every recorded attachment of the school, re-hashed: one changed or missing since it was copied is refused."""
    found = attachments_of(workspace.conn, school, workspace.school_year)
    for attachment in found:
        path = attachment_path(workspace, attachment.sha256)
        if not path.is_file() or sha256_file(path) != attachment.sha256:
            raise JcError(msg("附件“{name}”在记录后被改动或缺失（SHA-256 不符），未导出", name=attachment.name),
                          file=str(path), rule="attachment-changed")
    return found


def school_comparison(workspace: Workspace, entry: PackSchool) -> Comparison:
    """Declared beside verified for one school of the pack, with the verdicts both ways."""
    return comparison_in(workspace.conn, workspace.school_year, current_pack(workspace), entry.record.code)


def checklist(workspace: Workspace, school: str) -> dict[str, str]:
    return checklist_of(workspace.conn, school, workspace.school_year)


def build_visit_report(workspace: Workspace, school: str) -> VisitReport:
    """The visit report's content for one school of the pack (``reports.visit_report``)."""
    from jinchang_desktop.reports.visit_report import visit_report

    pack = current_pack(workspace)
    entry = pack.school(school)
    return visit_report(school_comparison(workspace, entry), school_year=workspace.school_year,
                        county=pack.county_name, inspector=f"{workspace.name}（{workspace.code}）",
                        fingerprint=workspace.keypair.fingerprint, checks=entry.checks,
                        marks=checklist(workspace, school),
                        attachments=attachments_of(workspace.conn, school, workspace.school_year),
                        pack_sha256=pack.manifest_sha256)
