"""The trend chart as inline SVG geometry, drawn on the server (no script, no CDN: the CSP allows neither)."""

from dataclasses import dataclass
from decimal import Decimal

from trithuc.kpis.progress import Progress
from trithuc.reporting.indicators import fmt

WIDTH, HEIGHT = 720, 240
LEFT, RIGHT, TOP, BOTTOM = 56, 16, 16, 32


@dataclass(frozen=True)
class Dot:
    x: float
    y: float
    label: str
    year: int


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    line: str  # polyline points of the reported figures
    dots: tuple[Dot, ...]
    projection: tuple[Dot, Dot] | None  # from the last figure to the projected one
    projection_label_y: float  # above the projected point, or below it when the target's label is there
    target_y: float
    target_label: str
    target_x: float | None  # the target year's gridline, when the target has a year
    ticks: tuple[tuple[float, str], ...]  # x positions of year labels
    y_ticks: tuple[tuple[float, str], ...]
    baseline: float
    left: int
    right: float


def trend_chart(progress: Progress, target: Decimal, target_year: int | None) -> Chart | None:
    """None without figures: an empty chart says nothing a sentence could not."""
    if not progress.points:
        return None
    years = [y for y, _ in progress.points]
    last_year = max([*years, target_year or 0, progress.horizon or 0])
    first_year = min(years)
    values = [v for _, v in progress.points] + [target]
    if progress.projected is not None:
        values.append(progress.projected)
    top = float(max(values)) * 1.1 or 1.0
    span = max(last_year - first_year, 1)
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def x(year: int) -> float:
        return round(LEFT + (year - first_year) / span * plot_w, 1)

    def y(value: Decimal) -> float:
        return round(TOP + plot_h - float(value) / top * plot_h, 1)

    dots = tuple(Dot(x(yr), y(v), fmt(v), yr) for yr, v in progress.points)
    projection = None
    if progress.projected is not None and progress.horizon is not None and progress.horizon > years[-1]:
        projection = (
            dots[-1],
            Dot(x(progress.horizon), y(progress.projected), fmt(progress.projected), progress.horizon),
        )
    label_y = 0.0
    if projection is not None:
        above = projection[1].y - 8
        label_y = projection[1].y + 16 if abs(above - (y(target) - 4)) < 14 else above
    step = max(1, span // 8)
    ticks = tuple((x(yr), str(yr)) for yr in range(first_year, last_year + 1, step))
    y_ticks = tuple((y(Decimal(str(top * f))), fmt(Decimal(str(round(top * f, 2))))) for f in (0, 0.5, 1))
    return Chart(
        WIDTH,
        HEIGHT,
        " ".join(f"{d.x},{d.y}" for d in dots),
        dots,
        projection,
        label_y,
        y(target),
        fmt(target),
        x(target_year) if target_year else None,
        ticks,
        y_ticks,
        TOP + plot_h,
        LEFT,
        WIDTH - RIGHT,
    )
