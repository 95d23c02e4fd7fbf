"""The school's view: the data-entry editor with its undo, redo and what-if actions, the save state, and the
school's own data actions (export, 学校信息, enrolment request, roster).

It composes; the editor, the gauges and the dialogs do the work. Only the database worker writes; the view reads
through the context's read-only connection. Without a context (``SchoolView.in_memory``) the editor works on a
record held in memory, and nothing survives the program.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QTime
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from jinchang_desktop.gui.forms.ui_schoolview import Ui_SchoolView
from jinchang_desktop.gui.icons import icon
from jinchang_desktop.gui.school_editor import SchoolEditor
from jinchang_desktop.gui.views.base import ViewContext, WorkspaceView
from jinchang_desktop.gui.workspace_info import WorkspaceInfo, previous_values, school_record
from jinchang_desktop.i18n import _, pick

if TYPE_CHECKING:
    from jinchang_desktop.gui.db_worker import DbWorker
    from jinchang_desktop.gui.dialogs.school_info_dialog import SchoolInfoDialog
    from jinchang_desktop.gui.export.wizard import ExportWizard
    from jinchang_desktop.gui.record_source import RecordSource
    from jinchang_desktop.gui.store_source import StoreRecordSource
    from jinchang_desktop.gui.widgets.save_banner import SaveBanner
    from jinchang_desktop.gui.widgets.school_ledger import SchoolLedgerPanel
    from jinchang_desktop.standards.catalogue import Profile



class SchoolView(WorkspaceView):
    role = "school"
    can_export = True

    def __init__(self, context: ViewContext | None, parent: QWidget | None = None, *,
                 memory: tuple[RecordSource, Profile, Mapping[str, int | float] | None] | None = None) -> None:
        super().__init__(context, parent)  # type: ignore[arg-type]  # None only through in_memory
        self.ui = Ui_SchoolView()
        self.ui.setupUi(self)
        self.export_folder: Path | None = None  # the stick the last package went to: offered again
        self._save_state = ("", "")  # what the editor's corner says: saving, saved (at a time) or failed
        self._save_banner: SaveBanner | None = None
        self.editor: SchoolEditor | None = None
        self.ledger_panel: SchoolLedgerPanel | None = None  # built when first shown
        self.actionLedger = QAction(self)
        self.actionLedger.setObjectName("actionLedger")
        self.actionLedger.setCheckable(True)
        self.actionLedger.setEnabled(context is not None)
        self.actionLedger.toggled.connect(self.show_ledger)
        self._retranslate_ledger()
        self._set_up_actions()
        if context is None:
            assert memory is not None
            source, self.profile, previous = memory
            self._place_editor(SchoolEditor(source, self.profile, previous=previous))
        else:
            context.worker.unhandled_error.connect(self._show_error)
            self._build()

    @classmethod
    def in_memory(cls, source: RecordSource, profile: Profile, *,
                  previous: Mapping[str, int | float] | None = None) -> SchoolView:
        return cls(None, memory=(source, profile, previous))

    @property
    def is_in_memory(self) -> bool:
        return self.context is None

    # -- building ----------------------------------------------------------------------------------------------

    def _set_up_actions(self) -> None:
        ui = self.ui
        ui.actionUndo.setIcon(icon("undo"))
        ui.actionRedo.setIcon(icon("redo"))
        ui.actionWhatIf.setIcon(icon("what-if"))
        # Ctrl+Y is the Windows habit, Ctrl+Shift+Z the Linux one: accept both.
        ui.actionRedo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        ui.actionUndo.triggered.connect(lambda: self.editor and self.editor.undo())
        ui.actionRedo.triggered.connect(lambda: self.editor and self.editor.redo())
        ui.actionWhatIf.toggled.connect(lambda on: self.editor and self.editor.set_what_if(on))
        if self.context is not None:
            for action, slot in ((ui.actionEnrolRequest, lambda: self.export_enrol_request()),
                                 (ui.actionImportRoster, lambda: self.import_roster()),
                                 (ui.actionSchoolInfo, lambda: self.open_school_info())):
                action.setEnabled(True)
                action.triggered.connect(slot)

    def _build(self) -> None:
        """(Re)read the workspace and make the editor: at opening, and after a roster changed code or profile."""
        from jinchang_desktop.gui.store_source import StoreRecordSource

        context = self.context
        reader = context.reader
        self.profile = context.info.profile()
        self.source: StoreRecordSource = StoreRecordSource(context.worker, school_record(reader, context.info),
                                                           context.info.school_year, self)
        self.source.saved.connect(self._on_saved)
        self.source.save_failed.connect(self._on_save_failed)
        self.source.unsaved_changed.connect(self._on_unsaved_changed)
        self._place_editor(SchoolEditor(self.source, self.profile, previous=previous_values(reader, context.info)))

    def _place_editor(self, editor: SchoolEditor) -> None:
        old = self.editor
        self.editor = editor
        ui = self.ui
        ui.actionUndo.setEnabled(False)
        ui.actionRedo.setEnabled(False)
        editor.undo_group.canUndoChanged.connect(ui.actionUndo.setEnabled)
        editor.undo_group.canRedoChanged.connect(ui.actionRedo.setEnabled)
        editor.what_if_changed.connect(self._on_what_if_changed)
        ui.viewLayout.addWidget(editor, 1)
        if old is not None:
            old.setParent(None)
            old.deleteLater()
            editor.focus_first_field()
        self.status_changed.emit(self.status_note())

    def edit_actions(self) -> list[QAction]:
        return [self.ui.actionUndo, self.ui.actionRedo, self.ui.actionWhatIf]

    def data_actions(self) -> list[QAction]:
        return [self.ui.actionEnrolRequest, self.ui.actionImportRoster, self.ui.actionSchoolInfo, self.actionLedger]

    def _retranslate_ledger(self) -> None:
        self.actionLedger.setText(_("本校问题台账(&L)"))
        self.actionLedger.setToolTip(_("显示或隐藏本校的问题台账：未达标的项目、差距、状态和整改期限"))

    def show_ledger(self, on: bool = True) -> SchoolLedgerPanel | None:
        """The school's own ledger below the editor, built the first time it is shown (start-up never pays)."""
        if self.context is None:
            return None
        if self.ledger_panel is None:
            if not on:
                return None
            from jinchang_desktop.gui.widgets.school_ledger import SchoolLedgerPanel

            self.ledger_panel = SchoolLedgerPanel(self.context, self)
            self.ledger_panel.setMaximumHeight(240)
            self.ui.viewLayout.addWidget(self.ledger_panel)
        elif on:
            self.ledger_panel.refresh()
        self.ledger_panel.setVisible(on)
        if self.actionLedger.isChecked() != on:
            self.actionLedger.setChecked(on)
        return self.ledger_panel

    def toolbar_actions(self) -> list[QAction]:
        return [self.ui.actionUndo, self.ui.actionRedo, self.ui.actionWhatIf]

    def window_title(self) -> str:
        if self.context is None:
            return _("金昌义务教育优质均衡 · 学校填报")
        demo = _("【演示】") if self.context.temporary else ""
        return _("{demo}{name} · 金昌义务教育优质均衡 · 学校填报").format(demo=demo, name=self.info.name)

    def status_note(self) -> str:
        if self.editor is not None and self.editor.what_if:
            return _("试算模式：修改不会保存")
        if self.context is None:
            return _("数据只在内存中（尚未接入工作区），关闭程序后不保留。")
        return super().status_note()

    def help_html(self) -> str:
        return _(
            "<h3>学校填报</h3><p>左侧按主题逐项填写本校数字，按 Enter 或 Tab 确认即保存；右侧仪表随输入即时显示"
            "与标准的差距。“试算模式”在副本上试改，不会保存。</p><p>填好后用“导出数据包”（Ctrl+E）检查数据、"
            "写入 U 盘并打印存档联，交县区。首次使用时导出的注册申请和县区发来的名册在“数据”菜单中。</p>")

    def focus_first(self) -> None:
        if self.editor is not None:
            self.editor.focus_first_field()

    def _on_what_if_changed(self, on: bool) -> None:
        if self.ui.actionWhatIf.isChecked() != on:
            self.ui.actionWhatIf.setChecked(on)
        self.status_changed.emit(self.status_note())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate_ledger()
            self._show_save_state()
            self.title_changed.emit()
            self.status_changed.emit(self.status_note())
        super().changeEvent(event)

    # -- saving ------------------------------------------------------------------------------------------------

    @property
    def save_banner(self) -> SaveBanner:
        """The red bar above the editor when figures could not be saved (built the first time it is needed)."""
        if self._save_banner is None:
            from jinchang_desktop.gui.widgets.save_banner import SaveBanner

            self._save_banner = SaveBanner(self)
            self.ui.viewLayout.insertWidget(0, self._save_banner)
            self._save_banner.retry_requested.connect(self.source.retry)
        return self._save_banner

    def _on_saved(self, _key: str, _value: object) -> None:
        if self.source.unsaved == 0:
            self._save_state = ("saved", QTime.currentTime().toString("HH:mm:ss"))
            self._show_save_state()
        self._show_failures()

    def _on_save_failed(self, _key: str, _exc: BaseException) -> None:
        self._save_state = ("failed", "")
        self._show_save_state()
        self._show_failures()

    def _on_unsaved_changed(self, count: int) -> None:
        if count and not self.source.failed:
            self._save_state = ("saving", "")
            self._show_save_state()

    def _show_save_state(self) -> None:
        state, time = self._save_state
        if self.editor is None:
            return
        if state == "saved":
            self.editor.set_save_state(_("已保存 {time}").format(time=time))
        elif state == "failed":
            self.editor.set_save_state(_("未能保存"), failed=True)
        elif state == "saving":
            self.editor.set_save_state(_("正在保存…"))

    def _show_failures(self) -> None:
        failed = self.source.failed
        if not failed and self._save_banner is None:
            return  # nothing has failed in this session: no bar to build
        self.save_banner.show_failure(len(failed), next(reversed(failed.values()), None))

    def may_close(self) -> bool:
        """Commit what is being typed and wait for the last writes; if some could not be made, let the clerk
        decide before closing."""
        assert self.editor is not None
        self.editor.commit_pending()  # a value typed but not yet confirmed is not lost on closing
        if self.context is None:
            return True
        from PySide6.QtWidgets import QMessageBox

        from jinchang_desktop.gui.error_text import error_text

        self.source.flush(timeout=30)
        if not self.source.failed:
            return True
        box = QMessageBox(QMessageBox.Icon.Warning, _("有数值未能保存"), _(
            "有 {count} 项数值未能保存：{reason}\n\n现在退出，这些数值将丢失。").format(
            count=len(self.source.failed), reason=error_text(next(reversed(self.source.failed.values())))),
            QMessageBox.StandardButton.NoButton, self)
        retry = box.addButton(_("重试保存"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(_("不保存，退出"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(_("返回程序"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(retry)
        box.exec()
        if box.clickedButton() is retry:
            self.source.retry()
            self.source.flush(timeout=30)
            return not self.source.failed
        return box.clickedButton() is discard

    def close_workspace(self) -> None:
        if self.context is not None:
            super().close_workspace()

    def _show_error(self, exc: BaseException) -> None:
        from jinchang_desktop.gui.messages import show_error

        show_error(self, exc)

    # -- the data actions --------------------------------------------------------------------------------------

    @property
    def worker(self) -> DbWorker:
        return self.context.worker

    @property
    def reader(self) -> sqlite3.Connection:
        return self.context.reader

    def export(self) -> ExportWizard:
        """Open the export wizard (window-modal; returns at once)."""
        from jinchang_desktop.gui.export.wizard import ExportWizard  # imported when first used

        assert self.editor is not None
        self.editor.commit_pending()
        self.editor.set_what_if(False)  # the package carries the saved figures, never a what-if
        wizard = ExportWizard(self, self.window())  # type: ignore[arg-type]
        wizard.field_requested.connect(self.editor.focus_field)
        # Above the wizard, which checks again once the type is saved and goes on from there.
        wizard.identity_requested.connect(
            lambda: self.open_school_info(wizard).saved.connect(wizard.identity_changed))

        def finished() -> None:
            self.export_folder = wizard.context.folder
            wizard.deleteLater()

        wizard.finished.connect(finished)
        wizard.open()
        return wizard

    open_export_wizard = export

    def open_school_info(self, parent: QWidget | None = None) -> SchoolInfoDialog:
        """Open 学校信息 (window-modal over ``parent``, the window by default; returns at once)."""
        from jinchang_desktop.gui.dialogs.school_info_dialog import SchoolInfoDialog

        dialog = SchoolInfoDialog(self.worker, self.source.snapshot(), parent or self.window())
        dialog.saved.connect(self._identity_saved)  # before any other listener: they see the new identity
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _identity_saved(self, info: WorkspaceInfo) -> None:
        """Show the corrected identity: the title, the editor's header, and the sections its type assesses."""
        assert self.editor is not None
        self.context.info = info
        self.source.set_identity(school_record(self.reader, info))
        self.editor.reload()
        self.title_changed.emit()

    def export_enrol_request(self, out: Path | None = None) -> None:
        """Write this PC's enrolment request again (for a county that lost the first one)."""
        from PySide6.QtWidgets import QFileDialog

        from jinchang_desktop.gui.jobs import run_job
        from jinchang_desktop.gui.messages import inform
        from jinchang_desktop.gui.workspace_jobs import enrol_request_job

        if out is None:
            name, _filter = QFileDialog.getSaveFileName(self, _("导出注册申请"),
                                                        str(Path.home() / f"{self.info.code}-enrol-request.jcpkg"),
                                                        _("数据包 (*.jcpkg)"))
            if not name:
                return
            out = Path(name)
        target = out

        def done(_package: object) -> None:
            inform(self.window(), _("已导出注册申请"), _(
                "注册申请已写入：\n{path}\n\n请电话告知县区本机密钥指纹：\n{fingerprint}").format(
                path=target, fingerprint=self.info.fingerprint))

        run_job(self.window(), self.worker, enrol_request_job(out), _("正在导出注册申请…"),
                done=done, failed=self._show_error)

    def import_roster(self, path: Path | None = None, fingerprint: str | None = None) -> None:
        """Take the official code and the profile from the county's roster, then rebuild the editor on them.

        The first roster pins the county's key, so the clerk types the fingerprint the county read over the phone
        (the core refuses a first roster without it, or with another)."""
        from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit

        from jinchang_desktop.gui.jobs import run_job
        from jinchang_desktop.gui.messages import inform
        from jinchang_desktop.gui.workspace_jobs import roster_job
        from jinchang_desktop.store.keys import keys_of

        if path is None:
            name, _filter = QFileDialog.getOpenFileName(self, _("导入县区名册"), str(Path.home()),
                                                        _("数据包 (*.jcpkg)"))
            if not name:
                return
            path = Path(name)
        pinned = any(k.status == "enrolled" for k in keys_of(self.context.reader))
        if fingerprint is None and not pinned:
            typed, ok = QInputDialog.getText(
                self, _("核对县区密钥"),
                _("第一次导入名册：请输入县区在电话中读出的密钥指纹（XXXX-XXXX-XXXX-XXXX）。\n"
                  "与名册的签名密钥一致才会导入。"), QLineEdit.EchoMode.Normal, "")
            if not ok:
                return
            fingerprint = typed
        assert self.editor is not None
        self.editor.commit_pending()
        self.source.flush(timeout=30)

        def done(info: WorkspaceInfo) -> None:
            self.context.info = info
            self._build()
            self.title_changed.emit()
            inform(self.window(), _("已导入名册"), _(
                "名册已导入。\n学校标识码：{code}\n评估标准：{profile}").format(
                code=info.code, profile=pick(self.profile.name_zh, self.profile.name_en)))

        run_job(self.window(), self.worker, roster_job(path, fingerprint or ""), _("正在导入名册…"), done=done,
                failed=self._show_error)
