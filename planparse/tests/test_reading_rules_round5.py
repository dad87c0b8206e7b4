"""Reading rules of the fifth round (synthetic plans and conclusion notices in the style of real ones)."""

from __future__ import annotations

import datetime as dt

import pytest

from planparse import parse_plan, read_text
from planparse.tests.wordbuild import Lvl, WordDoc, set_numbering, text_of

HEADER = "ỦY BAN NHÂN DÂN TỈNH A\nTHÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh tại buổi làm việc với các sở\n"


def _items(body: str, header: str = HEADER) -> dict:
    return {i.ref: i for i in parse_plan(header + body + "Nơi nhận:\n").items}


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
    items = {i.ref: i for i in parse_plan(read_text(_department_plan(where), "docx")).items}
    tasks = [i for i in items.values() if i.kind == "task"]
    assert [t.ref for t in tasks] == ["II.1", "II.2", "II.3"]
    assert items["II.2"].text == "Tổng hợp báo cáo tự kiểm tra của các cơ sở"
    # "Người thực hiện" names who does each row
    assert items["II.2"].lead == ["Bà Lê Thị Cúc, chuyên viên"]
    assert items["II.2"].lead_source == "table"
    assert items["II.3"].deadline.date == dt.date(2026, 4, 30)


# 4. The particulars of an event are information, not tasks


def test_time_place_and_attendance_lines_are_not_tasks() -> None:
    items = {i.ref: i for i in parse_plan(read_text(_department_plan("STT cell"), "docx")).items}
    assert items["I.1"].kind == items["I.2"].kind == items["I.3"].kind == "note"


def test_a_line_that_assigns_under_a_place_heading_is_still_a_task() -> None:
    items = _items(
        "I. ĐỊA ĐIỂM VÀ CÔNG TÁC CHUẨN BỊ\n"
        "1. Địa điểm: Hội trường UBND tỉnh.\n"
        "2. Giao Văn phòng UBND tỉnh chuẩn bị hội trường, tài liệu trước ngày 20/5/2026.\n"
    )
    assert items["I.1"].kind == "note"
    assert items["I.2"].kind == "task" and items["I.2"].lead == ["Văn phòng UBND tỉnh"]
