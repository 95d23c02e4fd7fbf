"""Reports of workspaces filled the real way: school packages into a county, county packages into a city."""
from __future__ import annotations

from pathlib import Path

import openpyxl

from jinchang_desktop.exchange.importer import import_packages
from jinchang_desktop.exchange.load import load_table
from jinchang_desktop.exchange.reports import export_report
from jinchang_desktop.reports.build import write_report
from jinchang_desktop.store.declared import set_fields
from jinchang_desktop.store.workspace import Workspace
from tests.exchange.helpers import (
    TABLE,
    YEAR,
    cli,
    enrol_school,
    explain_warnings,
    new_county,
    new_school,
    sha256_file,
    values_of,
)

SCHOOL = "2162100001"  # 永昌县第一小学 in the demo table


def test_school_package_with_new_fields_and_an_old_one_without(tmp_path: Path) -> None:
    county = new_county(tmp_path / "county")
    new = new_school(tmp_path / "new", SCHOOL)
    old = new_school(tmp_path / "old", "2162100002")
    set_fields(new.conn, SCHOOL, YEAR, {"sponsor_type": 9, "primary_grades": 6, "primary_staff": 90,
                                        "primary_teachers": 80}, action="entry")
    for school in (new, old):
        enrol_school(county, school, tmp_path)
    for school in (new, old):
        explain_warnings(school)  # as a clerk does before exporting
    export_report(new, tmp_path / "new.jcpkg")
    export_report(old, tmp_path / "old.jcpkg")  # its payload carries none of the new fields: not entered
    report = import_packages(county, [tmp_path / "new.jcpkg", tmp_path / "old.jcpkg"])
    assert [e.cls for e in report.entries] == ["accepted", "accepted"]
    assert values_of(county.conn, SCHOOL)["sponsor_type"] == 9
    assert "sponsor_type" not in values_of(county.conn, "2162100002")
    county.close()
    out = tmp_path / "county.xlsx"
    write_report(tmp_path / "county", out)
    book = openpyxl.load_workbook(out)
    rows = {book["表Ⅱ-2"].cell(r, 2).value: r for r in range(5, 8)}
    sheet = book["表Ⅱ-2"]
    assert [sheet.cell(rows["永昌县第一小学"], c).value for c in (3, 5)] == [9, 6]
    assert [sheet.cell(rows["永昌县第二小学"], c).value for c in (3, 5)] == [7, None]  # default code, not entered
    source = book["来源"]
    found = {source.cell(r, 1).value: r for r in range(11, source.max_row + 1)}
    row = found[SCHOOL]
    assert source.cell(row, 4).value == "签名数据包"
    assert source.cell(row, 6).value == 1  # the package's sequence
    assert len(source.cell(row, 5).value) == 64 and source.cell(row, 7).value == new.keypair.fingerprint
    new.close()
    old.close()


def test_city_workbook_and_pdf_per_county(tmp_path: Path) -> None:
    city = Workspace.create(tmp_path / "city", role="city", code="6203", name="金昌市", school_year=YEAR)
    packages = []
    for folder, code, name in (("yongchang", "620321", "永昌县"), ("jinchuan", "620302", "金川区")):
        county = new_county(tmp_path / folder, code=code, name=name)
        load_table(county, TABLE)
        enrol_school(city, county, tmp_path)
        packages.append(tmp_path / f"{folder}.jcpkg")
        export_report(county, packages[-1])
        county.close()
    import_packages(city, packages)
    city.close()
    out = tmp_path / "金昌市.xlsx"
    result = cli("report", tmp_path / "city", "-o", out)
    assert result.returncode == 0, result.stderr
    book = openpyxl.load_workbook(out)
    assert book.sheetnames[0] == "市汇总"
    for county in ("永昌县", "金川区"):
        assert [n for n in book.sheetnames if n.startswith(county)] == [
            f"{county} {t}" for t in ("表Ⅰ", "表Ⅱ-1", "表Ⅱ-2", "表Ⅲ", "表Ⅳ", "表Ⅴ", "表Ⅵ")]
    summary = book["市汇总"]
    assert [summary.cell(r, 1).value for r in (3, 5)] == ["金川区", "永昌县"] or \
        [summary.cell(r, 1).value for r in (3, 5)] == ["永昌县", "金川区"]
    source = book["来源"]
    fingerprints = {source.cell(r, 5).value for r in range(11, source.max_row + 1)}
    assert {sha256_file(p) for p in packages}.isdisjoint({None})  # files exist
    assert sum(1 for r in range(11, source.max_row + 1) if source.cell(r, 2).value == "县区报告") == 2
    assert all(len(f) == 64 for f in fingerprints if f)
    pdf = tmp_path / "金昌市.pdf"
    result = cli("report", tmp_path / "city", "-o", pdf)
    assert result.returncode == 0, result.stderr
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF")
    assert data.count(b"/Type /Page ") + data.count(b"/Type /Page\n") + data.count(b"/Type /Page>") >= 8
    assert b"/FontFile2" in data  # the CJK font embedded as TrueType, so the Chinese prints anywhere


