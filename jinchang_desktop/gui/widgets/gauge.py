"""One resource indicator of one section as a bar: value, threshold mark, 85% floor mark, gap in words.

Painted with QPainter because it repaints on every keystroke and a chart library would cost start-up
time. The bar's scale is fixed relative to the threshold (0 … 1.5 × threshold), so every gauge puts its
threshold and floor marks in the same place and the eye compares bars, not axes.
"""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

# The wording is the reports layer's: the screen paints the same reading the filing copy prints.
from jinchang_desktop.reports.gauges import GaugeReading, GaugeState, gap_words, gauge_reading, gauge_state

__all__ = ["COLOURS", "GaugeReading", "GaugeState", "GaugeWidget", "gap_words", "gauge_reading", "gauge_state"]

SCALE = 1.5  # the bar's right end, as a multiple of the threshold


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
