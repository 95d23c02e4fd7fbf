"""First-run page 1: who uses this PC."""
from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QRadioButton, QWidget, QWizardPage

from jinchang_desktop.gui.first_run.state import FirstRunState
from jinchang_desktop.gui.forms.ui_wizard_role import Ui_RolePage


class RolePage(QWizardPage):
    def __init__(self, state: FirstRunState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RolePage()
        self.ui.setupUi(self)
        self.state = state
        self.radios: dict[str, QRadioButton] = {"school": self.ui.schoolRadio, "county": self.ui.countyRadio,
                                                "city": self.ui.cityRadio, "inspector": self.ui.inspectorRadio}

    @property
    def role(self) -> str:
        return next(role for role, radio in self.radios.items() if radio.isChecked())

    def start_widget(self) -> QWidget:
        return self.radios[self.role]

    def validatePage(self) -> bool:
        self.state.role = self.role
        return True

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
        super().changeEvent(event)
