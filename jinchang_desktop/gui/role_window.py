"""The window of a county, city or inspector workspace: who it is, its key, and what the role can do today.

Their screens are future work; today these roles work through the command line, so the window lists the
commands with this workspace's path filled in, ready to copy.
"""
from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QMainWindow, QWidget

from jinchang_desktop.gui.forms.ui_rolewindow import Ui_RoleWindow
from jinchang_desktop.gui.icons import icon
from jinchang_desktop.gui.workspace_info import WorkspaceInfo

PROGRAM = "jinchang-desktop"


class RoleWindow(QMainWindow):
    def __init__(self, info: WorkspaceInfo, *, open_settings: Callable[[], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RoleWindow()
        self.ui.setupUi(self)
        self.info = info
        self.setWindowIcon(icon("app"))
        self.ui.actionSettings.triggered.connect(open_settings)
        self.ui.actionQuit.triggered.connect(self.close)
        self._fill()

    def role_name(self) -> str:
        return {"county": self.tr("县区"), "city": self.tr("市级"), "inspector": self.tr("督学"),
                "school": self.tr("学校")}.get(self.info.role, self.info.role)

    def _commands(self) -> list[tuple[str, str]]:
        # Double quotes work in both the Windows command prompt and a POSIX shell.
        ws = f'"{self.info.path}"' if " " in str(self.info.path) else str(self.info.path)
        enrol = (self.tr("核对指纹后注册下级的密钥（申请文件来自 U 盘）"), f"{PROGRAM} enrol {ws} 申请文件.jcpkg")
        roster = (self.tr("导出签名名册（发给下级）"), f"{PROGRAM} roster-export {ws} -o 名册.jcpkg")
        import_ = (self.tr("导入下级交来的数据包（文件或整个 U 盘文件夹）"), f"{PROGRAM} import {ws} /media/usb")
        revoke = (self.tr("吊销丢失或更换的密钥"), f"{PROGRAM} revoke {ws} 指纹")
        assess = (self.tr("评估已导入的数据"), f"{PROGRAM} assess {ws}")
        verify = (self.tr("校验数据包的签名与完整性"), f"{PROGRAM} verify 数据包.jcpkg --workspace {ws}")
        if self.info.role == "county":
            return [enrol, roster, import_, assess,
                    (self.tr("导出全县报告（交市级）"), f"{PROGRAM} export {ws} -o 县区报告.jcpkg"),
                    (self.tr("导出本县密钥的注册申请（交市级）"), f"{PROGRAM} enrol-request {ws} -o 注册申请.jcpkg"),
                    (self.tr("导入市级名册"), f"{PROGRAM} roster-import {ws} 名册.jcpkg"), revoke, verify]
        if self.info.role == "city":
            return [enrol, roster, import_, assess, revoke, verify]
        return [verify, (self.tr("评估一份学校数据表"), f"{PROGRAM} assess 学校数据表.xlsx --profile jinchang")]

    def _fill(self) -> None:
        info = self.info
        self.setWindowTitle(self.tr("{name} · {role}工作区 · 金昌义务教育优质均衡").format(
            name=info.name, role=self.role_name()))
        self.ui.titleLabel.setText(self.tr("{name}（{role}）").format(name=info.name, role=self.role_name()))
        self.ui.infoLabel.setText(self.tr(
            "代码 {code} · 学年 {year} · 工作区 {path}\n本机密钥指纹（供上级电话核对）：{fingerprint}").format(
            code=info.code, year=info.school_year, path=info.path, fingerprint=info.fingerprint))
        rows = "".join(f"<p><b>{html.escape(what)}</b><br><code>{html.escape(command)}</code></p>"
                       for what, command in self._commands())
        intro = self.tr(
            "{role}工作区的图形界面尚在开发。今天，{role}的工作通过命令行完成（在“命令提示符”或终端中运行）：")
        self.ui.helpBrowser.setHtml(f"<p>{html.escape(intro.format(role=self.role_name()))}</p>{rows}")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._fill()
        super().changeEvent(event)
