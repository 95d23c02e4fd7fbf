"""Findings (kind ``inspection``): what the inspector verified, exported signed, and taken in by the county as a
separate verified layer that never touches the declared data.

The payload ``data/inspection.json`` lists, per school visited: the verified values, the notes, the checklist and
the attachments (each carried as ``data/attachments/<sha256>`` and listed with its name and hash, so the manifest
covers its bytes). The county accepts findings only from an inspector key it enrolled (else held as pending
trust), for schools of its roster, with values that pass the hard checks; a later visit to the same school replaces
the earlier visit's findings whole, and an older one arriving late does not.
"""
from __future__ import annotations

import hashlib
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jinchang_desktop.errors import JcError
from jinchang_desktop.exchange import classes as c
from jinchang_desktop.exchange.export import export_package
from jinchang_desktop.exchange.payloads import dump_json, load_json
from jinchang_desktop.exchange.verdict import Verdict
from jinchang_desktop.i18n import Msg, fixed, msg
from jinchang_desktop.inspection.summary import with_verified
from jinchang_desktop.inspection.visit import ATTACHMENTS, attachment_path, check_attachments, current_pack
from jinchang_desktop.packages.atomic import write_atomic
from jinchang_desktop.packages.format import VerifiedPackage
from jinchang_desktop.standards.validate import record_problems
from jinchang_desktop.store.declared import Value, check_value, get_record
from jinchang_desktop.store.inspection import (
    STATUSES,
    Attachment,
    checklist_of,
    replace_findings,
    verified_of,
    visit_of,
)
from jinchang_desktop.store.inspection import Visit as StoredVisit
from jinchang_desktop.store.workspace import Workspace
from jinchang_desktop.text_rules import check_free_text, check_name

FINDINGS = "data/inspection.json"
FINDINGS_KEYS = frozenset({"payload_version", "inspector", "county", "pack", "visits"})
VISIT_KEYS = frozenset({"school", "visited", "values", "notes", "checklist", "attachments"})
ATTACHMENT_KEYS = frozenset({"path", "sha256", "name", "field", "size"})
_SHA = re.compile(r"[0-9a-f]{64}")
_STAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z")


def findings_body(workspace: Workspace) -> tuple[dict[str, Any], dict[str, bytes]]:
    """The payload and the attachment entries; every attachment re-hashed (one changed since is refused)."""
    pack = current_pack(workspace)
    conn, year = workspace.conn, workspace.school_year
    visits, files = [], {}
    for entry in pack.schools:
        code = entry.record.code
        held = verified_of(conn, code, year)
        marks = checklist_of(conn, code, year)
        attachments = check_attachments(workspace, code)
        if not held and not marks and not attachments:
            continue  # a school of the pack not visited yet
        listed = []
        for attachment in attachments:
            path = f"data/{ATTACHMENTS}/{attachment.sha256}"
            files[path] = attachment_path(workspace, attachment.sha256).read_bytes()
            listed.append({"path": path, "sha256": attachment.sha256, "name": attachment.name,
                           "field": attachment.field, "size": attachment.size})
        stamps = [v.at for v in held.values()] + [a.at for a in attachments]
        visits.append({"school": code, "visited": max(stamps) if stamps else "",
                       "values": {k: v.value for k, v in held.items() if v.value is not None},
                       "notes": {k: v.note for k, v in held.items() if v.note}, "checklist": marks,
                       "attachments": listed})
    if not visits:
        raise JcError(msg("还没有任何核查记录，无可导出"), rule="no-findings")
    body = {"inspector": {"code": workspace.code, "name": workspace.name},
            "county": {"code": pack.county_code, "name": pack.county_name}, "pack": pack.manifest_sha256,
            "visits": visits}
    return body, files


def export_findings(workspace: Workspace, out: Path) -> VerifiedPackage:
    body, files = findings_body(workspace)
    return export_package(workspace, "inspection", {FINDINGS: dump_json(body), **files}, out)


# -- the county's side -------------------------------------------------------------------------------------------

@dataclass
class FoundVisit:
    school: str
    visited: str
    values: dict[str, Value]
    notes: dict[str, str]
    checklist: dict[str, str]
    attachments: list[Attachment]
    files: dict[str, bytes]


def _refuse(text: Msg, rule: str = "payload-inspection") -> Verdict:
    return Verdict(c.MALFORMED, rule, text)


