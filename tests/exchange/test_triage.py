"""Triage judges like the import (the same rules) and stores nothing; importing the chosen files stores those
alone and logs the others as left. Real demo county workspace and inbox under tmp_path."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from jinchang_desktop.exchange import classes as c
from jinchang_desktop.exchange.importer import import_packages
from jinchang_desktop.exchange.triage import import_selected, triage_packages
from jinchang_desktop.store.workspace import Workspace
from tests.conftest import REPO

DEMO = REPO / "resources" / "demo"


def copy_tree(source: Path, target: Path) -> Path:
    target.mkdir(parents=True)
    for file in source.iterdir():
        if file.is_file():
            (target / file.name).write_bytes(file.read_bytes())
    return target


@pytest.fixture
def county(tmp_path) -> Path:
    path = copy_tree(DEMO / "county-workspace", tmp_path / "county")
    (path / "key.pem").chmod(0o600)
    return path


@pytest.fixture
def inbox(tmp_path) -> Path:
    folder = copy_tree(DEMO / "county-inbox", tmp_path / "inbox")
    (folder / "foreign.jcpkg").write_bytes(b"%PDF-1.4 not a package at all")
    return folder


def counts(path: Path) -> tuple[int, ...]:
    conn = sqlite3.connect(path / "workspace.sqlite3")
    try:
        return tuple(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                     for t in ("packages", "audit", "declared", "explanations", "identity_requests"))
    finally:
        conn.close()


def test_triage_classifies_as_the_import_would_and_stores_nothing(county, inbox, tmp_path):
    before = counts(county)
    streamed: list[str] = []
    with Workspace.open(county) as ws:
        report = triage_packages(ws, [inbox], progress=lambda done, total, e: streamed.append(e.entry.cls))
    assert counts(county) == before
    assert streamed == [e.entry.cls for e in report.entries]
    foreign = next(e for e in report.entries if e.file.endswith("foreign.jcpkg"))
    assert foreign.entry.cls == c.MALFORMED and foreign.entry.zh
    # The same files imported into a second copy: the classes agree file by file.
    twin = copy_tree(county, tmp_path / "twin")
    with Workspace.open(twin) as ws:
        imported = import_packages(ws, [inbox])
    assert {e.file: e.cls for e in imported.entries} == {e.file: e.entry.cls for e in report.entries}
    accepted = [e for e in report.entries if e.entry.cls == c.ACCEPTED]
    assert accepted and any(change.old != change.new for e in accepted for change in e.changes)


def test_importing_the_chosen_stores_only_those_and_logs_the_rest(county, inbox):
    with Workspace.open(county) as ws:
        report = triage_packages(ws, [inbox])
        chosen = [Path(e.file) for e in report.entries if e.entry.cls == c.ACCEPTED][:1]
        left = [Path(e.file) for e in report.entries if Path(e.file) not in chosen]
        result = import_selected(ws, chosen, left)
    assert [e.cls for e in result.entries] == [c.ACCEPTED]
    conn = sqlite3.connect(county / "workspace.sqlite3")
    try:
        triaged = conn.execute("SELECT count(*) FROM audit WHERE action = 'triage'").fetchone()[0]
    finally:
        conn.close()
    assert triaged == len(left)


def test_a_cancelled_triage_stops_at_once(county, inbox):
    with Workspace.open(county) as ws:
        report = triage_packages(ws, [inbox], cancel=lambda: True)
    assert report.cancelled and report.entries == []
