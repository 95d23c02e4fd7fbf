"""Unit costs of the investment plan: the defaults in ``resources/costs/unit-costs.toml``, or a county's file.

A cost file gives every resource indicator's cost (yuan per unit added) as TOML (``key = number`` at the top,
under ``[costs]``, or one table per key with ``cost = …`` like the defaults) or as CSV (``key,cost`` rows).
A missing, negative, non-numeric or unknown cost refuses the whole file.
"""
from __future__ import annotations

import csv
import math
import tomllib
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import Any

from jinchang_desktop.errors import JcError
from jinchang_desktop.i18n import listing, msg
from jinchang_desktop.resource_files import resource_path
from jinchang_desktop.standards.catalogue import Profile


@dataclass(frozen=True)
class UnitCost:
    key: str  # the resource indicator's key
    cost: float  # yuan per unit added
    step: Fraction  # the smallest amount added
    unit_zh: str
    unit_en: str
    basis: str


def default_costs_path() -> Path:
    return resource_path("costs", "unit-costs.toml")


def _number(key: str, raw: object, file: str) -> float:
    if isinstance(raw, bool):
        raw = None
    try:
        value = float(str(raw).strip().replace(",", "")) if raw is not None else math.nan
    except ValueError:
        value = math.nan
    if not math.isfinite(value):
        raise JcError(msg("“{key}”的单价“{raw}”不是数字", key=key, raw=raw), file=file,
                      column=key, rule="cost-number")
    if value < 0:
        raise JcError(msg("“{key}”的单价 {value:g} 为负数", key=key, value=value), file=file,
                      column=key, rule="cost-negative")
    return value


def _read(path: Path) -> dict[str, Any]:
    file = str(path)
    try:
        if path.suffix.lower() == ".csv":
            with path.open(encoding="utf-8-sig", newline="") as handle:
                rows = [row for row in csv.reader(handle) if row and any(cell.strip() for cell in row)]
            if rows and not _is_number(rows[0][1] if len(rows[0]) > 1 else ""):
                rows = rows[1:]  # a header row
            return {row[0].strip(): (row[1] if len(row) > 1 else None) for row in rows}
        with path.open("rb") as handle:
            raw = tomllib.load(handle)
    except FileNotFoundError:
        raise JcError(msg("找不到单价文件"), file=file, rule="cost-file") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError, csv.Error) as exc:
        raise JcError(msg("单价文件无法读取：{exc}", exc=exc), file=file,
                      rule="cost-file") from None
    table = raw.get("costs", raw)
    return {k: (v.get("cost") if isinstance(v, dict) else v) for k, v in table.items()}


def _is_number(text: str) -> bool:
    try:
        float(text.replace(",", ""))
    except ValueError:
        return False
    return True


def load_costs(profile: Profile, path: Path | None = None) -> dict[str, UnitCost]:
    """The unit cost of each resource indicator: the defaults, each replaced by ``path``'s when given."""
    with default_costs_path().open("rb") as handle:
        defaults = tomllib.load(handle)
    keys = [i.key for i in profile.resource_indicators]
    override = _read(Path(path)) if path is not None else None
    file = str(path if path is not None else default_costs_path())
    if override is not None:
        unknown = sorted(set(override) - set(keys))
        if unknown:
            # A list of keys, not a sentence: each language keeps its own separator.
            expected = listing(keys)
            raise JcError(msg("单价文件中有未知的指标“{key}”；应为：{expected}", key=unknown[0], expected=expected),
                          file=file, column=unknown[0], rule="cost-key")
    return _costs(keys, defaults, override, file)


def costs_from_values(profile: Profile, values: dict[str, object], *, source: str) -> dict[str, UnitCost]:
    """The unit costs typed on screen (``key → text or number``), checked as a cost file's are."""
    with default_costs_path().open("rb") as handle:
        defaults = tomllib.load(handle)
    return _costs([i.key for i in profile.resource_indicators], defaults, values, source)


def _costs(keys: list[str], defaults: dict[str, Any], override: dict[str, Any] | None,
           file: str) -> dict[str, UnitCost]:
    costs = {}
    for key in keys:
        entry = defaults.get(key, {})
        raw = override.get(key) if override is not None else entry.get("cost")
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            raise JcError(msg("单价文件缺少“{key}”的单价", key=key), file=file,
                          column=key, rule="cost-missing")
        costs[key] = UnitCost(key=key, cost=_number(key, raw, file), step=Fraction(str(entry.get("step", 1))),
                              unit_zh=str(entry.get("unit_zh", "")), unit_en=str(entry.get("unit_en", "")),
                              basis=str(entry.get("basis", "")))
    return costs
