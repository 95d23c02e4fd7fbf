"""The problem ledger (问题台账) of a workspace: refresh from the data, plan, close; and its JSON.

Status comes from the data, closure from people:

- a finding that falls short and has no item yet becomes an ``open`` item, with the suggested owner of its
  indicator (``rules.owner``) and the default deadline (``rules.default_due``);
- after each refresh an ``open`` item whose figures now reach the threshold becomes ``ready`` (可销号);
- a ``ready`` or ``closed`` item whose figures fall short again becomes ``open`` (reopened);
- only a person closes (销号) an item, with a note, and only when the data shows it fixed (``ready``); an item
  added by hand has no figures, so a person closes it from ``open``.

Nothing is ever deleted. Plain functions on an open workspace, run on the writer's thread; ``progress`` and
``cancel`` are called from that thread.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import asdict
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from jinchang_desktop.errors import JcError
from jinchang_desktop.i18n import N_, msg
from jinchang_desktop.ledger.derive import (
    Finding,
    check_findings,
    county_item_findings,
    cv_findings,
    section_findings,
)
from jinchang_desktop.ledger.rules import LedgerRules, ledger_rules
from jinchang_desktop.standards.catalogue import Profile
from jinchang_desktop.store import ledger as store

if TYPE_CHECKING:
    from jinchang_desktop.store.workspace import Workspace

STATUSES = store.STATUSES
TRIGGERS_WITH_SNAPSHOT = ("import", "load")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def utc_today() -> date:
    return datetime.now(UTC).date()


# -- what the data says --------------------------------------------------------------------------------------


def workspace_findings(ws: Workspace, profile: Profile) -> list[Finding]:
    """Every judged figure of the workspace's own data: a school its sections and checks; a county also its CVs
    and declared county-wide items. A city keeps no ledger of its own (it reads its counties')."""
    from jinchang_desktop.commands.workspace_assess import assess_open_workspace

    if ws.role not in ("school", "county"):
        return []
    if ws.role == "school":
        from jinchang_desktop.exchange.reports import school_record

        if not school_record(ws).counted:  # a site merged into its parent school is judged with it, at the county
            return []
    assessment = assess_open_workspace(ws, profile, require_data=False)
    found: list[Finding] = []
    if assessment is not None:
        found += section_findings(assessment) + check_findings(assessment)
    if ws.role == "county":
        from jinchang_desktop.reports.county_items import county_item_values
        from jinchang_desktop.standards.county_items import item_rules

        if assessment is not None:
            found += [f for f in cv_findings(assessment) if f.county == ws.name]
        found += county_item_findings(ws.name, county_item_values(ws, ws.name), profile, item_rules().veto)
    return found


def plan_costs(ws: Workspace, profile: Profile, findings: list[Finding],
               cancel: Callable[[], bool] | None = None) -> dict[tuple[str, str], float]:
    """(school, indicator) → cost of the investment plan's addition for it, at the shipped unit costs.

    A shared facility of a through-school is one addition: its cost is given once (on the first section's item).
    Empty when the county has no section falling short, or no plan can be made.
    """
    if ws.role != "county" or not any(f.short and f.kind == "section" for f in findings):
        return {}
    from jinchang_desktop.exchange.reports import county_records
    from jinchang_desktop.planning.costs import load_costs
    from jinchang_desktop.planning.plan import lever_field, plan_county
    from jinchang_desktop.standards.catalogue import SECTIONS
    from jinchang_desktop.standards.plan import section_plan

    try:
        costs = load_costs(profile)
        plan = plan_county(county_records(ws), profile, costs, ws.name, cancel=cancel)
    except JcError:
        return {}
    lever = {lever_field(p): p.key for s in SECTIONS for p in section_plan(profile, s)}
    result: dict[tuple[str, str], float] = {}
    for code, additions in plan.additions.items():
        for name, amount in additions.items():
            key = lever.get(name)
            if key is not None:
                result[(code, key)] = costs[key].cost * float(amount)
    return result


# -- refresh ---------------------------------------------------------------------------------------------------


def _data_of(finding: Finding, cost: float | None) -> dict[str, Any]:
    return {"county": finding.county, "school_code": finding.school_code, "section": finding.section,
            "indicator": finding.indicator, "text": finding.text_zh, "gap": finding.gap,
            "gap_unit": finding.gap_unit_zh, "blocks_verdict": int(finding.blocks_verdict),
            "short": int(finding.short), "cost": cost}


def plan_refresh(rows: list[store.ItemRow], findings: list[Finding], rules: LedgerRules, profile: Profile,
                 today: date, costs: dict[tuple[str, str], float]
                 ) -> tuple[list[store.NewItem], list[store.ItemUpdate]]:
    """The new items and the changes a refresh makes (pure: the store applies them)."""
    by_key = {row.key: row for row in rows}
    due = rules.default_due(profile, today)
    due_text = due.isoformat() if due else None
    new_items: list[store.NewItem] = []
    updates: list[store.ItemUpdate] = []
    costed: set[tuple[str, str]] = set()
    for finding in findings:
        cost = None
        if finding.kind == "section" and finding.short and finding.school_code:
            pair = (finding.school_code, finding.indicator)
            if pair in costs and pair not in costed:
                cost = costs[pair]
                costed.add(pair)
        row = by_key.get(finding.key)
        data = _data_of(finding, cost)
        if row is None:
            if finding.short:
                owner = rules.owner("cv" if finding.kind == "cv" else finding.indicator)
                new_items.append(store.NewItem(
                    finding.key, "data", finding.county, finding.school_code, finding.section, finding.indicator,
                    finding.text_zh, finding.gap, finding.gap_unit_zh, int(finding.blocks_verdict), 1,
                    owner.department if owner else "", owner.basis if owner else "", due_text, 0, cost, "open"))
            continue
        status = row.status
        if finding.short and row.status in ("ready", "closed"):
            status = "open"  # fell short again: reopened
        elif not finding.short and row.status == "open":
            status = "ready"
        changed = {k: v for k, v in data.items() if getattr(row, k) != v}
        if changed or status != row.status or (not row.due_set and due_text and row.due != due_text):
            updates.append(store.ItemUpdate(row.id, changed, status if status != row.status else None, due_text))
    return new_items, updates


def refresh_ledger(ws: Workspace, *, trigger: str, today: date | None = None,
                   progress: Callable[[int, int], None] | None = None,
                   cancel: Callable[[], bool] | None = None) -> dict[str, Any]:
    """Bring the ledger in line with the data; returns the counts. Import and load call this when they finish.

    A snapshot of the counts is kept after every import or load, and after any other refresh that changed them.
    """
    from jinchang_desktop.exchange.ws_profile import workspace_profile

    today = today or utc_today()
    profile = workspace_profile(ws)
    if progress is not None:
        progress(0, 3)
    findings = workspace_findings(ws, profile)
    if progress is not None:
        progress(1, 3)
    costs = plan_costs(ws, profile, findings, cancel)
    if progress is not None:
        progress(2, 3)
    rows = store.items(ws.conn, ws.school_year)
    new_items, updates = plan_refresh(rows, findings, ledger_rules(), profile, today, costs)
    # The snapshot is of the ledger after the refresh: count from the rows as they will be.
    after = _after(rows, new_items, updates)
    counts = ledger_counts([item_json(r, today) for r in after])
    if ws.role == "city":
        counts = ledger_counts(city_items(ws, today))
    last = store.snapshots(ws.conn, ws.school_year)
    keep = trigger in TRIGGERS_WITH_SNAPSHOT or not last or last[-1][2] != counts
    if new_items or updates or keep:
        store.write_refresh(ws.conn, ws.school_year, new_items, updates, counts=counts if keep else None,
                            trigger=trigger, action="ledger")
    if progress is not None:
        progress(3, 3)
    return counts


def _after(rows: list[store.ItemRow], new_items: list[store.NewItem],
           updates: list[store.ItemUpdate]) -> list[store.ItemRow]:
    by_id = {u.id: u for u in updates}
    result = []
    for row in rows:
        update = by_id.get(row.id)
        if update is None:
            result.append(row)
            continue
        values = {**asdict(row), **update.data}
        if update.status:
            values["status"] = update.status
        if update.due and not row.due_set:
            values["due"] = update.due
        result.append(store.ItemRow(**values))
    for index, new in enumerate(new_items):
        result.append(store.ItemRow(id=-1 - index, school_year=0, measures="", close_note="", closed_at=None,
                                    created_at="", updated_at="", **asdict(new)))
    return result


# -- people's part ---------------------------------------------------------------------------------------------


def parse_due(text: str, profile: Profile, today: date | None = None) -> str:
    """A deadline typed as YYYY-MM-DD, no later than the next milestone of the profile (when it has targets)."""
    text = (text or "").strip()
    try:
        if not _ISO_DATE.fullmatch(text):
            raise ValueError(text)
        day = date.fromisoformat(text)
    except ValueError:
        raise JcError(msg("期限“{text}”不是 YYYY-MM-DD 格式的日期", text=text),
                      column="--due", rule="ledger-due") from None
    stone = ledger_rules().next_milestone(profile, today or utc_today())
    if stone is not None and day > stone.on:
        raise JcError(msg("期限 {day} 晚于下一个节点（{milestone} {on}），只能提前", day=day, milestone=stone.name,
                          on=stone.on), column="--due", rule="ledger-due")
    return day.isoformat()


# The option → what it says when empty, and when too long: whole sentences, so each language keeps its order.
_TEXT_RULES = {
    "--text": (N_("问题描述不能为空"), N_("问题描述不能超过 {limit} 字")),
    "--owner": (N_("责任单位不能为空"), N_("责任单位不能超过 {limit} 字")),
    "--measures": (N_("整改措施不能为空"), N_("整改措施不能超过 {limit} 字")),
    "--note": (N_("销号说明不能为空"), N_("销号说明不能超过 {limit} 字")),
}


def _text(value: str | None, column: str, *, required: bool) -> str | None:
    if value is None:
        return None
    value = value.strip()
    empty, too_long = _TEXT_RULES[column]
    if required and not value:
        raise JcError(msg(empty), column=column, rule="ledger-text")
    if len(value) > store.MAX_TEXT:
        raise JcError(msg(too_long, limit=store.MAX_TEXT), column=column, rule="ledger-text")
    return value


def _existing(ws: Workspace, item_id: object) -> store.ItemRow:
    number = str(item_id).strip()
    row = store.item(ws.conn, ws.school_year, int(number)) if number.isdigit() else None
    if row is None:
        raise JcError(msg("台账中没有编号为“{item_id}”的问题", item_id=item_id), column="ITEM",
                      rule="ledger-item")
    return row


def _own_ledger(ws: Workspace) -> None:
    if ws.role not in ("school", "county"):
        raise JcError(msg("市级工作区只查看各县区报送的台账，不能修改"), rule="role")


def add_item(ws: Workspace, *, school: str, text: str, owner: str | None = None, due: str | None = None,
             today: date | None = None) -> int:
    """A problem found on a visit: an open item of ``school`` that only a person can close."""
    from jinchang_desktop.exchange.ws_profile import workspace_profile
    from jinchang_desktop.store.declared import list_schools

    _own_ledger(ws)
    body = _text(text, "--text", required=True)
    owner_text = _text(owner, "--owner", required=True)
    due_text = parse_due(due, workspace_profile(ws), today) if due is not None else None
    code = (school or "").strip()
    known = {s.code: s for s in list_schools(ws.conn)}
    if code not in known:
        raise JcError(msg("本工作区没有标识码为“{code}”的学校", code=code), column="--school", rule="ledger-school")
    assert body is not None
    if due_text is None:
        default = ledger_rules().default_due(workspace_profile(ws), today or utc_today())
        due_text = default.isoformat() if default else None
    new = store.NewItem("", "hand", known[code].county, code, None, None, body, None, "", None, None,
                        owner_text or "", "set" if owner_text else "", due_text, int(due is not None), None, "open")
    return store.add_item(ws.conn, ws.school_year, new, action="ledger")


def set_item(ws: Workspace, item_id: object, *, owner: str | None = None, due: str | None = None,
             measures: str | None = None, today: date | None = None) -> int:
    from jinchang_desktop.exchange.ws_profile import workspace_profile

    _own_ledger(ws)
    owner_text = _text(owner, "--owner", required=True)
    measures_text = _text(measures, "--measures", required=False)
    due_text = parse_due(due, workspace_profile(ws), today) if due is not None else None
    if owner is None and due is None and measures is None:
        raise JcError(msg("请至少给出 --owner、--due 或 --measures 之一"), rule="usage")
    row = _existing(ws, item_id)
    return store.set_plan(ws.conn, ws.school_year, row.id, owner=owner_text, due=due_text, measures=measures_text,
                          action="ledger")


class StillShort(JcError):
    """Closing refused: the figures still fall short."""


def close_item(ws: Workspace, item_id: object, note: str, *, today: date | None = None) -> store.ItemRow:
    """销号: the data is read again first, so an item closes only if today's figures reach the threshold."""
    _own_ledger(ws)
    note_text = _text(note, "--note", required=True)
    assert note_text is not None
    row = _existing(ws, item_id)
    if row.status == "closed":
        raise JcError(msg("第 {id} 项已于 {closed_at} 销号", id=row.id, closed_at=row.closed_at),
                      column="ITEM", rule="ledger-closed")
    if row.origin == "data":
        refresh_ledger(ws, trigger="close", today=today)
        row = _existing(ws, row.id)
        if row.status != "ready":
            text = msg("第 {id} 项的数据仍未达标，不能销号：{text}", id=row.id, text=row.text) if row.gap is None else \
                msg("第 {id} 项的数据仍未达标，不能销号：{text}，还差 {gap:g} {unit}", id=row.id, text=row.text,
                    gap=row.gap, unit=row.gap_unit)
            raise StillShort(text, column="ITEM", rule="ledger-still-short")
    store.close(ws.conn, ws.school_year, row.id, note_text, action="ledger")
    closed = store.item(ws.conn, ws.school_year, row.id)
    assert closed is not None
    return closed


# -- reading ---------------------------------------------------------------------------------------------------


def is_overdue(row: store.ItemRow | dict[str, Any], today: date) -> bool:
    status = row["status"] if isinstance(row, dict) else row.status
    due = row["due"] if isinstance(row, dict) else row.due
    return bool(due) and status != "closed" and str(due) < today.isoformat()


def item_json(row: store.ItemRow, today: date) -> dict[str, Any]:
    """One item as ``ledger --json`` prints it (and a package carries it)."""
    return {
        "id": row.id, "school_code": row.school_code, "section": row.section, "indicator": row.indicator,
        "gap": row.gap, "blocks_verdict": None if row.blocks_verdict is None else bool(row.blocks_verdict),
        "owner": row.owner or None, "due": row.due, "measures": row.measures or None, "status": row.status,
        "overdue": is_overdue(row, today),
        "county": row.county or None, "origin": row.origin, "text": row.text, "gap_unit": row.gap_unit or None,
        "cost": row.cost, "owner_basis": row.owner_basis or None, "close_note": row.close_note or None,
        "closed_at": row.closed_at,
    }


def own_items(ws: Workspace, today: date | None = None) -> list[dict[str, Any]]:
    today = today or utc_today()
    return [item_json(row, today) for row in store.items(ws.conn, ws.school_year)]


def ledger_counts(items: list[dict[str, Any]]) -> dict[str, Any]:
    """Counts per status, per indicator and per department, and the overdue ones (what a snapshot keeps)."""
    counts: dict[str, Any] = {"status": dict.fromkeys(STATUSES, 0), "overdue": 0, "by_indicator": {},
                              "by_department": {}}
    for entry in items:
        status = entry["status"]
        counts["status"][status] += 1
        counts["overdue"] += int(bool(entry.get("overdue")))
        for group, name in (("by_indicator", entry.get("indicator") or "hand"),
                            ("by_department", entry.get("owner") or "")):
            bucket = counts[group].setdefault(name, {**dict.fromkeys(STATUSES, 0), "overdue": 0})
            bucket[status] += 1
            bucket["overdue"] += int(bool(entry.get("overdue")))
    return counts


def school_pages(items: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """一校一策: each school's items together, with their counts, the plan's cost and the earliest open deadline."""
    pages: dict[str, dict[str, Any]] = {}
    for entry in items:
        code = entry.get("school_code")
        if not code:
            continue
        page = pages.setdefault(code, {"items": [], **dict.fromkeys(STATUSES, 0), "overdue": 0, "cost": 0.0,
                                       "next_due": None})
        page["items"].append(entry["id"])
        page[entry["status"]] += 1
        page["overdue"] += int(bool(entry.get("overdue")))
        page["cost"] += float(entry.get("cost") or 0)
        if entry["status"] != "closed" and entry.get("due") and (page["next_due"] is None
                                                                 or entry["due"] < page["next_due"]):
            page["next_due"] = entry["due"]
    return dict(sorted(pages.items()))


def city_items(ws: Workspace, today: date | None = None) -> list[dict[str, Any]]:
    """The items of every county's latest ledger received, overdue judged on ``today``; ids ``<county code>-<id>``."""
    from jinchang_desktop.ledger.chain import latest_by_issuer

    today = today or utc_today()
    result = []
    for got in latest_by_issuer(store.received(ws.conn, ws.school_year), "county-report").values():
        for entry in got.body.get("items", []):
            result.append({**entry, "id": f"{got.issuer_code}-{entry['id']}",
                           "county": entry.get("county") or got.issuer_name,
                           "overdue": is_overdue(entry, today)})
    return result
