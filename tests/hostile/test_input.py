"""Nothing a sender puts in a file crashes an import, a verify, an enrolment or a roster import: each is a JcError
naming the file and the rule, the other files of the same run are still taken, and the refused one is quarantined."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from jinchang_desktop.errors import JcError
from jinchang_desktop.exchange import classes as c
from jinchang_desktop.exchange.importer import import_packages
from jinchang_desktop.exchange.payloads import ENROL, ROSTER, SCHOOL_REPORT
from jinchang_desktop.exchange.reports import export_report
from jinchang_desktop.exchange.trust import import_roster, read_enrol_request
from jinchang_desktop.packages.format import Issuer, write_package
from jinchang_desktop.packages.keys import generate_key
from tests.exchange.conftest import SCHOOL_A, Chain
from tests.exchange.helpers import REFUSED, USAGE, cli, values_of
from tests.hostile.forge import Snapshot, assert_quarantined, dumps, forge, payload_of

DEEP = 200_000


def good_and_bad(chain: Chain, bad: Path) -> tuple[Path, list[str]]:
    """Import a good package of school B together with ``bad``: B's must be accepted whatever ``bad`` is."""
    good = chain.usb / "b-1.jcpkg"
    export_report(chain.b, good)
    report = import_packages(chain.county, [good, bad])
    return good, [e.cls for e in report.entries]


def test_lone_surrogate_issuer_from_a_fresh_key(chain: Chain) -> None:
    """The USB-stick attack: a random key, issuer name "\\ud800" (valid JSON, valid UTF-8 after escaping)."""
    stranger = generate_key()
    bad = forge(chain.usb / "surrogate.jcpkg", chain.a, dumps(payload_of(chain.a)), keypair=stranger,
                issuer=Issuer("school", SCHOOL_A, "\ud800"), ascii_manifest=True)
    result = cli("verify", bad)
    assert result.returncode == REFUSED and "Traceback" not in result.stderr
    # The manifest's strict parser refuses a lone surrogate anywhere in it, before any field is read.
    assert "manifest-json" in result.stderr and "lone surrogate" in result.stderr
    before = Snapshot(chain.county)
    good = chain.usb / "b-1.jcpkg"
    export_report(chain.b, good)
    report = import_packages(chain.county, [good, bad])
    assert [e.cls for e in report.entries] == [c.ACCEPTED, c.MALFORMED]
    assert report.entries[1].rule == "manifest-json"
    assert_quarantined(report.entries[1], bad)
    assert values_of(chain.county.conn, "2162100002") == values_of(chain.b.conn, "2162100002")
    # The same folder again: no crash, the good one identical, the bad one refused again.
    again = import_packages(chain.county, [chain.usb])
    assert {e.cls for e in again.entries} >= {c.IDENTICAL, c.MALFORMED}
    assert before.data != Snapshot(chain.county).data  # B's package did land


@pytest.mark.parametrize("name", ["\x1b[2J\x1b[H永昌县第一小学", "第一小学\n已接收  accepted", "\u202e学小一第",
                                  "x" * 101, "第一小学\u0000"])
def test_names_that_would_forge_a_terminal_line_are_refused(chain: Chain, name: str) -> None:
    bad = forge(chain.usb / "name.jcpkg", chain.a, dumps(payload_of(chain.a)),
                issuer=Issuer("school", SCHOOL_A, name), ascii_manifest=True)
    result = cli("verify", bad)
    assert result.returncode == REFUSED and "\x1b" not in result.stderr and "\u202e" not in result.stderr
    assert "manifest-field" in result.stderr
    _, classes = good_and_bad(chain, bad)
    assert classes == [c.ACCEPTED, c.MALFORMED]


def test_deep_nesting_in_a_payload(chain: Chain) -> None:
    payload = b"[" * DEEP + b"]" * DEEP
    bad = forge(chain.usb / "deep.jcpkg", chain.a, payload)
    good, classes = good_and_bad(chain, bad)
    assert classes == [c.ACCEPTED, c.MALFORMED]
    entry = import_packages(chain.county, [bad]).entries[0]
    assert entry.rule == "payload-json" and "deep" in entry.en
    assert_quarantined(entry, bad)
    assert values_of(chain.county.conn, SCHOOL_A) == {}


