"""Settings: the interface language (applied at once, remembered for the next start)."""
from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from jinchang_desktop.gui.forms.ui_settingsdialog import Ui_SettingsDialog
from jinchang_desktop.i18n import AUTONYMS, _


class SettingsDialog(QDialog):
    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        for code, name in AUTONYMS.items():
            self.ui.languageCombo.addItem(name, code)
        self.ui.languageCombo.setCurrentIndex(max(0, self.ui.languageCombo.findData(language)))
        self._name_buttons()

    def _name_buttons(self) -> None:
        # Named here rather than by Qt's own catalogue, which a trimmed bundle may not ship.
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(_("确定"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(_("取消"))

    @property
    def language(self) -> str:
        return str(self.ui.languageCombo.currentData())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._name_buttons()
        super().changeEvent(event)
