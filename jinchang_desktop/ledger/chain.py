"""The ledger up the chain: what a package carries, what the receiver keeps, and what the city sees.

A school's report carries the school's ledger, a county's report the county's, as the optional ``ledger`` key of
the payload (docs/package-format.md §7). The receiver keeps each ledger as it came (``store.ledger.keep_received``)
in the same savepoint as the package; the city reads every county's latest one and compares its counts with the
county's earlier packages (the progress report the plan asks for).
"""
from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from jinchang_desktop.errors import JcError
from jinchang_desktop.i18n import Msg, msg
from jinchang_desktop.store import ledger as store

if TYPE_CHECKING:
    from jinchang_desktop.packages.format import VerifiedPackage
    from jinchang_desktop.store.workspace import Workspace

LEDGER_VERSION = 1
_TEXT_OR_NULL = ("school_code", "section", "indicator", "owner", "due", "measures", "county")


def ledger_payload(ws: Workspace, today: date | None = None) -> dict[str, Any] | None:
    """The ``ledger`` value of the workspace's report payload; None for a workspace that keeps no ledger."""
    from jinchang_desktop.ledger.book import ledger_counts, own_items, utc_today

    if ws.role not in ("school", "county"):
        return None
    today = today or utc_today()
    items = own_items(ws, today)
    return {"ledger_version": LEDGER_VERSION, "as_of": today.isoformat(), "items": items,
            "counts": ledger_counts(items)}


def check_ledger(value: Any, *, file: str, entry: str) -> dict[str, Any]:
    """A received ``ledger`` value, checked before it is kept; a JcError names the package and the entry."""
    def refuse(reason: Msg) -> JcError:
        return JcError(msg("台账格式不对：{reason}", reason=reason), file=file, column=f"{entry}:ledger",
                       rule="payload-ledger")

    if not isinstance(value, dict) or value.get("ledger_version") != LEDGER_VERSION:
        raise refuse(msg("不是对象或版本不受支持"))
    items = value.get("items")
    if not isinstance(items, list):
        raise refuse(msg("缺少 items 列表"))
    for number, entry_value in enumerate(items, 1):
        if not isinstance(entry_value, dict):
            raise refuse(msg("第 {number} 项不是对象", number=number))
        if not isinstance(entry_value.get("id"), int) or isinstance(entry_value.get("id"), bool):
            raise refuse(msg("第 {number} 项缺少整数编号", number=number))
        if entry_value.get("status") not in store.STATUSES:
            raise refuse(msg("第 {number} 项的状态不对", number=number))
        for key in _TEXT_OR_NULL:
            if not isinstance(entry_value.get(key), (str, type(None))):
                raise refuse(msg("第 {number} 项的 {key} 应为文本或 null", number=number, key=key))
        if not isinstance(entry_value.get("overdue", False), bool):
            raise refuse(msg("第 {number} 项的 overdue 应为 true/false", number=number))
    if not isinstance(value.get("counts", {}), dict):
        raise refuse(msg("counts 应为对象"))
    return value


def keep_package_ledger(conn: Any, package: VerifiedPackage, ledger: dict[str, Any] | None) -> None:
    """Called by import, inside the accepted package's savepoint: keep the ledger it carried, if any."""
    if ledger is None:
        return
    store.keep_received(conn, manifest_sha256=package.manifest_sha256, kind=package.kind,
                        issuer_code=package.issuer.code, issuer_name=package.issuer.name,
                        school_year=package.school_year, sequence=package.sequence, created=package.created,
                        body=ledger)


def latest_by_issuer(received: list[store.Received], kind: str) -> dict[str, store.Received]:
    latest: dict[str, store.Received] = {}
    for got in received:
        if got.kind == kind and (got.issuer_code not in latest or got.sequence > latest[got.issuer_code].sequence):
            latest[got.issuer_code] = got
    return latest


def _moved(now: dict[str, Any], before: dict[str, Any]) -> dict[str, int]:
    keys = ("open", "ready", "closed")
    moved = {k: int(now.get("status", {}).get(k, 0)) - int(before.get("status", {}).get(k, 0)) for k in keys}
    moved["overdue"] = int(now.get("overdue", 0)) - int(before.get("overdue", 0))
    return moved


def city_summary(ws: Workspace, today: date | None = None) -> dict[str, Any]:
    """Per county: the counts of its latest ledger (overdue judged today), and how they moved since each earlier
    package of the same county (latest minus earlier, per status)."""
    from jinchang_desktop.ledger.book import is_overdue, ledger_counts, utc_today

    today = today or utc_today()
    all_received = store.received(ws.conn, ws.school_year)
    counties: dict[str, Any] = {}
    for code, got in sorted(latest_by_issuer(all_received, "county-report").items()):
        items = [{**e, "overdue": is_overdue(e, today)} for e in got.body.get("items", [])]
        counts = ledger_counts(items)
        earlier = [r for r in all_received if r.issuer_code == code and r.kind == got.kind
                   and r.sequence < got.sequence]
        counties[code] = {
            "name": got.issuer_name, "sequence": got.sequence, "as_of": got.body.get("as_of"), "counts": counts,
            "since": [{"sequence": r.sequence, "as_of": r.body.get("as_of"), "manifest_sha256": r.manifest_sha256,
                       "moved": _moved(got.body.get("counts", {}), r.body.get("counts", {}))} for r in earlier],
        }
    return counties


def schools_reported(ws: Workspace) -> dict[str, Any]:
    """At a county: each school's latest ledger as its package carried it (sequence, date, counts)."""
    latest = latest_by_issuer(store.received(ws.conn, ws.school_year), "school-report")
    return {code: {"name": got.issuer_name, "sequence": got.sequence, "as_of": got.body.get("as_of"),
                   "counts": got.body.get("counts", {})} for code, got in sorted(latest.items())}
