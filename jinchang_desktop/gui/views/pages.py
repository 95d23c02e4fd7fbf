"""The tabbed pages of the county's and the city's views: each page is named in a list (module, class, title),
imported and built only when its tab is first shown, and refreshed when the view's data changed.

A page is a QWidget constructed as ``Page(context, parent)`` with a ``refresh()`` method.
"""
from __future__ import annotations

from importlib import import_module

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from jinchang_desktop.gui.views.base import ViewContext


class PageTabs(QTabWidget):
    """The first tab is the view's own list; the others are the pages, built when first shown."""

    def __init__(self, context: ViewContext, home: QWidget, home_title: str, pages: list[tuple[str, str, str]],
                 translation_context: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pageTabs")
        self.context = context
        self.pages = pages
        self.translation_context = translation_context
        self.built: dict[int, QWidget] = {}
        self.addTab(home, home_title)
        for _module, _name, title in pages:
            holder = QWidget(self)
            layout = QVBoxLayout(holder)
            layout.setContentsMargins(0, 0, 0, 0)
            self.addTab(holder, QCoreApplication.translate(translation_context, title))
        self.currentChanged.connect(self._shown)

    def page(self, index: int) -> QWidget:
        """The page of tab ``index`` (1 for the first page), built now if it was not yet."""
        if index not in self.built:
            module, name, _title = self.pages[index - 1]
            holder = self.widget(index)
            page = getattr(import_module(module), name)(self.context, holder)
            holder.layout().addWidget(page)
            self.built[index] = page
        return self.built[index]

    def page_named(self, name: str) -> QWidget:
        """The page whose class is ``name``, built now if needed (for tests and screenshots)."""
        index = next(i for i, (_m, n, _t) in enumerate(self.pages, 1) if n == name)
        self.setCurrentIndex(index)
        return self.page(index)

    def _shown(self, index: int) -> None:
        if index > 0:
            self.page(index)

    def refresh(self) -> None:
        for page in self.built.values():
            page.refresh()  # type: ignore[attr-defined]

    def retranslate(self, home_title: str) -> None:
        self.setTabText(0, home_title)
        for index, (_module, _name, title) in enumerate(self.pages, 1):
            self.setTabText(index, QCoreApplication.translate(self.translation_context, title))
