"""Numbers as the clerk reads them: the core's formatter (``standards.numbers``), so core and GUI word alike."""
from __future__ import annotations

from jinchang_desktop.standards.numbers import fmt_number, fmt_threshold

__all__ = ["fmt_number", "fmt_threshold"]
