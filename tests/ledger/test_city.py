"""The city sees every county's ledger as its packages carried it: counts that match the counties' own ledgers,
by status, indicator and department, and how they moved since each earlier package."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from jinchang_desktop.exchange.importer import import_packages
from jinchang_desktop.exchange.load import load_table
from jinchang_desktop.exchange.reports import export_report
from jinchang_desktop.ledger.book import add_item, city_items, close_item, ledger_counts, own_items, refresh_ledger
from jinchang_desktop.ledger.chain import city_summary
from jinchang_desktop.store.workspace import Workspace
from tests.exchange.helpers import FINE, TABLE, YEAR, cli, enrol_school, new_county

TODAY = date(2026, 3, 1)


def test_city_counts_match_the_counties(tmp_path: Path) -> None:
    city = Workspace.create(tmp_path / "city", role="city", code="6203", name="金昌市", profile_id="jinchang",
                            school_year=YEAR)
    yongchang = new_county(tmp_path / "yongchang", profile="jinchang")
    jinchuan = new_county(tmp_path / "jinchuan", code="620302", name="金川区", profile="jinchang")
    for county in (yongchang, jinchuan):
        load_table(county, TABLE)
        refresh_ledger(county, trigger="load", today=TODAY)
        enrol_school(city, county, tmp_path)
    school = own_items(yongchang, TODAY)[0]["school_code"] or "2162100001"
    visit = add_item(yongchang, school=school, text="校门口交通安全隐患", owner="市教育局", due="2026-02-01",
                     today=TODAY)
    export_report(yongchang, tmp_path / "yc1.jcpkg")
    export_report(jinchuan, tmp_path / "jc1.jcpkg")
    import_packages(city, [tmp_path / "yc1.jcpkg", tmp_path / "jc1.jcpkg"])

    summary = city_summary(city, TODAY)
    for county in (yongchang, jinchuan):
        own = ledger_counts(own_items(county, TODAY))
        seen = summary[county.code]["counts"]
        assert seen == own  # status, overdue, by indicator and by department
        assert summary[county.code]["since"] == []
    assert summary[yongchang.code]["counts"]["overdue"] == 1  # the visit item was due on 2026-02-01
    everything = city_items(city, TODAY)
    assert len(everything) == len(own_items(yongchang, TODAY)) + len(own_items(jinchuan, TODAY))
    assert f"{yongchang.code}-{visit}" in {i["id"] for i in everything}

    close_item(yongchang, visit, "已设置减速带和护栏", today=TODAY)  # a hand item: a person judges it
    export_report(yongchang, tmp_path / "yc2.jcpkg")
    import_packages(city, [tmp_path / "yc2.jcpkg"])
    moved = city_summary(city, TODAY)[yongchang.code]
    assert moved["sequence"] == 2
    assert [s["sequence"] for s in moved["since"]] == [1]
    assert moved["since"][0]["moved"]["closed"] == 1 and moved["since"][0]["moved"]["open"] == -1
    for ws in (city, yongchang, jinchuan):
        ws.close()

    done = cli("ledger", tmp_path / "city", "--json")
    assert done.returncode == FINE, done.stderr
    document = json.loads(done.stdout)
    assert set(document["counties"]) == {"620321", "620302"}
    assert document["counts"]["status"]["closed"] == 1
    assert all(i["county"] in ("永昌县", "金川区") for i in document["items"])
    text = cli("ledger", tmp_path / "city")
    assert text.returncode == FINE and "永昌县（620321，第 2 次报送）" in text.stdout and "已销号 +1" in text.stdout
    refused = cli("ledger", tmp_path / "city", "add", "--school", school, "--text", "x")
    assert refused.returncode == 2 and "市级" in refused.stderr and "city" in refused.stderr
