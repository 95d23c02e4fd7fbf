"""jinchang-desktop: the 优质均衡 assessment and signed-report chain, offline."""
from __future__ import annotations

__version__ = "0.1.0"
