"""Every sentence a person reads is written one way: in Chinese, through the catalogue (docs/i18n.md).

What this keeps out is the old ways coming back: a ("中文", "English") pair in a call, both languages in one
literal, a {"zh": "…", "en": "…"} dict or a ``zh, en = …`` pair written in code, and Qt's own translation calls.
Data files keep their zh/en names; code reads them through ``i18n.pick`` and is not looked at here.
"""
from __future__ import annotations

import ast
import re
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CJK = re.compile(r"[\u4e00-\u9fff]")
# Chinese (or its punctuation) right before " / ", English right after: "已导出 / exported".
TWO_LANGUAGES = re.compile(r"[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef]\s*/\s+[A-Za-z]{2,}")
# Said before any catalogue can be found: the catalogue is itself a resource.
BEFORE_THE_CATALOGUE = {"jinchang_desktop/resource_files.py"}
# The languages' own names (i18n.AUTONYMS): each is written in itself, so it has no translation.
AUTONYMS = "jinchang_desktop/i18n.py"


def literal_text(node: ast.AST) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str))
    return None


def docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    return found


def problems_in(path: Path) -> list[str]:
    relative = path.relative_to(REPO).as_posix() if path.is_relative_to(REPO) else path.name
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = docstrings(tree)
    found = []

    def say(node: ast.AST, what: str) -> None:
        found.append(f"{relative}:{getattr(node, 'lineno', '?')}: {what}")

    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            texts = [literal_text(arg) for arg in node.args]
            for first, second in zip(texts, texts[1:], strict=False):
                if first and second and CJK.search(first) and not CJK.search(second) and re.search("[A-Za-z]", second):
                    say(node, "a (Chinese, English) pair of arguments: write msg(\"中文\"), English in po/en.po")
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            if name in ("tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP") and any(
                    (t := literal_text(arg)) and CJK.search(t) for arg in node.args):
                say(node, f"Qt's {name}(): write _(\"中文\")")
        elif isinstance(node, ast.Dict):
            keys = {k.value for k in node.keys if isinstance(k, ast.Constant)}
            if {"zh", "en"} <= keys and relative != AUTONYMS and any(literal_text(v) is not None for v in node.values):
                say(node, "a {\"zh\": …, \"en\": …} written in code: build it from a msg()")
        elif isinstance(node, ast.Assign) and isinstance(node.value, ast.Tuple):
            values = [literal_text(v) for v in node.value.elts]
            if len(values) == 2 and values[0] and values[1] and CJK.search(values[0]) and not CJK.search(values[1]):
                say(node, "a (Chinese, English) pair assigned: write msg(\"中文\")")
        elif isinstance(node, (ast.Constant, ast.JoinedStr)) and id(node) not in skip:
            text = literal_text(node)
            if text and relative not in BEFORE_THE_CATALOGUE and TWO_LANGUAGES.search(text):
                say(node, f"both languages in one literal ({text[:40]!r}): write msg(\"中文\").both()")
    return found


def test_no_sentence_is_written_in_the_old_ways() -> None:
    sources = sorted((REPO / "jinchang_desktop").rglob("*.py"))
    assert len(sources) > 100
    problems = [problem for path in sources for problem in problems_in(path)]
    assert not problems, "\n".join(problems)


def test_the_guard_sees_each_old_way(tmp_path: Path) -> None:
    sample = tmp_path / "old_ways.py"
    sample.write_text(
        'def f(x):\n'
        '    raise ValueError("学校", "school")\n'
        'def g(self):\n'
        '    return self.tr("学校")\n'
        'D = {"zh": "学校", "en": "school"}\n'
        'zh, en = f"学校{1}", f"school {1}"\n'
        'H = "新建工作区 / create a workspace"\n', encoding="utf-8")
    found = problems_in(sample)
    assert sorted(int(line.split(": ", 1)[0].rsplit(":", 1)[1]) for line in found) == [2, 4, 5, 6, 7], found
