"""Chinese by default, English through the settings dialog or --lang en, switched while running."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget

from jinchang_desktop.gui.dialogs.settings_dialog import SettingsDialog
from jinchang_desktop.gui.i18n import LanguageSwitcher
from jinchang_desktop.i18n import _, language


def choose_in_settings(language: str) -> None:
    """Answer the modal settings dialog once it is open."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SettingsDialog)
        combo = dialog.ui.languageCombo
        combo.setCurrentIndex(combo.findData(language))
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, answer)


def test_chinese_by_default(make_window):
    window = make_window()
    assert language() == "zh"
    assert window.view.ui.actionUndo.text() == "撤销"
    assert window.view.editor.ui.topicTabs.tabText(0) == "学生与班级"


def test_switching_to_english_in_settings(qtbot, make_window, settings):
    window = make_window()
    editor = window.view.editor
    choose_in_settings("en")
    window.ui.actionSettings.trigger()
    qtbot.waitUntil(lambda: window.view.ui.actionUndo.text() == "Undo")
    assert settings.language == "en"
    assert window.windowTitle().startswith("Jinchang")
    assert editor.ui.topicTabs.tabText(0) == "Students and classes"
    page = editor.page_of("primary_students")
    assert page._labels["primary_students"].text() == "Primary students"
    assert page.inputs["primary_students"].suffix() == " students"
    column = editor.ui.gaugePanel.sections["primary"]
    assert column.verdict_text().startswith("Meets the standard")
    assert column.gauges["qualified_teachers"].reading.name.startswith("Teachers above")
    assert editor.ui.gaugePanel.ui.checksList.texts()[0].startswith("largest primary class")
    assert "Standard: Jinchang plan" in editor.ui.schoolInfoLabel.text()

    choose_in_settings("zh")
    window.ui.actionSettings.trigger()
    qtbot.waitUntil(lambda: window.view.ui.actionUndo.text() == "撤销")
    assert page._labels["primary_students"].text() == "小学在校生数"
    assert settings.language == "zh"


def test_settings_dialog_names_its_buttons_in_both_languages(qtbot, switcher):
    dialog = SettingsDialog("zh")
    qtbot.addWidget(dialog)
    assert dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).text() == "取消"
    switcher.apply("en")
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Settings")
    assert dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancel"
    assert dialog.ui.languageLabel.text() == "Interface &language:"


def test_unknown_language_is_refused(qapp):
    with pytest.raises(ValueError):
        LanguageSwitcher().apply("fr")


def test_switching_sets_the_core_language_and_every_widget_hears_it(qtbot, switcher):
    heard: list[str] = []

    class Listener(QWidget):
        def changeEvent(self, event: QEvent) -> None:
            if event.type() == QEvent.Type.LanguageChange:
                heard.append(language())
            super().changeEvent(event)

    window = Listener()
    Listener(window)  # a child hears it through its window
    qtbot.addWidget(window)
    window.show()
    switcher.apply("en")
    assert language() == "en" and _("撤销") == "Undo"
    qtbot.waitUntil(lambda: heard == ["en", "en"])
    switcher.uninstall()
    assert language() == "zh" and _("撤销") == "撤销"
    qtbot.waitUntil(lambda: heard[2:] == ["zh", "zh"])
