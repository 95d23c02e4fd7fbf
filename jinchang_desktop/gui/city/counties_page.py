"""The city's first page: its counties, the state of each one's key, the last county report and how many
schools it carried, read from the city's store."""
from __future__ import annotations

from jinchang_desktop.gui.views.holders import HolderListView
from jinchang_desktop.i18n import _
from jinchang_desktop.store.summary import city_counties


class CountiesPage(HolderListView):
    role = "city"

    def window_title(self) -> str:
        return _("{name} · 市级工作区 · 金昌义务教育优质均衡").format(name=self.info.name)

    def heading(self) -> str:
        return _("{name}（市级）").format(name=self.info.name)

    def headers(self) -> list[str]:
        return [_("县区代码"), _("县区"), _("密钥"), _("最近的县区报告"), _("学校数")]

    def rows(self) -> list[list[tuple[str, str]]]:
        return [[*self.holder_cells(holder), (str(schools), "")]
                for holder, schools in city_counties(self.context.reader, self.info.school_year)]

    def intro(self) -> str:
        return _("本市的县区：密钥是否已注册、最近交来的县区报告及其中的学校数。"
                 "县区报告用“数据 → 导入数据包”（Ctrl+I）导入。")

    def empty_text(self) -> str:
        return _("还没有县区。先注册县区交来的密钥注册申请，再导入它们的县区报告。")

    def help_html(self) -> str:
        return _(
            "<h3>市级工作区</h3><p>表中列出本市的县区：密钥状态、最近收到的县区报告和其中的学校数。</p>"
            "<p>用“导入数据包”（Ctrl+I）选择 U 盘文件夹导入县区报告；导入可随时取消，已接收的部分会保存。</p>")
