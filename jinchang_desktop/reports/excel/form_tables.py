"""表Ⅰ, 表Ⅱ-1, 表Ⅱ-2 and 表Ⅲ of the national form (REPORT-TABLES.md), built from the engine's results.

Nothing here judges a school or a county: reached, compliant, the CV and its verdict come from
``standards.assess``; this module only counts, lays out and rounds them as the form does.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from jinchang_desktop.reports.county_values import CountyValue
from jinchang_desktop.reports.excel.model import DASH, DEC2, DEC3, INT, Cell, CellLike, Table, half_up
from jinchang_desktop.standards.assess import Assessment, CountySection, SchoolResult
from jinchang_desktop.standards.records import SchoolRecord
from jinchang_desktop.standards.school_rule import SectionResult
from jinchang_desktop.standards.sections import merge_sites
from jinchang_desktop.text_rules import spreadsheet_safe

FORM_SECTIONS = ("primary", "junior")
SECTION_ZH = {"primary": "小学", "junior": "初中"}
# The form's own column headings of the seven resource indicators, by catalogue key, with units.
INDICATOR_HEADERS = {
    "qualified_teachers": "每百名学生拥有高于规定学历教师数（人）",
    "backbone_teachers": "每百名学生拥有县级及以上骨干教师数（人）",
    "pe_art_teachers": "每百名学生拥有体育、艺术（美术、音乐）专任教师数（人）",
    "teaching_space": "生均教学及辅助用房面积（㎡）",
    "sports_space": "生均体育运动场馆面积（㎡）",
    "equipment_value": "生均教学仪器设备值（元）",
    "multimedia_rooms": "每百名学生拥有网络多媒体教室数（间）",
}
SPONSOR_DEFAULT = 7  # 县级教育部门: most schools here; a school that has not entered its code reads as this
THROUGH_TYPES = ("nine_year", "twelve_year")


def indicator_keys(assessment: Assessment) -> list[str]:
    return [i.key for i in assessment.profile.resource_indicators]


# ---- 表Ⅰ ----

TABLE_1_GROUPS: list[tuple[str, list[tuple[str, str, str]]]] = [
    # (group, [(code, heading, source key)]); the source is a county value or a count/sum made below
    ("自然情况", [("L1", "人口总数（万人）", "population_10k"),
              ("L2", "农业人口数（万人）", "agricultural_population_10k"),
              ("L3", "乡镇数（个）", "towns"), ("L4", "行政村数（个）", "villages")]),
    ("经济情况", [("L5", "年人均国内生产总值（元）", "gdp_per_capita_yuan"),
              ("L6", "年人均地方财政收入（元）", "fiscal_revenue_per_capita_yuan"),
              ("L7", "农民年人均纯收入（元）", "rural_income_yuan"),
              ("L8", "城镇居民年人均可支配收入（元）", "urban_income_yuan")]),
    ("普通中小学校数（所）", [("L9", "小学", "count:primary"), ("L10", "九年一贯制学校", "count:nine_year"),
                     ("L11", "初中", "count:junior"), ("L12", "完全中学", "count:complete_middle"),
                     ("L13", "十二年一贯制学校", "count:twelve_year")]),
    ("特殊教育学校（所）", [("L14", "特殊教育学校（所）", "count:special")]),
    ("小学教学点数（个）", [("L15", "计", "count:teaching_site"), ("L16", "其中：50人及以上", "sites_50")]),
    ("教学班数（个）", [("L17", "小学", "sum:primary_classes"), ("L18", "初中", "sum:junior_classes")]),
    ("在校学生数（人）", [("L19", "小学", "sum:primary_students"), ("L20", "初中", "sum:junior_students")]),
    ("教职工数（人）", [("L21", "小学合计", "sum:primary_staff"), ("L22", "其中专任教师", "sum:primary_teachers"),
                  ("L23", "初中合计", "sum:junior_staff"), ("L24", "其中专任教师", "sum:junior_teachers")]),
]
TABLE_1_TWO_DECIMALS = {"L1", "L2"}


def _table_1_value(source: str, records: list[SchoolRecord], values: Mapping[str, CountyValue],
                   site_minimum: int, missing: list[str]) -> int | float | None:
    counted = [r for r in records if r.counted or r.school_type == "teaching_site"]
    if source.startswith("count:"):
        kind = source.split(":", 1)[1]
        return sum(1 for r in counted if r.school_type == kind)
    if source == "sites_50":
        return sum(1 for r in counted if r.school_type == "teaching_site" and r.get("primary_students") >= site_minimum)
    if source.startswith("sum:"):
        key = source.split(":", 1)[1]
        # Special schools have their own column (L14); their pupils are not 普通中小学 pupils.
        ordinary = [r for r in records if r.school_type != "special"]
        entered = [r.values[key] for r in ordinary if key in r.values]
        section = key.split("_", 1)[0]
        if any(key not in r.values and r.get(f"{section}_students") > 0 for r in ordinary):
            missing.append(key)  # a school with pupils in the section has not entered it
        return sum(entered) if entered else None
    value = values.get(source)
    return value if isinstance(value, int | float) and not isinstance(value, bool) else None


def table_1(records: list[SchoolRecord], assessment: Assessment, values: Mapping[str, CountyValue], *,
            county: str, sheet: str = "表Ⅰ") -> Table:
    from jinchang_desktop.standards.fields import field_catalogue

    fields = field_catalogue().fields
    groups = TABLE_1_GROUPS
    top: list[CellLike] = []
    middle: list[CellLike] = []
    codes: list[CellLike] = []
    merges: list[tuple[int, int, int, int]] = []
    body: list[CellLike] = []
    missing: list[str] = []
    site_minimum = assessment.profile.teaching_site_min_students
    for group, columns in groups:
        start = len(top)
        for code, heading, source in columns:
            top.append(group if len(top) == start else None)
            middle.append(heading)
            codes.append(code)
            value = _table_1_value(source, records, values, site_minimum, missing)
            body.append(Cell(value, DEC2 if code in TABLE_1_TWO_DECIMALS else INT))
        if len(columns) == 1:
            merges.append((0, start, 1, start))
        else:
            merges.append((0, start, 0, start + len(columns) - 1))
    notes = ["注：人口数为常住人口，保留两位小数；L5–L8 取整数。"]
    entered = [key for _, columns in groups for _, _, key in columns if key in values]
    if not entered:
        notes.append("L1–L8 由县级填报；本工作区尚未录入县域情况，相应单元格留空。")
    if missing:
        labels = "、".join(fields[k].label_zh for k in dict.fromkeys(missing))
        notes.append(f"以下数据有学校未填写，合计只含已填写的学校：{labels}。")
    return Table(sheet=sheet, title=f"表Ⅰ 义务教育优质均衡发展县（市、区）基本情况（{county}）",
                 header=[top, middle, codes], body=[body], header_merges=merges, notes=notes)


# ---- the section units of the form, in its order ----

@dataclass
class FormRow:
    result: SchoolResult
    section: SectionResult
    part: str  # "" for a school of one section; "一贯制", "完全中学" or "教学点" for the rows a heading counts


def form_rows(assessment: Assessment, county: str, section: str) -> list[FormRow]:
    """The assessed section units of one county and section, in the table's order (school code)."""
    rows = []
    for result in assessment.schools:
        if result.record.county != county or section not in result.sections:
            continue
        school_type = result.record.school_type
        part = ("一贯制" if school_type in THROUGH_TYPES else "完全中学" if school_type == "complete_middle"
                else "教学点" if school_type == "teaching_site" else "")
        rows.append(FormRow(result, result.sections[section], part))
    return sorted(rows, key=lambda r: r.result.record.code)


