"""A school restored from a backup re-sends sequence numbers the county already holds. The county can settle the
fork (choosing one side, in the log), and the school can see from the county's roster that its chain is behind and
carry on from the county's last report."""
from __future__ import annotations

import shutil
from pathlib import Path

from jinchang_desktop.exchange import classes as c
from jinchang_desktop.exchange.export import chain_status
from jinchang_desktop.exchange.importer import import_packages
from jinchang_desktop.exchange.reports import export_report
from jinchang_desktop.exchange.settle import held_forks, settle_fork
from jinchang_desktop.exchange.trust import export_roster, import_roster
from jinchang_desktop.store.audit import audit_entries
from jinchang_desktop.store.declared import set_field
from jinchang_desktop.store.workspace import Workspace
from tests.exchange.conftest import SCHOOL_A, Chain
from tests.exchange.helpers import YEAR, cli, values_of


def restore(chain: Chain) -> Workspace:
    """Send sequence 1, back the PC up, send sequence 2 (accepted at the county), restore the backup."""
    export_report(chain.a, chain.usb / "a-1.jcpkg")
    chain.a.close()
    backup = chain.tmp / "school-a-backup"
    shutil.copytree(chain.a.path, backup)
    school = Workspace.open(chain.a.path)
    set_field(school.conn, SCHOOL_A, YEAR, "primary_students", 1500, action="edit")
    export_report(school, chain.usb / "a-2.jcpkg")
    report = import_packages(chain.county, [chain.usb / "a-1.jcpkg", chain.usb / "a-2.jcpkg"])
    assert [e.cls for e in report.entries] == [c.ACCEPTED, c.ACCEPTED]
    school.close()
    shutil.rmtree(chain.a.path)
    shutil.copytree(backup, chain.a.path)
    restored = Workspace.open(chain.a.path)
    chain.a = restored
    set_field(restored.conn, SCHOOL_A, YEAR, "primary_students", 1510, action="edit")
    return restored


def test_the_county_settles_a_fork_by_taking_the_held_side(chain: Chain) -> None:
    school = restore(chain)
    assert export_report(school, chain.usb / "a-2-restored.jcpkg").sequence == 2
    [entry] = import_packages(chain.county, [chain.usb / "a-2-restored.jcpkg"]).entries
    assert (entry.cls, entry.rule) == (c.FORK, "same-sequence")
    assert values_of(chain.county.conn, SCHOOL_A)["primary_students"] == 1500
    [held] = held_forks(chain.county)
    chain.county.close()
    listed = cli("forks", chain.county.path)
    assert listed.returncode == 0 and held.manifest_sha256[:16] in listed.stdout
    result = cli("forks", chain.county.path, "--take", held.manifest_sha256[:12])
    assert result.returncode == 0, result.stderr
    county = Workspace.open(chain.county.path)
    chain.county = county
    assert values_of(county.conn, SCHOOL_A)["primary_students"] == 1510
    assert not held_forks(county)
    assert any("took the held package" in e.detail for e in audit_entries(county.conn, action="settle-fork"))
    # The school's next report follows the one the county took, and is accepted.
    set_field(school.conn, SCHOOL_A, YEAR, "primary_students", 1520, action="edit")
    export_report(school, chain.usb / "a-3.jcpkg")
    [entry] = import_packages(county, [chain.usb / "a-3.jcpkg"]).entries
    assert entry.cls == c.ACCEPTED, entry


def test_the_county_can_keep_its_side(chain: Chain) -> None:
    school = restore(chain)
    export_report(school, chain.usb / "a-2-restored.jcpkg")
    import_packages(chain.county, [chain.usb / "a-2-restored.jcpkg"])
    [held] = held_forks(chain.county)
    settled = settle_fork(chain.county, held.manifest_sha256, take_held=False)
    assert not settled.took_held and not held_forks(chain.county)
    assert values_of(chain.county.conn, SCHOOL_A)["primary_students"] == 1500


def test_the_school_sees_it_is_behind_and_carries_on(chain: Chain, tmp_path: Path) -> None:
    school = restore(chain)
    roster = tmp_path / "roster.jcpkg"
    export_roster(chain.county, roster)
    import_roster(school, roster, confirmed_fingerprint=chain.county.keypair.fingerprint)
    status = chain_status(school)
    assert status.behind and status.sent is not None and status.received is not None
    assert (status.sent[0], status.received[0]) == (1, 2)
    school.close()
    result = cli("chain", school.path)
    assert result.returncode == 1 and "behind" in result.stdout
    school = Workspace.open(school.path)
    chain.a = school
    package = export_report(school, chain.usb / "a-after-restore.jcpkg")
    assert package.sequence == 3 and package.previous == status.received[1]
    [entry] = import_packages(chain.county, [chain.usb / "a-after-restore.jcpkg"]).entries
    assert entry.cls == c.ACCEPTED, entry
    assert values_of(chain.county.conn, SCHOOL_A)["primary_students"] == 1510
    assert not chain_status(school).behind
