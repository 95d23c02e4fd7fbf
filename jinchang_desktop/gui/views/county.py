"""The county's view: its schools with the state of each one's key, the last package it sent, and its verdict
under the county's profile, read from the county's store; further pages in tabs (``COUNTY_PAGES``).

Each page is a QWidget in its own module under ``gui/county/``, built as ``Page(context, parent)`` only when its tab
is first shown, with a ``refresh()`` the view calls when data changed (after an import).
"""
from __future__ import annotations

from importlib import import_module

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from jinchang_desktop.gui.i18n import ui_language
from jinchang_desktop.gui.views.base import ViewContext
from jinchang_desktop.gui.views.holders import HolderListView
from jinchang_desktop.reports.verdicts import NOT_REPORTED, school_verdict
from jinchang_desktop.standards.assess import assess_school
from jinchang_desktop.standards.fields import field_catalogue
from jinchang_desktop.store.summary import county_schools

# (module, class name, tab title in Chinese — translated with QCoreApplication.translate("CountyView", …))
COUNTY_PAGES: list[tuple[str, str, str]] = [
    ("jinchang_desktop.gui.county.inspection_page", "InspectionPage", "督学核查"),
]

# The tab titles above, for the translation tools (which read no variables).
_TITLES = (QT_TRANSLATE_NOOP("CountyView", "督学核查"),)


class CountyView(HolderListView):
    role = "county"

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        # The schools list the form lays out becomes the first tab; the pages follow, built on first showing.
        schools = QWidget()
        schools.setLayout(self.layout())  # moves the form's layout and its widgets onto the first tab
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("countyTabs")
        self.tabs.addTab(schools, self.tr("学校与密钥"))
        self.pages: dict[int, QWidget] = {}
        for _module, _name, _title in COUNTY_PAGES:
            self.tabs.addTab(QWidget(), "")
        self._title_tabs()
        self.tabs.currentChanged.connect(self._page_shown)
        QVBoxLayout(self).addWidget(self.tabs)

    def _title_tabs(self) -> None:
        self.tabs.setTabText(0, self.tr("学校与密钥"))
        for index, (_module, _name, title) in enumerate(COUNTY_PAGES, start=1):
            self.tabs.setTabText(index, QCoreApplication.translate("CountyView", title))

    def _page_shown(self, index: int) -> None:
        if index == 0 or index in self.pages:
            return
        module, name, _title = COUNTY_PAGES[index - 1]
        page = getattr(import_module(module), name)(self.context, self.tabs)
        self.pages[index] = page
        self.tabs.blockSignals(True)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, page, QCoreApplication.translate("CountyView", _title))
        self.tabs.setCurrentIndex(index)
        self.tabs.blockSignals(False)

    def page(self, cls_name: str) -> QWidget:
        """The page of that class, built now if it was not shown yet."""
        index = 1 + [name for _m, name, _t in COUNTY_PAGES].index(cls_name)
        self.tabs.setCurrentIndex(index)
        return self.pages[index]

    def close_workspace(self) -> None:
        for page in self.pages.values():
            page.active = False  # type: ignore[attr-defined]
        super().close_workspace()

    def _retranslate(self) -> None:
        super()._retranslate()
        if hasattr(self, "tabs"):  # the base class retranslates before the tabs exist
            self._title_tabs()

    def refresh(self) -> None:
        super().refresh()
        if not self.closed:
            for page in getattr(self, "pages", {}).values():
                page.refresh()  # type: ignore[attr-defined]

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
