"""The process test_import_kill.py kills: it imports a folder of packages into county workspaces, round after round.

    python import_kill_child.py FOLDER BASE [PAUSE_AT]

FOLDER holds requests/ and packages/ (kill_packages.py). BASE holds round-000, round-001, …: the child reopens the
newest round (finishing what a killed run left), enrols every request, imports the packages, then starts the next
round in a new county workspace, forever. It says where it is on stdout, one line at a time, flushed: "ready" once
the first workspace is open, "importing" before each import, "progress N" after the import's N-th package,
"imported" after it. With PAUSE_AT, the first import stops after its PAUSE_AT-th package, says "paused", and waits
there (inside the import's open chunk) for the kill.
"""
from __future__ import annotations

import sys
from pathlib import Path

from jinchang_desktop.exchange.importer import import_packages
from jinchang_desktop.exchange.trust import enrol, key_record, read_enrol_request
from jinchang_desktop.store.workspace import Workspace
from tests.exchange.kill_packages import COUNTY, COUNTY_CODE, YEAR


def open_round(path: Path) -> Workspace:
    if path.exists():
        return Workspace.open(path)
    return Workspace.create(path, role="county", code=COUNTY_CODE, name=COUNTY, school_year=YEAR)


def main() -> None:
    folder, base = Path(sys.argv[1]), Path(sys.argv[2])
    pause_at = int(sys.argv[3]) if len(sys.argv) > 3 else 0

    def progress(done: int, _total: int) -> None:
        print(f"progress {done}", flush=True)
        if done == pause_at:
            print("paused", flush=True)
            sys.stdin.readline()  # the parent never writes: this waits for the kill
    requests = [(path, read_enrol_request(path)) for path in sorted((folder / "requests").iterdir())]
    rounds = sorted(base.glob("round-*"))
    number = int(rounds[-1].name.split("-")[1]) if rounds else 0
    ready = False
    while True:
        with open_round(base / f"round-{number:03d}") as ws:
            if not ready:
                print("ready", flush=True)
                ready = True
            for path, request in requests:
                if key_record(ws.conn, request.package.key_id) is None:
                    enrol(ws, path, confirmed_fingerprint=request.fingerprint)
            print("importing", flush=True)
            report = import_packages(ws, [folder / "packages"], progress=progress)
            pause_at = 0
            print("imported", flush=True)
            if not report.all_fine:
                bad = [e for e in report.entries if e.cls not in ("accepted", "identical")]
                sys.exit(f"unexpected import classes: {bad[:3]}")
        number += 1


if __name__ == "__main__":
    main()
