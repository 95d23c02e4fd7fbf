"""Settling a held fork: the staff choose which of two packages stands, audited.

A fork arises when a school restores a backup and sends a sequence number the county already holds with other
content, or (at the city) when a county report names schools the city holds under another county. Import holds
the second package and keeps the first; a person decides. Taking the held side accepts it as if it had come
first: its data replaces what was held (at the city, the schools it names move to its county), and the accepted
packages it displaces (that sequence and any later ones of the chain) are marked superseded, so the sender's next
report, which follows the held one, is accepted. Keeping the accepted side marks the held package refused.
Either way the decision is in the log.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from jinchang_desktop.errors import JcError
from jinchang_desktop.exchange import classes as c
from jinchang_desktop.exchange.accept import ImportContext, accept_data, classify
from jinchang_desktop.exchange.importer import package_row
from jinchang_desktop.exchange.payloads import read_county_report
from jinchang_desktop.exchange.verdict import Verdict
from jinchang_desktop.exchange.ws_profile import workspace_profile
from jinchang_desktop.i18n import msg
from jinchang_desktop.packages.format import PackageError, VerifiedPackage, read_package
from jinchang_desktop.store.audit import record_decision
from jinchang_desktop.store.db import transaction
from jinchang_desktop.store.declared import get_school, schools_of_other_counties, upsert_school
from jinchang_desktop.store.keys import holder_name
from jinchang_desktop.store.packages import (
    HeldPackage,
    accepted_from,
    find_package,
    packages_with_status,
    record_accepted,
    set_status,
)
from jinchang_desktop.store.workspace import Workspace

SUPERSEDED = "superseded"
REFUSED = "refused"


@dataclass(frozen=True)
class Settled:
    held: HeldPackage
    took_held: bool
    superseded: list[str]  # manifest SHA-256 of the accepted packages the held one displaced


def held_forks(workspace: Workspace) -> list[HeldPackage]:
    return packages_with_status(workspace.conn, c.FORK)


def settle_fork(workspace: Workspace, sha_prefix: str, *, take_held: bool) -> Settled:
    """Decide a held fork named by (a prefix of at least 8 digits of) its manifest SHA-256."""
    prefix = sha_prefix.strip().lower()
    if not re.fullmatch(r"[0-9a-f]{8,64}", prefix):
        raise JcError(msg("请给出被搁置数据包 manifest SHA-256 的前 8 位以上"), rule="fork")
    matches = [p for p in find_package(workspace.conn, prefix) if p.status == c.FORK]
    if len(matches) != 1:
        raise JcError(msg("没有唯一一个以 {prefix} 开头的待处理版本冲突", prefix=prefix),
                      rule="fork")
    held = matches[0]
    conn = workspace.conn
    if not take_held:
        with transaction(conn):
            # The stored reason keeps its two languages on one line, as it always has.
            set_status(conn, held.manifest_sha256, REFUSED, msg("版本冲突：保留已接收的数据包").both())
            record_decision(conn, action="settle-fork", school_code=held.issuer_code,
                            detail=f"kept the accepted package; refused {held.manifest_sha256} #{held.sequence}")
        return Settled(held, False, [])
    package = _held_file(workspace, held)
    context = ImportContext(workspace, workspace_profile(workspace))
    try:
        with transaction(conn):
            displaced = accepted_from(conn, held.issuer_code, held.kind, held.sequence)
            for old in displaced:
                set_status(conn, old.manifest_sha256, SUPERSEDED,
                           msg("版本冲突中被 {sha} 取代", sha=held.manifest_sha256[:16]).both())
            if package.kind == "county-report":
                _move_claimed_schools(workspace, package, held)
            data = classify(context, package)
            accept_data(context, package, data)
            record_accepted(conn, package_row(package, held.file_name))
            record_decision(conn, action="settle-fork", school_code=held.issuer_code,
                            detail=f"took the held package {held.manifest_sha256} #{held.sequence}; superseded "
                                   + (", ".join(p.manifest_sha256 for p in displaced) or "nothing"))
    except Verdict as verdict:
        raise JcError(msg("被搁置的数据包现在不能接收：{verdict}", verdict=verdict), rule=verdict.rule) from None
    return Settled(held, True, [p.manifest_sha256 for p in displaced])


def _move_claimed_schools(workspace: Workspace, package: VerifiedPackage, held: HeldPackage) -> None:
    """At the city: the schools the held county report names move to that county (the staff's decision)."""
    conn = workspace.conn
    county = holder_name(conn, held.issuer_code) or ""
    report = read_county_report(package)
    for code, previous in schools_of_other_counties(conn, [r.code for r in report.records], county).items():
        school = get_school(conn, code)
        if school is None:
            continue
        upsert_school(conn, code, name=school.name, county=county, school_type=school.school_type,
                      counted=school.counted, parent_code=school.parent_code, source=school.source,
                      action="settle-fork", detail=f"moved from {previous} to {county} by package "
                                                   f"{held.manifest_sha256[:16]}")


def _held_file(workspace: Workspace, held: HeldPackage) -> VerifiedPackage:
    """The held package's file, as the quarantine kept it (verified again: the quarantine is just a folder)."""
    folder = workspace.quarantine_dir
    for path in sorted(folder.glob("*")) if folder.is_dir() else []:
        if path.name.endswith(".reason.json") or not path.is_file():
            continue
        try:
            package = read_package(Path(path))
        except PackageError:
            continue
        if package.manifest_sha256 == held.manifest_sha256:
            return package
    raise JcError(msg("隔离区中找不到这个被搁置的数据包，请重新导入该文件后再处理"), rule="fork")
