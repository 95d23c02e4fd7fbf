"""The main window: menus, toolbar and status bar around the school editor. It composes; the editor,
the gauges and the dialogs do the work, and a ``SchoolSession`` connects the Data menu to the workspace."""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QVBoxLayout, QWidget

from jinchang_desktop import __version__
from jinchang_desktop.gui.forms.ui_mainwindow import Ui_MainWindow
from jinchang_desktop.gui.i18n import ui_language
from jinchang_desktop.gui.icons import icon
from jinchang_desktop.gui.school_editor import SchoolEditor
from jinchang_desktop.gui.settings import AppSettings

if TYPE_CHECKING:
    from jinchang_desktop.gui.widgets.save_banner import SaveBanner

# Asked before the window closes; False keeps it open (e.g. figures that could not be saved yet).
CloseGuard = Callable[[], bool]


class MainWindow(QMainWindow):
    def __init__(self, editor: SchoolEditor, settings: AppSettings, *,
                 set_language: Callable[[str], None], in_memory: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.settings = settings
        self._set_language = set_language
        self._in_memory = in_memory  # no workspace behind the editor: say so, the data will not survive
        self._session_note = ""
        self._close_guard: CloseGuard | None = None
        self.editor = editor
        self._save_banner: SaveBanner | None = None
        central = QWidget(self)
        self._central_layout = QVBoxLayout(central)
        self._central_layout.setContentsMargins(0, 0, 0, 0)
        self._central_layout.setSpacing(0)
        self._central_layout.addWidget(editor, 1)
        self.setCentralWidget(central)
        self.setWindowIcon(icon("app"))
        self.ui.actionUndo.setIcon(icon("undo"))
        self.ui.actionRedo.setIcon(icon("redo"))
        self.ui.actionWhatIf.setIcon(icon("what-if"))
        self.ui.actionSettings.setIcon(icon("settings"))
        self.ui.actionExport.setIcon(icon("export"))
        # Ctrl+Y is the Windows habit, Ctrl+Shift+Z the Linux one: accept both.
        self.ui.actionRedo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        self.ui.actionUndo.triggered.connect(editor.undo)
        self.ui.actionRedo.triggered.connect(editor.redo)
        self.ui.actionUndo.setEnabled(False)
        self.ui.actionRedo.setEnabled(False)
        editor.undo_group.canUndoChanged.connect(self.ui.actionUndo.setEnabled)
        editor.undo_group.canRedoChanged.connect(self.ui.actionRedo.setEnabled)
        self.ui.actionWhatIf.toggled.connect(editor.set_what_if)
        editor.what_if_changed.connect(self._on_what_if_changed)
        self.ui.actionSettings.triggered.connect(self.open_settings)
        self.ui.actionQuit.triggered.connect(self.close)
        self.ui.actionAbout.triggered.connect(self.show_about)
        geometry = settings.window_geometry
        if geometry is not None:
            self.restoreGeometry(geometry)
        self._show_session_note()

    @property
    def save_banner(self) -> SaveBanner:
        """The red bar above the editor when figures could not be saved (built the first time it is needed)."""
        if self._save_banner is None:
            from jinchang_desktop.gui.widgets.save_banner import SaveBanner

            self._save_banner = SaveBanner(self)
            self._central_layout.insertWidget(0, self._save_banner)
        return self._save_banner

    @property
    def has_save_banner(self) -> bool:
        return self._save_banner is not None

    def set_session_note(self, note: str) -> None:
        """The status bar's standing line (where the data is kept); what-if mode covers it for a while."""
        self._session_note = note
        if not self.editor.what_if:
            self._show_session_note()

    def set_close_guard(self, guard: CloseGuard) -> None:
        self._close_guard = guard

    def _show_session_note(self) -> None:
        note = self.tr("数据只在内存中（尚未接入工作区），关闭程序后不保留。") if self._in_memory else \
            self._session_note
        self.ui.statusbar.showMessage(note)

    def _on_what_if_changed(self, on: bool) -> None:
        if self.ui.actionWhatIf.isChecked() != on:
            self.ui.actionWhatIf.setChecked(on)
        if on:
            self.ui.statusbar.showMessage(self.tr("试算模式：修改不会保存"))
        else:
            self._show_session_note()

    def open_settings(self) -> None:
        # Imported when first opened: start-up pays only for what the first screen shows.
        from jinchang_desktop.gui.dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(ui_language(), self)
        if dialog.exec() == SettingsDialog.DialogCode.Accepted and dialog.language != ui_language():
            self.settings.language = dialog.language
            self._set_language(dialog.language)

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(self, self.tr("关于"), self.tr(
            "金昌市义务教育优质均衡评估（离线）\n版本 {version}\n\n"
            "学校填报：数字确认即保存；仪表随输入即时显示与标准的差距。").format(version=__version__))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._on_what_if_changed(self.editor.what_if)
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.editor.commit_pending()  # a value typed but not yet confirmed is not lost on closing
        if self._close_guard is not None and not self._close_guard():
            event.ignore()
            return
        self.settings.window_geometry = self.saveGeometry()
        super().closeEvent(event)
