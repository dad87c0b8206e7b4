"""Working days and reporting windows: pure functions over dates, so they test without a database.

Decree 09/2019/NĐ-CP art. 12 fixes the data cut-off: annual 15/12 of the previous year to 14/12; six-monthly
15/12 to 14/6 (and 15/6 to 14/12); quarterly from the 15th of the month before the quarter to the 14th of its
last month; monthly the 15th of the previous month to the 14th.
"""

import datetime as dt
import re
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


@dataclass(frozen=True)
class PeriodSpec:
    frequency: str
    year: int
    number: int


_SPECS = (
    (re.compile(r"(\d{4})"), "annual", None),
    (re.compile(r"(\d{4})-?[QqKk]([1-4])"), "quarterly", 2),
    (re.compile(r"[QqKk]([1-4])[/-](\d{4})"), "quarterly", 1),
    (re.compile(r"(\d{4})-?[Hh]([12])"), "half-yearly", 2),
    (re.compile(r"[Hh]([12])[/-](\d{4})"), "half-yearly", 1),
    (re.compile(r"(\d{4})-(\d{1,2})"), "monthly", 2),
    (re.compile(r"(\d{1,2})/(\d{4})"), "monthly", 1),
)


def period_spec_parse(text: str) -> PeriodSpec:
    """A period as a person types it: 2025 (the year), 2025-Q2 or Q2/2025 (a quarter), 2025-H1 (half a year),
    2025-06 or 6/2025 (a month)."""
    cleaned = (text or "").strip()
    for pattern, frequency, number_group in _SPECS:
        match = pattern.fullmatch(cleaned)
        if not match:
            continue
        if number_group is None:
            year, number = int(match.group(1)), 1
        else:
            number = int(match.group(number_group))
            year = int(match.group(3 - number_group))
        if frequency == "monthly" and not 1 <= number <= 12:
            break
        return PeriodSpec(frequency, year, number)
    raise ValueError(
        f"Kỳ báo cáo “{text}” không đọc được: ghi năm (2025), quý (2025-Q2), nửa năm (2025-H1) hoặc tháng (2025-06)."
    )
