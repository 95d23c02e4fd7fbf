"""``check`` and ``explain``: may a school's report be exported, and the written explanation a warning needs."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from jinchang_desktop.i18n import Msg, msg
from jinchang_desktop.text_rules import printable

if TYPE_CHECKING:
    from jinchang_desktop.standards.review import Finding


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("check", help=msg("导出前检查：错误与需说明的提示").both())
    p.add_argument("workspace", type=Path)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=run_check)

    p = subparsers.add_parser("explain", help=msg("为某项提示填写说明").both())
    p.add_argument("workspace", type=Path)
    p.add_argument("field", help=msg("字段键名（如 equipment_value_yuan）或名称").both())
    p.add_argument("text", help=msg("说明；空字符串删除说明").both())
    p.set_defaults(func=run_explain)


def run_check(args: argparse.Namespace) -> int:
    from jinchang_desktop.exchange.readiness import workspace_check
    from jinchang_desktop.standards.fields import field_catalogue
    from jinchang_desktop.store.workspace import Workspace

    with Workspace.open(args.workspace) as ws:
        check = workspace_check(ws)
    if args.json:
        json.dump(check.to_json(), sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
        return 0 if check.allowed else 1
    fields = field_catalogue().fields

    def label(key: str) -> str:
        spec = fields.get(key)
        return f"{spec.label_zh} / {spec.label_en} ({key})" if spec else "—"

    def shown(head: Msg, finding: Finding) -> str:
        return f"{head.both():<14}{label(finding.field)}\n    {finding.note.zh}\n    {finding.note.en}"

    for finding in check.errors:
        print(printable(shown(msg("错误"), finding)))
    for finding in check.warnings:
        state = f"{msg('已说明').both()}: {finding.explanation}" if finding.explained else msg("未说明").both()
        print(printable(f"{shown(msg('提示'), finding)}\n    {state}"))
    if check.allowed:
        print(msg("可以导出（{count} 项提示均已说明）", count=len(check.warnings)).both())
        return 0
    counted = msg("{errors} 处错误，{unexplained} 项提示未说明", errors=len(check.errors),
                  unexplained=len(check.unexplained))
    print(f"{msg('不能导出').both()}: {counted.both()}")
    if check.unexplained:
        print(f"{msg('说明方法').both()}: jinchang-desktop explain WORKSPACE FIELD TEXT")
    return 1


def run_explain(args: argparse.Namespace) -> int:
    from jinchang_desktop.exchange.readiness import explain
    from jinchang_desktop.store.workspace import Workspace

    with Workspace.open(args.workspace) as ws:
        key = explain(ws, args.field, args.text)
    if args.text.strip():
        print(printable(msg("已记录说明：{field}", field=key).both()))
    else:
        print(printable(msg("已删除说明：{field}", field=key).both()))
    return 0
