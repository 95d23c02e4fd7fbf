"""表Ⅳ 政府保障程度, 表Ⅴ 教育质量 and 表Ⅵ 社会认可度: the form's sentences filled from data where it exists.

Figures come from the schools' data (pupils, teachers, budgets, the engine's per-school checks) or from the
county's own entries (``county_values``); a figure nobody has entered stays "____". 是否达标 comes from the
engine: ``assess_county_items`` for county items, the per-school checks for school items.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from jinchang_desktop.reports.county_values import CountyValue
from jinchang_desktop.reports.excel.model import DASH, Cell, CellLike, Table, half_up
from jinchang_desktop.standards.assess import Assessment
from jinchang_desktop.standards.county_items import assess_county_items
from jinchang_desktop.standards.records import SchoolRecord
from jinchang_desktop.text_rules import spreadsheet_safe

BLANK = "____"
Number = int | float


@dataclass
class Facts:
    """What the sentences of one county are made from."""

    records: list[SchoolRecord]
    assessment: Assessment
    county: str
    values: Mapping[str, CountyValue]

    def number(self, key: str) -> Number | None:
        value = self.values.get(key)
        return value if isinstance(value, int | float) and not isinstance(value, bool) else None

    def school_sum(self, key: str, records: list[SchoolRecord] | None = None) -> Number | None:
        """The sum over the schools, or None when any school with pupils has not entered it."""
        chosen = self.records if records is None else records
        if any(key not in r.values for r in chosen):
            return None
        return sum(r.values[key] for r in chosen)

    def checks(self, key: str) -> list[bool | None]:
        return [c.ok for s in self.assessment.schools if s.record.county == self.county for c in s.checks
                if c.key == key]


def whole(value: Number | None) -> str:
    return BLANK if value is None else f"{value:,.0f}".replace(",", "")


def ratio(value: Number | None) -> str:
    return BLANK if value is None else f"{value:.1f}"


def share(part: Number | None, total: Number | None) -> float | None:
    if part is None or total is None or total == 0:
        return None
    return part * 100 / total


def verdict_text(oks: list[bool | None]) -> str:
    """是 when every requirement is met, 否 when one is not, otherwise 待填报 (something not entered)."""
    if any(ok is False for ok in oks):
        return "否"
    if oks and all(ok is True for ok in oks):
        return "是"
    return "待填报"


def _item_oks(facts: Facts, items: dict[str, Number | None], keys: list[str]) -> list[bool | None]:
    """The engine's verdicts of county items, the county's entries overridden by figures computed here."""
    values: dict[str, float | bool] = {k: v for k, v in facts.values.items()
                                       if isinstance(v, int | float | bool)}
    values.update({k: v for k, v in items.items() if v is not None})
    verdicts = {v.key: v.ok for v in assess_county_items(values, facts.assessment.profile)}
    return [verdicts.get(k) for k in keys]


Sentence = Callable[[Facts], tuple[str, dict[str, Number | None]]]


def _conclusion(key: str) -> Sentence:
    def build(facts: Facts) -> tuple[str, dict[str, Number | None]]:
        text = facts.values.get(f"{key}.conclusion")
        return (spreadsheet_safe(text) if isinstance(text, str) else "（由县级填写简要结论）"), {}
    return build


def _school_sentence(key: str, what: str) -> Sentence:
    def build(facts: Facts) -> tuple[str, dict[str, Number | None]]:
        text = facts.values.get(f"{key}.conclusion")
        if isinstance(text, str):
            return spreadsheet_safe(text), {}
        by_school: dict[str, list[bool | None]] = {}
        for s in facts.assessment.schools:
            if s.record.county == facts.county and s.checks:
                by_school[s.record.code] = [c.ok for c in s.checks if c.key == key]
        met = sum(1 for oks in by_school.values() if oks and all(ok is True for ok in oks))
        failed = sum(1 for oks in by_school.values() if any(ok is False for ok in oks))
        unknown = len(by_school) - met - failed
        return (f"据学校填报数据：共 {len(by_school)} 所学校，{what}达到要求的 {met} 所，未达到的 {failed} 所，"
                f"未填报的 {unknown} 所"), {}
    return build


def _school_size(facts: Facts) -> tuple[str, dict[str, Number | None]]:
    over = {"primary": 0, "junior": 0, "through": 0}
    for s in facts.assessment.schools:
        if s.record.county != facts.county:
            continue
        for check in s.checks:
            if check.key == "school_size" and check.ok is False:
                kind = s.record.school_type
                over["through" if kind in ("nine_year", "twelve_year") else
                     "primary" if kind in ("primary", "teaching_site") else "junior"] += 1
    return (f"超过2000人的小学{over['primary']}所，初中{over['junior']}所，超过2500人的一贯制学校{over['through']}所",
            {})


def _class_size(facts: Facts) -> tuple[str, dict[str, Number | None]]:
    return (f"超过45人的小学班级{whole(facts.number('oversize_primary_classes'))}个，"
            f"超过50人的初中班级{whole(facts.number('oversize_junior_classes'))}个"), {}


def _ordinary(facts: Facts) -> list[SchoolRecord]:
    return [r for r in facts.records if r.counted and r.school_type != "special"]


def _small_schools(facts: Facts) -> tuple[str, dict[str, Number | None]]:
    small = [r for r in _ordinary(facts) if 0 < r.get("primary_students") + r.get("junior_students") < 100]
    pupils = sum(r.get("primary_students") + r.get("junior_students") for r in small)
    funds = facts.school_sum("public_funds_budget_yuan", small)
    return f"不足100人的规模较小学校学生数{pupils}人，公用经费{whole(funds)}元", {}


def _special_funding(facts: Facts) -> tuple[str, dict[str, Number | None]]:
    special = [r for r in facts.records if r.school_type == "special"]
    pupils = sum(r.get("primary_students") + r.get("junior_students") for r in special) if special else None
    funds = facts.school_sum("public_funds_budget_yuan", special) if special else None
    per = funds / pupils if funds is not None and pupils else None
    return (f"特殊教育学校公用经费为{whole(None if funds is None else funds / 10000)}万元，特殊教育学生数为"
            f"{whole(pupils)}人，特殊教育学校生均公用经费为{whole(per)}元"), {"special_school_funding": per}


def _teacher_pay(facts: Facts) -> tuple[str, dict[str, Number | None]]:
    teachers, officials = facts.number("teacher_average_pay_yuan"), facts.number("civil_servant_average_pay_yuan")
    level = teachers / officials if teachers is not None and officials else None
    return (f"全县义务教育学校教师年平均工资收入为{whole(teachers)}元，当地公务员年平均工资收入{whole(officials)}元",
            {"teacher_pay": level})


def _with_pupils(facts: Facts, section: str) -> list[SchoolRecord]:
    return [r for r in facts.records if r.get(f"{section}_students") > 0]


def _teachers(facts: Facts) -> Number | None:
    primary = facts.school_sum("primary_teachers", _with_pupils(facts, "primary"))
    junior = facts.school_sum("junior_teachers", _with_pupils(facts, "junior"))
    if primary is None or junior is None:
        return facts.number("teachers_total")
    return primary + junior


def _training(facts: Facts) -> tuple[str, dict[str, Number | None]]:
    trained, total = facts.number("teachers_trained_360h"), _teachers(facts)
    rate = share(trained, total)
    return (f"完成360学时培训的教师{whole(trained)}人，全县教师{whole(total)}人，教师培训完成率{ratio(rate)}%",
            {"training_completion": rate})


def _rotation(facts: Facts) -> tuple[str, dict[str, Number | None]]:
    eligible, rotated = facts.number("rotation_eligible"), facts.number("rotation_rotated")
    backbone = facts.number("rotation_backbone")
    rate, backbone_rate = share(rotated, eligible), share(backbone, rotated)
    return (f"全县符合交流轮岗条件教师总数{whole(eligible)}名，上一年度交流轮岗教师{whole(rotated)}名，占比"
            f"{ratio(rate)}%；交流轮岗的骨干教师{whole(backbone)}名，占比{ratio(backbone_rate)}%"), {
        "teacher_rotation": rate, "rotation_backbone_share": backbone_rate}


def _certified(facts: Facts) -> tuple[str, dict[str, Number | None]]:
    total, certified = _teachers(facts), facts.school_sum("certified_teachers", _ordinary(facts))
    rate = share(certified, total)
    return (f"全县在岗专任教师{whole(total)}人，其中持有教师资格证的专任教师{whole(certified)}人，占比{ratio(rate)}%",
            {"certified_teachers": rate})


def _nearby(facts: Facts) -> tuple[str, dict[str, Number | None]]:
    primary, junior = facts.number("nearby_enrolment.primary"), facts.number("nearby_enrolment.junior")
    return f"城区和镇区公办小学、初中（均不含寄宿制学校）就近划片入学比例分别{ratio(primary)}%、{ratio(junior)}%", {}


def _quota(facts: Facts) -> tuple[str, dict[str, Number | None]]:
    total, allocated, rural = (facts.number(k) for k in ("quota_total", "quota_allocated", "quota_rural"))
    rate = share(allocated, total)
    return (f"全县优质高中招生名额总数{whole(total)}人，分配名额{whole(allocated)}人，占比{ratio(rate)}%。"
            f"其中分配农村学校"
            f"的名额{whole(rural)}人，占分配名额总数的{ratio(share(rural, allocated))}%"), {"quota_allocation": rate}


def _migrants(facts: Facts) -> tuple[str, dict[str, Number | None]]:
    eligible, public, bought = (facts.number(k) for k in ("migrants_eligible", "migrants_public",
                                                          "migrants_purchased"))
    together = public + bought if public is not None and bought is not None else None
    rate = share(together, eligible)
    return (f"全县符合条件的随迁子女数{whole(eligible)}人，在公办学校就读{whole(public)}人，"
            f"在政府购买服务的民办学校就读"
            f"{whole(bought)}人，合计{whole(together)}人，占比{ratio(rate)}%"), {"migrant_children_public": rate}


def _retention(facts: Facts) -> tuple[str, dict[str, Number | None]]:
    keys = ("retention_graduates", "retention_entrants", "retention_transfers_in", "retention_deaths",
            "retention_transfers_out")
    graduates, entrants, moved_in, deaths, moved_out = (facts.number(k) for k in keys)
    base = (entrants + moved_in - moved_out - deaths
            if entrants is not None and moved_in is not None and moved_out is not None and deaths is not None
            else None)
    rate = share(graduates, base)
    return (f"全县初中毕业班学生数为{whole(graduates)}人，三年前该年级入学学生数为{whole(entrants)}人，毕业年级三年转入"
            f"学生数为{whole(moved_in)}人，死亡学生数为{whole(deaths)}人，转出学生数为{whole(moved_out)}人，全县初中三年"
            f"巩固率为{ratio(rate)}%"), {"junior_retention": rate}


def _disabled(facts: Facts) -> tuple[str, dict[str, Number | None]]:
    children, enrolled, special = (facts.number(k) for k in ("disabled_children", "disabled_enrolled",
                                                             "disabled_in_special_schools"))
    rate = share(enrolled, children)
    return (f"全县残疾儿童少年为{whole(children)}人，入学{whole(enrolled)}人，入学率为{ratio(rate)}%。"
            f"其中，在特殊教育学校"
            f"就读{whole(special)}人，占比{ratio(share(special, enrolled))}%"), {"disabled_enrolment": rate}


MONITORING_SUBJECTS = ("语文", "数学")


def _monitoring(facts: Facts) -> tuple[str, dict[str, Number | None]]:
    parts = []
    for subject in MONITORING_SUBJECTS:
        level, gap = facts.number(f"monitoring.{subject}.level"), facts.number(f"monitoring.{subject}.gap")
        parts.append(f"{subject}{whole(level)}级、校际差异率{BLANK if gap is None else f'{gap:.2f}'}")
    return "；".join(parts) + "；…", {}


# (row number, indicator keys judged on this row, school items or county items, sentence)
ROWS_IV: list[tuple[int, list[str], bool, Sentence]] = [
    (1, ["layout_planning"], False, _conclusion("layout_planning")),
    (2, ["four_unifications"], False, _conclusion("four_unifications")),
    (3, ["music_art_rooms"], True, _school_sentence("music_art_rooms", "音乐、美术专用教室")),
    (4, ["school_size"], True, _school_size),
    (5, ["class_size"], True, _class_size),
    (6, ["small_school_funding"], False, _small_schools),
    (7, ["special_school_funding"], False, _special_funding),
    (8, ["teacher_pay"], False, _teacher_pay),
    (9, ["training_completion"], False, _training),
    (10, ["staffing_by_county"], False, _conclusion("staffing_by_county")),
    (11, ["teacher_rotation", "rotation_backbone_share"], False, _rotation),
    (12, ["certified_teachers"], False, _certified),
    (13, ["nearby_enrolment.primary", "nearby_enrolment.junior"], False, _nearby),
    (14, ["quota_allocation"], False, _quota),
    (15, ["migrant_children_public"], False, _migrants),
]
ROWS_V: list[tuple[int, list[str], bool, Sentence]] = [
    (1, ["junior_retention"], False, _retention),
    (2, ["disabled_enrolment"], False, _disabled),
    (3, ["charter_management"], False, _conclusion("charter_management")),
    (4, ["training_budget_share"], True, _school_sentence("training_budget_share", "教师培训经费占公用经费比例")),
    (5, ["ict_use"], False, _conclusion("ict_use")),
    (6, ["moral_education"], False, _conclusion("moral_education")),
    (7, ["courses_complete"], False, _conclusion("courses_complete")),
    (8, ["homework_load"], False, _conclusion("homework_load")),
    (9, ["monitoring_level", "monitoring_school_gap"], False, _monitoring),
]


def _name(facts: Facts, keys: list[str]) -> str:
    indicator = facts.assessment.profile.indicators[keys[0].split(".")[0]]
    return indicator.name_zh


def _sentence_table(facts: Facts, rows: list[tuple[int, list[str], bool, Sentence]], *, sheet: str,
                    title: str, note: str) -> Table:
    table = Table(sheet=sheet, title=title, header=[["序号", "名称", "指标值或简要结论", "是否达标"]],
                  wide_columns={1: 40, 2: 70})
    for number, keys, school_items, sentence in rows:
        text, computed = sentence(facts)
        oks = ([ok for key in keys for ok in facts.checks(key)] if school_items
               else _item_oks(facts, computed, keys))
        table.body.append([Cell(number, "0"), Cell(_name(facts, keys), align="left"), Cell(text, align="left"),
                           verdict_text(oks)])
    table.notes = [note, "“____”为尚未填报的数据；“待填报”表示判断所需的数据尚未齐全。"]
    return table


def table_4(facts: Facts, *, sheet: str = "表Ⅳ") -> Table:
    return _sentence_table(facts, ROWS_IV, sheet=sheet, title=f"表Ⅳ 政府保障程度评估指标（{facts.county}）",
                           note="注：比例保留一位小数，其余取整数。标准见《县域义务教育优质均衡发展督导评估办法》第五条。")


def table_5(facts: Facts, *, sheet: str = "表Ⅴ") -> Table:
    return _sentence_table(facts, ROWS_V, sheet=sheet, title=f"表Ⅴ 教育质量评估指标（{facts.county}）",
                           note="注：比例保留一位小数，其余取整数。标准见《县域义务教育优质均衡发展督导评估办法》第六条。")


SURVEY_COLUMNS = [("L1", "问卷总数（计）", "survey_total"), ("L2", "其中：回收有效问卷数", "survey_valid"),
                  ("L3", "其中：满意问卷数", "survey_satisfied"), ("L4", "问卷调查综合满意度（%）", ""),
                  ("L5", "实地走访人数（计）", "visits_total"), ("L6", "其中：满意人数", "visits_satisfied"),
                  ("L7", "实地走访满意度（%）", "")]


def table_6(facts: Facts, *, sheet: str = "表Ⅵ") -> Table:
    header: list[list[CellLike]] = [["项目", *(h for _, h, _ in SURVEY_COLUMNS)],
                                    [None, *(c for c, _, _ in SURVEY_COLUMNS)]]
    table = Table(sheet=sheet, title=f"表Ⅵ 社会认可度调查情况（{facts.county}）", header=header,
                  header_merges=[(0, 0, 1, 0)])
    overall: float | None = None
    for label, prefix in (("计", ""), ("其中：家长", "parents.")):
        n = {key: facts.number(prefix + key) for _, _, key in SURVEY_COLUMNS if key}
        survey = share(n["survey_satisfied"], n["survey_valid"])
        visits = share(n["visits_satisfied"], n["visits_total"])
        if not prefix:
            overall = survey
        cells: list[CellLike] = [label]
        for _, _, key in SURVEY_COLUMNS:
            if key:
                cells.append(Cell(n[key], "0"))
            else:
                rate = survey if len(cells) == 4 else visits
                cells.append(Cell(None if rate is None else half_up(rate, 1), "0.0"))
        table.body.append(cells)
    verdict = verdict_text(_item_oks(facts, {"social_recognition": overall}, ["social_recognition"]))
    table.notes = [f"注：社会认可度不低于 85% 为达标。是否达标：{verdict}。", "满意度保留一位小数。"]
    if overall is None:
        table.notes.append(f"调查数据尚未填报（{DASH}）。")
    return table
