"""The GUI reads and writes through named store functions: no SQL text in jinchang_desktop/gui."""
from __future__ import annotations

import ast
import re

from tests.conftest import REPO

# The statements' shapes, not single words (a docstring may well begin "Create …").
SQL = re.compile(r"^\s*(SELECT\s.+\sFROM\s|INSERT\s+(OR\s+\w+\s+)?INTO\s|UPDATE\s+\w+\s+SET\s|DELETE\s+FROM\s|"
                 r"PRAGMA\s+\w|(CREATE|DROP|ALTER)\s+(TABLE|INDEX|VIEW|TRIGGER)\s)", re.IGNORECASE | re.DOTALL)


def test_no_string_in_the_gui_is_sql():
    found = []
    for module in sorted((REPO / "jinchang_desktop" / "gui").rglob("*.py")):
        tree = ast.parse(module.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and SQL.match(node.value):
                found.append(f"{module.relative_to(REPO)}:{node.lineno}: {node.value[:40]!r}")
    assert found == []
