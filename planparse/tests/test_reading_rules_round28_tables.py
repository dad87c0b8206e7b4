"""Round 28 (tables that restate items): a table's period column (synthetic texts)."""

from __future__ import annotations

from planparse.deadlines import parse_deadline


def test_bare_year_closes_a_range_opened_by_a_quarter_or_a_month() -> None:
    """A bare year after a quarter or a month ("quý IV/2026 - 2029") ends the range the quarter opens: the work runs
    to the end of that year (the bare year was dropped, leaving the quarter or only a start)."""
    dl = parse_deadline("Hằng năm từ quý IV/2026 - 2029")
    assert (str(dl.date), dl.recurrence) == ("2029-12-31", "yearly")
    assert str(parse_deadline("Từ tháng 10/2026 đến 2028").date) == "2028-12-31"
    assert str(parse_deadline("Quý IV/2026 - 2029").date) == "2029-12-31"
    assert str(parse_deadline("Quý IV/2026").date) == "2026-12-31"
