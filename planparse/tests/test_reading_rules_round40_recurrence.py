"""Round 40 (set 34, released): "hàng năm và 5 năm" after a plan names two kinds of plan, as "5 năm và hằng năm" does
(synthetic texts)."""

from __future__ import annotations

from planparse.deadlines import find_deadline


def test_yearly_and_five_year_plans_take_the_yearly_cycle() -> None:
    """ "Hướng dẫn các huyện xây dựng kế hoạch … hàng năm và 5 năm": round 40 read the kinds of plan the guidance is
    about, no cycle; round 57 follows round 54's convention: a plan cycle qualified by "hàng năm" is yearly, in either
    order beside the five-year plan. A yearly plan alone recurs as before."""
    text = "Hướng dẫn các huyện xây dựng kế hoạch phát triển nông nghiệp hàng năm và 5 năm."
    assert find_deadline(text).recurrence == "yearly"
    assert find_deadline(text.replace("hàng năm và 5 năm", "5 năm và hằng năm")).recurrence == "yearly"
    assert (
        find_deadline("Các huyện xây dựng kế hoạch phát triển nông nghiệp hàng năm.").recurrence == "yearly"
    )
