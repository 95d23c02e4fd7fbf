"""Whether a school workspace may export its report: ``standards.review.export_check`` on what the store holds.

``check``, ``explain`` and ``export`` ask this; the GUI asks ``export_check`` itself with the editor's committed
record (its writer connection belongs to the database worker), from the same rows.
"""
from __future__ import annotations

import sqlite3
from typing import Any

from jinchang_desktop.errors import JcError
from jinchang_desktop.exchange.payloads import SchoolReport
from jinchang_desktop.exchange.ws_profile import workspace_profile
from jinchang_desktop.i18n import msg
from jinchang_desktop.standards.catalogue import Profile
from jinchang_desktop.standards.fields import field_catalogue
from jinchang_desktop.standards.records import SchoolRecord
from jinchang_desktop.standards.review import ExportCheck, export_check
from jinchang_desktop.store.declared import YEAR_MIN, get_record
from jinchang_desktop.store.explanations import explanations, set_explanation
from jinchang_desktop.store.workspace import Workspace


def last_year_values(conn: sqlite3.Connection, code: str, school_year: int) -> dict[str, int | float]:
    """The school's values for the year before ``school_year``: the change warnings compare with them."""
    if school_year - 1 < YEAR_MIN:
        return {}
    return dict(get_record(conn, code, school_year - 1).values)


def _school_workspace(workspace: Workspace) -> None:
    if workspace.role != "school":
        raise JcError(msg("{role} 工作区没有学校报告可检查", role=workspace.role), rule="role")


def workspace_check(workspace: Workspace, record: SchoolRecord | None = None) -> ExportCheck:
    """Hard errors and soft warnings of the workspace's own school for its school year, with the explanations held."""
    _school_workspace(workspace)
    conn, code, year = workspace.conn, workspace.code, workspace.school_year
    record = record if record is not None else get_record(conn, code, year)
    return export_check(record, workspace_profile(workspace), previous=last_year_values(conn, code, year),
                        explanations=explanations(conn, code, year))


def field_key(text: str) -> str:
    """A numeric field named by its key or its Chinese or English label; JcError for anything else."""
    catalogue = field_catalogue()
    wanted = text.strip()
    for spec in catalogue.fields.values():
        if spec.numeric and wanted in (spec.key, spec.label_zh, spec.label_en):
            return spec.key
    raise JcError(msg("未知的数据项“{text}”（请用字段键名，如 equipment_value_yuan）", text=text), column=text,
                  rule="field")


def explain(workspace: Workspace, field: str, text: str) -> str:
    """Record (or, with blank text, remove) the explanation for ``field``'s warnings, audited; the field's key."""
    _school_workspace(workspace)
    key = field_key(field)
    set_explanation(workspace.conn, workspace.code, workspace.school_year, key, text, action="explain")
    return key


UNEXPLAINED = "unexplained-warnings"  # the flag on an accepted package whose warnings lack explanations


def received_warnings(conn: sqlite3.Connection, report: SchoolReport, profile: Profile,
                      school_year: int) -> list[dict[str, Any]]:
    """The warnings of a received school report, each with the explanation the package gives (or "").

    Recomputed on the received record with this workspace's profile and last year's values held here, so a
    package made by an older version or by hand (no ``warnings`` in it) is judged like any other; a warning the
    package itself lists that the recomputation does not find (last year's figures only the school had) is kept.
    """
    record = report.record
    check = export_check(record, profile, previous=last_year_values(conn, record.code, school_year),
                         explanations=report.explanations)
    found = [w.to_json() for w in check.warnings]
    seen = {(w["field"], w["rule"]) for w in found}
    for item in report.warnings or []:
        if (item["field"], item["rule"]) not in seen:
            seen.add((item["field"], item["rule"]))
            explanation = (report.explanations.get(item["field"]) or "").strip()
            found.append({"field": item["field"], "rule": item["rule"], "message": dict(item["message"]),
                          "explained": bool(explanation), "explanation": explanation})
    order = {key: index for index, key in enumerate(field_catalogue().fields)}
    return sorted(found, key=lambda w: order.get(str(w["field"]), len(order)))  # as the entry pages list them
