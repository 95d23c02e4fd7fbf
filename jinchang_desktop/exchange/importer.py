"""Import packages into a county (school reports) or city (county reports) workspace.

Every file is classified before its data is touched (see ``classes``). Accepting a package is all or nothing:
its data, its record in ``packages`` and its audit row are written in one savepoint. Savepoints are committed
in chunks, so a power cut loses at most the last chunk, whole, and the files can simply be imported again.
Refused and held files are copied to the quarantine with a reason file; an original is never changed.

Threading: runs on the thread that owns the workspace's writer connection; ``progress`` and ``cancel`` are
called from that thread and must not touch a GUI.
"""
from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from jinchang_desktop.errors import JcError
from jinchang_desktop.exchange import classes as c
from jinchang_desktop.exchange.payloads import CountyReport, SchoolReport, read_county_report, read_school_report
from jinchang_desktop.exchange.reading import read_packages
from jinchang_desktop.exchange.trust import key_record
from jinchang_desktop.exchange.ws_profile import workspace_profile
from jinchang_desktop.ledger.chain import keep_package_ledger
from jinchang_desktop.packages.atomic import write_atomic
from jinchang_desktop.packages.format import PackageError, VerifiedPackage
from jinchang_desktop.standards.validate import record_problems
from jinchang_desktop.store.audit import Change, record_changes, record_decision, utc_now
from jinchang_desktop.store.db import transaction
from jinchang_desktop.store.declared import get_record, list_schools, load_records, set_fields
from jinchang_desktop.store.explanations import explanations, set_explanation
from jinchang_desktop.store.workspace import Workspace

PACKAGE_SUFFIX = ".jcpkg"
KIND_FOR_ROLE = {"county": "school-report", "city": "county-report"}
CHUNK = 256  # packages per commit


@dataclass
class ImportEntry:
    file: str
    cls: str
    rule: str = ""
    zh: str = ""
    en: str = ""
    issuer_code: str = ""
    sequence: int | None = None
    manifest_sha256: str = ""
    quarantined: str = ""


@dataclass
class ImportReport:
    entries: list[ImportEntry] = field(default_factory=list)
    cancelled: bool = False

    def count(self, cls: str) -> int:
        return sum(1 for e in self.entries if e.cls == cls)

    @property
    def all_fine(self) -> bool:
        return not self.cancelled and all(e.cls in c.FINE for e in self.entries)

    def to_json(self) -> dict[str, object]:
        return {"cancelled": self.cancelled,
                "counts": {cls: self.count(cls) for cls in c.CLASSES if self.count(cls)},
                "files": [asdict(e) for e in self.entries]}


class Verdict(Exception):
    """Raised inside classification: the package falls into ``cls`` for the reason given."""

    def __init__(self, cls: str, rule: str, zh: str, en: str) -> None:
        super().__init__(en)
        self.cls, self.rule, self.zh, self.en = cls, rule, zh, en


def package_files(paths: Iterable[Path]) -> list[Path]:
    """The files named, and every *.jcpkg under the folders named (links to folders are not followed)."""
    found: list[Path] = []
    for path in map(Path, paths):
        if not path.exists() and not path.is_symlink():
            raise JcError("找不到这个文件或文件夹", "no such file or folder", file=str(path), rule="path")
        if path.is_dir() and not path.is_symlink():
            for root, dirs, files in os.walk(path):
                dirs.sort()
                found.extend(Path(root) / name for name in sorted(files) if name.lower().endswith(PACKAGE_SUFFIX))
        else:
            found.append(path)
    return found


def import_packages(workspace: Workspace, paths: Iterable[Path], *,
                    progress: Callable[[int, int], None] | None = None,
                    cancel: Callable[[], bool] | None = None) -> ImportReport:
    files = package_files(paths)
    report = ImportReport()
    conn = workspace.conn
    context = _Context(workspace)
    total = len(files)
    outcomes = read_packages(files)
    pending = enumerate(outcomes)
    while True:
        chunk_done = False
        with transaction(conn):
            for count, (index, (path, outcome)) in enumerate(pending):
                if cancel is not None and cancel():
                    report.cancelled = True
                    report.entries.extend(ImportEntry(str(p), c.NOT_PROCESSED) for p in files[index:])
                    break
                report.entries.append(_import_one(context, path, outcome))
                if progress is not None:
                    progress(index + 1, total)
                if count + 1 >= CHUNK:
                    break
            else:
                chunk_done = True
        if chunk_done or report.cancelled:
            break
    outcomes.close()  # stops the helper process at once when cancelled
    for entry in report.entries:
        if entry.cls not in c.FINE and entry.cls != c.NOT_PROCESSED:
            entry.quarantined = _quarantine(workspace, entry)
    return report


