"""What a person decides after import: identity change requests, held forks; and what a school or any workspace
can check: its report chain against the county's, and the database file itself."""
from __future__ import annotations

import argparse
from pathlib import Path

from jinchang_desktop.i18n import Msg, msg
from jinchang_desktop.text_rules import printable


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("requests", help=msg("学校申请的身份变更：列出、接受或拒绝").both())
    p.add_argument("workspace", type=Path)
    group = p.add_mutually_exclusive_group()
    group.add_argument("--accept", type=int, metavar="ID", help=msg("接受此申请").both())
    group.add_argument("--refuse", type=int, metavar="ID", help=msg("拒绝此申请").both())
    p.set_defaults(func=run_requests)

    p = subparsers.add_parser("forks", help=msg("版本冲突：列出或处理").both())
    p.add_argument("workspace", type=Path)
    group = p.add_mutually_exclusive_group()
    group.add_argument("--take", metavar="SHA", help=msg("接收被搁置的版本").both())
    group.add_argument("--keep", metavar="SHA", help=msg("保留已接收的版本").both())
    p.set_defaults(func=run_forks)

    p = subparsers.add_parser("chain", help=msg("本机报告链与县区所收是否一致").both())
    p.add_argument("workspace", type=Path)
    p.set_defaults(func=run_chain)

    p = subparsers.add_parser("integrity", help=msg("检查数据库文件是否完好").both())
    p.add_argument("workspace", type=Path)
    p.set_defaults(func=run_integrity)


def run_requests(args: argparse.Namespace) -> int:
    from jinchang_desktop.store.identity_requests import FIELDS, decide_request, open_requests
    from jinchang_desktop.store.workspace import Workspace

    with Workspace.open(args.workspace) as ws:
        if args.accept is not None or args.refuse is not None:
            accept = args.accept is not None
            decided = decide_request(ws.conn, args.accept if accept else args.refuse, accept=accept)
            word = msg("已接受") if accept else msg("已拒绝")
            print(printable(f"{word.both()}: {decided.id} {decided.school_code} {decided.field} "
                            f"{decided.current!r} → {decided.requested!r}"))
            return 0
        pending = open_requests(ws.conn)
        for request in pending:
            label = FIELDS[request.field].both("/") if request.field in FIELDS else request.field
            print(printable(f"{request.id:>5}  {request.school_code}  {label}: {request.current!r} → "
                            f"{request.requested!r}  ({request.received_at}, pkg {request.manifest_sha256[:16]})"))
        print(msg("待审核 {count} 项", count=len(pending)).both())
    return 0


def run_forks(args: argparse.Namespace) -> int:
    from jinchang_desktop.exchange.settle import held_forks, settle_fork
    from jinchang_desktop.store.workspace import Workspace

    with Workspace.open(args.workspace) as ws:
        if args.take or args.keep:
            settled = settle_fork(ws, args.take or args.keep, take_held=bool(args.take))
            if settled.took_held:
                took = msg("已接收被搁置的版本，取代 {count} 个", count=len(settled.superseded))
                print(f"{took.both()}: {settled.held.manifest_sha256}")
            else:
                print(f"{msg('已保留原版本，拒收').both()} {settled.held.manifest_sha256}")
            return 0
        forks = held_forks(ws)
        for held in forks:
            print(printable(f"{held.manifest_sha256[:16]}  {held.issuer_code}  #{held.sequence}  {held.file_name}  "
                            f"{held.reason}"))
        print(msg("版本冲突 {count} 个", count=len(forks)).both())
    return 0


def run_chain(args: argparse.Namespace) -> int:
    from jinchang_desktop.exchange.export import chain_status
    from jinchang_desktop.store.workspace import Workspace

    with Workspace.open(args.workspace) as ws:
        status = chain_status(ws)
    sent: Msg | str = f"#{status.sent[0]} {status.sent[1][:16]}" if status.sent else msg("无")
    received: Msg | str = f"#{status.received[0]} {status.received[1][:16]}" if status.received else msg("未知")
    print(msg("本机最后导出：{sent}", sent=sent).both())
    print(msg("上级最后接收（据最新名册）：{received}", received=received).both())
    if status.behind:
        print(msg("本机记录落后于上级（可能恢复过备份）：下次导出将接续上级所收的版本").both())
        return 1
    return 0


def run_integrity(args: argparse.Namespace) -> int:
    from jinchang_desktop.store.db import check_integrity
    from jinchang_desktop.store.workspace import Workspace

    with Workspace.open(args.workspace) as ws:
        check_integrity(ws.conn, ws.db_path)
    print(printable(msg("数据库完好：{path}", path=args.workspace).both()))
    return 0
