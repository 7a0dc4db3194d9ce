"""Calendar arithmetic for TIMEX3 values: periods, their values, intervals and shifts.

A ``Period`` is a calendar unit at one granularity (a day, an ISO week, a month, a quarter, …).
Its year may be unknown (``None``): the value then reads ``XXXX`` as TIMEX3 prescribes for
expressions that could not be resolved, and it covers no interval.

Intervals (``start_date``/``end_date``, inclusive) and the thirds used for START/MID/END:

- day: the day; week: ISO Monday to Sunday; weekend: its Saturday and Sunday;
- month: the calendar month, thirds by days 1-10, 11-20, 21-end;
- quarter, half: their months; seasons are northern meteorological ones (spring March-May,
  summer June-August, autumn September-November, winter December to February of the following
  year), used to place a season before or after a date (the stage reports no interval for them);
- year: thirds January-April, May-August, September-December;
- decade ("202" = 2020-2029): thirds years 0-3, 4-6, 7-9; century ("20" = 2000-2099): years
  00-32, 33-65, 66-99;
- quarters, halves, seasons and weeks split into thirds of their days; a day or a weekend
  keeps its whole interval.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, replace
from datetime import date, timedelta

GRANULARITY_ORDER = ("day", "week", "weekend", "month", "quarter", "half", "season", "year",
                     "decade", "century")
SEASON_CODES = {1: "SP", 2: "SU", 3: "FA", 4: "WI"}
# First month of each meteorological season.
SEASON_START_MONTH = {1: 3, 2: 6, 3: 9, 4: 12}


@dataclass(frozen=True)
class Period:
    """``granularity`` names the unit; ``year`` is None when unknown; ``index`` is the month,
    ISO week, quarter, half or season number; ``day`` the day of the month (day periods)."""

    granularity: str
    year: int | None
    index: int | None = None
    day: int | None = None

    @property
    def value(self) -> str:
        year = "XXXX" if self.year is None else f"{self.year:04d}"
        index = None if self.index is None else f"{self.index:02d}"
        g = self.granularity
        if g == "day":
            return f"{year}-{index or 'XX'}-{'XX' if self.day is None else f'{self.day:02d}'}"
        if g in ("week", "weekend"):
            return f"{year}-W{index or 'XX'}" + ("-WE" if g == "weekend" else "")
        if g == "month":
            return f"{year}-{index or 'XX'}"
        if g == "quarter":
            return f"{year}-Q{self.index or 'X'}"
        if g == "half":
            return f"{year}-H{self.index or 'X'}"
        if g == "season":
            return f"{year}-{SEASON_CODES.get(self.index, 'XX')}"
        if g == "decade":
            return year[:3]
        if g == "century":
            return year[:2]
        return year

    @property
    def resolved(self) -> bool:
        if self.year is None:
            return False
        if self.granularity == "day":
            return self.index is not None and self.day is not None
        return self.granularity in ("year", "decade", "century") or self.index is not None

    def interval(self) -> tuple[date, date] | None:
        if not self.resolved:
            return None
        y, i, g = self.year, self.index, self.granularity
        if g == "day":
            d = date(y, i, self.day)
            return d, d
        if g in ("week", "weekend"):
            monday = date.fromisocalendar(y, i, 1)
            return (monday + timedelta(days=5) if g == "weekend" else monday,
                    monday + timedelta(days=6))
        if g == "month":
            return date(y, i, 1), month_end(y, i)
        if g == "quarter":
            return date(y, 3 * i - 2, 1), month_end(y, 3 * i)
        if g == "half":
            return date(y, 6 * i - 5, 1), month_end(y, 6 * i)
        if g == "season":
            first = date(y, SEASON_START_MONTH[i], 1)
            last = add_months(first, 2)
            return first, month_end(last.year, last.month)
        if g == "decade":
            return date(y, 1, 1), date(y + 9, 12, 31)
        if g == "century":
            return date(y, 1, 1), date(y + 99, 12, 31)
        return date(y, 1, 1), date(y, 12, 31)

    def shift(self, n: int) -> Period:
        """The period ``n`` units of its own granularity later (earlier when negative)."""
        if not self.resolved or n == 0:
            return self if self.resolved else replace(self, year=None)
        g = self.granularity
        first = self.interval()[0]
        try:
            if g == "day":
                return period_of(first + timedelta(days=n), "day")
            if g in ("week", "weekend"):
                return period_of(first + timedelta(weeks=n), g)
            months = {"month": 1, "quarter": 3, "half": 6, "season": 3}.get(g)
            if months:
                return period_of(add_months(first, n * months), g)
            years = {"decade": 10, "century": 100}.get(g, 1)
            return period_of(date(self.year + n * years, 1, 1), g)
        except (ValueError, OverflowError):
            # Beyond the calendar Python can count in, the year is simply unknown.
            return replace(self, year=None)


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def add_months(day: date, months: int) -> date:
    """The first of the month ``months`` after ``day``'s month."""
    total = day.year * 12 + day.month - 1 + months
    return date(total // 12, total % 12 + 1, 1)


def period_of(day: date, granularity: str) -> Period:
    """The period of the given granularity that contains ``day``."""
    if granularity == "day":
        return Period("day", day.year, day.month, day.day)
    if granularity in ("week", "weekend"):
        iso = day.isocalendar()
        return Period(granularity, iso.year, iso.week)
    if granularity == "month":
        return Period("month", day.year, day.month)
    if granularity == "quarter":
        return Period("quarter", day.year, (day.month - 1) // 3 + 1)
    if granularity == "half":
        return Period("half", day.year, (day.month - 1) // 6 + 1)
    if granularity == "season":
        # December belongs to the winter that starts in its year.
        season = {12: 4, 1: 4, 2: 4}.get(day.month, (day.month - 3) // 3 + 1)
        return Period("season", day.year - (1 if day.month < 3 else 0), season)
    if granularity == "decade":
        return Period("decade", day.year - day.year % 10)
    if granularity == "century":
        return Period("century", day.year - day.year % 100)
    return Period("year", day.year)


def coarsen(period: Period, granularity: str) -> Period | None:
    """``period`` seen at a coarser (or equal) granularity; None if it is finer than known."""
    if period.granularity == granularity:
        return period
    if GRANULARITY_ORDER.index(period.granularity) > GRANULARITY_ORDER.index(granularity):
        return None
    span = period.interval()
    if span is None:
        return Period(granularity, period.year) if period.year is not None else None
    return period_of(span[0], granularity)


# Thirds of a month by day of month; of a year by month; of decades and centuries by year.
_MONTH_THIRDS = {"START": (1, 10), "MID": (11, 20), "END": (21, 31)}
_YEAR_THIRDS = {"START": (1, 4), "MID": (5, 8), "END": (9, 12)}
_DECADE_THIRDS = {"START": (0, 3), "MID": (4, 6), "END": (7, 9)}
_CENTURY_THIRDS = {"START": (0, 32), "MID": (33, 65), "END": (66, 99)}


def narrowed_interval(period: Period, modifier: str | None) -> tuple[date, date] | None:
    """The interval ``period`` covers, narrowed to its START, MID or END third."""
    span = period.interval()
    if span is None or modifier not in _MONTH_THIRDS:
        return span
    first, last = span
    g = period.granularity
    if g == "month":
        lo, hi = _MONTH_THIRDS[modifier]
        return first.replace(day=lo), min(last, first.replace(day=min(hi, last.day)))
    if g == "year":
        lo, hi = _YEAR_THIRDS[modifier]
        return date(first.year, lo, 1), month_end(first.year, hi)
    if g in ("decade", "century"):
        lo, hi = (_DECADE_THIRDS if g == "decade" else _CENTURY_THIRDS)[modifier]
        return date(first.year + lo, 1, 1), date(first.year + hi, 12, 31)
    days = (last - first).days + 1
    if days < 3:
        return span
    cut1, cut2 = first + timedelta(days=days // 3), first + timedelta(days=2 * days // 3)
    return {"START": (first, cut1 - timedelta(days=1)), "MID": (cut1, cut2 - timedelta(days=1)),
            "END": (cut2, last)}[modifier]


def duration_value(count: float | None, unit: str) -> str:
    """TIMEX3 duration: ``P17Y``, ``P18M``, ``PT30M``, ``P10Y`` for a decade; ``PXY`` when the
    count is vague. ``unit`` is a code of dates.json duration_units."""
    scale, code, timed = {
        "DE": (10, "Y", False), "CE": (100, "Y", False), "Q": (3, "M", False),
        "FN": (2, "W", False), "H": (1, "H", True), "MIN": (1, "M", True), "S": (1, "S", True),
    }.get(unit, (1, unit, False))
    prefix = "PT" if timed else "P"
    if count is None:
        vague_code = {"DE": "DE", "CE": "CE"}.get(unit, code)
        return f"{prefix}X{vague_code}"
    amount = count * scale
    text = str(int(amount)) if float(amount).is_integer() else f"{amount:g}"
    return f"{prefix}{text}{code}"
