"""Real workspaces, real keys and real package files for the exchange tests: the CLI, the Python API, and
hand-made packages signed with a workspace's own key, so that a test fails exactly the check it aims at."""
from __future__ import annotations

import csv
import hashlib
import json
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

from jinchang_desktop.exchange.payloads import SCHOOL_REPORT, SchoolReport, school_report_bytes
from jinchang_desktop.exchange.reports import school_record
from jinchang_desktop.exchange.trust import enrol, export_enrol_request
from jinchang_desktop.exchange.ws_profile import workspace_profile
from jinchang_desktop.packages.format import Issuer, VerifiedPackage, write_package
from jinchang_desktop.packages.keys import KeyPair
from jinchang_desktop.store.workspace import Workspace

REPO = Path(__file__).resolve().parents[2]
TABLE = REPO / "resources" / "demo" / "jinchang-schools.csv"
YEAR = 2025
COUNTY_CODE = "620321"
COUNTY = "永昌县"
FINE, REFUSED, USAGE = 0, 1, 2


def cli(*args: object) -> subprocess.CompletedProcess[str]:
    """The real command line, as county IT staff script it."""
    return subprocess.run([sys.executable, "-m", "jinchang_desktop", *map(str, args)], capture_output=True,
                          text=True, cwd=REPO, timeout=120)


def table_rows() -> dict[str, dict[str, str]]:
    """The demo table's rows by school code, Chinese headers as in the file."""
    with TABLE.open(encoding="utf-8-sig", newline="") as handle:
        return {row["学校标识码"]: row for row in csv.DictReader(handle)}


def write_subset(path: Path, codes: list[str]) -> Path:
    """The demo table cut down to ``codes``: what the assessment of just those schools must equal."""
    with TABLE.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        rows = [row for row in reader if row[0] in codes]
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path


# -- the Python API ------------------------------------------------------------------------------------------

def new_county(path: Path, *, code: str = COUNTY_CODE, name: str = COUNTY, profile: str = "national",
               year: int = YEAR) -> Workspace:
    return Workspace.create(path, role="county", code=code, name=name, profile_id=profile, school_year=year)


def new_school(path: Path, code: str, *, profile: str = "national", year: int = YEAR, load: bool = True,
               as_code: str | None = None) -> Workspace:
    """A school workspace for a row of the demo table, its own row loaded (``as_code``: a provisional code)."""
    row = table_rows()[code]
    ws = Workspace.create(path, role="school", code=as_code or code, name=row["学校名称"], county=row["所属县区"],
                          profile_id=profile, school_year=year)
    if load:
        if as_code:
            table = path.parent / f"{as_code}.csv"
            text = TABLE.read_text(encoding="utf-8-sig").replace(code, as_code)
            table.write_text(text, encoding="utf-8-sig")
        else:
            table = TABLE
        from jinchang_desktop.exchange.load import load_table

        load_table(ws, table)
    return ws


def enrol_school(county: Workspace, school: Workspace, folder: Path, *, replace: bool = False) -> Path:
    """The school writes its request; the county enrols it after 'hearing' the fingerprint."""
    request = folder / f"enrol-{school.code}-{school.keypair.key_id[:8]}.jcpkg"
    export_enrol_request(school, request)
    enrol(county, request, confirmed_fingerprint=school.keypair.fingerprint, replace=replace)
    return request


def school_payload(school: Workspace, values: dict[str, Any] | None = None, **identity: Any) -> bytes:
    """The school's report payload, optionally with other values or identity, written as export writes it."""
    record = school_record(school)
    if values is not None:
        record.values = dict(values)
    for key, value in identity.items():
        setattr(record, key, value)
    return school_report_bytes(SchoolReport(record))


def sign_package(path: Path, school: Workspace, *, sequence: int, previous: str = "", payload: bytes | None = None,
                 files: dict[str, bytes] | None = None, keypair: KeyPair | None = None, code: str | None = None,
                 year: int | None = None, profile_sha256: str | None = None, kind: str = "school-report",
                 created: str | None = None) -> VerifiedPackage:
    """A school report signed with the school's own key (or ``keypair``), with any field chosen by the test."""
    profile = workspace_profile(school)
    if files is None:
        files = {SCHOOL_REPORT: school_payload(school) if payload is None else payload}
    return write_package(path, kind=kind, issuer=Issuer("school", code or school.code, school.name),
                         keypair=keypair or school.keypair, school_year=year or school.school_year,
                         sequence=sequence, previous=previous, profile_id=profile.id,
                         profile_sha256=profile_sha256 or profile.sha256, files=files, created=created)


# -- looking at a workspace ----------------------------------------------------------------------------------

def data_dump(conn: sqlite3.Connection) -> dict[str, list[tuple[Any, ...]]]:
    """Everything that counts as the workspace's data: schools, values, explanations and accepted packages."""
    return {
        "schools": conn.execute("SELECT * FROM schools ORDER BY code").fetchall(),
        "declared": conn.execute("SELECT * FROM declared ORDER BY school_code, school_year, field").fetchall(),
        "explanations": conn.execute("SELECT * FROM explanations ORDER BY 1, 2, 3").fetchall(),
        "accepted": conn.execute("SELECT manifest_sha256 FROM packages WHERE status = 'accepted' "
                                 "ORDER BY 1").fetchall(),
    }


def audit_count(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM audit").fetchone()[0])


def values_of(conn: sqlite3.Connection, code: str, year: int = YEAR) -> dict[str, Any]:
    return dict(conn.execute("SELECT field, value FROM declared WHERE school_code = ? AND school_year = ?",
                             (code, year)))


def sha256_file(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def reason_of(quarantined: str) -> dict[str, Any]:
    return json.loads(Path(quarantined + ".reason.json").read_text(encoding="utf-8"))


def explain_warnings(school: Workspace, text: str = "数据已核实") -> list[str]:
    """Give every unexplained soft warning of the school an explanation, as a clerk would before exporting."""
    from jinchang_desktop.exchange.readiness import explain, workspace_check

    fields = list(dict.fromkeys(w.field for w in workspace_check(school).unexplained))
    for field in fields:
        explain(school, field, text)
    return fields
