"""Read-only questions the report asks of a workspace: which school years hold data, which packages it took in."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass


@dataclass(frozen=True)
class AcceptedPackage:
    issuer_code: str
    kind: str
    sequence: int
    manifest_sha256: str
    key_fingerprint: str  # "" when the key is no longer on file
    received_at: str


def school_years(conn: sqlite3.Connection) -> list[int]:
    """The school years that hold declared data, oldest first."""
    return [year for (year,) in conn.execute("SELECT DISTINCT school_year FROM declared ORDER BY school_year")]


def accepted_packages(conn: sqlite3.Connection, school_year: int) -> list[AcceptedPackage]:
    """For each issuer and kind, the last package of ``school_year`` taken in: the one its data now comes from."""
    rows = conn.execute(
        "SELECT p.issuer_code, p.kind, p.sequence, p.manifest_sha256, coalesce(k.fingerprint, ''), p.received_at "
        "FROM packages p LEFT JOIN keys k ON k.key_id = p.key_id "
        "WHERE p.status = 'accepted' AND p.school_year = ? AND p.kind IN ('school-report', 'county-report') "
        "ORDER BY p.issuer_code, p.kind, p.sequence", (school_year,))
    latest: dict[tuple[str, str], AcceptedPackage] = {}
    for issuer, kind, sequence, sha, fingerprint, received in rows:
        latest[(issuer, kind)] = AcceptedPackage(issuer, kind, sequence, sha, fingerprint, received)
    return list(latest.values())


@dataclass(frozen=True)
class PackageHistoryRow:
    kind: str
    school_year: int
    sequence: int
    status: str  # accepted, identical, held …
    received_at: str
    file_name: str
    reason: str
    manifest_sha256: str


def package_history(conn: sqlite3.Connection, issuer_code: str) -> list[PackageHistoryRow]:
    """Every package received from ``issuer_code`` (any kind, year and status), newest first."""
    rows = conn.execute(
        "SELECT kind, school_year, sequence, status, received_at, file_name, reason, manifest_sha256 FROM packages "
        "WHERE issuer_code = ? ORDER BY received_at DESC, sequence DESC", (issuer_code,))
    return [PackageHistoryRow(*row) for row in rows]
