"""The red bar above the editor when figures could not be written: what failed, that nothing typed is lost,
and the way to write them again."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFrame, QWidget

from jinchang_desktop.gui.error_text import error_text
from jinchang_desktop.gui.forms.ui_savebanner import Ui_SaveBanner
from jinchang_desktop.gui.icons import icon
from jinchang_desktop.i18n import _


class SaveBanner(QFrame):
    retry_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SaveBanner()
        self.ui.setupUi(self)
        self.ui.iconLabel.setPixmap(icon("error").pixmap(20, 20))
        self.ui.retryButton.clicked.connect(self.retry_requested)
        self._count = 0
        self._reason: BaseException | None = None
        self.hide()

    def show_failure(self, count: int, reason: BaseException | None) -> None:
        """``count`` fields are not saved, the last for ``reason``; none hides the bar."""
        self._count, self._reason = count, reason
        if count == 0 or reason is None:
            self.hide()
            return
        self.ui.messageLabel.setText(_(
            "有 {count} 项数值未能保存：{reason} 您输入的数值仍显示在界面上，不会丢失；"
            "问题解决后请点“重试保存”。").format(count=count, reason=error_text(reason)))
        self.show()

    @property
    def message(self) -> str:
        return self.ui.messageLabel.text() if self.isVisible() else ""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.show_failure(self._count, self._reason)
        super().changeEvent(event)
