"""Items come from the engine: every shortfall of a worked county is an item, with the engine's gap."""
from __future__ import annotations

import re
from datetime import date

from jinchang_desktop.commands.workspace_assess import assess_open_workspace
from jinchang_desktop.exchange.ws_profile import workspace_profile
from jinchang_desktop.ledger.book import own_items, refresh_ledger
from jinchang_desktop.ledger.rules import ledger_rules
from jinchang_desktop.reports.county_items import set_county_items_text
from jinchang_desktop.standards.catalogue import load_profile
from jinchang_desktop.store.workspace import Workspace

TODAY = date(2026, 3, 1)


def engine_shortfalls(ws: Workspace) -> dict[tuple[str | None, str, str], tuple[float | None, bool]]:
    """(school, section, indicator) → (gap to the threshold, section compliant), read off the engine directly."""
    assessment = assess_open_workspace(ws)
    assert assessment is not None
    found: dict[tuple[str | None, str, str], tuple[float | None, bool]] = {}
    for school in assessment.schools:
        for section, result in school.sections.items():
            for key, item in result.indicators.items():
                if not item.reached:
                    assert item.gap is not None
                    found[(school.record.code, section, key)] = (item.gap.to_threshold, result.compliant)
    for county, sections in assessment.counties.items():
        for section, summary in sections.items():
            for key, cv in summary.cv.items():
                if county == ws.name and not cv.ok:
                    found[(None, section, key)] = (None, False)
    return found


def test_items_equal_the_engines_shortfalls(county: Workspace) -> None:
    refresh_ledger(county, trigger="load", today=TODAY)
    items = own_items(county, TODAY)
    expected = engine_shortfalls(county)
    assert expected, "the demo county must fall short somewhere for this test to mean anything"
    resource_keys = {i.key for i in workspace_profile(county).resource_indicators}
    got = {(i["school_code"], i["section"], i["indicator"]): i for i in items
           if i["indicator"] in resource_keys and i["origin"] == "data"}
    assert set(got) == set(expected)
    for key, (gap, compliant) in expected.items():
        item = got[key]
        assert item["status"] == "open"
        if key[0] is not None:  # a section item: the gauge's amount, and blocking only where the section fails
            assert item["gap"] == gap
            assert item["blocks_verdict"] is (not compliant)
        else:  # a CV item: county-wide, blocking
            assert item["blocks_verdict"] is True


def test_items_name_the_plans_responsible_unit(county: Workspace) -> None:
    refresh_ledger(county, trigger="load", today=TODAY)
    rules = ledger_rules()
    for item in own_items(county, TODAY):
        task = rules.tasks[rules.indicator_task[item["indicator"]]]
        assert item["owner"] == task.units[0]
        assert item["owner_basis"] == f"JC 任务{task.number}"


def test_every_indicator_has_a_task_and_agrees_with_the_catalogue_clause() -> None:
    rules = ledger_rules()
    profile = load_profile("jinchang")
    for key, indicator in profile.indicators.items():
        assert key in rules.indicator_task, key
        cited = re.findall(r"JC 任务(\d+)", indicator.clause)
        if len(cited) == 1:  # where the standard's own clause names one task, the ledger uses that task
            assert rules.indicator_task[key] == int(cited[0]), key


def test_county_items_not_met_become_items_and_ready_when_met(county: Workspace) -> None:
    set_county_items_text(county, ["quota_allocation=55", "group_schooling=100"])
    refresh_ledger(county, trigger="view", today=TODAY)
    quota = [i for i in own_items(county, TODAY) if i["indicator"] == "quota_allocation"]
    assert len(quota) == 1 and quota[0]["status"] == "open"
    assert quota[0]["gap"] == 5  # JC 任务6: 60%, declared 55%
    assert quota[0]["school_code"] is None and quota[0]["owner"] == "市教育局"
    assert not [i for i in own_items(county, TODAY) if i["indicator"] == "group_schooling"]  # met: no item
    set_county_items_text(county, ["quota_allocation=60"])
    refresh_ledger(county, trigger="view", today=TODAY)
    assert [i["status"] for i in own_items(county, TODAY) if i["indicator"] == "quota_allocation"] == ["ready"]


def test_default_deadline_counts_back_from_the_next_milestone(county: Workspace) -> None:
    refresh_ledger(county, trigger="load", today=TODAY)
    assert {i["due"] for i in own_items(county, TODAY)} == {"2027-06-30"}
    rules = ledger_rules()
    jinchang, national = load_profile("jinchang"), load_profile("national")
    assert rules.default_due(jinchang, date(2028, 1, 1)) == date(2028, 6, 30)  # after the provincial one
    assert rules.default_due(national, TODAY) is None  # no targets in the national profile


def test_a_refresh_without_change_keeps_no_new_snapshot(county: Workspace) -> None:
    from jinchang_desktop.store.ledger import snapshots

    refresh_ledger(county, trigger="load", today=TODAY)
    refresh_ledger(county, trigger="view", today=TODAY)
    refresh_ledger(county, trigger="view", today=TODAY)
    kept = snapshots(county.conn, county.school_year)
    assert [trigger for _, trigger, _ in kept] == ["load"]
    assert kept[0][2]["status"]["open"] == len(own_items(county, TODAY))


def test_one_school_one_plan_pages(county: Workspace) -> None:
    from jinchang_desktop.ledger.book import school_pages

    refresh_ledger(county, trigger="load", today=TODAY)
    items = own_items(county, TODAY)
    pages = school_pages(items)
    assert sum(len(p["items"]) for p in pages.values()) == sum(1 for i in items if i["school_code"])
    for code, page in pages.items():
        mine = [i for i in items if i["school_code"] == code]
        assert page["open"] == len(mine)  # nothing fixed yet
        assert page["cost"] == sum(i["cost"] or 0 for i in mine)
        assert page["next_due"] == "2027-06-30"
