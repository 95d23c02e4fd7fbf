"""A small structural check of the standards resources, so a bad edit fails loudly at load time."""
from __future__ import annotations

from fractions import Fraction
from typing import Any

from jinchang_desktop.errors import JcError
from jinchang_desktop.i18n import msg

GROUPS = {"resource", "guarantee", "quality", "recognition", "jinchang"}
SCOPES = {"section", "school", "class", "county"}
DIRECTIONS = {"min", "max", "below", "qualitative"}
THRESHOLD_KEYS = {
    "primary", "junior", "all", "default",
    "nine_year", "twelve_year", "complete_middle", "primary_school", "teaching_site",
}


def decimal_fraction(text: object, *, source: str, where: str) -> Fraction:
    """Read a threshold written as a decimal string (or int) into an exact fraction."""
    if isinstance(text, bool) or not isinstance(text, (str, int)):
        raise JcError(
            msg("{where} 应写成十进制数字字符串，实为 {text!r}", where=where, text=text),
            file=source, rule="schema",
        )
    try:
        return Fraction(str(text).strip())
    except (ValueError, ZeroDivisionError):
        raise JcError(
            msg("{where} 不是数字：{text!r}", where=where, text=text), file=source, rule="schema"
        ) from None


def require(doc: dict[str, Any], key: str, kind: type | tuple[type, ...], *, source: str, where: str) -> Any:
    if key not in doc:
        raise JcError(msg("{where} 缺少“{key}”", where=where, key=key), file=source, rule="schema")
    value = doc[key]
    if not isinstance(value, kind) or isinstance(value, bool) and kind is not bool:
        raise JcError(
            msg("{where} 的“{key}”类型不对：{value!r}", where=where, key=key, value=value),
            file=source, rule="schema",
        )
    return value


def check_indicator(doc: dict[str, Any], *, source: str) -> None:
    """Raise JcError unless ``doc`` is a well-formed indicator entry."""
    key = require(doc, "key", str, source=source, where="indicator")
    where = f"indicator {key}"
    for text_key in ("name_zh", "name_en", "clause"):
        require(doc, text_key, str, source=source, where=where)
    for key_name, allowed in (("group", GROUPS), ("scope", SCOPES), ("direction", DIRECTIONS)):
        value = require(doc, key_name, str, source=source, where=where)
        if value not in allowed:
            raise JcError(
                msg("{where} 的“{key_name}”取值 {value!r} 不在 {allowed} 中", where=where, key_name=key_name,
                    value=value, allowed=sorted(allowed)),
                file=source, rule="schema",
            )
    if doc["direction"] != "qualitative" and doc["key"] != "music_art_rooms":
        thresholds = require(doc, "threshold", dict, source=source, where=where)
        if not thresholds:
            raise JcError(msg("{where} 没有阈值", where=where), file=source, rule="schema")
        for name, value in thresholds.items():
            if name not in THRESHOLD_KEYS:
                raise JcError(
                    msg("{where} 的阈值键 {name!r} 无效", where=where, name=name),
                    file=source, rule="schema",
                )
            decimal_fraction(value, source=source, where=f"{where}.threshold.{name}")
    if doc["group"] == "resource":
        require(doc, "per", int, source=source, where=where)
        quantity = require(doc, "quantity", list, source=source, where=where)
        if not quantity or not all(isinstance(q, str) for q in quantity):
            raise JcError(
                msg("{where} 的 quantity 应为字段名列表", where=where),
                file=source, rule="schema",
            )
        require(doc, "split", bool, source=source, where=where)
        decimal_fraction(doc.get("gap_step", "1"), source=source, where=f"{where}.gap_step")
