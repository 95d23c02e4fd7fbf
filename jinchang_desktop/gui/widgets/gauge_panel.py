"""The live gauges of one school: a column of seven per section, and the per-school checks."""
from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

from jinchang_desktop.gui.forms.ui_gaugepanel import Ui_GaugePanel
from jinchang_desktop.gui.widgets.section_gauges import SectionGauges
from jinchang_desktop.i18n import _
from jinchang_desktop.standards.assess import SchoolResult
from jinchang_desktop.standards.catalogue import SECTIONS, Profile
from jinchang_desktop.standards.fields import field_catalogue

COLUMN_MAX_WIDTH = 480


class GaugePanel(QWidget):
    """Shows a SchoolResult; built empty by the editor's form, then given a profile."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_GaugePanel()
        self.ui.setupUi(self)
        self.ui.excludedLabel.hide()
        self._profile: Profile | None = None
        self.sections: dict[str, SectionGauges] = {}

    def set_profile(self, profile: Profile) -> None:
        self._profile = profile
        if self.ui.sectionsLayout.count() == 0:
            self.ui.sectionsLayout.addStretch(0)  # a lone column stays left, at a readable width

    def _column(self, section: str) -> SectionGauges:
        """The gauges of one section, made when a school first has that section."""
        column = self.sections.get(section)
        if column is None:
            assert self._profile is not None
            column = SectionGauges(self)
            column.setObjectName(f"section_{section}")
            # Wider than this, a gauge's value drifts too far from its name and bar to read as one.
            column.setMaximumWidth(COLUMN_MAX_WIDTH)
            column.set_indicators([i.key for i in self._profile.resource_indicators])
            # Primary left of junior whatever order they were made in.
            index = sum(1 for s in self.sections if SECTIONS.index(s) < SECTIONS.index(section))
            self.ui.sectionsLayout.insertWidget(index, column, 1)
            self.sections[section] = column
        return column

    def show_result(self, result: SchoolResult, lang: str) -> None:
        profile = self._profile
        if profile is None:
            raise RuntimeError("GaugePanel.set_profile must be called before show_result")
        names = field_catalogue().sections
        if result.excluded is not None:
            self.ui.excludedLabel.setText(_("本校不参加资源配置评估：{why}").format(
                why=result.excluded.en if lang == "en" else result.excluded.zh))
        self.ui.excludedLabel.setVisible(result.excluded is not None)
        for section in SECTIONS:
            section_result = result.sections.get(section)
            if section_result is None:
                if section in self.sections:
                    self.sections[section].hide()
                continue
            column = self._column(section)
            column.show_result(names[section]["en" if lang == "en" else "zh"], section_result, profile, lang)
            column.show()
        self.ui.checksList.show_checks(result.checks, profile, lang)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
        super().changeEvent(event)
