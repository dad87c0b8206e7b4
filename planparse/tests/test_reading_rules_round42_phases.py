"""Round 42 (set 40, released): dated phases of work and the windows they give (synthetic texts)."""

from __future__ import annotations

import datetime as dt

from planparse.deadlines import find_deadline
from planparse.tests.reading import items_by_ref

CHECKS_IN_PHASES = (
    "ỦY BAN NHÂN DÂN XÃ HÒA BÌNH\nSố: 12/KH-UBND\nHòa Bình, ngày 02 tháng 3 năm 2027\nKẾ HOẠCH\n"
    "Kiểm tra công tác phòng cháy, chữa cháy tại các thôn năm 2027\n"
    "I. MỤC ĐÍCH, YÊU CẦU\n"
    "1. Phát hiện kịp thời những thiếu sót để khắc phục.\n"
    "II. NỘI DUNG VÀ THỜI GIAN\n"
    "1. Giai đoạn 1: Từ ngày 10/3/2027 đến ngày 30/4/2027:\n"
    "a) Nội dung kiểm tra (Đối với các thôn):\n"
    "- Kiểm tra việc lập phương án chữa cháy của thôn.\n"
    "- Kiểm tra việc trang bị bình chữa cháy tại nhà văn hóa.\n"
    "b) Nội dung kiểm tra (Đối với các hộ kinh doanh):\n"
    "- Kiểm tra việc bố trí lối thoát nạn.\n"
    "2. Giai đoạn 2: Từ ngày 05/5/2027 đến ngày 20/6/2027 gồm các nội dung:\n"
    "a) Nội dung kiểm tra (Đối với các thôn):\n"
    "- Kiểm tra việc tổ chức diễn tập chữa cháy.\n"
    "- Kiểm tra việc duy trì đội chữa cháy tình nguyện (từ ngày 01/5/2027 đến ngày 15/5/2027).\n"
    "III. TỔ CHỨC THỰC HIỆN\n"
    "1. Công an xã\n"
    "- Chủ trì tổ chức các đoàn kiểm tra theo lịch đã đề ra.\n"
)


def test_a_window_of_days_is_a_phase_whose_items_stay_tasks() -> None:
    """ "1. Giai đoạn 1: Từ ngày … đến ngày …:" only says when, but a window of days is a phase of work, not one
    sitting: the checks listed under it are tasks (before: notes, as the particulars of a session are)."""
    items = items_by_ref(CHECKS_IN_PHASES)
    for ref in ("II.1.a-1", "II.1.a-2", "II.1.b-1"):
        assert items[ref].kind == "task", (ref, items[ref].kind)


def test_a_phase_heading_dates_the_work_listed_below_it_through_its_labels() -> None:
    """The window's last day is the deadline of every task under the phase that names no timing of its own, also
    through a label ("a) Nội dung kiểm tra (Đối với …):") and when the heading ends with a colon; a task with its own
    window keeps it (before: no date)."""
    items = items_by_ref(CHECKS_IN_PHASES)
    assert items["II.1.a-1"].deadline.date == dt.date(2027, 4, 30)
    assert items["II.1.b-1"].deadline.date == dt.date(2027, 4, 30)
    assert items["II.2.a-1"].deadline.date == dt.date(2027, 6, 20)
    assert items["II.2.a-2"].deadline.date == dt.date(2027, 5, 15)


def test_a_dash_between_two_days_after_tu_closes_the_range() -> None:
    """ "Từ ngày 05/02/2027 - 08/02/2027: …": the dash closes the range "từ" opened, as "đến" does (before: only the
    start was read, no deadline)."""
    found = find_deadline("Từ ngày 05/02/2027 - 08/02/2027: Ban Thường trực tổ chức hội nghị tại các thôn.")
    assert found.date == dt.date(2027, 2, 8)
    assert found.period == (dt.date(2027, 2, 5), dt.date(2027, 2, 8))
