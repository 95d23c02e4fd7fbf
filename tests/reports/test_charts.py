"""The charts checked by what they draw (bar heights, limit and threshold lines, points), not by pixels."""
from __future__ import annotations

import subprocess
import sys

import pytest

from jinchang_desktop.errors import JcError
from jinchang_desktop.reports.charts import (
    cv_figure,
    distribution_figure,
    figure_data,
    pick_cjk_font,
    trend_figure,
)
from jinchang_desktop.standards.assess import Assessment, assess
from jinchang_desktop.standards.catalogue import load_profile

from .golden_county import COUNTY, junior_records, primary_records

# The hand-worked CVs of the golden county's primary schools (see golden_county.py), unrounded.
PRIMARY_CVS = [0.1230266, 0.3305223, 0.3305223, 0.5152566, 0.0, 0.0, 0.1303021]


def golden() -> Assessment:
    return assess(primary_records() + junior_records(), load_profile("national"))


def test_cv_bars_and_limit_lines() -> None:
    figure = cv_figure(golden(), COUNTY)
    drawn = figure_data(figure)
    assert drawn["cv-primary"] == pytest.approx(PRIMARY_CVS, abs=1e-6)
    assert drawn["cv-junior"] == pytest.approx([0, 0, 0, 0, 0, 0, 0.0883883], abs=1e-6)
    assert drawn["limit-primary"] == [[0.5, 0.5]] and drawn["limit-junior"] == [[0.45, 0.45]]
    # black and white: the sections differ by hatching, not only by colour
    hatches = {p.get_gid(): p.get_hatch() for p in figure.axes[0].patches}
    assert hatches == {"cv-primary": "///", "cv-junior": "..."}
    labels = [t.get_text() for t in figure.axes[0].get_xticklabels()]
    assert labels[3] == "教学用房"


def test_distribution_points_and_thresholds() -> None:
    figure = distribution_figure(golden(), COUNTY, "primary")
    panels = figure.axes[:7]
    thresholds = [[line.get_ydata()[0] for line in axes.lines if line.get_gid() == "threshold"][0] for axes in panels]
    assert thresholds == [4.2, 1.0, 0.9, 4.5, 7.5, 2000, 2.3]
    floors = [[line.get_ydata()[0] for line in axes.lines if line.get_gid() == "floor"][0] for axes in panels]
    assert floors == pytest.approx([3.57, 0.85, 0.765, 3.825, 6.375, 1700, 1.955])
    teaching = figure_data_of(panels[3])
    assert sorted(teaching["reached"]) == pytest.approx([6.2, 7.309091, 10.505618], abs=1e-5)
    assert sorted(teaching["missed"]) == pytest.approx([2.105263, 3.702703], abs=1e-5)


def figure_data_of(axes: object) -> dict[str, list[float]]:
    found: dict[str, list[float]] = {}
    for collection in axes.collections:  # type: ignore[attr-defined]
        found.setdefault(collection.get_gid(), []).extend(float(y) for _, y in collection.get_offsets())
    return found


def test_trend_across_years() -> None:
    this_year = golden()
    earlier = primary_records() + junior_records()
    earlier[0].values["teaching_aux_area_m2"] = 450  # school one had more space the year before
    last_year = assess(earlier, load_profile("national"))
    figure = trend_figure({2025: this_year, 2024: last_year}, COUNTY)
    drawn = figure_data(figure)
    series = drawn["trend-teaching_space"]
    assert series[0][1] == pytest.approx(0.5152566, abs=1e-6)
    assert series[0][0] == pytest.approx(last_year.counties[COUNTY]["primary"].cv["teaching_space"].cv)
    assert [list(x) for x in drawn["limit"]] == [[0.5, 0.5], [0.45, 0.45]]
    assert list(figure.axes[0].lines[0].get_xdata()) == [2024, 2025]


def test_no_cjk_font_is_a_clear_error() -> None:
    with pytest.raises(JcError) as info:
        pick_cjk_font({"DejaVu Sans", "Liberation Serif"})
    assert info.value.rule == "cjk-font" and "fonts-wqy-microhei" in info.value.zh
    assert pick_cjk_font({"SimHei", "WenQuanYi Micro Hei"}) == "SimHei"


def test_charts_never_load_pyplot() -> None:
    code = ("import sys\nfrom tests.reports.test_charts import golden\nfrom jinchang_desktop.reports.charts import "
            "cv_figure\ncv_figure(golden(), '永昌县')\nassert 'matplotlib.pyplot' not in sys.modules\n"
            "print('ok')")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.stdout.strip() == "ok", result.stderr
