"""The county's view: its schools with the state of each one's key, the last package it sent, and its verdict
under the county's profile, read from the county's store."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from jinchang_desktop.gui.i18n import ui_language
from jinchang_desktop.gui.views.base import ViewContext
from jinchang_desktop.gui.views.holders import HolderListView
from jinchang_desktop.gui.views.page_tabs import PageTabs
from jinchang_desktop.reports.verdicts import NOT_REPORTED, school_verdict
from jinchang_desktop.standards.assess import assess_school
from jinchang_desktop.standards.fields import field_catalogue
from jinchang_desktop.store.summary import county_schools

# (module, class name, tab title in Chinese — translated with QCoreApplication.translate("CountyView", …))
COUNTY_PAGES: list[tuple[str, str, str]] = [
    ("jinchang_desktop.gui.county.dashboard_page", "DashboardPage", QT_TRANSLATE_NOOP("CountyView", "达标总览")),
    ("jinchang_desktop.gui.county.whatif_page", "WhatIfPage", QT_TRANSLATE_NOOP("CountyView", "假设推演")),
    ("jinchang_desktop.gui.county.plan_page", "PlanPage", QT_TRANSLATE_NOOP("CountyView", "投入方案")),
]


class CountyView(HolderListView):
    role = "county"
    data_changed = Signal()  # after an import, a load, an edit: the pages read again

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        # The view's own table becomes the first tab; the pages of COUNTY_PAGES follow, built when first shown.
        first = QWidget()
        layout = QVBoxLayout(first)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.ui.table, self.ui.emptyLabel):
            self.ui.viewLayout.removeWidget(widget)
            layout.addWidget(widget, 1)
        self.tabs = PageTabs(context, COUNTY_PAGES, "CountyView", first, self.tr("学校"), self)
        self.ui.viewLayout.addWidget(self.tabs, 1)

    def refresh(self) -> None:
        super().refresh()
        if hasattr(self, "tabs") and not self.closed:
            self.tabs.refresh()
            self.data_changed.emit()

    def _retranslate(self) -> None:
        super()._retranslate()
        if hasattr(self, "tabs"):
            self.tabs.retranslate(self.tr("学校"))

    def window_title(self) -> str:
        return self.tr("{name} · 县区工作区 · 金昌义务教育优质均衡").format(name=self.info.name)

    def heading(self) -> str:
        return self.tr("{name}（县区）").format(name=self.info.name)

    def headers(self) -> list[str]:
        return [self.tr("学校标识码"), self.tr("学校"), self.tr("类型"), self.tr("密钥"), self.tr("最近的数据包"),
                self.tr("结论")]

    def rows(self) -> list[list[tuple[str, str]]]:
        lang = ui_language()
        types = field_catalogue().school_types
        profile = self.info.profile()
        rows = []
        for holder, record in county_schools(self.context.reader, self.info.school_year):
            school_type = types.get(record.school_type)
            type_text = (school_type.en if lang == "en" else school_type.zh) if school_type else ""
            verdict = school_verdict(assess_school(record, profile)) if school_type and record.values \
                else NOT_REPORTED
            cells = self.holder_cells(holder)
            rows.append([*cells[:2], (type_text, ""), *cells[2:], (verdict.pick(lang), verdict.level)])
        return rows

    def intro(self) -> str:
        return self.tr("本县的学校：密钥是否已注册、最近交来的数据包和按本县评估标准的结论。"
                       "学校交来的数据包用“数据 → 导入数据包”（Ctrl+I）导入。")

    def empty_text(self) -> str:
        return self.tr("还没有学校。先注册学校交来的密钥注册申请，再导入它们的数据包。")

    def help_html(self) -> str:
        return self.tr(
            "<h3>县区工作区</h3><p>表中列出本县的学校：密钥状态、最近收到的数据包、按本县评估标准得出的结论。</p>"
            "<p>学校把数据包写在 U 盘上交来：用“导入数据包”（Ctrl+I）选择 U 盘文件夹。导入可随时取消，"
            "取消前已接收的数据包会保存，再次导入即可继续。暂缓或拒收的文件复制到工作区的隔离区，附原因说明。</p>")
