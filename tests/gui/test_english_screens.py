"""In English, no screen shows one of our Chinese sentences; back in Chinese, the Chinese is there again.

Each role's view is opened in the shell (the school's editor, every page of the county's and the city's tabs, the
inspector's with a pack open), the language is switched while it is on screen, and every text a person can see is
read: labels, buttons, titles, tooltips, tab texts, table headers and cells, list and combo items, menus. A text
fails when it is one of the catalogue's Chinese sentences (``po/en.po``), not when it merely holds Chinese: the
names of schools and counties are data and stay as they were written.
"""
from __future__ import annotations

import html
import re
from collections.abc import Iterator
from pathlib import Path
from string import Formatter

import pytest
from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from jinchang_desktop.gui.demo import copy_demo
from jinchang_desktop.gui.launch import App
from jinchang_desktop.gui.shell import Shell
from jinchang_desktop.gui.views.city import CITY_PAGES
from jinchang_desktop.gui.views.county import COUNTY_PAGES
from jinchang_desktop.i18n import language
from tests.gui.catalogue import update_catalogue

CJK = re.compile(r"[\u3400-\u9fff]")
TAG = re.compile(r"<[^>]+>")
# What separates the parts of one shown text: a short sentence is looked for as a whole part, never inside a word
# (学校 is a sentence of ours, and also the end of every school's name).
PARTS = re.compile(r"\n| · |：|:|；|，|、|（|）|\(|\)|\s{2,}|\t")
SHORT = 5  # a sentence with fewer Chinese characters than this is matched as a whole part only
MAX_CELLS = 400  # per item view: enough for every kind of row, without reading a large matrix cell by cell


def catalogue_sentences() -> list[str]:
    """The Chinese sentences whose English is other words (中文 stays 中文 in the language menu)."""
    catalogue = update_catalogue()
    return [entry.msgid for entry in catalogue.read_po(catalogue.ENGLISH)
            if CJK.search(entry.msgid) and entry.msgid not in entry.msgstr]


class Sentences:
    """The catalogue's Chinese sentences, as patterns over shown texts ({placeholders} match anything)."""

    def __init__(self, sentences: list[str]) -> None:
        self.long: list[tuple[str, re.Pattern[str], str]] = []
        self.short: list[tuple[str, re.Pattern[str]]] = []
        self._seen: dict[str, set[str]] = {}
        for sentence in sentences:
            pattern = "".join(re.escape(literal) + (".*?" if field is not None else "")
                              for literal, field, _spec, _conv in Formatter().parse(sentence))
            chinese = len(CJK.findall("".join(literal for literal, *_ in Formatter().parse(sentence))))
            if chinese < 2 and pattern != re.escape(sentence):
                continue  # "每{unit}": one Chinese character around a value cannot be told from data
            compiled = re.compile(pattern, re.DOTALL)
            if chinese >= SHORT:
                # The longest literal piece must be there before the pattern is tried: a pattern with several
                # placeholders backtracks a long way over a text it does not match.
                piece = max((literal for literal, *_ in Formatter().parse(sentence)), key=len)
                self.long.append((sentence, compiled, piece))
            else:
                self.short.append((sentence, compiled))

    def found_in(self, text: str) -> set[str]:
        if text not in self._seen:  # the same texts come back on every page and in every role
            self._seen[text] = self._find(text)
        return self._seen[text]

    def _find(self, text: str) -> set[str]:
        plain = html.unescape(TAG.sub(" ", text)).replace("&&", "&")
        if not CJK.search(plain):
            return set()
        found = {sentence for sentence, pattern, piece in self.long if piece in plain and pattern.search(plain)}
        parts = {plain.strip()} | {part.strip() for part in PARTS.split(plain) if part.strip()}
        found |= {sentence for sentence, pattern in self.short if any(pattern.fullmatch(p) for p in parts)}
        return found


@pytest.fixture(scope="module")
def sentences() -> Sentences:
    return Sentences(catalogue_sentences())


