"""Reading rules of the fifth round (synthetic plans and conclusion notices in the style of real ones)."""

from __future__ import annotations

import datetime as dt

import pytest

from planparse import read_text
from planparse.tests.reading import items_by_ref, notice_items
from planparse.tests.wordbuild import Lvl, WordDoc, set_numbering, text_of

HEADER = "ỦY BAN NHÂN DÂN TỈNH A\nTHÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh tại buổi làm việc với các sở\n"


def _items(body: str, header: str = HEADER) -> dict:
    return notice_items(header, body)


# 1. Word's automatic numbering on the rows of a task table

ROWS = [
    ["STT", "Nội dung công việc", "Người thực hiện", "Thời gian hoàn thành"],
    [
        "",
        "Xây dựng đề cương kiểm tra, gửi các cơ sở",
        "Ông Trần Văn Bình, Phó Chi cục trưởng",
        "Trước ngày 10/4/2026",
    ],
    ["", "Tổng hợp báo cáo tự kiểm tra của các cơ sở", "Bà Lê Thị Cúc, chuyên viên", "Trước ngày 14/4/2026"],
    [
        "",
        "Báo cáo kết quả kiểm tra với Giám đốc Sở",
        "Ông Trần Văn Bình, Phó Chi cục trưởng",
        "Trước ngày 30/4/2026",
    ],
]


def _department_plan(where: str) -> bytes:
    """A department's plan: numbered sections, then a task table whose rows Word numbers, either in the STT
    cell, in the task cell (STT left empty) or in a table nested in a one-cell frame."""
    doc = WordDoc()
    doc.letterhead(["SỞ NÔNG NGHIỆP", "TỈNH BÌNH AN"], "Số: 15/KH-SNN", "Bình An, ngày 02 tháng 4 năm 2026")
    outline = doc.list([Lvl("upperRoman", "%1."), Lvl("decimal", "%2.")])
    doc.para("KẾ HOẠCH")
    doc.para("Kiểm tra công tác an toàn hồ đập năm 2026")
    doc.para("THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN", outline, 0)
    doc.para("Thời gian: Từ ngày 15/4/2026 đến ngày 25/4/2026.", outline, 1)
    doc.para("Địa điểm: Tại trụ sở các đơn vị quản lý hồ đập.", outline, 1)
    doc.para("Thành phần: Lãnh đạo Sở; Chi cục Thủy lợi; đại diện UBND các xã có hồ đập.", outline, 1)
    doc.para("PHÂN CÔNG NHIỆM VỤ", outline, 0)
    rows = doc.list([Lvl("decimal", "%1.")])
    if where == "nested":
        cell = doc.table([[""]]).cell(0, 0)
        table = cell.add_table(rows=len(ROWS), cols=len(ROWS[0]))
        for r, row in enumerate(ROWS):
            for c, text in enumerate(row):
                table.rows[r].cells[c].text = text
    else:
        table = doc.table(ROWS)
    for r in range(1, len(ROWS)):
        set_numbering(table.cell(r, 1 if where == "task cell" else 0).paragraphs[0]._p, rows, 0)
    doc.para("Trên đây là Kế hoạch kiểm tra công tác an toàn hồ đập năm 2026 của Sở Nông nghiệp.")
    return doc.save()


def test_a_table_nested_in_a_frame_is_read_row_by_row() -> None:
    lines = text_of(_department_plan("nested"))
    assert "STT | Nội dung công việc | Người thực hiện | Thời gian hoàn thành" in lines
    assert (
        "3. | Báo cáo kết quả kiểm tra với Giám đốc Sở | Ông Trần Văn Bình, Phó Chi cục trưởng | Trước ngày 30/4/2026"
        in lines
    )


