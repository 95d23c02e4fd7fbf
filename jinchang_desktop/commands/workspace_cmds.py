"""Workspace commands: init, load, export, enrolment, rosters, revoke. County IT staff script these."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from jinchang_desktop.common import ROLES
from jinchang_desktop.errors import JcError
from jinchang_desktop.i18n import msg
from jinchang_desktop.text_rules import printable


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("init", help=msg("新建工作区").both())
    p.add_argument("workspace", type=Path)
    p.add_argument("--role", required=True, choices=ROLES)
    p.add_argument("--code", required=True, help=msg("学校/县区/市标识码").both())
    p.add_argument("--name", required=True)
    p.add_argument("--county", default="", help=msg("所属县区（学校必填）").both())
    p.add_argument("--type", dest="school_type", default="", help=msg("学校类型（学校）").both())
    p.add_argument("--profile", choices=("national", "jinchang"), default="national")
    p.add_argument("--year", type=int, default=None, help=msg("学年，默认当前学年").both())
    p.set_defaults(func=run_init)

    p = subparsers.add_parser("load", help=msg("从学校数据表载入数据").both())
    p.add_argument("workspace", type=Path)
    p.add_argument("table", type=Path)
    p.set_defaults(func=run_load)

    p = subparsers.add_parser("export", help=msg("导出签名数据包").both())
    p.add_argument("workspace", type=Path)
    p.add_argument("-o", "--output", type=Path, required=True)
    p.set_defaults(func=run_export)

    p = subparsers.add_parser("enrol-request", help=msg("导出密钥注册申请").both())
    p.add_argument("workspace", type=Path)
    p.add_argument("-o", "--output", type=Path, required=True)
    p.set_defaults(func=run_enrol_request)

    p = subparsers.add_parser("enrol", help=msg("核对指纹后注册密钥").both())
    p.add_argument("workspace", type=Path)
    p.add_argument("file", type=Path)
    p.add_argument("--fingerprint", default=None,
                   help=msg("电话中核对的指纹；不给时在终端询问").both())
    p.add_argument("--code", default=None,
                   help=msg("以此正式标识码注册（申请中的代码为临时代码时）").both())
    p.add_argument("--replace", action="store_true",
                   help=msg("替换该校在用的密钥（换了电脑）").both())
    p.set_defaults(func=run_enrol)

    p = subparsers.add_parser("revoke", help=msg("吊销密钥").both())
    p.add_argument("workspace", type=Path)
    p.add_argument("key", help=msg("密钥标识或指纹").both())
    p.set_defaults(func=run_revoke)

    p = subparsers.add_parser("roster-export", help=msg("导出签名名册").both())
    p.add_argument("workspace", type=Path)
    p.add_argument("-o", "--output", type=Path, required=True)
    p.set_defaults(func=run_roster_export)

    p = subparsers.add_parser("roster-import", help=msg("导入县区名册").both())
    p.add_argument("workspace", type=Path)
    p.add_argument("file", type=Path)
    p.add_argument("--fingerprint", default=None,
                   help=msg("首次导入时电话核对的县区密钥指纹").both())
    p.set_defaults(func=run_roster_import)


def run_init(args: argparse.Namespace) -> int:
    from jinchang_desktop.school_year import current_school_year
    from jinchang_desktop.store.workspace import Workspace

    if args.role in ("school", "inspector") and not args.county:
        needs = msg("学校工作区需要 --county（所属县区）") if args.role == "school" else \
            msg("督学工作区需要 --county（所属县区）")
        raise JcError(needs, rule="usage")
    if args.school_type:
        from jinchang_desktop.standards.fields import field_catalogue

        school_type = field_catalogue().school_type_by_name(args.school_type)
        if school_type is None:
            raise JcError(msg("未知的学校类型“{school_type}”", school_type=args.school_type), rule="school-type")
        args.school_type = school_type.key
    with Workspace.create(args.workspace, role=args.role, code=args.code, name=args.name, county=args.county,
                          profile_id=args.profile, school_year=args.year or current_school_year()) as ws:
        if args.school_type and args.role == "school":
            from jinchang_desktop.store.declared import upsert_school

            upsert_school(ws.conn, ws.code, name=ws.name, county=ws.county, school_type=args.school_type,
                          source="self", action="init")
        print(printable(msg("已创建工作区：{path}", path=ws.path).both()))
        print(f"{msg('密钥指纹').both()}: {ws.keypair.fingerprint}")
    return 0


def run_load(args: argparse.Namespace) -> int:
    from jinchang_desktop.commands.ledger_cmd import refresh_after
    from jinchang_desktop.exchange.load import load_table
    from jinchang_desktop.store.workspace import Workspace

    with Workspace.open(args.workspace) as ws:
        result = load_table(ws, args.table)
        refresh_after(ws, "load")
    print(msg("已载入 {schools} 所学校，{changed} 项数据有变化", schools=result.schools,
              changed=result.values_changed).both())
    return 0


def run_export(args: argparse.Namespace) -> int:
    from jinchang_desktop.exchange.reports import ExportBlocked, export_report
    from jinchang_desktop.store.workspace import Workspace

    with Workspace.open(args.workspace) as ws:
        try:
            package = export_report(ws, args.output)
        except ExportBlocked as blocked:  # refused as `check` refuses: nothing written, every reason listed
            print(f"{msg('不能导出').both()} ({len(blocked.problems)}):", file=sys.stderr)
            for problem in blocked.problems:
                print(printable(f"  {problem.message_zh()}\n  {problem.message_en()}"), file=sys.stderr)
            return 1
    print(printable(msg("已导出并校验：{path}", path=args.output).both()))
    print(f"{msg('序号 {sequence}', sequence=package.sequence).both()}  manifest SHA-256 {package.manifest_sha256}")
    return 0


def run_enrol_request(args: argparse.Namespace) -> int:
    from jinchang_desktop.exchange.trust import export_enrol_request
    from jinchang_desktop.store.workspace import Workspace

    with Workspace.open(args.workspace) as ws:
        export_enrol_request(ws, args.output)
        print(printable(msg("已导出注册申请：{path}", path=args.output).both()))
        print(f"{msg('请电话告知上级此指纹').both()}: {ws.keypair.fingerprint}")
    return 0


def run_enrol(args: argparse.Namespace) -> int:
    from jinchang_desktop.exchange.trust import enrol, read_enrol_request
    from jinchang_desktop.store.workspace import Workspace

    request = read_enrol_request(args.file)
    fingerprint = args.fingerprint
    if fingerprint is None:
        print(printable(f"{msg('申请者').both()}: {request.code} {request.name}（{request.role}）"))
        print(f"{msg('文件中的指纹').both()}: {request.fingerprint}")
        if not sys.stdin.isatty():
            raise JcError(msg("请用 --fingerprint 给出电话核对的指纹"), rule="usage")
        fingerprint = input(f"{msg('请输入对方电话中读出的指纹').both()}: ")
    with Workspace.open(args.workspace) as ws:
        enrol(ws, args.file, confirmed_fingerprint=fingerprint, code=args.code, replace=args.replace)
    print(printable(f"{msg('已注册').both()}: {request.code} {request.name}  {request.fingerprint}"))
    return 0


def run_revoke(args: argparse.Namespace) -> int:
    from jinchang_desktop.exchange.trust import revoke
    from jinchang_desktop.store.workspace import Workspace

    with Workspace.open(args.workspace) as ws:
        record = revoke(ws, args.key)
    print(printable(f"{msg('已吊销').both()}: {record.holder_code} {record.fingerprint} ({record.key_id})"))
    return 0


def run_roster_export(args: argparse.Namespace) -> int:
    from jinchang_desktop.exchange.trust import export_roster
    from jinchang_desktop.store.workspace import Workspace

    with Workspace.open(args.workspace) as ws:
        export_roster(ws, args.output)
    print(printable(msg("已导出名册：{path}", path=args.output).both()))
    return 0


def run_roster_import(args: argparse.Namespace) -> int:
    from jinchang_desktop.exchange.trust import import_roster
    from jinchang_desktop.store.keys import keys_of
    from jinchang_desktop.store.workspace import Workspace

    with Workspace.open(args.workspace) as ws:
        fingerprint = args.fingerprint
        pinned = any(k.status == "enrolled" for k in keys_of(ws.conn))
        if not pinned and fingerprint is None:
            # The first roster pins the county's key: like enrolment, only after a person has compared it.
            if not sys.stdin.isatty():
                raise JcError(msg("首次导入名册需用 --fingerprint 给出电话核对的县区密钥指纹"), file=str(args.file),
                              rule="fingerprint")
            fingerprint = input(f"{msg('请输入县区电话中读出的密钥指纹').both()}: ")
        try:
            result = import_roster(ws, args.file, confirmed_fingerprint=fingerprint or None)
        except JcError as exc:  # a refused roster is a refused package: exit 1, nothing changed
            print(printable(exc.message()), file=sys.stderr)
            return 1
    print(msg("已导入名册：标识码 {code}，评估标准 {profile}，县区密钥指纹 {fingerprint}", code=result.official_code,
              profile=result.profile_id, fingerprint=result.county_fingerprint).both())
    return 0
