"""Reading rules of round 25 written by the lead from seen documents' misses (synthetic texts in their styles)."""

from __future__ import annotations

from planparse.deadlines import find_deadline
from planparse.tests.reading import notice_items

LETTER_HEAD = (
    "VĂN PHÒNG CHÍNH PHỦ\nSố: 900/VPCP-CN\nHà Nội, ngày 12 tháng 11 năm 2025\n"
    "V/v triển khai dự án đường ven biển\nKính gửi: Bộ Xây dựng.\n"
)


def test_completing_a_project_in_a_year_times_the_task() -> None:
    """A bare kind of document ("Dự án") and at once "vào năm …" names no document: the year bounds the work."""
    items = notice_items(
        LETTER_HEAD,
        "Bộ Xây dựng khẩn trương xử lý các vướng mắc về giải phóng mặt bằng, bảo đảm tiến độ hoàn thành Dự án vào "
        "năm 2026.\n",
    )
    task = next(i for i in items.values() if i.kind == "task")
    assert str(task.deadline.date) == "2026-12-31"


def test_a_named_programme_still_keeps_its_own_horizon() -> None:
    """The rule is about a bare kind: a programme named with its horizon ("đến năm 2030") still times nothing."""
    assert find_deadline("Triển khai Chương trình phát triển đô thị bền vững đến năm 2030.").date is None