def classify_findings(workspace: Workspace, package: VerifiedPackage) -> list[FoundVisit]:
    """The visits of a trusted inspector's findings, checked against the roster and the hard checks."""
    if package.issuer.role != "inspector":
        raise _refuse(msg("核查结果必须由督学签发"), "issuer-role")
    try:
        body = load_json(package, FINDINGS, FINDINGS_KEYS)
    except JcError as exc:
        raise _refuse(exc.text, exc.rule or "payload") from None
    raw_visits = body.get("visits")
    if not isinstance(raw_visits, list) or not raw_visits:
        raise _refuse(msg("核查结果中没有学校"))
    conn, year = workspace.conn, workspace.school_year
    found = []
    for item in raw_visits:
        if not isinstance(item, dict) or set(item) - VISIT_KEYS:
            raise _refuse(msg("核查结果中的学校条目格式不对"))
        code = item.get("school")
        visited = item.get("visited")
        if not isinstance(code, str) or not isinstance(visited, str) or not _STAMP.fullmatch(visited):
            raise _refuse(msg("核查结果缺少学校代码或核查时间"))
        try:
            declared = get_record(conn, code, year)
        except JcError:
            raise Verdict(c.WRONG_ISSUER, "not-in-roster", msg("学校“{code}”不在本县区名册中", code=code)) from None
        try:
            values = {k: check_value(k, v) for k, v in dict(item.get("values") or {}).items()}
            notes = {str(k): check_free_text(v, what=msg("核查说明"))
                     for k, v in dict(item.get("notes") or {}).items()}
        except (JcError, TypeError, ValueError) as exc:
            # A value's own refusal, or the bare text of an exception that has no sentence of ours.
            raise _refuse(exc.text if isinstance(exc, JcError) else fixed(str(exc), str(exc)),
                          "payload-values") from None
        marks = item.get("checklist") or {}
        if not isinstance(marks, dict) or any(not isinstance(k, str) or v not in STATUSES for k, v in marks.items()):
            raise _refuse(msg("核查清单格式不对"))
        problems = record_problems(with_verified(declared, values)) if declared.school_type else []
        if problems:
            raise _refuse(msg("学校“{code}”的核实值未通过硬性检查：{problem}", code=code, problem=problems[0]),
                          "hard-check")
        attachments, files = [], {}
        for listed in item.get("attachments") or []:
            if not isinstance(listed, dict) or set(listed) - ATTACHMENT_KEYS:
                raise _refuse(msg("附件条目格式不对"))
            sha, path = listed.get("sha256"), listed.get("path")
            if not isinstance(sha, str) or not _SHA.fullmatch(sha) or path != f"data/{ATTACHMENTS}/{sha}" \
                    or path not in package.files:
                raise _refuse(msg("附件条目与数据包中的文件不符"))
            data = package.files[path]
            if hashlib.sha256(data).hexdigest() != sha:
                raise Verdict(c.BAD_SIGNATURE, "attachment-hash", msg("附件的 SHA-256 与记录不符"))
            name = check_name(listed.get("name", ""), what=msg("附件名"))
            attachments.append(Attachment(sha, str(listed.get("field", "")), name, len(data), visited))
            files[sha] = data
        found.append(FoundVisit(code, visited, values, notes, dict(marks), attachments, files))
    return found


def accept_findings(workspace: Workspace, package: VerifiedPackage, visits: list[FoundVisit]) -> list[str]:
    """Store each visit as the school's verified layer unless a later visit is held; the schools replaced."""
    conn, year = workspace.conn, workspace.school_year
    taken = []
    for visit in visits:
        held = visit_of(conn, visit.school, year)
        if held is not None and held.visited_at > visit.visited:
            continue  # an earlier visit arriving late does not replace a later one's findings
        folder = workspace.path / "inspection" / ATTACHMENTS
        for sha, data in visit.files.items():
            folder.mkdir(parents=True, exist_ok=True)
            if not (folder / sha).exists():  # named by content: writing it twice changes nothing
                write_atomic(folder / sha, data)
        replace_findings(conn, visit.school, year, values=visit.values, notes=visit.notes,
                         checklist=visit.checklist, attachments=visit.attachments,
                         visit=StoredVisit(visit.school, package.issuer.code, package.manifest_sha256,
                                           visit.visited),
                         action="import-findings", detail=f"pkg {package.manifest_sha256[:16]} #{package.sequence}")
        taken.append(visit.school)
    return taken


@dataclass(frozen=True)
class Discrepancy:
    """One field of one school as the county sees it after findings: declared beside verified."""

    school: str
    name: str
    field: str
    declared: float | None
    verified: float | None
    ratio: float | None
    flagged: bool
    note: str
    inspector: str
    visited: str


def county_discrepancies(conn: sqlite3.Connection, school_year: int, *, only_flagged: bool = False
                         ) -> list[Discrepancy]:
    """Every verified field of every visited school beside its declared value (reads only; any connection)."""
    from jinchang_desktop.inspection.rules import flagged, inspection_rules, ratio
    from jinchang_desktop.store.inspection import visits

    tolerance = inspection_rules().tolerance
    found = []
    for visit in visits(conn, school_year):
        record = get_record(conn, visit.school_code, school_year)
        for key, held in verified_of(conn, visit.school_code, school_year).items():
            declared = record.values.get(key)
            flag = flagged(declared, held.value, tolerance)
            if only_flagged and not flag:
                continue
            found.append(Discrepancy(visit.school_code, record.name, key, declared, held.value,
                                     ratio(declared, held.value), flag, held.note, visit.inspector_code,
                                     visit.visited_at))
    return found
