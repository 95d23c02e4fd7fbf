"""The site visit through the command line: pack → verified values → signed findings → the county's verified layer,
and every bad input refused or held with nothing stored changed."""
from __future__ import annotations

import json
import sqlite3
import zipfile
from pathlib import Path

import pytest

from jinchang_desktop.store.inspection import declared_dump
from jinchang_desktop.store.workspace import Workspace
from tests.inspection.helpers import SCHOOLS, Visit, cli, county_with_schools, enrolled_inspector

SCHOOL = SCHOOLS[0]


def table(workspace: Path, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(str(workspace / "workspace.sqlite3"))
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def declared_rows(workspace: Path) -> list[tuple[object, ...]]:
    with Workspace.open(workspace) as ws:
        return declared_dump(ws.conn)


def test_pack_carries_the_ranking_and_its_rule(visit: Visit) -> None:
    with zipfile.ZipFile(visit.pack) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        body = json.loads(archive.read("data/pack.json"))
    assert manifest["kind"] == "inspection-pack" and manifest["issuer"]["role"] == "county"
    assert [s["school"]["code"] for s in body["schools"]] == list(SCHOOLS)
    assert body["rule"]["text"]["zh"] and body["rule"]["tolerance"] == 0.05
    scores = [item["score"] for item in body["ranking"]]
    assert scores == sorted(scores, reverse=True) and scores
    assert all(item["reasons"][0]["zh"] and item["reasons"][0]["en"] for item in body["ranking"])


def test_round_trip_to_the_county_verified_layer(visit: Visit, capsys: pytest.CaptureFixture[str]) -> None:
    evidence = visit.root / "花名册.jpg"
    evidence.write_bytes(b"\xff\xd8 a photo of the register")
    before = declared_rows(visit.county)
    code, text = cli(capsys, "verify-value", visit.inspector, "--school", SCHOOL, "primary_students=1500",
                     "--note", "按花名册清点", "--attach", evidence)
    assert code == 0, text
    findings = visit.root / "findings.jcpkg"
    code, text = cli(capsys, "export", visit.inspector, "-o", findings)
    assert code == 0, text
    with zipfile.ZipFile(findings) as archive:
        manifest = json.loads(archive.read("manifest.json"))
    listed = {f["path"]: f["sha256"] for f in manifest["files"]}
    assert manifest["kind"] == "inspection"
    assert any(path.startswith("data/attachments/") and path.endswith(sha) for path, sha in listed.items())

    code, text = cli(capsys, "import", visit.county, findings)
    assert code == 0, text
    assert declared_rows(visit.county) == before  # the declared layer, byte for byte
    assert table(visit.county, f"SELECT value, note FROM verified WHERE school_code = '{SCHOOL}'") == \
        [(1500, "按花名册清点")]
    sha = next(sha for path, sha in listed.items() if path.startswith("data/attachments/"))
    assert (visit.county / "inspection" / "attachments" / sha).read_bytes() == evidence.read_bytes()

    code, declared = cli(capsys, "assess", visit.county, "--json", "--layer", "declared")
    code2, verified = cli(capsys, "assess", visit.county, "--json", "--layer", "verified")
    assert code == code2 == 0
    assert declared != verified  # the verified layer changes the figures the county is judged by

    pdf = visit.root / "visit.pdf"
    code, text = cli(capsys, "visit-report", visit.inspector, "--school", SCHOOL, "-o", pdf)
    assert code == 0, text
    assert pdf.read_bytes().startswith(b"%PDF")


def test_a_later_visit_supersedes(visit: Visit, capsys: pytest.CaptureFixture[str]) -> None:
    first, second = visit.root / "f1.jcpkg", visit.root / "f2.jcpkg"
    assert cli(capsys, "verify-value", visit.inspector, "--school", SCHOOL, "primary_students=1500")[0] == 0
    assert cli(capsys, "export", visit.inspector, "-o", first)[0] == 0
    assert cli(capsys, "verify-value", visit.inspector, "--school", SCHOOL, "primary_students=1480")[0] == 0
    assert cli(capsys, "export", visit.inspector, "-o", second)[0] == 0
    assert cli(capsys, "import", visit.county, first)[0] == 0
    assert cli(capsys, "import", visit.county, second)[0] == 0
    assert table(visit.county, "SELECT value FROM verified WHERE field = 'primary_students'") == [(1480,)]
    code, text = cli(capsys, "import", visit.county, first)  # the older one again: stale by the chain rules
    assert table(visit.county, "SELECT value FROM verified WHERE field = 'primary_students'") == [(1480,)]


def test_a_value_failing_the_hard_checks_is_refused(visit: Visit, capsys: pytest.CaptureFixture[str]) -> None:
    audit = table(visit.inspector, "SELECT count(*) FROM audit")
    code, text = cli(capsys, "verify-value", visit.inspector, "--school", SCHOOL, "primary_students=1500",
                     "primary_qualified_teachers=500")
    assert code == 2
    assert "硬性检查" in text and "hard check" in text
    assert table(visit.inspector, "SELECT * FROM verified") == []
    assert table(visit.inspector, "SELECT count(*) FROM audit") == audit


def test_an_attachment_changed_after_hashing_is_refused(visit: Visit, capsys: pytest.CaptureFixture[str]) -> None:
    evidence = visit.root / "scan.png"
    evidence.write_bytes(b"ledger page")
    assert cli(capsys, "verify-value", visit.inspector, "--school", SCHOOL, "primary_students=1500", "--attach",
               evidence)[0] == 0
    (copied,) = (visit.inspector / "attachments").iterdir()
    copied.write_bytes(b"another page")
    out = visit.root / "findings.jcpkg"
    code, text = cli(capsys, "export", visit.inspector, "-o", out)
    assert code == 2 and "SHA-256" in text and "attachment" in text
    assert not out.exists()
    assert table(visit.inspector, "SELECT count(*) FROM outbox WHERE kind = 'inspection'") == [(0,)]


def test_a_pack_signed_by_an_untrusted_key_is_not_opened(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    county = county_with_schools(tmp_path, capsys)
    stranger = tmp_path / "stranger"
    assert cli(capsys, "init", stranger, "--role", "inspector", "--code", "DX9", "--name", "陌生督学", "--county",
               "永昌县", "--year", "2025", "--profile", "jinchang")[0] == 0  # never pinned the county key
    pack = tmp_path / "pack.jcpkg"
    assert cli(capsys, "inspect-pack", county, "--schools", SCHOOLS[0], "-o", pack)[0] == 0
    code, text = cli(capsys, "import", stranger, pack)
    assert code == 1 and "名册固定" in text and "pinned from the roster" in text
    assert table(stranger, "SELECT count(*) FROM inspection_packs") == [(0,)]
    code, text = cli(capsys, "verify-value", stranger, "--school", SCHOOLS[0], "primary_students=1")
    assert code == 2 and "import" in text


def test_findings_from_an_unenrolled_inspector_are_held(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    county = county_with_schools(tmp_path, capsys)
    inspector, _ = enrolled_inspector(tmp_path, capsys, county, code="DX7", enrol=False)
    pack = tmp_path / "pack.jcpkg"
    assert cli(capsys, "inspect-pack", county, "--schools", SCHOOL, "-o", pack)[0] == 0
    assert cli(capsys, "import", inspector, pack)[0] == 0
    assert cli(capsys, "verify-value", inspector, "--school", SCHOOL, "primary_students=1500")[0] == 0
    findings = tmp_path / "findings.jcpkg"
    assert cli(capsys, "export", inspector, "-o", findings)[0] == 0
    before = declared_rows(county)
    code, text = cli(capsys, "import", county, findings)
    assert code == 1 and "尚未在本县区注册" in text and "not enrolled" in text
    assert table(county, "SELECT count(*) FROM verified") == [(0,)]
    assert declared_rows(county) == before


def test_a_findings_package_with_a_changed_attachment_is_refused(visit: Visit,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    evidence = visit.root / "photo.jpg"
    evidence.write_bytes(b"the real photo")
    assert cli(capsys, "verify-value", visit.inspector, "--school", SCHOOL, "primary_students=1500", "--attach",
               evidence)[0] == 0
    findings = visit.root / "findings.jcpkg"
    assert cli(capsys, "export", visit.inspector, "-o", findings)[0] == 0
    tampered = visit.root / "tampered.jcpkg"
    with zipfile.ZipFile(findings) as source, zipfile.ZipFile(tampered, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename.startswith("data/attachments/"):
                data = b"another photo!"  # same length would not matter: the SHA-256 no longer holds
            target.writestr(info.filename, data)
    before = declared_rows(visit.county)
    code, text = cli(capsys, "import", visit.county, tampered)
    assert code == 1 and ("bad-signature" in text or "malformed" in text)
    assert table(visit.county, "SELECT count(*) FROM verified") == [(0,)]
    assert declared_rows(visit.county) == before
