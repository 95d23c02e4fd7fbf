"""A readable Chinese scorecard of an assessment, for the terminal."""
from __future__ import annotations

from jinchang_desktop.reports.numbers import fmt_number, fmt_threshold
from jinchang_desktop.standards.assess import Assessment
from jinchang_desktop.standards.catalogue import Profile
from jinchang_desktop.standards.fields import field_catalogue


def format_scorecard(assessment: Assessment) -> str:
    profile: Profile = assessment.profile
    catalogue = field_catalogue()
    lines = [f"优质均衡资源配置评估  标准：{profile.name_zh}（{profile.id}，{profile.sha256[:12]}）", ""]
    indicators = profile.resource_indicators
    for school in assessment.schools:
        record = school.record
        type_zh = catalogue.school_types[record.school_type].zh
        head = f"{record.code}  {record.name}（{record.county}，{type_zh}）"
        if school.excluded:
            lines.append(f"{head}：不参评——{school.excluded.zh}")
            continue
        lines.append(head)
        for section, result in school.sections.items():
            verdict = "达标" if result.compliant else "未达标"
            section_zh = catalogue.sections[section]["zh"]
            lines.append(f"  {section_zh}（{result.students} 人）：{result.reached}/7 项达到标准，{verdict}")
            for indicator in indicators:
                item = result.indicators[indicator.key]
                mark = "✔" if item.reached else ("△" if item.above_floor else "✘")
                value, threshold = fmt_number(item.value), fmt_threshold(item.threshold)
                text = f"    {mark} {indicator.name_zh}：{value}（标准 {threshold}）"
                if item.gap is not None:
                    text += f"，还差 {fmt_number(item.gap.to_threshold, decimals=1)} {indicator.gap_unit_zh}"
                lines.append(text)
        for check in school.checks:
            if check.ok is False:
                lines.append(f"    ✘ 保障：{check.detail_zh}")
    lines.append("")
    for county, sections in assessment.counties.items():
        for section, summary in sections.items():
            section_zh = catalogue.sections[section]["zh"]
            lines.append(f"{county} {section_zh}：{summary.schools} 所学校（含校区学段），{summary.students} 名学生，"
                         f"{summary.compliant_schools} 所达标；差异系数上限 {summary.limit:.2f}")
            for indicator in indicators:
                cv = summary.cv[indicator.key]
                value = "无数据" if cv.cv is None else fmt_number(cv.cv, decimals=3)
                mark = "✔" if cv.ok else "✘"
                note = "（按两位小数取舍后结论不同）" if cv.rounding_sensitive else ""
                lines.append(f"    {mark} {indicator.name_zh}：差异系数 {value}{note}")
    return "\n".join(lines)
