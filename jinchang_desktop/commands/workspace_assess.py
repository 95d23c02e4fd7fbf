"""``assess WORKSPACE``: the assessment of a workspace's accepted and entered data."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from jinchang_desktop.errors import JcError
from jinchang_desktop.i18n import msg
from jinchang_desktop.standards.assess import Assessment, assess
from jinchang_desktop.standards.catalogue import Profile, load_profile
from jinchang_desktop.standards.validate import validate_records

if TYPE_CHECKING:
    from jinchang_desktop.store.workspace import Workspace


def assess_workspace(path: Path, profile_id: str | None = None, *, layer: str = "declared") -> Assessment:
    from jinchang_desktop.store.workspace import Workspace

    with Workspace.open(path) as ws:
        profile = load_profile(profile_id) if profile_id else None
        result = assess_open_workspace(ws, profile, layer=layer)
    assert result is not None
    return result


def assess_open_workspace(ws: Workspace, profile: Profile | None = None, *,
                          require_data: bool = True, layer: str = "declared") -> Assessment | None:
    """The assessment of an open workspace's records (None when it has none and ``require_data`` is off)."""
    from jinchang_desktop.exchange.reports import county_records, school_record
    from jinchang_desktop.exchange.ws_profile import workspace_profile

    profile = profile or workspace_profile(ws)
    records = [school_record(ws)] if ws.role == "school" else county_records(ws)
    if layer != "declared":  # the verified value where an inspector found one, declared elsewhere
        from jinchang_desktop.inspection.summary import records_in_layer

        records = records_in_layer(ws.conn, records, ws.school_year, layer)
    if not records:
        if not require_data:
            return None
        raise JcError(msg("工作区中还没有学校数据"), file=str(ws.path), rule="no-data")
    problems = validate_records(records, file=str(ws.path))
    if problems:
        first = problems[0]
        raise JcError(first.text, file=str(ws.path), column=first.column, rule=first.rule)
    return assess(records, profile)


def workspace_county_items(path: Path, assessment: Assessment) -> dict[str, list[dict[str, Any]]]:
    """``counties.{name}.county_items`` of ``assess --json``: each county's declared items against the profile."""
    from jinchang_desktop.store.workspace import Workspace

    with Workspace.open(path) as ws:
        return county_items_json(ws, assessment)


def county_items_json(ws: Workspace | None, assessment: Assessment) -> dict[str, list[dict[str, Any]]]:
    from jinchang_desktop.standards.county_items import assess_county_items, verdicts_json

    result = {}
    for county in assessment.counties:
        values = {}
        if ws is not None and (ws.role == "city" or (ws.role == "county" and county == ws.name)):
            from jinchang_desktop.reports.county_items import county_item_values

            values = county_item_values(ws, county)
        result[county] = verdicts_json(assess_county_items(values, assessment.profile))
    return result
