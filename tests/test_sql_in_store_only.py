"""SQL lives in ``jinchang_desktop/store/``: every other core module calls named store functions.

The GUI's queries move into the store separately; until then ``gui/`` is not scanned.
"""
from __future__ import annotations

import ast
import re
from pathlib import Path

CORE = Path(__file__).resolve().parents[1] / "jinchang_desktop"
SQL = re.compile(r"^\s*(SELECT|INSERT|UPDATE|DELETE|CREATE|DROP|ALTER|PRAGMA|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|"
                 r"RELEASE|WITH)\b", re.IGNORECASE)


def _strings(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            found.append((node.lineno, node.value))
        elif isinstance(node, ast.JoinedStr):
            text = "".join(v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str))
            found.append((node.lineno, text))
    return found


def test_no_sql_outside_the_store() -> None:
    offending = []
    for path in sorted(CORE.rglob("*.py")):
        relative = path.relative_to(CORE)
        if relative.parts[0] in ("store", "gui"):
            continue
        for line, text in _strings(path):
            if SQL.match(text) and re.search(r"\b(FROM|INTO|TABLE|SET|WHERE|VALUES|=|TRANSACTION)\b|PRAGMA|BEGIN",
                                             text, re.IGNORECASE):
                offending.append(f"{relative}:{line}: {text[:60]!r}")
    assert not offending, "SQL outside jinchang_desktop/store/:\n" + "\n".join(offending)


def test_conn_execute_only_in_the_store() -> None:
    offending = []
    for path in sorted(CORE.rglob("*.py")):
        relative = path.relative_to(CORE)
        if relative.parts[0] in ("store", "gui"):
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if re.search(r"\.(execute|executemany|executescript)\(", line):
                offending.append(f"{relative}:{number}: {line.strip()[:80]}")
    assert not offending, "database calls outside jinchang_desktop/store/:\n" + "\n".join(offending)
