"""The packages the import kill test feeds a county: enrolment requests and three versions of every school's report.

Each version ``v`` sets every one of ``FIELDS`` of its school to a value whose whole part is ``v``, so a school
holding fields of two versions, or a version other than that of its newest accepted package, shows at once.
Keys are generated here and the files written with the package writer itself, as a school workspace would.
"""
from __future__ import annotations

from pathlib import Path

from jinchang_desktop.exchange.payloads import ENROL, SCHOOL_REPORT, SchoolReport, dump_json, school_report_bytes
from jinchang_desktop.packages.format import Issuer, write_package
from jinchang_desktop.packages.keys import generate_key
from jinchang_desktop.standards.catalogue import load_profile
from jinchang_desktop.standards.fields import field_catalogue
from jinchang_desktop.standards.records import SchoolRecord

YEAR = 2025
COUNTY = "永昌县"
COUNTY_CODE = "620321"
SCHOOLS = 100
VERSIONS = 3
# A primary school's fields, all set to one number: every cross-field rule (a ≤ b) holds with equal values.
FIELDS = ("primary_students", "primary_classes", "primary_max_class_size", "primary_teachers",
          "primary_qualified_teachers", "primary_pe_art_teachers", "teaching_aux_area_m2", "indoor_sports_area_m2",
          "sports_ground_area_m2", "equipment_value_yuan", "multimedia_classrooms", "public_funds_budget_yuan",
          "training_budget_yuan")


def code_of(n: int) -> str:
    return f"K{n:03d}"


def record_of(n: int, version: int) -> SchoolRecord:
    kinds = field_catalogue().fields
    values = {f: version if kinds[f].kind == "int" else version + 0.5 for f in FIELDS}
    return SchoolRecord(code=code_of(n), name=f"测试学校{n}", county=COUNTY, school_type="primary", values=values)


def version_of(value: int | float) -> int:
    return int(value)


def write_packages(folder: Path) -> tuple[Path, Path]:
    """``folder``/requests and ``folder``/packages; package files sort school by school, version by version."""
    requests, packages = folder / "requests", folder / "packages"
    requests.mkdir(parents=True)
    packages.mkdir()
    profile = load_profile("national")
    for n in range(SCHOOLS):
        key = generate_key()
        issuer = Issuer("school", code_of(n), f"测试学校{n}")
        common = dict(issuer=issuer, keypair=key, school_year=YEAR, profile_id=profile.id,
                      profile_sha256=profile.sha256)
        body = {"role": "school", "code": code_of(n), "name": issuer.name, "county": COUNTY, "school_type": "primary"}
        write_package(requests / f"{code_of(n)}.jcpkg", kind="enrol-request", sequence=1, previous="",
                      files={ENROL: dump_json(body)}, **common)  # type: ignore[arg-type]
        previous = ""
        for version in range(1, VERSIONS + 1):
            payload = school_report_bytes(SchoolReport(record_of(n, version)))
            package = write_package(packages / f"{code_of(n)}-v{version}.jcpkg", kind="school-report",
                                    sequence=version, previous=previous, files={SCHOOL_REPORT: payload},
                                    **common)  # type: ignore[arg-type]
            previous = package.manifest_sha256
    return requests, packages
