"""Quotes over time for the most quoted speakers, as the geometry of a small SVG line chart.

Counting and layout live here, drawing in the report's template, so the numbers
can be checked without a browser. The period follows the date range: days for a
few weeks of news, months for a few years, years beyond that, with every period
in between shown (a month without quotes is a zero, not a gap).
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field

import pandas as pd

from quotes.colours import UNATTRIBUTED, Colour

WIDTH, HEIGHT = 880, 300
LEFT, RIGHT, TOP, BOTTOM = 48, 16, 14, 44
MAX_DAYS = 92
MAX_MONTHS = 72
MAX_X_LABELS = 12
INSET = 32  # room inside the plot box, so the first and last period's labels are not cut


@dataclass
class Series:
    """One speaker's line: counts per period and where they are drawn."""

    speaker_id: str
    speaker: str
    colour: Colour
    counts: list[int]
    points: list[tuple[float, float]] = field(default_factory=list)

    @property
    def path(self) -> str:
        """The SVG polyline `points` attribute."""
        return " ".join(f"{x:.1f},{y:.1f}" for x, y in self.points)

    @property
    def total(self) -> int:
        return sum(self.counts)


@dataclass
class Plot:
    """A chart ready to draw: the plot box, axis ticks and one series per speaker."""

    unit: str  # day, month or year
    periods: list[str]
    series: list[Series]
    x_ticks: list[tuple[float, str]]
    y_ticks: list[tuple[float, str]]
    undated: int
    width: int = WIDTH
    height: int = HEIGHT
    box: tuple[float, float, float, float] = (LEFT, TOP, WIDTH - RIGHT, HEIGHT - BOTTOM)


def _unit(first: dt.date, last: dt.date) -> str:
    months = (last.year - first.year) * 12 + last.month - first.month
    if (last - first).days <= MAX_DAYS:
        return "day"
    return "month" if months <= MAX_MONTHS else "year"


def _key(day: dt.date, unit: str) -> str:
    return day.isoformat() if unit == "day" else f"{day.year}-{day.month:02d}" if unit == "month" else str(day.year)


def _periods(first: dt.date, last: dt.date, unit: str) -> list[str]:
    """Every period from `first` to `last`, in order."""
    if unit == "day":
        return [(first + dt.timedelta(days=n)).isoformat() for n in range((last - first).days + 1)]
    if unit == "year":
        return [str(y) for y in range(first.year, last.year + 1)]
    months = (last.year - first.year) * 12 + last.month - first.month
    return [f"{first.year + (first.month - 1 + n) // 12}-{(first.month - 1 + n) % 12 + 1:02d}"
            for n in range(months + 1)]


def _step(highest: int) -> int:
    """A round tick step (1, 2, 5, 10, 20, ...) giving at most about five ticks."""
    rough = max(1, math.ceil(highest / 5))
    magnitude = 10 ** int(math.log10(rough))
    return next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= rough)


def _is_day(value: object) -> bool:
    return isinstance(value, dt.date) and not pd.isna(value)


def quotes_over_time(said: pd.DataFrame, ranked: list[tuple[str, str]], colours: dict[str, Colour],
                     top: int = 5) -> Plot | None:
    """The chart of `top` speakers' quotes per period, or None when none of their quotes has a date.

    `said` holds one row per quote and speaker (columns `member` and `date`);
    `ranked` is (speaker_id, name) most quoted first.
    """
    chosen = ranked[:top]
    theirs = said[said.member.isin([sid for sid, _ in chosen])]
    dated = theirs[theirs.date.map(_is_day)]
    if dated.empty:
        return None
    unit = _unit(min(dated.date), max(dated.date))
    periods = _periods(min(dated.date), max(dated.date), unit)
    keys = dated.assign(period=dated.date.map(lambda d: _key(d, unit)))
    counts = keys.groupby(["member", "period"]).size()
    series = [Series(sid, name, colours.get(sid, UNATTRIBUTED), [int(counts.get((sid, p), 0)) for p in periods])
              for sid, name in chosen]
    series = [s for s in series if s.total]
    return _layout(Plot(unit, periods, series, [], [], undated=len(theirs) - len(dated)))


def _layout(plot: Plot) -> Plot:
    """Place the points and the ticks inside the plot box."""
    left, top, right, bottom = plot.box
    highest = max(max(s.counts) for s in plot.series)
    step = _step(highest)
    ceiling = step * math.ceil(highest / step)
    n = len(plot.periods)

    def x(index: int) -> float:
        return (left + right) / 2 if n == 1 else left + INSET + index * (right - left - 2 * INSET) / (n - 1)

    def y(count: float) -> float:
        return bottom - count * (bottom - top) / ceiling

    for line in plot.series:
        line.points = [(x(i), y(c)) for i, c in enumerate(line.counts)]
    every = math.ceil(n / MAX_X_LABELS)
    plot.x_ticks = [(x(i), plot.periods[i]) for i in range(0, n, every)]
    plot.y_ticks = [(y(v), str(v)) for v in range(0, ceiling + 1, step)]
    return plot