def _row_name(row: FormRow, section: str) -> str:
    name = spreadsheet_safe(row.result.record.name)
    if row.part in ("一贯制", "完全中学"):
        return f"{name}（{SECTION_ZH[section]}部）"
    return name


def _remark(section: SectionResult, codes: dict[str, str]) -> str:
    reached = [codes[k] for k, r in section.indicators.items() if r.reached]
    near = [codes[k] for k, r in section.indicators.items() if not r.reached and r.above_floor]
    below = [codes[k] for k, r in section.indicators.items() if not r.above_floor]
    parts = [f"达标：{'、'.join(reached) or '无'}"]
    if near:
        parts.append(f"达到85%：{'、'.join(near)}")
    if below:
        parts.append(f"未达85%：{'、'.join(below)}")
    return "；".join(parts)


def _block_heading(number: str, section: str, rows: list[FormRow]) -> str:
    through = sum(1 for r in rows if r.part == "一贯制")
    sites = sum(1 for r in rows if r.part == "教学点")
    complete = sum(1 for r in rows if r.part == "完全中学")
    text = f"{number}、{SECTION_ZH[section]}（共 {len(rows)} 所，其中一贯制学校{SECTION_ZH[section]}部 {through} 所"
    if section == "primary":
        text += f"，50人及以上教学点 {sites} 个）"
    else:
        text += f"，完全中学初中部 {complete} 所）"
    return text