class _Context:
    """What every classification needs, looked up once per import."""

    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self.conn = workspace.conn
        self.role = workspace.role
        self.kind = KIND_FOR_ROLE.get(self.role)
        self.year = workspace.school_year
        self.profile_sha256 = workspace_profile(workspace).sha256
        self.county = workspace.name


def _import_one(context: _Context, path: Path, outcome: VerifiedPackage | PackageError) -> ImportEntry:
    entry = ImportEntry(file=str(path), cls=c.MALFORMED)
    if isinstance(outcome, PackageError):
        exc = outcome
        entry.cls = c.BAD_SIGNATURE if exc.code in c.SIGNATURE_CODES else c.MALFORMED
        entry.rule, entry.zh, entry.en = exc.code, exc.message_zh(), exc.message_en()
        # Every decision is logged, also for a file that never became a package.
        record_decision(context.conn, action="import",
                        detail=f"{entry.cls} ({entry.rule}): {os.path.basename(entry.file)} {exc.en}")
        return entry
    package = outcome
    entry.issuer_code = package.issuer.code
    entry.sequence = package.sequence
    entry.manifest_sha256 = package.manifest_sha256
    try:
        with transaction(context.conn):
            if _held(context.conn, package):
                # Already accepted: nothing to do, even if its key has been revoked since (what a key signed
                # before its revocation stays), so re-importing yesterday's USB folder is not an error.
                entry.cls = c.IDENTICAL
                entry.zh, entry.en = "与已接收的数据包完全相同", "the same package was accepted before"
            else:
                data = _classify(context, package)
                entry.cls = _chain(context.conn, package)
                _accept(context, package, data)
            _record(context.conn, package, entry)
    except Verdict as verdict:
        entry.cls, entry.rule, entry.zh, entry.en = verdict.cls, verdict.rule, verdict.zh, verdict.en
        _hold_or_log(context.conn, package, entry)
    except JcError as exc:  # bad data inside a well-signed package
        entry.cls, entry.rule, entry.zh, entry.en = c.MALFORMED, exc.rule or "payload", exc.message_zh(), \
            exc.message_en()
        _hold_or_log(context.conn, package, entry)
    return entry


def _classify(context: _Context, package: VerifiedPackage) -> SchoolReport | CountyReport:
    """Raise Verdict unless the package is trusted and fits; return its parsed payload."""
    issuer = package.issuer
    if package.kind != context.kind:
        raise Verdict(c.MALFORMED, "kind", f"{context.role} 工作区不接收“{package.kind}”类型的数据包",
                      f"a {context.role} workspace does not import '{package.kind}' packages")
    key = key_record(context.conn, package.key_id)
    if key is None:
        raise Verdict(c.PENDING_TRUST, "not-enrolled",
                      f"签名密钥（指纹 {package.fingerprint}）尚未注册；“{issuer.code} {issuer.name}”需先提交注册申请",
                      f"the signing key (fingerprint {package.fingerprint}) is not enrolled; '{issuer.code}' must "
                      "send an enrolment request first")
    if key.status == "revoked":
        raise Verdict(c.REVOKED_KEY, "revoked", f"签名密钥已于 {key.revoked_at} 吊销",
                      f"the signing key was revoked at {key.revoked_at}")
    if key.holder_code != issuer.code or key.holder_role != issuer.role:
        raise Verdict(c.WRONG_ISSUER, "key-holder",
                      f"密钥注册给{key.holder_role}“{key.holder_code}”，却签署了自称{issuer.role}“{issuer.code}”的数据包",
                      f"a key enrolled for {key.holder_role} '{key.holder_code}' signed a package claiming to be "
                      f"{issuer.role} '{issuer.code}'")
    if package.school_year != context.year:
        raise Verdict(c.WRONG_YEAR, "school-year", f"数据包学年为 {package.school_year}，本工作区为 {context.year}",
                      f"the package is for {package.school_year}; this workspace is {context.year}")
    if package.profile_sha256 != context.profile_sha256:
        raise Verdict(c.WRONG_PROFILE, "profile", f"数据包按评估标准“{package.profile_id}”"
                      f"（{package.profile_sha256[:12]}）填报，与本工作区不同",
                      f"the package was made under profile '{package.profile_id}' "
                      f"({package.profile_sha256[:12]}), not this workspace's")
    if package.kind == "school-report":
        report = read_school_report(package)
        record = report.record
        if record.code != issuer.code:  # the package contradicts itself: its manifest names another school
            raise Verdict(c.MALFORMED, "payload-school", f"数据包内容属于“{record.code}”，签发者却是“{issuer.code}”",
                          f"the data is for '{record.code}' but the issuer is '{issuer.code}'")
        if record.county != context.county:
            raise Verdict(c.MALFORMED, "payload-county", f"数据包中的学校属于“{record.county}”，不属于本县区"
                          f"“{context.county}”", f"the school in the package belongs to '{record.county}', not to "
                          f"'{context.county}'")
        problems = record_problems(record)
        if problems:
            raise Verdict(c.MALFORMED, problems[0].rule or "payload", problems[0].message_zh(),
                          problems[0].message_en())
        known = context.conn.execute("SELECT county FROM schools WHERE code = ?", (record.code,)).fetchone()
        if known is None:
            raise Verdict(c.WRONG_ISSUER, "not-in-roster", f"学校“{record.code}”不在本县区名册中",
                          f"school '{record.code}' is not in this county's roster")
        return report
    county_report = read_county_report(package)
    # The county is the one its key was enrolled as: the name in the manifest is the signer's own claim.
    county = key.holder_name
    held_elsewhere = _schools_of_other_counties(context.conn, [r.code for r in county_report.records], county)
    for record in county_report.records:
        if record.county != county:
            raise Verdict(c.MALFORMED, "payload-county", f"学校“{record.code}”属于“{record.county}”，"
                          f"不属于签发的县区“{county}”",
                          f"school '{record.code}' belongs to '{record.county}', not to '{county}'")
        if record.code in held_elsewhere:
            raise Verdict(c.WRONG_ISSUER, "school-of-other-county",
                          f"学校“{record.code}”在本工作区属于“{held_elsewhere[record.code]}”，不属于“{county}”",
                          f"school '{record.code}' belongs to '{held_elsewhere[record.code]}' here, not to "
                          f"'{county}'")
    return county_report


