"""County-wide items (政府保障程度, 教育质量, 社会认可度, Jinchang targets) against a profile.

County staff declare each item's value (a number, or 是 / 否 for qualitative items); items with a
threshold per section take one value per section, keyed "<item>.<section>". This module parses what they
type (``parse_item``), and judges the declared values (``assess_county_items``); the store keeps them
(``store.county_items``).
"""
from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from fractions import Fraction
from functools import cache

from jinchang_desktop.errors import JcError
from jinchang_desktop.i18n import fixed, msg
from jinchang_desktop.resource_files import resource_path
from jinchang_desktop.standards.catalogue import SECTIONS, Indicator, Profile
from jinchang_desktop.standards.numbers import NumberError, exact, parse_number

ItemValue = float | int | bool

YES = ("是", "yes", "y", "true", "met", "达标")
NO = ("否", "no", "n", "false", "not met", "未达标")


@dataclass(frozen=True)
class ItemVerdict:
    key: str  # indicator key, or "<indicator>.<section>"
    indicator: Indicator
    value: ItemValue | None
    threshold: Fraction | None
    ok: bool | None  # None: not declared yet


@dataclass(frozen=True)
class ItemRules:
    """What a typed value may be (resources/standards/county_items.toml)."""

    veto: frozenset[str]
    by_unit: dict[str, tuple[Fraction, Fraction]]
    by_key: dict[str, tuple[Fraction, Fraction]]

    def bounds(self, indicator: Indicator) -> tuple[Fraction, Fraction] | None:
        return self.by_key.get(indicator.key) or self.by_unit.get(indicator.unit_zh)


@cache
def item_rules() -> ItemRules:
    with resource_path("standards", "county_items.toml").open("rb") as handle:
        raw = tomllib.load(handle)

    def pair(value: list[str]) -> tuple[Fraction, Fraction]:
        return Fraction(value[0]), Fraction(value[1])

    return ItemRules(veto=frozenset(raw.get("veto", [])),
                     by_unit={unit: pair(v) for unit, v in raw.get("range_by_unit", {}).items()},
                     by_key={key: pair(v) for key, v in raw.get("range", {}).items()})


def _compare(direction: str, value: Fraction, threshold: Fraction) -> bool:
    if direction == "min":
        return value >= threshold
    if direction == "max":
        return value <= threshold
    return value < threshold  # "below": strictly less


def item_keys(indicator: Indicator) -> list[tuple[str, str]]:
    """(value key, threshold name) pairs of one county item."""
    if any(s in indicator.thresholds for s in SECTIONS):
        return [(f"{indicator.key}.{s}", s) for s in SECTIONS]
    return [(indicator.key, "all")]


def county_indicators(profile: Profile) -> list[Indicator]:
    return [i for i in profile.indicators.values() if i.scope == "county"]


def all_item_keys(profile: Profile) -> dict[str, Indicator]:
    """Every value key county staff can declare under ``profile``, with its indicator."""
    return {key: indicator for indicator in county_indicators(profile) for key, _ in item_keys(indicator)}


def parse_item(profile: Profile, key: str, text: object) -> ItemValue:
    """The value of item ``key`` from what was typed: 是/否 for qualitative items, else a number in range."""
    known = all_item_keys(profile)
    indicator = known.get(key)
    if indicator is None:
        base = key.split(".")[0]
        if base in known:
            text = msg("未知的县域指标“{key}”（此项不分学段，请写 {base}）", key=key, base=base)
        elif f"{base}.primary" in known:
            text = msg("未知的县域指标“{key}”（此项分学段，请写 {base}.primary / {base}.junior）", key=key, base=base)
        else:
            text = msg("未知的县域指标“{key}”", key=key)
        raise JcError(text, column=key, rule="county-item-key")
    if indicator.direction == "qualitative":
        word = str(text).strip().lower()
        if word in YES:
            return True
        if word in NO:
            return False
        raise JcError(msg("“{name}”应填“是”或“否”，不是“{text}”", name=indicator.name, text=text), column=key,
                      rule="county-item-yes-no")
    if isinstance(text, bool) or (isinstance(text, str) and not text.strip()):
        raise JcError(msg("“{name}”应填数字", name=indicator.name), column=key, rule="county-item-number")
    try:
        value = parse_number(text, whole=False)
    except NumberError as exc:
        raise JcError(msg("“{name}”：{reason}", name=indicator.name, reason=exc), column=key,
                      rule="county-item-number") from None
    bounds = item_rules().bounds(indicator)
    if bounds is not None and not bounds[0] <= exact(value) <= bounds[1]:
        low, high = (f"{float(b):g}" for b in bounds)
        raise JcError(msg("“{name}”的值 {value:g}{unit} 超出范围 {low}–{high}{unit}", name=indicator.name,
                          value=value, unit=fixed(indicator.unit_zh, indicator.unit_en), low=low, high=high),
                      column=key, rule="county-item-range")
    return value


def parse_assignments(profile: Profile, assignments: list[str]) -> dict[str, ItemValue]:
    """``KEY=VALUE`` words, all checked before any is used."""
    values: dict[str, ItemValue] = {}
    for word in assignments:
        key, sep, text = word.partition("=")
        if not sep or not key.strip():
            raise JcError(msg("“{word}”应写作 KEY=VALUE", word=word), rule="usage")
        values[key.strip()] = parse_item(profile, key.strip(), text)
    return values


def assess_county_items(values: Mapping[str, ItemValue], profile: Profile) -> list[ItemVerdict]:
    verdicts = []
    for indicator in county_indicators(profile):
        for key, which in item_keys(indicator):
            value = values.get(key)
            if indicator.direction == "qualitative":
                ok = None if value is None else bool(value)
                verdicts.append(ItemVerdict(key, indicator, value, None, ok))
                continue
            threshold = indicator.threshold(which)
            ok = None if value is None or isinstance(value, bool) or threshold is None else _compare(
                indicator.direction, exact(value), threshold)
            verdicts.append(ItemVerdict(key, indicator, value, threshold, ok))
    return verdicts


def _number(value: ItemValue | Fraction | None) -> float | int | bool | None:
    if value is None or isinstance(value, bool):
        return value
    number = float(value)
    return int(number) if number.is_integer() else number


def verdicts_json(verdicts: list[ItemVerdict]) -> list[dict[str, object]]:
    """The ``county_items`` list of ``assess --json``: key, value, threshold, ok (null where not declared)."""
    return [{"key": v.key, "value": _number(v.value), "threshold": _number(v.threshold), "ok": v.ok}
            for v in verdicts]
