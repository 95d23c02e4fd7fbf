"""The bar shown above the editor in what-if mode: what the mode means, how much differs, the way out."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFrame, QWidget

from jinchang_desktop.gui.forms.ui_whatifbar import Ui_WhatIfBar
from jinchang_desktop.gui.icons import icon
from jinchang_desktop.i18n import _


class WhatIfBar(QFrame):
    reset_requested = Signal()
    leave_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_WhatIfBar()
        self.ui.setupUi(self)
        self.ui.iconLabel.setPixmap(icon("what-if").pixmap(20, 20))
        self.ui.resetButton.clicked.connect(self.reset_requested)
        self.ui.leaveButton.clicked.connect(self.leave_requested)
        self._changes = 0
        self.set_changes(0)

    def set_changes(self, count: int) -> None:
        """How many fields of the scratch copy differ from the saved record."""
        self._changes = count
        self.ui.changesLabel.setText(_("已试改 {count} 项").format(count=count) if count else "")
        self.ui.resetButton.setEnabled(count > 0)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.set_changes(self._changes)
        super().changeEvent(event)
