"""Kill an importing process at random moments: every package is in the county's data whole, or not at all.

A child (import_kill_child.py) imports 300 packages (100 schools, versions 1–3) into county workspaces round
after round and is killed (SIGKILL; TerminateProcess on Windows) 20 times. After each kill every workspace it
may have touched is reopened and checked:

- ``PRAGMA integrity_check`` is ok and no foreign key dangles;
- every school holds either no values or every field of one version, and that version is the sequence of its
  newest accepted package: no half package, and no accepted package without its data;
- every accepted package has its audit rows (one per field it changed) and its decision row, and nothing was
  held or refused.
"""
from __future__ import annotations

import os
import queue
import random
import subprocess
import sys
import threading
import time
from pathlib import Path

from jinchang_desktop.store.workspace import Workspace
from tests.exchange import import_kill_child as child
from tests.exchange.kill_packages import FIELDS, SCHOOLS, VERSIONS, YEAR, code_of, version_of, write_packages

REPO = Path(__file__).resolve().parents[2]
KILLS = 20
# Most kills are aimed at an import (300 packages take about 0.3 s here), the others anywhere in a round,
# which also creates a county and enrols 100 keys.
AIM_AT_IMPORT = 0.75
MAX_DELAY_S = 0.4


def start_child(folder: Path, base: Path, log: Path) -> tuple[subprocess.Popen[str], queue.Queue[str]]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))}
    with log.open("w") as errors:
        proc = subprocess.Popen([sys.executable, str(Path(child.__file__)), str(folder), str(base)],
                                stdout=subprocess.PIPE, stderr=errors, text=True, env=env, cwd=REPO)
    lines: queue.Queue[str] = queue.Queue()
    assert proc.stdout is not None
    stdout = proc.stdout

    def read() -> None:
        for line in stdout:
            lines.put(line.strip())

    threading.Thread(target=read, daemon=True).start()
    return proc, lines


def check_whole(path: Path) -> int:
    """Check one county workspace after a kill; the number of packages it has accepted."""
    with Workspace.open(path) as ws:
        conn = ws.conn
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        statuses = {s for (s,) in conn.execute("SELECT DISTINCT status FROM packages")}
        assert statuses <= {"accepted"}, statuses
        newest = dict(conn.execute("SELECT issuer_code, max(sequence) FROM packages GROUP BY issuer_code"))
        for n in range(SCHOOLS):
            code = code_of(n)
            values = dict(conn.execute("SELECT field, value FROM declared WHERE school_code = ? AND school_year = ?",
                                       (code, YEAR)))
            if code not in newest:
                assert values == {}, (path.name, code, values)
                continue
            assert set(values) == set(FIELDS), (path.name, code, values)
            assert {version_of(v) for v in values.values()} == {newest[code]}, (path.name, code, values)
        accepted = conn.execute("SELECT issuer_code, sequence, manifest_sha256 FROM packages").fetchall()
        for code, sequence, sha in accepted:
            changes = conn.execute("SELECT count(*) FROM audit WHERE detail = ? AND school_year IS NOT NULL",
                                   (f"pkg {sha[:16]} #{sequence}",)).fetchone()[0]
            assert changes == len(FIELDS), (path.name, code, sequence, changes)
            decision = conn.execute("SELECT count(*) FROM audit WHERE action = 'import' AND detail LIKE ?",
                                    (f"accepted: % {sha}",)).fetchone()[0]
            assert decision == 1, (path.name, code, sequence)
        return len(accepted)


def test_import_killed_at_random_moments(tmp_path: Path) -> None:
    folder, base = tmp_path / "usb", tmp_path / "county"
    write_packages(folder)
    base.mkdir()
    seed = random.randrange(2**32)
    rng = random.Random(seed)
    log = tmp_path / "child.log"
    inside = partial = complete = 0
    checked_from = 0
    for _ in range(KILLS):
        proc, lines = start_child(folder, base, log)
        try:
            last = lines.get(timeout=30)
            assert last == "ready", log.read_text()
            if rng.random() < AIM_AT_IMPORT:
                last = lines.get(timeout=30)
                assert last == "importing", log.read_text()
            time.sleep(rng.uniform(0, MAX_DELAY_S))
            assert proc.poll() is None, f"the child stopped by itself (seed {seed}):\n{log.read_text()}"
        finally:
            proc.kill()
            proc.wait(timeout=30)
            if proc.stdout:
                proc.stdout.close()
        time.sleep(0.01)  # let the reader thread take what the child printed before it died
        said = [last, *(lines.get() for _ in range(lines.qsize()))]
        if said[-1] == "importing":
            inside += 1
        rounds = sorted(base.glob("round-*"))
        # Rounds before the newest one checked last time were finished and closed before it; no need to reopen.
        for path in rounds[checked_from:]:
            held = check_whole(path)
            if path == rounds[-1] and 0 < held < SCHOOLS * VERSIONS:
                partial += 1  # killed after a chunk of the import had committed
            elif held == SCHOOLS * VERSIONS:
                complete += 1
        checked_from = max(len(rounds) - 1, 0)
    print(f"kills {KILLS}: {inside} inside an import ({partial} after a committed chunk), {complete} rounds "
          f"complete (seed {seed})")
    # The kills must really have landed inside imports, and imports must also really have finished.
    assert inside >= KILLS // 4 and complete >= 1, (seed, inside, complete)
