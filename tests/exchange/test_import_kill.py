"""Kill an importing process at moments it reports: every package is in the county's data whole, or not at all.

A child (import_kill_child.py) imports 300 packages (100 schools, versions 1–3) into county workspaces round
after round and says on stdout where it is ("ready", "importing", "progress N", "imported"). It is killed
(SIGKILL; TerminateProcess on Windows) 20 times, each kill aimed by those lines rather than by a clock, so the
test means the same on an idle machine and on one with every core busy:

- chunk (the first kill, in a fresh county): paused after package N of the second chunk, so the first chunk of
  CHUNK packages has committed and must be there, whole, and nothing of the second;
- paused: the child stops inside the import after package N (random) and is killed there, in an open chunk;
- progress: killed as soon as it reports package N (random), wherever it has got to by then;
- imported: killed after a round's import finished, while the next round creates a county and enrols keys;
- early: killed right after it reopened its workspace.

After each kill every workspace it may have touched is reopened and checked:

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
from pathlib import Path

from jinchang_desktop.exchange.importer import CHUNK
from jinchang_desktop.store.workspace import Workspace
from tests.exchange import import_kill_child as child
from tests.exchange.kill_packages import FIELDS, SCHOOLS, VERSIONS, YEAR, code_of, version_of, write_packages

REPO = Path(__file__).resolve().parents[2]
PACKAGES = SCHOOLS * VERSIONS
# Twenty kills: the paused ones land inside an import whatever the machine's load, the "imported" ones after a
# finished round; the others fall where the child has got to.
PLAN = ["paused"] * 5 + ["progress"] * 8 + ["imported"] * 2 + ["early"] * 4  # after the "chunk" kill
LINE_TIMEOUT_S = 300  # a loaded machine may take long to start Python; no assertion depends on the time


class Child:
    """The child process and the lines it has printed, read by a thread as they come."""

    def __init__(self, folder: Path, base: Path, log: Path, pause_at: int = 0) -> None:
        env = {**os.environ,
               "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))}
        with log.open("w") as errors:
            self.proc = subprocess.Popen(
                [sys.executable, str(Path(child.__file__)), str(folder), str(base), str(pause_at)],
                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=errors, text=True, env=env, cwd=REPO)
        self.log = log
        self.lines: queue.Queue[str] = queue.Queue()
        self.said: list[str] = []
        assert self.proc.stdout is not None
        stdout = self.proc.stdout
        self.reader = threading.Thread(target=lambda: [self.lines.put(line.strip()) for line in stdout],
                                       daemon=True)
        self.reader.start()

    def wait_for(self, wanted: str) -> None:
        """Read what the child says until ``wanted``; it must not stop before."""
        while True:
            try:
                line = self.lines.get(timeout=LINE_TIMEOUT_S)
            except queue.Empty:
                raise AssertionError(f"the child never said {wanted!r}:\n{self.log.read_text()}") from None
            self.said.append(line)
            if line == wanted:
                return

    def kill(self) -> None:
        """Kill it, and take every line it printed before dying (the pipe ends when it is gone)."""
        self.proc.kill()
        self.proc.wait(timeout=60)
        self.reader.join(timeout=60)
        while not self.lines.empty():
            self.said.append(self.lines.get())
        for stream in (self.proc.stdout, self.proc.stdin):
            if stream is not None:
                stream.close()

    @property
    def died_importing(self) -> bool:
        """Its last word was a package of an import it had not finished."""
        return bool(self.said) and (self.said[-1].startswith("progress") or self.said[-1] == "paused") and \
            self.said[-1] != f"progress {PACKAGES}"


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


def test_import_killed_at_reported_moments(tmp_path: Path) -> None:
    folder, base = tmp_path / "usb", tmp_path / "county"
    write_packages(folder)
    base.mkdir()
    seed = random.randrange(2**32)
    rng = random.Random(seed)
    plan = ["chunk", *rng.sample(PLAN, len(PLAN))]
    log = tmp_path / "child.log"
    inside = partial = 0
    complete: set[str] = set()
    checked_from = 0
    for aim in plan:
        at = rng.randint(CHUNK + 1, PACKAGES - 1) if aim == "chunk" else rng.randint(1, PACKAGES - 1)
        proc = Child(folder, base, log, pause_at=at if aim in ("chunk", "paused") else 0)
        try:
            proc.wait_for("ready")
            if aim in ("chunk", "paused"):
                proc.wait_for("paused")
            elif aim == "progress":
                proc.wait_for(f"progress {at}")
            elif aim == "imported":
                proc.wait_for("imported")
            assert proc.proc.poll() is None, f"the child stopped by itself (seed {seed}):\n{log.read_text()}"
        finally:
            proc.kill()
        if aim in ("chunk", "paused"):
            assert proc.died_importing, (seed, proc.said[-3:])
        if proc.died_importing:
            inside += 1
        rounds = sorted(base.glob("round-*"))
        # Rounds before the newest one checked last time were finished and closed before it; no need to reopen.
        for path in rounds[checked_from:]:
            held = check_whole(path)
            if aim == "chunk":
                assert held == CHUNK, (seed, at, held)  # the committed chunk, whole; the open one, not at all
            if path == rounds[-1] and 0 < held < PACKAGES:
                partial += 1  # killed after a chunk of the import had committed
            elif held == PACKAGES:
                complete.add(path.name)
        checked_from = max(len(rounds) - 1, 0)
    print(f"kills {len(plan)}: {inside} inside an import ({partial} after a committed chunk), {len(complete)} "
          f"rounds complete (seed {seed})")
    # Every paused kill landed inside an import, and every "imported" one after a round that had finished.
    assert inside >= 1 + PLAN.count("paused") and partial >= 1 and len(complete) >= 1, (seed, inside, complete)
