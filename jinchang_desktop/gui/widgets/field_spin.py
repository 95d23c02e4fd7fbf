"""Spin boxes for the numeric fields of fields.toml, with a "not entered" state.

A field the school has not declared is not the same as 0: the guarantee checks say "未填" rather than
fail. The box shows "—" one step below the field's minimum for that state; clearing the text gets there.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QValidator, QWheelEvent
from PySide6.QtWidgets import QAbstractSpinBox, QDoubleSpinBox, QSpinBox, QWidget

from jinchang_desktop.standards.fields import FieldDef

Value = int | float
Validation = tuple[QValidator.State, str, int]
NOT_ENTERED_TEXT = "—"
MONEY_DECIMALS = 2  # yuan and fen
OTHER_DECIMALS = 1  # areas: a tenth of a square metre is finer than any floor plan
# Undo and redo belong to the window (committed edits), not to the text inside one box.
_APP_KEYS = (QKeySequence("Ctrl+Z"), QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z"))


class _FieldInput:
    """Behaviour shared by both boxes (a mixin in front of the Qt class)."""

    field: FieldDef

    def _setup(self, field: FieldDef, unit: str) -> None:
        box: QAbstractSpinBox = self  # type: ignore[assignment]
        self.field = field
        # A fixed C locale: "." as the decimal point and no group separators whatever the system says.
        box.setLocale(QLocale.c())
        box.setSpecialValueText(NOT_ENTERED_TEXT)
        box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # a wheel over an unfocused box scrolls the page
        box.setAccelerated(True)
        box.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
        self.set_unit(unit)

    def set_unit(self, unit: str) -> None:
        self.setSuffix(f" {unit}" if unit else "")  # type: ignore[attr-defined]

    def _clean(self, text: str) -> str:
        suffix = self.suffix()  # type: ignore[attr-defined]
        if suffix and text.endswith(suffix):
            text = text[: -len(suffix)]
        return text.strip()

    def shows_same(self, a: Value | None, b: Value | None) -> bool:
        """Equal as this box shows them: a stored 0.125 shown as 0.13 has not been edited."""
        return same_value(a, b, decimals=self.decimals() if isinstance(self, QDoubleSpinBox) else 0)

    def field_value(self) -> Value | None:
        value = self.value()  # type: ignore[attr-defined]
        if value <= self.minimum():  # type: ignore[attr-defined]
            return None
        return value

    def set_field_value(self, value: Value | None) -> None:
        """Show a committed value without emitting valueChanged (that signal means the clerk typed)."""
        box: QAbstractSpinBox = self  # type: ignore[assignment]
        blocked = box.blockSignals(True)
        try:
            self.setValue(self.minimum() if value is None else value)  # type: ignore[attr-defined]
        finally:
            box.blockSignals(blocked)

    def _validate(self, text: str, pos: int, base: Validation) -> Validation:
        clean = self._clean(text)
        if clean in ("", NOT_ENTERED_TEXT):
            return QValidator.State.Acceptable, text, pos
        if "-" in clean or "+" in clean:
            return QValidator.State.Invalid, text, pos
        return base

    def _event(self, event: QEvent) -> bool | None:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            combo = QKeySequence(event.keyCombination())
            if any(combo.matches(k) == QKeySequence.SequenceMatch.ExactMatch for k in _APP_KEYS):
                event.ignore()
                return False
        return None

    def _wheel(self, event: QWheelEvent) -> bool:
        if not self.hasFocus():  # type: ignore[attr-defined]
            event.ignore()
            return True
        return False


class FieldSpinBox(_FieldInput, QSpinBox):
    """A whole-number field."""

    def __init__(self, field: FieldDef, unit: str, parent: QWidget | None = None) -> None:
        QSpinBox.__init__(self, parent)
        top = int(field.maximum) if field.maximum is not None else 2**31 - 1
        self.setRange(int(field.minimum) - 1, top)
        self._setup(field, unit)

    def validate(self, text: str, pos: int) -> Validation:
        return self._validate(text, pos, super().validate(text, pos))

    def valueFromText(self, text: str) -> int:
        clean = self._clean(text)
        if clean in ("", NOT_ENTERED_TEXT):
            return self.minimum()
        return super().valueFromText(text)

    def event(self, event: QEvent) -> bool:
        handled = self._event(event)
        return handled if handled is not None else super().event(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if not self._wheel(event):
            super().wheelEvent(event)


class FieldDoubleSpinBox(_FieldInput, QDoubleSpinBox):
    """A decimal field (areas, money), two decimals."""

    def __init__(self, field: FieldDef, unit: str, parent: QWidget | None = None) -> None:
        QDoubleSpinBox.__init__(self, parent)
        self.setDecimals(MONEY_DECIMALS if field.unit_en == "yuan" else OTHER_DECIMALS)
        top = float(field.maximum) if field.maximum is not None else 1e12
        self.setRange(float(field.minimum) - 1, top)
        self._setup(field, unit)

    def validate(self, text: str, pos: int) -> Validation:
        return self._validate(text, pos, super().validate(text, pos))

    def valueFromText(self, text: str) -> float:
        clean = self._clean(text)
        if clean in ("", NOT_ENTERED_TEXT):
            return self.minimum()
        return super().valueFromText(text)

    def stepBy(self, steps: int) -> None:
        # From 0.5 one step down would land on -0.5; below zero there is only "not entered".
        if self.value() + steps * self.singleStep() < self.field.minimum:
            self.setValue(self.minimum())
        else:
            super().stepBy(steps)

    def field_value(self) -> Value | None:
        value = super().field_value()
        if value is not None and float(value).is_integer():
            return int(value)  # stored like the table reader stores it: whole numbers as int
        return value

    def event(self, event: QEvent) -> bool:
        handled = self._event(event)
        return handled if handled is not None else super().event(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if not self._wheel(event):
            super().wheelEvent(event)


def make_field_input(field: FieldDef, unit: str, parent: QWidget | None = None) -> FieldSpinBox | FieldDoubleSpinBox:
    if field.kind == "int":
        return FieldSpinBox(field, unit, parent)
    return FieldDoubleSpinBox(field, unit, parent)


def same_value(a: Value | None, b: Value | None, *, decimals: int) -> bool:
    """Equal when rounded to ``decimals`` places; "not entered" equals only itself."""
    if a is None or b is None:
        return a is b
    return round(float(a), decimals) == round(float(b), decimals)

