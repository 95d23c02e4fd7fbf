"""The outbox: every package this workspace has written, newest first — what, when (local time), where, and
whether the file is still there."""
from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QTableWidgetItem, QWidget

from jinchang_desktop.gui.forms.ui_outboxdialog import Ui_OutboxDialog
from jinchang_desktop.i18n import _
from jinchang_desktop.store.summary import outbox_rows


def local_time(stamp: str) -> str:
    """``2025-09-01T08:00:00.000Z`` as the clerk's clock shows it."""
    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return stamp
    return moment.astimezone().strftime("%Y-%m-%d %H:%M:%S")


class OutboxDialog(QDialog):
    def __init__(self, reader: sqlite3.Connection, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_OutboxDialog()
        self.ui.setupUi(self)
        self.rows = outbox_rows(reader)
        self._fill()

    def kind_name(self, kind: str) -> str:
        return {"school-report": _("学校数据包"), "enrol-request": _("注册申请"),
                "county-report": _("县区报告"), "roster": _("名册")}.get(kind, kind)

    def _fill(self) -> None:
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setText(_("关闭"))
        table = self.ui.table
        headers = [_("时间"), _("类型"), _("序号"), _("写入位置"), _("文件现状"),
                   _("数据包指纹（SHA-256 前 16 位）")]
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(self.rows))
        for row, (kind, sequence, sha256, path, written_at) in enumerate(self.rows):
            present = Path(path).is_file()
            cells = [local_time(written_at), self.kind_name(kind), str(sequence), path,
                     _("在原处") if present else _("已不在"), sha256[:16]]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 3:
                    item.setToolTip(path)
                if column == 5:
                    item.setToolTip(sha256)
                if column == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(row, column, item)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().hide()
        table.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # a long path keeps its file name in view
        table.setVisible(bool(self.rows))
        self.ui.emptyLabel.setVisible(not self.rows)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._fill()
        super().changeEvent(event)
