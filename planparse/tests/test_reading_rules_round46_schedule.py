"""Round 46 (set 44, released): a schedule's stage labels and day labels, and lists of names (synthetic texts)."""

from __future__ import annotations

import datetime as dt

from planparse.deadlines import find_deadline, find_yearless_deadline
from planparse.tests.reading import items_by_ref, task_refs

WEEKLY_SCHEDULE = (
    "PHÒNG VĂN HÓA XÃ AN BÌNH\nSố: 41/KH-VH\nAn Bình, ngày 03 tháng 3 năm 2027\nKẾ HOẠCH\n"
    "Tổ chức Hội thi tìm hiểu lịch sử địa phương năm 2027\n"
    "I. MỤC ĐÍCH, YÊU CẦU\n"
    "1. Nâng cao hiểu biết của thanh niên về lịch sử địa phương.\n"
    "II. LỊCH TỔ CHỨC (10/3 → 30/3/2027)\n"
    "Tuần 1 (10-16/3) – Giai đoạn “Phát động”:\n"
    "• 10/3: Phát động hội thi trên loa truyền thanh và trang thông tin của xã.\n"
    "• 14/3: Họp các chi đoàn thôn, giao chỉ tiêu đội thi.\n"
    "Tuần 2 (17-23/3) – Giai đoạn “Đăng ký”:\n"
    "• 20/3: Hạn đăng ký đội thi tại Phòng Văn hóa.\n"
    "Tuần 3 (24-30/3) – Giai đoạn “Thi”:\n"
    "• 28/3: Tổ chức vòng chung kết tại hội trường xã.\n"
    "III. TỔ CHỨC THỰC HIỆN\n"
    "1. Đoàn thanh niên xã: Tuyên truyền, vận động đoàn viên tham gia.\n"
)


def test_stage_labels_are_headings_numbered_by_their_count() -> None:
    """ "Tuần 1 (10-16/3) – Giai đoạn …:" is an unnumbered label counted in its own words: a heading numbered 1
    over that week's work, so the work is cited "II.1-1", "II.2-1" (before: the labels were paragraphs and the
    bullets one run "II-1" … "II-4")."""
    items = items_by_ref(WEEKLY_SCHEDULE)
    assert {"II.1-1", "II.1-2", "II.2-1", "II.3-1"} <= task_refs(items)
    assert items["II.2"].kind == "section"


def test_a_day_label_before_a_colon_times_the_work() -> None:
    """ "10/3: Phát động …": the day that labels a schedule's line is when that work is done; without its year it
    takes the plan's (before: a date not cued by "trước", "đến" … was no deadline)."""
    items = items_by_ref(WEEKLY_SCHEDULE)
    assert items["II.1-1"].deadline.date == dt.date(2027, 3, 10)
    assert items["II.3-1"].deadline.date == dt.date(2027, 3, 28)
    assert find_deadline("Tháng 7/2027: Tổ chức Hội nghị tổng kết chương trình.").date == dt.date(2027, 7, 31)
    found = find_yearless_deadline("05/12: Hỗ trợ các đội hoàn thiện sản phẩm.", 2027, dt.date(2027, 11, 20))
    assert found.date == dt.date(2027, 12, 5)


def test_a_date_inside_the_sentence_before_a_colon_is_not_a_label() -> None:
    """Only a date that opens the line labels it: "Họp giao ban ngày 10/3: …" names a meeting, it is not cued."""
    assert find_deadline("Kết quả cuộc họp ngày 10/3/2027: các thôn đã hoàn thành báo cáo.").date is None


BOARD_AND_EXPERTS = (
    "SỞ VĂN HÓA TỈNH X\nSố: 77/KH-SVH\nX, ngày 05 tháng 4 năm 2027\nKẾ HOẠCH\n"
    "Tổ chức Ngày hội đọc sách năm 2027\n"
    "I. NỘI DUNG\n"
    "1. Danh sách báo cáo viên\n"
    "- Ông Lê Văn An, Giám đốc Thư viện tỉnh;\n"
    "- TS. Phạm Thị Bình, Giảng viên Trường Đại học Sư phạm;\n"
    "- ThS. Trần Văn Cường, Phó Trưởng phòng Nghiệp vụ, Thư viện tỉnh;\n"
    "- PGS.TS. Hoàng Minh Dũng, Chuyên gia văn hóa đọc;\n"
    "- Bà Ngô Thị Hoa, Chuyên viên Phòng Quản lý văn hóa.\n"
    "2. Các trường tham gia\n"
    "a) Trường Tiểu học Đông Sơn;\n"
    "b) Trường Tiểu học Tây Sơn;\n"
    "c) Trường Tiểu học Nam Sơn;\n"
    "d) Trường Tiểu học Bắc Sơn;\n"
    "e) Trường Tiểu học Trung Sơn.\n"
    "II. TỔ CHỨC THỰC HIỆN\n"
    "1. Thư viện tỉnh\n"
    "- Chủ trì tổ chức Ngày hội đọc sách tại quảng trường tỉnh.\n"
    "- Phối hợp các thư viện huyện trưng bày sách địa phương.\n"
    "- Tổng hợp kết quả, báo cáo Sở Văn hóa trước ngày 30/5/2027.\n"
    "- Mời báo cáo viên và chuẩn bị tài liệu cho các buổi nói chuyện.\n"
    "- Bố trí lực lượng bảo đảm an ninh, trật tự tại khu vực tổ chức.\n"
)


def test_a_list_of_names_holds_no_task() -> None:
    """Five dashes that each name a person by title and name, and five letters that each name only a school, are
    lists of names, not work (before: ten tasks); the duties below stay tasks."""
    items = items_by_ref(BOARD_AND_EXPERTS)
    tasks = task_refs(items)
    assert not [ref for ref in tasks if ref.startswith("I.")], sorted(tasks)
    assert {"II.1-1", "II.1-2", "II.1-3", "II.1-4", "II.1-5"} <= tasks
