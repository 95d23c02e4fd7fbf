"""Print how fast a county imports school packages, next to a bare loop doing only the unavoidable work.

    python benchmarks/import_speed.py [--dir FOLDER] [--small 2000] [--large 20000] [--repeat 3] [--profile]

Generates one key and one school report per school (the package writer itself, as a school's export would),
plus one enrolment request each, enrolled into a fresh county workspace through the real ``enrol`` (all in one
transaction, to keep the set-up short). Then, for 2,000 and for 20,000 packages:

- the bare loop: read each file, open it with zipfile, check each entry's SHA-256, verify the Ed25519 signature;
- ``import_packages`` of the folder into the fresh county, every check included, run in a child process so that
  its peak memory (ru_maxrss from ``os.wait4``) is its own.

Each is run ``--repeat`` times, interleaved (the import into a fresh copy of the enrolled county each time), and
the medians are compared: on a shared machine single runs vary by ±20%. Targets: import within 3× of the bare
loop; the cost per package for 20,000 within 20% of that for 2,000; peak memory under 300 MB for 20,000.
Each commit fsyncs (WAL, synchronous=FULL), so run it on the disk the app will use (``--dir``). Needs the
package importable (``pip install .``, or ``PYTHONPATH=.`` from the repository).
"""
from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# The bare loop is the same one the package benchmark uses: run as a script, this folder is on sys.path.
from package_verify import bare_verify

from jinchang_desktop.exchange.importer import import_packages
from jinchang_desktop.exchange.payloads import ENROL, SCHOOL_REPORT, SchoolReport, dump_json, school_report_bytes
from jinchang_desktop.exchange.trust import enrol, read_enrol_request
from jinchang_desktop.packages.format import Issuer, write_package
from jinchang_desktop.packages.keys import generate_key
from jinchang_desktop.standards.catalogue import load_profile
from jinchang_desktop.standards.records import SchoolRecord
from jinchang_desktop.store.db import transaction
from jinchang_desktop.store.workspace import Workspace

YEAR = 2025
COUNTY, COUNTY_CODE = "永昌县", "620321"
PER_FOLDER = 2000  # the large set is the small one plus more folders of the same size


def school_record(n: int) -> SchoolRecord:
    """A nine-year school with every section field filled, different for every school (about 1 KB of JSON)."""
    s = n % 97
    values: dict[str, int | float] = {
        "primary_students": 600 + s, "junior_students": 400 + s, "primary_classes": 14, "junior_classes": 9,
        "primary_max_class_size": 45, "junior_max_class_size": 50, "primary_teachers": 40, "junior_teachers": 36,
        "primary_qualified_teachers": 30, "junior_qualified_teachers": 28, "primary_backbone_teachers": 7,
        "junior_backbone_teachers": 6, "primary_pe_art_teachers": 5, "junior_pe_art_teachers": 4,
        "certified_teachers": 70, "teaching_aux_area_m2": 6100.5 + s, "indoor_sports_area_m2": 420.0,
        "sports_ground_area_m2": 9800.0 + s, "equipment_value_yuan": 2150000 + 1000 * s,
        "multimedia_classrooms": 23, "music_rooms": 2, "music_room_min_area_m2": 96.0, "art_rooms": 2,
        "art_room_min_area_m2": 90.0, "public_funds_budget_yuan": 900000.0, "training_budget_yuan": 45000.0,
    }
    return SchoolRecord(code=f"62{n:08d}", name=f"永昌县测试学校{n}", county=COUNTY, school_type="nine_year",
                        values=values)


def generate(folder: Path, count: int) -> None:
    """``folder``/requests/NN/… and ``folder``/packages/NN/…, PER_FOLDER files per numbered folder."""
    profile = load_profile("national")
    for n in range(count):
        part = f"{n // PER_FOLDER:02d}"
        requests, packages = folder / "requests" / part, folder / "packages" / part
        if n % PER_FOLDER == 0:
            requests.mkdir(parents=True)
            packages.mkdir(parents=True)
        record = school_record(n)
        key = generate_key()
        common = dict(issuer=Issuer("school", record.code, record.name), keypair=key, school_year=YEAR,
                      sequence=1, previous="", profile_id=profile.id, profile_sha256=profile.sha256)
        body = {"role": "school", "code": record.code, "name": record.name, "county": COUNTY,
                "school_type": record.school_type}
        write_package(requests / f"{record.code}.jcpkg", kind="enrol-request", files={ENROL: dump_json(body)},
                      **common)  # type: ignore[arg-type]
        write_package(packages / f"{record.code}.jcpkg", kind="school-report",
                      files={SCHOOL_REPORT: school_report_bytes(SchoolReport(record))}, **common)  # type: ignore[arg-type]


def fresh_county(path: Path, requests: list[Path]) -> None:
    """A new county workspace with every school's key enrolled through the real enrol()."""
    with Workspace.create(path, role="county", code=COUNTY_CODE, name=COUNTY, school_year=YEAR) as ws:
        with transaction(ws.conn):
            for request in requests:
                enrol(ws, request, confirmed_fingerprint=read_enrol_request(request).fingerprint)


