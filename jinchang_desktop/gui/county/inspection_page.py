"""The county's 督学核查 page: the discrepancies inspectors' findings brought in, per school and field (declared
beside verified, never merged into the declared data), and the export of an inspection pack for chosen schools."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jinchang_desktop.i18n import _, language
from jinchang_desktop.inspection.findings import county_discrepancies
from jinchang_desktop.standards.fields import field_catalogue
from jinchang_desktop.standards.numbers import fmt_number
from jinchang_desktop.store.summary import county_schools

if TYPE_CHECKING:
    from jinchang_desktop.gui.jobs import RunningJob
    from jinchang_desktop.gui.views.base import ViewContext
    from jinchang_desktop.packages.format import VerifiedPackage
    from jinchang_desktop.store.workspace import Workspace

FLAG_BRUSH = QBrush(QColor("#f6d5d5"))


class InspectionPage(QWidget):
    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.job: RunningJob | None = None
        self.closed = False  # True once the workspace is closed (TabbedView.close_workspace): its reader is gone
        self.last_pack: VerifiedPackage | None = None
        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        layout.addWidget(splitter, 1)

        left = QWidget(splitter)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.only_flagged = QCheckBox(left)
        self.only_flagged.setChecked(True)
        self.only_flagged.toggled.connect(self.refresh)
        self.table = QTableWidget(0, 7, left)
        self.table.setObjectName("discrepancyTable")
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.empty = QLabel(left)
        self.empty.setWordWrap(True)
        left_layout.addWidget(self.only_flagged)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.empty)

        right = QWidget(splitter)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.choose_label = QLabel(right)
        self.choose_label.setWordWrap(True)
        self.schools = QListWidget(right)
        self.schools.setObjectName("packSchoolList")
        buttons = QHBoxLayout()
        self.export_button = QPushButton(right)
        self.export_button.setObjectName("exportPackButton")
        self.export_button.clicked.connect(self.choose_output)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        right_layout.addWidget(self.choose_label)
        right_layout.addWidget(self.schools, 1)
        right_layout.addLayout(buttons)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.intro.setText(_("督学交回的核查结果：核实值单独保存，不会覆盖学校申报的数据。"
                             "评估时可选择按申报值或按核实值（assess --layer verified）。"))
        self.only_flagged.setText(_("只看超出容差的数据项"))
        self.table.setHorizontalHeaderLabels([_("学校"), _("数据项"), _("申报值"), _("核实值"),
                                              _("核实÷申报"), _("说明"), _("督学 · 核查时间")])
        self.choose_label.setText(_("勾选要核查的学校，导出签名的核查包交给督学："))
        self.export_button.setText(_("导出核查包(&K)…"))
        self.empty.setText(_("还没有导入督学的核查结果。督学交来的核查结果用“导入数据包”导入。"))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        if self.closed:
            return
        reader, year = self.context.reader, self.context.info.school_year
        lang = language()
        fields = field_catalogue().fields
        found = county_discrepancies(reader, year, only_flagged=self.only_flagged.isChecked())
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(found))
        for row, item in enumerate(found):
            spec = fields.get(item.field)
            label = (spec.label_en if lang == "en" else spec.label_zh) if spec else item.field
            ratio = "" if item.ratio is None else (f"⚑ {item.ratio:.3f}" if item.flagged else f"{item.ratio:.3f}")
            cells = [f"{item.name}（{item.school}）", label,
                     "" if item.declared is None else fmt_number(item.declared),
                     "" if item.verified is None else fmt_number(item.verified), ratio, item.note,
                     f"{item.inspector} · {item.visited[:16].replace('T', ' ')}"]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if item.flagged and column == 4:
                    cell.setBackground(FLAG_BRUSH)
                self.table.setItem(row, column, cell)
        self.table.setSortingEnabled(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.empty.setVisible(not found)
        checked = set(self.chosen())
        self.schools.clear()
        for _holder, record in county_schools(reader, year):
            if not record.values:
                continue
            entry = QListWidgetItem(f"{record.name}（{record.code}）")
            entry.setData(Qt.ItemDataRole.UserRole, record.code)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Checked if record.code in checked else Qt.CheckState.Unchecked)
            self.schools.addItem(entry)

    def chosen(self) -> list[str]:
        return [str(self.schools.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.schools.count())
                if self.schools.item(i).checkState() == Qt.CheckState.Checked]

    def choose_output(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(self, _("导出核查包"), str(Path.home() / "inspection-pack.jcpkg"),
                                                    _("数据包 (*.jcpkg)"))
        if name:
            self.export_pack(Path(name))

    def export_pack(self, out: Path) -> RunningJob | None:
        if self.job is not None:
            return None
        from jinchang_desktop.gui.jobs import run_job

        codes = self.chosen()

        def work(ws: Workspace, _progress: object, _cancelled: object) -> VerifiedPackage:
            from jinchang_desktop.inspection.pack import export_pack

            return export_pack(ws, codes, out)

        self.job = run_job(self.window(), self.context.worker, work, _("正在导出核查包…"),
                           done=self._exported, failed=self._failed)
        return self.job

    def _exported(self, package: VerifiedPackage) -> None:
        from jinchang_desktop.gui.messages import inform

        self.job = None
        self.last_pack = package
        text = _("已写出并校验签名的核查包：{path}").format(path=package.path)
        inform(self.window(), _("导出核查包"), text)

    def _failed(self, exc: BaseException) -> None:
        from jinchang_desktop.gui.messages import show_error

        self.job = None
        show_error(self.window(), exc)
