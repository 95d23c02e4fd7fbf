"""The county's view: tabs whose pages come from ``COUNTY_PAGES`` (see ``tabbed``), the schools and their keys
first."""
from __future__ import annotations

from jinchang_desktop.gui.views.tabbed import TabbedView
from jinchang_desktop.i18n import N_, _

# (module, class name, tab title in Chinese — marked for the translation scan, translated when shown)
COUNTY_PAGES: list[tuple[str, str, str]] = [
    ("jinchang_desktop.gui.county.roster_page", "RosterPage", N_("学校与密钥")),
    ("jinchang_desktop.gui.county.triage_page", "TriagePage", N_("导入分拣")),
    ("jinchang_desktop.gui.county.dashboard_page", "DashboardPage", N_("达标总览")),
    ("jinchang_desktop.gui.county.whatif_page", "WhatIfPage", N_("假设推演")),
    ("jinchang_desktop.gui.county.plan_page", "PlanPage", N_("投入方案")),
    ("jinchang_desktop.gui.county.items_page", "CountyItemsPage", N_("县域指标")),
    ("jinchang_desktop.gui.county.ledger_page", "LedgerPage", N_("问题台账")),
    ("jinchang_desktop.gui.county.inspection_page", "InspectionPage", N_("督学核查")),
]


class CountyView(TabbedView):
    role = "county"
    can_import = True
    PAGES = COUNTY_PAGES

    def window_title(self) -> str:
        return _("{name} · 县区工作区 · 金昌义务教育优质均衡").format(name=self.info.name)
