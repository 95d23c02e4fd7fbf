"""The per-school government-guarantee and quality checks (class size, school size, music and art
rooms, training budget) as a list of icon + sentence rows."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from jinchang_desktop.gui.icons import icon
from jinchang_desktop.reports.verdicts import check_level
from jinchang_desktop.standards.catalogue import Profile
from jinchang_desktop.standards.guarantee import Check

ICON_SIZE = 14


def check_icon_name(check: Check) -> str:
    """ok, error or unknown (the school has not entered the figures this check needs)."""
    return check_level(check)


class ChecksList(QWidget):
    """Rows are kept and reused: the list is refreshed on every keystroke."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(6)
        self._grid.setVerticalSpacing(2)
        self._grid.setColumnStretch(1, 1)
        self._rows: list[tuple[QLabel, QLabel]] = []
        self._icons: list[str] = []

    def _row(self, index: int) -> tuple[QLabel, QLabel]:
        while len(self._rows) <= index:
            mark, text = QLabel(self), QLabel(self)
            mark.setAlignment(Qt.AlignmentFlag.AlignTop)
            text.setWordWrap(True)
            row = len(self._rows)
            self._grid.addWidget(mark, row, 0)
            self._grid.addWidget(text, row, 1)
            self._rows.append((mark, text))
            self._icons.append("")
        return self._rows[index]

    def show_checks(self, checks: list[Check], profile: Profile, lang: str) -> None:
        for index, check in enumerate(checks):
            mark, text = self._row(index)
            name = check_icon_name(check)
            if self._icons[index] != name:
                mark.setPixmap(icon(name).pixmap(ICON_SIZE, ICON_SIZE))
                self._icons[index] = name
            text.setText(check.detail_en if lang == "en" else check.detail_zh)
            indicator = profile.indicators.get(check.key)
            if indicator is not None:
                tip = f"{indicator.name_en if lang == 'en' else indicator.name_zh}\n{indicator.clause}"
                text.setToolTip(tip)
                mark.setToolTip(tip)
            mark.show()
            text.show()
        for mark, text in self._rows[len(checks):]:
            mark.hide()
            text.hide()

    def texts(self) -> list[str]:
        """The visible sentences (for tests and accessibility checks)."""
        return [text.text() for _, text in self._rows if not text.isHidden()]
