"""Round 92 (bench/metamorphic.py's table transforms: `columns`, `twohead`): a task table is read by its headers
wherever its columns stand and however its header is laid out. Made-up texts, each test failing without its rule."""

from __future__ import annotations

from planparse import parse_plan
from planparse.tests.reading import LETTERHEAD, items_by_ref
from planparse.tree import _two_row_header

_HEAD = [
    *LETTERHEAD,
    "I. MỤC ĐÍCH, YÊU CẦU",
    "Bảo đảm đúng tiến độ.",
    "II. TỔ CHỨC THỰC HIỆN",
    "Các sở, ngành triển khai các chỉ tiêu tại Phụ lục kèm theo.",
    "PHỤ LỤC",
    "CHỈ TIÊU PHÁT TRIỂN KINH TẾ SỐ",
]


def _rows(lines: list[str]) -> dict[str, tuple[str, list[str]]]:
    items = parse_plan("\n".join(lines)).items
    return {i.ref: (i.text, i.lead) for i in items if i.marker == "row" and i.kind == "task"}


def test_a_table_written_owner_first_hands_out_the_unnamed_columns_after_it() -> None:
    """ "TT | Chủ trì | Chỉ tiêu": the unnamed column after the owner holds what each row hands out, as it does in
    "TT | Chỉ tiêu | Chủ trì"."""
    owner_last = [
        "TT | Chỉ tiêu | Chủ trì",
        "I. Kinh tế số",
        "1 | Kinh tế số chiếm 30% GRDP của tỉnh. | Sở Tài chính",
        "2 | Tỷ lệ doanh nghiệp ứng dụng nền tảng số đạt 60%. | Sở Khoa học và Công nghệ",
    ]
    owner_first = [
        "TT | Chủ trì | Chỉ tiêu",
        "I. Kinh tế số",
        "1 | Sở Tài chính | Kinh tế số chiếm 30% GRDP của tỉnh.",
        "2 | Sở Khoa học và Công nghệ | Tỷ lệ doanh nghiệp ứng dụng nền tảng số đạt 60%.",
    ]
    before = _rows(_HEAD + owner_last)
    assert before["PL.I.1"] == ("Kinh tế số chiếm 30% GRDP của tỉnh.", ["Sở Tài chính"])
    assert _rows(_HEAD + owner_first) == before


_PLAN = [
    *LETTERHEAD,
    "I. NHIỆM VỤ",
    "1. Xây dựng kho dữ liệu dùng chung của tỉnh phục vụ phát triển kinh tế số.",
    "2. Tổ chức tập huấn kỹ năng số cho cán bộ, công chức cấp xã.",
    "II. TỔ CHỨC THỰC HIỆN",
    "Các sở, ngành triển khai các nhiệm vụ theo Phụ lục kèm theo.",
    "PHỤ LỤC",
    "DANH MỤC NHIỆM VỤ",
]
_ROWS = [
    "1 | Xây dựng kho dữ liệu dùng chung của tỉnh phục vụ phát triển kinh tế số | Sở Khoa học và Công nghệ "
    "| Các sở, ngành | Quý IV/2027",
    "2 | Tổ chức tập huấn kỹ năng số cho cán bộ, công chức cấp xã | Sở Nội vụ | UBND các xã | Tháng 6/2027",
]
_ONE_ROW_HEADER = "STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành"


def _tasks(table: list[str]) -> dict[str, tuple[list[str], list[str], str | None]]:
    items = parse_plan("\n".join(_PLAN + table)).items
    return {
        i.ref: (i.lead, i.coordinators, i.deadline.date.isoformat() if i.deadline.date else None)
        for i in items
        if i.kind == "task"
    }


def test_a_header_over_two_rows_gives_each_column_under_it_its_role() -> None:
    """ "Cơ quan thực hiện" over "Chủ trì | Phối hợp", as a web copy writes a header over two rows: the rows' owners,
    partners and deadlines are read from the columns under them, and reach the body items the rows restate, as
    with a header of one row."""
    one = _tasks([_ONE_ROW_HEADER, *_ROWS])
    assert one["I.1"] == (["Sở Khoa học và Công nghệ"], ["Các sở, ngành"], "2027-12-31")
    assert one["I.2"] == (["Sở Nội vụ"], ["UBND các xã"], "2027-06-30")
    two = _tasks(["STT | Nhiệm vụ | Cơ quan thực hiện | Thời gian hoàn thành", "Chủ trì | Phối hợp", *_ROWS])
    assert two == one


