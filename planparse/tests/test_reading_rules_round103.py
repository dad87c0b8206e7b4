"""Round 103: a cycle written in the other words real plans use for it (the brittleness bench's `cycles` rewriting). A
cycle right before the verb of its clause times that work, whatever noun precedes it ("Xây dựng và hàng năm công bố
…", once "định kỳ" is left out); a six-month report's or a yearly report's due day reads the same written "16/6" or
"16 tháng 6"."""

from __future__ import annotations

from planparse.deadlines import find_deadline, parse_deadline


def test_a_cycle_before_its_clauses_verb_times_the_work() -> None:
    for text in (
        "Xây dựng và hàng năm công bố báo cáo dự báo về nhu cầu thị trường nhân lực của tỉnh.",
        "Cung cấp thông tin tình hình thực hiện dự án hằng năm gửi về Sở Tài chính.",
        "Các doanh nghiệp hằng quý tổng hợp số liệu xuất khẩu của đơn vị.",
    ):
        assert find_deadline(text).recurrence in ("yearly", "quarterly"), text
    # a cycle that qualifies a noun and is followed by no verb still does not time the work
    assert (
        find_deadline("Đổi mới công tác khen thưởng hằng năm của các đơn vị trên địa bàn.").recurrence is None
    )


def test_a_due_day_written_with_thang_is_the_same_due_day() -> None:
    half = (
        "Các sở, ngành gửi kết quả về Sở Công Thương: 6 tháng (trước ngày 16 tháng 6), tổng kết năm (trước ngày 20 "
        "tháng 11 hằng năm)."
    )
    assert find_deadline(half).recurrence == "half-yearly"
    assert find_deadline(half.replace("16 tháng 6", "16/6").replace("20 tháng 11", "20/11")).recurrence == (
        "half-yearly"
    )
    yearly = parse_deadline("Định kỳ báo cáo Ủy ban nhân dân tỉnh trước ngày 20 tháng 11.")
    assert (yearly.recurrence, yearly.anchors) == ("yearly", ["11-20"])
    # a full date is a deadline, no yearly due day
    full = parse_deadline("Định kỳ báo cáo Ủy ban nhân dân tỉnh trước ngày 20 tháng 11 năm 2027.")
    assert str(full.date) == "2027-11-20"
