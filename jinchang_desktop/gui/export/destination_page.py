"""Export page 3: the folder (a USB stick). Leaving it writes the package, reads it back, verifies it, records
it in the outbox (all in the core's ``export_school_report``, on the database worker) and prints the filing
copy beside it."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QFileDialog, QWidget

from jinchang_desktop.gui.export.context import ExportContext
from jinchang_desktop.gui.export.filing_copy import filing_copy, write_filing_copy
from jinchang_desktop.gui.forms.ui_export_destination import Ui_DestinationPage
from jinchang_desktop.gui.job_page import JobPage
from jinchang_desktop.gui.workspace_jobs import ExportOutcome, export_job
from jinchang_desktop.i18n import _, language


def package_name(code: str, year: int, now: datetime) -> str:
    """ASCII, so that any USB stick's file system takes it; the time keeps earlier packages."""
    return f"{code}-{year}-school-report-{now:%Y%m%d-%H%M%S}.jcpkg"


class DestinationPage(JobPage):
    def __init__(self, context: ExportContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DestinationPage()
        self.ui.setupUi(self)
        self.context = context
        self.setCommitPage(True)
        self.ui.browseButton.clicked.connect(self._browse)
        self.ui.folderEdit.textChanged.connect(self._update)
        if context.folder is not None:
            self.ui.folderEdit.setText(str(context.folder))

    def initializePage(self) -> None:
        self._update()
        self.ui.folderEdit.setFocus()

    @property
    def folder(self) -> Path | None:
        text = self.ui.folderEdit.text().strip()
        return Path(text) if text else None

    def target(self) -> Path | None:
        folder = self.folder
        if folder is None:
            return None
        info = self.context.info
        target = folder / package_name(info.code, info.school_year, datetime.now())
        n = 2
        while target.exists():  # never write over an earlier package on the stick
            target = target.with_name(f"{target.name.split('.')[0].rsplit('~', 1)[0]}~{n}.jcpkg")
            n += 1
        return target

    def _update(self) -> None:
        target = self.target()
        self.ui.fileLabel.setText(_("将写入：{file}\n存档联：同名 .pdf").format(file=target) if target else "")
        self.completeChanged.emit()

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, _("选择 U 盘或文件夹"),
                                                  self.ui.folderEdit.text() or str(Path.home()))
        if folder:
            self.ui.folderEdit.setText(folder)

    def isComplete(self) -> bool:
        return self.folder is not None and super().isComplete()

    def validatePage(self) -> bool:
        if self.context.outcome is not None:
            return True
        if self.busy:
            return False
        folder, target = self.folder, self.target()
        assert folder is not None and target is not None
        if not folder.is_dir():
            self.ui.errorLabel.setText(_("文件夹不存在（U 盘是否已插好？）：{folder}").format(folder=folder))
            return False
        self.context.source.flush(timeout=30)  # the package carries every figure typed until now
        self.run_page_job(self.context.worker, export_job(target), _("正在写入、读回并校验数据包…"),
                          done=self._exported, message=self.ui.errorLabel, advance=True)
        return False

    def _exported(self, outcome: ExportOutcome) -> None:
        context = self.context
        context.outcome = outcome
        context.folder = Path(outcome.package.path).parent
        pdf = Path(outcome.package.path).with_suffix(".pdf")
        try:
            context.pdf_text = write_filing_copy(pdf, filing_copy(outcome, context.info, context.profile,
                                                                  language()))
            context.pdf_path = pdf
        except OSError as exc:  # the package is sent; the paper copy can be printed again later
            context.pdf_error = exc

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._update()
        super().changeEvent(event)
