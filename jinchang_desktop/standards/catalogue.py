"""Load the catalogue and a profile into exact, immutable objects.

A profile is first *resolved* into one plain document (the catalogue with the profile's overrides and
additions applied); its SHA-256 is taken over that document's canonical JSON, so two profiles with the same
rules have the same hash whatever their files look like, and a package can carry the document whole.
"""
from __future__ import annotations

import copy
import tomllib
from dataclasses import dataclass, field
from fractions import Fraction
from functools import cache
from typing import Any

from jinchang_desktop.canonical import canonical_json, sha256_hex
from jinchang_desktop.errors import JcError
from jinchang_desktop.i18n import Msg, fixed, listing, msg
from jinchang_desktop.resource_files import resource_path
from jinchang_desktop.standards.schema import check_indicator, decimal_fraction, require

SECTIONS = ("primary", "junior")
PROFILE_IDS = ("national", "jinchang")


@dataclass(frozen=True)
class Indicator:
    key: str
    group: str
    name_zh: str
    name_en: str
    scope: str
    direction: str
    clause: str
    unit_zh: str = ""
    unit_en: str = ""
    thresholds: dict[str, Fraction] = field(default_factory=dict)
    per: int = 1
    quantity: tuple[str, ...] = ()
    split: bool = False
    gap_step: Fraction = Fraction(1)
    gap_unit_zh: str = ""
    gap_unit_en: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def name(self) -> Msg:
        """Both names the catalogue gives, to be put into a sentence (data, not a sentence of code)."""
        return fixed(self.name_zh, self.name_en)

    def threshold(self, which: str) -> Fraction | None:
        """The threshold for a section or school type, falling back to ``all`` then ``default``."""
        for name in (which, "all", "default"):
            if name in self.thresholds:
                return self.thresholds[name]
        return None


@dataclass(frozen=True)
class Profile:
    id: str
    sha256: str
    name_zh: str
    name_en: str
    document: dict[str, Any]
    indicators: dict[str, Indicator]
    min_reached: int
    floor_ratio: Fraction
    cv_limit: dict[str, Fraction]
    cv_rounding_digits: int
    teaching_site_min_students: int
    excluded_types: frozenset[str]
    split_weights: dict[str, dict[str, Fraction]]

    @property
    def name(self) -> Msg:
        """Both names the profile gives, to be put into a sentence."""
        return fixed(self.name_zh, self.name_en)

    @property
    def resource_indicators(self) -> list[Indicator]:
        return [i for i in self.indicators.values() if i.group == "resource"]

    def of_group(self, group: str) -> list[Indicator]:
        return [i for i in self.indicators.values() if i.group == group]


def _read_toml(name: str) -> dict[str, Any]:
    path = resource_path("standards", *name.split("/"))
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        raise JcError(msg("找不到标准文件 {path}", path=path), rule="resources") from None
    except tomllib.TOMLDecodeError as exc:
        raise JcError(msg("标准文件格式错误：{exc}", exc=exc),
                      file=str(path), rule="schema") from None


@cache
def resolved_document(profile_id: str) -> dict[str, Any]:
    """The profile as one plain document: catalogue indicators with overrides and additions applied."""
    if profile_id not in PROFILE_IDS:
        raise JcError(
            msg("未知的标准配置“{profile_id}”，可选：{choices}", profile_id=profile_id, choices=listing(PROFILE_IDS)),
            rule="profile",
        )
    source = f"standards/profiles/{profile_id}.toml"
    raw = _read_toml(f"profiles/{profile_id}.toml")
    base_id = raw.get("base")
    if base_id:
        doc = copy.deepcopy(resolved_document(base_id))
    else:
        catalogue = _read_toml("catalogue.toml")
        doc = {
            "catalogue_version": catalogue.get("catalogue_version", 1),
            "indicators": catalogue.get("indicator", []),
            "rules": {},
            "practice": {},
            "targets": {},
        }
    doc["id"] = raw["id"]
    doc["base"] = base_id or ""
    doc["name_zh"] = raw["name_zh"]
    doc["name_en"] = raw["name_en"]
    for section in ("rules", "practice", "targets"):
        doc[section] = {**doc.get(section, {}), **raw.get(section, {})}
    by_key = {ind["key"]: ind for ind in doc["indicators"]}
    for key, changes in raw.get("override", {}).items():
        if key not in by_key:
            raise JcError(msg("覆盖了不存在的指标“{key}”", key=key),
                          file=source, rule="schema")
        by_key[key].update(changes)
    for added in raw.get("add", []):
        if added.get("key") in by_key:
            raise JcError(msg("重复的指标“{added}”", added=added['key']),
                          file=source, rule="schema")
        doc["indicators"].append(added)
        by_key[added["key"]] = added
    return doc


