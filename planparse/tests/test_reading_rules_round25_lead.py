"""Reading rules of round 25 written by the lead from seen documents' misses (synthetic texts in their styles)."""

from __future__ import annotations

from planparse.deadlines import find_deadline
from planparse.tests.reading import notice_items

LETTER_HEAD = (
    "VĂN PHÒNG CHÍNH PHỦ\nSố: 900/VPCP-CN\nHà Nội, ngày 12 tháng 11 năm 2025\n"
    "V/v triển khai dự án đường ven biển\nKính gửi: Bộ Xây dựng.\n"
)


def test_completing_a_project_in_a_year_times_the_task() -> None:
    """A bare kind of document ("Dự án") and at once "vào năm …" names no document: the year bounds the work."""
    items = notice_items(
        LETTER_HEAD,
        "Bộ Xây dựng khẩn trương xử lý các vướng mắc về giải phóng mặt bằng, bảo đảm tiến độ hoàn thành Dự án vào "
        "năm 2026.\n",
    )
    task = next(i for i in items.values() if i.kind == "task")
    assert str(task.deadline.date) == "2026-12-31"


def test_a_named_programme_still_keeps_its_own_horizon() -> None:
    """The rule is about a bare kind: a programme named with its horizon ("đến năm 2030") still times nothing."""
    assert find_deadline("Triển khai Chương trình phát triển đô thị bền vững đến năm 2030.").date is None


def _document(header: str) -> dict[str, object]:
    from planparse import parse_plan

    body = "KẾ HOẠCH\nTổ chức sinh hoạt chuyên môn\nI. NỘI DUNG\n1. Tổ chuyên môn xây dựng lịch sinh hoạt.\n"
    return parse_plan(header + body).document.to_dict()


def test_a_school_under_its_department_issues_with_the_department_s_place() -> None:
    """ "SỞ GDĐT TỈNH X" over "TRƯỜNG THPT Y": the school issues; its province is the department's, and the
    abbreviations of a capitals letterhead stay in capitals."""
    doc = _document(
        "SỞ GDĐT TỈNH BÌNH AN\nTRƯỜNG THPT AN PHÚ 2\nSố: 12/KH-THPTAP2\nAn Phú, ngày 10 tháng 3 năm 2026\n"
    )
    assert str(doc["issuer"]).startswith("Trường THPT ") and str(doc["issuer"]).endswith(" 2 tỉnh Bình An")


def test_the_front_s_standing_board_is_named_with_its_committee() -> None:
    doc = _document(
        "ỦY BAN MTTQ VIỆT NAM\nXÃ AN PHÚ\nBAN THƯỜNG TRỰC\nSố: 3/KH-MTTQ-BTT\nAn Phú, ngày 02 tháng 1 năm 2026\n"
    )
    # the letterhead's three lines (committee, commune, board) name one issuer; the board's case is the text's
    assert str(doc["issuer"]).lower() == "ban thường trực ủy ban mttq việt nam xã an phú"
    assert "MTTQ Việt Nam" in str(doc["issuer"])


def test_a_blank_day_still_gives_the_place_and_a_citation_gives_no_date() -> None:
    """An unsigned copy ("ngày    tháng 01 năm 2026"): the place is read; a cited document's date in the preamble
    ("Căn cứ … số 102/2025/NQLT-…, ngày 26 tháng 9 năm 2025") is not the document's."""
    doc = _document(
        "ỦY BAN NHÂN DÂN\nTỈNH BÌNH AN\nSố:     /KH-UBND\nBình An, ngày      tháng 01 năm 2026\n"
        "Căn cứ Nghị quyết liên tịch số 102/2025/NQLT-UBTVQH15-CP, ngày 26 tháng 9 năm 2025 của Ủy ban Thường vụ "
        "Quốc hội;\n"
    )
    assert doc["place"] == "Bình An"
    assert doc["date"] is None


def test_the_place_is_not_what_a_layout_or_a_table_put_before_it() -> None:
    doc = _document(
        "ỦY BAN NHÂN DÂN TỈNH BÌNH AN\n| Số: 467/KH-UBND | *Bình An, ngày 14 tháng 10 năm 2024 * |\n"
    )
    assert doc["place"] == "Bình An"
    assert doc["date"] == "2024-10-14"


def test_a_web_copy_s_letterhead_row_and_number_row_are_read() -> None:
    """A web copy lays letterhead and motto out as one table row, and number and place-date as another."""
    doc = _document(
        "| BAN CHỈ ĐẠO TỈNH BÌNH AN ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ----- |\n"
        "| Số: 25/KH-BCĐ | Bình An, ngày 11 tháng 11 năm 2013 |\n"
    )
    assert doc["issuer"] == "Ban chỉ đạo tỉnh Bình An"
    assert doc["number"] == "25/KH-BCĐ"
    assert doc["place"] == "Bình An"
    assert doc["date"] == "2013-11-11"


def test_a_heading_in_capitals_inside_the_prose_gives_no_casing_to_the_title() -> None:
    from planparse import parse_plan

    plan = parse_plan(
        "ỦY BAN NHÂN DÂN TỈNH BÌNH AN\nSố: 5/KH-UBND\nBình An, ngày 02 tháng 3 năm 2026\nKẾ HOẠCH\n"
        "TRIỂN KHAI THỰC HIỆN CHỈ THỊ SỐ 13/CT-TTG VỀ TÍN CHỈ CÁC-BON\n"
        "Căn cứ Chỉ thị số 13/CT-TTg về tín chỉ các-bon của Thủ tướng Chính phủ;\n"
        "I. CÔNG TÁC QUÁN TRIỆT, TRIỂN KHAI THỰC HIỆN\n1. Sở Tài chính chủ trì tổ chức hội nghị quán triệt.\n"
    )
    assert plan.document.title == "Kế hoạch triển khai thực hiện Chỉ thị số 13/CT-TTg về tín chỉ các-bon"
