"""Round 28 (tables that restate items): a provincial plan whose appendix table, with no group rows, restates some
of the body's owner-less dashes with an owner, partners and timing (synthetic texts)."""

from __future__ import annotations

from planparse.deadlines import parse_deadline
from planparse.tests.reading import items_by_ref

HEAD = (
    "ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH\nSố: 55/KH-UBND\nKẾ HOẠCH\nThực hiện Chỉ thị về quản lý tài nguyên nước\n"
    "I. MỤC ĐÍCH, YÊU CẦU\nNâng cao hiệu quả quản lý tài nguyên nước.\n"
    "II. NHIỆM VỤ, GIẢI PHÁP\n"
    "1. Công tác tuyên truyền\n"
    "- Tổ chức phổ biến pháp luật về tài nguyên nước cho người dân vùng ven sông.\n"
    "2. Công tác bảo vệ nguồn nước\n"
    "- Kiểm tra các giếng khoan khai thác nước dưới đất không có giấy phép.\n"
    "- Cắm mốc hành lang bảo vệ nguồn nước các hồ chứa thủy lợi.\n"
    "- Nạo vét, khơi thông dòng chảy các kênh mương nội đồng bị bồi lắng.\n"
    "III. TỔ CHỨC THỰC HIỆN\n"
    "1. Sở Nông nghiệp và Môi trường\n"
    "- Chủ trì tổ chức phổ biến pháp luật về tài nguyên nước cho người dân.\n"
    "- Chủ trì cắm mốc hành lang bảo vệ nguồn nước các hồ chứa thủy lợi trên địa bàn tỉnh.\n"
    "2. Sở Tư pháp\n"
    "- Phối hợp biên soạn tài liệu phổ biến pháp luật.\n"
    "PHỤ LỤC\nMỘT SỐ NHIỆM VỤ TRỌNG TÂM\n"
    "| STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện |\n"
)


def test_row_of_a_table_without_groups_restates_a_dash_in_other_words() -> None:
    """The table has no group rows, so a row has no heading to compare with the dash's: its text alone says whether it
    restates the dash (it used to be weighed down by the missing heading and stay a task of its own)."""
    rows = (
        "| 1 | Xử lý dứt điểm các giếng khoan trái phép khai thác nước dưới đất | Sở Nông nghiệp và Môi trường"
        " | Công an tỉnh | Xong trong Quý III/2026 |\n"
    )
    items = items_by_ref(HEAD + rows)
    assert items["PL.1"].kind == "note"
    assert items["II.2-1"].lead == ["Sở Nông nghiệp và Môi trường"]
    assert items["II.2-1"].lead_source == "table"
    assert str(items["II.2-1"].deadline.date) == "2026-09-30"


def test_dash_restated_by_a_row_counts_among_its_groups_owned_dashes() -> None:
    """Under one titled group, one dash owned by its row, one carried out by the same agency's duty: the third dash,
    which nothing restates, is that agency's share too (a row's owner no longer stops the group's reading)."""
    rows = (
        "| 1 | Kiểm tra các giếng khoan khai thác nước dưới đất không có giấy phép | Sở Nông nghiệp và Môi trường"
        " | Công an tỉnh | Quý III/2026 |\n"
    )
    items = items_by_ref(HEAD + rows)
    assert items["II.2-1"].lead_source == "table"
    assert items["II.2-2"].lead == ["Sở Nông nghiệp và Môi trường"]
    assert items["II.2-3"].lead == ["Sở Nông nghiệp và Môi trường"]
    assert items["II.2-3"].lead_source == "section_III"


def test_bare_year_closes_a_range_opened_by_a_quarter_or_a_month() -> None:
    """A bare year after a quarter or a month ("quý IV/2026 - 2029") ends the range the quarter opens: the work runs
    to the end of that year (the bare year was dropped, leaving the quarter or only a start)."""
    dl = parse_deadline("Hằng năm từ quý IV/2026 - 2029")
    assert (str(dl.date), dl.recurrence) == ("2029-12-31", "yearly")
    assert str(parse_deadline("Từ tháng 10/2026 đến 2028").date) == "2028-12-31"
    assert str(parse_deadline("Quý IV/2026 - 2029").date) == "2029-12-31"
    assert str(parse_deadline("Quý IV/2026").date) == "2026-12-31"


SHARES = (
    "ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH\nSố: 56/KH-UBND\nKẾ HOẠCH\nPhát triển dữ liệu số của tỉnh\n"
    "I. MỤC TIÊU\nHình thành kho dữ liệu dùng chung của tỉnh.\n"
    "II. TỔ CHỨC THỰC HIỆN\nCác cơ quan thực hiện nhiệm vụ được giao tại Phụ lục.\n"
    "PHỤ LỤC\nPHÂN CÔNG NHIỆM VỤ\n"
    "| TT | Nhiệm vụ | Chủ trì | Thời gian |\n"
    "| 1 | Công bố danh mục dữ liệu mở của tỉnh | Sở Tư pháp chủ trì hướng dẫn, tổng hợp; Các sở, ngành, UBND cấp xã"
    " thực hiện công bố theo lĩnh vực quản lý | Hằng năm |\n"
)


def test_owner_cell_of_shares_gives_each_body_with_work_the_lead() -> None:
    """An owner cell cut at ";" into a body and its own work each: every body that does part of the work leads it (not
    only the one that "chủ trì"); a body that only joins in ("phối hợp") stays a partner."""
    items = items_by_ref(SHARES)
    assert items["PL.1"].lead == ["Sở Tư pháp", "Các sở, ngành", "UBND cấp xã"]
    partner = items_by_ref(
        SHARES.replace(
            "chủ trì hướng dẫn, tổng hợp; Các sở, ngành, UBND cấp xã", "chủ trì; Sở Nội vụ phối hợp"
        )
    )
    assert partner["PL.1"].lead == ["Sở Tư pháp"]
    assert partner["PL.1"].coordinators == ["Sở Nội vụ"]


def test_numbered_markdown_row_naming_a_lead_and_a_year_is_no_header() -> None:
    """A Markdown row's edge bar leaves an empty cell before its number; a row that says "Sở X chủ trì" and "Năm 2027"
    (words a header uses) is still row 2 of the table, not a new header that swallows it."""
    items = items_by_ref(
        SHARES + "| 2 | Số hóa hồ sơ hộ tịch | Sở Tư pháp chủ trì; Sở Nội vụ phối hợp | Năm 2027 |\n"
    )
    assert items["PL.2"].kind == "task"
    assert items["PL.2"].lead == ["Sở Tư pháp"]
    assert items["PL.2"].coordinators == ["Sở Nội vụ"]
    assert str(items["PL.2"].deadline.date) == "2027-12-31"
