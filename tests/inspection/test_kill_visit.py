"""A visit survives a power cut mid-entry: killed after a random number of reported commits, every field
reported as committed is there, and the database is whole."""
from __future__ import annotations

import os
import random
import sqlite3
import subprocess
import sys

import pytest

from tests.inspection.helpers import REPO, SCHOOLS, Visit


@pytest.mark.parametrize("seed", [1, 2])
def test_kill_mid_entry_keeps_every_committed_field(visit: Visit, seed: int) -> None:
    target = random.Random(seed).randint(3, 40)
    env = dict(os.environ, PYTHONPATH=str(REPO))
    child = subprocess.Popen([sys.executable, "-m", "tests.inspection.kill_visit_child", str(visit.inspector),
                              SCHOOLS[0]], stdout=subprocess.PIPE, text=True, cwd=REPO, env=env)
    assert child.stdout is not None
    reported = 0
    for line in child.stdout:
        reported = int(line)
        if reported >= target:
            break
    child.kill()  # SIGKILL: no cleanup, as a power cut
    child.wait()
    assert reported >= target
    conn = sqlite3.connect(str(visit.inspector / "workspace.sqlite3"))
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        notes = conn.execute("SELECT count(*) FROM audit WHERE action = 'verify-note'").fetchone()[0]
    finally:
        conn.close()
    assert notes >= reported  # each reported commit is there (one more may have landed before the kill)
