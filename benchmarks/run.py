"""One table of every figure the product is held to, each beside its target.

    python -m benchmarks [--quick] [--bundle dist/jinchang-desktop]      (from the repository root)

Runs the benchmark scripts of this folder as they are (each also runs on its own) and reads their printed figures;
measures what no script covers yet (start-up of the frozen bundle, cold start-ups, the bundle's size) here.
Scripts of the county's work join the table by name: ``report_speed.py``, ``dashboard*.py``, ``what_if*.py`` or
``whatif*.py``, ``plan*.py``, ``triage*.py``, ``ledger*.py``; until one exists its row says "not built yet".

``--quick`` (a few minutes) runs fewer repetitions and imports 4,000 packages instead of 20,000; the table says so
wherever a figure is from a smaller run. Cold start-ups empty the OS file cache first
(``/proc/sys/vm/drop_caches``, Linux, as root); elsewhere those rows say why they are missing.
Progress goes to stderr, the table (Markdown) to stdout.
"""
from __future__ import annotations

import argparse
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
BUNDLE_LIMIT_MB = 130
NOT_BUILT = "not built yet"


@dataclass
class Row:
    figure: str
    measured: str
    target: str
    verdict: str = ""  # "yes" / "no" / "" (no target, or not measured)


def verdict(ok: bool | None) -> str:
    return "" if ok is None else ("yes" if ok else "**no**")


def say(message: str) -> None:
    print(f"[benchmarks] {message}", file=sys.stderr, flush=True)


def script_env() -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))
    return env


def run_script(name: str, *args: str) -> str:
    """Run benchmarks/<name> as its own process; its stdout. A failing script stops the table (say why)."""
    say(f"running {name} {' '.join(args)}")
    started = time.perf_counter()
    result = subprocess.run([sys.executable, str(HERE / name), *args], cwd=REPO, env=script_env(),
                            capture_output=True, text=True)
    say(f"  {name}: {time.perf_counter() - started:.0f} s")
    if result.returncode != 0:
        raise SystemExit(f"{name} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}")
    return result.stdout


def number(pattern: str, text: str) -> float:
    match = re.search(pattern, text)
    if match is None:
        raise SystemExit(f"benchmark output changed: no match for {pattern!r} in:\n{text}")
    return float(match.group(1).replace(",", ""))


# -- start-up ------------------------------------------------------------------------------------------------------

def drop_file_cache() -> bool:
    """Empty the OS file cache (Linux, root); False where that is not possible."""
    try:
        os.sync()
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
        return True
    except OSError:
        return False


