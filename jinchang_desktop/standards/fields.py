"""The declared-data fields of a school (resources/standards/fields.toml) as objects."""
from __future__ import annotations

import tomllib
from dataclasses import dataclass
from fractions import Fraction
from functools import cached_property, lru_cache

from jinchang_desktop.i18n import Msg, fixed
from jinchang_desktop.resource_files import resource_path

NUMERIC_KINDS = ("int", "decimal")


@dataclass(frozen=True)
class FieldDef:
    key: str
    label_zh: str
    label_en: str
    kind: str  # text, choice, flag, int, decimal
    topic: str
    unit_zh: str = ""
    unit_en: str = ""
    section: str = ""
    required: bool = False
    column_optional: bool = False
    in_table: bool = True
    minimum: float = 0
    maximum: float | None = None
    clause: str = ""
    default: int | None = None
    # A blank table cell: 0 in the statistics columns; "not entered" where 0 would be a false figure (a code
    # column, or a column added for the inspection form that older tables leave empty).
    blank_not_entered: bool = False

    @property
    def label(self) -> Msg:
        """Both labels fields.toml gives, to be put into a sentence."""
        return fixed(self.label_zh, self.label_en)

    @property
    def numeric(self) -> bool:
        return self.kind in NUMERIC_KINDS

    @property
    def header_required(self) -> bool:
        """Whether a school table must have this column (STANDARD school table)."""
        return self.in_table and not self.column_optional


@dataclass(frozen=True)
class Check:
    level: str  # "error" blocks an export
    rule: str  # "le": left ≤ right
    left: str
    right: str
    message_zh: str
    message_en: str

    @property
    def message(self) -> Msg:
        return fixed(self.message_zh, self.message_en)


@dataclass(frozen=True)
class SchoolType:
    key: str
    zh: str
    en: str
    sections: tuple[str, ...]


@dataclass(frozen=True)
class ReviewRules:
    """When an allowed value needs a written explanation before export (fields.toml ``[review]``)."""

    near_threshold: Fraction
    change_limit: Fraction


@dataclass(frozen=True)
class FieldCatalogue:
    fields: dict[str, FieldDef]
    checks: tuple[Check, ...]
    school_types: dict[str, SchoolType]
    topics: dict[str, dict[str, str]]
    sections: dict[str, dict[str, str]]
    review: ReviewRules

    @cached_property  # derived from the frozen fields; validation asks for it once per school and section
    def teacher_fields(self) -> dict[str, tuple[FieldDef, ...]]:
        """Each section's teacher-count fields."""
        by_section: dict[str, tuple[FieldDef, ...]] = {}
        for f in self.fields.values():
            if f.topic == "teachers":
                by_section[f.section] = (*by_section.get(f.section, ()), f)
        return by_section

    @property
    def numeric_keys(self) -> list[str]:
        return [f.key for f in self.fields.values() if f.numeric]

    def section_name(self, section: str) -> Msg:
        """A section's two names (小学 / Primary …), to be put into a sentence; the key where none is given."""
        names = self.sections.get(section, {})
        return fixed(names.get("zh", section), names.get("en", section))

    def school_type_by_name(self, text: str) -> SchoolType | None:
        """A school type by its key or its Chinese name."""
        text = text.strip()
        if text in self.school_types:
            return self.school_types[text]
        for school_type in self.school_types.values():
            if text == school_type.zh:
                return school_type
        return None


@lru_cache(maxsize=1)
def field_catalogue() -> FieldCatalogue:
    with resource_path("standards", "fields.toml").open("rb") as handle:
        raw = tomllib.load(handle)
    fields = {
        f["key"]: FieldDef(
            key=f["key"], label_zh=f["label_zh"], label_en=f["label_en"], kind=f["kind"], topic=f["topic"],
            unit_zh=f.get("unit_zh", ""), unit_en=f.get("unit_en", ""), section=f.get("section", ""),
            required=f.get("required", False), column_optional=f.get("column_optional", False),
            in_table=f.get("table", True), minimum=f.get("min", 0), maximum=f.get("max"),
            clause=f.get("clause", ""), default=f.get("default"),
            blank_not_entered=f.get("blank", "zero") == "not-entered" or f.get("min", 0) > 0,
        )
        for f in raw["field"]
    }
    checks = tuple(Check(**c) for c in raw.get("check", []))
    types = {
        key: SchoolType(key=key, zh=v["zh"], en=v["en"], sections=tuple(v["sections"]))
        for key, v in raw["school_types"].items()
    }
    review = raw["review"]
    rules = ReviewRules(near_threshold=Fraction(review["near_threshold"]),
                        change_limit=Fraction(review["change_limit"]))
    return FieldCatalogue(fields=fields, checks=checks, school_types=types, topics=raw["topics"],
                          sections=raw["sections"], review=rules)
