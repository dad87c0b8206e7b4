"""Working days and reporting windows: pure functions over dates, so they test without a database.

Decree 09/2019/NĐ-CP art. 12 fixes the data cut-off: annual 15/12 of the previous year to 14/12; six-monthly
15/12 to 14/6 (and 15/6 to 14/12); quarterly from the 15th of the month before the quarter to the 14th of its
last month; monthly the 15th of the previous month to the 14th.
"""

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass

CUTOFF_DAY = 14
MONTHS_PER_PERIOD = {"annual": 12, "half-yearly": 6, "quarterly": 3, "monthly": 1}


def is_working_day(
    day: dt.date, off_days: Collection[dt.date], working_weekend: Collection[dt.date] = ()
) -> bool:
    if day in working_weekend:
        return True
    return day.weekday() < 5 and day not in off_days


def add_working_days(
    day: dt.date, count: int, off_days: Collection[dt.date], working_weekend: Collection[dt.date] = ()
) -> dt.date:
    """The `count`-th working day strictly after `day` (count ≥ 1, so a deadline never falls on the cut-off)."""
    if count < 1:
        raise ValueError("count must be at least 1")
    current = day
    while count:
        current += dt.timedelta(days=1)
        if is_working_day(current, off_days, working_weekend):
            count -= 1
    return current


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


@dataclass(frozen=True)
class Window:
    year: int
    number: int
    start: dt.date
    end: dt.date


def period_windows(frequency: str, year: int) -> list[Window]:
    """Every period of `year` with its legal data window."""
    months = MONTHS_PER_PERIOD[frequency]
    windows = []
    for number in range(1, 12 // months + 1):
        end_year, end_month = year, number * months
        start_year, start_month = _shift_month(end_year, end_month, -months)
        windows.append(
            Window(
                year=year,
                number=number,
                start=dt.date(start_year, start_month, CUTOFF_DAY + 1),
                end=dt.date(end_year, end_month, CUTOFF_DAY),
            )
        )
    return windows
