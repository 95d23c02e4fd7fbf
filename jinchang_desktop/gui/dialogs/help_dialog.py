"""The help page: what every workspace shares (menus, keys, packages on a USB stick) and what this view does."""
from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from jinchang_desktop.gui.forms.ui_helpdialog import Ui_HelpDialog
from jinchang_desktop.i18n import _


class HelpDialog(QDialog):
    def __init__(self, view_html: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_HelpDialog()
        self.ui.setupUi(self)
        self.view_html = view_html
        self._fill()

    def _fill(self) -> None:
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setText(_("关闭"))
        shared = _(
            "<h3>所有工作区</h3><ul>"
            "<li>“文件 → 打开工作区”（Ctrl+O）打开另一个工作区文件夹；“最近的工作区”列出打开过的。</li>"
            "<li>“文件 → 界面语言”在中文和英文之间切换。</li>"
            "<li>数据包经 U 盘逐级报送：学校 → 县区 → 市级。每个数据包都有本机密钥的签名，"
            "上级凭电话核对过的密钥指纹接收。</li>"
            "<li>“数据 → 发送记录”列出本机导出过的数据包：何时、写到哪里。</li>"
            "<li>较长的工作（导入、导出）显示进度；能取消的，取消后会说明已保存了什么。</li></ul>")
        self.ui.browser.setHtml(self.view_html + shared)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._fill()
        super().changeEvent(event)
