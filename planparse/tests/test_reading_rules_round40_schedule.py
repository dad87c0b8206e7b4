"""Round 40 (set 34, released): an empty time label over a schedule table (synthetic texts)."""

from __future__ import annotations

import datetime as dt

from planparse.tests.reading import items_by_ref

TRAINING_PLAN = (
    "SỞ Y TẾ TỈNH BẮC HÀ\nSố: 21/KH-SYT\nBắc Hà, ngày 05 tháng 12 năm 2027\nKẾ HOẠCH\n"
    "Tập huấn sử dụng phần mềm quản lý hồ sơ bệnh án\n"
    "I. NỘI DUNG\n"
    "1. Tập huấn cho các khoa\n"
    "a) Hướng dẫn nhập hồ sơ bệnh án cho điều dưỡng các khoa lâm sàng.\n"
    "- Thành phần: Điều dưỡng trưởng các khoa.\n"
    "- Địa điểm: Hội trường tầng 3\n"
    "- Thời gian dự kiến:\n"
    "Ngày | Buổi sáng | Buổi chiều\n"
    "Ngày 14/12/2027 (thứ 3) | Khoa Nội | Khoa Ngoại\n"
    "Ngày 16/12/2027 (thứ 5) | Khoa Sản | Khoa Nhi\n"
    "b) Hướng dẫn quản trị cơ sở dữ liệu cho cán bộ tin học.\n"
    "- Thành phần: cán bộ Tổ Công nghệ thông tin.\n"
    "- Địa điểm: Phòng máy\n"
    "- Thời gian dự kiến: Ngày 20/12/2027\n"
    "II. TỔ CHỨC THỰC HIỆN\n"
    "1. Phòng Nghiệp vụ Y\n"
    "- Chuẩn bị tài liệu cho các lớp.\n"
)


def test_an_empty_time_label_over_a_schedule_table_dates_its_task_by_the_last_day() -> None:
    """ "- Thời gian dự kiến:" with nothing after its colon, then a table a row a day: the table is the label's value;
    the task is due on the table's last day (before: no date)."""
    items = items_by_ref(TRAINING_PLAN)
    assert items["I.1.a"].kind == "task"
    assert items["I.1.a"].deadline.date == dt.date(2027, 12, 16)
