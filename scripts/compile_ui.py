"""Compile the Designer forms ui/*.ui into jinchang_desktop/gui/forms/ui_*.py with pyside6-uic.

    python scripts/compile_ui.py                 # every form
    python scripts/compile_ui.py ui/shell.ui
    python scripts/compile_ui.py --out-dir /tmp/x   # compile elsewhere (the forms-current test does this)

The generated files are committed, so the app never needs uic (nor the .ui files) at run time. uic writes
``QCoreApplication.translate("Form", "文本", None)`` for every text; this script rewrites each to ``_("文本")``
from ``jinchang_desktop.i18n``, so the forms' sentences are in the one gettext catalogue (docs/i18n.md).
"""
from __future__ import annotations

import argparse
import ast
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
UI_DIR = REPO / "ui"
FORMS_DIR = REPO / "jinchang_desktop" / "gui" / "forms"
HEADER = "# generated from ui/{name} by scripts/compile_ui.py — do not edit; edit the .ui and recompile\n"


def qt_tool(name: str) -> list[str]:
    """The command of a Qt tool shipped inside the PySide6 wheel."""
    import PySide6

    base = Path(PySide6.__file__).resolve().parent
    windows = sys.platform == "win32"
    exe = f"{name}.exe" if windows else name
    candidates = [base / exe] if windows or name != "uic" else [base / "Qt" / "libexec" / exe, base / exe]
    for candidate in candidates:
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return [str(candidate)] + (["-g", "python"] if name == "uic" else [])
    wrapper = shutil.which(f"pyside6-{name}")
    if wrapper:
        return [wrapper]
    raise SystemExit(f"cannot find Qt's {name}; is PySide6-Essentials installed?")


def form_module(ui_file: Path) -> str:
    return f"ui_{ui_file.stem}.py"


def prune_imports(source: str) -> str:
    """Drop the names uic imports from PySide6 but the form never uses.

    uic imports the same ~40 classes into every form. PySide6 creates a class the first time it is
    imported, and the unused ones (gradients, QDate, QUrl …) cost several milliseconds of start-up.
    """
    tree = ast.parse(source)
    used = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}
    lines = source.splitlines(keepends=True)
    for node in reversed(tree.body):
        if not (isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6.")):
            continue
        names = [alias.name for alias in node.names if alias.name in used]
        start, end = node.lineno - 1, node.end_lineno or node.lineno
        replacement = f"from {node.module} import {', '.join(names)}\n" if names else ""
        lines[start:end] = [replacement]
    return re.sub(r"\n{3,}(?=from|class)", "\n\n", "".join(lines))


def _literal(text: str) -> str:
    """A double-quoted Python literal that shows the Chinese as it is (uic writes ``u"\\u4e2d…"``)."""
    out = []
    for char in text:
        if char in '\\"':
            out.append("\\" + char)
        elif char.isprintable():
            out.append(char)
        else:
            out.append(repr(char)[1:-1])
    return '"' + "".join(out) + '"'


def _is_qt_translate(node: ast.AST) -> bool:
    """``QCoreApplication.translate("Context", "text", None)`` as uic writes it."""
    return (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "translate"
            and isinstance(node.func.value, ast.Name) and node.func.value.id == "QCoreApplication"
            and len(node.args) == 3 and not node.keywords
            and all(isinstance(arg, ast.Constant) for arg in node.args)
            and isinstance(node.args[1].value, str) and node.args[2].value is None)


def use_gettext(source: str) -> str:
    """Rewrite uic's ``QCoreApplication.translate(ctx, text, None)`` calls to ``_(text)`` and import ``_``."""
    tree = ast.parse(source)
    calls = [node for node in ast.walk(tree) if _is_qt_translate(node)]
    if not calls:
        return source
    lines = [line.encode("utf-8") for line in source.splitlines(keepends=True)]
    # ast offsets are UTF-8 byte columns; replace from the end so earlier offsets stay valid.
    for node in sorted(calls, key=lambda n: (n.lineno, n.col_offset), reverse=True):
        assert isinstance(node, ast.Call) and node.end_lineno is not None and node.end_col_offset is not None
        text = node.args[1].value
        assert isinstance(text, str)
        first, last = node.lineno - 1, node.end_lineno - 1
        head, tail = lines[first][:node.col_offset], lines[last][node.end_col_offset:]
        lines[first:last + 1] = [head + f"_({_literal(text)})".encode() + tail]
    imports = [node for node in tree.body if isinstance(node, (ast.Import, ast.ImportFrom))]
    after = max(node.end_lineno or node.lineno for node in imports) if imports else 0
    lines.insert(after, b"\nfrom jinchang_desktop.i18n import _\n")
    return b"".join(lines).decode("utf-8")


def compile_form(ui_file: Path) -> str:
    """The Python source of one form, with the do-not-edit header."""
    relative = ui_file.resolve().relative_to(REPO)
    done = subprocess.run([*qt_tool("uic"), str(relative)], cwd=REPO, check=True, capture_output=True)
    return HEADER.format(name=ui_file.name) + prune_imports(use_gettext(done.stdout.decode("utf-8")))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("forms", nargs="*", type=Path, help="ui files (default: ui/*.ui)")
    parser.add_argument("--out-dir", type=Path, default=FORMS_DIR)
    args = parser.parse_args(argv)
    forms = args.forms or sorted(UI_DIR.glob("*.ui"))
    args.out_dir.mkdir(parents=True, exist_ok=True)
    for ui_file in forms:
        target = args.out_dir / form_module(ui_file)
        target.write_text(compile_form(ui_file), encoding="utf-8", newline="\n")
        print(f"{ui_file.relative_to(REPO) if ui_file.is_absolute() else ui_file} -> {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
