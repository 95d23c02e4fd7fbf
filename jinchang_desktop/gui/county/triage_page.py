"""Import triage: the staff pick a folder (a USB stick); every package in it is judged and listed, with what it
would change, BEFORE anything is stored. Then they accept all, accept the ticked ones, or leave them; each
decision is logged, and the summary can be printed to PDF.

The judging runs as a cancellable job on the database worker (``exchange.triage``); its rows appear while the
rest are still being read, so the window never waits on a full stick.
"""
from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from jinchang_desktop.exchange import classes as c
from jinchang_desktop.gui.views.base import ViewContext
from jinchang_desktop.gui.views.holders import LEVEL_COLOURS
from jinchang_desktop.i18n import _, language, msg

if TYPE_CHECKING:
    from jinchang_desktop.exchange.importer import ImportReport
    from jinchang_desktop.exchange.triage import TriageEntry, TriageReport
    from jinchang_desktop.gui.jobs import Cancelled, Progress, RunningJob
    from jinchang_desktop.reports.verdicts import Words
    from jinchang_desktop.store.workspace import Workspace


class TriagePage(QWidget):
    data_changed = Signal()

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.job: RunningJob | None = None
        self.report: TriageReport | None = None
        self.imported: ImportReport | None = None
        self.decided: Words | None = None
        self._streamed: list[TriageEntry] = []  # appended on the worker, read on the GUI thread
        self._shown = 0
        self._summary: Callable[[], str] = str  # what the summary line says, in the interface language

        layout = QVBoxLayout(self)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        buttons = QHBoxLayout()
        self.chooseButton = QPushButton(self)
        self.acceptAllButton = QPushButton(self)
        self.acceptSelectedButton = QPushButton(self)
        self.leaveButton = QPushButton(self)
        self.printButton = QPushButton(self)
        for button in (self.chooseButton, self.acceptAllButton, self.acceptSelectedButton, self.leaveButton,
                       self.printButton):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setObjectName("triageSummary")
        layout.addWidget(self.summary)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.table = QTableWidget(0, 7, splitter)
        self.table.setObjectName("triageTable")
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.detail = QTextBrowser(splitter)
        self.detail.setObjectName("triageDetail")
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)

        self.chooseButton.clicked.connect(lambda: self.triage())
        self.acceptAllButton.clicked.connect(self.accept_all)
        self.acceptSelectedButton.clicked.connect(self.accept_selected)
        self.leaveButton.clicked.connect(self.leave)
        self.printButton.clicked.connect(lambda: self.print_summary())
        self.table.currentCellChanged.connect(lambda row, *_args: self._show_detail(row))
        self._retranslate()
        self._enable()

    # -- texts -------------------------------------------------------------------------------------------------

    def _retranslate(self) -> None:
        self.hint.setText(_("选择 U 盘或文件夹：先逐个检查其中的数据包，列出每个数据包将改变的数据，"
                            "确认后再接收。检查时不保存任何数据。"))
        self.chooseButton.setText(_("选择文件夹并检查…"))
        self.acceptAllButton.setText(_("全部接收"))
        self.acceptSelectedButton.setText(_("接收勾选的"))
        self.leaveButton.setText(_("都不接收"))
        self.printButton.setText(_("打印摘要（PDF）…"))
        sender = _("县区") if self.context.info.role == "city" else _("学校")
        self.table.setHorizontalHeaderLabels([_("接收"), _("文件"), sender, _("类型"),
                                              _("序号"), _("结论"), _("变化与提醒")])
        # Sized to the contents once the rows are in (not on every row: 300 rows would cost seconds).
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self._rewrite()
        super().changeEvent(event)

    def _rewrite(self) -> None:
        """What a finished triage put on screen, again in the interface language (the ticks stay as they were)."""
        self.summary.setText(self._summary())
        if self.job is not None or not self._shown:
            return  # rows still coming are written in the new language as they come
        ticked = self.ticked()
        row = self.table.currentRow()
        self._shown = 0
        self._add_rows()
        self.set_ticked(ticked)
        self._show_detail(row)

    def _say(self, summary: Callable[[], str]) -> None:
        self._summary = summary
        self.summary.setText(summary())

    def refresh(self) -> None:
        """The store changed elsewhere: a triage already on screen may be out of date, so it says so."""
        if self.report is not None and self.decided is None:
            self._say(lambda: _("工作区的数据已改变：请重新检查后再接收。"))
            self.report = None
            self._enable()

    def _enable(self) -> None:
        busy = self.job is not None
        open_triage = self.report is not None and self.decided is None and not self.report.cancelled
        self.chooseButton.setEnabled(not busy)
        for button in (self.acceptAllButton, self.acceptSelectedButton, self.leaveButton):
            button.setEnabled(open_triage and not busy)
        self.printButton.setEnabled(self.report is not None and not busy)

    # -- judging -----------------------------------------------------------------------------------------------

    def triage(self, paths: list[Path] | None = None) -> RunningJob | None:
        """Judge the packages under ``paths`` (a folder chosen here when None), storing nothing."""
        if self.job is not None:
            return None
        if paths is None:
            folder = QFileDialog.getExistingDirectory(self, _("选择数据包所在的文件夹（U 盘）"), str(Path.home()))
            if not folder:
                return None
            paths = [Path(folder)]
        from jinchang_desktop.gui.jobs import run_job

        self.report, self.imported, self.decided = None, None, None
        self._streamed, self._shown = [], 0
        self.table.setRowCount(0)
        self.detail.clear()
        self._say(lambda: _("正在检查…"))
        streamed = self._streamed
        chosen = list(paths)

        def work(ws: Workspace, progress: Progress, cancelled: Cancelled) -> TriageReport:
            from jinchang_desktop.exchange.triage import triage_packages

            def each(done: int, total: int, entry: TriageEntry) -> None:
                streamed.append(entry)
                progress(done, total, "")

            return triage_packages(ws, chosen, progress=each, cancel=cancelled)

        self.job = run_job(self.window(), self.context.worker, work, _("正在检查数据包…"),
                           done=self._triaged, failed=self._failed, cancellable=True)
        self.job.progressed.connect(lambda *_args: self._add_rows())
        self._enable()
        return self.job

    def _add_rows(self) -> None:
        from jinchang_desktop.reports.triage import change_line, class_words, kind_words, warning_lines

        lang = language()
        upto = len(self._streamed)
        if upto <= self._shown:
            return
        first_rows = self._shown == 0
        self.table.setUpdatesEnabled(False)
        self.table.setRowCount(upto)
        for row in range(self._shown, upto):
            item = self._streamed[row]
            entry = item.entry
            tick = QTableWidgetItem()
            if entry.cls == c.ACCEPTED:
                tick.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled |
                              Qt.ItemFlag.ItemIsSelectable)
                tick.setCheckState(Qt.CheckState.Checked)
            else:
                tick.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.table.setItem(row, 0, tick)
            verdict = class_words(entry.cls)
            lines = [change_line(ch, lang, with_school=item.kind == "county-report") for ch in item.changes]
            warned = warning_lines(item, lang)
            if entry.cls in (c.ACCEPTED, c.IDENTICAL):
                brief = _("{n} 项变化").format(n=len(lines)) if lines else _("无变化")
                if warned:
                    brief += _("；{n} 条提醒").format(n=len(warned))
                if entry.flag:
                    brief += _("（有未说明的提醒）")
            else:
                brief = entry.en if lang == "en" else entry.zh
            cells = [os.path.basename(entry.file), f"{entry.issuer_code} {item.school_name}".strip(),
                     kind_words(item.kind).pick(lang), "" if entry.sequence is None else str(entry.sequence),
                     verdict.pick(lang), brief.replace("\n", " ")]
            for column, text in enumerate(cells, start=1):
                cell = QTableWidgetItem(text)
                if column == 5 and verdict.level in LEVEL_COLOURS:
                    cell.setForeground(QBrush(QColor(LEVEL_COLOURS[verdict.level])))
                if column == 6 and entry.flag:
                    cell.setForeground(QBrush(QColor(LEVEL_COLOURS["fail"])))
                self.table.setItem(row, column, cell)
        self._shown = upto
        if first_rows:
            self._fit_columns()
        self.table.setUpdatesEnabled(True)

    def _fit_columns(self) -> None:
        self.table.resizeColumnsToContents()
        # The last column (changes and warnings) takes what is left; a long reason must not widen the table.
        for column in range(self.table.columnCount() - 1):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 320))
        # Setting the other widths does not re-stretch the last column: set its mode again so it fills the row.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(6, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)

    def _show_detail(self, row: int) -> None:
        from jinchang_desktop.reports.triage import change_line, class_words, warning_lines

        if row < 0 or row >= len(self._streamed):
            self.detail.clear()
            return
        lang = language()
        item = self._streamed[row]
        entry = item.entry
        lines = [f"{os.path.basename(entry.file)} · {class_words(entry.cls).pick(lang)}"]
        if entry.cls not in (c.ACCEPTED, c.IDENTICAL):
            lines.append(entry.en if lang == "en" else entry.zh)
        if item.changes:
            lines.append(_("将改变的数据（原值 → 新值）："))
            lines += ["  " + change_line(ch, lang, with_school=item.kind == "county-report") for ch in item.changes]
        warned = warning_lines(item, lang)
        if warned:
            lines.append(_("提醒与学校的说明："))
            lines += ["  " + line for line in warned]
        if entry.requests:
            lines.append(_("另有 {n} 项身份变更申请，接收后在“学校与密钥”页处理。").format(n=entry.requests))
        self.detail.setPlainText("\n".join(lines))

    def _triaged(self, report: TriageReport) -> None:
        from jinchang_desktop.reports.triage import triage_summary

        self.job = None
        self.report = report
        self._streamed[:] = report.entries
        self._add_rows()
        self._fit_columns()
        self._say(lambda: triage_summary(report).pick(language()))
        self._enable()

    def _failed(self, exc: BaseException) -> None:
        from jinchang_desktop.gui.messages import show_error

        self.job = None
        self._say(str)
        self._enable()
        show_error(self.window(), exc)

    # -- deciding ----------------------------------------------------------------------------------------------

    def ticked(self) -> list[Path]:
        return [Path(self._streamed[row].file) for row in range(self.table.rowCount())
                if self.table.item(row, 0).checkState() == Qt.CheckState.Checked
                and self._streamed[row].entry.cls == c.ACCEPTED]

    def set_ticked(self, files: list[Path]) -> None:
        wanted = {str(p) for p in files}
        for row in range(self.table.rowCount()):
            if self._streamed[row].entry.cls == c.ACCEPTED:
                state = Qt.CheckState.Checked if self._streamed[row].file in wanted else Qt.CheckState.Unchecked
                self.table.item(row, 0).setCheckState(state)

    def accept_all(self) -> RunningJob | None:
        if self.report is None:
            return None
        return self._decide([Path(e.file) for e in self.report.entries if e.entry.cls == c.ACCEPTED])

    def accept_selected(self) -> RunningJob | None:
        return self._decide(self.ticked())

    def leave(self) -> RunningJob | None:
        return self._decide([])

    def _decide(self, chosen: list[Path]) -> RunningJob | None:
        if self.report is None or self.job is not None or self.decided is not None:
            return None
        from jinchang_desktop.gui.jobs import run_job

        keep = {str(p) for p in chosen}
        left = [Path(e.file) for e in self.report.entries if e.file not in keep]

        def work(ws: Workspace, progress: Progress, cancelled: Cancelled) -> ImportReport:
            from jinchang_desktop.exchange.triage import import_selected

            return import_selected(ws, chosen, left, progress=lambda done, total: progress(done, total, ""),
                                   cancel=cancelled)

        self.job = run_job(self.window(), self.context.worker, work, _("正在接收数据包…"),
                           done=self._imported, failed=self._failed, cancellable=True)
        self._enable()
        return self.job

    def _imported(self, report: ImportReport) -> None:
        from jinchang_desktop.reports.imports import import_summary
        from jinchang_desktop.reports.verdicts import Words

        self.job = None
        self.imported = report
        if report.entries:
            self.decided = import_summary(report)
        else:
            self.decided = Words(msg("没有接收任何数据包；每个文件的决定已记入日志。"), "none")
        decided = self.decided
        self._say(lambda: decided.pick(language()))
        self._enable()
        self.data_changed.emit()

    # -- printing ----------------------------------------------------------------------------------------------

    def print_summary(self, path: Path | None = None) -> Path | None:
        """Write the triage and its decision to a PDF (asked for when ``path`` is None)."""
        if self.report is None:
            return None
        if path is None:
            name, _filter = QFileDialog.getSaveFileName(self, _("保存摘要"), str(Path.home() / "导入摘要.pdf"),
                                                        "PDF (*.pdf)")
            if not name:
                return None
            path = Path(name)
        from PySide6.QtGui import QPageSize, QPdfWriter, QTextDocument

        from jinchang_desktop.reports.triage import triage_page_html
        from jinchang_desktop.reports.verdicts import Words

        lang = language()
        decided = self.decided or Words(msg("尚未决定：没有保存任何数据。"), "none")
        info = self.context.info
        html = triage_page_html(_("导入分拣摘要"), f"{info.name} · {info.code} · {info.school_year}",
                                self.report, decided, lang)
        writer = QPdfWriter(str(path))
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setTitle(_("导入分拣摘要"))
        document = QTextDocument()
        document.setDefaultFont(self.font())
        document.setHtml(html)
        document.print_(writer)
        return path
