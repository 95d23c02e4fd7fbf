"""The command line. With no command it opens the desktop app; commands never import Qt."""
from __future__ import annotations

import argparse
import gc
import importlib
import sqlite3
import sys
from collections.abc import Sequence
from pathlib import Path

from jinchang_desktop import __version__
from jinchang_desktop.commands import COMMAND_MODULES
from jinchang_desktop.errors import JcError
from jinchang_desktop.i18n import Msg, msg
from jinchang_desktop.portable import apply_portable_environment

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2


def _add_gui_options(parser: argparse.ArgumentParser, *, helps: bool = True) -> None:
    """The options of the desktop app itself (no command); ``helps=False`` for a parser that never prints help,
    so starting the app does not render (nor load the English of) texts nobody reads."""

    def shown(text: Msg) -> str | None:
        return text.both() if helps else None

    parser.add_argument("--version", action="version", version=f"jinchang-desktop {__version__}")
    parser.add_argument("--demo", nargs="?", const="school", default=None, choices=("school", "county", "city"),
                        help=shown(msg("在演示工作区的临时副本上打开程序（默认学校；county 县区、city 市级）")))
    parser.add_argument("--workspace", dest="gui_workspace", type=Path, default=None, metavar="PATH",
                        help=shown(msg("打开此工作区（默认在用户数据目录中）")))
    parser.add_argument("--exit-after-startup", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--exit-after-first-paint", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--lang", choices=("zh", "en"), default=None, help=shown(msg("界面语言")))
    parser.add_argument("--self-check", action="store_true",
                        help=shown(msg("检查本机安装是否完好，每项一行，全部通过时退出码为 0")))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="jinchang-desktop",
        description=msg("金昌市义务教育优质均衡评估（离线）").both(),
    )
    _add_gui_options(parser)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(f"jinchang_desktop.commands.{name}").register(subparsers)
    return parser


def _gui_arguments(argv: list[str]) -> argparse.Namespace | None:
    """The app's options when ``argv`` names no command, else None.

    Building the full parser imports every command module; the desktop app starts without paying for that.
    Anything this small parser does not know (a command, ``--help``, a bad value) goes to the full parser.
    """
    parser = argparse.ArgumentParser(prog="jinchang-desktop", add_help=False, exit_on_error=False)
    _add_gui_options(parser, helps=False)
    try:
        args, rest = parser.parse_known_args(argv)
    except argparse.ArgumentError:
        return None
    return None if rest else args


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    apply_portable_environment()  # a bundle on a USB stick with portable.txt keeps its caches on the stick
    gui = _gui_arguments(arguments)
    if gui is not None and gui.self_check:
        from jinchang_desktop.self_check import main as self_check

        return self_check()
    if gui is not None:
        # Start-up allocates a great many objects that all stay alive (modules, classes, widgets); the collector's
        # passes over them find nothing to free. run_gui turns it back on once the first screen is up.
        gc.disable()
        from jinchang_desktop.gui.launch import run_gui  # Qt is imported only here

        return run_gui(demo=gui.demo, exit_after_startup=gui.exit_after_startup, lang=gui.lang,
                       workspace=gui.gui_workspace, exit_after_first_paint=gui.exit_after_first_paint)
    parser = build_parser()
    args = parser.parse_args(arguments)
    if args.command is None:  # e.g. an option spelled differently from the small parser's
        parser.print_usage(sys.stderr)
        return EXIT_USAGE
    from jinchang_desktop.text_rules import printable

    try:
        return int(args.func(args))
    except JcError as exc:
        # Messages quote names and file names from outside: never let a control character reach the terminal.
        print(printable(exc.message()), file=sys.stderr)
        return EXIT_USAGE
    except OSError as exc:  # a full disk, a pulled USB stick, a read-only folder
        error = JcError(msg("文件操作失败：{value}", value=exc.strerror or exc), file=exc.filename, rule="io")
        print(printable(error.message()), file=sys.stderr)
        return EXIT_USAGE
    except sqlite3.Error as exc:  # a database failing outside a workspace's own handling
        from jinchang_desktop.store.failures import store_error

        print(printable(store_error(exc, Path("workspace.sqlite3")).message()), file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print(msg("已取消").both(), file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