@pytest.mark.parametrize("where", ["STT cell", "task cell", "nested"])
def test_rows_numbered_by_word_are_the_tasks(where: str) -> None:
    items = items_by_ref(read_text(_department_plan(where), "docx"))
    tasks = [i for i in items.values() if i.kind == "task"]
    assert [t.ref for t in tasks] == ["II.1", "II.2", "II.3"]
    assert items["II.2"].text == "Tổng hợp báo cáo tự kiểm tra của các cơ sở"
    # "Người thực hiện" names who does each row
    assert items["II.2"].lead == ["Bà Lê Thị Cúc, chuyên viên"]
    assert items["II.2"].lead_source == "table"
    assert items["II.3"].deadline.date == dt.date(2026, 4, 30)


def test_a_task_table_attached_after_the_signature_under_its_own_title() -> None:
    items = items_by_ref(
        "SỞ NÔNG NGHIỆP TỈNH BÌNH AN\nSố: 15/KH-SNN\nKẾ HOẠCH\nKiểm tra công tác an toàn hồ đập năm 2026\n"
        "I. TỔ CHỨC THỰC HIỆN\n"
        "1. Chi cục Thủy lợi chủ trì thực hiện Kế hoạch này (chi tiết tại bảng phân công kèm theo).\n"
        "Nơi nhận:\n- Như trên;\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNguyễn Văn An\n"
        "BẢNG PHÂN CÔNG NHIỆM VỤ\n"
        "(Kèm theo Kế hoạch số 15/KH-SNN ngày 02/4/2026 của Sở Nông nghiệp)\n"
        "STT | Nội dung công việc | Người thực hiện | Thời gian hoàn thành\n"
        "1. | Xây dựng đề cương kiểm tra | Ông Trần Văn Bình, Phó Chi cục trưởng | Trước ngày 10/4/2026\n"
        "2. | Tổng hợp báo cáo tự kiểm tra | Bà Lê Thị Cúc, chuyên viên | Trước ngày 14/4/2026\n"
    )
    assert items["PL"].text == "BẢNG PHÂN CÔNG NHIỆM VỤ"
    assert items["PL.2"].kind == "task" and items["PL.2"].lead == ["Bà Lê Thị Cúc, chuyên viên"]
    assert items["PL.1"].deadline.date == dt.date(2026, 4, 10)


# 4. The particulars of an event are information, not tasks


def test_place_and_attendance_headings_over_their_paragraph_are_not_tasks() -> None:
    items = _items(
        "I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN\n"
        "1. Địa điểm\nTại Hội trường Sở Công Thương, số 5 đường Hoàng Liên.\n"
        "2. Thành phần tham dự\nLãnh đạo Sở; đại diện các phòng chuyên môn; các doanh nghiệp.\n"
        "II. TỔ CHỨC THỰC HIỆN\n"
        "1. Văn phòng Sở chuẩn bị hội trường trước ngày 10/5/2026.\n"
    )
    assert items["I.1"].kind == items["I.2"].kind == "note"
    assert items["II.1"].kind == "task"


def test_time_place_and_attendance_lines_are_not_tasks() -> None:
    items = items_by_ref(read_text(_department_plan("STT cell"), "docx"))
    assert items["I.1"].kind == items["I.2"].kind == items["I.3"].kind == "note"


def test_a_line_that_assigns_under_a_place_heading_is_still_a_task() -> None:
    items = _items(
        "I. ĐỊA ĐIỂM VÀ CÔNG TÁC CHUẨN BỊ\n"
        "1. Địa điểm: Hội trường UBND tỉnh.\n"
        "2. Giao Văn phòng UBND tỉnh chuẩn bị hội trường, tài liệu trước ngày 20/5/2026.\n"
    )
    assert items["I.1"].kind == "note"
    assert items["I.2"].kind == "task" and items["I.2"].lead == ["Văn phòng UBND tỉnh"]


def test_an_approval_in_principle_is_no_task_unless_it_hands_out_work() -> None:
    items = _items(
        "1. Thống nhất chủ trương đầu tư nâng cấp phần mềm một cửa điện tử của tỉnh.\n"
        "2. Thống nhất chủ trương xây dựng trung tâm dữ liệu; giao Sở Khoa học và Công nghệ xây dựng đề án, "
        "trình UBND tỉnh trong Quý III/2026.\n"
    )
    assert items["1"].kind == "note"
    assert items["2"].kind == "task" and items["2"].lead == ["Sở Khoa học và Công nghệ"]
    assert items["2"].deadline.date == dt.date(2026, 9, 30)


