"""Tabs of pages for a view that receives packages (the county's, the city's): the first tab is the view's own
table; every other page comes from a list ``(module, class name, title)``, is imported and built only when its
tab is first shown, and is refreshed when the view's data change (after an import).
"""
from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from jinchang_desktop.gui.views.base import ViewContext


class Page(Protocol):
    def refresh(self) -> None: ...


class PageTabs(QTabWidget):
    def __init__(self, context: ViewContext, pages: list[tuple[str, str, str]], translation_context: str,
                 first: QWidget, first_title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.pages = list(pages)
        self.translation_context = translation_context
        self.built: dict[int, QWidget] = {}
        self.first_title = first_title
        self.addTab(first, first_title)
        for _module, _name, title in self.pages:
            holder = QWidget()
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self.addTab(holder, QCoreApplication.translate(translation_context, title))
        self.currentChanged.connect(self._shown)

    def page(self, index: int) -> QWidget:
        """The page of tab ``index`` (1 = the list's first), built now if it was not yet."""
        if index not in self.built:
            module, name, _title = self.pages[index - 1]
            cls = getattr(import_module(module), name)
            page = cls(self.context, self.widget(index))
            layout = self.widget(index).layout()
            assert layout is not None
            layout.addWidget(page)
            self.built[index] = page
        return self.built[index]

    def page_named(self, name: str) -> QWidget:
        for index, (_module, cls, _title) in enumerate(self.pages, start=1):
            if cls == name:
                return self.page(index)
        raise KeyError(name)

    def show_page(self, name: str) -> QWidget:
        page = self.page_named(name)
        self.setCurrentWidget(page.parentWidget())
        return page

    def _shown(self, index: int) -> None:
        if index > 0:
            self.page(index)

    def refresh(self) -> None:
        for page in self.built.values():
            cast(Page, page).refresh()

    def retranslate(self, first_title: str) -> None:
        self.setTabText(0, first_title)
        for index, (_module, _name, title) in enumerate(self.pages, start=1):
            self.setTabText(index, QCoreApplication.translate(self.translation_context, title))
