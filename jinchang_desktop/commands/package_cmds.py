"""``verify`` and ``import``: checking packages, and the county's daily import."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from jinchang_desktop.errors import JcError
from jinchang_desktop.i18n import msg
from jinchang_desktop.text_rules import printable


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("verify", help="校验数据包的签名与完整性 / verify a package")
    p.add_argument("file", type=Path)
    p.add_argument("--workspace", type=Path, default=None, help="同时检查密钥是否受信任 / also check trust")
    p.set_defaults(func=run_verify)

    p = subparsers.add_parser("import", help="导入数据包 / import packages")
    p.add_argument("workspace", type=Path)
    p.add_argument("paths", type=Path, nargs="+", help="数据包文件或文件夹 / package files or folders")
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
    print(printable(f"签名与校验值有效 / signature and hashes hold: {args.file}"))
    print(printable(f"  {package.kind}  {issuer.role} {issuer.code} {issuer.name}  学年 {package.school_year}  "
                    f"序号 {package.sequence}（名称为签名者自述 / names as the signer gives them）"))
    print(f"  密钥指纹 / key fingerprint {package.fingerprint}  manifest SHA-256 {package.manifest_sha256}")
    if args.workspace is None:
        return 0
    from jinchang_desktop.store.keys import key_record
    from jinchang_desktop.store.workspace import Workspace

    with Workspace.open(args.workspace) as ws:
        if package.key_id == ws.keypair.key_id:
            print("  受信任：本工作区自己的密钥 / trusted: this workspace's own key")
            return 0
        record = key_record(ws.conn, package.key_id)
    if record is None or record.status != "enrolled" or record.holder_code != issuer.code:
        state = "未注册 / not enrolled" if record is None else (
            "已吊销 / revoked" if record.status == "revoked" else f"注册给 {record.holder_code} / enrolled for another")
        error = JcError(msg("密钥在此工作区不受信任（{state}）", state=state),
                        file=str(args.file), rule="trust")
        print(printable(error.message()), file=sys.stderr)
        return 1
    print(printable(f"  受信任：已注册给 {record.holder_code} {record.holder_name} / trusted: enrolled for "
                    f"{record.holder_code}"))
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
                line += "\n    有提示未附说明 / warnings without an explanation"
            for warning in entry.warnings:
                message: dict = warning["message"]  # type: ignore[assignment]
                said = f"说明 / explanation: {warning['explanation']}" if warning["explained"] else \
                    "未说明 / not explained"
                line += f"\n    提示 / warning {warning['field']}: {message['zh']} / {message['en']}\n      {said}"
            if entry.requests:
                line += (f"\n    学校申请修改 {entry.requests} 项身份信息，待审核（requests 命令）/ the school asks to "
                         f"change {entry.requests} identity field(s): see the requests command")
            print(printable(line))
        counts = ", ".join(f"{cls} {report.count(cls)}" for cls in CLASSES if report.count(cls))
        print(f"共 {len(report.entries)} 个文件 / {len(report.entries)} files: {counts}")
        flagged = sum(1 for e in report.entries if e.flag)
        if flagged:
            print(f"其中 {flagged} 个数据包有提示未附说明 / {flagged} packages have warnings without an explanation")
    return 0 if report.all_fine else 1