def test_a_requirement_on_how_a_thing_is_built_is_no_task() -> None:
    items = _items(
        "1. Phần mềm phải bảo đảm kết nối, liên thông với hệ thống của các bộ, ngành và an toàn thông tin.\n"
        "2. Các sở, ngành phải bảo đảm tiến độ cập nhật dữ liệu trước ngày 30/6/2026.\n"
        "3. Hồ sơ thiết kế phải bảo đảm đầy đủ, đúng quy định; hoàn thành và gửi Sở Xây dựng trước ngày 15/5/2026.\n"
    )
    assert items["1"].kind == "note"
    assert items["2"].kind == "task" and items["2"].lead == ["Các sở, ngành"]
    assert items["3"].kind == "task"  # timed work after the requirement


# 2. A list that assigns work under a section that is not a task title


def test_assigning_items_under_an_assessment_are_tasks() -> None:
    items = _items(
        "I. ĐÁNH GIÁ CHUNG\n"
        "Trong quý I/2026, Sở Xây dựng đã chủ động triển khai các nhiệm vụ được giao. Tuy nhiên, tiến độ lập "
        "quy hoạch còn chậm. Thời gian tới, cần tập trung các nội dung sau:\n"
        "1. Sở Xây dựng đã hoàn thành rà soát 12 đồ án quy hoạch.\n"
        "2. Giao Sở Xây dựng chủ trì, phối hợp với các sở, ngành rà soát danh mục quy hoạch, hoàn thành trước "
        "ngày 30/5/2026.\n"
        "3. Sở Tài chính chủ trì tham mưu bố trí kinh phí lập quy hoạch trong tháng 6/2026.\n"
        "4. Đề nghị Sở Nội vụ hướng dẫn các xã kiện toàn bộ phận quản lý trật tự xây dựng.\n"
        "5. Yêu cầu UBND các xã khẩn trương hoàn thiện hồ sơ đồ án, trình thẩm định trước ngày 15/6/2026.\n"
        "II. KIẾN NGHỊ\n"
        "Các kiến nghị của Sở Xây dựng được tổng hợp tại Phụ lục.\n"
    )
    assert items["I.1"].kind == "note"  # what was done
    assert [items[r].lead for r in ("I.2", "I.3", "I.4", "I.5")] == [
        ["Sở Xây dựng"],
        ["Sở Tài chính"],
        ["Sở Nội vụ"],
        ["UBND các xã"],
    ]
    assert all(items[r].kind == "task" for r in ("I.2", "I.3", "I.4", "I.5"))
    assert items["I.2"].deadline.date == dt.date(2026, 5, 30)


def test_the_actor_of_the_lead_in_owns_a_list_under_an_assessment() -> None:
    items = _items(
        "I. ĐÁNH GIÁ CHUNG\n"
        "Thời gian qua, ngành y tế đã đạt nhiều kết quả. Tuy nhiên, công tác khám chữa bệnh còn hạn chế. "
        "Thời gian tới, Sở Y tế cần tập trung thực hiện các nội dung sau:\n"
        "1. Rà soát, sắp xếp mạng lưới trạm y tế xã, hoàn thành trong Quý III/2026.\n"
        "2. Đẩy mạnh chuyển đổi số trong khám bệnh, chữa bệnh.\n"
    )
    assert items["I.1"].kind == items["I.2"].kind == "task"
    assert items["I.1"].lead == items["I.2"].lead == ["Sở Y tế"]


