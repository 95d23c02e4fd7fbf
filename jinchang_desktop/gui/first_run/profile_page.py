"""First-run page 3: the profile the workspace is judged by — the county's roster when the clerk has one
(it also brings the official code), else the Jinchang plan or the national standard."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QFileDialog, QWidget

from jinchang_desktop.gui.first_run.state import ENROLLED_BY_ABOVE, FirstRunState
from jinchang_desktop.gui.forms.ui_wizard_profile import Ui_ProfilePage
from jinchang_desktop.gui.job_page import DONE_STYLE, JobPage
from jinchang_desktop.gui.workspace_info import WorkspaceInfo
from jinchang_desktop.gui.workspace_jobs import profile_job, roster_job
from jinchang_desktop.i18n import _, pick


class ProfilePage(JobPage):
    def __init__(self, state: FirstRunState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ProfilePage()
        self.ui.setupUi(self)
        self.state = state
        for radio in (self.ui.jinchangRadio, self.ui.nationalRadio, self.ui.rosterRadio):
            radio.toggled.connect(self._update)
        self.ui.rosterPathEdit.textChanged.connect(self._update)
        self.ui.rosterBrowseButton.clicked.connect(self._browse)
        self.ui.rosterImportButton.clicked.connect(self.import_roster)
        self.ui.rosterPathEdit.returnPressed.connect(self.import_roster)
        self.ui.rosterFingerprintEdit.returnPressed.connect(self.import_roster)

    @property
    def profile_id(self) -> str:
        return "national" if self.ui.nationalRadio.isChecked() else "jinchang"

    def initializePage(self) -> None:
        takes_roster = self.state.role in ENROLLED_BY_ABOVE
        self.ui.rosterRadio.setVisible(takes_roster)
        self.ui.rosterHint.setVisible(takes_roster)
        self._update()

    def start_widget(self) -> QWidget:
        return next(radio for radio in (self.ui.rosterRadio, self.ui.nationalRadio, self.ui.jinchangRadio)
                    if radio.isChecked())

    def _update(self) -> None:
        roster = self.ui.rosterRadio.isChecked()
        self.ui.rosterBox.setVisible(roster)
        self.ui.rosterImportButton.setEnabled(roster and bool(self.ui.rosterPathEdit.text().strip())
                                              and not self.state.roster_imported)
        self.completeChanged.emit()

    def _browse(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(self, _("选择县区名册"), str(Path.home()),
                                                    _("数据包 (*.jcpkg)"))
        if name:
            self.ui.rosterPathEdit.setText(name)

    def import_roster(self) -> None:
        path = self.ui.rosterPathEdit.text().strip()
        if not path or self.state.roster_imported:
            return
        fingerprint = self.ui.rosterFingerprintEdit.text().strip()
        self.run_page_job(self.state.worker, roster_job(Path(path), fingerprint), _("正在导入名册…"),
                          done=self._roster_done, message=self.ui.resultLabel)

    def _roster_done(self, info: WorkspaceInfo) -> None:
        self.state.info = info
        self.state.roster_imported = True
        # The roster decides the profile now; choosing another would be overridden by its document.
        self.ui.jinchangRadio.setEnabled(False)
        self.ui.nationalRadio.setEnabled(False)
        self.ui.resultLabel.setStyleSheet(DONE_STYLE)
        profile = info.profile()
        self.ui.resultLabel.setText(_("已导入名册：标识码 {code}，评估标准按名册执行（{profile}）。").format(
            code=info.code, profile=pick(profile.name_zh, profile.name_en)))
        self._update()

    def isComplete(self) -> bool:
        if self.busy:
            return False
        return self.state.roster_imported or not self.ui.rosterRadio.isChecked()

    def validatePage(self) -> bool:
        info = self.state.info
        if self.state.roster_imported or info is None or info.profile_id == self.profile_id:
            return True
        self.run_page_job(self.state.worker, profile_job(self.profile_id), _("正在保存…"),
                          done=self._profile_done, message=self.ui.resultLabel, advance=True)
        return False

    def _profile_done(self, info: WorkspaceInfo) -> None:
        self.state.info = info

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
        super().changeEvent(event)
