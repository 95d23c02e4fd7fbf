"""Charts of a county's assessment as pure functions returning ``matplotlib.figure.Figure`` (never pyplot).

matplotlib is imported inside each function: the CLI's other commands and the app's start-up do not pay for it.
Every series is told apart by hatching, markers and line styles as well as colour, so a page printed in black
and white still reads. Chinese labels need a CJK font from the system; without one the charts refuse clearly
instead of drawing empty boxes.
"""
from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from jinchang_desktop.errors import JcError
from jinchang_desktop.i18n import N_, msg
from jinchang_desktop.standards.assess import Assessment

if TYPE_CHECKING:
    from matplotlib.figure import Figure

# Preferred first: what Windows ships, then what Linux distributions package.
CJK_FONTS = ("Microsoft YaHei", "SimHei", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Noto Sans CJK SC",
             "Noto Sans SC", "Source Han Sans SC", "Noto Serif CJK SC", "SimSun")
SECTION_ZH = {"primary": "小学", "junior": "初中"}
SECTION_STYLE = {"primary": {"hatch": "///", "color": "0.35", "line": "--"},
                 "junior": {"hatch": "...", "color": "0.75", "line": ":"}}
# The indicators' short names: the charts' labels (Chinese), and the matrix's column heads in either language.
SHORT_NAMES = {
    "qualified_teachers": N_("高学历教师"), "backbone_teachers": N_("骨干教师"), "pe_art_teachers": N_("体艺教师"),
    "teaching_space": N_("教学用房"), "sports_space": N_("体育场馆"), "equipment_value": N_("仪器设备"),
    "multimedia_rooms": N_("多媒体教室"),
}
MARKERS = ("o", "s", "^", "D", "v", "P", "X")


@lru_cache(maxsize=1)
def cjk_font() -> str:
    """The family name of a CJK font installed on the system; JcError when there is none."""
    from matplotlib import font_manager

    return pick_cjk_font({font.name for font in font_manager.fontManager.ttflist})


def pick_cjk_font(installed: set[str]) -> str:
    """The first of ``CJK_FONTS`` among the ``installed`` family names; JcError when there is none."""
    for name in CJK_FONTS:
        if name in installed:
            return name
    raise JcError(
        msg("系统中没有可显示中文的字体（Windows：微软雅黑或黑体；Linux：文泉驿或 Noto CJK，如 fonts-wqy-microhei），"
            "无法绘制图表"), rule="cjk-font")


@contextmanager
def chinese_text() -> Iterator[None]:
    """Text created or drawn inside takes the CJK font; matplotlib's global settings are restored afterwards.

    Titles and labels keep the font they were made with; tick labels are made when the figure is drawn, so a
    caller that draws a figure (a PDF page, a canvas) does it inside this context too.
    """
    import matplotlib

    # pdf.fonttype 42 embeds the CJK glyphs as a TrueType subset: smaller and quicker to write than Type 3.
    with matplotlib.rc_context({"font.family": [cjk_font(), "DejaVu Sans"], "axes.unicode_minus": False,
                                "hatch.linewidth": 0.8, "pdf.fonttype": 42}):
        yield


def _new_figure(width: float, height: float, **margins: float) -> Figure:
    """A figure with fixed margins: a layout engine would measure every label again on every draw."""
    from matplotlib.figure import Figure

    figure = Figure(figsize=(width, height))
    figure.subplots_adjust(**margins)
    return figure


def cv_figure(assessment: Assessment, county: str) -> Figure:
    """Bars: the 差异系数 of each indicator per section, with each section's limit as a line."""
    sections = assessment.counties.get(county, {})
    keys = [i.key for i in assessment.profile.resource_indicators]
    with chinese_text():
        figure = _new_figure(10, 5, left=0.07, right=0.98, bottom=0.1, top=0.9)
        axes = figure.add_subplot()
        shown = [s for s in ("primary", "junior") if s in sections]
        width = 0.8 / max(len(shown), 1)
        for offset, section in enumerate(shown):
            summary = sections[section]
            style = SECTION_STYLE[section]
            heights = [summary.cv[k].cv or 0.0 for k in keys]
            xs = [i + (offset - (len(shown) - 1) / 2) * width for i in range(len(keys))]
            bars = axes.bar(xs, heights, width, label=f"{SECTION_ZH[section]}差异系数", color=style["color"],
                            hatch=style["hatch"], edgecolor="black", gid=f"cv-{section}")
            axes.bar_label(bars, labels=[f"{h:.3f}" for h in heights], fontsize=7, padding=1)
            axes.axhline(summary.limit, color="black", linestyle=style["line"], linewidth=1.2,
                         label=f"{SECTION_ZH[section]}上限 {summary.limit:.2f}", gid=f"limit-{section}")
        axes.set_xticks(range(len(keys)), [SHORT_NAMES.get(k, k) for k in keys])
        axes.set_ylabel("差异系数")
        axes.set_title(f"{county} 资源配置七项指标差异系数")
        axes.legend(fontsize=8, loc="upper right")
        tallest = max((summary.cv[k].cv or 0.0 for summary in sections.values() for k in keys), default=0.0)
        axes.set_ylim(0, max(0.6, tallest * 1.15))
    return figure


