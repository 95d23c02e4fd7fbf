"""Short messages to the clerk that do not stop the program: a window-modal box opened with ``open()``.

``exec()`` would start a nested event loop inside a worker's callback; ``open()`` returns at once, and the box
stays until the clerk closes it (tests find it among the top-level widgets).
"""
from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from jinchang_desktop.gui.error_text import error_text
from jinchang_desktop.i18n import _


def inform(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("informBox")
    box.button(QMessageBox.StandardButton.Ok).setText(_("确定"))
    box.open()
    return box


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Critical, title or _("操作失败"),
                      error_text(exc), QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorBox")
    box.button(QMessageBox.StandardButton.Ok).setText(_("确定"))
    box.open()
    return box
