"""The app's icons: small SVGs under resources/icons, found like every other resource."""
from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from jinchang_desktop.resource_files import resource_path


@cache
def icon(name: str) -> QIcon:
    """``icon("error")`` → resources/icons/error.svg (needs Qt's SVG icon engine plugin in a bundle)."""
    return QIcon(str(resource_path("icons", f"{name}.svg")))