def model_texts(view: QAbstractItemView) -> Iterator[str]:
    model = view.model()
    if model is None:
        return
    flat = isinstance(model, QAbstractListModel)  # one column; Qt keeps its columnCount private

    def columns(parent: QModelIndex) -> int:
        return 1 if flat else model.columnCount(parent)

    root = QModelIndex()
    for orientation in (Qt.Orientation.Horizontal, Qt.Orientation.Vertical):
        count = columns(root) if orientation == Qt.Orientation.Horizontal else model.rowCount(root)
        for section in range(min(count, MAX_CELLS)):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                yield str(model.headerData(section, orientation, role) or "")
    cells = 0

    def walk(parent: QModelIndex) -> Iterator[str]:
        nonlocal cells
        for row in range(model.rowCount(parent)):
            for column in range(columns(parent)):
                if cells >= MAX_CELLS:
                    return
                cells += 1
                index = model.index(row, column, parent)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = model.data(index, role)
                    if isinstance(value, str):
                        yield value
                if column == 0 and not flat and model.rowCount(index) > 0:
                    yield from walk(index)

    yield from walk(root)


def widget_texts(widget: QWidget) -> Iterator[str]:
    yield widget.toolTip()
    yield widget.statusTip()
    if widget.isWindow():
        yield widget.windowTitle()
    if isinstance(widget, QLabel):
        yield widget.text()
    elif isinstance(widget, QAbstractButton):
        yield widget.text()
    elif isinstance(widget, QGroupBox):
        yield widget.title()
    elif isinstance(widget, QLineEdit):
        yield widget.placeholderText()
        if widget.isReadOnly():
            yield widget.text()
    elif isinstance(widget, (QTextEdit, QPlainTextEdit)):
        yield widget.placeholderText()
        if widget.isReadOnly():
            yield widget.toPlainText()
    elif isinstance(widget, QComboBox):
        yield from (widget.itemText(i) for i in range(widget.count()))
    elif isinstance(widget, QTabBar):
        for i in range(widget.count()):
            yield widget.tabText(i)
            yield widget.tabToolTip(i)
    elif isinstance(widget, QAbstractSpinBox):
        yield widget.specialValueText()
        yield from (getattr(widget, name)() for name in ("prefix", "suffix") if hasattr(widget, name))
    elif isinstance(widget, QMenu):
        yield widget.title()
    if isinstance(widget, QAbstractItemView) and not isinstance(widget, QComboBox):
        yield from model_texts(widget)


