"""The gauge: colour from the engine's exact verdicts (boundaries included), words, painting."""
from __future__ import annotations

import pytest
from PySide6.QtGui import QColor

from jinchang_desktop.gui.widgets.gauge import COLOURS, GaugeState, GaugeWidget, gap_words, gauge_reading, gauge_state
from jinchang_desktop.standards.assess import assess_school
from tests.gui.records import primary_school


def indicator_result(profile, record, key):
    return assess_school(record, profile).sections["primary"].indicators[key]


@pytest.mark.parametrize(("students", "qualified", "state"), [
    (1000, 42, GaugeState.REACHED),  # 4.2 per 100: exactly the threshold is reached (green)
    (1000, 43, GaugeState.REACHED),
    (1000, 41, GaugeState.NEAR),
    (10000, 357, GaugeState.NEAR),  # 3.57 per 100: exactly 85% of 4.2 is amber, not red
    (10000, 356, GaugeState.BELOW),
    (1000, 0, GaugeState.BELOW),
])
def test_colour_at_the_boundaries(profile, students, qualified, state):
    result = indicator_result(profile, primary_school(students, primary_qualified_teachers=qualified),
                              "qualified_teachers")
    assert gauge_state(result) is state


def test_decimal_boundary_is_exact(profile):
    # 4.5 m² per student: 4500.1 − 0.1 of indoor sports area is exactly 4500 for 1000 students.
    record = primary_school(1000, teaching_aux_area_m2=4500.1, indoor_sports_area_m2=0.1)
    assert gauge_state(indicator_result(profile, record, "teaching_space")) is GaugeState.REACHED


def test_gap_in_plain_words(profile, switcher):
    teachers = indicator_result(profile, primary_school(1000, primary_qualified_teachers=40), "qualified_teachers")
    text, _ = gap_words(profile.indicators["qualified_teachers"], teachers, lang="zh", floor_ratio=0.85)
    assert text == "还差 2 名高于规定学历教师"
    sports = indicator_result(profile, primary_school(1000, sports_ground_area_m2=6780, indoor_sports_area_m2=380),
                              "sports_space")
    text, _ = gap_words(profile.indicators["sports_space"], sports, lang="zh", floor_ratio=0.85)
    assert text == "还差 340 ㎡体育运动场馆"
    reached = indicator_result(profile, primary_school(1000), "qualified_teachers")
    assert gap_words(profile.indicators["qualified_teachers"], reached, lang="zh", floor_ratio=0.85)[0] == "已达标"


def test_gap_below_the_floor_names_the_floor_too(profile):
    result = indicator_result(profile, primary_school(1000, primary_qualified_teachers=30), "qualified_teachers")
    long, short = gap_words(profile.indicators["qualified_teachers"], result, lang="zh", floor_ratio=0.85)
    assert long == "还差 12 名高于规定学历教师（差 6 到 85%）"  # 35.7 rounds up to 36
    assert short == "还差 12 名高于规定学历教师"


def test_gap_in_english(profile, switcher):
    switcher.apply("en")
    result = indicator_result(profile, primary_school(1000, primary_qualified_teachers=40), "qualified_teachers")
    text, _ = gap_words(profile.indicators["qualified_teachers"], result, lang="en", floor_ratio=0.85)
    assert text == "2 qualified teachers short"


@pytest.mark.parametrize("qualified", [42, 40, 30])
def test_bar_is_painted_in_the_state_colour(qtbot, profile, qualified):
    result = indicator_result(profile, primary_school(1000, primary_qualified_teachers=qualified),
                              "qualified_teachers")
    reading = gauge_reading(profile.indicators["qualified_teachers"], result, lang="zh", floor_ratio=0.85)
    gauge = GaugeWidget()
    qtbot.addWidget(gauge)
    gauge.resize(420, gauge.sizeHint().height())
    gauge.set_reading(reading)
    image = gauge.grab().toImage()
    bar = gauge.bar_geometry()
    pixel = QColor(image.pixel(int(bar.left()) + 4, int(bar.center().y())))
    assert pixel.name() == COLOURS[reading.state].name()
    # Past the filled part the track shows: the fill stops at value / (1.5 × threshold).
    assert QColor(image.pixel(int(bar.right()) - 2, int(bar.center().y()))).name() != COLOURS[reading.state].name()


def test_reading_texts(profile):
    result = indicator_result(profile, primary_school(1000, primary_qualified_teachers=40), "qualified_teachers")
    reading = gauge_reading(profile.indicators["qualified_teachers"], result, lang="zh", floor_ratio=0.85)
    assert reading.name == "每百名学生拥有高于规定学历教师数"
    assert reading.value_text == "4 / 4.2"
    assert "依据：NAT 第六条 资源配置(1)" in reading.tooltip
    assert reading.ratio == pytest.approx(4 / 4.2)
