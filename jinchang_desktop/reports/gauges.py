"""What a gauge says: one resource indicator of one section, read in words (no Qt).

The gauges on screen paint these readings, and the filing copy prints them: both take the same sentence from
here. Verdicts come from the engine's exact results (``IndicatorResult.reached`` / ``above_floor``), never
from rounded numbers.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from enum import Enum

from jinchang_desktop.i18n import Msg, fixed, msg
from jinchang_desktop.reports.numbers import fmt_number, fmt_threshold
from jinchang_desktop.standards.catalogue import Indicator
from jinchang_desktop.standards.school_rule import IndicatorResult, SectionResult


class GaugeState(Enum):
    REACHED = "reached"  # at or above the threshold
    NEAR = "near"  # below the threshold, at or above the floor (85%)
    BELOW = "below"  # below the floor


def gauge_state(result: IndicatorResult) -> GaugeState:
    """The colour of an indicator, from the engine's exact verdicts (never from rounded floats)."""
    if result.reached:
        return GaugeState.REACHED
    if result.above_floor:
        return GaugeState.NEAR
    return GaugeState.BELOW


@dataclass(frozen=True)
class GaugeReading:
    """Everything one gauge shows, already in the reader's language."""

    name: str
    value_text: str
    gap_text: str  # the whole sentence
    gap_short: str  # without the floor amount, for a narrow gauge
    state: GaugeState
    ratio: float  # value / threshold
    floor_ratio: float
    tooltip: str


def gap_messages(indicator: Indicator, result: IndicatorResult, *, floor_ratio: float) -> tuple[Msg, Msg]:
    """The gap in words, long and short: "还差 2 名高于规定学历教师", and below the floor the long form
    adds what it takes to reach the floor (a narrow gauge shows the short form, its tooltip the long)."""
    if result.reached or result.gap is None:
        text = msg("已达标")
        return text, text
    if math.isinf(result.gap.to_threshold):
        text = msg("无法计算差额")
        return text, text
    unit = fixed(indicator.gap_unit_zh, indicator.gap_unit_en)
    amount = fmt_number(result.gap.to_threshold, decimals=1)
    short = msg("还差 {amount} {unit}", amount=amount, unit=unit)
    if result.above_floor:
        return short, short
    floor, percent = fmt_number(result.gap.to_floor, decimals=1), fmt_number(floor_ratio * 100)
    long = msg("还差 {amount} {unit}（差 {floor} 到 {percent}%）", amount=amount, unit=unit, floor=floor,
               percent=percent)
    return long, short


def gap_words(indicator: Indicator, result: IndicatorResult, *, lang: str, floor_ratio: float) -> tuple[str, str]:
    """``gap_messages`` read in ``lang``."""
    long, short = gap_messages(indicator, result, floor_ratio=floor_ratio)
    return long.text(lang), short.text(lang)


def gauge_reading(indicator: Indicator, result: IndicatorResult, *, lang: str, floor_ratio: float) -> GaugeReading:
    threshold = float(result.threshold)
    ratio = result.value / threshold if threshold > 0 else 0.0
    value_text = f"{fmt_number(result.value)} / {fmt_threshold(result.threshold)}"
    gap, short = gap_messages(indicator, result, floor_ratio=floor_ratio)
    tooltip = msg("{name}\n当前 {value} {unit}，标准 {limit}，{percent}% 线 {floor}\n{gap}\n依据：{clause}",
                  name=indicator.name, value=fmt_number(result.value), unit=fixed(indicator.unit_zh, indicator.unit_en),
                  limit=fmt_threshold(result.threshold), percent=fmt_number(floor_ratio * 100),
                  floor=fmt_threshold(result.floor), gap=gap, clause=indicator.clause)
    return GaugeReading(name=indicator.name.text(lang), value_text=value_text, gap_text=gap.text(lang),
                        gap_short=short.text(lang), state=gauge_state(result), ratio=ratio, floor_ratio=floor_ratio,
                        tooltip=tooltip.text(lang))


def section_summary(result: SectionResult, *, min_reached: int, floor_ratio: float, lang: str) -> str:
    """A section's verdict in one line: "达标：6/7 项达到标准，其余不低于 85%" or why not."""
    total = len(result.indicators)
    percent = fmt_number(floor_ratio * 100)
    if result.compliant:
        text = msg("达标：{reached}/{total} 项达到标准，其余不低于 {percent}%", reached=result.reached, total=total,
                   percent=percent)
        return text.text(lang)
    below = sum(1 for item in result.indicators.values() if not item.above_floor)
    if below:
        text = msg("未达标：{reached}/{total} 项达到标准（至少需 {min_reached} 项），{below} 项低于 {percent}%",
                   reached=result.reached, total=total, min_reached=min_reached, below=below, percent=percent)
    else:
        text = msg("未达标：{reached}/{total} 项达到标准（至少需 {min_reached} 项）", reached=result.reached,
                   total=total, min_reached=min_reached)
    return text.text(lang)
