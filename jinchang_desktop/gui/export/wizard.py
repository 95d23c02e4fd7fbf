"""The export wizard: hard errors block → soft warnings are explained → the package goes to a USB stick,
is read back and verified, and a one-page filing copy is printed beside it → done, with the fingerprints.

It refuses without drama: the first page lists what must be corrected, and choosing an item closes the
wizard on that field of the editor (or, for the school type, opens 学校信息 above the wizard).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QWidget, QWizard

from jinchang_desktop.gui.export.check_page import CheckPage
from jinchang_desktop.gui.export.context import ExportContext
from jinchang_desktop.gui.export.destination_page import DestinationPage
from jinchang_desktop.gui.export.explain_page import ExplainPage, warnings_of
from jinchang_desktop.gui.export.result_page import ResultPage
from jinchang_desktop.gui.icons import icon
from jinchang_desktop.i18n import _, language

if TYPE_CHECKING:
    from jinchang_desktop.gui.views.school import SchoolView
    from jinchang_desktop.gui.workspace_info import WorkspaceInfo

CHECK, EXPLAIN, DESTINATION, RESULT = range(4)


class ExportWizard(QWizard):
    field_requested = Signal(str)
    identity_requested = Signal()  # the session opens 学校信息 and calls ``identity_changed`` once it is saved

    def __init__(self, session: SchoolView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ExportWizard")
        self.context = ExportContext(worker=session.worker, reader=session.reader, info=session.info,
                                     profile=session.profile, source=session.source,
                                     previous=dict(session.editor.previous), folder=session.export_folder)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)  # once sent, there is nothing to cancel
        self.setWindowIcon(icon("app"))
        self.setMinimumSize(720, 520)
        self.check_page = CheckPage(self.context, self)
        self.explain_page = ExplainPage(self.context, self)
        self.destination_page = DestinationPage(self.context, self)
        self.result_page = ResultPage(self.context, self)
        for page_id, page in ((CHECK, self.check_page), (EXPLAIN, self.explain_page),
                              (DESTINATION, self.destination_page), (RESULT, self.result_page)):
            self.setPage(page_id, page)
        self.check_page.field_requested.connect(self._go_to_field)
        self.check_page.identity_requested.connect(self.identity_requested)
        self._retranslate()

    def nextId(self) -> int:
        current = self.currentId()
        if current == CHECK:
            return EXPLAIN if warnings_of(self.context, language()) else DESTINATION
        return super().nextId()

    def _go_to_field(self, key: str) -> None:
        self.reject()
        self.field_requested.emit(key)

    def identity_changed(self, info: WorkspaceInfo) -> None:
        """The school's identity was corrected: check again (the source already holds the new type)."""
        self.context.info = info
        if self.currentPage() is self.check_page:
            self.check_page.refresh()

    def _retranslate(self) -> None:
        self.setWindowTitle(_("导出数据包"))
        for button, text in ((QWizard.WizardButton.BackButton, _("< 上一步(&B)")),
                             (QWizard.WizardButton.NextButton, _("下一步(&N) >")),
                             (QWizard.WizardButton.CommitButton, _("导出(&E)")),
                             (QWizard.WizardButton.FinishButton, _("完成(&F)")),
                             (QWizard.WizardButton.CancelButton, _("取消"))):
            self.setButtonText(button, text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
