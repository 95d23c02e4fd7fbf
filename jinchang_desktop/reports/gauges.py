"""What a gauge says: one resource indicator of one section, read in words (no Qt).

The gauges on screen paint these readings, and the filing copy prints them: both take the same sentence from
here. Verdicts come from the engine's exact results (``IndicatorResult.reached`` / ``above_floor``), never
from rounded numbers.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from enum import Enum

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


def gap_words(indicator: Indicator, result: IndicatorResult, *, lang: str, floor_ratio: float) -> tuple[str, str]:
    """The gap in words, long and short: "还差 2 名高于规定学历教师", and below the floor the long form
    adds what it takes to reach the floor (a narrow gauge shows the short form, its tooltip the long)."""
    en = lang == "en"
    if result.reached or result.gap is None:
        text = "Reached" if en else "已达标"
        return text, text
    if math.isinf(result.gap.to_threshold):
        text = "Gap cannot be computed" if en else "无法计算差额"
        return text, text
    unit = indicator.gap_unit_en if en else indicator.gap_unit_zh
    amount = fmt_number(result.gap.to_threshold, decimals=1)
    short = f"{amount} {unit} short" if en else f"还差 {amount} {unit}"
    if result.above_floor:
        return short, short
    floor, percent = fmt_number(result.gap.to_floor, decimals=1), fmt_number(floor_ratio * 100)
    long = f"{short} ({floor} to {percent}%)" if en else f"{short}（差 {floor} 到 {percent}%）"
    return long, short


def gauge_reading(indicator: Indicator, result: IndicatorResult, *, lang: str, floor_ratio: float) -> GaugeReading:
    en = lang == "en"
    name = indicator.name_en if en else indicator.name_zh
    unit = indicator.unit_en if en else indicator.unit_zh
    threshold = float(result.threshold)
    ratio = result.value / threshold if threshold > 0 else 0.0
    value_text = f"{fmt_number(result.value)} / {fmt_threshold(result.threshold)}"
    gap, short = gap_words(indicator, result, lang=lang, floor_ratio=floor_ratio)
    value, limit = fmt_number(result.value), fmt_threshold(result.threshold)
    percent, floor = fmt_number(floor_ratio * 100), fmt_threshold(result.floor)
    if en:
        tooltip = (f"{name}\nNow {value} {unit}; standard {limit}; {percent}% line {floor}\n{gap}\n"
                   f"Source: {indicator.clause}")
    else:
        tooltip = f"{name}\n当前 {value} {unit}，标准 {limit}，{percent}% 线 {floor}\n{gap}\n依据：{indicator.clause}"
    return GaugeReading(name=name, value_text=value_text, gap_text=gap, gap_short=short,
                        state=gauge_state(result), ratio=ratio, floor_ratio=floor_ratio, tooltip=tooltip)


def section_summary(result: SectionResult, *, min_reached: int, floor_ratio: float, lang: str) -> str:
    """A section's verdict in one line: "达标：6/7 项达到标准，其余不低于 85%" or why not."""
    en = lang == "en"
    total = len(result.indicators)
    percent = fmt_number(floor_ratio * 100)
    if result.compliant:
        return (f"Meets the standard: {result.reached}/{total} reached, the rest ≥ {percent}%" if en
                else f"达标：{result.reached}/{total} 项达到标准，其余不低于 {percent}%")
    text = (f"Below the standard: {result.reached}/{total} reached (needs {min_reached})" if en
            else f"未达标：{result.reached}/{total} 项达到标准（至少需 {min_reached} 项）")
    below = sum(1 for item in result.indicators.values() if not item.above_floor)
    if below:
        text += f", {below} below {percent}%" if en else f"，{below} 项低于 {percent}%"
    return text
