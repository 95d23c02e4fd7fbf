"""The city's view: tabs whose pages come from ``CITY_PAGES`` (see ``tabbed``), the counties and their keys
first."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from jinchang_desktop.gui.views.tabbed import TabbedView

# (module, class name, tab title in Chinese — marked for the translation scan, translated in context "CityView")
CITY_PAGES: list[tuple[str, str, str]] = [
    ("jinchang_desktop.gui.city.counties_page", "CountiesPage", QT_TRANSLATE_NOOP("CityView", "县区与密钥")),
    ("jinchang_desktop.gui.county.triage_page", "TriagePage", QT_TRANSLATE_NOOP("CityView", "导入分拣")),
    ("jinchang_desktop.gui.city.comparison_page", "ComparisonPage", QT_TRANSLATE_NOOP("CityView", "县区对比")),
    ("jinchang_desktop.gui.city.ledger_page", "LedgerPage", QT_TRANSLATE_NOOP("CityView", "问题台账")),
]


class CityView(TabbedView):
    role = "city"
    can_import = True
    PAGES = CITY_PAGES
    CONTEXT = "CityView"

    def window_title(self) -> str:
        return self.tr("{name} · 市级工作区 · 金昌义务教育优质均衡").format(name=self.info.name)
