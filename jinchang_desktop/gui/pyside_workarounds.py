"""Work around PySide6 6.12 dropping references to None and True on CPython before 3.12.

PySide6 6.12.0 returns None from void methods (``widget.update()``, ``painter.drawLine()`` …) and True
from ``Signal.emit`` without taking a reference for the caller. From CPython 3.12 these objects are
immortal and nothing happens; on 3.11 (Debian 12's python3, which the CI venv uses) every such call
takes one reference away, and when the count reaches zero the interpreter aborts with "Fatal Python
error: none_dealloc: deallocating None". Measured here: None holds ~8,000 references after start-up and
one repaint of the gauge panel takes 113 of them, so a clerk's session would abort after about sixty
keystrokes.

``pin_singletons`` checks whether the running PySide6 has the leak and, if so, adds 2**40 references to
None, True and False: more than any session can spend. Remove this module once the project requires
Python 3.12 or a PySide6 without the leak.
"""
from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QPointF

PIN = 1 << 40
_PROBE_CALLS = 100
_pinned = False


def singletons_leak() -> bool:
    """Whether a void PySide6 method call takes a reference to None away (it must not)."""
    point = QPointF()
    before = sys.getrefcount(None)
    for _ in range(_PROBE_CALLS):
        point.setX(0.0)
    return sys.getrefcount(None) <= before - _PROBE_CALLS // 2


def pin_singletons() -> bool:
    """Make None, True and False unkillable when the leak is present; True if they were pinned now."""
    global _pinned
    if _pinned or sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False
    if not singletons_leak():
        return False
    for singleton in (None, True, False):
        # ob_refcnt is the first field of every CPython object (3.11 and earlier).
        ctypes.c_ssize_t.from_address(id(singleton)).value += PIN
    _pinned = True
    return True
