"""``jinchang-desktop --self-check``: prove in seconds that an installation works, one printed line per check.

Each check is a small function that returns a short description of what it saw, or raises saying what is wrong.
They exercise what a clerk's work depends on and what a broken bundle loses first: the shipped standard (resources),
the engine's exact arithmetic on the published cases of STANDARD.md, SQLite and the workspace folder, Ed25519 and the
package format, a helper process (the importer verifies packages on one), matplotlib's Agg renderer and openpyxl.
Everything is written in a temporary folder that is removed afterwards; nothing touches the user's data.
No Qt: the check runs the same from a source tree, a wheel and the bundle, with or without a display.
"""
from __future__ import annotations

import io
import multiprocessing
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from jinchang_desktop import __version__
from jinchang_desktop.i18n import msg

if TYPE_CHECKING:
    from jinchang_desktop.standards.assess import Assessment
    from jinchang_desktop.standards.catalogue import Profile
    from jinchang_desktop.standards.records import SchoolRecord

# STANDARD.md test case A: five primary schools, students and a quantity (books, or here equipment value).
CASE_A_STUDENTS = (45, 37, 89, 76, 55)
CASE_A_QUANTITIES = (279, 137, 935, 160, 402)
CASE_A_CV = 0.5153  # published as 0.52; four decimals from the full-precision formula
# STANDARD.md test case B: a nine-year school of 166 primary and 210 junior students, a facility quantity of 23226.
CASE_B = (166, 210, 23226)
CASE_B_SHARES = ("9711.63", "13514.37")
# A primary school of 1000 students that reaches every threshold; with 9 PE/art teachers it has exactly 0.9 per
# hundred students, which meets 0.9 although 9/1000*100 in floating point is 0.8999999999999999.
TRAP_SCHOOL = {"primary_students": 1000, "primary_qualified_teachers": 50, "primary_backbone_teachers": 12,
               "primary_pe_art_teachers": 9, "teaching_aux_area_m2": 5000, "indoor_sports_area_m2": 300,
               "sports_ground_area_m2": 8000, "equipment_value_yuan": 2_500_000, "multimedia_classrooms": 25}


class CheckFailed(Exception):
    """A check saw something other than what it expected."""


def expect(condition: bool, message: str) -> None:
    if not condition:
        raise CheckFailed(message)


@dataclass(frozen=True)
class Outcome:
    name: str
    ok: bool
    detail: str
    seconds: float


# -- the checks: each takes the temporary folder and returns what it saw -------------------------------------------

def check_resources(_: Path) -> str:
    from jinchang_desktop.resource_files import resources_root

    root = resources_root()
    for part in (("standards", "catalogue.toml"), ("standards", "fields.toml"), ("icons", "app.svg"),
                 ("locale", "en", "LC_MESSAGES", "jinchang.mo")):
        expect(root.joinpath(*part).is_file(), f"{'/'.join(part)} missing under {root}")
    return str(root)


def check_catalogue(_: Path) -> str:
    from jinchang_desktop.standards.catalogue import resolved_document
    from jinchang_desktop.standards.fields import field_catalogue

    indicators = resolved_document("national")["indicators"]
    fields = field_catalogue().fields
    expect(len(indicators) > 0 and len(fields) > 0, "the catalogue has no indicators or no fields")
    return f"{len(indicators)} indicators, {len(fields)} fields"


def check_profiles(_: Path) -> str:
    from jinchang_desktop.standards.catalogue import load_profile

    seen = []
    for profile_id in ("national", "jinchang"):
        profile = load_profile(profile_id)
        expect(len(profile.resource_indicators) == 7, f"{profile_id}: {len(profile.resource_indicators)} resource "
                                                      "indicators, not 7")
        seen.append(f"{profile_id} {profile.sha256[:12]}")
    return ", ".join(seen)


def _record(code: str, school_type: str, values: dict[str, int | float]) -> SchoolRecord:
    from jinchang_desktop.standards.records import SchoolRecord

    return SchoolRecord(code=code, name=f"学校{code}", county="永昌县", school_type=school_type, values=values)


def _profile() -> Profile:
    from jinchang_desktop.standards.catalogue import load_profile

    return load_profile("national")


def _case_a_records() -> list[SchoolRecord]:
    return [_record(f"A{i}", "primary", {"primary_students": p, "equipment_value_yuan": x})
            for i, (p, x) in enumerate(zip(CASE_A_STUDENTS, CASE_A_QUANTITIES, strict=True))]