def test_report_refuses_to_overwrite_and_wrong_suffix(tmp_path: Path) -> None:
    county = new_county(tmp_path / "county")
    load_table(county, TABLE)
    county.close()
    existing = tmp_path / "there.xlsx"
    existing.write_bytes(b"keep me")
    result = cli("report", tmp_path / "county", "-o", existing)
    assert result.returncode == 2 and "no-overwrite" in result.stderr and existing.read_bytes() == b"keep me"
    result = cli("report", tmp_path / "county", "-o", tmp_path / "r.docx")
    assert result.returncode == 2 and "format" in result.stderr
    result = cli("report", tmp_path / "county", "-o", tmp_path / "r.xlsx", "--year", "2019")
    assert result.returncode == 2 and "no-data" in result.stderr and not (tmp_path / "r.xlsx").exists()


def test_pdf_has_the_trend_when_several_years_are_stored(tmp_path: Path) -> None:
    from jinchang_desktop.store.declared import load_records

    from .golden_county import junior_records, make_golden_county, primary_records

    folder = make_golden_county(tmp_path / "county")
    one_year, two_years = tmp_path / "one.pdf", tmp_path / "two.pdf"
    write_report(folder, one_year)
    with Workspace.open(folder) as ws:
        load_records(ws.conn, primary_records() + junior_records(), 2024, action="load", source="county-entry")
    write_report(folder, two_years)
    pages = [p.read_bytes().count(b"/Type /Page ") + p.read_bytes().count(b"/Type /Page>")
             for p in (one_year, two_years)]
    # scorecard, CV chart, two distribution charts; then the trend once a second year is stored
    assert pages == [4, 5]


def test_data_with_hard_errors_is_refused_and_nothing_written(tmp_path: Path) -> None:
    from .golden_county import make_golden_county

    folder = make_golden_county(tmp_path / "county")
    with Workspace.open(folder) as ws:  # a form passes through impossible states; the report must not print one
        set_fields(ws.conn, "620321001", YEAR, {"primary_qualified_teachers": 9}, action="entry")
    out = tmp_path / "r.xlsx"
    result = cli("report", folder, "-o", out)
    assert result.returncode == 2 and not out.exists()
    assert "primary_qualified_teachers ≤ primary_teachers" in result.stderr and "高于规定学历教师数" in result.stderr


def test_the_workbook_does_not_load_matplotlib(tmp_path: Path) -> None:
    import subprocess
    import sys

    from .golden_county import make_golden_county

    folder = make_golden_county(tmp_path / "county")
    code = ("import sys\nfrom pathlib import Path\nfrom jinchang_desktop.reports.build import write_report\n"
            f"write_report(Path({str(folder)!r}), Path({str(tmp_path / 'r.xlsx')!r}))\n"
            "print(sorted(m for m in sys.modules if m.startswith(('matplotlib', 'PySide6'))))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.stdout.strip() == "[]", result.stderr