def table_2_2(assessment: Assessment, merged: Mapping[str, SchoolRecord], *, county: str,
              sheet: str = "表Ⅱ-2") -> Table:
    keys = indicator_keys(assessment)
    codes = {key: f"L{7 + i}" for i, key in enumerate(keys)}
    # The short headings break before their unit, so the narrow columns do not split "（人）".
    labels = ["序号", "学校名称", "举办者类型", "在校生数\n（人）", "年级数\n（个）", "班级数\n（个）",
              *(INDICATOR_HEADERS[k] for k in keys), "该校综合评估是否达标",
              "备注（注明有哪几项指标达标，哪几项指标达到85%）"]
    code_row: list[CellLike] = [*([None] * 6), *(codes[k] for k in keys), "L14", None]
    merges = [(0, c, 1, c) for c in (*range(6), len(labels) - 1)]
    table = Table(sheet=sheet, title=f"表Ⅱ-2 小学、初中资源配置基本情况（分学校）（{county}）",
                  header=[list(labels), code_row], header_merges=merges,
                  wide_columns={1: 26, len(labels) - 1: 40})
    for number, section in (("一", "primary"), ("二", "junior")):
        rows = form_rows(assessment, county, section)
        table.add_full_width_row(_block_heading(number, section, rows))
        for index, row in enumerate(rows, start=1):
            record = merged.get(row.result.record.code, row.result.record)
            sponsor = record.values.get("sponsor_type", SPONSOR_DEFAULT)
            grades = record.values.get(f"{section}_grades")
            classes = record.values.get(f"{section}_classes")
            table.body.append([
                Cell(index, INT), Cell(_row_name(row, section), align="left"), Cell(sponsor, INT),
                Cell(row.section.students, INT), Cell(grades, INT), Cell(classes, INT),
                *(Cell(half_up(row.section.indicators[k].value, 2), DEC2) for k in keys),
                "是" if row.section.compliant else "否",
                Cell(_remark(row.section, codes), align="left"),
            ])
    table.notes = [
        "注：L7–L13 保留两位小数；一贯制学校分小学部、初中部分别填列，完全中学只填初中部，50人及以上教学点列入小学。",
        "举办者类型：1中央教育部门 2中央其他部门 3省级教育部门 4省级其他部门 5地级教育部门 6地级其他部门 "
        "7县级教育部门 8县级其他部门 9地方企业 10民办（未填写的学校按 7 列示）。",
        "综合评估达标：7 项指标中至少 6 项达到标准，其余项不低于标准的 85%。",
    ]
    return table


def merged_records(records: list[SchoolRecord]) -> dict[str, SchoolRecord]:
    """Each counted school with its merged sites' figures summed in (classes); grades stay the school's own."""
    merged, _ = merge_sites(records)
    originals = {r.code: r for r in records}
    for code, record in merged.items():
        for section in FORM_SECTIONS:
            key = f"{section}_grades"
            if key in originals[code].values:
                record.values[key] = originals[code].values[key]
            else:
                record.values.pop(key, None)
    return merged


# ---- 表Ⅱ-1 ----