def files_under(folders: list[Path]) -> list[Path]:
    return sorted(p for folder in folders for p in folder.iterdir())


def bare_loop(folders: list[Path]) -> float:
    started = time.perf_counter()
    for path in files_under(folders):  # listing the files is part of both loops
        bare_verify(path)
    return time.perf_counter() - started


def child_import(workspace: Path, folders: list[Path]) -> tuple[float, int, int]:
    """(seconds, packages, peak RSS in bytes) of import_packages run in a child process."""
    proc = subprocess.Popen([sys.executable, __file__, "--child", str(workspace), *map(str, folders)],
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    output = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    if status != 0:
        raise SystemExit(f"the import child failed ({status}):\n{output}")
    result = json.loads(output)
    # ru_maxrss is in KiB on Linux, in bytes on macOS.
    peak = usage.ru_maxrss if sys.platform == "darwin" else usage.ru_maxrss * 1024
    return float(result["seconds"]), int(result["accepted"]), peak


def run_child(argv: list[str]) -> None:
    workspace, folders = Path(argv[0]), [Path(p) for p in argv[1:]]
    with Workspace.open(workspace) as ws:
        started = time.perf_counter()
        report = import_packages(ws, folders)
        seconds = time.perf_counter() - started
    accepted = report.count("accepted")
    if accepted != len(report.entries):
        raise SystemExit(f"not all accepted: {report.to_json()['counts']}")
    print(json.dumps({"seconds": seconds, "accepted": accepted}))


def measure(base: Path, label: str, parts: list[str], repeat: int) -> tuple[float, float, int]:
    """Median bare-loop and import seconds, and the import's largest peak memory, for the packages in ``parts``."""
    requests = files_under([base / "requests" / p for p in parts])
    packages = [base / "packages" / p for p in parts]
    master = base / f"county-{label}"
    fresh_county(master, requests)
    bare: list[float] = []
    imports: list[float] = []
    peak = 0
    for run in range(repeat):
        bare.append(bare_loop(packages))
        county = base / f"county-{label}-run{run}"
        shutil.copytree(master, county)  # closed, so the copy is a whole workspace
        seconds, accepted, rss = child_import(county, packages)
        assert accepted == len(requests)
        shutil.rmtree(county)
        imports.append(seconds)
        peak = max(peak, rss)
    return statistics.median(bare), statistics.median(imports), peak


def us(seconds: float, count: int) -> str:
    return f"{seconds * 1e6 / count:7.1f} µs/package ({seconds:6.2f} s)"


def profile_import(base: Path, parts: list[str]) -> None:
    requests = files_under([base / "requests" / p for p in parts])
    county = base / "county-profile"
    fresh_county(county, requests)
    with Workspace.open(county) as ws:
        profiler = cProfile.Profile()
        profiler.enable()
        import_packages(ws, [base / "packages" / p for p in parts])
        profiler.disable()
    pstats.Stats(profiler).sort_stats("tottime").print_stats(30)


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        run_child(sys.argv[2:])
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", type=Path, default=None, help="folder to build packages and workspaces in")
    parser.add_argument("--small", type=int, default=2000)
    parser.add_argument("--large", type=int, default=20000, help="0 to skip the large run")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each loop; the medians are compared")
    parser.add_argument("--profile", action="store_true", help="also print a profile of the small import")
    args = parser.parse_args()
    if args.small % PER_FOLDER or args.large % PER_FOLDER:
        parser.error(f"--small and --large must be multiples of {PER_FOLDER}")
    with tempfile.TemporaryDirectory(dir=args.dir) as folder:
        base = Path(folder)
        started = time.perf_counter()
        generate(base, max(args.small, args.large))
        print(f"generated {max(args.small, args.large)} school packages and enrolment requests in "
              f"{time.perf_counter() - started:.1f} s "
              f"({(base / 'packages' / '00').iterdir().__next__().stat().st_size} bytes each)")

        small_parts = [f"{n:02d}" for n in range(args.small // PER_FOLDER)]
        bare, seconds, peak = measure(base, "small", small_parts, args.repeat)
        small_cost = seconds / args.small
        print(f"{args.small:6d} packages  bare loop   {us(bare, args.small)}")
        print(f"{args.small:6d} packages  import      {us(seconds, args.small)}  peak {peak / 2**20:.0f} MB")
        print(f"import / bare loop: {seconds / bare:.2f}×  (target ≤ 3×)")

        if args.large:
            large_parts = [f"{n:02d}" for n in range(args.large // PER_FOLDER)]
            bare, seconds, peak = measure(base, "large", large_parts, args.repeat)
            print(f"{args.large:6d} packages  bare loop   {us(bare, args.large)}")
            print(f"{args.large:6d} packages  import      {us(seconds, args.large)}  peak {peak / 2**20:.0f} MB"
                  "  (target < 300 MB)")
            print(f"import / bare loop: {seconds / bare:.2f}×")
            print(f"cost per package, {args.large} vs {args.small}: "
                  f"{(seconds / args.large) / small_cost:.2f}×  (target ≤ 1.20×)")
        if args.profile:
            profile_import(base, small_parts)


if __name__ == "__main__":
    main()
