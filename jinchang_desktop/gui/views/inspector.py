"""The inspector's view: who this workspace is (with the key fingerprint the county enrols it by), the pack opened
(its county's signature checked against the key pinned from the roster), the schools ranked by risk with why, and
the visit panel of the chosen school. Findings are exported signed through the job API."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jinchang_desktop.gui.forms.ui_inspectorview import Ui_InspectorView
from jinchang_desktop.gui.inspection.visit_panel import VisitPanel
from jinchang_desktop.gui.views.base import ViewContext, WorkspaceView
from jinchang_desktop.gui.widgets.first_show import RefreshedWhenFirstShown
from jinchang_desktop.i18n import _, language
from jinchang_desktop.inspection.visit import pack_in

if TYPE_CHECKING:
    from jinchang_desktop.exchange.importer import ImportReport
    from jinchang_desktop.gui.jobs import RunningJob
    from jinchang_desktop.inspection.pack import Pack
    from jinchang_desktop.packages.format import VerifiedPackage
    from jinchang_desktop.store.workspace import Workspace

PACKS = "packs"


class InspectorView(RefreshedWhenFirstShown, WorkspaceView):
    role = "inspector"
    can_import = True  # 导入数据包 opens a pack
    can_export = True  # 导出数据包 writes the signed findings

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_InspectorView()
        self.ui.setupUi(self)
        self.pack: Pack | None = None
        self.job: RunningJob | None = None
        self.last_export: VerifiedPackage | None = None
        self._filled = False
        self.ui.table.hide()  # the packs folder listing gives way to the visit screens
        self.ui.emptyLabel.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.ui.emptyLabel.setWordWrap(True)
        self.ui.infoLabel.setWordWrap(True)
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("openPackButton")
        self.open_button.clicked.connect(lambda: self.import_packages())
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("exportFindingsButton")
        self.export_button.clicked.connect(self.export)
        self.ui.buttonRow.insertWidget(0, self.open_button)
        self.ui.buttonRow.insertWidget(1, self.export_button)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        left = QWidget(self.splitter)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.schools_label = QLabel(left)
        self.schools = QTableWidget(0, 3, left)
        self.schools.setObjectName("schoolTable")
        self.schools.verticalHeader().hide()
        self.schools.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.schools.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.schools.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.schools.setWordWrap(True)
        self.schools.currentCellChanged.connect(lambda row, *_args: self._school_chosen(row))
        self.rule_label = QLabel(left)
        self.rule_label.setObjectName("ruleLabel")
        self.rule_label.setWordWrap(True)
        self.rule_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        left_layout.addWidget(self.schools_label)
        left_layout.addWidget(self.schools, 1)
        left_layout.addWidget(self.rule_label)
        self.panel = VisitPanel(context, self.splitter)
        self.panel.on_error = self._error
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self.ui.viewLayout.addWidget(self.splitter, 1)
        self.ui.viewLayout.setStretchFactor(self.ui.emptyLabel, 1)  # without a pack, the sentence takes the height
        self.ui.openFolderButton.clicked.connect(self.open_folder)
        self.ui.refreshButton.clicked.connect(self.refresh)
        self.codes: list[str] = []
        self._retranslate()

    @property
    def packs_folder(self) -> Path:
        return self.context.path / PACKS

    def window_title(self) -> str:
        return _("{name} · 督学工作区 · 金昌义务教育优质均衡").format(name=self.info.name)

    def help_html(self) -> str:
        return _(
            "<h3>督学工作区</h3><p>用“打开核查包”（Ctrl+I）打开县区签发的核查包：签名须是从县区名册固定的密钥。"
            "左侧按风险排列学校，并说明为什么先查；右侧逐项录入核实值（Tab 移到下一格，回车保存该项），"
            "核实值与申报值相差超过容差时标出，每项可写说明、添加附件，保障项目逐项标记。"
            "每项录入即保存，断电不丢失。核查完毕用“导出核查结果”（Ctrl+E）写出签名的核查结果，交回县区。</p>")

    def refresh(self) -> None:
        if self.closed:
            return
        self._filled = True
        self.pack = pack_in(self.context.reader, self.info.school_year)
        pack = self.pack
        lang = language()
        self.splitter.setVisible(pack is not None)
        self.ui.emptyLabel.setVisible(pack is None)
        self.ui.packsLabel.setVisible(pack is None)  # during a visit the screen's height goes to the schools
        self.export_button.setEnabled(pack is not None)
        if pack is None:
            self.codes = []
            self.panel.show_school(None, "")
            return
        rule = pack.rule.get("text", {})
        self.rule_label.setText(_("排序规则：") + str(rule.get("en" if lang == "en" else "zh", "")))
        scored = []
        for entry in pack.schools:
            top = entry.risks[0] if entry.risks else None
            why = ""
            if top:
                first = top["reasons"][0]
                why = str(first["en"] if lang == "en" else first["zh"])
            scored.append((float(top["score"]) if top else 0.0, entry.record.code, entry.record.name, why))
        scored.sort(key=lambda s: (-s[0], s[1]))
        previous = self.panel.school
        self.codes = [code for _score, code, _name, _why in scored]
        self.schools.blockSignals(True)
        self.schools.setRowCount(len(scored))
        for row, (score, code, name, why) in enumerate(scored):
            for column, text in enumerate((f"{name}\n{code}", f"{score:.0f}", why)):
                item = QTableWidgetItem(text)
                if column == 2:
                    item.setToolTip(why)
                self.schools.setItem(row, column, item)
        self.schools.blockSignals(False)
        header = self.schools.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.schools.resizeRowsToContents()
        row = self.codes.index(previous) if previous in self.codes else 0
        self.schools.setCurrentCell(row, 0)
        self._school_chosen(row)

    def _school_chosen(self, row: int) -> None:
        if 0 <= row < len(self.codes):
            self.panel.show_school(self.pack, self.codes[row])

    def open_folder(self) -> None:
        """Show the packs folder in the file manager (made if missing): a local folder, never a network address."""
        self.packs_folder.mkdir(exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.packs_folder)))

    # -- opening a pack and exporting findings, through the job API --------------------------------------------

    def import_packages(self, paths: list[Path] | None = None) -> RunningJob | None:
        if self.job is not None:
            return None
        if paths is None:
            self.packs_folder.mkdir(exist_ok=True)
            name, _filter = QFileDialog.getOpenFileName(self, _("打开核查包"), str(self.packs_folder),
                                                        _("数据包 (*.jcpkg)"))
            if not name:
                return None
            paths = [Path(name)]
        from jinchang_desktop.gui.jobs import run_job
        from jinchang_desktop.gui.workspace_jobs import import_job

        self.job = run_job(self.window(), self.context.worker, import_job(list(paths)), _("正在打开核查包…"),
                           done=self._opened, failed=self._error_after_job)
        return self.job

    def _opened(self, report: ImportReport) -> None:
        from jinchang_desktop.gui.messages import inform

        self.job = None
        self.refresh()
        refused = [e for e in report.entries if e.cls not in ("accepted", "identical")]
        if refused:
            lang = language()
            inform(self.window(), _("打开核查包"), "\n".join(e.en if lang == "en" else e.zh for e in refused))

    def export(self) -> RunningJob | None:
        name, _filter = QFileDialog.getSaveFileName(self, _("导出核查结果"),
                                                    str(Path.home() / f"{self.info.code}-inspection.jcpkg"),
                                                    _("数据包 (*.jcpkg)"))
        return self.export_to(Path(name)) if name else None

    def export_to(self, out: Path) -> RunningJob | None:
        if self.job is not None:
            return None
        from jinchang_desktop.gui.jobs import run_job

        def work(ws: Workspace, _progress: object, _cancelled: object) -> VerifiedPackage:
            from jinchang_desktop.inspection.findings import export_findings

            return export_findings(ws, out)

        self.job = run_job(self.window(), self.context.worker, work, _("正在导出核查结果…"),
                           done=self._exported, failed=self._error_after_job)
        return self.job

    def _exported(self, package: VerifiedPackage) -> None:
        from jinchang_desktop.gui.messages import inform

        self.job = None
        self.last_export = package
        inform(self.window(), _("导出核查结果"),
               _("已写出并校验签名的核查结果：{path}\n序号 {sequence}，SHA-256 {sha}").format(
                   path=package.path, sequence=package.sequence, sha=package.manifest_sha256[:16]))

    def _error_after_job(self, exc: BaseException) -> None:
        self.job = None
        self._error(exc)

    def _error(self, exc: BaseException) -> None:
        from jinchang_desktop.gui.messages import show_error

        show_error(self.window(), exc)

    def _retranslate(self) -> None:
        info = self.info
        self.ui.titleLabel.setText(_("{name}（督学）").format(name=info.name))
        self.ui.infoLabel.setText(_("督学编号 {code} · 学年 {year} · 工作区 {path}\n"
                                    "本机密钥指纹（供县区注册时电话核对）：").format(
            code=info.code, year=info.school_year, path=self.context.path))
        self.ui.fingerprintLabel.setText("  ".join(info.fingerprint.split("-")))
        self.ui.packsLabel.setText(_("数据包文件夹：{folder}").format(folder=self.packs_folder))
        self.ui.emptyLabel.setText(_("还没有打开核查包。请用“打开核查包”选择县区签发的核查包（*.jcpkg）；"
                                     "先导入县区名册，核对县区密钥指纹。"))
        self.open_button.setText(_("打开核查包(&O)…"))
        self.export_button.setText(_("导出核查结果(&E)…"))
        self.schools_label.setText(_("学校（按风险从高到低）"))
        self.schools.setHorizontalHeaderLabels([_("学校"), _("风险分"), _("为什么先查")])
        self.panel.retranslate()
        if self._filled:
            self.refresh()

    def close_workspace(self) -> None:
        self.panel.pack, self.panel.school = None, ""  # its reader closes with the workspace: read no more
        super().close_workspace()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
            self.title_changed.emit()
            self.status_changed.emit(self.status_note())
        super().changeEvent(event)
