"""Enrolment and revocation at the county: what a person types is checked, and a decision is never rewritten."""
from __future__ import annotations

from pathlib import Path

import pytest

from jinchang_desktop.errors import JcError
from jinchang_desktop.exchange.trust import enrol, export_enrol_request, key_record, read_enrol_request, revoke
from tests.exchange.conftest import SCHOOL_A, Chain
from tests.exchange.helpers import audit_count, new_school


def test_request_carries_the_school_type(chain: Chain) -> None:
    request = chain.usb / "again.jcpkg"
    export_enrol_request(chain.a, request)
    assert read_enrol_request(request).school_type == "primary"  # from the school's row, set by `load`


def test_revoking_twice_keeps_the_first_time(chain: Chain) -> None:
    first = revoke(chain.county, chain.a.keypair.fingerprint)
    logged = audit_count(chain.county.conn)
    again = revoke(chain.county, chain.a.keypair.key_id)
    assert again.revoked_at == first.revoked_at and again.status == "revoked"
    assert audit_count(chain.county.conn) == logged


@pytest.mark.parametrize("text", ["", "  ", "0", "ab", "----"])
def test_revoke_needs_a_key_it_can_name(chain: Chain, text: str) -> None:
    with pytest.raises(JcError):
        revoke(chain.county, text)
    assert key_record(chain.county.conn, chain.a.keypair.key_id).status == "enrolled"  # type: ignore[union-attr]


def test_revoked_key_cannot_come_back(chain: Chain) -> None:
    revoke(chain.county, chain.a.keypair.key_id)
    request = chain.usb / "again.jcpkg"
    export_enrol_request(chain.a, request)
    with pytest.raises(JcError) as refused:
        enrol(chain.county, request, confirmed_fingerprint=chain.a.keypair.fingerprint)
    assert refused.value.rule == "revoked"


def test_a_key_has_one_holder(chain: Chain) -> None:
    request = chain.usb / "again.jcpkg"
    export_enrol_request(chain.a, request)
    with pytest.raises(JcError) as refused:
        enrol(chain.county, request, confirmed_fingerprint=chain.a.keypair.fingerprint, code="2162100009")
    assert refused.value.rule == "key-holder"
    assert key_record(chain.county.conn, chain.a.keypair.key_id).holder_code == SCHOOL_A  # type: ignore[union-attr]


def test_school_of_another_county_is_not_enrolled(chain: Chain, tmp_path: Path) -> None:
    outsider = new_school(tmp_path / "jinchuan-school", "2162200001")
    request = chain.usb / "outsider.jcpkg"
    export_enrol_request(outsider, request)
    with pytest.raises(JcError) as refused:
        enrol(chain.county, request, confirmed_fingerprint=outsider.keypair.fingerprint)
    assert refused.value.rule == "county"
    assert key_record(chain.county.conn, outsider.keypair.key_id) is None
    outsider.close()