def test_deep_nesting_in_an_enrolment_request_and_a_roster(chain: Chain, tmp_path: Path) -> None:
    # Brackets, not objects: the same depth in fewer bytes, under the reader's compression-ratio limit.
    deep = b'{"a":' + b"[" * DEEP + b"]" * DEEP + b"}"
    request = tmp_path / "enrol-deep.jcpkg"
    write_package(request, kind="enrol-request", issuer=Issuer("school", "2162100009", "某校"),
                  keypair=generate_key(), school_year=2025, sequence=1, previous="", profile_id="",
                  profile_sha256="", files={ENROL: deep})
    with pytest.raises(JcError) as refusal:
        read_enrol_request(request)
    assert refusal.value.rule == "payload-json" and refusal.value.file == str(request)
    result = cli("enrol", chain.county.path, request, "--fingerprint", "0000")
    assert result.returncode == USAGE and "Traceback" not in result.stderr and "payload-json" in result.stderr

    roster = tmp_path / "roster-deep.jcpkg"
    write_package(roster, kind="roster", issuer=Issuer("county", chain.county.code, chain.county.name),
                  keypair=chain.county.keypair, school_year=2025, sequence=1, previous="", profile_id="",
                  profile_sha256="", files={ROSTER: deep})
    with pytest.raises(JcError) as refusal:
        import_roster(chain.a, roster, confirmed_fingerprint=chain.county.keypair.fingerprint)
    assert refusal.value.rule == "payload-json"


@pytest.mark.parametrize("spoil, rule", [
    (lambda raw: raw.replace(b'"payload_version":1', b'"payload_version":1,"values":{}', 1), "payload-json"),
    (lambda raw: raw.replace(b'"payload_version":1', b'"payload_version":1,"sneaky":true', 1), "payload-keys"),
    (lambda raw: raw.replace(b'"school":{', b'"school":{"branch_of":"2162100002",', 1), "payload-keys"),
], ids=["repeated-key", "unknown-key", "unknown-identity-key"])
def test_repeated_and_unknown_keys(chain: Chain, spoil, rule: str) -> None:  # type: ignore[no-untyped-def]
    raw = spoil(dumps(payload_of(chain.a)))
    bad = forge(chain.usb / "keys.jcpkg", chain.a, raw)
    before = Snapshot(chain.county)
    [entry] = import_packages(chain.county, [bad]).entries
    assert (entry.cls, entry.rule) == (c.MALFORMED, rule), entry
    assert_quarantined(entry, bad)
    before.unchanged(decisions=1)


def test_a_report_with_no_values_does_not_wipe_the_school(chain: Chain) -> None:
    export_report(chain.a, chain.usb / "a-1.jcpkg")
    import_packages(chain.county, [chain.usb / "a-1.jcpkg"])
    held = values_of(chain.county.conn, SCHOOL_A)
    body = payload_of(chain.a, values={})
    bad = forge(chain.usb / "empty.jcpkg", chain.a, dumps(body))
    [entry] = import_packages(chain.county, [bad]).entries
    assert (entry.cls, entry.rule) == (c.MALFORMED, "payload-values")
    assert values_of(chain.county.conn, SCHOOL_A) == held


def test_explanations_must_answer_known_fields_in_safe_text(chain: Chain) -> None:
    for index, explanations in enumerate([{"no_such_field": "x"}, {"primary_students": "\x1b[31m红字"},
                                          {"primary_students": "长" * 2001}]):
        body = payload_of(chain.a, explanations=explanations)
        bad = forge(chain.usb / f"explain-{index}.jcpkg", chain.a, dumps(body))
        [entry] = import_packages(chain.county, [bad]).entries
        assert (entry.cls, entry.rule) == (c.MALFORMED, "payload-explanations"), entry


def test_a_warnings_list_is_accepted_in_a_school_report(chain: Chain) -> None:
    """The soft warnings the school's program listed travel with the report (their shape only is checked)."""
    body = payload_of(chain.a, warnings=[{"field": "primary_students", "rule": "change-from-last-year",
                                                "message": {"zh": "偏高", "en": "high"}, "explained": False}])
    package = forge(chain.usb / "warnings.jcpkg", chain.a, dumps(body))
    [entry] = import_packages(chain.county, [package]).entries
    assert entry.cls == c.ACCEPTED, entry
    body = payload_of(chain.a, warnings="none")
    bad = forge(chain.usb / "warnings-bad.jcpkg", chain.a, dumps(body))
    [entry] = import_packages(chain.county, [bad]).entries
    assert (entry.cls, entry.rule) == (c.MALFORMED, "payload-warnings")


