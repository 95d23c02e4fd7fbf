"""Export page 1: the hard errors, as the core finds them (``standards.review.export_check``, which ``check`` and
``export`` ask too). While any remains the wizard goes no further; each one jumps to its field, and a missing or
unknown school type to the 学校信息 dialog."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import QListWidgetItem, QWidget, QWizardPage

from jinchang_desktop.gui.error_text import error_text
from jinchang_desktop.gui.export.context import ExportContext
from jinchang_desktop.gui.forms.ui_export_check import Ui_CheckPage
from jinchang_desktop.gui.icons import icon
from jinchang_desktop.i18n import _, language
from jinchang_desktop.standards.fields import field_catalogue
from jinchang_desktop.standards.review import GENERAL, export_check

KEY_ROLE = Qt.ItemDataRole.UserRole
IDENTITY = "@identity"  # the item's key when the school's own record (its type) is what needs correcting


class CheckPage(QWizardPage):
    field_requested = Signal(str)  # the clerk chose an error: show its field
    identity_requested = Signal()  # the clerk chose the school type: open 学校信息

    def __init__(self, context: ExportContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CheckPage()
        self.ui.setupUi(self)
        self.context = context
        self.errors: list[tuple[str, str]] = []  # (field key or GENERAL, text)
        self.unsaved = 0
        self.ui.errorList.setIconSize(QSize(16, 16))
        self.ui.errorList.itemActivated.connect(self._activated)

    def initializePage(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Check the figures the package will carry: the editor's committed values, once written."""
        self.context.source.flush(timeout=30)
        lang = language()
        catalogue = field_catalogue()
        self.errors = []
        record = self.context.source.snapshot()
        check = export_check(record, self.context.profile, previous=self.context.previous)
        for error in check.errors:
            text = error.note.text(lang)
            if error.field == "school_type":
                # A missing or unknown type stops every other check: one item, leading to the 学校信息 dialog.
                self.errors.append((IDENTITY, text))
                continue
            field = catalogue.fields.get(error.field)
            key = error.field if field is not None and field.numeric else GENERAL
            label = (field.label_en if lang == "en" else field.label_zh) if field else ""
            self.errors.append((key, f"{label}：{text}" if label else text))
        failed = self.context.source.failed
        self.unsaved = len(failed)
        self.ui.errorList.clear()
        for key, text in self.errors:
            item = QListWidgetItem(icon("error"), text)
            item.setData(KEY_ROLE, key)
            self.ui.errorList.addItem(item)
        for key, exc in failed.items():
            item = QListWidgetItem(icon("error"), _("“{field}”未能保存：{reason}").format(
                field=catalogue.fields[key].label_en if lang == "en" else catalogue.fields[key].label_zh,
                reason=error_text(exc)))
            item.setData(KEY_ROLE, key)
            self.ui.errorList.addItem(item)
        blocked = bool(self.errors or failed)
        self.ui.errorList.setVisible(blocked)
        self.ui.jumpHint.setVisible(blocked)
        if blocked:
            self.ui.summaryLabel.setStyleSheet("color: #b71c1c; font-weight: bold;")
            self.ui.summaryLabel.setText(_("还有 {count} 处必须改正的问题，改正后才能导出：").format(
                count=self.ui.errorList.count()))
            self.ui.errorList.setCurrentRow(0)
            self.ui.errorList.setFocus()
        else:
            self.ui.summaryLabel.setStyleSheet("color: #1b5e20; font-weight: bold;")
            self.ui.summaryLabel.setText(_("没有必须改正的错误，可以导出。"))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self.errors and not self.unsaved

    def _activated(self, item: QListWidgetItem) -> None:
        key = item.data(KEY_ROLE)
        if key == IDENTITY:
            self.identity_requested.emit()
        elif key and key != GENERAL:
            self.field_requested.emit(str(key))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
        super().changeEvent(event)
