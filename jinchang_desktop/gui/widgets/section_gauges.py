"""One section (小学 or 初中) of a school: the verdict of the per-school rule and its seven gauges."""
from __future__ import annotations

from PySide6.QtWidgets import QWidget

from jinchang_desktop.gui.forms.ui_sectiongauges import Ui_SectionGauges
from jinchang_desktop.gui.widgets.gauge import GaugeWidget
from jinchang_desktop.reports.gauges import gauge_reading, section_summary
from jinchang_desktop.standards.catalogue import Profile
from jinchang_desktop.standards.school_rule import SectionResult

VERDICT_STYLES = {
    True: "background: #e3f1e4; color: #1b5e20; border-radius: 3px; padding: 2px 4px;",
    False: "background: #fbe3e3; color: #b71c1c; border-radius: 3px; padding: 2px 4px;",
}


class SectionGauges(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SectionGauges()
        self.ui.setupUi(self)
        self.gauges: dict[str, GaugeWidget] = {}
        self._compliant: bool | None = None

    def set_indicators(self, keys: list[str]) -> None:
        for key in keys:
            gauge = GaugeWidget(self)
            gauge.setObjectName(f"gauge_{key}")
            self.ui.gaugesLayout.addWidget(gauge)
            self.gauges[key] = gauge

    def show_result(self, title: str, result: SectionResult, profile: Profile, lang: str) -> None:
        self.ui.titleLabel.setText(title)
        floor_ratio = float(profile.floor_ratio)
        self.ui.verdictLabel.setText(section_summary(result, min_reached=profile.min_reached,
                                                     floor_ratio=floor_ratio, lang=lang))
        if self._compliant is not result.compliant:  # a style change re-polishes: only when it flips
            self.ui.verdictLabel.setStyleSheet(VERDICT_STYLES[result.compliant])
            self._compliant = result.compliant
        for key, item in result.indicators.items():
            gauge = self.gauges.get(key)
            if gauge is not None:
                gauge.set_reading(gauge_reading(profile.indicators[key], item, lang=lang, floor_ratio=floor_ratio))

    @property
    def compliant(self) -> bool | None:
        return self._compliant

    def verdict_text(self) -> str:
        return self.ui.verdictLabel.text()