def _schools_of_other_counties(conn: sqlite3.Connection, codes: list[str], county: str) -> dict[str, str]:
    """Those of ``codes`` this workspace already holds under another county: code → that county."""
    held: dict[str, str] = {}
    for start in range(0, len(codes), 500):  # stay under SQLite's limit on bound parameters
        part = codes[start:start + 500]
        held.update(conn.execute(
            f"SELECT code, county FROM schools WHERE county != ? AND code IN ({','.join('?' * len(part))})",
            (county, *part)).fetchall())
    return held


def _held(conn: sqlite3.Connection, package: VerifiedPackage) -> bool:
    return conn.execute("SELECT 1 FROM packages WHERE manifest_sha256 = ? AND status = 'accepted'",
                        (package.manifest_sha256,)).fetchone() is not None


def _chain(conn: sqlite3.Connection, package: VerifiedPackage) -> str:
    """Accepted, or stale or fork (raised), against what this workspace holds from the same issuer and key."""
    issuer, kind, key_id = package.issuer.code, package.kind, package.key_id
    latest = conn.execute(
        "SELECT sequence, manifest_sha256 FROM packages WHERE issuer_code = ? AND kind = ? AND key_id = ? "
        "AND status = 'accepted' ORDER BY sequence DESC LIMIT 1", (issuer, kind, key_id)).fetchone()
    if latest is None:
        return c.ACCEPTED
    if package.sequence < latest[0]:
        raise Verdict(c.STALE, "sequence", f"数据包序号 {package.sequence} 早于已接收的 {latest[0]}",
                      f"sequence {package.sequence} is older than the {latest[0]} already accepted")
    if package.sequence == latest[0]:
        raise Verdict(c.FORK, "same-sequence", f"序号 {package.sequence} 已接收过内容不同的数据包",
                      f"a different package with sequence {package.sequence} was accepted before")
    before = conn.execute(
        "SELECT manifest_sha256 FROM packages WHERE issuer_code = ? AND kind = ? AND key_id = ? AND sequence = ? "
        "AND status = 'accepted'", (issuer, kind, key_id, package.sequence - 1)).fetchone()
    if before is not None and before[0] != package.previous:
        raise Verdict(c.FORK, "previous", f"数据包声明的上一版本与已接收的序号 {package.sequence - 1} 不符",
                      f"the package's previous does not match the sequence {package.sequence - 1} held")
    return c.ACCEPTED


