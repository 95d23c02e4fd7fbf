"""Numbers as a person reads them, on screen and on paper (no Qt).

The formatter itself is ``standards.numbers.fmt_number``: the standards layer words its own messages with it, and
everything above (reports, the GUI) takes it from here or there, so there is one formatter.
"""
from __future__ import annotations

from jinchang_desktop.standards.numbers import fmt_number, fmt_threshold

__all__ = ["fmt_bytes", "fmt_number", "fmt_threshold"]


def fmt_bytes(size: int) -> str:
    """A file size: ``512 B``, ``12.4 KB``, ``3.1 MB``."""
    value = float(size)
    for unit in ("B", "KB", "MB"):
        if value < 1024:
            return f"{size} B" if unit == "B" else f"{fmt_number(value, decimals=1)} {unit}"
        value /= 1024
    return f"{fmt_number(value, decimals=1)} GB"
