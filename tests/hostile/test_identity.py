"""A package proves data, not identity: a school's report cannot rename, re-type, re-parent or un-count itself at
the county, and at the city a county is its code and key, never its name."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from jinchang_desktop.errors import JcError
from jinchang_desktop.exchange import classes as c
from jinchang_desktop.exchange.importer import import_packages
from jinchang_desktop.exchange.load import load_table
from jinchang_desktop.exchange.payloads import COUNTY_REPORT, CountyReport, county_report_bytes
from jinchang_desktop.exchange.reports import county_records, export_report
from jinchang_desktop.exchange.trust import enrol, export_enrol_request
from jinchang_desktop.exchange.ws_profile import workspace_profile
from jinchang_desktop.packages.format import Issuer, write_package
from jinchang_desktop.standards.assess import assess
from jinchang_desktop.store.declared import get_school
from jinchang_desktop.store.identity_requests import decide_request, open_requests
from jinchang_desktop.store.workspace import Workspace
from tests.exchange.conftest import SCHOOL_A, SCHOOL_B, Chain
from tests.exchange.helpers import (
    TABLE,
    YEAR,
    cli,
    data_dump,
    enrol_school,
    new_county,
    school_payload,
    sign_package,
    values_of,
)


def identity_of(school: object) -> tuple[object, ...]:
    return tuple(getattr(school, key) for key in ("code", "name", "county", "school_type", "counted", "parent_code"))


def identity(ws: Workspace, code: str) -> tuple[object, ...]:
    return identity_of(get_school(ws.conn, code))


def test_identity_in_a_report_is_a_request_never_applied(chain: Chain) -> None:
    roster = get_school(chain.county.conn, SCHOOL_A)
    # The school declares itself an uncounted branch of school B, renamed, as a teaching site.
    payload = school_payload(chain.a, name="永昌县第一小学（新）", school_type="teaching_site", counted=False,
                             parent_code=SCHOOL_B)
    sign_package(chain.usb / "a-1.jcpkg", chain.a, sequence=1, payload=payload)
    [entry] = import_packages(chain.county, [chain.usb / "a-1.jcpkg"]).entries
    assert entry.cls == c.ACCEPTED and entry.requests == 4, entry
    assert identity(chain.county, SCHOOL_A) == identity_of(roster)  # the roster is as it was
    assert values_of(chain.county.conn, SCHOOL_A) == values_of(chain.a.conn, SCHOOL_A)  # the values did land
    wanted = {r.field: r.requested for r in open_requests(chain.county.conn, SCHOOL_A)}
    assert wanted == {"name": "永昌县第一小学（新）", "school_type": "teaching_site", "counted": 0,
                      "parent_code": SCHOOL_B}
    listed = cli("requests", chain.county.path)
    assert listed.returncode == 0 and "4 open" in listed.stdout
    # Staff accept the new name and refuse the rest; each decision is logged, only the accepted one applied.
    by_field = {r.field: r for r in open_requests(chain.county.conn, SCHOOL_A)}
    decide_request(chain.county.conn, by_field["name"].id, accept=True)
    for field in ("school_type", "counted", "parent_code"):
        decide_request(chain.county.conn, by_field[field].id, accept=False)
    school = get_school(chain.county.conn, SCHOOL_A)
    assert school is not None and school.name == "永昌县第一小学（新）"
    assert roster is not None
    assert (school.school_type, school.counted, school.parent_code) == (roster.school_type, True, "")
    assert not open_requests(chain.county.conn)
    # The county can still assess all its schools.
    assert assess(county_records(chain.county), workspace_profile(chain.county))


def test_a_parent_that_does_not_exist_cannot_be_accepted(chain: Chain) -> None:
    payload = school_payload(chain.a, parent_code="9999999999", counted=False)
    sign_package(chain.usb / "a-1.jcpkg", chain.a, sequence=1, payload=payload)
    import_packages(chain.county, [chain.usb / "a-1.jcpkg"])
    request = next(r for r in open_requests(chain.county.conn) if r.field == "parent_code")
    before = data_dump(chain.county.conn)
    with pytest.raises(JcError) as refusal:
        decide_request(chain.county.conn, request.id, accept=True)
    assert refusal.value.rule == "identity-request"
    assert data_dump(chain.county.conn) == before


def test_a_report_that_agrees_again_withdraws_its_requests(chain: Chain) -> None:
    sign_package(chain.usb / "a-1.jcpkg", chain.a, sequence=1, payload=school_payload(chain.a, name="别名"))
    first = import_packages(chain.county, [chain.usb / "a-1.jcpkg"]).entries[0]
    assert first.requests == 1
    # Sequence 2, naming the school as the roster does.
    second = sign_package(chain.usb / "a-2b.jcpkg", chain.a, sequence=2, previous=first.manifest_sha256)
    [entry] = import_packages(chain.county, [chain.usb / "a-2b.jcpkg"]).entries
    assert entry.cls == c.ACCEPTED and entry.requests == 0 and second.sequence == 2
    assert not open_requests(chain.county.conn)


# -- the city -------------------------------------------------------------------------------------------------

@pytest.fixture
def city(tmp_path: Path) -> Iterator[tuple[Workspace, Workspace, Workspace]]:
    top = Workspace.create(tmp_path / "city", role="city", code="6203", name="金昌市", school_year=YEAR)
    yongchang = new_county(tmp_path / "yongchang")
    jinchuan = new_county(tmp_path / "jinchuan", code="620302", name="金川区")
    for county in (yongchang, jinchuan):
        load_table(county, TABLE)
        enrol_school(top, county, tmp_path)
    yield top, yongchang, jinchuan
    for ws in (top, yongchang, jinchuan):
        ws.close()


def test_a_second_county_key_under_a_known_name_is_refused(city: tuple[Workspace, Workspace, Workspace],
                                                            tmp_path: Path) -> None:
    top, yongchang, _ = city
    impostor = new_county(tmp_path / "impostor", code="620399", name="永昌县")
    request = tmp_path / "impostor-request.jcpkg"
    export_enrol_request(impostor, request)
    before = data_dump(top.conn)
    with pytest.raises(JcError) as refusal:
        enrol(top, request, confirmed_fingerprint=impostor.keypair.fingerprint)
    assert refusal.value.rule == "county-name" and "620321" in refusal.value.en
    assert data_dump(top.conn) == before
    impostor.close()


def test_a_county_report_failing_the_hard_checks_is_refused(city: tuple[Workspace, Workspace, Workspace],
                                                             tmp_path: Path) -> None:
    top, yongchang, jinchuan = city
    export_report(jinchuan, tmp_path / "jc.jcpkg")
    assert import_packages(top, [tmp_path / "jc.jcpkg"]).entries[0].cls == c.ACCEPTED
    records = county_records(yongchang)
    records[0].counted = False
    records[0].parent_code = "0000000000"  # a parent that is not in the report
    body = county_report_bytes(CountyReport(yongchang.code, yongchang.name, records, {}))
    profile = workspace_profile(yongchang)
    bad = tmp_path / "yc-bad.jcpkg"
    write_package(bad, kind="county-report", issuer=Issuer("county", yongchang.code, yongchang.name),
                  keypair=yongchang.keypair, school_year=YEAR, sequence=1, previous="", profile_id=profile.id,
                  profile_sha256=profile.sha256, files={COUNTY_REPORT: body})
    before = data_dump(top.conn)
    [entry] = import_packages(top, [bad]).entries
    assert (entry.cls, entry.rule) == (c.MALFORMED, "parent-exists"), entry
    assert data_dump(top.conn) == before
    result = cli("assess", top.path)
    assert result.returncode == 0, result.stderr  # the city can still assess the counties it holds


def test_a_county_report_naming_its_code_falsely_is_refused(city: tuple[Workspace, Workspace, Workspace],
                                                            tmp_path: Path) -> None:
    top, yongchang, _ = city
    records = county_records(yongchang)
    body = county_report_bytes(CountyReport("620302", yongchang.name, records, {}))
    profile = workspace_profile(yongchang)
    bad = tmp_path / "yc-code.jcpkg"
    write_package(bad, kind="county-report", issuer=Issuer("county", yongchang.code, yongchang.name),
                  keypair=yongchang.keypair, school_year=YEAR, sequence=1, previous="", profile_id=profile.id,
                  profile_sha256=profile.sha256, files={COUNTY_REPORT: body})
    [entry] = import_packages(top, [bad]).entries
    assert (entry.cls, entry.rule) == (c.MALFORMED, "payload-county"), entry


def test_a_county_that_claims_another_countys_schools_first_does_not_win(
        city: tuple[Workspace, Workspace, Workspace], tmp_path: Path) -> None:
    """金川区 reports 永昌县's school codes as its own before 永昌县 reports: the real report is held, not refused,
    and the city's staff give the schools back to 永昌县 (logged); 金川区's claim is then refused."""
    top, yongchang, jinchuan = city
    records = county_records(yongchang)
    for record in records:
        record.county = jinchuan.name
    profile = workspace_profile(jinchuan)
    grab = tmp_path / "jc-grab.jcpkg"
    write_package(grab, kind="county-report", issuer=Issuer("county", jinchuan.code, jinchuan.name),
                  keypair=jinchuan.keypair, school_year=YEAR, sequence=1, previous="", profile_id=profile.id,
                  profile_sha256=profile.sha256,
                  files={COUNTY_REPORT: county_report_bytes(CountyReport(jinchuan.code, jinchuan.name, records, {}))})
    assert import_packages(top, [grab]).entries[0].cls == c.ACCEPTED
    export_report(yongchang, tmp_path / "yc.jcpkg")
    [entry] = import_packages(top, [tmp_path / "yc.jcpkg"]).entries
    assert (entry.cls, entry.rule) == (c.FORK, "school-of-other-county")
    from jinchang_desktop.exchange.settle import settle_fork

    settle_fork(top, entry.manifest_sha256[:16], take_held=True)
    owners = {s.county for s in (get_school(top.conn, r.code) for r in records)}
    assert owners == {"永昌县"}
    assert values_of(top.conn, records[0].code) == values_of(yongchang.conn, records[0].code)
