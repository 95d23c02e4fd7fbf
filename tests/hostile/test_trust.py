"""Trust has no first-use hole: weak keys never verify or enrol, the first roster pins the county's key only after
a fingerprint check, and replacing a school's key in force must be said."""
from __future__ import annotations

from pathlib import Path

import pytest

from jinchang_desktop.errors import JcError
from jinchang_desktop.exchange import classes as c
from jinchang_desktop.exchange.importer import import_packages
from jinchang_desktop.exchange.trust import export_enrol_request, export_roster, import_roster
from jinchang_desktop.packages.format import PackageError, read_package
from jinchang_desktop.packages.keys import generate_key, weak_key_problem
from jinchang_desktop.store.keys import key_record, keys_of
from jinchang_desktop.store.workspace import Workspace
from tests.exchange.conftest import SCHOOL_A, Chain
from tests.exchange.helpers import REFUSED, USAGE, cli, data_dump, new_school
from tests.hostile.forge import assert_quarantined, dumps, forge, payload_of

P = 2**255 - 19
# The encodings of points of small order: the identity, the point of order 2, two of order 4, and two of the
# four of order 8 (with their sign bits), plus a y that is not reduced mod p.
SMALL_ORDER = [
    (1).to_bytes(32, "little"),
    (P - 1).to_bytes(32, "little"),
    bytes(32),
    bytes(31) + b"\x80",
    bytes.fromhex("26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05"),
    bytes.fromhex("c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a"),
    bytes.fromhex("26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc85"),
    bytes.fromhex("c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac03fa"),
    (P + 1).to_bytes(32, "little"),  # the identity again, not reduced
]


@pytest.mark.parametrize("raw", SMALL_ORDER, ids=lambda raw: raw.hex()[:8])
def test_small_order_keys_are_weak(raw: bytes) -> None:
    assert weak_key_problem(raw) is not None


def test_real_keys_are_not_weak() -> None:
    assert all(weak_key_problem(generate_key().public_bytes) is None for _ in range(100))


def test_a_package_under_a_weak_key_never_verifies(chain: Chain) -> None:
    bad = forge(chain.usb / "weak.jcpkg", chain.a, dumps(payload_of(chain.a)), public_bytes=SMALL_ORDER[0])
    with pytest.raises(PackageError) as refusal:
        read_package(bad)
    assert refusal.value.code == "weak-key"
    result = cli("verify", bad)
    assert result.returncode == REFUSED and "weak-key" in result.stderr
    [entry] = import_packages(chain.county, [bad]).entries
    assert (entry.cls, entry.rule) == (c.BAD_SIGNATURE, "weak-key")
    assert_quarantined(entry, bad)


def test_the_first_roster_needs_the_county_fingerprint(chain: Chain, tmp_path: Path) -> None:
    roster = tmp_path / "roster.jcpkg"
    export_roster(chain.county, roster)
    before = data_dump(chain.a.conn)
    # A forged roster from another "county": the school would otherwise pin the forger's key.
    with pytest.raises(JcError) as refusal:
        import_roster(chain.a, roster, confirmed_fingerprint=generate_key().fingerprint)
    assert refusal.value.rule == "fingerprint"
    assert data_dump(chain.a.conn) == before and not keys_of(chain.a.conn)
    chain.a.close()
    result = cli("roster-import", chain.a.path, roster)  # no --fingerprint, no terminal to ask on
    assert result.returncode == USAGE and "fingerprint" in result.stderr
    result = cli("roster-import", chain.a.path, roster, "--fingerprint", chain.county.keypair.fingerprint)
    assert result.returncode == 0, result.stderr


def test_replacing_a_key_in_force_needs_replace(chain: Chain, tmp_path: Path) -> None:
    new_pc = new_school(tmp_path / "a-new-pc", SCHOOL_A)
    request = tmp_path / "a-new.jcpkg"
    export_enrol_request(new_pc, request)
    chain.county.close()
    fingerprint = new_pc.keypair.fingerprint
    result = cli("enrol", chain.county.path, request, "--fingerprint", fingerprint)
    assert result.returncode == USAGE and "key-in-force" in result.stderr and "--replace" in result.stderr
    result = cli("enrol", chain.county.path, request, "--fingerprint", fingerprint, "--replace")
    assert result.returncode == 0, result.stderr
    from jinchang_desktop.store.workspace import Workspace

    with Workspace.open(chain.county.path) as county:
        old = key_record(county.conn, chain.a.keypair.key_id)
        assert old is not None and old.status == "revoked"
    new_pc.close()


def test_a_first_roster_without_a_fingerprint_is_refused_whoever_calls(chain: Chain, tmp_path: Path) -> None:
    """No caller (command line or app) pins the county's key unchecked: the core asks for the fingerprint."""
    from jinchang_desktop.store.audit import audit_entries

    roster = tmp_path / "roster.jcpkg"
    export_roster(chain.county, roster)
    before = data_dump(chain.a.conn)
    for missing in (None, "", "  "):
        with pytest.raises(JcError) as refusal:
            import_roster(chain.a, roster, confirmed_fingerprint=missing)
        assert refusal.value.rule == "fingerprint-required"
    assert data_dump(chain.a.conn) == before
    result = import_roster(chain.a, roster, confirmed_fingerprint=chain.county.keypair.fingerprint)
    assert result.pinned_now
    details = [e.detail for e in audit_entries(chain.a.conn, action="roster-import")]
    assert any("fingerprint checked" in d for d in details)
    # Pinned once: a roster signed by any other key is refused from now on, fingerprint or not.
    other = Workspace.create(tmp_path / "other", role="county", code="620399", name="某县", school_year=2025)
    forged = tmp_path / "forged.jcpkg"
    export_roster(other, forged)
    with pytest.raises(JcError) as refusal:
        import_roster(chain.a, forged, confirmed_fingerprint=other.keypair.fingerprint)
    assert refusal.value.rule == "county-key"
    other.close()
