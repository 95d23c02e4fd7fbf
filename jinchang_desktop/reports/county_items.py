"""A workspace's county-wide items: the values declared, and the full scorecard of a county.

``county_item_values`` is the one place reports read the declared items from (表Ⅰ/Ⅳ/Ⅴ/Ⅵ of the national
form and the CLI). Plain functions on an open workspace; no Qt.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from jinchang_desktop.errors import JcError
from jinchang_desktop.i18n import N_, Msg, Named, msg
from jinchang_desktop.standards.catalogue import SECTIONS, Profile
from jinchang_desktop.standards.county_items import (
    ItemValue,
    ItemVerdict,
    all_item_keys,
    assess_county_items,
    item_rules,
    parse_assignments,
)

if TYPE_CHECKING:
    import sqlite3

    from jinchang_desktop.standards.assess import Assessment
    from jinchang_desktop.store.workspace import Workspace

GROUP_ORDER = ("resource", "guarantee", "quality", "recognition", "jinchang")
MET, NOT_MET, NO_DATA = "met", "not_met", "no_data"


def own_county(workspace: Workspace, county: str | None = None) -> str:
    """The county whose items are meant: a county workspace's own (its name, as its schools' county column)."""
    if workspace.role == "county":
        if county and county.strip() != workspace.name:
            raise JcError(msg("县区工作区只能录入本县区（{name}）的指标，不能录入“{county}”", name=workspace.name,
                              county=county), rule="county")
        return workspace.name
    if county:
        return county.strip()
    raise JcError(msg("{role} 工作区需要指明县区（--county）", role=workspace.role), rule="county")


def county_item_values(workspace: Workspace, county: str | None = None,
                       school_year: int | None = None) -> dict[str, ItemValue]:
    """The declared county-wide items of ``county`` (default: the workspace's own) for ``school_year`` (default:
    the workspace's).

    Keys as in the catalogue (``KEY`` or ``KEY.primary`` / ``KEY.junior``); qualitative items as True (是) or
    False (否); items not declared are absent.
    """
    from jinchang_desktop.exchange.ws_profile import workspace_profile

    year = workspace.school_year if school_year is None else school_year
    return stored_item_values(workspace.conn, workspace_profile(workspace), own_county(workspace, county), year)


def stored_item_values(conn: sqlite3.Connection, profile: Profile, county: str, school_year: int
                       ) -> dict[str, ItemValue]:
    """``county_item_values`` on any connection (the GUI's read-only one), with the profile given."""
    from jinchang_desktop.store.county_items import county_items

    known = all_item_keys(profile)
    values: dict[str, ItemValue] = {}
    for item in county_items(conn, county, school_year):
        indicator = known.get(item.key)
        if indicator is None:  # an item the workspace's profile no longer has: kept, not shown
            continue
        values[item.key] = bool(item.value) if indicator.direction == "qualitative" else item.value
    return values


def county_item_notes(workspace: Workspace, county: str | None = None) -> dict[str, str]:
    from jinchang_desktop.store.county_items import county_items

    return {i.key: i.note for i in county_items(workspace.conn, own_county(workspace, county),
                                                workspace.school_year)}


def set_county_items_text(workspace: Workspace, assignments: list[str], *, note: str | None = None,
                          county: str | None = None, action: str = "county-items") -> dict[str, ItemValue]:
    """Parse ``KEY=VALUE`` words and store them together; a bad one refuses all (nothing is stored)."""
    from jinchang_desktop.exchange.ws_profile import workspace_profile
    from jinchang_desktop.store.county_items import set_county_items

    if workspace.role not in ("county", "city"):
        raise JcError(msg("只有县区或市级工作区有县域指标"), rule="role")
    values = parse_assignments(workspace_profile(workspace), assignments)
    if not values:
        raise JcError(msg("没有给出任何指标值（KEY=VALUE）"), rule="usage")
    set_county_items(workspace.conn, own_county(workspace, county), workspace.school_year, values, note=note,
                     action=action)
    return values


@dataclass(frozen=True)
class ScoreRow(Named):
    key: str
    group: str
    name: Msg
    status: str  # met, not_met, no_data
    value: Any
    threshold: Any
    veto: bool = False

    def to_json(self) -> dict[str, Any]:
        return {"key": self.key, "group": self.group, "name_zh": self.name_zh, "name_en": self.name_en,
                "status": self.status, "value": self.value, "threshold": self.threshold, "veto": self.veto}


def _status(ok: bool | None) -> str:
    return NO_DATA if ok is None else (MET if ok else NOT_MET)


def _all(oks: list[bool | None]) -> bool | None:
    """Met when every school meets it, not met when one does not, else no data."""
    if any(ok is False for ok in oks):
        return False
    if oks and all(ok is True for ok in oks):
        return True
    return None


def _plain(value: Any) -> Any:
    if value is None or isinstance(value, (bool, int, str)):
        return value
    number = float(value)
    return int(number) if number.is_integer() else number


def school_data_rows(profile: Profile, assessment: Assessment | None, county: str) -> list[ScoreRow]:
    """Rows computed from school data: the per-school rule and the CVs per section, and per-school items."""
    rows: list[ScoreRow] = []
    sections = assessment.counties.get(county, {}) if assessment else {}
    schools = [s for s in assessment.schools if s.record.county == county] if assessment else []
    for section in SECTIONS:
        summary = sections.get(section)
        if summary is None:
            continue
        rule_ok = summary.compliant_schools == summary.schools
        rows.append(ScoreRow(f"school_rule.{section}", "resource", msg(_RULE_NAMES[section]), _status(rule_ok),
                             f"{summary.compliant_schools}/{summary.schools}", None))
        for indicator in profile.resource_indicators:
            cv = summary.cv[indicator.key]
            rows.append(ScoreRow(f"cv.{indicator.key}.{section}", "resource",
                                 msg(_CV_NAMES[section], indicator=indicator.name),
                                 _status(None if cv.cv is None else cv.ok), cv.cv, summary.limit))
    for indicator in profile.indicators.values():
        if indicator.scope not in ("school", "class"):
            continue
        oks = [c.ok for s in schools if not s.excluded for c in s.checks if c.key == indicator.key]
        rows.append(ScoreRow(indicator.key, indicator.group, indicator.name, _status(_all(oks)), None, None))
    return rows


# Row names of the scorecard by section, whole phrases in each language.
_RULE_NAMES = {"primary": N_("小学每校资源配置达标"), "junior": N_("初中每校资源配置达标")}
_CV_NAMES = {"primary": N_("小学{indicator}差异系数"), "junior": N_("初中{indicator}差异系数")}
_ITEM_NAMES = {"primary": N_("{indicator}（小学）"), "junior": N_("{indicator}（初中）")}


def county_scorecard(profile: Profile, values: Mapping[str, ItemValue], assessment: Assessment | None = None,
                     county: str = "") -> list[ScoreRow]:
    """Every indicator of the profile for one county: met, not met or no data; veto items first."""
    veto = item_rules().veto
    rows = school_data_rows(profile, assessment, county)
    rows += [_item_row(v, v.indicator.key in veto) for v in assess_county_items(values, profile)]
    return sorted(rows, key=lambda r: (not r.veto, GROUP_ORDER.index(r.group) if r.group in GROUP_ORDER else 99))


def _item_row(verdict: ItemVerdict, veto: bool) -> ScoreRow:
    indicator = verdict.indicator
    name = indicator.name
    if "." in verdict.key:
        name = msg(_ITEM_NAMES[verdict.key.rsplit(".", 1)[1]], indicator=indicator.name)
    return ScoreRow(verdict.key, indicator.group, name, _status(verdict.ok), _plain(verdict.value),
                    _plain(verdict.threshold), veto)


def format_scorecard_rows(rows: list[ScoreRow], notes: Mapping[str, str] | None = None) -> str:
    marks = {MET: "✔ 达标", NOT_MET: "✘ 未达标", NO_DATA: "… 无数据"}
    lines = []
    for row in rows:
        value = "" if row.value is None else (("是" if row.value else "否") if isinstance(row.value, bool)
                                              else f"{row.value:.3f}" if isinstance(row.value, float)
                                              else str(row.value))
        threshold = "" if row.threshold is None else f"（标准 {row.threshold:g}）" \
            if isinstance(row.threshold, (int, float)) else ""
        head = "[否决] " if row.veto else ""
        line = f"{marks[row.status]:<8} {head}{row.name_zh} {value}{threshold}  [{row.key}]"
        note = (notes or {}).get(row.key)
        if note:
            line += f"\n           佐证：{note}"
        lines.append(line)
    return "\n".join(lines)
