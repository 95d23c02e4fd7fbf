"""``plan WORKSPACE``: the least-cost additions per school that make the county pass, verified by the engine."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from jinchang_desktop.errors import JcError
from jinchang_desktop.i18n import listing, msg


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("plan", help=msg("投入方案：以最低成本使全县达标").both())
    p.add_argument("workspace", type=Path, help=msg("县区工作区或学校数据表").both())
    p.add_argument("--costs", type=Path, default=None, help=msg("单价文件（TOML 或 CSV）").both())
    p.add_argument("--county", default=None, help=msg("县区（数据含多个县区时必填）").both())
    p.add_argument("--profile", choices=("national", "jinchang"), default=None)
    p.add_argument("--json", action="store_true", help=msg("输出 JSON").both())
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from jinchang_desktop.planning.costs import load_costs
    from jinchang_desktop.planning.plan import plan_county
    from jinchang_desktop.standards.catalogue import load_profile
    from jinchang_desktop.standards.validate import validate_records

    source: Path = args.workspace
    if source.is_dir():
        from jinchang_desktop.exchange.reports import county_records
        from jinchang_desktop.exchange.ws_profile import workspace_profile
        from jinchang_desktop.store.workspace import Workspace

        with Workspace.open(source) as ws:
            profile = load_profile(args.profile) if args.profile else workspace_profile(ws)
            records = county_records(ws)
    else:
        from jinchang_desktop.standards.table import read_table

        profile = load_profile(args.profile or "national")
        records = read_table(source)
    costs = load_costs(profile, args.costs)  # a bad cost file is refused before any work
    if not records:
        raise JcError(msg("没有学校数据"), file=str(source), rule="no-data")
    problems = validate_records(records, file=str(source))
    if problems:
        first = problems[0]
        raise JcError(first.text, file=str(source), row=first.row, column=first.column, rule=first.rule)
    counties = sorted({r.county for r in records})
    county = args.county or (counties[0] if len(counties) == 1 else None)
    if county is None or county not in counties:
        names = listing(counties)
        raise JcError(msg("请用 --county 指明县区：{counties}", counties=names), rule="usage")
    plan = plan_county(records, profile, costs, county)
    if args.json:
        json.dump(plan.to_json(), sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        from jinchang_desktop.planning.report import format_plan

        print(format_plan(plan, costs, records))
    return 0 if plan.all_pass else 1
