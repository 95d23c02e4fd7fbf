"""The county's signed roster: a school learns its official code and the profile it is judged by, and pins the
county's key; a roster from any other key, an older roster or another year's changes nothing."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from jinchang_desktop.errors import JcError
from jinchang_desktop.exchange import classes as c
from jinchang_desktop.exchange.export import export_package
from jinchang_desktop.exchange.importer import import_packages
from jinchang_desktop.exchange.payloads import ROSTER, dump_json, load_json
from jinchang_desktop.exchange.reports import export_report
from jinchang_desktop.exchange.trust import enrol, export_enrol_request, export_roster, import_roster, keys_of
from jinchang_desktop.exchange.ws_profile import workspace_profile
from jinchang_desktop.standards.catalogue import load_profile
from jinchang_desktop.store.explanations import explanations, set_explanation
from jinchang_desktop.store.workspace import Workspace
from tests.exchange.helpers import FINE, cli, data_dump, new_county, new_school, values_of

OFFICIAL = "2162100001"
PROVISIONAL = "YC-NEW-01"


def meta(ws: Workspace) -> dict[str, str]:
    return dict(ws.conn.execute("SELECT key, value FROM meta"))


@pytest.fixture
def county(tmp_path: Path) -> Iterator[Workspace]:
    ws = new_county(tmp_path / "county", profile="jinchang")
    yield ws
    ws.close()


@pytest.fixture
def school(tmp_path: Path, county: Workspace) -> Iterator[Workspace]:
    """A new school that does not know its official code yet, enrolled by the county under that code."""
    ws = new_school(tmp_path / "school", OFFICIAL, as_code=PROVISIONAL)
    set_explanation(ws.conn, PROVISIONAL, 2025, "primary_students", "新建学校", action="edit")
    request = tmp_path / "request.jcpkg"
    export_enrol_request(ws, request)
    enrol(county, request, confirmed_fingerprint=ws.keypair.fingerprint, code=OFFICIAL)
    yield ws
    ws.close()


def test_roster_sets_official_code_and_profile(tmp_path: Path, county: Workspace, school: Workspace) -> None:
    early = tmp_path / "before-roster.jcpkg"
    export_report(school, early)  # still under the provisional code and the national profile
    [entry] = import_packages(county, [early]).entries
    assert entry.cls == c.WRONG_ISSUER
    held = values_of(school.conn, PROVISIONAL)

    roster = tmp_path / "roster.jcpkg"
    export_roster(county, roster)
    school.close()
    result = cli("roster-import", school.path, roster, "--fingerprint", county.keypair.fingerprint)
    assert result.returncode == FINE, result.stderr
    assert OFFICIAL in result.stdout and "jinchang" in result.stdout

    with Workspace.open(school.path) as ws:
        assert ws.code == OFFICIAL
        assert workspace_profile(ws).sha256 == load_profile("jinchang").sha256
        # The declared data and explanations moved with the school to its official code.
        assert values_of(ws.conn, OFFICIAL) == held and values_of(ws.conn, PROVISIONAL) == {}
        assert explanations(ws.conn, OFFICIAL, 2025) == {"primary_students": "新建学校"}
        assert [k.holder_code for k in keys_of(ws.conn)] == ["620321"]  # the county's key, pinned
        package = tmp_path / "after-roster.jcpkg"
        sent = export_report(ws, package)
        assert sent.issuer.code == OFFICIAL and sent.profile_id == "jinchang"
    [entry] = import_packages(county, [package]).entries
    assert entry.cls == c.ACCEPTED, entry
    assert values_of(county.conn, OFFICIAL) == held


def test_roster_of_another_county_key_is_refused(tmp_path: Path, county: Workspace, school: Workspace) -> None:
    roster = tmp_path / "roster.jcpkg"
    export_roster(county, roster)
    import_roster(school, roster, confirmed_fingerprint=county.keypair.fingerprint)
    before = (data_dump(school.conn), meta(school))

    # Another county key (a second county, or someone posing as this one) signs a roster naming the school.
    other = new_county(tmp_path / "impostor", name="永昌县")
    request = tmp_path / "request-again.jcpkg"
    export_enrol_request(school, request)
    enrol(other, request, confirmed_fingerprint=school.keypair.fingerprint)
    forged = tmp_path / "forged-roster.jcpkg"
    export_roster(other, forged)
    with pytest.raises(JcError) as refused:
        import_roster(school, forged)
    assert refused.value.rule == "county-key"
    assert (data_dump(school.conn), meta(school)) == before
    school.close()
    result = cli("roster-import", school.path, forged)
    assert result.returncode != FINE and "county-key" in result.stderr
    other.close()


def test_older_roster_is_refused(tmp_path: Path, county: Workspace, school: Workspace) -> None:
    first, second = tmp_path / "roster-1.jcpkg", tmp_path / "roster-2.jcpkg"
    export_roster(county, first)
    export_roster(county, second)
    import_roster(school, second, confirmed_fingerprint=county.keypair.fingerprint)
    with pytest.raises(JcError) as refused:
        import_roster(school, first)
    assert refused.value.rule == "stale"
    # the same one again changes nothing and is fine
    import_roster(school, second, confirmed_fingerprint=county.keypair.fingerprint)


def test_roster_checks(tmp_path: Path, county: Workspace, school: Workspace) -> None:
    stranger = new_school(tmp_path / "stranger", "2162100002")
    roster = tmp_path / "roster.jcpkg"
    export_roster(county, roster)
    before = data_dump(stranger.conn), meta(stranger)
    with pytest.raises(JcError) as not_enrolled:
        import_roster(stranger, roster, confirmed_fingerprint=county.keypair.fingerprint)
    assert not_enrolled.value.rule == "not-enrolled"
    assert (data_dump(stranger.conn), meta(stranger)) == before

    request = tmp_path / "stranger-request.jcpkg"
    export_enrol_request(stranger, request)
    with pytest.raises(JcError) as not_a_roster:
        import_roster(school, request)
    assert not_a_roster.value.rule == "kind"

    later = new_county(tmp_path / "county-2026", year=2026)
    wrong_year = tmp_path / "roster-2026.jcpkg"
    export_roster(later, wrong_year)
    with pytest.raises(JcError) as year:
        import_roster(school, wrong_year)
    assert year.value.rule == "school-year"
    later.close()
    stranger.close()


@pytest.mark.parametrize("change", [
    {"keys": {}}, {"schools": "all"}, {"profile": {"id": "home-made"}},
    {"schools": [{"code": OFFICIAL, "name": "x", "county": "永昌县", "school_type": "castle"}]},
    {"keys": [{"key_id": "SELF", "code": ""}]},
])
def test_roster_with_bad_content_changes_nothing(tmp_path: Path, county: Workspace, school: Workspace,
                                                 change: dict[str, object]) -> None:
    good = export_roster(county, tmp_path / "roster.jcpkg")
    import_roster(school, tmp_path / "roster.jcpkg", confirmed_fingerprint=county.keypair.fingerprint)
    body = {key: value for key, value in load_json(good, ROSTER).items() if key != "payload_version"}
    if change.get("keys") == [{"key_id": "SELF", "code": ""}]:
        change = {"keys": [{"key_id": school.keypair.key_id, "code": ""}]}
    # Signed by the pinned county key itself: only the content is wrong.
    bad = tmp_path / "bad-roster.jcpkg"
    export_package(county, "roster", {ROSTER: dump_json({**body, **change})}, bad)
    before = data_dump(school.conn), meta(school)
    with pytest.raises(JcError):
        import_roster(school, bad)
    assert (data_dump(school.conn), meta(school)) == before