def _case_a_assessment() -> Assessment:
    from jinchang_desktop.standards.assess import assess

    return assess(_case_a_records(), _profile())


def check_case_a(_: Path) -> str:
    county = _case_a_assessment().counties["永昌县"]["primary"]
    result = county.cv["equipment_value"]
    expect(result.cv is not None and round(result.cv, 4) == CASE_A_CV, f"CV {result.cv}, expected {CASE_A_CV}")
    expect(result.ok is False, "a CV of 0.5153 must fail the primary limit 0.50")
    return f"CV {result.cv:.4f} (expected {CASE_A_CV}), fails 0.50"


def check_case_b(_: Path) -> str:
    from jinchang_desktop.standards.catalogue import load_profile
    from jinchang_desktop.standards.sections import split_shares

    primary, junior, quantity = CASE_B
    school = _record("B1", "nine_year", {"primary_students": primary, "junior_students": junior})
    shares = split_shares(school, load_profile("national"))
    got = tuple(f"{float(shares[section] * quantity):.2f}" for section in ("primary", "junior"))
    expect(got == CASE_B_SHARES, f"shares {got}, expected {CASE_B_SHARES}")
    expect(shares["primary"] + shares["junior"] == 1, "the two shares do not add up to the whole")
    return f"{got[0]} / {got[1]}"


def check_threshold_trap(_: Path) -> str:
    from jinchang_desktop.standards.assess import assess_school
    from jinchang_desktop.standards.catalogue import load_profile

    result = assess_school(_record("T1", "primary", dict(TRAP_SCHOOL)), load_profile("national"))
    item = result.sections["primary"].indicators["pe_art_teachers"]
    expect(item.reached, "9 PE/art teachers for 1000 students must meet 0.9 (compared exactly)")
    return "9 per 1000 students meets 0.9"


def check_workspace(folder: Path) -> str:
    from jinchang_desktop.store.workspace import Workspace

    path = folder / "workspace"
    with Workspace.create(path, role="school", code="6203210001", name="自检学校", county="永昌县",
                          school_year=2025):
        pass
    with Workspace.open(path) as workspace:
        expect(workspace.code == "6203210001", "the workspace did not read back its own code")
        return f"created and reopened, key {workspace.keypair.fingerprint}"


def check_package(folder: Path) -> str:
    from jinchang_desktop.exchange.trust import export_enrol_request
    from jinchang_desktop.packages.format import read_package
    from jinchang_desktop.store.workspace import Workspace

    path = folder / "workspace"
    if not path.exists():  # the workspace check normally made it
        Workspace.create(path, role="school", code="6203210001", name="自检学校", county="永昌县",
                         school_year=2025).close()
    out = folder / "self-check.jcpkg"
    with Workspace.open(path) as workspace:
        export_enrol_request(workspace, out, school_type="primary")
        key_id = workspace.keypair.key_id
    package = read_package(out)
    expect(package.key_id == key_id, "the package is not signed by the workspace's key")
    return f"signed and verified {out.name} ({out.stat().st_size} bytes)"


def _helper_pid() -> int:
    import os

    return os.getpid()


def check_helper_process(_: Path) -> str:
    import os

    # The same kind of helper the importer starts (exchange/reading.py): "spawn" re-runs this program, which in a
    # frozen bundle works only when its entry point calls multiprocessing.freeze_support().
    with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn")) as pool:
        pid = pool.submit(_helper_pid).result(timeout=120)
    expect(pid != os.getpid(), "the helper ran in this process")
    return "a helper process started and answered"


