"""``ledger``: the problem ledger (问题台账) — list, add, plan, close (销号) and export to Excel."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jinchang_desktop.errors import JcError
from jinchang_desktop.i18n import Msg, listing, msg
from jinchang_desktop.text_rules import printable

if TYPE_CHECKING:
    from jinchang_desktop.store.workspace import Workspace

ACTIONS = ("close", "add", "set", "export")
STATUS_ZH = {"open": "未整改", "ready": "可销号", "closed": "已销号"}


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "ledger", help=msg("问题台账：列出、新增、整改计划、销号、导出").both(),
        description=msg("ledger WORKSPACE [--json] 列出；ledger WORKSPACE close ITEM --note TEXT 销号；"
                        "ledger WORKSPACE add --school CODE --text TEXT [--owner DEPT] [--due YYYY-MM-DD] 新增；"
                        "ledger WORKSPACE set ITEM [--owner DEPT] [--due YYYY-MM-DD] [--measures TEXT] 计划；"
                        "ledger WORKSPACE export -o FILE.xlsx 导出").both())
    p.add_argument("workspace", type=Path)
    p.add_argument("rest", nargs=argparse.REMAINDER, help="[close|add|set|export ...] [options]")
    p.set_defaults(func=run)


def _options() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="jinchang-desktop ledger WORKSPACE", exit_on_error=False)
    parser.add_argument("words", nargs="*", metavar="ACTION [ITEM]")
    parser.add_argument("--json", action="store_true", help=msg("输出 JSON").both())
    parser.add_argument("--note", default=None, help=msg("销号说明").both())
    parser.add_argument("--school", default=None, help=msg("学校标识码").both())
    parser.add_argument("--text", default=None, help=msg("问题描述").both())
    parser.add_argument("--owner", default=None, help=msg("责任单位").both())
    parser.add_argument("--due", default=None, help=msg("整改期限 YYYY-MM-DD").both())
    parser.add_argument("--measures", default=None, help=msg("整改措施").both())
    parser.add_argument("-o", "--output", type=Path, default=None, help=msg("Excel 文件").both())
    return parser


def _usage(text: Msg) -> JcError:
    return JcError(text, rule="usage")


def run(args: argparse.Namespace) -> int:
    from jinchang_desktop.store.workspace import Workspace

    try:
        options = _options().parse_intermixed_args(args.rest)
    except argparse.ArgumentError as exc:
        raise _usage(msg("参数有误：{exc}", exc=exc)) from None
    words = list(options.words)
    action = words[0] if words else ""
    if action and action not in ACTIONS:
        raise _usage(msg("未知的操作“{action}”，可选：{actions}", action=action,
                         actions=listing(ACTIONS)))
    wants_item = action in ("close", "set")
    if len(words) != (2 if wants_item else 1 if action else 0):
        raise _usage(msg("“{value}”的参数个数不对", value=action or "ledger"))
    with Workspace.open(args.workspace) as ws:
        if action == "close":
            return _close(ws, words[1], options.note)
        if action == "add":
            return _add(ws, options)
        if action == "set":
            return _set(ws, words[1], options)
        if action == "export":
            return _export(ws, options.output)
        return _list(ws, options.json)


def refresh_after(ws: Workspace, trigger: str) -> None:
    """Called where import and load finish: bring the ledger in line with the data just taken in.

    The import or load itself has succeeded by then; a ledger that cannot be refreshed (data that cannot be
    assessed yet) is reported, not turned into a failure of the import.
    """
    from jinchang_desktop.ledger.book import refresh_ledger

    try:
        refresh_ledger(ws, trigger=trigger)
    except JcError as exc:
        # The whole refusal (where, which rule), in each language after the sentence of that language.
        reason = exc.whole
        print(printable(msg("问题台账未更新：{reason}", reason=reason).both("\n")), file=sys.stderr)


def _close(ws: Workspace, item: str, note: str | None) -> int:
    from jinchang_desktop.ledger.book import StillShort, close_item

    if note is None:
        raise JcError(msg("销号需要说明（--note）"), column="--note", rule="ledger-text")
    try:
        row = close_item(ws, item, note)
    except StillShort as exc:
        print(printable(exc.message()), file=sys.stderr)
        return 1
    print(printable(f"{msg('已销号：第 {item} 项', item=row.id).both()}  {row.text}"))
    return 0


def _add(ws: Workspace, options: argparse.Namespace) -> int:
    from jinchang_desktop.ledger.book import add_item

    if options.school is None or options.text is None:
        raise _usage(msg("新增问题需要 --school 和 --text"))
    item_id = add_item(ws, school=options.school, text=options.text, owner=options.owner, due=options.due)
    print(msg("已登记：第 {item} 项", item=item_id).both())
    return 0


def _set(ws: Workspace, item: str, options: argparse.Namespace) -> int:
    from jinchang_desktop.ledger.book import set_item

    changed = set_item(ws, item, owner=options.owner, due=options.due, measures=options.measures)
    print(printable(msg("已更新 {count} 处：第 {item} 项", count=changed, item=item).both()))
    return 0


def _export(ws: Workspace, output: Path | None) -> int:
    from jinchang_desktop.ledger.book import refresh_ledger
    from jinchang_desktop.reports.ledger_excel import export_ledger

    if output is None:
        raise _usage(msg("导出需要 -o FILE.xlsx"))
    if ws.role != "city":
        refresh_ledger(ws, trigger="view")
    sheets = export_ledger(ws, output)
    print(printable(msg("已导出问题台账：{path}（{sheets} 张工作表）", path=output, sheets=sheets).both()))
    return 0


def _ordered(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    order = {"open": 0, "ready": 1, "closed": 2}
    return sorted(items, key=lambda i: (not i["overdue"], order[i["status"]], i["due"] or "9999",
                                        i.get("county") or "", int(str(i["id"]).rsplit("-", 1)[-1])))


def _list(ws: Workspace, as_json: bool) -> int:
    from jinchang_desktop.exchange.ws_profile import workspace_profile
    from jinchang_desktop.ledger.book import (
        city_items,
        ledger_counts,
        own_items,
        refresh_ledger,
        school_pages,
        utc_today,
    )
    from jinchang_desktop.ledger.chain import city_summary, schools_reported
    from jinchang_desktop.ledger.rules import ledger_rules
    from jinchang_desktop.store.ledger import snapshots

    today = utc_today()
    if ws.role == "city":
        items = city_items(ws, today)
        document: dict[str, Any] = {"items": items, "counties": city_summary(ws, today)}
    else:
        refresh_ledger(ws, trigger="view", today=today)
        items = own_items(ws, today)
        document = {"items": items}
        if ws.role == "county":
            document["schools_reported"] = schools_reported(ws)
    stone = ledger_rules().next_milestone(workspace_profile(ws), today)
    document["counts"] = ledger_counts(items)
    document["schools"] = school_pages(items) if ws.role != "city" else {}
    document["next_milestone"] = None if stone is None else {
        "key": stone.key, "date": stone.on.isoformat(), "days_left": (stone.on - today).days}
    document["snapshots"] = [{"at": at, "trigger": trigger, "counts": counts}
                             for at, trigger, counts in snapshots(ws.conn, ws.school_year)]
    if as_json:
        json.dump(document, sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
        return 0
    counts = document["counts"]
    head = "、".join(f"{STATUS_ZH[s]} {n}" for s, n in counts["status"].items())
    print(f"{ws.name} {ws.school_year} 学年 问题台账：{head}，逾期 {counts['overdue']}")
    if stone is not None:
        print(f"距{stone.name_zh}（{stone.on}）还有 {(stone.on - today).days} 天")
    for code, county in document.get("counties", {}).items():
        status = county["counts"]["status"]
        line = (f"  {county['name']}（{code}，第 {county['sequence']} 次报送）：未整改 {status['open']}、可销号 "
                f"{status['ready']}、已销号 {status['closed']}，逾期 {county['counts']['overdue']}")
        if county["since"]:
            moved = county["since"][-1]["moved"]
            line += (f"；较第 {county['since'][-1]['sequence']} 次：未整改 {moved['open']:+d}、可销号 "
                     f"{moved['ready']:+d}、已销号 {moved['closed']:+d}")
        print(line)
    for entry in _ordered(items):
        late = "【逾期】" if entry["overdue"] else ""
        print(f"{str(entry['id']):>8} {STATUS_ZH[entry['status']]} {late}{entry.get('text') or ''}  "
              f"责任：{entry.get('owner') or '—'}  期限：{entry.get('due') or '—'}")
    return 0