def table_2_1(assessment: Assessment, *, county: str, sheet: str = "表Ⅱ-1") -> Table:
    keys = indicator_keys(assessment)
    header: list[list[CellLike]] = [["学段", "项目", *(f"L{i + 1}" for i in range(len(keys))), "L8"],
              [None, None, *(INDICATOR_HEADERS[k] for k in keys), "综合评估"]]
    table = Table(sheet=sheet, title=f"表Ⅱ-1 小学、初中资源配置基本情况（{county}）", header=header,
                  header_merges=[(0, 0, 1, 0), (0, 1, 1, 1)])
    for section in FORM_SECTIONS:
        rows = form_rows(assessment, county, section)
        total = len(rows)
        counts = [sum(1 for r in rows if r.section.indicators[k].reached) for k in keys]
        counts.append(sum(1 for r in rows if r.section.compliant))
        start = len(table.body)
        table.body.append([SECTION_ZH[section], "达标学校总数（所）", *(Cell(c, INT) for c in counts)])
        table.body.append([None, "达标学校比例（%）",
                           *(Cell(half_up(100 * c / total, 2), DEC2) if total else DASH for c in counts)])
        table.body_merges.append((start, 0, start + 1, 0))
    table.notes = ["注：“达标”指该项指标达到标准值；综合评估为按“至少 6 项达标、其余项不低于 85%”达标的学校数。"
                   "一贯制学校的小学部、初中部各按一所学校计。"]
    return table


# ---- 表Ⅲ ----

def seven_mean(cvs: list[float | None]) -> float | None:
    """综合: the plain mean of the seven 差异系数 (as published county tables fill it), unrounded."""
    if not cvs or any(cv is None for cv in cvs):
        return None
    return sum(cv for cv in cvs if cv is not None) / len(cvs)


def table_3(assessment: Assessment, *, county: str, sheet: str = "表Ⅲ") -> Table:
    keys = indicator_keys(assessment)
    indicators = {i.key: i for i in assessment.profile.resource_indicators}
    header: list[list[CellLike]] = [["学段", "项目", *(f"L{i + 1}" for i in range(len(keys))), "L8"],
              [None, None, *(INDICATOR_HEADERS[k] for k in keys), "综合"]]
    table = Table(sheet=sheet, title=f"表Ⅲ 县域义务教育校际均衡情况（{county}）", header=header,
                  header_merges=[(0, 0, 1, 0), (0, 1, 1, 1)], wide_columns={1: 18})
    sections: Mapping[str, CountySection] = assessment.counties.get(county, {})
    for section in FORM_SECTIONS:
        summary = sections.get(section)
        start = len(table.body)
        if summary is None:
            table.body.append([SECTION_ZH[section], "全县平均值", *([DASH] * (len(keys) + 1))])
            table.body.append([None, "差异系数", *([DASH] * (len(keys) + 1))])
            table.body.append([None, "差异系数是否达标", *([DASH] * (len(keys) + 1))])
        else:
            results = [summary.cv[k] for k in keys]
            means = [Cell(half_up(r.mean * indicators[k].per, 2), DEC2) for k, r in zip(keys, results, strict=True)]
            cvs = [Cell(half_up(r.cv, 3), DEC3) if r.cv is not None else Cell("无数据") for r in results]
            overall = seven_mean([r.cv for r in results])
            table.body.append([SECTION_ZH[section], "全县平均值", *means, DASH])
            table.body.append([None, "差异系数", *cvs,
                               Cell(half_up(overall, 3), DEC3) if overall is not None else DASH])
            table.body.append([None, f"差异系数是否达标（≤{summary.limit:.2f}）",
                               *("是" if r.ok else "否" for r in results), DASH])
        table.body_merges.append((start, 0, start + 2, 0))
    limits = assessment.profile.cv_limit
    table.notes = [
        "注：全县平均值为全县该项资源总量除以学生总数（每百名学生指标乘以 100），保留两位小数；差异系数为按学生数加权的"
        "总体差异系数，保留三位小数。",
        f"综合为七项差异系数的算术平均值，仅供参考；是否达标逐项判断：小学不高于 {float(limits['primary']):.2f}，"
        f"初中不高于 {float(limits['junior']):.2f}。",
    ]
    return table
