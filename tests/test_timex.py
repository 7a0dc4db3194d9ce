"""timex: TIMEX3 values, intervals and shifts of calendar periods."""

from __future__ import annotations

from datetime import date

import pytest

from artex.stages.timex import Period, coarsen, duration_value, narrowed_interval, period_of


@pytest.mark.parametrize("period,value", [
    (Period("day", 2024, 4, 12), "2024-04-12"),
    (Period("week", 2024, 15), "2024-W15"),
    (Period("weekend", 2024, 15), "2024-W15-WE"),
    (Period("month", 2024, 4), "2024-04"),
    (Period("quarter", 2025, 2), "2025-Q2"),
    (Period("half", 2026, 1), "2026-H1"),
    (Period("season", 2025, 2), "2025-SU"),
    (Period("year", 2027), "2027"),
    (Period("decade", 2020), "202"),
    (Period("century", 1900), "19"),
    (Period("month", None, 4), "XXXX-04"),
    (Period("day", None), "XXXX-XX-XX"),
    (Period("year", None), "XXXX"),
])
def test_periods_print_timex3_values(period, value):
    assert period.value == value


@pytest.mark.parametrize("period,first,last", [
    (Period("week", 2024, 15), date(2024, 4, 8), date(2024, 4, 14)),
    (Period("weekend", 2024, 15), date(2024, 4, 13), date(2024, 4, 14)),
    (Period("month", 2024, 2), date(2024, 2, 1), date(2024, 2, 29)),
    (Period("quarter", 2025, 4), date(2025, 10, 1), date(2025, 12, 31)),
    (Period("half", 2026, 2), date(2026, 7, 1), date(2026, 12, 31)),
    (Period("season", 2024, 4), date(2024, 12, 1), date(2025, 2, 28)),
    (Period("decade", 2030), date(2030, 1, 1), date(2039, 12, 31)),
])
def test_periods_cover_their_calendar_interval(period, first, last):
    assert period.interval() == (first, last)


def test_unknown_year_covers_no_interval():
    assert Period("month", None, 4).interval() is None


@pytest.mark.parametrize("period,n,shifted", [
    (Period("month", 2024, 1), -1, "2023-12"),
    (Period("quarter", 2024, 1), -1, "2023-Q4"),
    (Period("week", 2024, 1), -1, "2023-W52"),
    (Period("day", 2024, 3, 1), -1, "2024-02-29"),
    (Period("year", 2024), -2, "2022"),
    (Period("decade", 2020), 1, "203"),
])
def test_shift_moves_by_whole_units(period, n, shifted):
    assert period.shift(n).value == shifted


@pytest.mark.parametrize("period,modifier,first,last", [
    (Period("month", 2024, 4), "START", date(2024, 4, 1), date(2024, 4, 10)),
    (Period("month", 2024, 4), "MID", date(2024, 4, 11), date(2024, 4, 20)),
    (Period("month", 2024, 2), "END", date(2024, 2, 21), date(2024, 2, 29)),
    (Period("year", 2025), "MID", date(2025, 5, 1), date(2025, 8, 31)),
    (Period("decade", 2020), "END", date(2027, 1, 1), date(2029, 12, 31)),
    (Period("year", 2025), "APPROX", date(2025, 1, 1), date(2025, 12, 31)),
])
def test_start_mid_end_narrow_to_the_documented_thirds(period, modifier, first, last):
    assert narrowed_interval(period, modifier) == (first, last)


def test_periods_of_a_date_and_coarsening():
    day = date(2024, 12, 30)
    assert period_of(day, "week").value == "2025-W01"
    assert period_of(date(2025, 1, 15), "season").value == "2024-WI"
    assert coarsen(Period("day", 2024, 4, 12), "quarter").value == "2024-Q2"
    assert coarsen(Period("year", 2024), "month") is None


@pytest.mark.parametrize("count,unit,value", [
    (17, "Y", "P17Y"), (18, "M", "P18M"), (30, "MIN", "PT30M"), (2, "H", "PT2H"),
    (1, "DE", "P10Y"), (2.5, "Y", "P2.5Y"), (None, "Y", "PXY"), (None, "DE", "PXDE"),
    (2, "Q", "P6M"),
])
def test_duration_values(count, unit, value):
    assert duration_value(count, unit) == value