def startup_commands(tmp: Path, bundle: Path | None) -> tuple[dict[str, list[str]], dict[str, str]]:
    from gui_startup import BARE  # the same bare window the start-up script measures against

    bare_script = tmp / "bare_window.py"
    bare_script.write_text(BARE, encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    commands = {"bare": [sys.executable, str(bare_script)],
                "source": [sys.executable, "-m", "jinchang_desktop", "--demo", "--exit-after-startup"]}
    if bundle is not None:
        commands["bundle"] = [str(bundle / "jinchang-desktop"), "--demo", "--exit-after-startup"]
    return commands, env


def startup_rows(bundle: Path | None, quick: bool) -> list[Row]:
    from gui_startup import timed

    runs, cold_runs = (3, 1) if quick else (10, 3)
    rows: list[Row] = []
    # Warm, source tree: the start-up script itself (alternated runs, ratio of medians).
    out = run_script("gui_startup.py", "--runs", str(runs))
    bare = number(r"bare QMainWindow\s+([\d.]+) ms", out)
    app = number(r"jinchang-desktop --demo\s+([\d.]+) ms", out)
    rows.append(Row("start-up, source tree, warm (vs bare QMainWindow)",
                    f"{app:.0f} ms vs {bare:.0f} ms = {app / bare:.2f}×", "≤ 2×", verdict(app / bare <= 2)))
    with tempfile.TemporaryDirectory(prefix="jc-bench-") as folder:
        commands, env = startup_commands(Path(folder), bundle)
        if bundle is not None:
            say("start-up of the bundle, warm")
            for name in ("bare", "bundle"):
                timed(commands[name], env)  # fill the file cache
            times: dict[str, list[float]] = {"bare": [], "bundle": []}
            for _ in range(runs):
                for name in ("bare", "bundle"):
                    times[name].append(timed(commands[name], env))
            b, a = statistics.median(times["bare"]), statistics.median(times["bundle"])
            rows.append(Row("start-up, bundle, warm (vs bare QMainWindow)",
                            f"{a * 1000:.0f} ms vs {b * 1000:.0f} ms = {a / b:.2f}×", "≤ 2×", verdict(a / b <= 2)))
        cold_targets = ["source"] + (["bundle"] if bundle is not None else [])
        if not drop_file_cache():
            for name in cold_targets:
                rows.append(Row(f"start-up, {'source tree' if name == 'source' else 'bundle'}, cold", "not measured "
                                "(emptying the file cache needs root on Linux)", "≤ 2×"))
        else:
            say("cold start-ups (file cache emptied before each run)")
            cold: dict[str, list[float]] = {name: [] for name in ["bare", *cold_targets]}
            for _ in range(cold_runs):
                for name in cold:
                    drop_file_cache()
                    cold[name].append(timed(commands[name], env))
            b = statistics.median(cold["bare"])
            for name in cold_targets:
                a = statistics.median(cold[name])
                rows.append(Row(f"start-up, {'source tree' if name == 'source' else 'bundle'}, cold (vs bare "
                                "QMainWindow, cold)", f"{a * 1000:.0f} ms vs {b * 1000:.0f} ms = {a / b:.2f}×",
                                "≤ 2×", verdict(a / b <= 2)))
    if bundle is None:
        rows.append(Row("start-up, bundle, warm and cold", "no bundle (build it: installer/README.md)", "≤ 2×"))
    return rows


# -- the other measured figures --------------------------------------------------------------------------------------

def keystroke_rows(quick: bool) -> list[Row]:
    out = run_script("gui_keystroke.py", *(["--keystrokes", "60", "--commits", "15"] if quick else []))
    median = number(r"keystroke → repainted gauges[^\n]*\n\s+median ([\d.]+) ms", out)
    p95 = number(r"keystroke → repainted gauges[^\n]*\n\s+median [\d.]+ ms\s+p95 ([\d.]+) ms", out)
    durable = number(r"Enter → committed on disk[^\n]*\n\s+median ([\d.]+) ms", out)
    return [Row("keystroke → repainted gauges", f"median {median:.2f} ms, p95 {p95:.2f} ms", "< 16 ms",
                verdict(p95 < 16)),
            Row("Enter → committed on disk", f"median {durable:.2f} ms", "")]


def assess_rows() -> list[Row]:
    out = run_script("assess_speed.py")
    small = number(r"assess 2,000 schools, whole process: median ([\d.]+) s", out)
    one = number(r"re-assess one school after one change: median ([\d.]+) ms", out)
    big = number(r"assess 200,000 schools, whole process: ([\d.]+) s", out)
    big_rss = number(r"assess 200,000 schools[^\n]*peak (\d+) MiB", out)
    return [Row("`assess` 2,000 schools (whole process)", f"{small:.2f} s", "< 1 s", verdict(small < 1)),
            Row("re-assess one school after one change", f"{one:.3f} ms", "< 1 ms", verdict(one < 1)),
            Row("`assess` 200,000 schools (whole process)", f"{big:.1f} s, peak {big_rss:.0f} MiB",
                "< 20 s, < 2 GiB", verdict(big < 20 and big_rss < 2048))]


def import_rows(quick: bool) -> list[Row]:
    large = 4000 if quick else 20000
    out = run_script("import_speed.py", "--small", "2000", "--large", str(large), "--repeat", "1" if quick else "3")
    ratios = [float(x) for x in re.findall(r"import / bare loop: ([\d.]+)×", out)]
    per_small = number(r"\s*2000 packages  import\s+([\d.]+) µs/package", out)
    per_large = number(rf"\s*{large} packages  import\s+([\d.]+) µs/package", out)
    peak = number(rf"\s*{large} packages  import[^\n]*peak (\d+) MB", out)
    growth = number(r"cost per package, \d+ vs \d+: ([\d.]+)×", out)
    label = f"{large:,}" + (" (--quick; the full run imports 20,000)" if quick else "")
    return [Row("import 2,000 packages vs the bare verification loop",
                f"{per_small:.0f} µs/package, {ratios[0]:.2f}× the floor", "≤ 3×", verdict(ratios[0] <= 3)),
            Row(f"import {label} packages vs the bare verification loop",
                f"{per_large:.0f} µs/package, {ratios[1]:.2f}× the floor, peak {peak:.0f} MB", "≤ 3×, < 300 MB",
                verdict(ratios[1] <= 3 and peak < 300)),
            Row(f"cost per package, {large:,} vs 2,000", f"{growth:.2f}×", "≤ 1.20×", verdict(growth <= 1.2))]


# -- scripts that other parts of the product add ------------------------------------------------------------------

PLANNED = [("county dashboard", ("dashboard*.py", "county_dashboard*.py")), ("what-if", ("what_if*.py", "whatif*.py")),
           ("plan", ("plan*.py",)), ("`report`", ("report_speed.py", "report*.py")), ("import triage", ("triage*.py",)),
           ("problem ledger", ("ledger*.py",))]


def later_script_rows(quick: bool) -> list[Row]:
    """Each planned figure from its script when it exists: every printed line that names a target is a row."""
    rows = []
    for figure, patterns in PLANNED:
        scripts = sorted({path for pattern in patterns for path in HERE.glob(pattern) if path.name != "run.py"})
        if not scripts:
            rows.append(Row(figure, NOT_BUILT, ""))
            continue
        for script in scripts:
            args = ["--quick"] if quick and "--quick" in script.read_text(encoding="utf-8") else []
            out = run_script(script.name, *args)
            lines = [line.strip() for line in out.splitlines() if "target" in line or "aim" in line]
            for line in lines or [out.strip().splitlines()[-1] if out.strip() else "(no output)"]:
                rows.append(Row(f"{figure} ({script.name})", line, "(in the line)"))
    return rows


# -- the bundle ----------------------------------------------------------------------------------------------------

def folder_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink()) / 2**20


