"""The inspector's view: who this workspace is (with the key fingerprint others check it by) and its packs
folder, the packages brought in to be verified and read, listed with size and date."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from jinchang_desktop.gui.forms.ui_inspectorview import Ui_InspectorView
from jinchang_desktop.gui.views.base import ViewContext, WorkspaceView
from jinchang_desktop.reports.numbers import fmt_bytes

PACKS = "packs"


class InspectorView(WorkspaceView):
    role = "inspector"

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_InspectorView()
        self.ui.setupUi(self)
        self.packs: list[Path] = []
        self._filled = False
        self.ui.table.verticalHeader().hide()
        for widget in (self.ui.table, self.ui.emptyLabel):
            self.ui.viewLayout.setStretchFactor(widget, 1)
        self.ui.emptyLabel.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.ui.openFolderButton.clicked.connect(self.open_folder)
        self.ui.refreshButton.clicked.connect(self.refresh)
        self._retranslate()

    @property
    def packs_folder(self) -> Path:
        return self.context.path / PACKS

    def window_title(self) -> str:
        return self.tr("{name} · 督学工作区 · 金昌义务教育优质均衡").format(name=self.info.name)

    def help_html(self) -> str:
        return self.tr(
            "<h3>督学工作区</h3><p>把要查阅的数据包（学校数据包、县区报告）复制到数据包文件夹，"
            "在这里看到它们。核对签名时，以本页显示的密钥指纹与对方电话核对。</p>")

    def showEvent(self, event: QShowEvent) -> None:
        if not self._filled:  # the folder is listed when the view is first shown
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        if self.closed:
            return
        self._filled = True
        folder = self.packs_folder
        self.packs = sorted(folder.glob("*.jcpkg")) if folder.is_dir() else []
        table = self.ui.table
        headers = [self.tr("文件"), self.tr("大小"), self.tr("修改时间")]
        table.clear()
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.setRowCount(len(self.packs))
        for row, path in enumerate(self.packs):
            stat = path.stat()
            when = datetime.fromtimestamp(stat.st_mtime).strftime("%Y-%m-%d %H:%M")
            for column, text in enumerate((path.name, fmt_bytes(stat.st_size), when)):
                table.setItem(row, column, QTableWidgetItem(text))
        table.setVisible(bool(self.packs))
        self.ui.emptyLabel.setVisible(not self.packs)

    def open_folder(self) -> None:
        """Show the packs folder in the file manager (made if missing): a local folder, never a network address."""
        self.packs_folder.mkdir(exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.packs_folder)))

    def _retranslate(self) -> None:
        info = self.info
        self.ui.titleLabel.setText(self.tr("{name}（督学）").format(name=info.name))
        self.ui.infoLabel.setText(self.tr("督学编号 {code} · 学年 {year} · 工作区 {path}\n"
                                          "本机密钥指纹（供他人电话核对）：").format(
            code=info.code, year=info.school_year, path=self.context.path))
        self.ui.fingerprintLabel.setText("  ".join(info.fingerprint.split("-")))
        self.ui.packsLabel.setText(self.tr("数据包文件夹：{folder}").format(folder=self.packs_folder))
        self.ui.emptyLabel.setText(self.tr("数据包文件夹中还没有数据包（*.jcpkg）。"))
        if self._filled:
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
            self.title_changed.emit()
            self.status_changed.emit(self.status_note())
        super().changeEvent(event)
