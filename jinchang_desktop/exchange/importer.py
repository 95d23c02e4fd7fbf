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
from dataclasses import dataclass, field, fields
from pathlib import Path

from jinchang_desktop.common import utc_now
from jinchang_desktop.errors import JcError
from jinchang_desktop.exchange import classes as c
from jinchang_desktop.exchange.accept import Accepted, ImportContext, accept_data, classify
from jinchang_desktop.exchange.readiness import UNEXPLAINED, received_warnings
from jinchang_desktop.exchange.reading import read_packages
from jinchang_desktop.exchange.verdict import Verdict
from jinchang_desktop.exchange.ws_profile import workspace_profile
from jinchang_desktop.i18n import Msg, msg
from jinchang_desktop.packages.atomic import write_atomic
from jinchang_desktop.packages.format import PackageError, VerifiedPackage
from jinchang_desktop.store.audit import Change, record_changes, record_decision
from jinchang_desktop.store.db import transaction
from jinchang_desktop.store.packages import (
    PackageRow,
    accepted_at,
    is_accepted,
    latest_accepted,
    record_accepted,
    record_held,
)
from jinchang_desktop.store.workspace import Workspace
from jinchang_desktop.text_rules import printable

PACKAGE_SUFFIX = ".jcpkg"
CHUNK = 256  # packages per commit


@dataclass
class ImportEntry:
    file: str
    cls: str
    rule: str = ""
    reason: Msg | None = None  # why the file was refused or held; None when it was accepted
    issuer_code: str = ""
    sequence: int | None = None
    manifest_sha256: str = ""
    quarantined: str = ""
    # A school report's soft warnings, each with the explanation the package gives (readiness.received_warnings),
    # and flag UNEXPLAINED when one has none: accepted, but the county is told.
    warnings: list[dict[str, object]] = field(default_factory=list)
    flag: str = ""
    requests: int = 0  # identity changes the school's report asks for, held for the county's staff

    @property
    def zh(self) -> str:
        return self.reason.zh if self.reason is not None else ""

    @property
    def en(self) -> str:
        return self.reason.en if self.reason is not None else ""

    def to_json(self) -> dict[str, object]:
        """The entry as the import report's JSON gives it: the reason as its ``zh`` and ``en`` texts."""
        result: dict[str, object] = {}
        for item in fields(self):
            if item.name == "reason":
                result["zh"], result["en"] = self.zh, self.en
            else:
                result[item.name] = getattr(self, item.name)
        return result


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
                "flagged": sum(1 for e in self.entries if e.flag),
                "files": [e.to_json() for e in self.entries]}


def package_files(paths: Iterable[Path]) -> list[Path]:
    """The files named, and every *.jcpkg under the folders named (links to folders are not followed)."""
    found: list[Path] = []
    for path in map(Path, paths):
        if not path.exists() and not path.is_symlink():
            raise JcError(msg("找不到这个文件或文件夹"), file=str(path), rule="path")
        if path.is_dir() and not path.is_symlink():
            for root, dirs, files in os.walk(path):
                dirs.sort()
                found.extend(Path(root) / name for name in sorted(files) if name.lower().endswith(PACKAGE_SUFFIX))
        else:
            found.append(path)
    if not found:
        # "0 files, all fine" would tell the county the USB stick was imported when it held nothing.
        names = ", ".join(printable(p) for p in paths)
        raise JcError(msg("没有找到任何数据包（*{PACKAGE_SUFFIX}）：{names}", PACKAGE_SUFFIX=PACKAGE_SUFFIX,
                          names=names), rule="no-packages")
    return found


def import_packages(workspace: Workspace, paths: Iterable[Path], *,
                    progress: Callable[[int, int], None] | None = None,
                    cancel: Callable[[], bool] | None = None) -> ImportReport:
    files = package_files(list(paths))
    report = ImportReport()
    conn = workspace.conn
    context = ImportContext(workspace, workspace_profile(workspace))
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
    # After every chunk committed: a quarantine copy that fails (a full disk) cannot undo an accepted package.
    for entry in report.entries:
        if entry.cls not in c.FINE and entry.cls != c.NOT_PROCESSED:
            entry.quarantined = _quarantine(workspace, entry)
    return report


