"""The investment plan as Chinese text for the terminal."""
from __future__ import annotations

from jinchang_desktop.i18n import msg
from jinchang_desktop.planning.costs import UnitCost
from jinchang_desktop.planning.plan import Plan
from jinchang_desktop.standards.fields import field_catalogue
from jinchang_desktop.standards.records import SchoolRecord


def _amount(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"


def format_plan(plan: Plan, costs: dict[str, UnitCost], records: list[SchoolRecord]) -> str:
    fields = field_catalogue().fields
    names = {r.code: r.name for r in records}
    lines = [f"{plan.county} 投入方案（按单价估算，单价为假设值，可用 --costs 替换）"]
    for code in sorted(plan.additions, key=lambda c: -plan.costs[c]):
        parts = [f"{fields[name].label_zh} +{_amount(amount)}" for name, amount in plan.additions[code].items()]
        lines.append(f"  {code} {names.get(code, '')}：{plan.costs[code]:,.0f} 元  " + "；".join(parts))
    if not plan.additions:
        lines.append("  无需增加投入")
    lines.append(f"合计 {plan.total_cost:,.0f} 元；下界 {plan.lower_bound:,.0f} 元（与下界相差 {plan.gap:.1%}）")
    for section, summary in plan.sections.items():
        mark = "全部达标" if summary["all_pass"] else "仍未达标"
        cvs = "，".join(f"{k} {v:.3f}" for k, v in summary["cvs_after"].items() if v is not None)
        lines.append(f"  {'小学' if section == 'primary' else '初中'}：{mark}；差异系数 {cvs}")
    for item in plan.infeasible:
        lines.append(f"✘ {item.zh}\n  {item.en}")
    lines.append(msg("单价假设").both() + ": " + "；".join(f"{c.unit_zh} {c.cost:g} 元" for c in costs.values()))
    return "\n".join(lines)