def _accept(context: _Context, package: VerifiedPackage, data: SchoolReport | CountyReport) -> None:
    conn = context.conn
    # Each changed value's audit row names its package briefly; the decision row beside them has the whole hash.
    detail = f"pkg {package.manifest_sha256[:16]} #{package.sequence}"
    keep_package_ledger(conn, package, data.ledger)  # the problem ledger the package carries, if any
    if isinstance(data, SchoolReport):
        code = data.record.code
        load_records(conn, [data.record], context.year, action="import", source="package", replace=True,
                     detail=detail)
        # The package states the school's whole answer, explanations included: one it no longer gives goes.
        wanted: dict[str, str | None] = {key: None for key in explanations(conn, code, context.year)}
        wanted.update(data.explanations)
        for key, text in wanted.items():
            set_explanation(conn, code, context.year, key, text, action="import")
    else:
        load_records(conn, data.records, context.year, action="import", source="package", replace=True,
                     detail=detail)
        # The report states the county's whole answer: a school it no longer lists keeps no data here.
        signer = key_record(conn, package.key_id)
        county = signer.holder_name if signer is not None else package.issuer.name
        listed = {r.code for r in data.records}
        for school in list_schools(conn, county=county):
            if school.code not in listed:
                stored = get_record(conn, school.code, context.year).values
                if stored:
                    set_fields(conn, school.code, context.year, dict.fromkeys(stored), action="import",
                               detail=f"{detail}: no longer reported")


def _record(conn: sqlite3.Connection, package: VerifiedPackage, entry: ImportEntry) -> None:
    """The package row and the decision row, inside the package's own savepoint (so no savepoint of their own)."""
    now = utc_now()
    if entry.cls == c.ACCEPTED:
        conn.execute(
            "INSERT INTO packages (manifest_sha256, kind, issuer_code, key_id, school_year, sequence, previous, "
            "created, received_at, file_name, status, reason, manifest) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?) "
            "ON CONFLICT (manifest_sha256) DO UPDATE SET status = 'accepted', reason = '', "
            "received_at = excluded.received_at",
            (package.manifest_sha256, package.kind, package.issuer.code, package.key_id, package.school_year,
             package.sequence, package.previous, package.created, now, os.path.basename(entry.file),
             c.ACCEPTED, "", package.manifest_bytes.decode("utf-8")))
    record_changes(conn, [Change(package.issuer.code, None, None, None, None)], action="import", at=now,
                   detail=f"{entry.cls}: {os.path.basename(entry.file)} seq {package.sequence} "
                          f"{package.manifest_sha256}")


def _hold_or_log(conn: sqlite3.Connection, package: VerifiedPackage, entry: ImportEntry) -> None:
    """Remember a held package (fork, pending trust) for a person to settle; log every decision."""
    with transaction(conn):
        if entry.cls in c.HELD:
            conn.execute(
                "INSERT OR IGNORE INTO packages (manifest_sha256, kind, issuer_code, key_id, school_year, sequence, "
                "previous, created, received_at, file_name, status, reason, manifest) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (package.manifest_sha256, package.kind, package.issuer.code, package.key_id, package.school_year,
                 package.sequence, package.previous, package.created, utc_now(), os.path.basename(entry.file),
                 entry.cls, entry.zh, package.manifest_bytes.decode("utf-8")))
        record_decision(conn, action="import", school_code=package.issuer.code,
                        detail=f"{entry.cls} ({entry.rule}): {os.path.basename(entry.file)} {entry.en}")


def _quarantine(workspace: Workspace, entry: ImportEntry) -> str:
    """Copy a refused or held file into the quarantine beside a reason file; the original is left alone.

    The copy is named by its content's hash, so the same file refused twice is kept once. A file that is itself
    in the quarantine (the county importing it again after enrolling a key) is not copied again.
    """
    source = Path(entry.file)
    readable = source.is_file() and not source.is_symlink()  # a link is never followed, only reported
    try:
        data = source.read_bytes() if readable else b""
    except OSError:
        readable, data = False, b""
    digest = hashlib.sha256(data).hexdigest()
    inside = _is_inside(source, workspace.quarantine_dir)
    target = source if inside else workspace.quarantine_dir / f"{digest[:16]}-{source.name}"
    reason = {"file": entry.file, "class": entry.cls, "rule": entry.rule, "zh": entry.zh, "en": entry.en,
              "sha256": digest if readable else "", "size": len(data), "at": utc_now()}
    if readable and not inside and not target.exists():
        write_atomic(target, data)
    write_atomic(target.with_name(target.name + ".reason.json"),
                 json.dumps(reason, ensure_ascii=False, indent=2).encode("utf-8"))
    return str(target)


def _is_inside(path: Path, folder: Path) -> bool:
    try:
        return path.parent.resolve() == folder.resolve()
    except OSError:
        return False
