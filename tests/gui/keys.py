"""Typing into widgets the way a keyboard does.

``qtbot.keyClicks`` aborts the process on non-ASCII text in PySide6 6.12, so text goes in as QKeyEvents
that carry it; digits and the decimal point get their real key codes.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

_KEYS = {".": Qt.Key.Key_Period, "-": Qt.Key.Key_Minus, " ": Qt.Key.Key_Space}


def key_of(char: str) -> int:
    if char.isascii() and char.isdigit():
        return int(Qt.Key.Key_0) + int(char)
    if char in _KEYS:
        return int(_KEYS[char])
    if char.isascii() and char.isalpha():
        return int(Qt.Key.Key_A) + ord(char.upper()) - ord("A")
    return 0  # no key code: the text alone carries the character (Chinese typed through an IME)


def type_text(widget: QWidget, text: str) -> None:
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key_of(char), Qt.KeyboardModifier.NoModifier, char))


def replace_text(widget: QWidget, text: str) -> None:
    """Select all, then type: what a clerk does over an existing figure."""
    QTest.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(widget, text)


def press(widget: QWidget, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key with shortcut handling (QTest sends the ShortcutOverride that triggers window actions)."""
    QTest.keyClick(widget, key, modifiers)
