"""From school records to the section units the standard assesses (STANDARD §3–§4).

Sites not counted as schools merge into their parent; special schools and small teaching sites leave;
every remaining school becomes one unit per section with students, and facility quantities are split
between sections by weighted students.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from fractions import Fraction

from jinchang_desktop.i18n import Msg, Worded, msg
from jinchang_desktop.standards.catalogue import SECTIONS, Profile
from jinchang_desktop.standards.numbers import exact_ratio, fraction_float
from jinchang_desktop.standards.plan import IndicatorPlan
from jinchang_desktop.standards.records import SchoolRecord


@dataclass(frozen=True)
class Exclusion(Worded):
    """Why a school leaves resource allocation, read in either language."""

    text: Msg


@dataclass(slots=True)
class SectionUnit:
    """One school's section, treated as a separate school (STANDARD §3)."""

    record: SchoolRecord
    section: str
    students: int
    share: Fraction = Fraction(1)
    share_float: float = 1.0

    def planned_quantity(self, plan: IndicatorPlan) -> float:
        """The section's raw quantity x_i of a resource indicator (teachers, m², yuan, rooms), in floats."""
        values = self.record.values
        total = 0.0
        for key, sign in plan.terms:
            total += sign * values.get(key, 0)
        return total * self.share_float if plan.split else total

    def exact_ratio(self, plan: IndicatorPlan) -> tuple[int, int]:
        """The same quantity exactly, from the decimals typed: integers (numerator, positive denominator)."""
        values = self.record.values
        numerator, denominator = 0, 1
        for key, sign in plan.terms:
            n, d = exact_ratio(values.get(key, 0))
            numerator = numerator * d + (n * denominator if sign > 0 else -n * denominator)
            denominator *= d
        if plan.split:
            numerator *= self.share.numerator
            denominator *= self.share.denominator
        return numerator, denominator


@dataclass
class Prepared:
    """The records after merging, with exclusions and the section units in scope."""

    records: list[SchoolRecord]
    merged: dict[str, SchoolRecord]
    exclusions: dict[str, Exclusion] = field(default_factory=dict)
    units: dict[str, list[SectionUnit]] = field(default_factory=dict)


def merge_sites(records: list[SchoolRecord]) -> tuple[dict[str, SchoolRecord], dict[str, Exclusion]]:
    """Sum each uncounted site into its parent (STANDARD §4); the originals are left untouched."""
    merged: dict[str, SchoolRecord] = {}
    exclusions: dict[str, Exclusion] = {}
    for record in records:
        if record.counted:
            merged[record.code] = SchoolRecord(
                code=record.code, name=record.name, county=record.county, school_type=record.school_type,
                counted=True, values=dict(record.values), row=record.row)
    for record in records:
        if record.counted:
            continue
        parent = merged[record.parent_code]
        for key, value in record.values.items():
            parent.values[key] = parent.values.get(key, 0) + value
        exclusions[record.code] = Exclusion(msg("并入 {parent}", parent=record.parent_code))
    return merged, exclusions


WHOLE = {section: Fraction(1) for section in SECTIONS}  # a single-section school keeps all its facilities
STUDENTS = {section: f"{section}_students" for section in SECTIONS}  # field names spelled once, not per school


def split_shares(record: SchoolRecord, profile: Profile) -> dict[str, Fraction]:
    """Each compulsory section's share of the school's facilities (STANDARD §3, practice weights)."""
    weights = profile.split_weights.get(record.school_type)
    if not weights:
        return WHOLE
    # w·P over one common denominator, in integers: only the shares themselves become Fractions
    common = math.lcm(*(w.denominator for w in weights.values()))
    weighted = {s: w.numerator * (common // w.denominator) * int(record.get(f"{s}_students"))
                for s, w in weights.items()}
    total = sum(weighted.values())
    if total == 0:
        return {section: Fraction(0) for section in SECTIONS}
    return {s: Fraction(weighted.get(s, 0), total) for s in SECTIONS}


def exclusion_of(record: SchoolRecord, profile: Profile) -> Exclusion | None:
    """Why a counted school leaves resource allocation, or None (STANDARD §4)."""
    if record.school_type in profile.excluded_types:
        return Exclusion(msg("特殊教育学校不参加资源配置评估"))
    students = sum(record.get(STUDENTS[s]) for s in SECTIONS)
    if record.school_type == "teaching_site" and students < profile.teaching_site_min_students:
        limit = profile.teaching_site_min_students
        return Exclusion(msg("教学点在校生 {students} 人，不足 {limit} 人", students=students, limit=limit))
    if students == 0:
        return Exclusion(msg("无义务教育阶段在校生"))
    return None


def units_of(record: SchoolRecord, profile: Profile) -> list[SectionUnit]:
    """The section units of one counted, merged, non-excluded school."""
    shares = split_shares(record, profile)
    units = []
    for section in SECTIONS:
        students = int(record.get(STUDENTS[section]))
        if students > 0:
            share = shares[section]
            units.append(SectionUnit(record=record, section=section, students=students,
                                     share=share, share_float=fraction_float(share)))
    return units


def prepare(records: list[SchoolRecord], profile: Profile) -> Prepared:
    merged, exclusions = merge_sites(records)
    prepared = Prepared(records=records, merged=merged, exclusions=exclusions)
    for code, record in merged.items():
        exclusion = exclusion_of(record, profile)
        if exclusion is not None:
            prepared.exclusions[code] = exclusion
        else:
            prepared.units[code] = units_of(record, profile)
    return prepared