def test_a_header_repeated_over_two_rows_under_a_group_row_goes_on_with_the_table() -> None:
    """The header repeated without its STT cell under each group row, over two rows as well, is the table's header
    again: the rows under it keep their roles."""
    grouped = ["I | NHÓM NHIỆM VỤ", _ROWS[0], "II | NHÓM NHIỆM VỤ KHÁC", _ROWS[1].replace("2 |", "1 |", 1)]
    repeated = [
        "STT | Nhiệm vụ | Cơ quan thực hiện | Thời gian hoàn thành",
        "Chủ trì | Phối hợp",
        *grouped[:3],
        "Nhiệm vụ | Cơ quan thực hiện | Thời gian hoàn thành",
        "Chủ trì | Phối hợp",
        grouped[3],
    ]
    one = _tasks([_ONE_ROW_HEADER, *grouped])
    assert one["I.2"] == (["Sở Nội vụ"], ["UBND các xã"], "2027-06-30")
    assert _tasks(repeated) == one


def test_a_time_header_over_start_and_end_dates_the_row_by_its_end() -> None:
    """ "Thời gian thực hiện" over "Bắt đầu | Hoàn thành": the row is due at the end, not at the start."""
    table = [
        "STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện",
        "Bắt đầu | Hoàn thành",
        _ROWS[0].replace("Quý IV/2027", "Quý I/2027 | Quý IV/2027"),
    ]
    assert _tasks(table)["I.1"] == (["Sở Khoa học và Công nghệ"], ["Các sở, ngành"], "2027-12-31")


def test_a_second_row_that_is_no_sub_header_is_left_as_it_is() -> None:
    header = ["STT", "Nhiệm vụ", "Cơ quan thực hiện", "Thời gian hoàn thành"]
    assert _two_row_header(header, ["I", "NHÓM NHIỆM VỤ"]) is None  # a group row
    assert _two_row_header(header, ["Sở Nội vụ", "Quý IV/2027"]) is None  # a row of content
    assert _two_row_header(header, ["Chủ trì", "Quý IV"]) is None  # cells of two kinds
    # the work and the person answerable are no owners' cell: the merged cell is the bodies'
    answerable = "STT | Nội dung thực hiện | Người đứng đầu chịu trách nhiệm | Cơ quan thực hiện | Thời hạn"
    assert _two_row_header(answerable.split(" | "), ["Chủ trì", "Phối hợp"]) == [
        "STT",
        "Nội dung thực hiện",
        "Người đứng đầu chịu trách nhiệm",
        "Cơ quan thực hiện Chủ trì",
        "Cơ quan thực hiện Phối hợp",
        "Thời hạn",
    ]


def test_a_row_that_opens_a_body_item_word_for_word_restates_it() -> None:
    """A row that keeps only the first words of the item it restates (however much further the item goes, and under
    an agency heading of the assignment section too) is that item: the item takes the row's deadline, the row is no
    task of its own."""
    lines = [
        *LETTERHEAD,
        "I. NHIỆM VỤ",
        "1. Xây dựng kho dữ liệu dùng chung của tỉnh phục vụ phát triển kinh tế số.",
        "II. TỔ CHỨC THỰC HIỆN",
        "1. Sở Công Thương",
        "Hỗ trợ doanh nghiệp nhỏ và vừa, hợp tác xã đưa sản phẩm lên sàn thương mại điện tử; tổ chức các lớp tập huấn"
        " kỹ năng bán hàng trực tuyến cho hộ kinh doanh ở nông thôn, miền núi; xây dựng mô hình điểm về chợ 4.0 tại"
        " các huyện; khảo sát, đánh giá mức độ sẵn sàng của các làng nghề, định kỳ báo cáo Ủy ban nhân dân tỉnh.",
        "2. Sở Khoa học và Công nghệ",
        "Triển khai nền tảng học trực tuyến mở về kỹ năng số cho người dân trên địa bàn tỉnh.",
        "PHỤ LỤC",
        "STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành",
        "1 | Xây dựng kho dữ liệu dùng chung của tỉnh phục vụ phát triển kinh tế số | Sở Khoa học và Công nghệ"
        " | Các sở, ngành | Quý IV/2027",
        "2 | Hỗ trợ doanh nghiệp nhỏ và vừa, hợp tác xã đưa sản phẩm lên sàn | Sở Công Thương | UBND các xã"
        " | Quý III/2027",
    ]
    items = items_by_ref("\n".join(lines))
    assert items["PL.2"].kind == "note" and items["PL.2"].same_as == ["II.1"]
    assert items["II.1"].kind == "task" and str(items["II.1"].deadline.date) == "2027-09-30"
