"""Pages that read the store when first shown, not when the window is built."""
from __future__ import annotations

from PySide6.QtGui import QShowEvent


class RefreshedWhenFirstShown:
    """Mixin (before the Qt class) for a page whose ``refresh()`` reads its data and sets ``_filled``: a tab
    nobody opens costs nothing, and one opened is filled before it is painted."""

    _filled = False

    def refresh(self) -> None:
        raise NotImplementedError

    def showEvent(self, event: QShowEvent) -> None:
        if not self._filled:
            self.refresh()
        super().showEvent(event)  # type: ignore[misc]