def judge(context: ImportContext, path: Path,
          outcome: VerifiedPackage | PackageError) -> tuple[ImportEntry, VerifiedPackage | None, Accepted | None]:
    """Classify one file against the workspace without writing anything: the entry (its class, and why), the
    package when the file is one, and the data an accepted package would store. Import and triage both call
    this, so the rules exist once."""
    entry = ImportEntry(file=str(path), cls=c.MALFORMED)
    if isinstance(outcome, PackageError):
        exc = outcome
        entry.cls = c.BAD_SIGNATURE if exc.code in c.SIGNATURE_CODES else c.MALFORMED
        entry.rule, entry.reason = exc.code, exc.whole
        return entry, None, None
    package = outcome
    entry.issuer_code = package.issuer.code
    entry.sequence = package.sequence
    entry.manifest_sha256 = package.manifest_sha256
    try:
        if is_accepted(context.conn, package.manifest_sha256):
            # Already accepted: nothing to do, even if its key has been revoked since (what a key signed
            # before its revocation stays), so re-importing yesterday's USB folder is not an error.
            entry.cls = c.IDENTICAL
            entry.reason = msg("与已接收的数据包完全相同")
            return entry, package, None
        data = classify(context, package)
        entry.cls = _chain(context.conn, package)
        entry.requests = data.requests
        if data.school is not None:
            entry.warnings = received_warnings(context.conn, data.school, context.profile, context.year)
            entry.flag = UNEXPLAINED if any(not w["explained"] for w in entry.warnings) else ""
        return entry, package, data
    except Verdict as verdict:
        entry.cls, entry.rule, entry.reason = verdict.cls, verdict.rule, verdict.text
    except (JcError, ValueError, TypeError, RecursionError, UnicodeError) as exc:
        _refuse(entry, exc)
    return entry, package, None


def _refuse(entry: ImportEntry, exc: BaseException) -> None:
    """A well-signed package whose content is bad, or of a shape no check foresaw: this file is refused, the
    import goes on with the others."""
    entry.cls = c.MALFORMED
    if isinstance(exc, JcError):
        entry.rule, entry.reason = exc.rule or "payload", exc.whole
    else:
        entry.rule = "payload"
        entry.reason = msg("数据包内容无法读取（{error}）", error=printable(exc)[:200])


def _import_one(context: ImportContext, path: Path, outcome: VerifiedPackage | PackageError) -> ImportEntry:
    entry, package, data = judge(context, path, outcome)
    if package is None:
        # Every decision is logged, also for a file that never became a package.
        record_decision(context.conn, action="import",
                        detail=printable(f"{entry.cls} ({entry.rule}): {os.path.basename(entry.file)} {entry.en}"))
        return entry
    if entry.cls in c.FINE:
        try:
            with transaction(context.conn):
                if data is not None:
                    accept_data(context, package, data)
                _record(context.conn, package, entry)
            return entry
        except (JcError, ValueError, TypeError, RecursionError, UnicodeError) as exc:
            entry.warnings, entry.flag, entry.requests = [], "", 0
            _refuse(entry, exc)
    _hold_or_log(context.conn, package, entry)
    return entry


def _chain(conn: sqlite3.Connection, package: VerifiedPackage) -> str:
    """Accepted, or stale or fork (raised), against what this workspace holds from the same issuer and key."""
    issuer, kind, key_id = package.issuer.code, package.kind, package.key_id
    latest = latest_accepted(conn, issuer, kind, key_id)
    if latest is None:
        return c.ACCEPTED
    if package.sequence < latest[0]:
        raise Verdict(c.STALE, "sequence", msg("数据包序号 {sequence} 早于已接收的 {latest}", sequence=package.sequence,
                                               latest=latest[0]))
    if package.sequence == latest[0]:
        raise Verdict(c.FORK, "same-sequence", msg("序号 {sequence} 已接收过内容不同的数据包",
                                                   sequence=package.sequence))
    before = accepted_at(conn, issuer, kind, key_id, package.sequence - 1)
    if before is not None and before != package.previous:
        raise Verdict(c.FORK, "previous", msg("数据包声明的上一版本与已接收的序号 {value} 不符",
                                              value=package.sequence - 1))
    return c.ACCEPTED


