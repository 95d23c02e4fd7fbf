"""The first-run wizard: role → identity (creates the workspace) → profile → key and enrolment request.

Keyboard only: every field has a mnemonic and a buddy, radio groups move with the arrow keys, Enter takes
the default button (下一步 / 创建工作区 / 完成). The wizard creates the workspace on its own database worker
and hands that worker, holding the open workspace, to the app on finishing (``workspace_ready``).
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QWidget, QWizard

from jinchang_desktop.gui.db_worker import DbWorker
from jinchang_desktop.gui.first_run.identity_page import IdentityPage
from jinchang_desktop.gui.first_run.key_page import KeyPage
from jinchang_desktop.gui.first_run.profile_page import ProfilePage
from jinchang_desktop.gui.first_run.role_page import RolePage
from jinchang_desktop.gui.first_run.state import FirstRunState
from jinchang_desktop.gui.icons import icon
from jinchang_desktop.i18n import _


class FirstRunWizard(QWizard):
    workspace_ready = Signal(object)  # the DbWorker holding the new workspace; the receiver owns it now

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FirstRunWizard")
        self.state = FirstRunState(path=Path(path), worker=DbWorker())
        self._handed_over = False
        # One look on every platform (the Windows "Aero" style hides Back in the title bar).
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        # The workspace exists by the last page: finishing opens it (the request can be exported later too).
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setWindowIcon(icon("app"))
        self.setMinimumSize(700, 500)
        self.role_page = RolePage(self.state, self)
        self.identity_page = IdentityPage(self.state, self)
        self.profile_page = ProfilePage(self.state, self)
        self.key_page = KeyPage(self.state, self)
        for page in (self.role_page, self.identity_page, self.profile_page, self.key_page):
            self.addPage(page)
        # Focus is set once the page is on screen: a page moved to from a worker's callback, after a progress
        # dialog took the focus away, would otherwise leave it on a field of the page before.
        self.currentIdChanged.connect(self._focus_page)
        self._retranslate()

    def _focus_page(self) -> None:
        page = self.currentPage()
        start = getattr(page, "start_widget", None)
        if start is not None:
            start().setFocus()

    @property
    def worker(self) -> DbWorker:
        return self.state.worker

    def _retranslate(self) -> None:
        self.setWindowTitle(_("首次使用 · 金昌义务教育优质均衡"))
        # Named here rather than by Qt's own catalogue, which a trimmed bundle may not ship.
        for button, text in ((QWizard.WizardButton.BackButton, _("< 上一步(&B)")),
                             (QWizard.WizardButton.NextButton, _("下一步(&N) >")),
                             (QWizard.WizardButton.CommitButton, _("创建工作区(&C)")),
                             (QWizard.WizardButton.FinishButton, _("完成(&F)")),
                             (QWizard.WizardButton.CancelButton, _("取消"))):
            self.setButtonText(button, text)

    def accept(self) -> None:
        if self.state.info is None:
            return  # no workspace yet: nothing to open
        self._handed_over = True
        self.workspace_ready.emit(self.state.worker)  # the main window appears before this one goes
        super().accept()

    def done(self, result: int) -> None:
        self.release()
        super().done(result)

    def release(self) -> None:
        """Stop the worker unless the app took it: whatever was created is closed, and opens next time."""
        if not self._handed_over:
            self.state.worker.shutdown()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