def distribution_figure(assessment: Assessment, county: str, section: str) -> Figure:
    """Each indicator's value at every school of the section, against its threshold and the 85% floor."""
    keys = [i.key for i in assessment.profile.resource_indicators]
    indicators = {i.key: i for i in assessment.profile.resource_indicators}
    results = [s.sections[section] for s in assessment.schools
               if s.record.county == county and section in s.sections]
    with chinese_text():
        figure = _new_figure(11, 6.5, left=0.06, right=0.98, bottom=0.06, top=0.88, wspace=0.32, hspace=0.3)
        grid = figure.subplots(2, 4)
        cells = list(grid.flat)
        for axes, key in zip(cells, keys, strict=False):
            items = [r.indicators[key] for r in results]
            values = [i.value for i in items]
            threshold = float(indicators[key].threshold(section) or 0)
            floor = threshold * float(assessment.profile.floor_ratio)
            reached = [(n, v) for n, (v, i) in enumerate(zip(values, items, strict=True)) if i.reached]
            missed = [(n, v) for n, (v, i) in enumerate(zip(values, items, strict=True)) if not i.reached]
            if reached:
                axes.scatter(*zip(*reached, strict=True), marker="o", facecolors="0.3", edgecolors="black", s=18,
                             label="达到标准", gid="reached")
            if missed:
                axes.scatter(*zip(*missed, strict=True), marker="x", color="black", s=24, label="未达标准",
                             gid="missed")
            axes.axhline(threshold, color="black", linestyle="--", linewidth=1, gid="threshold")
            axes.axhline(floor, color="0.4", linestyle=":", linewidth=1, gid="floor")
            axes.set_title(f"{SHORT_NAMES.get(key, key)}（标准 {threshold:g}）", fontsize=9)
            axes.set_xticks([])
            axes.set_xlabel(f"{len(values)} 所学校", fontsize=8)
            axes.tick_params(labelsize=7)
        legend = cells[-1]
        legend.axis("off")
        from matplotlib.lines import Line2D

        legend.legend(handles=[
            Line2D([], [], marker="o", linestyle="", markerfacecolor="0.3", markeredgecolor="black", label="达到标准"),
            Line2D([], [], marker="x", linestyle="", color="black", label="未达标准"),
            Line2D([], [], linestyle="--", color="black", label="标准值"),
            Line2D([], [], linestyle=":", color="0.4", label="标准值的 85%"),
        ], loc="center", fontsize=9)
        figure.suptitle(f"{county} {SECTION_ZH.get(section, section)}各校七项指标分布")
    return figure


def trend_figure(years: Mapping[int, Assessment], county: str) -> Figure:
    """The 差异系数 of each indicator over the stored school years, one panel per section, with the limit."""
    ordered = sorted(years)
    first = years[ordered[0]]
    keys = [i.key for i in first.profile.resource_indicators]
    with chinese_text():
        figure = _new_figure(11, 4.8, left=0.07, right=0.86, bottom=0.1, top=0.85, wspace=0.08)
        panels = figure.subplots(1, 2, sharey=True)
        for axes, section in zip(panels, ("primary", "junior"), strict=True):
            limit = float(first.profile.cv_limit[section])
            for key, marker in zip(keys, MARKERS, strict=False):
                points = [(year, _cv(years[year], county, section, key)) for year in ordered]
                points = [(x, y) for x, y in points if y is not None]
                if points:
                    axes.plot(*zip(*points, strict=True), marker=marker, color="black", linewidth=1,
                              markerfacecolor="white", label=SHORT_NAMES.get(key, key), gid=f"trend-{key}")
            axes.axhline(limit, color="black", linestyle="--", linewidth=1.2, label="差异系数上限", gid="limit")
            axes.annotate(f"上限 {limit:.2f}", (0, limit), xycoords=("axes fraction", "data"), xytext=(3, 3),
                          textcoords="offset points", fontsize=8)
            axes.set_xticks(ordered, [f"{y}学年" for y in ordered])
            axes.set_title(f"{SECTION_ZH[section]}")
            axes.set_ylabel("差异系数")
        panels[1].legend(fontsize=7, loc="upper left", bbox_to_anchor=(1.01, 1))
        figure.suptitle(f"{county} 差异系数逐年变化")
    return figure


def _cv(assessment: Assessment, county: str, section: str, key: str) -> float | None:
    summary = assessment.counties.get(county, {}).get(section)
    return None if summary is None else summary.cv[key].cv


def figure_data(figure: Figure) -> dict[str, Any]:
    """The drawn data by gid (bar heights, line levels, point values): what tests and the dashboard check."""
    found: dict[str, Any] = {}
    for axes in figure.axes:
        artists: list[Any] = [*axes.patches, *axes.lines, *axes.collections]
        for artist in artists:
            gid = artist.get_gid()
            if not gid:
                continue
            if hasattr(artist, "get_height"):
                found.setdefault(gid, []).append(artist.get_height())
            elif hasattr(artist, "get_ydata"):
                found.setdefault(gid, []).append([float(y) for y in artist.get_ydata()])
            elif hasattr(artist, "get_offsets"):
                found.setdefault(gid, []).extend(float(point[1]) for point in artist.get_offsets())
    return found
