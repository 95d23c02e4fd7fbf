"""A workspace view made of tabs whose pages come from a list (the county's and the city's views).

Each entry names a page's module, class and Chinese tab title. A page is a QWidget built as
``Page(context, parent)`` only when its tab is first shown, with a ``refresh()`` the view calls when the data
changed. A page that changes data itself (an import, an enrolment, an edit) has a ``data_changed`` signal: the
view then refreshes every other page built so far and emits its own ``data_changed``.
"""
from __future__ import annotations

from importlib import import_module
from pathlib import Path
from typing import ClassVar

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from jinchang_desktop.gui.views.base import ViewContext, WorkspaceView
from jinchang_desktop.i18n import _


class TabbedView(WorkspaceView):
    """Subclasses set ``role`` and ``PAGES`` (whose tab titles are Chinese sentences marked with ``N_``)."""

    PAGES: ClassVar[list[tuple[str, str, str]]] = []

    data_changed = Signal()

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("pageTabs")
        self.tabs.setDocumentMode(True)
        layout.addWidget(self.tabs)
        self._pages: dict[int, QWidget] = {}
        for _module, _name, _title in self.PAGES:
            holder = QWidget()
            holder_layout = QVBoxLayout(holder)
            holder_layout.setContentsMargins(0, 0, 0, 0)
            self.tabs.addTab(holder, "")
        self._retitle()
        self.tabs.currentChanged.connect(self.page)
        self.page(0)  # the first page is what opens: built now, filled when shown

    def page(self, index: int) -> QWidget | None:
        """The page of tab ``index``, built (its module imported) on first use."""
        if index < 0 or index >= len(self.PAGES):
            return None
        built = self._pages.get(index)
        if built is None:
            module, name, _title = self.PAGES[index]
            holder = self.tabs.widget(index)
            built = getattr(import_module(module), name)(self.context, holder)
            holder.layout().addWidget(built)
            built.show()  # at once, not when the layout next runs: a page fills itself when it is first shown
            self._pages[index] = built
            changed = getattr(built, "data_changed", None)
            if changed is not None:
                changed.connect(lambda page=built: self.notify_data_changed(page))
        return built

    def page_named(self, name: str) -> QWidget | None:
        """The page whose class is ``name`` (built if needed), for tests and for pages that hand work on."""
        for index, (_module, class_name, _title) in enumerate(self.PAGES):
            if class_name == name:
                return self.page(index)
        return None

    def show_page(self, name: str) -> QWidget | None:
        for index, (_module, class_name, _title) in enumerate(self.PAGES):
            if class_name == name:
                self.tabs.setCurrentIndex(index)
                return self.page(index)
        return None

    def built_pages(self) -> list[QWidget]:
        return [self._pages[i] for i in sorted(self._pages)]

    def notify_data_changed(self, source: QWidget | None = None) -> None:
        """The data changed: every built page but the one that changed it reads the store again."""
        if self.closed:
            return
        for built in self.built_pages():
            if built is not source:
                refresh = getattr(built, "refresh", None)
                if refresh is not None:
                    refresh()
        self.data_changed.emit()

    def _retitle(self) -> None:
        for index, (_module, _name, title) in enumerate(self.PAGES):
            self.tabs.setTabText(index, _(title))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retitle()
            self.title_changed.emit()
            self.status_changed.emit(self.status_note())
        super().changeEvent(event)

    # -- the shell's shared actions go to the first page (the holder list) -----------------------------------

    @property
    def holders(self) -> QWidget:
        first = self.page(0)
        assert first is not None
        return first

    def import_packages(self, paths: list[Path] | None = None) -> object:
        return self.holders.import_packages(paths)  # type: ignore[attr-defined]

    @property
    def last_import(self) -> object:
        return getattr(self.holders, "last_import", None)

    def help_html(self) -> str:
        return self.holders.help_html()  # type: ignore[attr-defined,no-any-return]

    def close_workspace(self) -> None:
        # A page that outlives the workspace (a language switch while the window closes) must read no more.
        for built in self.built_pages():
            if hasattr(built, "closed"):
                built.closed = True  # type: ignore[attr-defined]
        super().close_workspace()

    def focus_first(self) -> None:
        self.holders.setFocus()