def size_rows(bundle: Path | None) -> list[Row]:
    if bundle is None:
        return [Row("bundle size (Linux onedir)", "no bundle (build it: installer/README.md)",
                    f"< {BUNDLE_LIMIT_MB} MB")]
    size = folder_mb(bundle)
    rows = [Row("bundle size (Linux onedir)", f"{size:.0f} MB", f"< {BUNDLE_LIMIT_MB} MB",
                verdict(size < BUNDLE_LIMIT_MB))]
    internal = bundle / "_internal"
    parts = {"Qt (PySide6)": ["PySide6", "shiboken6"], "numpy": ["numpy", "numpy.libs"],
             "matplotlib + Pillow": ["matplotlib", "PIL", "pillow.libs", "kiwisolver", "contourpy", "fontTools"],
             "cryptography": ["cryptography"]}
    shares = {label: sum(folder_mb(internal / n) for n in names if (internal / n).is_dir())
              for label, names in parts.items()}
    text = ", ".join(f"{label} {mb:.0f}" for label, mb in shares.items())
    rows.append(Row("  of which (MB)", f"{text}, Python and the rest {size - sum(shares.values()):.0f}", ""))
    debs = sorted(REPO.glob("dist/jinchang-desktop_*.deb"))
    if debs:
        rows.append(Row(f".deb ({debs[-1].name})", f"{debs[-1].stat().st_size / 2**20:.0f} MB", ""))
    return rows


def table(rows: list[Row]) -> str:
    lines = ["| figure | measured | target | met |", "|---|---|---|---|"]
    lines += [f"| {r.figure} | {r.measured} | {r.target} | {r.verdict} |" for r in rows]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions, 4,000 packages: a few minutes")
    parser.add_argument("--bundle", type=Path, default=REPO / "dist" / "jinchang-desktop",
                        help="the PyInstaller onedir bundle (default: dist/jinchang-desktop)")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(HERE))  # the scripts of this folder import one another by name
    bundle = args.bundle if (args.bundle / "jinchang-desktop").is_file() else None
    started = time.perf_counter()
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else None  # a shared machine's figures depend on it
    sections: list[Callable[[], list[Row]]] = [
        lambda: startup_rows(bundle, args.quick), lambda: keystroke_rows(args.quick), assess_rows,
        lambda: import_rows(args.quick), lambda: later_script_rows(args.quick), lambda: size_rows(bundle)]
    rows = [row for section in sections for row in section()]
    command = "python -m benchmarks" + (" --quick" if args.quick else "")
    print(f"`{command}` — {time.strftime('%Y-%m-%d')}, {platform.machine()}, {os.cpu_count()} cores, "
          f"Python {platform.python_version()}, {time.perf_counter() - started:.0f} s"
          + (f", load average {load:.1f} at the start" if load is not None else ""))
    print()
    print(table(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
