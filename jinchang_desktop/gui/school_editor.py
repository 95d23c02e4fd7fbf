"""The data-entry page of one school: topic pages on the left, live gauges on the right.

The editor reads and commits through a RecordSource. What the clerk types moves the gauges at once
(an uncommitted preview: the committed record with the typed value laid over it); the value is
committed when editing finishes. In what-if mode the editor swaps its source for an in-memory scratch
copy, so nothing typed there can reach the saved data.
"""
from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Qt, QTime, Signal
from PySide6.QtGui import QIcon, QKeySequence, QShortcut, QUndoGroup, QUndoStack
from PySide6.QtWidgets import QWidget

from jinchang_desktop.gui.edit_commands import SetValueCommand
from jinchang_desktop.gui.field_notes import GENERAL, FieldNote, field_notes
from jinchang_desktop.gui.forms.ui_schooleditor import Ui_SchoolEditor
from jinchang_desktop.gui.icons import icon
from jinchang_desktop.gui.record_source import EditOrigin, MemoryRecordSource, RecordSource, Value, differing_keys
from jinchang_desktop.gui.widgets.topic_page import TopicPage
from jinchang_desktop.i18n import _, language
from jinchang_desktop.standards.assess import SchoolResult, assess_school
from jinchang_desktop.standards.catalogue import Profile
from jinchang_desktop.standards.fields import field_catalogue
from jinchang_desktop.standards.records import SchoolRecord

if TYPE_CHECKING:
    from jinchang_desktop.gui.widgets.what_if_bar import WhatIfBar

TAB_STYLE = """
QTabBar::tab { padding: 5px 6px; border: none; border-bottom: 2px solid transparent; }
QTabBar::tab:selected { border-bottom: 2px solid #2f6fa3; background: palette(base); }
QTabBar::tab:hover:!selected { background: rgba(0, 0, 0, 0.05); }
"""


