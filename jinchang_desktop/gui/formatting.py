"""The number formatter lives in ``reports.numbers``; this name stays for the modules that still import it here."""
from __future__ import annotations

from jinchang_desktop.reports.numbers import fmt_number, fmt_threshold

__all__ = ["fmt_number", "fmt_threshold"]
