"""``verify`` and ``import``: checking packages, and the county's daily import."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from jinchang_desktop.errors import JcError
from jinchang_desktop.i18n import fixed, msg
from jinchang_desktop.text_rules import printable


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("verify", help=msg("校验数据包的签名与完整性").both())
    p.add_argument("file", type=Path)
    p.add_argument("--workspace", type=Path, default=None, help=msg("同时检查密钥是否受信任").both())
    p.set_defaults(func=run_verify)

    p = subparsers.add_parser("import", help=msg("导入数据包").both())
    p.add_argument("workspace", type=Path)
    p.add_argument("paths", type=Path, nargs="+", help=msg("数据包文件或文件夹").both())
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=run_import)


def run_verify(args: argparse.Namespace) -> int:
    from jinchang_desktop.packages.format import PackageError, read_package

    try:
        package = read_package(args.file)
    except PackageError as exc:  # a refused package, not a usage error
        print(printable(exc.message()), file=sys.stderr)
        return 1
    issuer = package.issuer
    # The signature proves who holds the key, not that the names inside are true: they are the signer's claim.
    print(printable(msg("签名与校验值有效：{path}", path=args.file).both()))
    claim = msg("学年 {year}  序号 {sequence}（名称为签名者自述）", year=package.school_year, sequence=package.sequence)
    print(printable(f"  {package.kind}  {issuer.role} {issuer.code} {issuer.name}  {claim.both()}"))
    print(f"  {msg('密钥指纹').both()} {package.fingerprint}  manifest SHA-256 {package.manifest_sha256}")
    if args.workspace is None:
        return 0
    from jinchang_desktop.store.keys import key_record
    from jinchang_desktop.store.workspace import Workspace

    with Workspace.open(args.workspace) as ws:
        if package.key_id == ws.keypair.key_id:
            print(f"  {msg('受信任：本工作区自己的密钥').both()}")
            return 0
        record = key_record(ws.conn, package.key_id)
    if record is None or record.status != "enrolled" or record.holder_code != issuer.code:
        state = msg("未注册") if record is None else (
            msg("已吊销") if record.status == "revoked" else msg("注册给 {holder}", holder=record.holder_code))
        error = JcError(msg("密钥在此工作区不受信任（{state}）", state=state), file=str(args.file), rule="trust")
        print(printable(error.message()), file=sys.stderr)
        return 1
    trusted = msg("受信任：已注册给 {holder} {name}", holder=record.holder_code, name=record.holder_name)
    print(printable(f"  {trusted.both()}"))
    return 0


def run_import(args: argparse.Namespace) -> int:
    from jinchang_desktop.commands.ledger_cmd import refresh_after
    from jinchang_desktop.exchange.classes import CLASSES, LABELS_ZH
    from jinchang_desktop.exchange.importer import import_packages
    from jinchang_desktop.store.workspace import Workspace

    with Workspace.open(args.workspace) as ws:
        report = import_packages(ws, args.paths)
        refresh_after(ws, "import")
    if args.json:
        json.dump(report.to_json(), sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        for entry in report.entries:
            line = f"{LABELS_ZH[entry.cls]:<16} {entry.cls:<14} {entry.file}"
            if entry.cls != "accepted" and entry.zh:
                line += f"\n    {entry.zh}\n    {entry.en}"
            if entry.flag:
                line += f"\n    {msg('有提示未附说明').both()}"
            for warning in entry.warnings:
                message: dict = warning["message"]  # type: ignore[assignment]
                note = fixed(message["zh"], message["en"])  # as the package carries it
                said = (f"{msg('已说明').both()}: {warning['explanation']}" if warning["explained"]
                        else msg("未说明").both())
                line += f"\n    {msg('提示').both()} {warning['field']}: {note.both()}\n      {said}"
            if entry.requests:
                asks = msg("学校申请修改 {count} 项身份信息，待审核（requests 命令）", count=entry.requests)
                line += f"\n    {asks.both()}"
            print(printable(line))
        counts = ", ".join(f"{cls} {report.count(cls)}" for cls in CLASSES if report.count(cls))
        print(f"{msg('共 {count} 个文件', count=len(report.entries)).both()}: {counts}")
        flagged = sum(1 for e in report.entries if e.flag)
        if flagged:
            print(msg("其中 {count} 个数据包有提示未附说明", count=flagged).both())
    return 0 if report.all_fine else 1