def package_row(package: VerifiedPackage, file: str) -> PackageRow:
    return PackageRow(package.manifest_sha256, package.kind, package.issuer.code, package.key_id,
                      package.school_year, package.sequence, package.previous, package.created,
                      os.path.basename(file), package.manifest_bytes.decode("utf-8"))


def _record(conn: sqlite3.Connection, package: VerifiedPackage, entry: ImportEntry) -> None:
    """The package row and the decision row, inside the package's own savepoint (so no savepoint of their own)."""
    if entry.cls == c.ACCEPTED:
        record_accepted(conn, package_row(package, entry.file))
    asked = f"; {entry.requests} identity change(s) requested" if entry.requests else ""
    flag = f" [{entry.flag}]" if entry.flag else ""
    record_changes(conn, [Change(package.issuer.code, None, None, None, None)], action="import", at=utc_now(),
                   detail=printable(f"{entry.cls}{flag}: {os.path.basename(entry.file)} seq {package.sequence} "
                                    f"{package.manifest_sha256}{asked}"))


def _hold_or_log(conn: sqlite3.Connection, package: VerifiedPackage, entry: ImportEntry) -> None:
    """Remember a held package (fork, pending trust) for a person to settle; log every decision."""
    with transaction(conn):
        if entry.cls in c.HELD:
            record_held(conn, package_row(package, entry.file), entry.cls, printable(entry.zh))
        record_decision(conn, action="import", school_code=package.issuer.code,
                        detail=printable(f"{entry.cls} ({entry.rule}): {os.path.basename(entry.file)} {entry.en}"))


# Longest file name kept in the quarantine: most file systems allow 255 bytes; the hash prefix and the reason
# suffix need some of them.
_QUARANTINE_NAME_BYTES = 150


def quarantine_name(digest: str, source: Path) -> str:
    """``<hash prefix>-<name>``, the name cut to fit the file system and cleared of control characters."""
    name = printable(source.name).replace("\\", "_")
    encoded = name.encode("utf-8")
    if len(encoded) > _QUARANTINE_NAME_BYTES:
        suffix = source.suffix if len(source.suffix.encode("utf-8")) <= 16 else ""
        head = encoded[:_QUARANTINE_NAME_BYTES - len(suffix.encode("utf-8"))].decode("utf-8", "ignore")
        name = head + suffix
    return f"{digest[:16]}-{name}"


def _quarantine(workspace: Workspace, entry: ImportEntry) -> str:
    """Copy a refused or held file into the quarantine beside a reason file; the original is left alone.

    The copy is named by its content's hash, so the same file refused twice is kept once. A file that is itself
    in the quarantine (the county importing it again after enrolling a key) is not copied again. A copy that
    cannot be written is reported in the entry, and the import's other results stand.
    """
    source = Path(entry.file)
    readable = source.is_file() and not source.is_symlink()  # a link is never followed, only reported
    try:
        data = source.read_bytes() if readable else b""
    except OSError:
        readable, data = False, b""
    digest = hashlib.sha256(data).hexdigest()
    inside = _is_inside(source, workspace.quarantine_dir)
    target = source if inside else workspace.quarantine_dir / quarantine_name(digest, source)
    reason = {"file": printable(entry.file), "class": entry.cls, "rule": entry.rule, "zh": printable(entry.zh),
              "en": printable(entry.en), "sha256": digest if readable else "", "size": len(data), "at": utc_now()}
    try:
        if readable and not inside and not target.exists():
            write_atomic(target, data)
        write_atomic(target.with_name(target.name + ".reason.json"),
                     json.dumps(reason, ensure_ascii=False, indent=2).encode("utf-8"))
    except OSError as exc:
        entry.reason = msg("{reason}\n（未能复制到隔离区：{error}）", reason=entry.reason or "",
                           error=printable(exc.strerror or exc))
        return ""
    return str(target)


def _is_inside(path: Path, folder: Path) -> bool:
    try:
        return path.parent.resolve() == folder.resolve()
    except OSError:
        return False
