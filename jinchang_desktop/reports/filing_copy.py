"""The content of a school's filing copy: what the paper archive of an exported package says (no Qt).

The statistics law asks for a paper archive of what was reported: the school's figures, each indicator's verdict,
the per-school checks, the explanations of warnings and the package's fingerprint, with lines for the clerk's and
the head's signatures. This module builds it as plain data, in one language, from the verified package's record;
``gui.export.filing_copy`` lays it out and prints it. ``to_json`` is what the golden tests compare.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field

from jinchang_desktop.i18n import Msg, msg
from jinchang_desktop.reports.gauges import gauge_reading
from jinchang_desktop.reports.numbers import fmt_number
from jinchang_desktop.reports.verdicts import check_level
from jinchang_desktop.standards.assess import assess_school
from jinchang_desktop.standards.catalogue import Profile
from jinchang_desktop.standards.fields import field_catalogue
from jinchang_desktop.standards.records import SchoolRecord

NUMERALS_ZH = "一二三四五六七八九"


@dataclass(frozen=True)
class PackageFacts:
    """What identifies the package the copy files: read from the verified package."""

    file_name: str
    sequence: int
    created: str  # UTC, as the manifest says
    manifest_sha256: str
    key_fingerprint: str
    school_year: int


@dataclass(frozen=True)
class IndicatorRow:
    name: str
    value_text: str  # "本校 / 标准"
    verdict: str  # the gap sentence, or "已达标"
    state: str  # reached, near, below (how a printer may colour it)


@dataclass(frozen=True)
class SectionBlock:
    name: str
    heading: str  # "小学：达标（7/7 项达到标准）"
    compliant: bool
    rows: list[IndicatorRow]


@dataclass(frozen=True)
class CheckLine:
    level: str  # ok, error, unknown (inputs not declared)
    text: str


@dataclass
class FilingCopyContent:
    lang: str
    title: str
    identity: str
    figures_heading: str
    figures: list[tuple[str, str]] = field(default_factory=list)  # (label, value with unit), in catalogue order
    indicators_heading: str = ""
    indicator_columns: tuple[str, str, str] = ("", "", "")
    sections: list[SectionBlock] = field(default_factory=list)
    checks_heading: str = ""
    checks: list[CheckLine] = field(default_factory=list)
    explanations_heading: str = ""  # "" when there are none
    explanations: list[tuple[str, str]] = field(default_factory=list)
    package_heading: str = ""
    package_lines: list[str] = field(default_factory=list)
    signatures: str = ""

    def to_json(self) -> dict[str, object]:
        return asdict(self)


def _heading(number: int, text: Msg, lang: str) -> str:
    return f"{number}. {text.en}" if lang == "en" else f"{NUMERALS_ZH[number - 1]}、{text.zh}"


def filing_copy_content(record: SchoolRecord, explanations: dict[str, str], facts: PackageFacts, profile: Profile,
                        lang: str) -> FilingCopyContent:
    """The filing copy of the package ``facts`` describes, carrying ``record`` and ``explanations``."""
    en = lang == "en"
    catalogue = field_catalogue()
    school_type = catalogue.school_types.get(record.school_type)
    identity = msg("学校：{name}　标识码：{code}　县区：{county}　类型：{type}　学年：{year}　标准：{profile}",
                   name=record.name, code=record.code, county=record.county, type=school_type or record.school_type,
                   year=facts.school_year, profile=profile.name)
    content = FilingCopyContent(
        lang=lang,
        title=msg("义务教育优质均衡发展评估 · 学校数据报送存档联").text(lang),
        identity=identity.text(lang),
        figures_heading=_heading(1, msg("学校数据"), lang))

    sections = school_type.sections if school_type else ()
    for definition in catalogue.fields.values():
        if not definition.numeric or (definition.section and definition.section not in sections
                                      and definition.key not in record.values):
            continue
        value = record.values.get(definition.key)
        unit = definition.unit_en if en else definition.unit_zh
        content.figures.append((definition.label.text(lang),
                                "—" if value is None else f"{fmt_number(value)} {unit}"))

    result = assess_school(record, profile)
    floor_ratio = float(profile.floor_ratio)
    content.indicators_heading = _heading(2, msg("资源配置指标"), lang)
    content.indicator_columns = (msg("指标").text(lang), msg("本校 / 标准").text(lang), msg("结论").text(lang))
    for section, section_result in result.sections.items():
        name = catalogue.section_name(section)
        total = len(section_result.indicators)
        if section_result.compliant:
            heading = msg("{section}：达标（{reached}/{total} 项达到标准）", section=name,
                          reached=section_result.reached, total=total)
        else:
            heading = msg("{section}：未达标（{reached}/{total} 项达到标准）", section=name,
                          reached=section_result.reached, total=total)
        rows = []
        for key, item in section_result.indicators.items():
            reading = gauge_reading(profile.indicators[key], item, lang=lang, floor_ratio=floor_ratio)
            rows.append(IndicatorRow(reading.name, reading.value_text, reading.gap_text, reading.state.value))
        content.sections.append(SectionBlock(name.text(lang), heading.text(lang), section_result.compliant, rows))

    content.checks_heading = _heading(3, msg("政府保障与质量（逐校）"), lang)
    content.checks = [CheckLine(check_level(check), check.detail.text(lang)) for check in result.checks]

    number = 4
    if explanations:
        content.explanations_heading = _heading(number, msg("对提示的说明"), lang)
        number += 1
        for key, text in sorted(explanations.items()):
            known = catalogue.fields.get(key)
            content.explanations.append((key if known is None else known.label.text(lang), text))

    content.package_heading = _heading(number, msg("数据包"), lang)
    content.package_lines = [
        msg("文件：{file}", file=facts.file_name).text(lang),
        msg("序号：{sequence}　导出时间（UTC）：{created}", sequence=facts.sequence, created=facts.created).text(lang),
        msg("数据包指纹（manifest SHA-256）：{sha256}", sha256=facts.manifest_sha256).text(lang),
        msg("密钥指纹：{fingerprint}", fingerprint=facts.key_fingerprint).text(lang),
    ]
    content.signatures = msg("填报人（签字）：__________　　校长（签字）：__________　　"
                             "日期：__________　　（学校盖章）").text(lang)
    return content