def check_chart(folder: Path) -> str:
    """The report's CV chart (a Figure, no pyplot, Chinese labels in a CJK font found on this system) of worked
    case A, drawn by the Agg canvas: its bar is the case's CV and its line the limit."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from jinchang_desktop.reports.charts import cjk_font, cv_figure, figure_data

    figure = cv_figure(_case_a_assessment(), "永昌县")
    drawn = figure_data(figure)
    bar = drawn["cv-primary"][[i.key for i in _profile().resource_indicators].index("equipment_value")]
    expect(round(bar, 4) == CASE_A_CV, f"the chart's bar is {bar}, expected {CASE_A_CV}")
    expect(drawn["limit-primary"] == [[0.5, 0.5]], f"the chart's limit line is {drawn['limit-primary']}")
    canvas = FigureCanvasAgg(figure)
    buffer = io.BytesIO()
    canvas.print_png(buffer)
    png = buffer.getvalue()
    expect(png.startswith(b"\x89PNG\r\n\x1a\n"), "the chart is not a PNG")
    width, height = canvas.get_width_height()
    return f"{width}×{height} PNG, {len(png)} bytes, font {cjk_font()}"


def check_xlsx(folder: Path) -> str:
    """The inspection workbook (表Ⅰ–表Ⅵ, 来源) of a county holding worked case A, written and read back: 表Ⅲ's
    小学 差异系数 for equipment is the case's CV."""
    from openpyxl import load_workbook

    from jinchang_desktop.reports.build import write_report
    from jinchang_desktop.store.declared import load_records
    from jinchang_desktop.store.workspace import Workspace

    path = folder / "county"
    with Workspace.create(path, role="county", code="620321", name="永昌县", school_year=2025) as county:
        load_records(county.conn, _case_a_records(), 2025, action="load", source="county-entry")
    out = write_report(path, folder / "self-check.xlsx")
    book = load_workbook(out)
    expect("表Ⅲ" in book.sheetnames and "来源" in book.sheetnames, f"sheets {book.sheetnames}")
    sheet = book["表Ⅲ"]
    found = [cell.value for row in sheet.iter_rows() for cell in row
             if isinstance(cell.value, float) and round(cell.value, 3) == round(CASE_A_CV, 3)]
    expect(bool(found), "表Ⅲ does not show case A's 差异系数")
    return f"wrote and read back {out.name} ({out.stat().st_size} bytes, {len(book.sheetnames)} sheets)"


# Each check is named in Chinese then English, on one line: "资源 resources".
CHECKS: list[tuple[str, Callable[[Path], str]]] = [
    (msg("资源").both(" "), check_resources),
    (msg("指标目录").both(" "), check_catalogue),
    (msg("标准配置").both(" "), check_profiles),
    (msg("案例A").both(" "), check_case_a),
    (msg("案例B").both(" "), check_case_b),
    (msg("0.9 阈值").both(" "), check_threshold_trap),
    (msg("工作区").both(" "), check_workspace),
    (msg("签名数据包").both(" "), check_package),
    (msg("辅助进程").both(" "), check_helper_process),
    (msg("绘制图表").both(" "), check_chart),
    ("Excel xlsx", check_xlsx),
]


def run_checks(checks: Sequence[tuple[str, Callable[[Path], str]]] = CHECKS, *,
               out: TextIO | None = None, temp_dir: Path | None = None) -> list[Outcome]:
    """Run every check (a failure does not stop the others) in a fresh temporary folder, made in ``temp_dir``
    (default: the system's) and removed at the end; print a line for each."""
    stream = sys.stdout if out is None else out
    outcomes = []
    folder = Path(tempfile.mkdtemp(prefix="jinchang-self-check-", dir=temp_dir))
    try:
        for name, check in checks:
            started = time.perf_counter()
            try:
                detail, ok = check(folder), True
            except Exception as exc:  # every failure is reported as a line; the next check still runs
                detail, ok = f"{type(exc).__name__}: {exc}", False
            outcome = Outcome(name, ok, detail, time.perf_counter() - started)
            outcomes.append(outcome)
            print(f"[{'OK' if ok else 'FAIL':>4}] {name}: {detail} ({outcome.seconds:.2f} s)", file=stream,
                  flush=True)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return outcomes


def main(out: TextIO | None = None) -> int:
    """Exit status 0 when every check passed, 1 otherwise."""
    stream = sys.stdout if out is None else out
    frozen = "bundle" if getattr(sys, "frozen", False) else "Python"
    print(f"jinchang-desktop {__version__} {msg('自检').both()} ({frozen}, {sys.platform})", file=stream)
    outcomes = run_checks(out=stream)
    failed = [o.name for o in outcomes if not o.ok]
    if failed:
        counted = msg("{total} 项检查中 {failed} 项未通过", total=len(outcomes), failed=len(failed))
        print(f"{msg('自检未通过').both()}: {counted.both()}", file=stream)
        return 1
    print(f"{msg('自检通过').both()}: {msg('共 {count} 项检查', count=len(outcomes)).both()}", file=stream)
    return 0
