"""``check`` and ``explain``: may a school's report be exported, and the written explanation a warning needs."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("check", help="导出前检查：错误与需说明的提示 / may the report be exported, and why not")
    p.add_argument("workspace", type=Path)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=run_check)

    p = subparsers.add_parser("explain", help="为某项提示填写说明 / record the explanation for a field's warning")
    p.add_argument("workspace", type=Path)
    p.add_argument("field", help="字段键名（如 equipment_value_yuan）或名称 / field key or label")
    p.add_argument("text", help="说明；空字符串删除说明 / the explanation; an empty one removes it")
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

    for finding in check.errors:
        print(f"错误 / error    {label(finding.field)}\n    {finding.note.zh}\n    {finding.note.en}")
    for finding in check.warnings:
        state = f"已说明 / explained: {finding.explanation}" if finding.explained else "未说明 / not explained"
        print(f"提示 / warning  {label(finding.field)}\n    {finding.note.zh}\n    {finding.note.en}\n    {state}")
    if check.allowed:
        print(f"可以导出 / export allowed ({len(check.warnings)} 项提示均已说明 / warnings all explained)")
        return 0
    print(f"不能导出 / export refused: {len(check.errors)} 处错误 / errors, {len(check.unexplained)} 项提示未说明 / "
          f"warnings not explained")
    if check.unexplained:
        print("说明方法 / to explain: jinchang-desktop explain WORKSPACE FIELD TEXT")
    return 1


def run_explain(args: argparse.Namespace) -> int:
    from jinchang_desktop.exchange.readiness import explain
    from jinchang_desktop.store.workspace import Workspace

    with Workspace.open(args.workspace) as ws:
        key = explain(ws, args.field, args.text)
    if args.text.strip():
        print(f"已记录说明 / explanation recorded: {key}")
    else:
        print(f"已删除说明 / explanation removed: {key}")
    return 0
