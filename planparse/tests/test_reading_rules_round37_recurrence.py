"""Round 37 (seen misses: recurrence and deadlines): general readings found on the seen documents whose recurrence
or deadline the bench scored under 1 (synthetic texts)."""

from __future__ import annotations

import datetime as dt

from planparse.deadlines import find_deadline, find_yearless_deadline
from planparse.tests.reading import items_by_ref

FUNDED_PLAN = (
    "KẾ HOẠCH\nTriển khai thực hiện Nghị định số 47/2027/NĐ-CP về quản lý giống cây trồng\n"
    "I. NỘI DUNG\n"
    "1. Tổ chức hội nghị phổ biến Nghị định đến các cơ sở sản xuất giống.\n"
    "2. Xây dựng Thông tư hướng dẫn khảo nghiệm giống cây trồng.\n"
    "II. TỔ CHỨC THỰC HIỆN\n"
    "1. Cục Trồng trọt có trách nhiệm tham mưu, triển khai thực hiện Kế hoạch này.\n"
    "2. Kinh phí thực hiện Kế hoạch được bố trí từ ngân sách nhà nước trong dự toán chi thường xuyên và các nguồn "
    "hợp pháp khác theo quy định của pháp luật. Hằng năm, các đơn vị chủ trì nhiệm vụ có trách nhiệm lập dự toán, "
    "gửi Vụ Kế hoạch - Tài chính tổng hợp, trình cấp có thẩm quyền phê duyệt.\n"
    "3. Kinh phí khảo nghiệm giống được bảo đảm từ nguồn thu phí theo quy định.\n"
)


def test_a_duty_written_after_a_funding_statement_is_a_task() -> None:
    """ "Kinh phí … được bố trí từ …. Hằng năm, các đơn vị … có trách nhiệm lập dự toán …": the money's source is
    no task, the sentence that gives a body work is one, with its cycle (before: the whole paragraph was a note)."""
    items = items_by_ref(FUNDED_PLAN)
    duty = items["II.2"]
    assert duty.kind == "task"
    assert duty.text.startswith("Hằng năm, các đơn vị chủ trì")
    assert duty.lead and duty.lead[0].startswith("các đơn vị")
    assert duty.deadline.recurrence == "yearly"
    assert items["II.3"].kind == "note"  # a funding statement alone stays a note


def test_a_period_before_the_place_of_the_work_times_the_work() -> None:
    """ "Công bố … của các sở, ngành, địa phương hằng quý trên Trang thông tin điện tử …": the period stands between
    the object and where the work is done, an adverb of the verb (before: the commas of the list cut the act off and
    the period was read as qualifying "địa phương")."""
    text = (
        "Công bố kết quả thu hồi nợ thuế của các sở, ngành, địa phương hằng quý trên Trang thông tin điện tử của "
        "Sở Tài chính và báo chí địa phương."
    )
    assert find_deadline(text).recurrence == "quarterly"
    assert find_deadline(
        "Tổ chức tập huấn cho cán bộ, công chức, viên chức hằng năm tại trụ sở Sở."
    ).recurrence == ("yearly")
    # a noun the period qualifies is closed by "của" (as before), and "trên" before a number is a share
    assert (
        find_deadline("Gắn với khen thưởng hằng năm của cơ quan, đơn vị, xử lý vi phạm.").recurrence is None
    )
    assert (
        find_deadline(
            "Bảo đảm tỷ lệ hồ sơ của người dân, doanh nghiệp hằng năm trên 90% đúng hạn."
        ).recurrence
        is None
    )


def test_the_day_an_occasion_falls_on_times_the_work_that_marks_it() -> None:
    """ "… nhân ngày Pháp luật Việt Nam 9/11": the work is held on the day it marks, in the plan's year (before: no
    timing cue stood before the day, so the item had no deadline)."""
    issued = dt.date(2027, 2, 10)
    found = find_yearless_deadline(
        "Tổ chức mít tinh, tọa đàm về pháp luật nhân dịp kỷ niệm Ngày Pháp luật Việt Nam 9/11.", 2027, issued
    )
    assert found.date == dt.date(2027, 11, 9)
    found = find_yearless_deadline(
        "Phát động phong trào nhân ngày Thành lập Hội Nông dân 14/10.", 2027, issued
    )
    assert found.date == dt.date(2027, 10, 14)
    # days listed after a topic are the calendar of a yearly campaign, not one day of this work
    listed = find_yearless_deadline(
        "Tổ chức truyền thông hưởng ứng các sự kiện: Ngày Gia đình Việt Nam (28/6), Ngày Thế giới tưởng niệm nạn "
        "nhân (15/11).",
        2027,
        issued,
    )
    assert listed.date is None
