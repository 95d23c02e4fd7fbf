"""Kill a writing process at random moments: the database must reopen sound and hold a whole state every time.

Two children (tests/store/kill_child.py): one writes field batches and single fields school by school, the other
loads a table of 300 schools per transaction. Each is killed 25 times (SIGKILL on POSIX, TerminateProcess on
Windows: no clean-up runs either way). After each kill the workspace is reopened and checked:

- ``PRAGMA integrity_check`` is ok and no foreign key dangles;
- every batch is all or nothing: the fields one transaction wrote hold one counter value;
- every value present was written by a committed transaction: it is the ``new`` of the last audit row of its
  field, and each audit row's ``old`` is the ``new`` of the row before it.
"""
from __future__ import annotations

import os
import queue
import random
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from jinchang_desktop.store.declared import upsert_school
from jinchang_desktop.store.workspace import Workspace
from tests.store import kill_child as child

REPO = Path(__file__).resolve().parent.parent.parent
KILLS_EACH = 25
# Long enough for several transactions (a 300-school load takes ~30 ms here), short enough to keep the test quick.
MAX_DELAY_S = {"write": 0.2, "load": 0.4}


def start_child(mode: str, path: Path, log: Path) -> tuple[subprocess.Popen[str], queue.Queue[str]]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))}
    with log.open("w") as errors:
        proc = subprocess.Popen([sys.executable, str(Path(child.__file__)), mode, str(path)], stdout=subprocess.PIPE,
                                stderr=errors, text=True, env=env)
    lines: queue.Queue[str] = queue.Queue()
    assert proc.stdout is not None
    stdout = proc.stdout
    threading.Thread(target=lambda: lines.put(stdout.readline()), daemon=True).start()
    return proc, lines


def kill_at_random(mode: str, path: Path, rng: random.Random, log: Path) -> None:
    proc, lines = start_child(mode, path, log)
    try:
        if rng.random() < 0.15:
            time.sleep(rng.uniform(0, MAX_DELAY_S[mode]))  # perhaps while it is still opening the database
        else:
            assert lines.get(timeout=30) == "ready\n", log.read_text()
            time.sleep(rng.uniform(0, MAX_DELAY_S[mode]))
        assert proc.poll() is None, f"the child stopped by itself:\n{log.read_text()}"
    finally:
        proc.kill()
        proc.wait(timeout=30)
        if proc.stdout:
            proc.stdout.close()


def check_sound(conn: sqlite3.Connection) -> None:
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    broken_chain = conn.execute("""
        SELECT count(*) FROM (
            SELECT old, lag(new) OVER w AS before, row_number() OVER w AS n FROM audit WHERE field IS NOT NULL
            WINDOW w AS (PARTITION BY school_code, school_year, field ORDER BY id))
        WHERE (n = 1 AND old IS NOT NULL) OR (n > 1 AND old IS NOT before)""").fetchone()[0]
    assert broken_chain == 0
    unlogged = conn.execute("""
        SELECT count(*) FROM declared AS d WHERE d.value IS NOT (
            SELECT new FROM audit AS a WHERE a.school_code = d.school_code AND a.school_year = d.school_year
            AND a.field = d.field ORDER BY a.id DESC LIMIT 1)""").fetchone()[0]
    assert unlogged == 0
    logged_fields = conn.execute("SELECT count(DISTINCT school_code || '|' || field) FROM audit "
                                 "WHERE school_year IS NOT NULL").fetchone()[0]
    assert logged_fields == conn.execute("SELECT count(*) FROM declared").fetchone()[0]
    unlogged_names = conn.execute("""
        SELECT count(*) FROM schools AS s WHERE s.name IS NOT (
            SELECT new FROM audit AS a WHERE a.school_code = s.code AND a.field = 'school_name'
            ORDER BY a.id DESC LIMIT 1)""").fetchone()[0]
    assert unlogged_names == 0


def counter_of(value: float) -> int:
    counter = int(value)
    assert value == child.batch_value(counter) and counter >= 1, value
    return counter


def check_writer_state(conn: sqlite3.Connection) -> int:
    """The counter of the first school; every school's batch whole, no later school ahead of an earlier one."""
    counters = []
    for code in child.WRITE_SCHOOLS:
        values = dict(conn.execute("SELECT field, value FROM declared WHERE school_code = ? AND school_year = ?",
                                   (code, child.YEAR)))
        batch = {values.get(f) for f in child.BATCH_FIELDS}
        assert len(batch) == 1, (code, values)  # all or nothing
        [value] = batch
        counter = 0 if value is None else counter_of(value)
        # The single field is written after its school's batch, with the same counter.
        single = values.get(child.SINGLE_FIELD)
        assert single is None or (type(single) is int and 1 <= single <= counter), (code, values)
        counters.append(counter)
    # Schools are written in order, each round with a higher counter: a later school is never ahead.
    assert counters == sorted(counters, reverse=True), counters
    return counters[0]


def check_loader_state(conn: sqlite3.Connection) -> int:
    """The counter of the table; all 300 schools from one and the same load, or none yet."""
    schools = conn.execute("SELECT count(*) FROM schools").fetchone()[0]
    assert schools in (0, child.LOAD_SCHOOLS)
    if schools == 0:
        assert conn.execute("SELECT count(*) FROM declared").fetchone()[0] == 0
        return 0
    values = {v for (v,) in conn.execute("SELECT DISTINCT value FROM declared")}
    assert len(values) == 1, sorted(values)[:10]
    counter = counter_of(values.pop())
    assert conn.execute("SELECT count(*) FROM declared").fetchone()[0] == child.LOAD_SCHOOLS * len(child.LOAD_FIELDS)
    names = {name.rsplit("·", 1)[1] for (name,) in conn.execute("SELECT name FROM schools")}
    assert names == {f"第{counter}版"}
    return counter


@pytest.mark.parametrize("mode", ["write", "load"])
def test_killed_writer_leaves_a_whole_database(tmp_path: Path, mode: str) -> None:
    seed = random.randrange(2**32)
    rng = random.Random(seed)
    path = tmp_path / "ws"
    with Workspace.create(path, role="county", code="620321", name="永昌县教育局", county="永昌县",
                          school_year=child.YEAR) as ws:
        if mode == "write":
            for code in child.WRITE_SCHOOLS:
                upsert_school(ws.conn, code, name=code, county="永昌县", school_type="primary",
                              source="county-entry", action="setup")
    check_state = check_writer_state if mode == "write" else check_loader_state
    counters = [0]
    for kill in range(KILLS_EACH):
        kill_at_random(mode, path, rng, tmp_path / "child-stderr.txt")
        where = f"seed {seed}, kill {kill + 1}"
        with Workspace.open(path) as ws:
            try:
                check_sound(ws.conn)
                counter = check_state(ws.conn)
            except AssertionError as exc:
                raise AssertionError(f"{where}: {exc}") from exc
        assert counter >= counters[-1], where  # committed work is never lost
        counters.append(counter)
    advanced = sum(b > a for a, b in zip(counters, counters[1:], strict=False))
    # The kills must land while work is going on, not only before it starts (a loose bound: a slow machine
    # commits less in the same time).
    assert advanced >= KILLS_EACH // 5, (seed, counters)
