"""Round 46 (set 44, released): a school plan's budget lines, membership table and office-holders (synthetic text)."""

from __future__ import annotations

from planparse.tests.reading import items_by_ref, task_refs

SCHOOL_PLAN = (
    "SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH X\nTRƯỜNG THCS AN PHÚ\nSố: 52/KH-THCS\nAn Phú, ngày 10 tháng 3 năm 2027\nKẾ HOẠCH\n"
    "Tổ chức Hội thi Khoa học kỹ thuật cấp trường năm học 2026-2027\n"
    "I. MỤC ĐÍCH, YÊU CẦU\n"
    "1. Khơi dậy niềm say mê nghiên cứu khoa học của học sinh.\n"
    "II. DỰ TRÙ CÁC KHOẢN CHI\n"
    "- In ấn tài liệu, giấy chứng nhận: 800.000đ.\n"
    "- Giải thưởng (nhất, nhì, ba): 2.500.000 đồng.\n"
    "- Nước uống cho ban giám khảo: 300.000đ.\n"
    "III. PHÂN CÔNG TRÁCH NHIỆM\n"
    "1. Hiệu trưởng: Chỉ đạo chung, duyệt kinh phí tổ chức hội thi.\n"
    "2. Phó Hiệu trưởng: Xây dựng lịch thi, theo dõi tiến độ các đội dự thi.\n"
    "3. Giáo viên chủ nhiệm: Vận động học sinh các lớp đăng ký tham gia.\n"
    "4. Ban giám khảo: 03 thành viên\n"
    "STT | Họ và tên | Chức vụ | Nhiệm vụ\n"
    "1 | Trần Văn An | PHT | Trưởng ban\n"
    "2 | Lê Thị Bình | Tổ trưởng | TV\n"
    "3 | Ngô Văn Cường | GV | Thư ký\n"
)


def test_a_budget_line_is_no_task() -> None:
    """ "In ấn tài liệu, giấy chứng nhận: 800.000đ.": what money is spent on and how much, not work (before: three
    tasks under the budget heading)."""
    items = items_by_ref(SCHOOL_PLAN)
    assert not [ref for ref in task_refs(items) if ref.startswith("II-")], sorted(task_refs(items))


def test_a_membership_table_holds_seats_not_tasks() -> None:
    """A table of members whose "Nhiệm vụ" cells say only the seat ("Trưởng ban", "TV", "Thư ký") lists who sits on
    the jury, no work (before: three tasks "TV" …)."""
    items = items_by_ref(SCHOOL_PLAN)
    assert not [ref for ref in task_refs(items) if ref.startswith("III.4")], sorted(task_refs(items))


def test_a_schools_office_holders_own_their_lines() -> None:
    """ "Hiệu trưởng: …", "Phó Hiệu trưởng: …", "Giáo viên chủ nhiệm: …": the office before the colon owns the line
    (before: no owner, the titles were no bodies)."""
    items = items_by_ref(SCHOOL_PLAN)
    assert items["III.1"].lead == ["Hiệu trưởng"]
    assert items["III.2"].lead == ["Phó Hiệu trưởng"]
    assert items["III.3"].lead == ["Giáo viên chủ nhiệm"]


JOINT_PLAN = (
    "SỞ VĂN HÓA TỈNH X – TẠP CHÍ VĂN HÓA X\nSố: 08/KHLT-SVH-TC\nX, ngày 02 tháng 4 năm 2027\nKẾ HOẠCH LIÊN TỊCH\n"
    "Tổ chức Cuộc thi viết về văn hóa đọc năm 2027\n"
    "I. MỤC ĐÍCH, YÊU CẦU\n"
    "1. Lan tỏa văn hóa đọc trong cộng đồng.\n"
    "II. TỔ CHỨC THỰC HIỆN\n"
    "1. Sở Văn hóa\n"
    "Chỉ đạo các thư viện phối hợp tổ chức cuộc thi.\n"
    "2. Tạp chí Văn hóa X\n"
    "Chủ trì tổ chức cuộc thi; đăng tải thể lệ và các bài dự thi trên trang điện tử của Tạp chí.\n"
)


def test_a_journal_is_a_body() -> None:
    """ "2. Tạp chí Văn hóa X" over its paragraph: a journal heads its work as a newspaper ("Báo …") does (before: the
    paragraph had no owner)."""
    items = items_by_ref(JOINT_PLAN)
    assert items["II.2"].lead == ["Tạp chí Văn hóa X"]
