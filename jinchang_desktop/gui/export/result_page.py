"""Export page 4: done — where the package is, its fingerprint, the key's, and the filing copy."""
from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget, QWizardPage

from jinchang_desktop.gui.error_text import error_text
from jinchang_desktop.gui.export.context import ExportContext
from jinchang_desktop.gui.forms.ui_export_result import Ui_ResultPage
from jinchang_desktop.i18n import _


def grouped(sha256: str) -> str:
    """64 hex digits in groups of eight, two lines: easier to compare by eye."""
    groups = [sha256[i:i + 8] for i in range(0, len(sha256), 8)]
    return " ".join(groups[:4]) + "\n" + " ".join(groups[4:])


class ResultPage(QWizardPage):
    def __init__(self, context: ExportContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ResultPage()
        self.ui.setupUi(self)
        self.context = context
        self.setFinalPage(True)

    def initializePage(self) -> None:
        outcome = self.context.outcome
        assert outcome is not None
        package = outcome.package
        self.ui.packageLabel.setText(str(package.path))
        self.ui.sequenceLabel.setText(str(package.sequence))
        self.ui.shaLabel.setText(grouped(package.manifest_sha256))
        self.ui.keyLabel.setText(package.fingerprint)
        if self.context.pdf_path is not None:
            self.ui.pdfLabel.setStyleSheet("")
            self.ui.pdfLabel.setText(str(self.context.pdf_path))
        else:
            self.ui.pdfLabel.setStyleSheet("color: #b71c1c;")
            reason = error_text(self.context.pdf_error) if self.context.pdf_error else ""
            self.ui.pdfLabel.setText(_("未能保存存档联：{reason}").format(reason=reason))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
        super().changeEvent(event)