def _indicator(doc: dict[str, Any], source: str) -> Indicator:
    check_indicator(doc, source=source)
    thresholds = {
        name: decimal_fraction(value, source=source, where=f"{doc['key']}.threshold.{name}")
        for name, value in doc.get("threshold", {}).items()
    }
    known = {
        "key", "group", "name_zh", "name_en", "scope", "direction", "clause", "unit_zh", "unit_en",
        "threshold", "per", "quantity", "split", "gap_step", "gap_unit_zh", "gap_unit_en",
    }
    return Indicator(
        key=doc["key"], group=doc["group"], name_zh=doc["name_zh"], name_en=doc["name_en"],
        scope=doc["scope"], direction=doc["direction"], clause=doc["clause"],
        unit_zh=doc.get("unit_zh", ""), unit_en=doc.get("unit_en", ""), thresholds=thresholds,
        per=doc.get("per", 1), quantity=tuple(doc.get("quantity", ())), split=doc.get("split", False),
        gap_step=Fraction(str(doc.get("gap_step", "1"))),
        gap_unit_zh=doc.get("gap_unit_zh", ""), gap_unit_en=doc.get("gap_unit_en", ""),
        extra={k: v for k, v in doc.items() if k not in known},
    )


def profile_from_document(doc: dict[str, Any], *, source: str = "profile") -> Profile:
    """Build a Profile from a resolved document (from resources or from a roster package), checking it."""
    if not isinstance(doc, dict):
        raise JcError(msg("标准配置不是对象"), file=source, rule="schema")
    require(doc, "id", str, source=source, where="profile")
    indicators_raw = require(doc, "indicators", list, source=source, where="profile")
    rules = require(doc, "rules", dict, source=source, where="profile")
    practice = require(doc, "practice", dict, source=source, where="profile")
    indicators: dict[str, Indicator] = {}
    for raw in indicators_raw:
        if not isinstance(raw, dict):
            raise JcError(msg("指标项不是对象"), file=source, rule="schema")
        ind = _indicator(raw, source)
        if ind.key in indicators:
            raise JcError(msg("重复的指标“{key}”", key=ind.key), file=source, rule="schema")
        indicators[ind.key] = ind
    if sum(1 for i in indicators.values() if i.group == "resource") != 7:
        raise JcError(msg("资源配置指标应为7项"),
                      file=source, rule="schema")
    cv_limit = {
        s: decimal_fraction(v, source=source, where=f"rules.cv_limit.{s}")
        for s, v in require(rules, "cv_limit", dict, source=source, where="rules").items()
    }
    weights = {
        school_type: {s: decimal_fraction(w, source=source, where=f"split_weights.{school_type}.{s}")
                      for s, w in per_section.items()}
        for school_type, per_section in require(practice, "split_weights", dict, source=source,
                                                where="practice").items()
    }
    return Profile(
        id=doc["id"],
        sha256=sha256_hex(canonical_json(doc)),
        name_zh=str(doc.get("name_zh", doc["id"])),
        name_en=str(doc.get("name_en", doc["id"])),
        document=doc,
        indicators=indicators,
        min_reached=require(rules, "min_reached", int, source=source, where="rules"),
        floor_ratio=decimal_fraction(rules.get("floor_ratio"), source=source, where="rules.floor_ratio"),
        cv_limit=cv_limit,
        cv_rounding_digits=require(practice, "cv_rounding_digits", int, source=source, where="practice"),
        teaching_site_min_students=require(practice, "teaching_site_min_students", int, source=source,
                                           where="practice"),
        excluded_types=frozenset(require(practice, "excluded_types", list, source=source, where="practice")),
        split_weights=weights,
    )


@cache
def load_profile(profile_id: str) -> Profile:
    """One of the shipped profiles (``national`` or ``jinchang``), checked and hashed."""
    return profile_from_document(
        resolved_document(profile_id), source=f"standards/profiles/{profile_id}.toml"
    )
