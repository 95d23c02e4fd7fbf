"""The county's view: tabs whose pages come from ``COUNTY_PAGES`` (see ``tabbed``), the schools and their keys
first."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from jinchang_desktop.gui.views.tabbed import TabbedView

# (module, class name, tab title in Chinese — marked for the translation scan, translated in context "CountyView")
COUNTY_PAGES: list[tuple[str, str, str]] = [
    ("jinchang_desktop.gui.county.roster_page", "RosterPage", QT_TRANSLATE_NOOP("CountyView", "学校与密钥")),
    ("jinchang_desktop.gui.county.triage_page", "TriagePage", QT_TRANSLATE_NOOP("CountyView", "导入分拣")),
    ("jinchang_desktop.gui.county.dashboard_page", "DashboardPage", QT_TRANSLATE_NOOP("CountyView", "达标总览")),
    ("jinchang_desktop.gui.county.whatif_page", "WhatIfPage", QT_TRANSLATE_NOOP("CountyView", "假设推演")),
    ("jinchang_desktop.gui.county.plan_page", "PlanPage", QT_TRANSLATE_NOOP("CountyView", "投入方案")),
    ("jinchang_desktop.gui.county.items_page", "CountyItemsPage", QT_TRANSLATE_NOOP("CountyView", "县域指标")),
    ("jinchang_desktop.gui.county.ledger_page", "LedgerPage", QT_TRANSLATE_NOOP("CountyView", "问题台账")),
    ("jinchang_desktop.gui.county.inspection_page", "InspectionPage", QT_TRANSLATE_NOOP("CountyView", "督学核查")),
]


class CountyView(TabbedView):
    role = "county"
    can_import = True
    PAGES = COUNTY_PAGES
    CONTEXT = "CountyView"

    def window_title(self) -> str:
        return self.tr("{name} · 县区工作区 · 金昌义务教育优质均衡").format(name=self.info.name)