class SchoolEditor(QWidget):
    what_if_changed = Signal(bool)
    assessed = Signal(object)  # the SchoolResult of what is on screen, after every refresh

    def __init__(self, source: RecordSource, profile: Profile, *,
                 previous: Mapping[str, Value] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SchoolEditor()
        self.ui.setupUi(self)
        self.profile = profile
        self.previous = dict(previous or {})
        self._catalogue = field_catalogue()
        self._saved = source
        self._source: RecordSource = source
        self._record = source.snapshot()
        self._saved_view: SchoolRecord | None = None  # the saved record while in what-if mode
        self.result: SchoolResult | None = None
        self.notes: dict[str, list[FieldNote]] = {}
        self._last_change: QTime | None = None
        self._save_state: str | None = None  # what the store reports, shown instead of the last change

        self.undo_group = QUndoGroup(self)
        self._saved_stack = QUndoStack(self)
        self._scratch_stack: QUndoStack | None = None
        self.undo_group.addStack(self._saved_stack)
        self.undo_group.setActiveStack(self._saved_stack)

        self.pages: dict[str, TopicPage] = {}
        self._build_pages()
        self.ui.gaugePanel.set_profile(profile)
        self._what_if_bar: WhatIfBar | None = None  # made the first time what-if mode is entered
        self.ui.generalErrorsLabel.hide()
        # The form needs less room than the gauges; the gauges get the larger share as the window grows.
        self.ui.splitter.setStretchFactor(0, 2)
        self.ui.splitter.setStretchFactor(1, 3)
        self.ui.splitter.setSizes([640, 720])
        # Six topic names in English need ~600 px with the default tab padding, and a page with a warning adds
        # its icon: tighter tabs and small icons fit them at 1366 px, and past that they elide rather than hide
        # behind scroll arrows.
        self.ui.topicTabs.tabBar().setStyleSheet(TAB_STYLE)
        self.ui.topicTabs.setIconSize(QSize(12, 12))
        self.ui.topicTabs.setUsesScrollButtons(False)
        self.ui.topicTabs.setElideMode(Qt.TextElideMode.ElideRight)
        self._retranslate()
        self._load_record()

    # -- building -------------------------------------------------------------------------------

    def _build_pages(self) -> None:
        topics = [t for t in self._catalogue.topics
                  if any(f.topic == t and f.numeric for f in self._catalogue.fields.values())]
        for number, topic in enumerate(topics, start=1):
            page = TopicPage(topic, self._catalogue, self)
            page.setObjectName(f"page_{topic}")
            page.edited.connect(self._on_edited)
            page.committed.connect(self._on_committed)
            page.leave_forward.connect(lambda index=number - 1: self._go_to_page(index + 1, first=True))
            page.leave_backward.connect(lambda index=number - 1: self._go_to_page(index - 1, first=False))
            self.ui.topicTabs.addTab(page, "")
            self.pages[topic] = page
            # Ctrl+1 … Ctrl+6 jump to a page: the keyboard-only way across tabs.
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.activated.connect(lambda index=number - 1: self._go_to_page(index, first=True))

    def _go_to_page(self, index: int, *, first: bool) -> None:
        count = self.ui.topicTabs.count()
        if count == 0:
            return
        index %= count
        page = self.ui.topicTabs.widget(index)
        assert isinstance(page, TopicPage)
        self.ui.topicTabs.setCurrentIndex(index)
        inputs = page.visible_inputs()
        if inputs:
            box = inputs[0] if first else inputs[-1]
            box.setFocus()
            box.selectAll()

    def focus_first_field(self) -> None:
        self._go_to_page(self.ui.topicTabs.currentIndex(), first=True)

    def focus_field(self, key: str) -> None:
        """Show the page of ``key`` and put the cursor in its box (a hard error listed elsewhere jumps here)."""
        page = self.page_of(key)
        self.ui.topicTabs.setCurrentWidget(page)
        box = page.inputs[key]
        box.setFocus()
        box.selectAll()

    # -- state ----------------------------------------------------------------------------------

    @property
    def what_if(self) -> bool:
        return self._source is not self._saved

    @property
    def what_if_bar(self) -> WhatIfBar:
        """The bar above the pages in what-if mode (built when first needed: most sessions never use it)."""
        if self._what_if_bar is None:
            from jinchang_desktop.gui.widgets.what_if_bar import WhatIfBar

            bar = WhatIfBar(self)
            bar.setObjectName("whatIfBar")
            bar.hide()
            bar.reset_requested.connect(self.reset_what_if)
            bar.leave_requested.connect(lambda: self.set_what_if(False))
            self.ui.whatIfSlot.addWidget(bar)
            self._what_if_bar = bar
        return self._what_if_bar

    @property
    def source(self) -> RecordSource:
        """The source edits go to now: the saved one, or the what-if scratch copy."""
        return self._source

    def page_of(self, key: str) -> TopicPage:
        return self.pages[self._catalogue.fields[key].topic]

    def _load_record(self) -> None:
        school_type = self._catalogue.school_types.get(self._record.school_type)
        sections = school_type.sections if school_type is not None else ()
        for page in self.pages.values():
            page.set_sections(sections)
            page.load(self._record)
        self._retranslate_header()
        self.refresh()

    def reload(self) -> None:
        """Re-read the saved record after something other than this editor changed it (an import, a
        restore). What-if mode ends; undo history stays, since each step sets explicit values."""
        self.set_what_if(False)
        self.commit_pending()
        self._record = self._saved.snapshot()
        self._load_record()

    def preview_record(self) -> SchoolRecord:
        """The committed record with whatever is being typed laid over it."""
        record = dataclasses.replace(self._record, values=dict(self._record.values))
        for page in self.pages.values():
            for key, value in page.pending().items():
                if value is None:
                    record.values.pop(key, None)
                else:
                    record.values[key] = value
        return record

    def refresh(self) -> None:
        """Re-assess what is on screen and update gauges, notes and the what-if count (every keystroke)."""
        record = self.preview_record()
        lang = language()
        self.result = assess_school(record, self.profile)
        self.notes = field_notes(record, self.result, self.profile, previous=self.previous,
                                 catalogue=self._catalogue)
        self.ui.gaugePanel.show_result(self.result, lang)
        for index in range(self.ui.topicTabs.count()):
            page = self.ui.topicTabs.widget(index)
            assert isinstance(page, TopicPage)
            page.set_notes(self.notes, lang)
            levels = {n.level for key in page.keys for n in self.notes.get(key, [])}
            worst = "error" if "error" in levels else "warning" if levels else ""
            if page.property("noteLevel") != worst:  # the tab tells which page needs a look
                page.setProperty("noteLevel", worst)
                self.ui.topicTabs.setTabIcon(index, icon(worst) if worst else QIcon())
        general = [n.text(lang) for n in self.notes.get(GENERAL, [])]
        self.ui.generalErrorsLabel.setText("\n".join(general))
        self.ui.generalErrorsLabel.setVisible(bool(general))
        if self._saved_view is not None:
            self.what_if_bar.set_changes(len(differing_keys(self._saved_view, record)))
        self.assessed.emit(self.result)

    # -- editing --------------------------------------------------------------------------------

    def _on_edited(self, key: str, value: object) -> None:
        self.refresh()

    def _on_committed(self, key: str, value: object) -> None:
        old = self._record.values.get(key)
        new = value if isinstance(value, int | float) else None
        if old == new and (old is None) == (new is None):
            return
        field = self._catalogue.fields[key]
        label = field.label_en if language() == "en" else field.label_zh
        command = SetValueCommand(self._source, key, old, new, _("修改“{field}”").format(field=label),
                                  self._applied)
        stack = self.undo_group.activeStack()
        assert stack is not None
        stack.push(command)

    def _applied(self, key: str, value: Value | None, origin: EditOrigin) -> None:
        if value is None:
            self._record.values.pop(key, None)
        else:
            self._record.values[key] = value
        page = self.page_of(key)
        page.set_committed(key, value)
        if origin != "edit":  # show the clerk what an undo or redo changed
            self.focus_field(key)
        if not self.what_if:
            self._last_change = QTime.currentTime()
            self._show_last_change()
        self.refresh()

    def set_save_state(self, text: str, *, failed: bool = False) -> None:
        """Show what the store says about saving ("已保存 10:02:03", "正在保存…") in place of the last change;
        red when saving failed."""
        self._save_state = text
        self.ui.saveStateLabel.setText(text)
        self.ui.saveStateLabel.setStyleSheet("color: #b71c1c; font-weight: bold;" if failed else "color: #555;")

    def _show_last_change(self) -> None:
        if self._save_state is not None:
            return
        if self._last_change is not None:
            self.ui.saveStateLabel.setText(_("最近修改 {time}").format(
                time=self._last_change.toString("HH:mm:ss")))

    def commit_pending(self) -> None:
        """Commit what is being typed (before a mode switch or closing the window)."""
        for page in self.pages.values():
            page.commit_pending()

    def undo(self) -> None:
        """Ctrl+Z: first drop what is being typed; with nothing typed, undo the last committed edit."""
        if any(page.revert_pending() for page in self.pages.values()):
            self.refresh()
            return
        self.undo_group.undo()

    def redo(self) -> None:
        if any(page.revert_pending() for page in self.pages.values()):
            self.refresh()
        self.undo_group.redo()

    # -- what-if --------------------------------------------------------------------------------

    def set_what_if(self, on: bool) -> None:
        if on == self.what_if:
            return
        self.commit_pending()  # what was typed belongs to the mode it was typed in
        if on:
            self._saved_view = self._saved.snapshot()
            self._source = MemoryRecordSource(self._saved_view)
            self._scratch_stack = QUndoStack(self)
            self.undo_group.addStack(self._scratch_stack)
            self.undo_group.setActiveStack(self._scratch_stack)
        else:
            self._source = self._saved
            self._saved_view = None
            self.undo_group.setActiveStack(self._saved_stack)
            if self._scratch_stack is not None:
                self.undo_group.removeStack(self._scratch_stack)
                self._scratch_stack.deleteLater()
                self._scratch_stack = None
        self._record = self._source.snapshot()
        if on or self._what_if_bar is not None:
            self.what_if_bar.setVisible(on)
            self.what_if_bar.set_changes(0)
        self._load_record()
        self.what_if_changed.emit(on)

    def reset_what_if(self) -> None:
        """Throw away the scratch edits: the scratch copy becomes the saved record again."""
        if not self.what_if or self._saved_view is None:
            return
        self._source = MemoryRecordSource(self._saved_view)
        if self._scratch_stack is not None:
            self._scratch_stack.clear()
        self._record = self._source.snapshot()
        self._load_record()

    # -- language -------------------------------------------------------------------------------

    def _retranslate(self) -> None:
        lang = language()
        for index in range(self.ui.topicTabs.count()):
            page = self.ui.topicTabs.widget(index)
            assert isinstance(page, TopicPage)
            page.retranslate(lang)
            names = self._catalogue.topics[page.topic]
            self.ui.topicTabs.setTabText(index, f"{names['en'] if lang == 'en' else names['zh']}")
            self.ui.topicTabs.setTabToolTip(index, _("{title}（Ctrl+{number} 转到此页）").format(
                title=self.ui.topicTabs.tabText(index), number=index + 1))
        self._retranslate_header()
        self._show_last_change()

    def _retranslate_header(self) -> None:
        lang = language()
        record = self._record
        school_type = self._catalogue.school_types.get(record.school_type)
        type_name = (school_type.en if lang == "en" else school_type.zh) if school_type else record.school_type
        profile_name = self.profile.name_en if lang == "en" else self.profile.name_zh
        self.ui.schoolNameLabel.setText(record.name)
        self.ui.schoolInfoLabel.setText(_("{code} · {type} · {county} · 标准：{profile}").format(
            code=record.code, type=type_name, county=record.county, profile=profile_name))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
            self.refresh()
        super().changeEvent(event)
