"""The profile a workspace is judged by: a shipped one by id, or the one its county's roster carried."""
from __future__ import annotations

import json

from jinchang_desktop.standards.catalogue import Profile, load_profile, profile_from_document
from jinchang_desktop.store.workspace import Workspace

PROFILE_DOCUMENT = "profile_document"


def workspace_profile(workspace: Workspace) -> Profile:
    document = workspace.get_meta(PROFILE_DOCUMENT)
    if document:
        return profile_from_document(json.loads(document), source=f"{workspace.path} ({PROFILE_DOCUMENT})")
    return load_profile(workspace.profile_id)
