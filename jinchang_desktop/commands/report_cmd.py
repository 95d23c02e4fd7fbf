"""``jinchang-desktop report WORKSPACE -o FILE.xlsx|FILE.pdf [--year YEAR]``: the inspection tables or the summary."""
from __future__ import annotations

import argparse
from pathlib import Path

from jinchang_desktop.errors import JcError
from jinchang_desktop.i18n import msg
from jinchang_desktop.text_rules import printable


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "report",
        help=msg("导出督导申报表（Excel）或县域汇总（PDF）").both())
    parser.add_argument("workspace", type=Path, help=msg("县区或市级工作区目录").both())
    parser.add_argument("-o", "--output", type=Path, required=True,
                        help=msg("输出文件：.xlsx 为表Ⅰ–表Ⅵ，.pdf 为汇总与图表").both())
    parser.add_argument("--year", type=int, default=None, help=msg("学年（默认为工作区当前学年）").both())
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from jinchang_desktop.reports.build import write_report

    out: Path = args.output
    if out.suffix.lower() not in (".xlsx", ".pdf"):
        raise JcError(msg("输出文件应为 .xlsx 或 .pdf"), file=str(out), rule="format")
    if out.exists():
        raise JcError(msg("输出文件已存在，不会覆盖"), file=str(out), rule="no-overwrite")
    write_report(args.workspace, out, school_year=args.year)
    print(printable(msg("已写入：{path}", path=out).both()))
    return 0
