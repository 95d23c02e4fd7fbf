"""The inspector's site visit: ``inspect-pack`` (county), ``verify-value`` and ``visit-report`` (inspector)."""
from __future__ import annotations

import argparse
from pathlib import Path

from jinchang_desktop.i18n import msg
from jinchang_desktop.text_rules import printable


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("inspect-pack", help=msg("导出督学核查包").both())
    p.add_argument("workspace", type=Path)
    p.add_argument("--schools", nargs="+", required=True, metavar="CODE", help=msg("要核查的学校").both())
    p.add_argument("--inspector-key", type=Path, default=None,
                   help=msg("督学的密钥注册申请（核查包只给此督学）").both())
    p.add_argument("-o", "--output", type=Path, required=True)
    p.set_defaults(func=run_inspect_pack)

    p = subparsers.add_parser("verify-value", help=msg("记录实地核实值").both())
    p.add_argument("workspace", type=Path)
    p.add_argument("--school", required=True)
    p.add_argument("values", nargs="+", metavar="FIELD=VALUE")
    p.add_argument("--note", default=None, help=msg("核查说明").both())
    p.add_argument("--attach", type=Path, default=None, help=msg("佐证文件（照片、台账扫描）").both())
    p.set_defaults(func=run_verify_value)

    p = subparsers.add_parser("visit-report", help=msg("导出学校实地核查记录（PDF）").both())
    p.add_argument("workspace", type=Path)
    p.add_argument("--school", required=True)
    p.add_argument("-o", "--output", type=Path, required=True)
    p.set_defaults(func=run_visit_report)


def run_inspect_pack(args: argparse.Namespace) -> int:
    from jinchang_desktop.inspection.pack import export_pack
    from jinchang_desktop.store.workspace import Workspace

    with Workspace.open(args.workspace) as ws:
        package = export_pack(ws, list(args.schools), args.output, inspector_key=args.inspector_key)
    print(printable(msg("已导出核查包：{path}", path=args.output).both()))
    print(f"{msg('序号 {sequence}', sequence=package.sequence).both()}  manifest SHA-256 {package.manifest_sha256}")
    return 0


def run_verify_value(args: argparse.Namespace) -> int:
    from jinchang_desktop.inspection.visit import parse_assignments, verify_values
    from jinchang_desktop.store.workspace import Workspace

    with Workspace.open(args.workspace) as ws:
        values: dict[str, object] = dict(parse_assignments(list(args.values)))
        recorded = verify_values(ws, args.school, values, note=args.note, attach=args.attach)
    print(printable(msg("已记录：{school} {fields}", school=args.school, fields=", ".join(recorded.fields)).both()))
    if recorded.attachment is not None:
        print(f"{msg('附件 SHA-256').both()} {recorded.attachment.sha256}")
    return 0


def run_visit_report(args: argparse.Namespace) -> int:
    from jinchang_desktop.inspection.visit import build_visit_report
    from jinchang_desktop.reports.visit_report import write_visit_report
    from jinchang_desktop.store.workspace import Workspace

    with Workspace.open(args.workspace) as ws:
        report = build_visit_report(ws, args.school)
    write_visit_report(report, args.output)
    print(printable(msg("已导出核查记录：{path}", path=args.output).both()))
    return 0
