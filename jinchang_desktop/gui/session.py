"""A school workspace open in the app: the worker that writes it, the GUI's reader, the editor's store-backed
source, and the Data menu (export, outbox, enrolment request, roster, the school's own information).

The session composes; the dialogs do the work. Only the worker writes; this object reads through ``reader``.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTime, QTimer

from jinchang_desktop.gui.db_worker import DbWorker
from jinchang_desktop.gui.i18n import pick
from jinchang_desktop.gui.main_window import MainWindow
from jinchang_desktop.gui.school_editor import SchoolEditor
from jinchang_desktop.gui.settings import AppSettings
from jinchang_desktop.gui.store_source import StoreRecordSource
from jinchang_desktop.gui.workspace_info import WorkspaceInfo, open_gui_reader, previous_values, school_record

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from jinchang_desktop.gui.dialogs.outbox_dialog import OutboxDialog
    from jinchang_desktop.gui.dialogs.school_info_dialog import SchoolInfoDialog
    from jinchang_desktop.gui.export.wizard import ExportWizard

PACKAGE_FILTER = "数据包 / packages (*.jcpkg)"


class SchoolSession(QObject):
    def __init__(self, worker: DbWorker, path: Path, settings: AppSettings, *, reader: sqlite3.Connection | None = None,
                 set_language: Callable[[str], None], temporary: bool = False) -> None:
        super().__init__()
        self.worker = worker
        self.path = Path(path)
        self.settings = settings
        self._set_language = set_language
        self.temporary = temporary  # a demo copy, deleted on closing
        self.reader = reader if reader is not None else open_gui_reader(self.path)  # the GUI thread's, read-only
        self.window: MainWindow | None = None
        self.export_folder: Path | None = None  # the stick the last package went to: offered again
        self._save_state = ("", "")  # what the editor's corner says: saving, saved (at a time) or failed
        worker.unhandled_error.connect(self._show_error)
        self._build()

    # -- building ----------------------------------------------------------------------------------------------

    def _build(self) -> None:
        """(Re)read the workspace and make the window: at opening, and after a roster changed code or profile."""
        self.info = WorkspaceInfo.read(self.path, self.reader)
        self.profile = self.info.profile()
        self.source = StoreRecordSource(self.worker, school_record(self.reader, self.info), self.info.school_year,
                                        self)
        self.editor = SchoolEditor(self.source, self.profile, previous=previous_values(self.reader, self.info))
        old = self.window
        window = MainWindow(self.editor, self.settings, set_language=self._set_language)
        self.window = window
        ui = window.ui
        for action, slot in ((ui.actionExport, self.open_export_wizard), (ui.actionOutbox, self.open_outbox),
                             (ui.actionEnrolRequest, lambda: self.export_enrol_request()),
                             (ui.actionImportRoster, lambda: self.import_roster()),
                             (ui.actionSchoolInfo, lambda: self.open_school_info())):
            action.setEnabled(True)
            action.triggered.connect(slot)
        window.set_close_guard(self._may_close)
        self.source.saved.connect(self._on_saved)
        self.source.save_failed.connect(self._on_save_failed)
        self.source.unsaved_changed.connect(self._on_unsaved_changed)
        window.installEventFilter(self)  # this object is no widget: it hears of a language change through it
        self._retitle()
        if old is not None:
            window.setGeometry(old.geometry())
            old.set_close_guard(lambda: True)
            old.close()
            old.deleteLater()
            window.show()
            self.editor.focus_first_field()

    def _retitle(self) -> None:
        assert self.window is not None
        demo = self.tr("【演示】") if self.temporary else ""
        self.window.setWindowTitle(self.tr("{demo}{name} · 金昌义务教育优质均衡 · 学校填报").format(
            demo=demo, name=self.info.name))
        if self.temporary:
            note = self.tr("演示工作区的临时副本：可随意修改，关闭程序后删除。")
        else:
            note = self.tr("数据保存在 {path}").format(path=self.path)
        self.window.set_session_note(note)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            # After the window has retranslated its form (which resets the title): the next turn of the loop.
            QTimer.singleShot(0, watched, self._retranslate)  # dropped if the window is gone by then
        return False

    def _retranslate(self) -> None:
        if self.window is not None:
            self._retitle()
            self._show_save_state()

    # -- saving ------------------------------------------------------------------------------------------------

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
        if state == "saved":
            self.editor.set_save_state(self.tr("已保存 {time}").format(time=time))
        elif state == "failed":
            self.editor.set_save_state(self.tr("未能保存"), failed=True)
        elif state == "saving":
            self.editor.set_save_state(self.tr("正在保存…"))

    def _show_failures(self) -> None:
        failed = self.source.failed
        window = self.window
        assert window is not None
        if not failed and not window.has_save_banner:
            return  # nothing has failed in this session: no bar to build
        if not window.has_save_banner:
            window.save_banner.retry_requested.connect(self.source.retry)
        window.save_banner.show_failure(len(failed), next(reversed(failed.values()), None))

    def _may_close(self) -> bool:
        """Wait for the last writes; if some could not be made, let the clerk decide before closing."""
        from PySide6.QtWidgets import QMessageBox

        from jinchang_desktop.gui.error_text import error_text

        self.source.flush(timeout=30)
        if not self.source.failed:
            return True
        assert self.window is not None
        window = self.window
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("有数值未能保存"), self.tr(
            "有 {count} 项数值未能保存：{reason}\n\n现在退出，这些数值将丢失。").format(
            count=len(self.source.failed), reason=error_text(next(reversed(self.source.failed.values())))),
            QMessageBox.StandardButton.NoButton, window)
        retry = box.addButton(self.tr("重试保存"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("不保存，退出"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("返回程序"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(retry)
        box.exec()
        if box.clickedButton() is retry:
            self.source.retry()
            self.source.flush(timeout=30)
            return not self.source.failed
        return box.clickedButton() is discard

    def _show_error(self, exc: BaseException) -> None:
        from jinchang_desktop.gui.messages import show_error

        show_error(self.window, exc)

    # -- the Data menu -----------------------------------------------------------------------------------------

    def open_export_wizard(self) -> ExportWizard:
        """Open the export wizard (window-modal; returns at once)."""
        from jinchang_desktop.gui.export.wizard import ExportWizard  # imported when first used

        self.editor.commit_pending()
        self.editor.set_what_if(False)  # the package carries the saved figures, never a what-if
        wizard = ExportWizard(self, self.window)
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

    def open_school_info(self, parent: QWidget | None = None) -> SchoolInfoDialog:
        """Open 学校信息 (window-modal over ``parent``, the main window by default; returns at once)."""
        from jinchang_desktop.gui.dialogs.school_info_dialog import SchoolInfoDialog

        dialog = SchoolInfoDialog(self.worker, self.source.snapshot(), parent or self.window)
        dialog.saved.connect(self._identity_saved)  # before any other listener: they see the new identity
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _identity_saved(self, info: WorkspaceInfo) -> None:
        """Show the corrected identity: the title, the editor's header, and the sections its type assesses."""
        self.info = info
        self.source.set_identity(school_record(self.reader, info))
        self.editor.reload()
        self._retitle()

    def open_outbox(self) -> OutboxDialog:
        from jinchang_desktop.gui.dialogs.outbox_dialog import OutboxDialog

        dialog = OutboxDialog(self.reader, self.window)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def export_enrol_request(self, out: Path | None = None) -> None:
        """Write this PC's enrolment request again (for a county that lost the first one)."""
        from PySide6.QtWidgets import QFileDialog

        from jinchang_desktop.gui.jobs import enrol_request_job
        from jinchang_desktop.gui.messages import inform
        from jinchang_desktop.gui.tasks import run_with_progress

        assert self.window is not None
        if out is None:
            name, _ = QFileDialog.getSaveFileName(self.window, self.tr("导出注册申请"),
                                                  str(Path.home() / f"{self.info.code}-enrol-request.jcpkg"),
                                                  PACKAGE_FILTER)
            if not name:
                return
            out = Path(name)
        window = self.window

        def done(_package: object) -> None:
            inform(window, self.tr("已导出注册申请"), self.tr(
                "注册申请已写入：\n{path}\n\n请电话告知县区本机密钥指纹：\n{fingerprint}").format(
                path=out, fingerprint=self.info.fingerprint))

        run_with_progress(window, self.worker, enrol_request_job(out), self.tr("正在导出注册申请…"),
                          done=done, failed=self._show_error)

    def import_roster(self, path: Path | None = None) -> None:
        """Take the official code and the profile from the county's roster, then reopen on them."""
        from PySide6.QtWidgets import QFileDialog

        from jinchang_desktop.gui.jobs import roster_job
        from jinchang_desktop.gui.messages import inform
        from jinchang_desktop.gui.tasks import run_with_progress

        assert self.window is not None
        if path is None:
            name, _ = QFileDialog.getOpenFileName(self.window, self.tr("导入县区名册"), str(Path.home()),
                                                  PACKAGE_FILTER)
            if not name:
                return
            path = Path(name)
        self.editor.commit_pending()
        self.source.flush(timeout=30)

        def done(info: WorkspaceInfo) -> None:
            self._build()
            assert self.window is not None
            inform(self.window, self.tr("已导入名册"), self.tr(
                "名册已导入。\n学校标识码：{code}\n评估标准：{profile}").format(
                code=info.code, profile=pick(self.profile.name_zh, self.profile.name_en)))

        run_with_progress(self.window, self.worker, roster_job(path), self.tr("正在导入名册…"),
                          done=done, failed=self._show_error)

    # -- closing -----------------------------------------------------------------------------------------------

    def close(self) -> None:
        """After the window has closed: finish the writes, stop the worker, close the reader, let the window go
        (its menu's connections hold this session; deleting the window releases both)."""
        self.worker.shutdown()
        self.reader.close()
        if self.window is not None:
            self.window.set_close_guard(lambda: True)
            self.window.deleteLater()
            self.window = None
