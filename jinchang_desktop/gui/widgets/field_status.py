"""The note beside a field: an icon and a sentence, red for a hard error, amber for a warning."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from jinchang_desktop.gui.field_notes import FieldNote
from jinchang_desktop.gui.icons import icon

STYLES = {"error": "color: #b71c1c;", "warning": "color: #8a5a00;"}
ICON_SIZE = 16


class FieldStatus(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.icon_label = QLabel(self)
        self.icon_label.setFixedSize(ICON_SIZE, ICON_SIZE)
        self.text_label = QLabel(self)
        self.text_label.setWordWrap(True)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.text_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout.addWidget(self.icon_label, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text_label, 1)
        self._shown: tuple[str, str, str] | None = None
        self.level: str | None = None
        self.set_notes([], "zh")

    def set_notes(self, notes: list[FieldNote], lang: str) -> None:
        """Show the first error (else the first warning); every note goes into the tooltip."""
        ordered = sorted(notes, key=lambda n: n.level != "error")
        if not ordered:
            shown = ("", "", "")
        else:
            first = ordered[0]
            shown = (first.level, first.text(lang), "\n".join(n.text(lang) for n in ordered))
        if shown == self._shown:
            return
        self._shown = shown
        level, text, tip = shown
        self.level = level or None
        self.text_label.setText(text)
        self.setToolTip(tip)
        if level:
            self.icon_label.setPixmap(icon(level).pixmap(ICON_SIZE, ICON_SIZE))
            self.text_label.setStyleSheet(STYLES[level])
        else:
            self.icon_label.clear()
        self.icon_label.setVisible(bool(level))

    @property
    def text(self) -> str:
        return self.text_label.text()
