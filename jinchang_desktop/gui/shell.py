"""The one main window of every role: menus, toolbar and status bar around a workspace view.

The shell knows no role. It hosts whatever view the workspace's role chose (``gui.views``), takes the view's own
actions into its 编辑 and 数据 menus and its toolbar, and offers what every workspace shares: open a workspace,
the recent ones, settings and language, import and export, the outbox, help and about. What opening a workspace
means (closing this one, starting its worker) is the app's (``gui.launch``): the shell asks for it by signal.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from jinchang_desktop import __version__
from jinchang_desktop.gui.forms.ui_shell import Ui_Shell
from jinchang_desktop.gui.icons import icon
from jinchang_desktop.gui.settings import AppSettings
from jinchang_desktop.i18n import _, language

if TYPE_CHECKING:
    # Only named here: the views (and the standards engine behind the school's) load after the first paint.
    from jinchang_desktop.gui.views.base import WorkspaceView

HEADING_STYLE = "font-size: 15pt; font-weight: bold; padding: 12px;"
# Given in code once the window is up: a key sequence (like any Qt enum) loads Python's whole Qt namespace, some
# 35 ms that the first paint does without. Nobody can press a key before the window is there.
SHORTCUTS = {"actionOpenWorkspace": "Ctrl+O", "actionQuit": "Ctrl+Q", "actionImport": "Ctrl+I",
             "actionExport": "Ctrl+E", "actionHelp": "F1"}


class Shell(QMainWindow):
    open_requested = Signal(object)  # a workspace folder (Path) the person chose to open
    first_painted = Signal()  # the window has been drawn once (start-up is measured to here and to view_ready)
    view_ready = Signal(object)  # the WorkspaceView now shown

    def __init__(self, settings: AppSettings, *, set_language: Callable[[str], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_Shell()
        self.ui.setupUi(self)
        self.settings = settings
        self._set_language = set_language
        self.view: WorkspaceView | None = None
        self._view_actions: list[QAction] = []
        self._placeholder: QLabel | None = None
        self._build_view: Callable[[], WorkspaceView] | None = None
        self._painted = False
        self.setWindowIcon(icon("app"))
        ui = self.ui
        ui.actionSettings.setIcon(icon("settings"))
        ui.actionExport.setIcon(icon("export"))
        ui.actionImport.setIcon(icon("import"))
        languages = QActionGroup(self)
        for action, lang in ((ui.actionLanguageZh, "zh"), (ui.actionLanguageEn, "en")):
            languages.addAction(action)
            action.triggered.connect(lambda _checked=False, lang=lang: self.choose_language(lang))
        ui.actionOpenWorkspace.triggered.connect(self.choose_workspace)
        ui.actionSettings.triggered.connect(self.open_settings)
        ui.actionQuit.triggered.connect(self.close)
        ui.actionImport.triggered.connect(lambda: self.view and self.view.import_packages())
        ui.actionExport.triggered.connect(lambda: self.view and self.view.export())
        ui.actionOutbox.triggered.connect(self.open_outbox)
        ui.actionHelp.triggered.connect(self.open_help)
        ui.actionAbout.triggered.connect(self.show_about)
        ui.recentMenu.aboutToShow.connect(self._fill_recent)
        geometry = settings.window_geometry
        if geometry is not None:
            self.restoreGeometry(geometry)
        self._retranslate()

    # -- the view ----------------------------------------------------------------------------------------------

    def open_when_shown(self, heading: str, build: Callable[[], WorkspaceView]) -> None:
        """Show ``heading`` now, and the view ``build`` makes once the window has been drawn: the person sees the
        window at once, and what the view imports and reads is paid for after that (``view_ready`` follows)."""
        self._drop_view()
        self.setWindowTitle(heading)
        placeholder = QLabel(heading, self)
        placeholder.setObjectName("openingLabel")
        placeholder.setStyleSheet(HEADING_STYLE)
        placeholder.installEventFilter(self)
        self.ui.centralLayout.addWidget(placeholder, 1)
        self._placeholder, self._build_view = placeholder, build
        if self._painted:  # the window is up already (another workspace): no need to wait for a paint
            QTimer.singleShot(0, self, self._build_pending)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._placeholder and event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            self.first_painted.emit()
            QTimer.singleShot(0, self, self._build_pending)  # after this paint has reached the screen
        return super().eventFilter(watched, event)

    def _build_pending(self) -> None:
        build, self._build_view = self._build_view, None
        if build is None:
            return
        try:
            view = build()
        except Exception as exc:  # e.g. a profile the roster left damaged: say so where the view would be
            from jinchang_desktop.gui.error_text import error_text
            from jinchang_desktop.gui.messages import show_error

            if self._placeholder is not None:
                self._placeholder.setText(error_text(exc))
                self._placeholder.setWordWrap(True)
            show_error(self, exc, _("无法打开工作区"))
            return
        self.set_view(view)

    def _drop_view(self) -> None:
        self._remove_view_actions()  # while they still exist: they belong to the view that goes
        for old in (self.view, self._placeholder):
            if old is not None:
                old.setParent(None)
                old.deleteLater()
        self.view, self._placeholder, self._build_view = None, None, None

    def set_view(self, view: WorkspaceView) -> None:
        """Show ``view`` in place of the current one (which the caller has closed), with its actions."""
        self._drop_view()
        self._painted = True
        self.view = view
        self.ui.centralLayout.addWidget(view, 1)
        view.show()  # a widget added to a window already on screen is shown only later by itself
        view.status_changed.connect(self.ui.statusbar.showMessage)
        view.title_changed.connect(self._retitle)
        view.menus_changed.connect(self._take_actions)
        self._take_actions()
        self._retitle()
        self.ui.statusbar.showMessage(view.status_note())
        if view.context is not None and not view.context.temporary:
            self.settings.add_recent(view.context.path)
        self.view_ready.emit(view)

    def _remove_view_actions(self) -> None:
        ui = self.ui
        for action in self._view_actions:
            for widget in (ui.editMenu, ui.dataMenu, ui.mainToolBar):
                widget.removeAction(action)
        ui.mainToolBar.clear()
        ui.dataMenu.clear()
        self._view_actions = []

    def _take_actions(self) -> None:
        ui, view = self.ui, self.view
        self._remove_view_actions()
        if view is None:
            return
        edit = view.edit_actions()
        ui.editMenu.addActions(edit)
        ui.editMenu.menuAction().setVisible(bool(edit))
        ui.dataMenu.addActions([ui.actionImport, ui.actionExport, ui.actionOutbox])
        data = view.data_actions()
        if data:
            ui.dataMenu.addSeparator()
            ui.dataMenu.addActions(data)
        self._finish_chrome()
        tools = view.toolbar_actions()
        ui.mainToolBar.addActions(tools)
        if tools:
            ui.mainToolBar.addSeparator()
        shared = [a for a, on in ((ui.actionImport, view.can_import), (ui.actionExport, view.can_export)) if on]
        ui.mainToolBar.addActions(shared)
        if shared:
            ui.mainToolBar.addSeparator()
        ui.mainToolBar.addAction(ui.actionSettings)
        self._view_actions = [*edit, *data, *tools]
        has_workspace = view.context is not None
        ui.actionImport.setEnabled(view.can_import and has_workspace)
        ui.actionImport.setVisible(view.can_import)
        ui.actionExport.setEnabled(view.can_export and has_workspace)
        ui.actionExport.setVisible(view.can_export)
        ui.actionOutbox.setEnabled(has_workspace)

    def _finish_chrome(self) -> None:
        """What the first paint did without (see SHORTCUTS): the toolbar's text beside icons, the shortcuts."""
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QKeySequence

        self.ui.mainToolBar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for name, keys in SHORTCUTS.items():
            action: QAction = getattr(self.ui, name)
            if action.shortcut().isEmpty():
                action.setShortcut(QKeySequence(keys))

    def _retitle(self) -> None:
        if self.view is not None:
            self.setWindowTitle(self.view.window_title())

    # -- shared actions ----------------------------------------------------------------------------------------

    def choose_workspace(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        start = str(self.view.context.path.parent) if self.view and self.view.context else str(Path.home())
        folder = QFileDialog.getExistingDirectory(self, _("选择工作区文件夹"), start)
        if folder:
            self.open_requested.emit(Path(folder))

    def _fill_recent(self) -> None:
        menu = self.ui.recentMenu
        menu.clear()
        current = self.view.context.path if self.view is not None and self.view.context is not None else None
        recent = [path for path in self.settings.recent_workspaces if path != current]
        for number, path in enumerate(recent, start=1):
            action = menu.addAction(f"&{number} {path}" if number < 10 else str(path))
            action.setData(str(path))
            action.triggered.connect(lambda _checked=False, path=path: self.open_requested.emit(path))
        if not recent:
            menu.addAction(_("（无）")).setEnabled(False)

    def choose_language(self, lang: str) -> None:
        if lang != language():
            self.settings.language = lang
            self._set_language(lang)

    def open_settings(self) -> None:
        # Imported when first opened: start-up pays only for what the first screen shows.
        from jinchang_desktop.gui.dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(language(), self)
        if dialog.exec() == SettingsDialog.DialogCode.Accepted:
            self.choose_language(dialog.language)

    def open_outbox(self) -> QWidget | None:
        if self.view is None or self.view.context is None:
            return None
        from jinchang_desktop.gui.dialogs.outbox_dialog import OutboxDialog

        dialog = OutboxDialog(self.view.context.reader, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def open_help(self) -> QWidget:
        from jinchang_desktop.gui.dialogs.help_dialog import HelpDialog

        dialog = HelpDialog(self.view.help_html() if self.view is not None else "", self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(self, _("关于"), _(
            "金昌市义务教育优质均衡评估（离线）\n版本 {version}\n\n"
            "学校填报数据，县区汇总评估，市级核查：数据包签名后经 U 盘逐级报送。").format(version=__version__))

    # -- events ------------------------------------------------------------------------------------------------

    def _retranslate(self) -> None:
        lang = language()
        self.ui.actionLanguageZh.setChecked(lang == "zh")
        self.ui.actionLanguageEn.setChecked(lang == "en")
        self._retitle()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)

    def may_close(self) -> bool:
        return self.view is None or self.view.may_close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.may_close():
            event.ignore()
            return
        self.settings.window_geometry = self.saveGeometry()
        super().closeEvent(event)
