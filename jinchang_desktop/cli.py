"""The command line. With no command it opens the desktop app; commands never import Qt."""
from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from jinchang_desktop import __version__
from jinchang_desktop.commands import COMMAND_MODULES
from jinchang_desktop.errors import JcError

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="jinchang-desktop",
        description="金昌市义务教育优质均衡评估（离线）/ Jinchang compulsory-education balance assessment",
    )
    parser.add_argument("--version", action="version", version=f"jinchang-desktop {__version__}")
    parser.add_argument("--demo", action="store_true", help="在演示工作区的临时副本上打开程序 / open on a demo copy")
    parser.add_argument("--exit-after-startup", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--lang", choices=("zh", "en"), default=None, help="界面语言 / interface language")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(f"jinchang_desktop.commands.{name}").register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from jinchang_desktop.gui.launch import run_gui  # Qt is imported only here

        return run_gui(demo=args.demo, exit_after_startup=args.exit_after_startup, lang=args.lang)
    try:
        return int(args.func(args))
    except JcError as exc:
        print(exc.message(), file=sys.stderr)
        return EXIT_USAGE
    except OSError as exc:  # a full disk, a pulled USB stick, a read-only folder
        error = JcError(f"文件操作失败：{exc.strerror or exc}", f"a file operation failed: {exc.strerror or exc}",
                        file=exc.filename, rule="io")
        print(error.message(), file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("已取消 / cancelled", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
