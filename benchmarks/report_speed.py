"""How long ``jinchang-desktop report`` takes for a 300-school county, as a county office runs it.

    python benchmarks/report_speed.py [SCHOOLS] [RUNS]

Builds a county workspace of SCHOOLS schools (default 300, from ``synthetic_table``) with the real ``init`` and
``load`` commands, then times the whole process of ``report WS -o FILE.xlsx`` and ``report WS -o FILE.pdf``
(interpreter start, imports, reading and assessing the workspace, writing the file) over RUNS runs (default 5)
and prints the median and the worst. The target for the workbook is under 3 s.
"""
from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synthetic_table import write_table  # noqa: E402  (a sibling script, not a package)

REPO = Path(__file__).resolve().parent.parent


def run(*args: object) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "jinchang_desktop", *map(str, args)], cwd=REPO, check=True,
                   capture_output=True)
    return time.perf_counter() - start


def main() -> None:
    schools = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        table = write_table(tmp / "county.csv", schools, counties=1)
        workspace = tmp / "county"
        run("init", workspace, "--role", "county", "--code", "620321", "--name", "县0000", "--year", "2025")
        run("load", workspace, table)
        print(f"county of {schools} schools; {runs} runs each, whole process")
        for suffix in ("xlsx", "pdf"):
            times = []
            for number in range(runs):
                out = tmp / f"report-{number}.{suffix}"
                times.append(run("report", workspace, "-o", out))
            size = (tmp / f"report-0.{suffix}").stat().st_size
            print(f"report -o FILE.{suffix}: median {statistics.median(times):.2f} s, worst {max(times):.2f} s, "
                  f"{size / 1024:.0f} KiB")


if __name__ == "__main__":
    main()
