"""The workspace views, one per role, and the registry the app opens a workspace with: role → view class.

Each entry names its module, imported when a workspace of that role is opened (so the school's start-up does
not load the county's view). A new view for a role replaces its entry here and nothing else.
"""
from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from jinchang_desktop.gui.views.base import WorkspaceView

VIEWS: dict[str, tuple[str, str]] = {
    "school": ("jinchang_desktop.gui.views.school", "SchoolView"),
    "county": ("jinchang_desktop.gui.views.county", "CountyView"),
    "city": ("jinchang_desktop.gui.views.city", "CityView"),
    "inspector": ("jinchang_desktop.gui.views.inspector", "InspectorView"),
}


def view_class(role: str) -> type[WorkspaceView]:
    """The view of ``role``'s workspaces; KeyError for a role the app does not know."""
    module, name = VIEWS[role]
    view: type[WorkspaceView] = getattr(import_module(module), name)
    assert view.role == role, (role, view)
    return view
