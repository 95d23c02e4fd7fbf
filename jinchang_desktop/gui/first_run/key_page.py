"""First-run page 4: the key's fingerprint, large, for the phone call; the enrolment request onto a USB stick."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFileDialog, QWidget

from jinchang_desktop.gui.first_run.state import ENROLLED_BY_ABOVE, FirstRunState
from jinchang_desktop.gui.forms.ui_wizard_key import Ui_KeyPage
from jinchang_desktop.gui.job_page import DONE_STYLE, ERROR_STYLE, JobPage
from jinchang_desktop.gui.workspace_jobs import enrol_request_job
from jinchang_desktop.i18n import _


def spaced(fingerprint: str) -> str:
    """``7D15-D714-286E-7EE5`` → ``7D15 D714 286E 7EE5``: groups of four read out one at a time."""
    return "  ".join(fingerprint.split("-"))


def request_file(folder: Path, code: str) -> Path:
    """A file name in ``folder`` that does not overwrite an earlier request."""
    target = folder / f"{code}-enrol-request.jcpkg"
    n = 2
    while target.exists():
        target = folder / f"{code}-enrol-request-{n}.jcpkg"
        n += 1
    return target


class KeyPage(JobPage):
    def __init__(self, state: FirstRunState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_KeyPage()
        self.ui.setupUi(self)
        self.state = state
        self.completeChanged.connect(self._update)  # the button follows the page's job
        self.ui.browseButton.clicked.connect(self._browse)
        self.ui.exportButton.clicked.connect(self.export_request)
        self.ui.folderEdit.textChanged.connect(self._update)
        # Enter in the folder box exports; it must not fall through to the wizard's Finish button.
        self.ui.folderEdit.installEventFilter(self)

    def initializePage(self) -> None:
        info = self.state.info
        assert info is not None
        self.ui.fingerprintLabel.setText(spaced(info.fingerprint))
        asks = self.state.role in ENROLLED_BY_ABOVE
        for widget in (self.ui.requestHint, self.ui.requestBox, self.ui.exportButton):
            widget.setVisible(asks)
        if not asks:
            self.ui.resultLabel.setText(_("本角色不需要向上级注册密钥；校验数据包时会显示这串指纹。"))
        self._update()

    def start_widget(self) -> QWidget:
        wizard = self.wizard()
        if self.state.request_path is not None and wizard is not None:  # back here after exporting: finish
            return wizard.button(wizard.WizardButton.FinishButton)
        return self.ui.folderEdit if self.ui.requestBox.isVisibleTo(self) else self.ui.fingerprintLabel

    def _update(self) -> None:
        self.ui.exportButton.setEnabled(bool(self.ui.folderEdit.text().strip()) and not self.busy)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, _("选择保存注册申请的文件夹（U 盘）"),
                                                  self.ui.folderEdit.text() or str(Path.home()))
        if folder:
            self.ui.folderEdit.setText(folder)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.ui.folderEdit and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self.export_request()
            return True
        return super().eventFilter(watched, event)

    def export_request(self) -> None:
        folder = Path(self.ui.folderEdit.text().strip())
        info = self.state.info
        if self.busy or info is None or not str(folder):
            return
        if not folder.is_dir():
            self.ui.resultLabel.setStyleSheet(ERROR_STYLE)
            self.ui.resultLabel.setText(_("文件夹不存在（U 盘是否已插好？）：{folder}").format(folder=folder))
            return
        out = request_file(folder, info.code)
        self.run_page_job(self.state.worker, enrol_request_job(out), _("正在导出注册申请…"),
                          done=lambda _package: self._exported(out), message=self.ui.resultLabel)

    def _exported(self, out: Path) -> None:
        self.state.request_path = out
        self.ui.resultLabel.setStyleSheet(DONE_STYLE)
        self.ui.resultLabel.setText(_("已导出并校验注册申请：{path}\n请把它交给县区，并电话告知上面的指纹。"
                                      "县区注册后会发来名册，届时从“数据”菜单导入。").format(path=out))
        wizard = self.wizard()
        if wizard is not None:  # the next key the clerk presses is most likely Enter: let it finish
            button = wizard.button(wizard.WizardButton.FinishButton)
            button.setFocus()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
        super().changeEvent(event)
