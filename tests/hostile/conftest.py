"""The hostile corpus shares the exchange tests' county with two enrolled schools (a fresh one per test)."""
from __future__ import annotations

from tests.exchange.conftest import chain

__all__ = ["chain"]
