"""First-run page 2: who the workspace belongs to. Leaving it creates the workspace (a commit page: there is
no going back to change the role once the key exists)."""
from __future__ import annotations

from functools import partial

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QCompleter, QWidget

from jinchang_desktop.gui.first_run.state import FirstRunState
from jinchang_desktop.gui.forms.ui_wizard_identity import Ui_IdentityPage
from jinchang_desktop.gui.job_page import JobPage
from jinchang_desktop.gui.workspace_info import WorkspaceInfo
from jinchang_desktop.gui.workspace_jobs import NewWorkspace, create_workspace, info_job
from jinchang_desktop.i18n import _, language
from jinchang_desktop.places import county_names
from jinchang_desktop.school_year import current_school_year
from jinchang_desktop.standards.fields import field_catalogue


class IdentityPage(JobPage):
    def __init__(self, state: FirstRunState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_IdentityPage()
        self.ui.setupUi(self)
        self.state = state
        self.setCommitPage(True)
        self.ui.yearSpin.setValue(current_school_year())
        self.ui.folderLabel.setText(str(state.path))
        # The counties of the city, offered as the clerk types (any other name is accepted too).
        completer = QCompleter(list(county_names()), self)
        # Completed in the box itself: a popup list would take the keyboard away from the form.
        completer.setCompletionMode(QCompleter.CompletionMode.InlineCompletion)
        self.ui.countyEdit.setCompleter(completer)
        for edit in (self.ui.codeEdit, self.ui.nameEdit, self.ui.countyEdit):
            edit.textChanged.connect(self.completeChanged)
        self._fill_types()

    def _fill_types(self) -> None:
        current = self.ui.typeCombo.currentData()
        self.ui.typeCombo.clear()
        for key, school_type in field_catalogue().school_types.items():
            self.ui.typeCombo.addItem(school_type.en if language() == "en" else school_type.zh, key)
        if current is not None:
            self.ui.typeCombo.setCurrentIndex(max(0, self.ui.typeCombo.findData(current)))

    @property
    def is_school(self) -> bool:
        return self.state.role == "school"

    def initializePage(self) -> None:
        for widget in (self.ui.typeLabel, self.ui.typeCombo, self.ui.countyLabel, self.ui.countyEdit):
            widget.setVisible(self.is_school)
        self.ui.codeHint.setVisible(self.is_school)
        self._label_code()

    def start_widget(self) -> QWidget:
        return self.ui.codeEdit

    def _label_code(self) -> None:
        labels = {"school": _("学校标识码(&D)："), "county": _("县区代码(&D)："),
                  "city": _("市代码(&D)："), "inspector": _("督学编号(&D)：")}
        self.ui.codeLabel.setText(labels[self.state.role])

    def spec(self) -> NewWorkspace:
        return NewWorkspace(
            path=self.state.path, role=self.state.role, code=self.ui.codeEdit.text().strip(),
            name=self.ui.nameEdit.text().strip(), county=self.ui.countyEdit.text().strip() if self.is_school else "",
            school_type=str(self.ui.typeCombo.currentData() or "") if self.is_school else "",
            school_year=self.ui.yearSpin.value())

    def isComplete(self) -> bool:
        spec = self.spec()
        return bool(spec.code and spec.name and (spec.county or not self.is_school)) and super().isComplete()

    def validatePage(self) -> bool:
        if self.state.info is not None:
            return True
        self.run_page_job(self.state.worker, info_job, _("正在创建工作区和签名密钥…"),
                          adopt=partial(create_workspace, self.spec()), done=self._created,
                          message=self.ui.errorLabel, advance=True)
        return False  # the wizard moves on when the workspace exists

    def _created(self, info: WorkspaceInfo) -> None:
        self.state.info = info

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._fill_types()
            self._label_code()
        super().changeEvent(event)

