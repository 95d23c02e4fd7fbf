"""The core (everything outside jinchang_desktop/gui) must import without Qt."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def core_modules() -> list[str]:
    package = REPO / "jinchang_desktop"
    names = []
    for path in sorted(package.rglob("*.py")):
        relative = path.relative_to(REPO).with_suffix("")
        if "gui" in relative.parts or relative.name == "__main__":
            continue
        names.append(".".join(relative.parts).removesuffix(".__init__"))
    return names


def test_every_core_module_imports_without_qt() -> None:
    modules = core_modules()
    assert "jinchang_desktop.standards.assess" in modules and "jinchang_desktop.cli" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "    bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')]\n"
        "    assert not bad, (name, bad)\n"
        "print('ok')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