def test_a_purpose_section_stays_notes() -> None:
    items = _items(
        "I. MỤC ĐÍCH, YÊU CẦU\n"
        "1. Giao Sở Tư pháp phổ biến kịp thời các văn bản mới.\n"
        "II. NHIỆM VỤ\n"
        "1. Sở Tư pháp tổ chức hội nghị phổ biến Luật trong Quý II/2026.\n"
    )
    assert items["I.1"].kind == "note"
    assert items["II.1"].kind == "task"


# 3. Leads: lead-in items, requests answered after a colon or a sentence, a second subject


def test_an_item_that_only_opens_the_items_after_it_gives_them_its_lead() -> None:
    items = _items(
        "1. Giao Phòng Quản lý công nghiệp chủ trì thực hiện các công việc liên quan:\n"
        "2. Rà soát danh sách cơ sở sử dụng vật liệu nổ công nghiệp trên địa bàn.\n"
        "3. Hướng dẫn các cơ sở hoàn thiện hồ sơ trước ngày 30/6/2026.\n"
        "4. Văn phòng Sở bố trí phương tiện cho đoàn kiểm tra.\n"
    )
    assert items["1"].kind == "note"
    assert items["2"].lead == items["3"].lead == ["Phòng Quản lý công nghiệp"]
    assert items["4"].lead == ["Văn phòng Sở"]


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        (
            "Đối với các kiến nghị của Sở Xây dựng, giao Văn phòng UBND tỉnh tổng hợp, báo cáo UBND tỉnh "
            "trong tháng 5/2026.",
            ["Văn phòng UBND tỉnh"],
        ),
        (
            "Dự án đã hoàn thành 80% khối lượng, còn vướng mặt bằng tại hai xã. Giao UBND xã Bình Minh khẩn "
            "trương hoàn thành giải phóng mặt bằng trước ngày 30/6/2026.",
            ["UBND xã Bình Minh"],
        ),
        (
            "Về đề nghị hỗ trợ kinh phí sửa chữa trụ sở của Sở Y tế: Giao Sở Tài chính xem xét, tham mưu UBND "
            "tỉnh theo quy định.",
            ["Sở Tài chính"],
        ),
        (
            "Sở Nông nghiệp đề nghị bổ sung vốn cho dự án thủy lợi hồ Đá Bàn. Giao Sở Tài chính chủ trì, phối "
            "hợp với Sở Nông nghiệp rà soát, tham mưu bố trí vốn.",
            ["Sở Tài chính"],
        ),
        (
            "Sở Xây dựng chủ trì hướng dẫn lập quy hoạch chung, UBND các xã tổ chức lập quy hoạch chi tiết "
            "trong năm 2026.",
            ["Sở Xây dựng", "UBND các xã"],
        ),
        (
            "Sở Xây dựng hướng dẫn UBND các xã, UBND các phường triển khai quy hoạch trong năm 2026.",
            ["Sở Xây dựng"],
        ),
    ],
)
def test_the_lead_of_an_answered_request_or_a_later_clause(text: str, lead: list[str]) -> None:
    items = _items(f"1. {text}\n")
    assert items["1"].lead == lead


def test_responsible_units_are_a_lead() -> None:
    items = _items("1. Yêu cầu các đơn vị có trách nhiệm rà soát, báo cáo kết quả trước ngày 20/5/2026.\n")
    assert items["1"].lead and items["1"].lead[0].lower().startswith("các đơn vị")


def test_responsible_units_named_in_a_later_clause_or_sentence() -> None:
    items = _items(
        "1. Tiếp tục rà soát hồ sơ cấp phép khai thác khoáng sản; các đơn vị có trách nhiệm báo cáo kết quả "
        "trước ngày 30/6/2026.\n"
        "2. Tăng cường kiểm tra, xử lý vi phạm trong hoạt động khai thác cát. Các đơn vị có trách nhiệm thực "
        "hiện nghiêm.\n"
    )
    assert items["1"].lead and items["1"].lead[0].lower().startswith("các đơn vị")
    assert items["2"].lead and items["2"].lead[0].lower().startswith("các đơn vị")
    assert "2[2]" not in items  # the second sentence only assigns the first
