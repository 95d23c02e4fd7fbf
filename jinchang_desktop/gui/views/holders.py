"""The view of a workspace that receives packages (a county's schools, a city's counties): who is enrolled,
what each last sent, and the shell's 导入数据包 run as a cancellable job with progress.

The table is read from the store when the view is first shown, and again after every import.
"""
from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from jinchang_desktop.errors import JcError
from jinchang_desktop.gui.error_text import error_text
from jinchang_desktop.gui.forms.ui_rosterview import Ui_RosterView
from jinchang_desktop.gui.views.base import ViewContext, WorkspaceView
from jinchang_desktop.gui.widgets.first_show import RefreshedWhenFirstShown
from jinchang_desktop.i18n import _, language

if TYPE_CHECKING:
    from jinchang_desktop.exchange.importer import ImportReport
    from jinchang_desktop.gui.jobs import RunningJob
    from jinchang_desktop.store.summary import HolderSummary, LastPackage

LEVEL_COLOURS = {"ok": "#1b5e20", "fail": "#b71c1c", "none": "#616161"}


def local_time(stamp: str) -> str:
    """``2025-09-01T08:00:00.000Z`` as the clerk's clock shows it."""
    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return stamp
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


class HolderListView(RefreshedWhenFirstShown, WorkspaceView):
    can_import = True

    data_changed = Signal()  # after an import: the view's other pages read the store again

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_RosterView()
        self.ui.setupUi(self)
        self.job: RunningJob | None = None  # the import on its way
        self.last_import: ImportReport | None = None
        self.last_summary = ""
        self._filled = False
        self.ui.table.verticalHeader().hide()
        self.ui.table.setSortingEnabled(True)
        # The table, or the sentence saying why there is none, takes the height; the lines above keep theirs.
        for widget in (self.ui.table, self.ui.emptyLabel):
            self.ui.viewLayout.setStretchFactor(widget, 1)
        self.ui.emptyLabel.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._retranslate()

    # -- what a subclass says ----------------------------------------------------------------------------------

    def headers(self) -> list[str]:
        raise NotImplementedError

    def rows(self) -> list[list[tuple[str, str]]]:
        """The table's rows: (text, level) per cell, level "" or one of LEVEL_COLOURS."""
        raise NotImplementedError

    def heading(self) -> str:
        raise NotImplementedError

    def intro(self) -> str:
        raise NotImplementedError

    def empty_text(self) -> str:
        raise NotImplementedError

    # -- filling -----------------------------------------------------------------------------------------------

    def key_state(self, state: str) -> tuple[str, str]:
        return {"enrolled": (_("已注册"), "ok"), "revoked": (_("已吊销"), "fail")}.get(
            state, (_("未注册"), "none"))

    def last_package(self, last: LastPackage | None) -> tuple[str, str]:
        if last is None:
            return _("尚未收到"), "none"
        return _("第 {sequence} 版 · {time}").format(sequence=last.sequence,
                                                    time=local_time(last.received_at)), ""

    def holder_cells(self, holder: HolderSummary) -> list[tuple[str, str]]:
        return [(holder.code, ""), (holder.name, ""), self.key_state(holder.key_state),
                self.last_package(holder.last_package)]

    def refresh(self) -> None:
        if self.closed:
            return
        self._filled = True
        table = self.ui.table
        headers = self.headers()
        try:
            rows = self.rows()
        except JcError as exc:  # e.g. a damaged profile document: the table cannot be judged, and says why
            table.hide()
            self.ui.emptyLabel.setText(error_text(exc))
            self.ui.emptyLabel.show()
            return
        table.setSortingEnabled(False)  # rows are placed by index: sorting waits until they are all in
        table.clear()
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the name takes the room left
        table.setRowCount(len(rows))
        for r, cells in enumerate(rows):
            for column, (text, level) in enumerate(cells):
                item = QTableWidgetItem(text)
                if level:
                    item.setForeground(QBrush(QColor(LEVEL_COLOURS[level])))
                table.setItem(r, column, item)
        table.setSortingEnabled(True)
        table.setVisible(bool(rows))
        self.ui.emptyLabel.setVisible(not rows)
        self.ui.emptyLabel.setText(self.empty_text())

    def _retranslate(self) -> None:
        info = self.info
        self.ui.titleLabel.setText(self.heading())
        self.ui.infoLabel.setText(_("代码 {code} · 学年 {year} · 本机密钥指纹 {fingerprint}").format(
            code=info.code, year=info.school_year, fingerprint=info.fingerprint))
        self.ui.hintLabel.setText(self.last_summary or self.intro())
        if self._filled:
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
            self.title_changed.emit()
            self.status_changed.emit(self.status_note())
        super().changeEvent(event)

    # -- importing ---------------------------------------------------------------------------------------------

    def import_packages(self, paths: list[Path] | None = None) -> RunningJob | None:
        """Import files or a folder as a job: progress, Cancel, and a summary that says what was kept."""
        if self.job is not None:
            return None
        if paths is None:
            from PySide6.QtWidgets import QFileDialog

            folder = QFileDialog.getExistingDirectory(self, _("选择数据包所在的文件夹（U 盘）"), str(Path.home()))
            if not folder:
                return None
            paths = [Path(folder)]
        from jinchang_desktop.gui.jobs import run_job
        from jinchang_desktop.gui.workspace_jobs import import_job

        self.job = run_job(self.window(), self.context.worker, import_job(list(paths)), _("正在导入数据包…"),
                           done=self._imported, failed=self._import_failed, cancellable=True)
        return self.job

    def _imported(self, report: ImportReport) -> None:
        from jinchang_desktop.gui.messages import inform
        from jinchang_desktop.reports.imports import import_summary

        self.job = None
        self.last_import = report
        self.last_summary = import_summary(report).pick(language())
        self.ui.hintLabel.setText(self.last_summary)
        self.refresh()
        self.data_changed.emit()
        inform(self.window(), _("导入数据包"), self.last_summary)

    def _import_failed(self, exc: BaseException) -> None:
        from jinchang_desktop.gui.messages import show_error

        self.job = None
        show_error(self.window(), exc)

