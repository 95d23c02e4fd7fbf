"""The city's import of county reports: a county speaks only for the schools of the county its key was enrolled
as, whatever name its manifest gives."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from jinchang_desktop.exchange import classes as c
from jinchang_desktop.exchange.importer import import_packages
from jinchang_desktop.exchange.load import load_table
from jinchang_desktop.exchange.payloads import COUNTY_REPORT, CountyReport, county_report_bytes
from jinchang_desktop.exchange.reports import county_records, export_report
from jinchang_desktop.exchange.ws_profile import workspace_profile
from jinchang_desktop.packages.format import Issuer, write_package
from jinchang_desktop.store.workspace import Workspace
from tests.exchange.helpers import TABLE, YEAR, audit_count, data_dump, enrol_school, new_county, values_of


@dataclass
class City:
    tmp: Path
    city: Workspace
    yongchang: Workspace
    jinchuan: Workspace


@pytest.fixture
def city(tmp_path: Path) -> Iterator[City]:
    top = Workspace.create(tmp_path / "city", role="city", code="6203", name="金昌市", school_year=YEAR)
    yongchang = new_county(tmp_path / "yongchang")
    jinchuan = new_county(tmp_path / "jinchuan", code="620302", name="金川区")
    for county in (yongchang, jinchuan):
        load_table(county, TABLE)
        enrol_school(top, county, tmp_path)
    yield City(tmp_path, top, yongchang, jinchuan)
    for ws in (top, yongchang, jinchuan):
        ws.close()


def forged_report(path: Path, signer: Workspace, source: Workspace, *, name: str) -> Path:
    """``signer``'s key and code, the manifest name ``name``, and the schools of ``source`` placed in ``name``."""
    profile = workspace_profile(signer)
    records = county_records(source)
    for record in records:
        record.county = name
    body = county_report_bytes(CountyReport(signer.code, name, records, {}))
    write_package(path, kind="county-report", issuer=Issuer("county", signer.code, name), keypair=signer.keypair,
                  school_year=YEAR, sequence=1, previous="", profile_id=profile.id, profile_sha256=profile.sha256,
                  files={COUNTY_REPORT: body})
    return path


def test_both_counties_accepted(city: City) -> None:
    export_report(city.yongchang, city.tmp / "yc.jcpkg")
    export_report(city.jinchuan, city.tmp / "jc.jcpkg")
    report = import_packages(city.city, [city.tmp / "yc.jcpkg", city.tmp / "jc.jcpkg"])
    assert [e.cls for e in report.entries] == [c.ACCEPTED, c.ACCEPTED]
    counties = dict(city.city.conn.execute("SELECT county, count(*) FROM schools GROUP BY county"))
    assert counties == {"永昌县": 11, "金川区": 6}


def test_a_county_cannot_speak_for_another(city: City) -> None:
    export_report(city.jinchuan, city.tmp / "jc.jcpkg")
    import_packages(city.city, [city.tmp / "jc.jcpkg"])
    held = values_of(city.city.conn, "2162200001")

    # 永昌县's key, naming itself 金川区 in the manifest, sends 金川区's schools: the key was enrolled as 永昌县.
    lie = forged_report(city.tmp / "lie.jcpkg", city.yongchang, city.jinchuan, name="金川区")
    before, logged = data_dump(city.city.conn), audit_count(city.city.conn)
    [entry] = import_packages(city.city, [lie]).entries
    assert (entry.cls, entry.rule) == (c.MALFORMED, "payload-county"), entry
    # Under its own name, claiming 金川区's school codes for 永昌县: those schools belong to another county here.
    grab = forged_report(city.tmp / "grab.jcpkg", city.yongchang, city.jinchuan, name="永昌县")
    [entry] = import_packages(city.city, [grab]).entries
    assert (entry.cls, entry.rule) == (c.FORK, "school-of-other-county"), entry
    assert data_dump(city.city.conn) == before and audit_count(city.city.conn) == logged + 2
    assert values_of(city.city.conn, "2162200001") == held


def test_school_report_at_a_city_is_the_wrong_kind(city: City, tmp_path: Path) -> None:
    from tests.exchange.helpers import new_school

    school = new_school(tmp_path / "school", "2162100001")
    export_report(school, tmp_path / "school.jcpkg")
    [entry] = import_packages(city.city, [tmp_path / "school.jcpkg"]).entries
    assert (entry.cls, entry.rule) == (c.MALFORMED, "kind")
    school.close()


def test_a_school_no_longer_reported_keeps_no_data(city: City) -> None:
    export_report(city.jinchuan, city.tmp / "jc-1.jcpkg")
    import_packages(city.city, [city.tmp / "jc-1.jcpkg"])
    assert values_of(city.city.conn, "2162200006")
    # The county removes a school's data (say it closed); its next report no longer lists it with values.
    from jinchang_desktop.store.declared import get_record, set_fields

    stored = get_record(city.jinchuan.conn, "2162200006", YEAR).values
    set_fields(city.jinchuan.conn, "2162200006", YEAR, dict.fromkeys(stored), action="edit")
    city.jinchuan.conn.execute("DELETE FROM schools WHERE code = '2162200006'")
    export_report(city.jinchuan, city.tmp / "jc-2.jcpkg")
    [entry] = import_packages(city.city, [city.tmp / "jc-2.jcpkg"]).entries
    assert entry.cls == c.ACCEPTED
    assert values_of(city.city.conn, "2162200006") == {}
    assert values_of(city.city.conn, "2162200001")  # the schools still listed keep theirs
    logged = city.city.conn.execute("SELECT count(*) FROM audit WHERE school_code = '2162200006' AND new IS NULL "
                                    "AND detail LIKE '%no longer reported'").fetchone()[0]
    assert logged == len(stored)
