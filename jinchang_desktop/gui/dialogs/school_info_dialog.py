"""学校信息: the school's own name, type and county, corrected after the first run.

The code is shown, not edited: it comes from the county's roster. OK writes through the database worker (the
row of the school and the workspace's meta, one audited transaction) and closes once the write has committed;
a failure is shown in the dialog, which stays open with what was typed.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QCompleter, QDialog, QDialogButtonBox, QWidget

from jinchang_desktop.gui.db_worker import DbWorker
from jinchang_desktop.gui.error_text import error_text
from jinchang_desktop.gui.forms.ui_schoolinfodialog import Ui_SchoolInfoDialog
from jinchang_desktop.gui.jobs import run_job
from jinchang_desktop.gui.workspace_info import WorkspaceInfo
from jinchang_desktop.gui.workspace_jobs import identity_job
from jinchang_desktop.i18n import _, language
from jinchang_desktop.places import county_names
from jinchang_desktop.standards.fields import field_catalogue
from jinchang_desktop.standards.records import SchoolRecord


class SchoolInfoDialog(QDialog):
    saved = Signal(object)  # the WorkspaceInfo as it stands after the write

    def __init__(self, worker: DbWorker, record: SchoolRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SchoolInfoDialog()
        self.ui.setupUi(self)
        self._worker = worker
        self._saving = False
        self.ui.codeLabel.setText(record.code)
        self.ui.nameEdit.setText(record.name)
        self.ui.countyEdit.setText(record.county)
        completer = QCompleter(list(county_names()), self)
        # Completed in the box itself, as on the first run: a popup would take the keyboard away.
        completer.setCompletionMode(QCompleter.CompletionMode.InlineCompletion)
        self.ui.countyEdit.setCompleter(completer)
        self._fill_types(record.school_type)
        self.ui.nameEdit.textChanged.connect(self.ui.nameError.clear)
        self.ui.typeCombo.currentIndexChanged.connect(self.ui.typeError.clear)
        self._name_buttons()
        # Opened for a missing type (from the export), the cursor starts where the answer goes.
        start = self.ui.typeCombo if self.school_type == "" else self.ui.nameEdit
        start.setFocus()
        self.ui.nameEdit.selectAll()

    def _fill_types(self, current: str) -> None:
        combo = self.ui.typeCombo
        combo.clear()
        for key, school_type in field_catalogue().school_types.items():
            combo.addItem(school_type.en if language() == "en" else school_type.zh, key)
        combo.setCurrentIndex(combo.findData(current) if current else -1)  # -1 shows the placeholder

    def _name_buttons(self) -> None:
        # Named here rather than by Qt's own catalogue, which a trimmed bundle may not ship.
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(_("确定"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(_("取消"))

    @property
    def name(self) -> str:
        return self.ui.nameEdit.text().strip()

    @property
    def school_type(self) -> str:
        return str(self.ui.typeCombo.currentData() or "")

    @property
    def county(self) -> str:
        return self.ui.countyEdit.text().strip()

    def accept(self) -> None:
        """Check, then write; the dialog closes when the write has committed (see ``_saved``)."""
        if self._saving:
            return
        if not self.name:
            self.ui.nameError.setText(_("请填写学校名称"))
            self.ui.nameEdit.setFocus()
            return
        if not self.school_type:
            self.ui.typeError.setText(_("请选择学校类型"))
            self.ui.typeCombo.setFocus()
            return
        self._set_saving(True)
        self.ui.errorLabel.clear()
        run_job(self, self._worker, identity_job(self.name, self.county, self.school_type), _("正在保存…"),
                done=self._saved, failed=self._failed)

    def reject(self) -> None:
        if not self._saving:  # a write on its way finishes and closes the dialog itself
            super().reject()

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.ui.buttonBox.setEnabled(not saving)

    def _saved(self, info: WorkspaceInfo) -> None:
        self._set_saving(False)
        self.saved.emit(info)
        super().accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_saving(False)
        self.ui.errorLabel.setText(error_text(exc))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._fill_types(self.school_type)
            self._name_buttons()
        super().changeEvent(event)
