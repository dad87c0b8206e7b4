"""Round 106 (set 65, which round 105 took out of the kept-apart list): a task table's timing column written as a bare
month and year ("6/2026", "03/2027", "5/2026 - 12/2026") dates its row at the end of that month, as "Tháng 6/2026"
does; the same figures in running text stay no date (synthetic text, another matter)."""

from __future__ import annotations

from planparse.tests.reading import items_by_ref, task_dates

PLAN = (
    "ỦY BAN NHÂN DÂN\nTỈNH AN BÌNH\nSố: 14/KH-UBND\nAn Bình, ngày 5 tháng 2 năm 2026\nKẾ HOẠCH\n"
    "Chuyển đổi số trong giáo dục năm 2026\n"
    "I. MỤC TIÊU\nNâng cao chất lượng dạy và học.\n"
    "II. TỔ CHỨC THỰC HIỆN\n"
    "1. Sở Giáo dục và Đào tạo triển khai học bạ số theo Thông tư số 6/2023 của Bộ Giáo dục và Đào tạo.\n"
    "PHỤ LỤC\nDANH MỤC NHIỆM VỤ\n(Kèm theo Kế hoạch số 14/KH-UBND ngày 05/02/2026)\n"
    "TT | Tên nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành\n"
    "1 | Xây dựng kho học liệu số dùng chung | Sở Giáo dục và Đào tạo | Sở Khoa học và Công nghệ | 6/2026\n"
    "2 | Tập huấn kỹ năng số cho giáo viên | Sở Giáo dục và Đào tạo | UBND các xã, phường | 03/2027\n"
    "3 | Trang bị thiết bị phòng học thông minh | Sở Tài chính | Sở Giáo dục và Đào tạo | 5/2026 - 12/2026\n"
    "4 | Đánh giá mức độ chuyển đổi số của các trường | Sở Giáo dục và Đào tạo | Các trường học | Tháng 11/2026\n"
)


def test_a_bare_month_in_the_timing_column_is_that_month() -> None:
    dates = task_dates(items_by_ref(PLAN))
    assert dates["PL.1"] == "2026-06-30"
    assert dates["PL.2"] == "2027-03-31"
    assert dates["PL.3"] == "2026-12-31"
    assert dates["PL.4"] == "2026-11-30"


def test_the_same_figures_in_running_text_are_no_date() -> None:
    assert task_dates(items_by_ref(PLAN))["II.1"] is None
