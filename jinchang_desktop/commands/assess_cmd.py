"""``jinchang-desktop assess``: the scorecard of a school table (or a workspace)."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from jinchang_desktop.i18n import msg
from jinchang_desktop.standards.catalogue import PROFILE_IDS


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("assess", help=msg("评估学校数据表或工作区").both())
    parser.add_argument("source", help=msg("学校数据表（CSV/XLSX）或工作区目录").both())
    parser.add_argument("--profile", choices=PROFILE_IDS, default=None,
                        help=msg("评估标准（默认 national；工作区使用其自身标准）").both())
    parser.add_argument("--json", action="store_true", help=msg("输出 JSON").both())
    parser.add_argument("--layer", choices=("declared", "verified"), default="declared",
                        help=msg("工作区：申报值，或督学核实值（无核实值处用申报值）").both())
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from jinchang_desktop.standards.numbers import collector_paused

    # The command builds one assessment that lives until it exits: between the steps that pause the collector
    # it would still walk all of it (seconds on a national table), and find nothing to free.
    with collector_paused():
        return _run(args)


def _run(args: argparse.Namespace) -> int:
    from jinchang_desktop.standards.assess import assess
    from jinchang_desktop.standards.catalogue import load_profile
    from jinchang_desktop.standards.table import read_table

    source = Path(args.source)
    if source.is_dir():
        from jinchang_desktop.commands.workspace_assess import assess_workspace

        assessment = assess_workspace(source, args.profile, layer=args.layer)
    else:
        profile = load_profile(args.profile or "national")
        assessment = assess(read_table(source), profile)
    if args.json:
        from jinchang_desktop.commands.workspace_assess import county_items_json, workspace_county_items
        from jinchang_desktop.standards.to_json import write_assessment_json

        items = workspace_county_items(source, assessment) if source.is_dir() else county_items_json(None, assessment)
        write_assessment_json(assessment, sys.stdout, county_items=items)
    else:
        from jinchang_desktop.reports.scorecard import format_scorecard

        print(format_scorecard(assessment))
    return 0