def shown_texts(window: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for everything a person can read in ``window`` and in the message boxes now open."""
    windows = [window, *(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())]
    for top in windows:
        for widget in [top, *top.findChildren(QWidget)]:
            if widget.isVisible():
                for text in widget_texts(widget):
                    if text:
                        yield f"{type(widget).__name__} {widget.objectName()!r}", text
        for action in top.findChildren(QAction):
            if action.isVisible():
                yield f"QAction {action.objectName()!r}", action.text()
                yield f"QAction {action.objectName()!r}", action.toolTip()


def chinese_sentences(window: QWidget, sentences: Sentences, data: frozenset[str] = frozenset()) -> dict[str, set[str]]:
    """Our Chinese sentences found on screen, each with where it was seen; ``data`` are stored texts shown as kept."""
    found: dict[str, set[str]] = {}
    for where, text in shown_texts(window):
        if text in data:
            continue
        for sentence in sentences.found_in(text):
            found.setdefault(sentence, set()).add(f"{where}: {text[:80]!r}")
    return found


def settle(qtbot, shell: Shell) -> None:
    """Wait until the workspace's jobs are done and what they bring is on screen."""
    view = shell.view
    worker = view.context.worker if view is not None and view.context is not None else None
    if worker is not None:
        qtbot.waitUntil(lambda: worker.outstanding == 0, timeout=60_000)
    for _ in range(3):
        QApplication.processEvents()
        qtbot.wait(20)


def switch(qtbot, app_: App, shell: Shell, lang: str) -> None:
    app_.switcher.apply(lang)
    assert language() == lang
    settle(qtbot, shell)


@pytest.fixture
def app_(qapp, settings, switcher):
    running = App(qapp, settings, switcher, temporary=False)
    yield running
    for box in [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]:
        box.close()
        box.deleteLater()
    if running.shell is not None:
        running.shell.close()
    running.close()


def start(app_: App, qtbot, path: Path) -> Shell:
    assert app_.start(path, interactive=False)
    shell = app_.shell
    assert shell is not None
    qtbot.waitUntil(lambda: shell.view is not None, timeout=30_000)
    shell.resize(1366, 768)
    settle(qtbot, shell)
    return shell


def assert_english(qtbot, app_: App, shell: Shell, sentences: Sentences, pages: list[str] | None = None,
                   data: frozenset[str] = frozenset()) -> None:
    """Switch to English with the view on screen; then every page (``pages``: a tabbed view's) reads English."""
    switch(qtbot, app_, shell, "en")
    assert shell.ui.actionOpenWorkspace.text() == "Open workspace…"  # LanguageChange reached the shell
    seen: dict[str, set[str]] = {}
    for name in pages or [""]:
        if name:
            assert shell.view.show_page(name) is not None, name
            settle(qtbot, shell)
        for sentence, where in chinese_sentences(shell, sentences, data).items():
            seen.setdefault(sentence, set()).update(f"[{name}] {w}" for w in where)
    assert not seen, "Chinese sentences in the English interface:\n" + "\n".join(
        f"  {sentence!r} at {sorted(where)[:3]}" for sentence, where in sorted(seen.items()))


def assert_chinese_again(qtbot, app_: App, shell: Shell, sentences: Sentences) -> set[str]:
    switch(qtbot, app_, shell, "zh")
    assert shell.ui.actionOpenWorkspace.text() == "打开工作区…"
    found = set(chinese_sentences(shell, sentences))
    assert len(found) >= 5, found
    return found


def ledger_texts(path: Path) -> frozenset[str]:
    """The ledger's item texts: a record kept in Chinese, as the plan's tables are written, shown as stored."""
    from jinchang_desktop.store import ledger
    from jinchang_desktop.store.workspace import Workspace

    workspace = Workspace.open(path)
    try:
        return frozenset(item.text for item in ledger.items(workspace.conn, workspace.school_year))
    finally:
        workspace.close()


def page_names(pages: list[tuple[str, str, str]]) -> list[str]:
    return [class_name for _module, class_name, _title in pages]


def test_the_school_s_editor_in_english_and_back(app_, qtbot, sentences, demo_workspace):
    shell = start(app_, qtbot, demo_workspace)
    assert_english(qtbot, app_, shell, sentences)
    editor = shell.view.editor
    assert editor.ui.topicTabs.tabText(0) == "Students and classes"
    found = assert_chinese_again(qtbot, app_, shell, sentences)
    assert editor.ui.topicTabs.tabText(0) == "学生与班级"
    assert "撤销" in found


def test_every_county_page_in_english_and_back(app_, qtbot, sentences, tmp_path):
    path = copy_demo("county", tmp_path)
    shell = start(app_, qtbot, path)
    names = page_names(COUNTY_PAGES)
    for name in names:  # built in Chinese first: switching must retranslate what is already there
        shell.view.show_page(name)
        settle(qtbot, shell)
    stored = ledger_texts(path)
    assert stored  # the demo county's ledger has items, so the page below shows some
    assert_english(qtbot, app_, shell, sentences, names, stored)
    assert shell.view.tabs.tabText(0) == "Schools and keys"
    found = assert_chinese_again(qtbot, app_, shell, sentences)
    assert [shell.view.tabs.tabText(i) for i in range(len(names))] == [t for _m, _c, t in COUNTY_PAGES]
    assert "学校与密钥" in found


def test_every_city_page_in_english_and_back(app_, qtbot, sentences, tmp_path):
    shell = start(app_, qtbot, copy_demo("city", tmp_path))
    names = page_names(CITY_PAGES)
    assert_english(qtbot, app_, shell, sentences, names)  # here the pages are first built in English
    assert shell.view.tabs.tabText(0) == "Counties and keys"
    found = assert_chinese_again(qtbot, app_, shell, sentences)
    assert "县区与密钥" in found


def test_the_inspector_s_visit_in_english_and_back(app_, qtbot, sentences, tmp_path, capsys):
    from tests.inspection.helpers import SCHOOLS, cli, county_with_schools, enrolled_inspector

    county = county_with_schools(tmp_path, capsys)
    inspector, request = enrolled_inspector(tmp_path, capsys, county)
    pack = tmp_path / "pack.jcpkg"
    assert cli(capsys, "inspect-pack", county, "--schools", *SCHOOLS, "--inspector-key", request, "-o", pack)[0] == 0
    shell = start(app_, qtbot, inspector)
    view = shell.view
    job = view.import_packages([pack])
    with qtbot.waitSignal(job.finished, timeout=30_000):
        pass
    qtbot.waitUntil(lambda: view.pack is not None, timeout=10_000)
    view.schools.setCurrentCell(0, 0)
    settle(qtbot, shell)
    assert_english(qtbot, app_, shell, sentences)
    assert_chinese_again(qtbot, app_, shell, sentences)
