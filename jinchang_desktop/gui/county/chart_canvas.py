"""The charts of ``reports.charts`` on screen: each Figure in a FigureCanvasQTAgg. This module is imported only
when a chart is first shown, so matplotlib is not loaded until then."""
from __future__ import annotations

from typing import TYPE_CHECKING

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from jinchang_desktop.errors import JcError
from jinchang_desktop.gui.error_text import error_text
from jinchang_desktop.reports.charts import chinese_text, cv_figure, distribution_figure

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from jinchang_desktop.standards.assess import Assessment


class ChartCanvas(FigureCanvasQTAgg):
    """A canvas that draws with the CJK font in force (the tick labels are made when the figure is drawn)."""

    def __init__(self, figure: Figure, parent: QWidget | None = None) -> None:
        super().__init__(figure)
        self.setParent(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(round(figure.get_figheight() / figure.get_figwidth() * 1000))

    def draw(self) -> None:
        with chinese_text():
            super().draw()


def chart_widgets(assessment: Assessment, county: str, section: str, parent: QWidget) -> list[QWidget]:
    """The CV chart and the distribution of ``section``; a sentence instead where they cannot be drawn."""
    try:
        with chinese_text():
            figures = [cv_figure(assessment, county), distribution_figure(assessment, county, section)]
    except JcError as exc:  # no CJK font on this system: say so instead of drawing boxes
        label = QLabel(error_text(exc), parent)
        label.setWordWrap(True)
        return [label]
    return [ChartCanvas(figure, parent) for figure in figures]
