"""One resource indicator of one section as a bar: value, threshold mark, 85% floor mark, gap in words.

Painted with QPainter because it repaints on every keystroke and a chart library would cost start-up
time. The bar's scale is fixed relative to the threshold (0 … 1.5 × threshold), so every gauge puts its
threshold and floor marks in the same place and the eye compares bars, not axes.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from jinchang_desktop.reports.numbers import fmt_number, fmt_threshold
from jinchang_desktop.standards.catalogue import Indicator
from jinchang_desktop.standards.school_rule import IndicatorResult

SCALE = 1.5  # the bar's right end, as a multiple of the threshold


class GaugeState(Enum):
    REACHED = "reached"  # at or above the threshold
    NEAR = "near"  # below the threshold, at or above the floor (85%)
    BELOW = "below"  # below the floor


COLOURS = {
    GaugeState.REACHED: QColor("#2e7d32"),
    GaugeState.NEAR: QColor("#e69500"),
    GaugeState.BELOW: QColor("#c62828"),
}
TEXT_COLOURS = {  # darker shades: amber text on white needs more contrast than an amber bar
    GaugeState.REACHED: QColor("#1b5e20"),
    GaugeState.NEAR: QColor("#8a5a00"),
    GaugeState.BELOW: QColor("#b71c1c"),
}
TRACK = QColor("#e3e6ea")
MARK = QColor("#30343a")


def gauge_state(result: IndicatorResult) -> GaugeState:
    """The colour of an indicator, from the engine's exact verdicts (never from rounded floats)."""
    if result.reached:
        return GaugeState.REACHED
    if result.above_floor:
        return GaugeState.NEAR
    return GaugeState.BELOW


@dataclass(frozen=True)
class GaugeReading:
    """Everything one gauge shows, already in the interface language."""

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
    if result.reached or result.gap is None:
        text = QCoreApplication.translate("Gauge", "已达标")
        return text, text
    if math.isinf(result.gap.to_threshold):
        text = QCoreApplication.translate("Gauge", "无法计算差额")
        return text, text
    unit = indicator.gap_unit_en if lang == "en" else indicator.gap_unit_zh
    amount = fmt_number(result.gap.to_threshold, decimals=1)
    short = QCoreApplication.translate("Gauge", "还差 {amount} {unit}").format(amount=amount, unit=unit)
    if result.above_floor:
        return short, short
    long = QCoreApplication.translate("Gauge", "还差 {amount} {unit}（差 {floor} 到 {percent}%）").format(
        amount=amount, unit=unit, floor=fmt_number(result.gap.to_floor, decimals=1),
        percent=fmt_number(floor_ratio * 100))
    return long, short


def gauge_reading(indicator: Indicator, result: IndicatorResult, *, lang: str, floor_ratio: float) -> GaugeReading:
    name = indicator.name_en if lang == "en" else indicator.name_zh
    unit = indicator.unit_en if lang == "en" else indicator.unit_zh
    threshold = float(result.threshold)
    ratio = result.value / threshold if threshold > 0 else 0.0
    value_text = f"{fmt_number(result.value)} / {fmt_threshold(result.threshold)}"
    gap, short = gap_words(indicator, result, lang=lang, floor_ratio=floor_ratio)
    tooltip = QCoreApplication.translate(
        "Gauge", "{name}\n当前 {value} {unit}，标准 {threshold}，{percent}% 线 {floor}\n{gap}\n依据：{clause}").format(
        name=name, value=fmt_number(result.value), unit=unit, threshold=fmt_threshold(result.threshold),
        percent=fmt_number(floor_ratio * 100), floor=fmt_threshold(result.floor), gap=gap,
        clause=indicator.clause)
    return GaugeReading(name=name, value_text=value_text, gap_text=gap, gap_short=short,
                        state=gauge_state(result), ratio=ratio, floor_ratio=floor_ratio, tooltip=tooltip)


class GaugeWidget(QWidget):
    """Paints one GaugeReading in two rows: name and value; then the bar with the gap in words beside it.

    The full sentences are in the tooltip and the accessible description when a narrow column elides them.
    """

    BAR_HEIGHT = 10
    BAR_SHARE = 0.42  # of the width; the gap sentence gets the rest of the second row

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._reading: GaugeReading | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    @property
    def reading(self) -> GaugeReading | None:
        return self._reading

    @property
    def state(self) -> GaugeState | None:
        return None if self._reading is None else self._reading.state

    def set_reading(self, reading: GaugeReading | None) -> None:
        if reading == self._reading:
            return
        self._reading = reading
        if reading is not None:
            self.setToolTip(reading.tooltip)
            self.setAccessibleName(reading.name)
            self.setAccessibleDescription(f"{reading.value_text}; {reading.gap_text}")
        self.update()

    def bar_geometry(self) -> QRectF:
        line = QFontMetrics(self.font()).height()
        width = max(90.0, (self.width() - 2) * self.BAR_SHARE)
        return QRectF(1, line + 4 + (line - self.BAR_HEIGHT) / 2, width, self.BAR_HEIGHT)

    def sizeHint(self) -> QSize:
        line = QFontMetrics(self.font()).height()
        return QSize(300, 2 * line + 6)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        reading = self._reading
        metrics = QFontMetrics(self.font())
        line = metrics.height()
        width = self.width()
        bar = self.bar_geometry()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(TRACK)
        painter.drawRoundedRect(bar, 3, 3)
        if reading is None:
            painter.end()
            return
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        # The first row: the value on the right, the name elided into what is left.
        value_width = metrics.horizontalAdvance(reading.value_text) + 6
        painter.setPen(self.palette().windowText().color())
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        name = QFontMetrics(bold).elidedText(reading.name, Qt.TextElideMode.ElideRight, width - value_width - 4)
        painter.drawText(QRectF(1, 0, width - value_width, line), left, name)
        painter.setFont(self.font())
        painter.drawText(QRectF(width - value_width, 0, value_width - 1, line),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, reading.value_text)
        fill = min(max(reading.ratio / SCALE, 0.0), 1.0)
        if fill > 0:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(COLOURS[reading.state])
            painter.drawRoundedRect(QRectF(bar.left(), bar.top(), bar.width() * fill, bar.height()), 3, 3)
        # The floor mark dashed, the threshold mark solid and taller: the line that matters most.
        floor_x = bar.left() + bar.width() * reading.floor_ratio / SCALE
        painter.setPen(QPen(MARK, 1, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(floor_x, bar.top() - 1), QPointF(floor_x, bar.bottom() + 1))
        threshold_x = bar.left() + bar.width() / SCALE
        painter.setPen(QPen(MARK, 2))
        painter.drawLine(QPointF(threshold_x, bar.top() - 3), QPointF(threshold_x, bar.bottom() + 3))
        # The second row: the gap in words beside the bar.
        text_left = bar.right() + 8
        painter.setPen(TEXT_COLOURS[reading.state])
        room = int(width - text_left - 1)
        gap = reading.gap_text if metrics.horizontalAdvance(reading.gap_text) <= room else reading.gap_short
        gap = metrics.elidedText(gap, Qt.TextElideMode.ElideRight, room)
        painter.drawText(QRectF(text_left, line + 4, width - text_left - 1, line), left, gap)
        painter.end()
