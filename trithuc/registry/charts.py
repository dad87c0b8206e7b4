"""Server-rendered horizontal bar charts (inline SVG): readable at a glance, no script, no CDN."""

from typing import TYPE_CHECKING

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

if TYPE_CHECKING:
    from trithuc.registry.selectors import Breakdown  # the selectors module imports this one

BAR_HEIGHT = 22
LABEL_WIDTH = 230
BAR_WIDTH = 320


def bar_chart(breakdown: "Breakdown") -> SafeString:
    rows = breakdown.rows[:15]
    height = max(1, len(rows)) * (BAR_HEIGHT + 6) + 4
    top = breakdown.max
    parts = [
        f'<svg class="chart" role="img" aria-label="{escape(breakdown.title)}" viewBox="0 0 {LABEL_WIDTH + BAR_WIDTH + 70} {height}" '
        f'width="100%" preserveAspectRatio="xMinYMin meet" xmlns="http://www.w3.org/2000/svg">'
    ]
    for i, (label, n, _) in enumerate(rows):
        y = 4 + i * (BAR_HEIGHT + 6)
        width = max(1, round(BAR_WIDTH * n / top)) if isinstance(n, int) and n else 0
        shown = f"{n:,}".replace(",", ".") if isinstance(n, int) else str(n)  # "ẩn": withheld (disclosure.py)
        parts.append(
            f'<text x="{LABEL_WIDTH - 6}" y="{y + 15}" text-anchor="end" font-size="13" fill="#1f2d3d">{escape(label[:34])}</text>'
            f'<rect x="{LABEL_WIDTH}" y="{y}" width="{width}" height="{BAR_HEIGHT}" fill="#0b5d8a"><title>{escape(label)}: {escape(shown)}</title></rect>'
            f'<text x="{LABEL_WIDTH + width + 6}" y="{y + 15}" font-size="13" fill="#1f2d3d">{escape(shown)}</text>'
        )
    parts.append("</svg>")
    return mark_safe("".join(parts))  # noqa: S308 - every label is escaped above
