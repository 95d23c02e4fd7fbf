"""Export page 2: the soft warnings, each with the clerk's written explanation (stored, then carried in the
package). The core (``standards.review.export_check``) finds the warnings and decides when the page is complete:
when the texts typed answer every one, as ``check`` and ``export`` would judge them."""
from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget, QWizardPage

from jinchang_desktop.gui.error_text import error_text
from jinchang_desktop.gui.export.context import ExportContext
from jinchang_desktop.gui.forms.ui_export_explain import Ui_ExplainPage
from jinchang_desktop.gui.jobs import explanations_job
from jinchang_desktop.i18n import _, language
from jinchang_desktop.standards.fields import field_catalogue
from jinchang_desktop.standards.review import ExportCheck, export_check
from jinchang_desktop.store.explanations import explanations

EDIT_HEIGHT = 54  # two lines: a reason is a sentence, not an essay


def export_check_of(context: ExportContext, stored: dict[str, str] | None = None) -> ExportCheck:
    """The core's answer for the committed record (the one the package will carry) and ``stored`` explanations."""
    return export_check(context.source.snapshot(), context.profile, previous=context.previous,
                        explanations=stored or {})


def warnings_of(context: ExportContext, lang: str) -> dict[str, list[str]]:
    """The soft warnings of the committed record, by field key in the order of the entry pages, in ``lang``."""
    found: dict[str, list[str]] = {}
    for warning in export_check_of(context).warnings:
        found.setdefault(warning.field, []).append(warning.note.text(lang))
    return found


class ExplainPage(QWizardPage):
    def __init__(self, context: ExportContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ExplainPage()
        self.ui.setupUi(self)
        self.context = context
        self.edits: dict[str, QPlainTextEdit] = {}
        self._stored: dict[str, str] = {}
        self._saving = False
        self.check: ExportCheck | None = None

    def initializePage(self) -> None:
        lang = language()
        catalogue = field_catalogue()
        layout = self.ui.itemsLayout
        while layout.count():
            item = layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.edits = {}
        info = self.context.info
        self._stored = explanations(self.context.reader, info.code, info.school_year)
        self.check = export_check_of(self.context, self._stored)
        by_field: dict[str, list[str]] = {}
        for warning in self.check.warnings:
            by_field.setdefault(warning.field, []).append(warning.note.text(lang))
        previous: QWidget | None = None
        for key, texts in by_field.items():
            field = catalogue.fields[key]
            label = QLabel(f"<b>{field.label_en if lang == 'en' else field.label_zh}</b><br>"
                           + "<br>".join(texts), self.ui.itemsWidget)
            label.setWordWrap(True)
            edit = QPlainTextEdit(self.ui.itemsWidget)
            edit.setObjectName(f"explain_{key}")
            edit.setTabChangesFocus(True)  # Tab moves on, as everywhere else in the app
            edit.setFixedHeight(EDIT_HEIGHT)
            edit.setPlaceholderText(_("写明原因，例如：今年新购仪器设备 60 万元"))
            edit.setPlainText(self._stored.get(key, ""))
            edit.textChanged.connect(self.completeChanged)
            label.setBuddy(edit)
            layout.addWidget(label)
            layout.addWidget(edit)
            if previous is not None:
                QWidget.setTabOrder(previous, edit)
            previous = edit
            self.edits[key] = edit
        layout.addStretch(1)
        self.ui.statusLabel.clear()
        if self.edits:
            next(iter(self.edits.values())).setFocus()

    def texts(self) -> dict[str, str]:
        return {key: edit.toPlainText().strip() for key, edit in self.edits.items()}

    def isComplete(self) -> bool:
        if self._saving or self.check is None:
            return False
        return not self.check.with_explanations(self.texts()).unexplained

    def validatePage(self) -> bool:
        changed = {key: text for key, text in self.texts().items() if text != self._stored.get(key, "")}
        if not changed:
            return True
        if self._saving:
            return False
        self._saving = True
        self.completeChanged.emit()
        info = self.context.info
        self.context.worker.submit(explanations_job(info.code, info.school_year, changed),
                                   done=lambda _none: self._saved(changed), failed=self._failed)
        return False

    def _saved(self, changed: dict[str, str]) -> None:
        self._saving = False
        self._stored.update(changed)
        self.completeChanged.emit()
        wizard = self.wizard()
        if wizard is not None:
            wizard.next()

    def _failed(self, exc: BaseException) -> None:
        self._saving = False
        self.ui.statusLabel.setStyleSheet("color: #b71c1c;")
        self.ui.statusLabel.setText(error_text(exc))
        self.completeChanged.emit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
        super().changeEvent(event)
