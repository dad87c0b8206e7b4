"""Round 28 (seen misses): cycles written as a count of months, the end of a period as a deadline and as an opener
before the subject, years counted before the years named (synthetic texts)."""

from __future__ import annotations

from planparse.deadlines import find_deadline
from planparse.owners import subject_owners


def test_count_of_months_as_a_cycle() -> None:
    assert find_deadline("Báo cáo tiến độ sửa chữa 3 tháng một lần về Sở Xây dựng.").recurrence == "quarterly"
    assert find_deadline("Định kỳ 03 tháng báo cáo kết quả về Sở Nội vụ.").recurrence == "quarterly"
    assert find_deadline("Gửi báo cáo nhanh 01 tháng/lần.").recurrence == "monthly"
    assert find_deadline("Hoàn thành sửa chữa trong 3 tháng.").recurrence is None


def test_end_of_a_period_as_deadline_and_opener() -> None:
    text = (
        "Kết thúc năm 2027, Sở Văn hóa, Thể thao và Du lịch báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện."
    )
    assert str(find_deadline(text).date) == "2027-12-31"
    owners = subject_owners(text)
    assert owners is not None and owners.lead == ["Sở Văn hóa, Thể thao và Du lịch"]
    assert find_deadline("Sau khi kết thúc năm 2027, Sở X tổng kết.").date is None


def test_years_counted_before_the_years_named() -> None:
    dl = find_deadline("Bố trí ngân sách để cơ bản hoàn thành việc sửa chữa xong trong hai năm 2026 - 2027.")
    assert str(dl.date) == "2027-12-31"


def test_round_of_work_named_before_its_month() -> None:
    """ "vào kỳ chi trả tháng 12 năm 2025": the round of payments in that month is when the work is done; a round
    named before a run of years ("trong kỳ kế hoạch 2026-2030") is the plan period, not a deadline."""
    dl = find_deadline(
        "Chi trả gộp trợ cấp của hai tháng vào kỳ chi trả tháng 11 năm 2026 cho các hộ bị ảnh hưởng."
    )
    assert str(dl.date) == "2026-11-30"
    assert str(find_deadline("Trình Hội đồng nhân dân tỉnh tại kỳ họp tháng 7/2026.").date) == "2026-07-31"
    assert find_deadline("Bố trí vốn trong kỳ kế hoạch 2026-2030 cho các dự án.").date is None
