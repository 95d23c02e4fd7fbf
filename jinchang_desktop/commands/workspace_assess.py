"""``assess WORKSPACE``: the assessment of a workspace's accepted and entered data."""
from __future__ import annotations

from pathlib import Path

from jinchang_desktop.errors import JcError
from jinchang_desktop.standards.assess import Assessment, assess
from jinchang_desktop.standards.catalogue import load_profile
from jinchang_desktop.standards.validate import validate_records


def assess_workspace(path: Path, profile_id: str | None = None) -> Assessment:
    from jinchang_desktop.exchange.reports import county_records, school_record
    from jinchang_desktop.exchange.ws_profile import workspace_profile
    from jinchang_desktop.store.workspace import Workspace

    with Workspace.open(path) as ws:
        profile = load_profile(profile_id) if profile_id else workspace_profile(ws)
        records = [school_record(ws)] if ws.role == "school" else county_records(ws)
    if not records:
        raise JcError("工作区中还没有学校数据", "the workspace holds no school data yet", file=str(path),
                      rule="no-data")
    problems = validate_records(records, file=str(path))
    if problems:
        raise JcError(problems[0].zh, problems[0].en, file=str(path), column=problems[0].column,
                      rule=problems[0].rule)
    return assess(records, profile)
