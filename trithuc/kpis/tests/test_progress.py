"""The status rules on figures written here: achieved, on track, at risk, projected to miss, missed."""

from decimal import Decimal as D

from trithuc.kpis.progress import Status, assess, measured_series, trend


def _status(points, value, *, comparator="at_least", year=2030, yearly=False, this_year=2026, percent=False):
    return assess(
        points=tuple((y, D(v)) for y, v in points),
        value=D(value),
        comparator=comparator,
        year=year,
        yearly=yearly,
        this_year=this_year,
        percent=percent,
    )


def test_trend_is_the_least_squares_line():
    slope, intercept = trend(((2022, D(10)), (2023, D(14)), (2024, D(18))))
    assert slope == 4
    assert slope * 2030 + intercept == 42


def test_cumulative_series_adds_the_years():
    assert measured_series({2023: D(5), 2022: D(4)}, cumulative=True) == ((2022, D(4)), (2023, D(9)))
    assert measured_series({2023: D(5), 2022: D(4)}, cumulative=False) == ((2022, D(4)), (2023, D(5)))


def test_projection_reaching_the_target_is_on_track():
    progress = _status([(2022, 10), (2023, 14), (2024, 18)], 40)
    assert (progress.status, progress.projected, progress.horizon) == (Status.ON_TRACK, D(42), 2030)


def test_short_by_less_than_the_margin_is_at_risk_and_more_is_a_miss():
    assert _status([(2022, 10), (2023, 14), (2024, 18)], 45).status == Status.AT_RISK
    assert _status([(2022, 10), (2023, 12), (2024, 14)], 45).status == Status.OFF_TRACK


def test_reached_missed_and_too_few():
    assert _status([(2023, 10), (2024, 50)], 40).status == Status.ACHIEVED
    assert _status([(2029, 10), (2030, 20)], 40, this_year=2031).status == Status.MISSED
    assert _status([(2024, 10)], 40).status == Status.TOO_FEW
    assert _status([], 40).status == Status.NO_DATA


def test_at_most_and_exactly_from_above_go_downwards():
    falling = [(2022, 30), (2023, 24), (2024, 18)]
    assert _status(falling, 5, comparator="at_most").status == Status.ON_TRACK
    assert _status(falling, 5, comparator="exactly").status == Status.ON_TRACK
    assert _status([(2022, 30), (2023, 29), (2024, 28)], 5, comparator="at_most").status == Status.OFF_TRACK


def test_percentages_are_capped_and_yearly_targets_read_each_year():
    progress = _status([(2022, 60), (2023, 80), (2024, 95)], 100, percent=True)
    assert progress.projected == 100
    yearly = _status([(2023, 12), (2024, "10.5")], 10, yearly=True, year=None, this_year=2025)
    assert (yearly.status, yearly.horizon) == (Status.AT_RISK, 2025)  # met, but the trend falls below
    assert _status([(2023, 12), (2024, 7)], 10, yearly=True, year=None).status == Status.OFF_TRACK
    assert _status([(2023, 12), (2024, 13)], 10, yearly=True, year=None).status == Status.ON_TRACK
