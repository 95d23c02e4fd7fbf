"""The city's view: tabs whose pages come from ``CITY_PAGES`` (see ``tabbed``), the counties and their keys
first."""
from __future__ import annotations

from jinchang_desktop.gui.views.tabbed import TabbedView
from jinchang_desktop.i18n import N_, _

# (module, class name, tab title in Chinese — marked for the translation scan, translated when shown)
CITY_PAGES: list[tuple[str, str, str]] = [
    ("jinchang_desktop.gui.city.counties_page", "CountiesPage", N_("县区与密钥")),
    ("jinchang_desktop.gui.county.triage_page", "TriagePage", N_("导入分拣")),
    ("jinchang_desktop.gui.city.comparison_page", "ComparisonPage", N_("县区对比")),
    ("jinchang_desktop.gui.city.ledger_page", "LedgerPage", N_("问题台账")),
]


class CityView(TabbedView):
    role = "city"
    can_import = True
    PAGES = CITY_PAGES

    def window_title(self) -> str:
        return _("{name} · 市级工作区 · 金昌义务教育优质均衡").format(name=self.info.name)
