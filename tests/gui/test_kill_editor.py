"""Kill the app mid-edit: every field it reported durable is in the workspace when it is opened again.

A child process (kill_editor_child.py) runs the app offscreen on a copy of the demo workspace and commits
fields through the editor, printing each commit once the store says it is on disk. It is killed (SIGKILL on
POSIX, TerminateProcess on Windows: no clean-up runs) once it has reported a random number of commits (aimed by
what it says, not by a clock, so a loaded machine changes nothing), several times over the same workspace. After
each kill: ``PRAGMA integrity_check`` is ok, the workspace opens, and every field holds the last value printed for
it, or a later one (a commit can reach the disk just before the kill, unprinted).
"""
from __future__ import annotations

import os
import random
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

from jinchang_desktop.gui.demo import copy_demo_workspace
from jinchang_desktop.store.workspace import Workspace
from tests.conftest import REPO
from tests.gui import kill_editor_child as child

CODE, YEAR = "2162100004", 2025
KILLS = 5
LINE_TIMEOUT_S = 300  # a loaded machine may take long to start the app; no assertion depends on the time


def run_and_kill(path: Path, after: int, log: Path) -> list[tuple[str, float]]:
    """Run the child until it has reported ``after`` durable commits, kill it, and return every commit it
    reported (some more may have come between the last one read and the kill)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))}
    with log.open("w") as errors:
        proc = subprocess.Popen([sys.executable, str(Path(child.__file__)), str(path)], stdout=subprocess.PIPE,
                                stderr=errors, text=True, env=env, cwd=REPO)
    lines: list[str] = []
    heard = threading.Condition()

    def read() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            with heard:
                lines.append(line.strip())
                heard.notify_all()
        with heard:
            lines.append("")  # the pipe closed: the child is gone
            heard.notify_all()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        with heard:
            enough = heard.wait_for(lambda: len(lines) > after or "" in lines, LINE_TIMEOUT_S)
        assert enough and "" not in lines, f"the child stopped or stalled:\n{log.read_text()}"
    finally:
        proc.kill()
        proc.wait(timeout=30)
        reader.join(timeout=30)  # what it printed before dying is still in the pipe
    assert lines[0] == "ready"
    return [(key, float(value)) for key, value in (line.split() for line in lines[1:] if line)]


def test_a_workspace_killed_mid_edit_keeps_every_committed_field(tmp_path):
    path = copy_demo_workspace(tmp_path)
    rng = random.Random(4)
    total = 0
    for kill in range(KILLS):
        commits = run_and_kill(path, rng.randint(5, 40), tmp_path / f"child-{kill}.log")
        total += len(commits)
        last: dict[str, float] = {}
        for key, value in commits:
            assert value > last.get(key, 0)  # each field's values only grow
            last[key] = value
        conn = sqlite3.connect(path / "workspace.sqlite3")
        try:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            for key, value in last.items():
                stored = conn.execute("SELECT value FROM declared WHERE school_code = ? AND school_year = ? "
                                      "AND field = ?", (CODE, YEAR, key)).fetchone()[0]
                assert stored >= value, (kill, key, stored, value)
                newest = conn.execute("SELECT action, new FROM audit WHERE field = ? AND school_year = ? "
                                      "ORDER BY id DESC LIMIT 1", (key, YEAR)).fetchone()
                assert newest == ("edit", stored)
        finally:
            conn.close()
        Workspace.open(path).close()  # and the app can open it again
    assert total >= KILLS * 5, f"the child committed too little to prove anything ({total})"
    print(f"{total} durable commits over {KILLS} kills")
