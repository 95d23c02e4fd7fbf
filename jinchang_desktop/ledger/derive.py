"""What the data says today: every judged figure of a workspace, short or not, as ledger findings.

A finding is one judged thing with a stable key: a school section's indicator, a per-school check, a county's CV
of one indicator and section, or a declared county-wide item. Gaps and verdicts come from the engine
(``standards.assess``, ``standards.county_items``), never recomputed here. Figures that are not judged (a school
excluded from resource allocation, a county item not declared, a check whose inputs are missing) give no finding,
so an item never turns ready for want of data. Pure functions.
"""
from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from jinchang_desktop.i18n import N_, Msg, fixed, msg
from jinchang_desktop.standards.assess import Assessment
from jinchang_desktop.standards.catalogue import SECTIONS, Profile
from jinchang_desktop.standards.county_items import ItemValue, assess_county_items

SECTION_NAMES = {"primary": N_("小学"), "junior": N_("初中")}


@dataclass(frozen=True)
class Finding:
    key: str  # section/<code>/<section>/<indicator>, check/<code>/<indicator>/<part>, cv/<county>/<section>/<ind>,
    #           county/<county>/<item key>
    kind: str  # section, check, cv, county
    county: str
    school_code: str | None
    school_name: str
    section: str | None
    indicator: str
    short: bool  # the figures fall short of the threshold now
    gap: float | None  # in gap_unit; None where there is no amount (qualitative, no share of a facility)
    gap_unit_zh: str
    gap_unit_en: str
    blocks_verdict: bool
    text: Msg

    @property
    def text_zh(self) -> str:
        """What the ledger keeps: the item's text is stored in Chinese, as the plan's tables are written."""
        return self.text.zh

    @property
    def text_en(self) -> str:
        return self.text.en


def _finite(value: float | None) -> float | None:
    if value is None or not math.isfinite(value):
        return None
    return int(value) if float(value).is_integer() else value


def _shown(value: float | None) -> str:
    return "—" if value is None else f"{value:g}" if isinstance(value, float) else str(value)


def section_findings(assessment: Assessment) -> list[Finding]:
    """Every resource indicator of every assessed school section; the gap is the gauge's ``to_threshold``."""
    profile = assessment.profile
    found = []
    for school in assessment.schools:
        record = school.record
        for section, result in school.sections.items():
            for key, item in result.indicators.items():
                indicator = profile.indicators[key]
                gap = _finite(item.gap.to_threshold) if item.gap is not None else None
                if item.reached:
                    template = N_("{school}（{section}）{indicator}：已达标")
                elif gap is None:
                    template = N_("{school}（{section}）{indicator}：未达标（本学段不分摊此项设施）")
                else:
                    template = N_("{school}（{section}）{indicator}：未达标，还需 {gap} {unit}")
                text = msg(template, school=record.name, section=msg(SECTION_NAMES[section]), indicator=indicator.name,
                           gap=_shown(gap), unit=fixed(indicator.gap_unit_zh, indicator.gap_unit_en))
                found.append(Finding(
                    f"section/{record.code}/{section}/{key}", "section", record.county, record.code, record.name,
                    section, key, not item.reached, gap, indicator.gap_unit_zh, indicator.gap_unit_en,
                    not item.reached and not result.compliant, text))
    return found


def check_findings(assessment: Assessment) -> list[Finding]:
    """The per-school items of STANDARD §5.3–§5.5 and §6.4 whose inputs are declared."""
    profile = assessment.profile
    found = []
    for school in assessment.schools:
        if school.excluded is not None:
            continue
        record = school.record
        for check in school.checks:
            if check.ok is None or check.value is None:
                continue
            indicator = profile.indicators[check.key]
            over = float(check.value) - check.limit
            gap = _finite(over if indicator.direction == "max" else -over) if not check.ok else None
            section = check.part if check.part in SECTIONS else None
            found.append(Finding(
                f"check/{record.code}/{check.key}/{check.part}", "check", record.county, record.code, record.name,
                section, check.key, not check.ok, gap, indicator.unit_zh, indicator.unit_en, not check.ok,
                msg("{school} {indicator}：{detail}", school=record.name, indicator=indicator.name,
                    detail=check.detail)))
    return found


def cv_findings(assessment: Assessment) -> list[Finding]:
    """Every CV of every county and section; the gap is how far the CV is over its limit."""
    profile = assessment.profile
    found = []
    for county, sections in assessment.counties.items():
        for section, summary in sections.items():
            for key, result in summary.cv.items():
                indicator = profile.indicators[key]
                gap = None if result.cv is None or result.ok else result.cv - summary.limit
                cv_text = msg("无数据") if result.cv is None else f"{result.cv:.3f}"
                found.append(Finding(
                    f"cv/{county}/{section}/{key}", "cv", county, None, "", section, key, not result.ok, gap,
                    "", "", not result.ok,
                    msg("{county}{section}{indicator}差异系数 {cv}，上限 {limit:g}", county=county,
                        section=msg(SECTION_NAMES[section]), indicator=indicator.name, cv=cv_text,
                        limit=summary.limit)))
    return found


def county_item_findings(county: str, values: Mapping[str, ItemValue], profile: Profile,
                         veto: frozenset[str] = frozenset()) -> list[Finding]:
    """The declared county-wide items (profile §5–§7 and the Jinchang targets) as judged by the engine.

    A Jinchang-only target (group ``jinchang``) does not block the national verdict; every other item does.
    """
    found = []
    for verdict in assess_county_items(values, profile):
        if verdict.ok is None:
            continue
        indicator = verdict.indicator
        section = verdict.key.rsplit(".", 1)[1] if "." in verdict.key else None
        gap: float | None = None
        if not verdict.ok and verdict.threshold is not None and not isinstance(verdict.value, bool) \
                and verdict.value is not None:
            difference = float(verdict.value) - float(verdict.threshold)
            gap = _finite(-difference if indicator.direction == "min" else difference)
        value = _shown(verdict.value) if not isinstance(verdict.value, bool) else \
            msg("是") if verdict.value else msg("否")
        template = _ITEM_TEXTS[(section is not None, verdict.threshold is not None)]
        text = msg(template, county=county, indicator=indicator.name, value=value,
                   section=msg(SECTION_NAMES[section]) if section else "",
                   limit=None if verdict.threshold is None else float(verdict.threshold))
        blocks = indicator.group != "jinchang" or indicator.key in veto
        found.append(Finding(
            f"county/{county}/{verdict.key}", "county", county, None, "", section, indicator.key, not verdict.ok,
            gap, indicator.unit_zh, indicator.unit_en, blocks and not verdict.ok, text))
    return found


# (per section, with a threshold) → the text of a county-wide item.
_ITEM_TEXTS = {
    (False, False): N_("{county} {indicator}：{value}"),
    (False, True): N_("{county} {indicator}：{value}（标准 {limit:g}）"),
    (True, False): N_("{county} {indicator}（{section}）：{value}"),
    (True, True): N_("{county} {indicator}（{section}）：{value}（标准 {limit:g}）"),
}
