"""``county-items``: the county-wide items (STANDARD §5–§7) county staff declare, and the full scorecard."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from jinchang_desktop.errors import JcError
from jinchang_desktop.i18n import msg
from jinchang_desktop.text_rules import printable


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "county-items", help=msg("县域指标：录入与评分表").both(),
        description=msg("county-items WORKSPACE [--json] 列出评分表；county-items WORKSPACE set KEY=VALUE... "
                        "[--note TEXT] 录入（数字，或定性指标填 是/否；分学段指标写 KEY.primary / KEY.junior）").both())
    p.add_argument("workspace", type=Path)
    # Options may come before or after "set KEY=VALUE…": the rest is parsed by _options, intermixed.
    p.add_argument("rest", nargs=argparse.REMAINDER,
                   help="[set KEY=VALUE ...] [--note TEXT] [--county NAME] [--json]")
    p.set_defaults(func=run)


def _options() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="jinchang-desktop county-items WORKSPACE", exit_on_error=False)
    parser.add_argument("words", nargs="*", metavar="set KEY=VALUE")
    parser.add_argument("--note", default=None, help=msg("佐证说明").both())
    parser.add_argument("--county", default=None, help=msg("县区（市级工作区必填）").both())
    parser.add_argument("--json", action="store_true", help=msg("输出 JSON").both())
    return parser


def run(args: argparse.Namespace) -> int:
    from jinchang_desktop.store.workspace import Workspace

    try:
        options = _options().parse_intermixed_args(args.rest)
    except argparse.ArgumentError as exc:
        raise JcError(msg("参数有误：{exc}", exc=exc), rule="usage") from None
    args.note, args.county, args.json = options.note, options.county, options.json
    words = list(options.words)
    if words and words[0] != "set":
        raise JcError(msg("未知的操作“{words}”，应为 set", words=words[0]), rule="usage")
    with Workspace.open(args.workspace) as ws:
        if words:
            return _set(ws, words[1:], args)
        return _list(ws, args)


def _set(ws: object, assignments: list[str], args: argparse.Namespace) -> int:
    from jinchang_desktop.reports.county_items import own_county, set_county_items_text

    values = set_county_items_text(ws, assignments, note=args.note, county=args.county)  # type: ignore[arg-type]
    county = own_county(ws, args.county)  # type: ignore[arg-type]
    print(printable(msg("已保存 {county} 的 {count} 项县域指标", county=county, count=len(values)).both()))
    return 0


def _list(ws: object, args: argparse.Namespace) -> int:
    from jinchang_desktop.commands.workspace_assess import assess_open_workspace
    from jinchang_desktop.exchange.ws_profile import workspace_profile
    from jinchang_desktop.reports.county_items import (
        county_item_notes,
        county_item_values,
        county_scorecard,
        format_scorecard_rows,
        own_county,
    )
    from jinchang_desktop.store.workspace import Workspace

    assert isinstance(ws, Workspace)
    county = own_county(ws, args.county)
    profile = workspace_profile(ws)
    values = county_item_values(ws, county)
    notes = county_item_notes(ws, county)
    assessment = assess_open_workspace(ws, profile, require_data=False)
    rows = county_scorecard(profile, values, assessment, county)
    if args.json:
        document = {
            "county": county, "school_year": ws.school_year, "profile": profile.id,
            "items": [{"key": k, "value": v, "note": notes.get(k, "")} for k, v in sorted(values.items())],
            "scorecard": [row.to_json() for row in rows],
        }
        json.dump(document, sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
        return 0
    counts = {status: sum(1 for r in rows if r.status == status) for status in ("met", "not_met", "no_data")}
    print(f"{county} {ws.school_year} 学年 县域评分表（{profile.name_zh}）：达标 {counts['met']}，"
          f"未达标 {counts['not_met']}，无数据 {counts['no_data']}")
    print(format_scorecard_rows(rows, notes))
    return 0
