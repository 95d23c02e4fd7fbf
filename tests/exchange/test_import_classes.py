"""One test per import class (exchange/classes.py), with real workspaces, keys and files.

Every refused or held file is checked the same way: the report names its class and rule, a copy and a reason
file are in the quarantine, the original is still there byte for byte, nothing of the county's data changed
(schools, values, explanations, accepted packages) and the audit log gained exactly the decision row.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from jinchang_desktop.errors import JcError
from jinchang_desktop.exchange import classes as c
from jinchang_desktop.exchange.importer import ImportEntry, import_packages
from jinchang_desktop.exchange.payloads import SCHOOL_REPORT
from jinchang_desktop.exchange.reports import export_report
from jinchang_desktop.exchange.trust import enrol, export_enrol_request, export_roster, key_record, revoke
from jinchang_desktop.packages import layout
from jinchang_desktop.packages.format import PackageError, read_package
from jinchang_desktop.standards.catalogue import load_profile
from jinchang_desktop.store.declared import set_field
from jinchang_desktop.store.explanations import set_explanation
from jinchang_desktop.store.workspace import Workspace
from tests.exchange.conftest import SCHOOL_A, SCHOOL_B, Chain
from tests.exchange.helpers import (
    audit_count,
    cli,
    data_dump,
    enrol_school,
    explain_warnings,
    new_school,
    reason_of,
    school_payload,
    sign_package,
    values_of,
)


def accept(ws: Workspace, path: Path) -> ImportEntry:
    [entry] = import_packages(ws, [path]).entries
    assert entry.cls == c.ACCEPTED, entry
    assert entry.quarantined == ""
    return entry


def refused(ws: Workspace, path: Path, cls: str, rule: str | None = None) -> ImportEntry:
    """Import ``path`` expecting ``cls``; check the quarantine, the original and that no data moved."""
    original = path.read_bytes()
    before, logged = data_dump(ws.conn), audit_count(ws.conn)
    [entry] = import_packages(ws, [path]).entries
    assert (entry.cls, entry.rule if rule else None) == (cls, rule), entry
    assert entry.zh and entry.en, "a person is told why, in Chinese and English"
    assert path.read_bytes() == original, "the original file is never changed"
    assert data_dump(ws.conn) == before, "nothing reaches the declared data"
    assert audit_count(ws.conn) == logged + 1
    decision = ws.conn.execute("SELECT action, field, detail FROM audit ORDER BY id DESC LIMIT 1").fetchone()
    assert decision[0] == "import" and decision[1] is None and decision[2].startswith(cls)
    copy = Path(entry.quarantined)
    assert copy.parent == ws.quarantine_dir and copy.read_bytes() == original
    reason = reason_of(entry.quarantined)
    assert (reason["class"], reason["file"], reason["size"]) == (cls, str(path), len(original))
    assert reason["zh"] == entry.zh and reason["en"] == entry.en
    return entry


def repack(source: Path, target: Path, *, signature: bytes | None = None,
           files: dict[str, bytes] | None = None) -> Path:
    """The same manifest with another signature or other payload bytes, in the exact layout."""
    package = read_package(source)
    entries = [("manifest.json", package.manifest_bytes), ("manifest.sig", signature or package.signature)]
    entries += sorted((files or package.files).items())
    target.write_bytes(layout.pack(entries))
    return target


# -- accepted, identical, stale, fork -----------------------------------------------------------------------

def test_accepted_new_then_newer(chain: Chain) -> None:
    first = chain.usb / "a-1.jcpkg"
    export_report(chain.a, first)
    accept(chain.county, first)
    assert values_of(chain.county.conn, SCHOOL_A) == values_of(chain.a.conn, SCHOOL_A)

    # The school corrects a value, removes another and explains a warning: seq 2 replaces seq 1 whole.
    set_field(chain.a.conn, SCHOOL_A, 2025, "primary_students", 1500, action="edit")
    set_field(chain.a.conn, SCHOOL_A, 2025, "multimedia_classrooms", None, action="edit")
    set_explanation(chain.a.conn, SCHOOL_A, 2025, "primary_students", "新区入学", action="edit")
    second = chain.usb / "a-2.jcpkg"
    assert export_report(chain.a, second).sequence == 2
    accept(chain.county, second)
    held = values_of(chain.county.conn, SCHOOL_A)
    assert held == values_of(chain.a.conn, SCHOOL_A)
    assert held["primary_students"] == 1500 and "multimedia_classrooms" not in held
    rows = chain.county.conn.execute("SELECT sequence, status FROM packages WHERE issuer_code = ? "
                                     "ORDER BY sequence", (SCHOOL_A,)).fetchall()
    assert rows == [(1, "accepted"), (2, "accepted")]

    # An explanation the school withdraws in seq 3 is withdrawn at the county too.
    set_explanation(chain.a.conn, SCHOOL_A, 2025, "primary_students", None, action="edit")
    third = chain.usb / "a-3.jcpkg"
    export_report(chain.a, third)
    accept(chain.county, third)
    assert chain.county.conn.execute("SELECT count(*) FROM explanations").fetchone()[0] == 0


def test_identical(chain: Chain) -> None:
    package = chain.usb / "a-1.jcpkg"
    export_report(chain.a, package)
    accept(chain.county, package)
    before, logged = data_dump(chain.county.conn), audit_count(chain.county.conn)
    report = import_packages(chain.county, [package, package])
    assert [e.cls for e in report.entries] == [c.IDENTICAL, c.IDENTICAL] and report.all_fine
    assert data_dump(chain.county.conn) == before
    assert audit_count(chain.county.conn) == logged + 2  # each decision is logged
    assert not any(chain.county.quarantine_dir.iterdir())


def test_stale(chain: Chain) -> None:
    first, second = chain.usb / "a-1.jcpkg", chain.usb / "a-2.jcpkg"
    export_report(chain.a, first)
    set_field(chain.a.conn, SCHOOL_A, 2025, "primary_students", 1500, action="edit")
    export_report(chain.a, second)
    accept(chain.county, second)  # the newer one arrived first
    refused(chain.county, first, c.STALE, "sequence")
    assert values_of(chain.county.conn, SCHOOL_A)["primary_students"] == 1500


def test_fork_same_sequence(chain: Chain) -> None:
    first = chain.usb / "a-1.jcpkg"
    package = export_report(chain.a, first)
    accept(chain.county, first)
    # The same school key signs another package with the same sequence (a restored backup, a copied workspace).
    other = sign_package(chain.usb / "a-1-other.jcpkg", chain.a, sequence=1,
                         payload=school_payload(chain.a, {"primary_students": 900}))
    assert other.manifest_sha256 != package.manifest_sha256
    refused(chain.county, chain.usb / "a-1-other.jcpkg", c.FORK, "same-sequence")
    status = chain.county.conn.execute("SELECT status FROM packages WHERE manifest_sha256 = ?",
                                       (other.manifest_sha256,)).fetchone()
    assert status == (c.FORK,), "a fork is held for a person to settle"


def test_fork_previous_does_not_chain(chain: Chain) -> None:
    first = chain.usb / "a-1.jcpkg"
    export_report(chain.a, first)
    accept(chain.county, first)
    sign_package(chain.usb / "a-2-astray.jcpkg", chain.a, sequence=2, previous="ab" * 32)
    refused(chain.county, chain.usb / "a-2-astray.jcpkg", c.FORK, "previous")
    # The true seq 2 still chains and is accepted.
    set_field(chain.a.conn, SCHOOL_A, 2025, "primary_students", 1501, action="edit")
    export_report(chain.a, chain.usb / "a-2.jcpkg")
    accept(chain.county, chain.usb / "a-2.jcpkg")


# -- trust ----------------------------------------------------------------------------------------------------

def test_pending_trust_then_enrolled(chain: Chain) -> None:
    late = new_school(chain.tmp / "school-c", "2162100003")
    package = chain.usb / "c-1.jcpkg"
    assert explain_warnings(late)  # a junior school exactly at 5.8 m² per student
    export_report(late, package)
    entry = refused(chain.county, package, c.PENDING_TRUST, "not-enrolled")
    assert late.keypair.fingerprint in entry.zh

    enrol_school(chain.county, late, chain.usb)
    # The county imports the held copy from its quarantine: the same package, now trusted.
    report = import_packages(chain.county, [chain.county.quarantine_dir])
    assert [e.cls for e in report.entries] == [c.ACCEPTED]
    assert values_of(chain.county.conn, "2162100003") == values_of(late.conn, "2162100003")
    status = chain.county.conn.execute("SELECT status, reason FROM packages WHERE issuer_code = ?",
                                       ("2162100003",)).fetchall()
    assert status == [("accepted", "")]
    late.close()


def test_revoked_key_keeps_what_it_signed(chain: Chain) -> None:
    old = chain.usb / "a-1.jcpkg"
    export_report(chain.a, old)
    accept(chain.county, old)
    held = values_of(chain.county.conn, SCHOOL_A)
    revoke(chain.county, chain.a.keypair.fingerprint)

    set_field(chain.a.conn, SCHOOL_A, 2025, "primary_students", 1500, action="edit")
    newer = chain.usb / "a-2.jcpkg"
    export_report(chain.a, newer)
    refused(chain.county, newer, c.REVOKED_KEY, "revoked")

    # What the key signed before it was revoked keeps verifying, stays accepted, and its data stays.
    assert read_package(old).key_id == chain.a.keypair.key_id
    assert values_of(chain.county.conn, SCHOOL_A) == held
    assert chain.county.conn.execute("SELECT status FROM packages WHERE file_name = 'a-1.jcpkg'").fetchone() == (
        "accepted",)
    # Importing the same USB folder again is not an error: what was accepted is held, identical.
    report = import_packages(chain.county, [old])
    assert [e.cls for e in report.entries] == [c.IDENTICAL]
    assert cli("verify", old).returncode == 0
    assert cli("verify", old, "--workspace", chain.county.path).returncode == 1  # but the key is not trusted now


def test_new_key_for_the_same_school(chain: Chain) -> None:
    """A lost PC: the county revokes the old key and enrols the new one, whose sequence starts again at 1."""
    for n in (1, 2):
        set_field(chain.a.conn, SCHOOL_A, 2025, "primary_students", 1400 + n, action="edit")
        export_report(chain.a, chain.usb / f"a-old-{n}.jcpkg")
        accept(chain.county, chain.usb / f"a-old-{n}.jcpkg")
    revoke(chain.county, chain.a.keypair.key_id)

    replacement = new_school(chain.tmp / "school-a-new-pc", SCHOOL_A)
    set_field(replacement.conn, SCHOOL_A, 2025, "primary_students", 1600, action="edit")
    enrol_school(chain.county, replacement, chain.usb)
    package = chain.usb / "a-new-1.jcpkg"
    assert export_report(replacement, package).sequence == 1
    accept(chain.county, package)
    assert values_of(chain.county.conn, SCHOOL_A) == values_of(replacement.conn, SCHOOL_A)
    # The old PC, found again, is refused.
    export_report(chain.a, chain.usb / "a-old-3.jcpkg")
    refused(chain.county, chain.usb / "a-old-3.jcpkg", c.REVOKED_KEY)
    replacement.close()


def test_enrolling_a_new_key_retires_the_old_one(chain: Chain) -> None:
    """Nobody revoked the lost PC's key: enrolling the new PC retires it all the same, so the old PC found
    again cannot overwrite what the new one sent."""
    export_report(chain.a, chain.usb / "a-old-1.jcpkg")
    accept(chain.county, chain.usb / "a-old-1.jcpkg")
    replacement = new_school(chain.tmp / "school-a-new-pc", SCHOOL_A)
    set_field(replacement.conn, SCHOOL_A, 2025, "primary_students", 1600, action="edit")
    # Replacing the key in force must be said plainly: without it nothing changes.
    with pytest.raises(JcError) as refusal:
        enrol_school(chain.county, replacement, chain.usb)
    assert refusal.value.rule == "key-in-force" and "--replace" in refusal.value.en
    assert key_record(chain.county.conn, chain.a.keypair.key_id).status == "enrolled"
    request = next(chain.usb.glob(f"enrol-{SCHOOL_A}-{replacement.keypair.key_id[:8]}.jcpkg"))
    enrol(chain.county, request, confirmed_fingerprint=replacement.keypair.fingerprint, replace=True)
    old = key_record(chain.county.conn, chain.a.keypair.key_id)
    assert old is not None and old.status == "revoked"
    export_report(replacement, chain.usb / "a-new-1.jcpkg")
    accept(chain.county, chain.usb / "a-new-1.jcpkg")
    set_field(chain.a.conn, SCHOOL_A, 2025, "primary_students", 1, action="edit")
    export_report(chain.a, chain.usb / "a-old-2.jcpkg")
    refused(chain.county, chain.usb / "a-old-2.jcpkg", c.REVOKED_KEY)
    assert values_of(chain.county.conn, SCHOOL_A)["primary_students"] == 1600
    replacement.close()


def test_wrong_issuer(chain: Chain) -> None:
    # School A's enrolled key signs a package claiming to be school B, with B's data.
    forged = sign_package(chain.usb / "forged.jcpkg", chain.b, sequence=1, keypair=chain.a.keypair)
    assert forged.issuer.code == SCHOOL_B and forged.key_id == chain.a.keypair.key_id
    refused(chain.county, chain.usb / "forged.jcpkg", c.WRONG_ISSUER, "key-holder")


def test_wrong_issuer_role(chain: Chain) -> None:
    # A school key signing as a county (same code) is not the holder it was enrolled as.
    from jinchang_desktop.packages.format import Issuer, write_package

    profile = load_profile("national")
    write_package(chain.usb / "as-county.jcpkg", kind="school-report", issuer=Issuer("county", SCHOOL_A, "x"),
                  keypair=chain.a.keypair, school_year=2025, sequence=1, previous="", profile_id=profile.id,
                  profile_sha256=profile.sha256, files={SCHOOL_REPORT: school_payload(chain.a)})
    refused(chain.county, chain.usb / "as-county.jcpkg", c.WRONG_ISSUER, "key-holder")


# -- bad signature or hash ----------------------------------------------------------------------------------

def test_bad_signature(chain: Chain) -> None:
    good = chain.usb / "a-1.jcpkg"
    package = export_report(chain.a, good)
    flipped = bytearray(package.signature)
    flipped[17] ^= 0x01
    refused(chain.county, repack(good, chain.usb / "sig.jcpkg", signature=bytes(flipped)), c.BAD_SIGNATURE,
            "bad-signature")


def test_payload_hash_mismatch(chain: Chain) -> None:
    good = chain.usb / "a-1.jcpkg"
    package = export_report(chain.a, good)
    payload = package.files[SCHOOL_REPORT].replace(b'"primary_students":1480', b'"primary_students":1580')
    assert payload != package.files[SCHOOL_REPORT]
    refused(chain.county, repack(good, chain.usb / "hash.jcpkg", files={SCHOOL_REPORT: payload}), c.BAD_SIGNATURE,
            "hash-mismatch")


def test_flipped_bytes_anywhere(chain: Chain) -> None:
    good = chain.usb / "a-1.jcpkg"
    export_report(chain.a, good)
    data = good.read_bytes()
    for n, position in enumerate((0, 40, len(data) // 3, len(data) // 2, len(data) - 30, len(data) - 1)):
        bad = bytearray(data)
        bad[position] ^= 0x20
        path = chain.usb / f"flip-{n}.jcpkg"
        path.write_bytes(bytes(bad))
        try:
            read_package(path)
        except PackageError as exc:
            refused(chain.county, path, c.BAD_SIGNATURE if exc.code in c.SIGNATURE_CODES else c.MALFORMED, exc.code)
        else:  # deflate's padding bits carry nothing: the content, and so the package, is unchanged
            assert read_package(path).manifest_sha256 == read_package(good).manifest_sha256


# -- year, profile -------------------------------------------------------------------------------------------

def test_wrong_year(chain: Chain) -> None:
    sign_package(chain.usb / "a-2024.jcpkg", chain.a, sequence=1, year=2024)
    refused(chain.county, chain.usb / "a-2024.jcpkg", c.WRONG_YEAR, "school-year")


def test_wrong_profile(chain: Chain) -> None:
    jinchang = load_profile("jinchang")
    sign_package(chain.usb / "a-jinchang.jcpkg", chain.a, sequence=1, profile_sha256=jinchang.sha256)
    refused(chain.county, chain.usb / "a-jinchang.jcpkg", c.WRONG_PROFILE, "profile")


# -- malformed -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("keep", [0.0, 0.01, 0.5, 0.99])
def test_truncated(chain: Chain, keep: float) -> None:
    good = chain.usb / "a-1.jcpkg"
    export_report(chain.a, good)
    data = good.read_bytes()
    cut = chain.usb / "cut.jcpkg"
    cut.write_bytes(data[: int(len(data) * keep)])
    refused(chain.county, cut, c.MALFORMED)


def test_not_a_zip(chain: Chain) -> None:
    path = chain.usb / "notes.jcpkg"
    path.write_text("县区：请查收本校数据。\n", encoding="utf-8")
    refused(chain.county, path, c.MALFORMED, "not-zip")


def test_wrong_kind(chain: Chain) -> None:
    roster = chain.usb / "roster.jcpkg"
    export_roster(chain.county, roster)  # a roster belongs at a school, not in a county's import
    refused(chain.county, roster, c.MALFORMED, "kind")
    request = chain.usb / "request.jcpkg"
    export_enrol_request(chain.a, request)
    refused(chain.county, request, c.MALFORMED, "kind")


@pytest.mark.parametrize("number", [b"NaN", b"-1", b"Infinity", b"-Infinity", b"1e999", b"12.5"])
def test_bad_numbers_in_a_signed_payload(chain: Chain, number: bytes) -> None:
    # Well signed and hashed: only the data is bad (12.5 students is not a whole number).
    payload = school_payload(chain.a).replace(b'"primary_students":1480', b'"primary_students":' + number)
    assert number in payload
    sign_package(chain.usb / "bad-number.jcpkg", chain.a, sequence=1, payload=payload)
    entry = refused(chain.county, chain.usb / "bad-number.jcpkg", c.MALFORMED)
    assert entry.rule in ("payload-json", "non-negative-number"), entry


@pytest.mark.parametrize("payload", [
    b"[]", b'{"payload_version":1}', b'{"payload_version":2,"school":{}}', b"\xff\xfe", b"{",
    b'{"payload_version":1,"school":{"code":"2162100001","name":"x","county":"\xe6\xb0\xb8\xe6\x98\x8c\xe5\x8e\xbf",'
    b'"school_type":"primary","counted":"no","parent_code":""},"values":{}}',
    b'{"payload_version":1,"school":{"code":"2162100001","name":"x","county":"\xe6\xb0\xb8\xe6\x98\x8c\xe5\x8e\xbf",'
    b'"school_type":"primary","counted":true,"parent_code":""},"values":{"no_such_field":1}}',
    b'{"payload_version":1,"school":{"code":"2162100001","name":"x","county":"\xe6\xb0\xb8\xe6\x98\x8c\xe5\x8e\xbf",'
    b'"school_type":"primary","counted":true,"parent_code":""},"values":{"primary_students":true}}',
])
def test_bad_payload_shapes(chain: Chain, payload: bytes) -> None:
    sign_package(chain.usb / "bad-shape.jcpkg", chain.a, sequence=1, payload=payload)
    refused(chain.county, chain.usb / "bad-shape.jcpkg", c.MALFORMED)


def test_payload_school_differs_from_issuer(chain: Chain) -> None:
    # School A's key, a manifest naming school A, but data for school B inside.
    payload = school_payload(chain.b)
    sign_package(chain.usb / "a-carrying-b.jcpkg", chain.a, sequence=1, payload=payload)
    refused(chain.county, chain.usb / "a-carrying-b.jcpkg", c.MALFORMED, "payload-school")


def test_payload_of_another_county(chain: Chain) -> None:
    payload = school_payload(chain.a, county="金川区")
    sign_package(chain.usb / "a-elsewhere.jcpkg", chain.a, sequence=1, payload=payload)
    refused(chain.county, chain.usb / "a-elsewhere.jcpkg", c.MALFORMED, "payload-county")


def test_hard_errors_in_a_signed_payload(chain: Chain) -> None:
    values = {**values_of(chain.a.conn, SCHOOL_A), "primary_qualified_teachers": 1999,
              "primary_teachers": 10}
    sign_package(chain.usb / "impossible.jcpkg", chain.a, sequence=1, payload=school_payload(chain.a, values))
    refused(chain.county, chain.usb / "impossible.jcpkg", c.MALFORMED)


def test_a_folder_mixes_classes_and_reports_each(chain: Chain) -> None:
    folder = chain.usb / "day"
    folder.mkdir()
    export_report(chain.a, folder / "1-a.jcpkg")
    explain_warnings(chain.b)
    export_report(chain.b, folder / "2-b.jcpkg")
    (folder / "3-junk.jcpkg").write_bytes(b"PK\x03\x04 junk")
    (folder / "4-readme.txt").write_text("not a package")  # only *.jcpkg files are taken from folders
    sign_package(folder / "5-old-year.jcpkg", chain.a, sequence=1, year=2024)
    report = import_packages(chain.county, [folder])
    assert [(Path(e.file).name, e.cls) for e in report.entries] == [
        ("1-a.jcpkg", c.ACCEPTED), ("2-b.jcpkg", c.ACCEPTED), ("3-junk.jcpkg", c.MALFORMED),
        ("5-old-year.jcpkg", c.WRONG_YEAR)]
    assert not report.all_fine
    counts = report.to_json()["counts"]
    assert counts == {c.ACCEPTED: 2, c.WRONG_YEAR: 1, c.MALFORMED: 1}
    names = sorted(p.name for p in chain.county.quarantine_dir.iterdir())
    assert len(names) == 4 and sum(n.endswith(".reason.json") for n in names) == 2
    json.dumps(report.to_json(), ensure_ascii=False)  # what --json prints


def test_refused_twice_is_quarantined_once(chain: Chain) -> None:
    path = chain.usb / "junk.jcpkg"
    path.write_bytes(b"junk")
    refused(chain.county, path, c.MALFORMED)
    refused(chain.county, path, c.MALFORMED)
    # Importing the quarantine itself must not copy its files into it again under growing names.
    report = import_packages(chain.county, [chain.county.quarantine_dir])
    assert [e.cls for e in report.entries] == [c.MALFORMED]
    assert len(list(chain.county.quarantine_dir.iterdir())) == 2
