"""``load``: declared data from a school table into a workspace, in one transaction."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from jinchang_desktop.errors import JcError
from jinchang_desktop.i18n import msg
from jinchang_desktop.standards.table import read_table
from jinchang_desktop.store.declared import load_records
from jinchang_desktop.store.workspace import Workspace


@dataclass(frozen=True)
class TableLoad:
    schools: int
    values_changed: int
    other_rows: int  # rows of other schools or counties, not this workspace's


def load_table(workspace: Workspace, table: Path) -> TableLoad:
    """A school takes its own row (by code); a county the rows of its county, as entered by the county, unsigned."""
    records = read_table(table)
    role = workspace.role
    if role == "school":
        mine = [r for r in records if r.code == workspace.code]
        if not mine:
            raise JcError(msg("表中没有本校（标识码 {code}）的一行", code=workspace.code), file=str(table),
                          rule="own-row")
        source = "self"
    elif role == "county":
        mine = [r for r in records if r.county == workspace.name]
        if not mine:
            raise JcError(msg("表中没有属于“{name}”的学校", name=workspace.name),
                          file=str(table), rule="county-rows")
        source = "county-entry"
    else:
        raise JcError(msg("{role} 工作区的数据来自数据包，不能从表格载入", role=role), file=str(table),
                      rule="role")
    result = load_records(workspace.conn, mine, workspace.school_year, action="load", source=source,
                          detail=f"table {Path(table).name}")
    return TableLoad(schools=len(mine), values_changed=result.values_changed, other_rows=len(records) - len(mine))
