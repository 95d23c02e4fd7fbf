"""One data-entry page (a topic of fields.toml), laid out from the field definitions.

Nothing here is laid out by hand per field: a field added to fields.toml appears on its topic's page
with its unit, range and clause. Fields are grouped by section (小学, 初中, 高中, then the whole school);
sections the school type does not have are hidden.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QApplication, QFormLayout, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from jinchang_desktop.gui.field_notes import FieldNote
from jinchang_desktop.gui.widgets.field_spin import FieldDoubleSpinBox, FieldSpinBox, make_field_input
from jinchang_desktop.gui.widgets.field_status import FieldStatus
from jinchang_desktop.i18n import _
from jinchang_desktop.reports.numbers import fmt_number
from jinchang_desktop.standards.fields import FieldCatalogue, FieldDef
from jinchang_desktop.standards.records import SchoolRecord

Value = int | float
SECTION_ORDER = ("primary", "junior", "senior", "")
INPUT_WIDTH = 150
LABEL_MAX_WIDTH = 230  # a longer label (English) wraps onto a second line and leaves room for the note


class TopicPage(QWidget):
    """The inputs of one topic. ``edited`` fires on every keystroke (nothing committed yet);
    ``committed`` fires when editing finishes (Enter, Tab, focus out) with a changed value."""

    edited = Signal(str, object)
    committed = Signal(str, object)
    leave_forward = Signal()  # Tab on the last field: the editor moves on to the next page
    leave_backward = Signal()

    def __init__(self, topic: str, catalogue: FieldCatalogue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.topic = topic
        self._catalogue = catalogue
        fields = [f for f in catalogue.fields.values() if f.topic == topic and f.numeric]
        self.fields: list[FieldDef] = sorted(fields, key=lambda f: SECTION_ORDER.index(f.section))
        self.keys = [f.key for f in self.fields]
        self._inputs: dict[str, FieldSpinBox | FieldDoubleSpinBox] = {}
        self._statuses: dict[str, FieldStatus] = {}
        self._labels: dict[str, QLabel] = {}
        self._headings: dict[str, QLabel] = {}
        self._rows: dict[str, int] = {}
        self._committed: dict[str, Value | None] = {key: None for key in self.keys}
        self._sections: tuple[str, ...] = SECTION_ORDER
        self._lang = "zh"
        self._notes: dict[str, list[FieldNote]] = {}
        self._built = False
        self._scroll = QScrollArea(self)
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self._scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._scroll)

    # The rows are built the first time the page is needed: six pages of inputs cost a fifth of the
    # start-up time, and the clerk sees one page at a time.

    @property
    def built(self) -> bool:
        return self._built

    @property
    def inputs(self) -> dict[str, FieldSpinBox | FieldDoubleSpinBox]:
        self.ensure_built()
        return self._inputs

    @property
    def statuses(self) -> dict[str, FieldStatus]:
        self.ensure_built()
        return self._statuses

    def ensure_built(self) -> None:
        if self._built:
            return
        self._built = True
        inner = QWidget(self._scroll)
        self.form = QFormLayout(inner)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.form.setVerticalSpacing(6)
        self._build(inner)
        self.retranslate(self._lang)
        self._apply_visibility()
        for key, box in self._inputs.items():
            box.set_field_value(self._committed[key])
        self.set_notes(self._notes, self._lang)
        self._scroll.setWidget(inner)  # shows the rows if the page is already on screen

    def showEvent(self, event: QShowEvent) -> None:
        self.ensure_built()
        super().showEvent(event)

    def _build(self, inner: QWidget) -> None:
        grouped = len({f.section for f in self.fields}) > 1
        previous: QWidget | None = None
        for field in self.fields:
            if grouped and field.section not in self._headings:
                heading = QLabel(inner)
                heading.setStyleSheet("font-weight: bold; padding-top: 4px;")
                self._rows[f"heading:{field.section}"] = self.form.rowCount()
                self.form.addRow(heading)
                self._headings[field.section] = heading
            box = make_field_input(field, "", inner)
            box.setObjectName(f"input_{field.key}")
            box.setFixedWidth(INPUT_WIDTH)
            status = FieldStatus(inner)
            status.setObjectName(f"status_{field.key}")
            row = QWidget(inner)
            row_layout = QHBoxLayout(row)
            row_layout.setContentsMargins(0, 0, 0, 0)
            row_layout.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
            row_layout.addWidget(status, 1)
            label = QLabel(inner)
            label.setBuddy(box)
            label.setWordWrap(True)
            label.setMaximumWidth(LABEL_MAX_WIDTH)
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self._rows[field.key] = self.form.rowCount()
            self.form.addRow(label, row)
            self._inputs[field.key] = box
            self._statuses[field.key] = status
            self._labels[field.key] = label
            box.valueChanged.connect(lambda _value, key=field.key: self._on_changed(key))
            box.editingFinished.connect(lambda key=field.key: self._on_finished(key))
            if previous is not None:
                QWidget.setTabOrder(previous, box)
            previous = box

    # -- language -------------------------------------------------------------------------------

    def retranslate(self, lang: str) -> None:
        """Labels, units and tooltips from fields.toml in ``lang``."""
        self._lang = lang
        if not self._built:
            return
        sections = self._catalogue.sections
        whole = _("全校")
        for section, heading in self._headings.items():
            heading.setText(sections[section]["en" if lang == "en" else "zh"] if section else whole)
        for field in self.fields:
            label = field.label_en if lang == "en" else field.label_zh
            unit = field.unit_en if lang == "en" else field.unit_zh
            label_widget = self._labels[field.key]
            label_widget.setText(label)
            # Wrap only what is longer than the column allows; a wrapping QLabel would otherwise choose a
            # narrow width of its own and break short labels too.
            label_widget.setMinimumWidth(min(label_widget.fontMetrics().horizontalAdvance(label) + 4,
                                             LABEL_MAX_WIDTH))
            box = self._inputs[field.key]
            box.set_unit(unit)
            top = fmt_number(field.maximum) if field.maximum is not None else "∞"
            tip = _("{label}（{unit}），可填 {low}–{high}；“—”表示未填").format(
                label=label, unit=unit, low=fmt_number(field.minimum), high=top)
            if field.clause:
                tip += "\n" + _("依据：{clause}").format(clause=field.clause)
            box.setToolTip(tip)
            self._labels[field.key].setToolTip(tip)

    # -- values ---------------------------------------------------------------------------------

    def set_sections(self, sections: tuple[str, ...]) -> None:
        """Show the rows of these sections and the whole-school rows."""
        self._sections = sections
        self._apply_visibility()

    def _apply_visibility(self) -> None:
        if not self._built:
            return
        for field in self.fields:
            self.form.setRowVisible(self._rows[field.key], self._shown(field))
        for section in self._headings:
            shown = any(self._shown(f) for f in self.fields if f.section == section)
            self.form.setRowVisible(self._rows[f"heading:{section}"], shown)

    def _shown(self, field: FieldDef) -> bool:
        # A field of a section the school type lacks stays visible while it holds a value: an error
        # about it ("初中有教师但没有在校生") must be fixable where it is shown.
        return field.section == "" or field.section in self._sections or bool(self._committed[field.key])

    def visible_inputs(self) -> list[FieldSpinBox | FieldDoubleSpinBox]:
        return [self.inputs[f.key] for f in self.fields if self._shown(f)]

    def visible_keys(self) -> list[str]:
        return [f.key for f in self.fields if self._shown(f)]

    def load(self, record: SchoolRecord) -> None:
        """Show a record's committed values (discarding anything typed and not committed)."""
        for key in self.keys:
            value = record.values.get(key)
            self._committed[key] = value
            if self._built:
                self._inputs[key].set_field_value(value)
        self._apply_visibility()

    def set_committed(self, key: str, value: Value | None) -> None:
        self._committed[key] = value
        if not self._built:
            return
        box = self._inputs[key]
        if not box.shows_same(box.field_value(), value):
            box.set_field_value(value)

    def pending(self) -> dict[str, Value | None]:
        """Values typed but not committed yet (at most the focused field's)."""
        return {key: box.field_value() for key, box in self._inputs.items()
                if not box.shows_same(box.field_value(), self._committed[key])}

    def revert_pending(self) -> bool:
        """Put back the committed values of fields being typed in; True if there was any."""
        pending = self.pending()
        for key in pending:
            self._inputs[key].set_field_value(self._committed[key])
        return bool(pending)

    def commit_pending(self) -> None:
        for key, value in self.pending().items():
            self.committed.emit(key, value)

    def set_notes(self, notes: dict[str, list[FieldNote]], lang: str) -> None:
        self._notes, self._lang = notes, lang
        for key, status in self._statuses.items():
            status.set_notes(notes.get(key, []), lang)

    # -- signals --------------------------------------------------------------------------------

    def _on_changed(self, key: str) -> None:
        self.edited.emit(key, self._inputs[key].field_value())

    def _on_finished(self, key: str) -> None:
        box = self._inputs[key]
        value = box.field_value()
        if not box.shows_same(value, self._committed[key]):
            self.committed.emit(key, value)

    def focusNextPrevChild(self, next: bool) -> bool:
        inputs = self.visible_inputs() if self._built else []
        focus = QApplication.focusWidget()
        if inputs and next and focus is inputs[-1]:
            self.leave_forward.emit()
            return True
        if inputs and not next and focus is inputs[0]:
            self.leave_backward.emit()
            return True
        return super().focusNextPrevChild(next)
