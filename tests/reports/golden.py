"""What the golden files hold, built from the shipped demo data: the filing copy of the demo school (both
languages) and every demo school's verdict. Compared as JSON values, never as bytes.

    python -m tests.reports.golden     # rewrite tests/golden/*.json after a deliberate change; review the diff
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from jinchang_desktop.reports.filing_copy import PackageFacts, filing_copy_content
from jinchang_desktop.reports.verdicts import school_verdict
from jinchang_desktop.resource_files import resource_path
from jinchang_desktop.standards.assess import assess_school
from jinchang_desktop.standards.catalogue import load_profile
from jinchang_desktop.standards.table import read_table

GOLDEN = Path(__file__).resolve().parents[1] / "golden"
# The package a filing copy files: fixed facts, as the manifest of one export would give them.
FACTS = PackageFacts(file_name="2162100004-2025-school-report-20250915-093000.jcpkg", sequence=2,
                     created="2025-09-15T01:30:00.000Z", manifest_sha256="ab" * 32,
                     key_fingerprint="7D15-D714-286E-7EE5", school_year=2025)
EXPLANATIONS = {"equipment_value_yuan": "今年新建科学实验室，购置设备 65 万元。"}


def demo_schools():  # type: ignore[no-untyped-def]
    return read_table(resource_path("demo", "jinchang-schools.csv"))


def filing_copies() -> dict[str, object]:
    """The demo's nine-year school (two sections), with one explanation, in Chinese and English."""
    record = next(r for r in demo_schools() if r.school_type == "nine_year")
    profile = load_profile("jinchang")
    return {lang: filing_copy_content(record, EXPLANATIONS, FACTS, profile, lang).to_json() for lang in ("zh", "en")}


def verdicts() -> dict[str, object]:
    """Every demo school's verdict under both shipped profiles, as the county's view words it."""
    out: dict[str, object] = {}
    for profile_id in ("national", "jinchang"):
        profile = load_profile(profile_id)
        out[profile_id] = {record.code: {"name": record.name, **_words(school_verdict(assess_school(record, profile)))}
                           for record in demo_schools()}
    return out


def _words(words) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {"zh": words.zh, "en": words.en, "level": words.level}


BUILDERS = {"filing_copy_demo.json": filing_copies, "verdicts_demo.json": verdicts}


def as_json(value: object) -> object:
    """The value as JSON reads it back (tuples become lists): what the golden file can hold."""
    return json.loads(json.dumps(value, ensure_ascii=False))


def main() -> int:
    GOLDEN.mkdir(exist_ok=True)
    for name, build in BUILDERS.items():
        (GOLDEN / name).write_text(json.dumps(build(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(GOLDEN / name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
