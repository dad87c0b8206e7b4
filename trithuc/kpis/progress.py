"""A target's progress from its yearly figures: latest value, least-squares trend, projection to the target year
and a status. Pure (no database), so the page, the digest and the tests share one reading."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

AT_LEAST, AT_MOST, EXACTLY = "at_least", "at_most", "exactly"
# A projection short of the target by no more than this share of it is "at risk", not "projected to miss".
RISK_MARGIN = Decimal("0.10")


class Status:
    NO_INDICATOR = "no_indicator"
    NO_DATA = "no_data"
    TOO_FEW = "too_few"
    ACHIEVED = "achieved"
    ON_TRACK = "on_track"
    AT_RISK = "at_risk"
    OFF_TRACK = "off_track"
    MISSED = "missed"


LABELS = {
    Status.NO_INDICATOR: "Chưa gắn chỉ tiêu đo lường",
    Status.NO_DATA: "Chưa có số liệu",
    Status.TOO_FEW: "Chưa đủ số liệu để dự báo",
    Status.ACHIEVED: "Đã đạt",
    Status.ON_TRACK: "Đúng tiến độ",
    Status.AT_RISK: "Có nguy cơ không đạt",
    Status.OFF_TRACK: "Dự báo không đạt",
    Status.MISSED: "Không đạt",
}
# The task statuses' colours (trithuc.css): green reached or on track, amber at risk, red missing, grey unknown.
CSS = {
    Status.ACHIEVED: "status-done_on_time",
    Status.ON_TRACK: "status-in_progress",
    Status.AT_RISK: "status-done_late",
    Status.OFF_TRACK: "status-overdue",
    Status.MISSED: "status-overdue",
}
WARNING_STATUSES = frozenset({Status.OFF_TRACK, Status.MISSED})


@dataclass(frozen=True)
class Progress:
    points: tuple[tuple[int, Decimal], ...]  # (year, value the target is measured by), oldest first
    horizon: int | None  # the year the projection is for
    projected: Decimal | None
    slope: Decimal | None  # change per year
    status: str

    @property
    def latest(self) -> tuple[int, Decimal] | None:
        return self.points[-1] if self.points else None

    @property
    def label(self) -> str:
        return LABELS[self.status]

    @property
    def css(self) -> str:
        return CSS.get(self.status, "status-not_due")

    @property
    def warns(self) -> bool:
        return self.status in WARNING_STATUSES


def measured_series(
    yearly_values: dict[int, Decimal], *, cumulative: bool
) -> tuple[tuple[int, Decimal], ...]:
    """Yearly figures as the target reads them: a count "đến năm 2030" of a flow reported each year adds up."""
    total = Decimal(0)
    out = []
    for year in sorted(yearly_values):
        total = total + yearly_values[year] if cumulative else yearly_values[year]
        out.append((year, total))
    return tuple(out)


def trend(points: tuple[tuple[int, Decimal], ...]) -> tuple[Decimal, Decimal] | None:
    """Least-squares line (slope, intercept) through the points; None below two years."""
    if len({y for y, _ in points}) < 2:
        return None
    n = Decimal(len(points))
    mean_x = sum((Decimal(y) for y, _ in points), Decimal(0)) / n
    mean_y = sum((v for _, v in points), Decimal(0)) / n
    sxx = sum(((Decimal(y) - mean_x) ** 2 for y, _ in points), Decimal(0))
    sxy = sum(((Decimal(y) - mean_x) * (v - mean_y) for y, v in points), Decimal(0))
    slope = sxy / sxx
    return slope, mean_y - slope * mean_x


def meets(value: Decimal, target: Decimal, comparator: str) -> bool:
    return value <= target if comparator == AT_MOST else value >= target


def direction(comparator: str, points: tuple[tuple[int, Decimal], ...], target: Decimal) -> str:
    """ "Đạt 35%" means reaching it from where the figure starts: from below (at least) or above (at most)."""
    if comparator != EXACTLY:
        return comparator
    return AT_MOST if points and points[0][1] > target else AT_LEAST


def assess(
    *,
    points: tuple[tuple[int, Decimal], ...],
    value: Decimal,
    comparator: str,
    year: int | None,
    yearly: bool,
    this_year: int,
    percent: bool = False,
) -> Progress:
    """Status of a target: achieved, on track, at risk, projected to miss or missed (see LABELS)."""
    if not points:
        return Progress((), year, None, None, Status.NO_DATA)
    way = direction(comparator, points, value)
    latest_year, latest = points[-1]
    line = trend(points)
    horizon = max(latest_year + 1, this_year) if yearly else year
    projected = None
    if line is not None and horizon is not None:
        projected = line[0] * Decimal(horizon) + line[1]
        projected = max(projected, Decimal(0))
        if percent:
            projected = min(projected, Decimal(100))
        projected = projected.quantize(Decimal("0.01"))
    slope = line[0].quantize(Decimal("0.01")) if line else None
    if yearly:
        if not meets(latest, value, way):
            status = _short(latest, value, way)
        elif projected is not None and not meets(projected, value, way):
            status = Status.AT_RISK
        else:
            status = Status.ON_TRACK
        return Progress(points, horizon, projected, slope, status)
    if meets(latest, value, way):
        return Progress(points, horizon, projected, slope, Status.ACHIEVED)
    if year is not None and (latest_year >= year or this_year > year):
        return Progress(points, horizon, projected, slope, Status.MISSED)
    if projected is None:
        return Progress(points, horizon, None, slope, Status.TOO_FEW)
    if meets(projected, value, way):
        return Progress(points, horizon, projected, slope, Status.ON_TRACK)
    return Progress(points, horizon, projected, slope, _short(projected, value, way))


def _short(figure: Decimal, value: Decimal, way: str) -> str:
    """Close to the target (within RISK_MARGIN of it) is a risk; further is a miss."""
    margin = abs(value) * RISK_MARGIN
    close = figure >= value - margin if way == AT_LEAST else figure <= value + margin
    return Status.AT_RISK if close else Status.OFF_TRACK
