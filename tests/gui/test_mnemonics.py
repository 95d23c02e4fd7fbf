"""No two controls of one wizard page answer to the same Alt+letter, in either language (a clash makes Alt+letter
cycle the focus instead of pressing the button)."""
from __future__ import annotations

import re
from collections import Counter

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QWizard

from jinchang_desktop.gui.first_run.wizard import FirstRunWizard

B = QWizard.WizardButton


def mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def clashes(wizard: QWizard) -> dict[str, list[str]]:
    found = {}
    for page_id in wizard.pageIds():
        page = wizard.page(page_id)
        texts = [w.text() for w in page.findChildren(QAbstractButton)]
        texts += [w.text() for w in page.findChildren(QLabel) if w.buddy() is not None]
        # The buttons the page shows: a commit page has 创建工作区/导出 where others have 下一步.
        ahead = B.CommitButton if page.isCommitPage() else B.NextButton
        last = page_id == wizard.pageIds()[-1] or page.isFinalPage()
        texts += [wizard.buttonText(button) for button in (B.BackButton, B.FinishButton if last else ahead)]
        letters = Counter(m for m in map(mnemonic, texts) if m)
        repeated = [letter for letter, n in letters.items() if n > 1]
        if repeated:
            found[page.objectName()] = repeated
    return found


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_first_run_pages_have_distinct_mnemonics(qtbot, tmp_path, switcher, lang):
    switcher.apply(lang)
    wizard = FirstRunWizard(tmp_path / "ws")
    qtbot.addWidget(wizard)
    try:
        assert clashes(wizard) == {}
    finally:
        wizard.release()


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_export_pages_have_distinct_mnemonics(open_school, demo_workspace, switcher, lang):
    switcher.apply(lang)
    wizard = open_school(demo_workspace).open_export_wizard()
    assert clashes(wizard) == {}
    wizard.reject()
