"""The ledger's trend: open, ready, closed and overdue counts at each snapshot (after every import or load), as
a pure matplotlib Figure (no pyplot), for the city's ledger page and any report that wants it.

Lines differ by marker and dash as well as colour, so the chart still reads in black and white.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from jinchang_desktop.reports.charts import _new_figure, chinese_text

if TYPE_CHECKING:
    from matplotlib.figure import Figure

# status → (label, colour, marker, dash)
SERIES = (("open", "未整改", "#b71c1c", "o", "-"), ("ready", "可销号", "#1b5e20", "s", "--"),
          ("closed", "已销号", "#455a64", "^", "-."), ("overdue", "逾期", "#e65100", "x", ":"))


def trend_points(snapshots: Sequence[tuple[str, str, dict[str, Any]]]) -> list[tuple[str, dict[str, int]]]:
    """(label, counts per series) of each snapshot: the date it was kept and what triggered it."""
    points = []
    for at, trigger, counts in snapshots:
        values = {key: int(counts.get("status", {}).get(key, 0)) for key, *_ in SERIES if key != "overdue"}
        values["overdue"] = int(counts.get("overdue", 0))
        points.append((f"{at[:10]}\n{trigger}", values))
    return points


def ledger_trend_figure(points: Sequence[tuple[str, dict[str, int]]], title: str, *,
                        width: float = 6.0, height: float = 2.6) -> Figure:
    """Counts per status over the snapshots; an empty list draws the axes with a note that there is none yet."""
    with chinese_text():
        figure = _new_figure(width, height, left=0.08, right=0.78, bottom=0.22, top=0.86)
        axes = figure.add_subplot()
        xs = list(range(len(points)))
        for key, label, colour, marker, dash in SERIES:
            axes.plot(xs, [values[key] for _, values in points], color=colour, marker=marker, linestyle=dash,
                      label=label, gid=f"trend-{key}")
        axes.set_xticks(xs, [label for label, _ in points], fontsize=7)
        axes.set_title(title, fontsize=10)
        axes.set_ylabel("项数", fontsize=8)
        axes.tick_params(axis="y", labelsize=7)
        axes.set_ylim(bottom=0)
        if not points:
            axes.text(0.5, 0.5, "尚无快照（导入数据包后记录）", transform=axes.transAxes, ha="center", va="center",
                      fontsize=9)
        axes.legend(fontsize=7, loc="upper left", bbox_to_anchor=(1.01, 1.0))
    return figure
