"""Hard checks on declared data: impossible values that stop an assessment or block an export."""
from __future__ import annotations

from typing import Any

from jinchang_desktop.errors import JcError
from jinchang_desktop.i18n import msg
from jinchang_desktop.standards.fields import FieldCatalogue, field_catalogue
from jinchang_desktop.standards.records import SchoolRecord

STUDENT_SECTIONS = ("primary", "junior", "senior")
_STUDENT_FIELDS = tuple((section, f"{section}_students") for section in STUDENT_SECTIONS)  # spelled once


def record_problems(record: SchoolRecord, *, file: str | None = None,
                    catalogue: FieldCatalogue | None = None) -> list[JcError]:
    """Problems within one school's data (no other school needed)."""
    catalogue = catalogue or field_catalogue()
    problems: list[JcError] = []
    where: dict[str, Any] = {"file": file, "row": record.row}
    fields = catalogue.fields
    school_type = catalogue.school_types.get(record.school_type)
    if school_type is None:
        problems.append(JcError(msg("未知的学校类型“{school_type}”", school_type=record.school_type),
                                column=fields["school_type"].label_zh, rule="school-type", **where))
        return problems
    for section, students_key in _STUDENT_FIELDS:
        students = record.get(students_key)
        if students > 0 and section not in school_type.sections:
            problems.append(JcError(
                msg("{school_type}不应有{section}在校生", school_type=school_type,
                    section=catalogue.section_name(section)),
                column=fields[students_key].label_zh, rule="section-of-type", **where))
        if students == 0:
            for f in catalogue.teacher_fields.get(section, ()):
                if record.get(f.key) > 0:
                    problems.append(JcError(msg("{section}有教师但没有在校生",
                                                section=catalogue.section_name(section)),
                                            column=f.label_zh, rule="teachers-without-students", **where))
                    break
    for check in catalogue.checks:
        if check.rule == "le" and check.left in record.values and check.right in record.values:
            if record.values[check.left] > record.values[check.right]:
                problems.append(JcError(
                    msg("{check}（{left} > {right}）", check=check.message, left=record.values[check.left],
                        right=record.values[check.right]),
                    column=fields[check.left].label_zh, rule=f"{check.left} ≤ {check.right}", **where))
    return problems


def validate_records(records: list[SchoolRecord], *, file: str | None = None) -> list[JcError]:
    """Problems within each record and between records (duplicate codes, missing parents)."""
    catalogue = field_catalogue()
    problems: list[JcError] = []
    by_code: dict[str, SchoolRecord] = {}
    code_label = catalogue.fields["school_code"].label_zh
    parent_label = catalogue.fields["parent_code"].label_zh
    for record in records:
        problems.extend(record_problems(record, file=file, catalogue=catalogue))
        if record.code in by_code:
            first = by_code[record.code]
            problems.append(JcError(
                msg("学校标识码“{code}”重复（第 {row} 行已有）", code=record.code, row=first.row),
                file=file, row=record.row, column=code_label, rule="unique-code"))
        else:
            by_code[record.code] = record
    for record in records:
        if record.counted:
            continue
        if not record.parent_code:
            problems.append(JcError(msg("不计校数的校点必须填写所属学校标识码"),
                                    file=file, row=record.row, column=parent_label, rule="parent-required"))
            continue
        parent = by_code.get(record.parent_code)
        if parent is None:
            problems.append(JcError(msg("所属学校“{parent_code}”不在表中", parent_code=record.parent_code),
                                    file=file, row=record.row, column=parent_label, rule="parent-exists"))
        elif not parent.counted:
            problems.append(JcError(msg("所属学校“{parent_code}”本身不计校数", parent_code=record.parent_code),
                                    file=file, row=record.row, column=parent_label, rule="parent-counted"))
        elif parent.county != record.county:
            problems.append(JcError(msg("校点与所属学校“{parent_code}”不在同一县区", parent_code=record.parent_code),
                                    file=file, row=record.row, column=parent_label, rule="parent-county"))
    return problems
