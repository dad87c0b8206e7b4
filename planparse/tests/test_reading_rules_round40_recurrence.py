"""Round 40 (set 34, released): "hàng năm và 5 năm" after a plan names two kinds of plan, as "5 năm và hằng năm" does
(synthetic texts)."""

from __future__ import annotations

from planparse.deadlines import find_deadline


def test_yearly_and_five_year_plans_are_kinds_not_a_cycle() -> None:
    """ "Hướng dẫn các huyện xây dựng kế hoạch … hàng năm và 5 năm": the yearly and the five-year plan are the kinds of
    plan the guidance is about, as round 19 read "kế hoạch 5 năm và hằng năm"; the guidance itself does not recur
    (before: the order "hàng năm và 5 năm" was read as a yearly cycle). A yearly plan alone still recurs."""
    text = "Hướng dẫn các huyện xây dựng kế hoạch phát triển nông nghiệp hàng năm và 5 năm."
    assert find_deadline(text).recurrence is None
    assert find_deadline(text.replace("hàng năm và 5 năm", "5 năm và hằng năm")).recurrence is None
    assert (
        find_deadline("Các huyện xây dựng kế hoạch phát triển nông nghiệp hàng năm.").recurrence == "yearly"
    )