def test_long_file_name_reaches_the_quarantine(chain: Chain) -> None:
    long_name = "学" * 80 + ".jcpkg"  # 246 bytes: with a hash prefix it would pass the 255-byte limit
    bad = forge(chain.usb / long_name, chain.a, b"[" * DEEP)
    good, classes = good_and_bad(chain, bad)
    assert classes == [c.ACCEPTED, c.MALFORMED]
    entry = import_packages(chain.county, [bad]).entries[0]
    assert_quarantined(entry, bad)
    assert len(Path(entry.quarantined).name.encode("utf-8")) <= 200


def test_a_folder_with_no_packages_is_not_a_successful_import(chain: Chain, tmp_path: Path) -> None:
    empty = tmp_path / "empty-stick"
    empty.mkdir()
    (empty / "readme.txt").write_text("no packages here", encoding="utf-8")
    result = cli("import", chain.county.path, empty)
    assert result.returncode == USAGE and "no-packages" in result.stderr and "0 files" not in result.stdout


def test_a_table_name_with_control_characters_is_refused(chain: Chain, tmp_path: Path) -> None:
    from jinchang_desktop.exchange.load import load_table
    from tests.exchange.helpers import TABLE

    text = TABLE.read_text(encoding="utf-8-sig").replace("永昌县第一小学", "=HYPERLINK(\"x\")\x1b[2J", 1)
    table = tmp_path / "table.csv"
    table.write_text(text, encoding="utf-8-sig")
    before = Snapshot(chain.county)
    with pytest.raises(JcError) as refusal:
        load_table(chain.county, table)
    assert refusal.value.rule == "text"
    before.unchanged(decisions=0)


def test_the_manifest_refuses_a_repeated_key_too(chain: Chain) -> None:
    body = dumps(payload_of(chain.a))
    from tests.hostile.forge import manifest_for

    manifest = manifest_for(chain.a, {SCHOOL_REPORT: body})
    raw = json.dumps(manifest, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    raw = raw.replace(b'"kind":"school-report"', b'"kind":"school-report","kind":"roster"', 1)
    from tests.packages.helpers import assemble

    bad = assemble(chain.usb / "repeat.jcpkg", manifest=raw, signer=chain.a.keypair, files={SCHOOL_REPORT: body})
    [entry] = import_packages(chain.county, [bad]).entries
    assert (entry.cls, entry.rule) == (c.MALFORMED, "manifest-json")


@pytest.mark.parametrize("name", ["校" * 100_000, "=HYPERLINK(\"http://x\")\u202e", "第一\x1b]0;title\x07小学"])
def test_over_long_or_control_laden_names_inside_a_payload(chain: Chain, name: str) -> None:
    body = payload_of(chain.a)
    body["school"]["name"] = name
    bad = forge(chain.usb / "payload-name.jcpkg", chain.a, dumps(body))
    before = Snapshot(chain.county)
    [entry] = import_packages(chain.county, [bad]).entries
    assert (entry.cls, entry.rule) == (c.MALFORMED, "text"), entry
    assert "\x1b" not in entry.zh + entry.en and "\u202e" not in entry.zh + entry.en
    before.unchanged(decisions=1)


@pytest.mark.parametrize("number, rule", [(b"1e400", "non-negative-number"), (b"9" * 5000, "payload-json"),
                                          (b"-0.5", "non-negative-number"), (b"true", "non-negative-number")])
def test_numbers_a_sender_should_not_send(chain: Chain, number: bytes, rule: str) -> None:
    raw = dumps(payload_of(chain.a, values={"primary_students": 1}))
    raw = raw.replace(b'"primary_students":1', b'"primary_students":' + number, 1)
    bad = forge(chain.usb / "number.jcpkg", chain.a, raw)
    before = Snapshot(chain.county)
    [entry] = import_packages(chain.county, [bad]).entries
    assert (entry.cls, entry.rule) == (c.MALFORMED, rule), entry
    before.unchanged(decisions=1)
