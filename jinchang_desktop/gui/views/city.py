"""The city's view: its counties, the state of each one's key, the last county report and how many schools it
carried, read from the city's store."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from jinchang_desktop.gui.views.base import ViewContext
from jinchang_desktop.gui.views.holders import HolderListView
from jinchang_desktop.gui.views.page_tabs import PageTabs
from jinchang_desktop.store.summary import city_counties

# (module, class name, tab title in Chinese — translated with QCoreApplication.translate("CityView", …))
CITY_PAGES: list[tuple[str, str, str]] = [
    ("jinchang_desktop.gui.city.counties_page", "CountiesPage", QT_TRANSLATE_NOOP("CityView", "县区对比")),
]


class CityView(HolderListView):
    role = "city"
    data_changed = Signal()  # after an import, a load, an edit: the pages read again

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        # The view's own table becomes the first tab; the pages of CITY_PAGES follow, built when first shown.
        first = QWidget()
        layout = QVBoxLayout(first)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.ui.table, self.ui.emptyLabel):
            self.ui.viewLayout.removeWidget(widget)
            layout.addWidget(widget, 1)
        self.tabs = PageTabs(context, CITY_PAGES, "CityView", first, self.tr("县区"), self)
        self.ui.viewLayout.addWidget(self.tabs, 1)

    def refresh(self) -> None:
        super().refresh()
        if hasattr(self, "tabs") and not self.closed:
            self.tabs.refresh()
            self.data_changed.emit()

    def _retranslate(self) -> None:
        super()._retranslate()
        if hasattr(self, "tabs"):
            self.tabs.retranslate(self.tr("县区"))

    def window_title(self) -> str:
        return self.tr("{name} · 市级工作区 · 金昌义务教育优质均衡").format(name=self.info.name)

    def heading(self) -> str:
        return self.tr("{name}（市级）").format(name=self.info.name)

    def headers(self) -> list[str]:
        return [self.tr("县区代码"), self.tr("县区"), self.tr("密钥"), self.tr("最近的县区报告"), self.tr("学校数")]

    def rows(self) -> list[list[tuple[str, str]]]:
        return [[*self.holder_cells(holder), (str(schools), "")]
                for holder, schools in city_counties(self.context.reader, self.info.school_year)]

    def intro(self) -> str:
        return self.tr("本市的县区：密钥是否已注册、最近交来的县区报告及其中的学校数。"
                       "县区报告用“数据 → 导入数据包”（Ctrl+I）导入。")

    def empty_text(self) -> str:
        return self.tr("还没有县区。先注册县区交来的密钥注册申请，再导入它们的县区报告。")

    def help_html(self) -> str:
        return self.tr(
            "<h3>市级工作区</h3><p>表中列出本市的县区：密钥状态、最近收到的县区报告和其中的学校数。</p>"
            "<p>用“导入数据包”（Ctrl+I）选择 U 盘文件夹导入县区报告；导入可随时取消，已接收的部分会保存。</p>")
