"""The chart's counts and layout: periods fit the date range, empty periods are zeros."""

import datetime as dt

import pandas as pd
import pytest

from quotes.colours import assign_colours
from quotes.timeline import quotes_over_time

RANKED = [("s_a", "Ada Lund"), ("s_b", "Bo Vik"), ("s_c", "Cy Ek")]
COLOURS = assign_colours([sid for sid, _ in RANKED])


def _said(*rows: tuple[str, str | None]) -> pd.DataFrame:
    return pd.DataFrame({"member": [m for m, _ in rows],
                         "date": [dt.date.fromisoformat(d) if d else None for _, d in rows]})


def test_a_few_weeks_are_counted_per_day_with_zeros_between():
    plot = quotes_over_time(_said(("s_a", "2024-03-01"), ("s_a", "2024-03-01"), ("s_b", "2024-03-04")),
                            RANKED, COLOURS)
    assert plot.unit == "day"
    assert plot.periods == ["2024-03-01", "2024-03-02", "2024-03-03", "2024-03-04"]
    assert [(s.speaker, s.counts) for s in plot.series] == [("Ada Lund", [2, 0, 0, 0]), ("Bo Vik", [0, 0, 0, 1])]
    assert plot.series[0].colour == COLOURS["s_a"]


def test_months_and_years_for_longer_ranges():
    months = quotes_over_time(_said(("s_a", "2023-11-20"), ("s_b", "2024-02-02"), ("s_b", "2024-02-28")),
                              RANKED, COLOURS)
    assert months.unit == "month" and months.periods == ["2023-11", "2023-12", "2024-01", "2024-02"]
    assert [s.counts for s in months.series] == [[1, 0, 0, 0], [0, 0, 0, 2]]
    years = quotes_over_time(_said(("s_a", "2010-05-01"), ("s_a", "2019-05-01")), RANKED, COLOURS)
    assert years.unit == "year" and len(years.periods) == 10 and years.series[0].counts[::9] == [1, 1]


def test_only_the_top_speakers_are_drawn_and_undated_quotes_are_counted_apart():
    said = _said(("s_a", "2024-01-01"), ("s_b", "2024-01-02"), ("s_c", "2024-01-03"), ("s_a", None))
    plot = quotes_over_time(said, RANKED, COLOURS, top=2)
    assert [s.speaker_id for s in plot.series] == ["s_a", "s_b"]
    assert plot.undated == 1 and plot.periods == ["2024-01-01", "2024-01-02"]
    assert quotes_over_time(_said(("s_a", None)), RANKED, COLOURS) is None


def test_points_lie_in_the_box_and_higher_counts_are_drawn_higher():
    plot = quotes_over_time(_said(*[("s_a", "2024-01-01")] * 7, ("s_a", "2024-01-03")), RANKED, COLOURS)
    left, top, right, bottom = plot.box
    (x0, y0), (x1, y1), (x2, y2) = plot.series[0].points
    assert left < x0 < x1 < x2 < right and top <= y0 < y2 < y1 == pytest.approx(bottom)
    assert [label for _, label in plot.y_ticks] == ["0", "2", "4", "6", "8"]
    assert plot.series[0].path.count(",") == 3
