"""A layout dump whose form feeds were lost and whose table columns drift from line to line (pdftotext places each
line's words by their own widths): pages are cut after their numbers, and a row's words are given their columns
from the row's own lines, so a cell one blank from its neighbour still reads as its own."""

from __future__ import annotations

from planparse import read_text


def _at(*cells: tuple[int, str]) -> str:
    """A dump line: each text starting at its character column."""
    line = ""
    for x, text in cells:
        line = line.ljust(x) + text if x > len(line) else line + " " + text
    return line + "\n"


BODY = "".join(
    f"      {k}. Các sở, ban, ngành căn cứ chức năng, nhiệm vụ được giao tổ chức triển khai\n"
    "thực hiện có hiệu quả các nhiệm vụ của Kế hoạch này; định kỳ báo cáo kết quả\n"
    "thực hiện về Ủy ban nhân dân tỉnh để theo dõi, chỉ đạo.\n"
    for k in range(1, 5)
)

HEAD = (
    "     ỦY BAN NHÂN DÂN                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "       TỈNH KHÁNH AN                        Độc lập - Tự do - Hạnh phúc\n"
    "\n"
    "       Số: 45 /KH-UBND                     Khánh An, ngày 15 tháng 9 năm 2026\n"
    "\n"
    "                              KẾ HOẠCH\n"
    "           Thực hiện các nhiệm vụ bảo vệ môi trường năm 2026\n"
    "\n" + BODY + "                                         2\n"
    "\n" + BODY + "                                         3\n"
    "                                PHỤ LỤC\n"
    "\n"
)

# the header's columns sit right of where the rows put theirs; each row's cells drift by a few characters (the
# middle columns' lines are centred), and on the rows' longest lines a cell comes one blank after the text on its
# left ("giai Sở", "Chủ 2029", "tỉnh Phó")
TABLE = (
    _at((52, "Cơ quan"), (68, "Người phụ trách"), (101, "Thời hạn"))
    + _at((0, "TT"), (16, "Nhiệm vụ cụ thể"))
    + _at((52, "chủ trì"), (71, "chỉ đạo"), (100, "thực hiện"))
    + _at((5, "Rà soát, hoàn thiện các quy định về quản lý"), (65, "Đồng chí Trần Văn A -"))
    + _at((51, "Sở Nông nghiệp"))
    + _at(
        (1, "1"),
        (5, "chất thải rắn sinh hoạt trên địa bàn tỉnh"),
        (66, "Tỉnh ủy viên, Phó Chủ"),
        (88, "2026 - 2027"),
    )
    + _at((52, "và Môi trường"), (69, "tịch UBND tỉnh"))
    + "\n"
    + _at((65, "Đồng chí Trần Văn A -"))
    + _at((5, "Xây dựng Kế hoạch quản lý chất lượng nước giai"), (52, "Sở Nông nghiệp"))
    + _at((1, "2"), (66, "Tỉnh ủy viên, Phó Chủ"), (88, "2029 - 2030"))
    + _at((5, "đoạn 2031 - 2040, tầm nhìn đến năm 2050"), (53, "và Môi trường"))
    + _at((69, "tịch UBND tỉnh"))
    + "\n"
    + _at((5, "Kiểm tra việc thu gom, xử lý chất thải rắn tại"), (66, "Đồng chí Lê Thị B -"))
    + _at(
        (1, "3"),
        (5, "các xã, phường"),
        (52, "Công an tỉnh"),
        (65, "Phó Chủ tịch UBND tỉnh"),
        (93, "Hằng năm"),
    )
    + "\n"
    # the time one blank after the supervisor's line, well left of where the header puts its column
    + _at((5, "Tổ chức tập huấn nghiệp vụ về quản lý chất thải"), (66, "Đồng chí Trần Văn A -"))
    + _at(
        (1, "4"),
        (5, "cho cán bộ cấp xã"),
        (52, "Sở Xây dựng"),
        (67, "Tỉnh ủy viên, Phó Chủ"),
        (89, "2027 - 2028"),
    )
    + _at((70, "tịch UBND tỉnh"))
    + "\n"
    # "ủy" starts where the cell's next line does: the cell starts at "Đảng", with its capital
    + _at(
        (5, "Tổ chức kiểm tra việc phân loại rác thải tại các"),
        (54, "Đảng ủy Công an"),
        (72, "Đồng chí Lê Thị B"),
    )
    + _at((1, "5"), (5, "khu dân cư, chợ, trường học"), (59, "tỉnh"), (100, "Quý IV/2026"))
    + _at((43, "4"))
)


def test_drifting_columns_read_row_by_row() -> None:
    lines = read_text((HEAD + TABLE).encode(), "txt").split("\n")
    assert "TT | Nhiệm vụ cụ thể | Cơ quan chủ trì | Người phụ trách chỉ đạo | Thời hạn thực hiện" in lines
    assert (
        "1 | Rà soát, hoàn thiện các quy định về quản lý chất thải rắn sinh hoạt trên địa bàn tỉnh | "
        "Sở Nông nghiệp và Môi trường | Đồng chí Trần Văn A - Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh | 2026 - 2027"
    ) in lines
    assert (
        "2 | Xây dựng Kế hoạch quản lý chất lượng nước giai đoạn 2031 - 2040, tầm nhìn đến năm 2050 | "
        "Sở Nông nghiệp và Môi trường | Đồng chí Trần Văn A - Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh | 2029 - 2030"
    ) in lines
    assert (
        "3 | Kiểm tra việc thu gom, xử lý chất thải rắn tại các xã, phường | Công an tỉnh | "
        "Đồng chí Lê Thị B - Phó Chủ tịch UBND tỉnh | Hằng năm"
    ) in lines
    assert (
        "4 | Tổ chức tập huấn nghiệp vụ về quản lý chất thải cho cán bộ cấp xã | Sở Xây dựng | "
        "Đồng chí Trần Văn A - Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh | 2027 - 2028"
    ) in lines
    assert (
        "5 | Tổ chức kiểm tra việc phân loại rác thải tại các khu dân cư, chợ, trường học | Đảng ủy Công an tỉnh | "
        "Đồng chí Lê Thị B | Quý IV/2026"
    ) in lines


def test_lost_form_feeds_are_found_at_the_page_numbers() -> None:
    lines = read_text((HEAD + TABLE).encode(), "txt").split("\n")
    assert "2" not in lines and "3" not in lines and "4" not in lines
    # a paragraph wrapped across a page's number is one paragraph
    assert sum(1 for ln in lines if ln.startswith("4. Các sở, ban, ngành")) == 2
    assert "PHỤ LỤC" in lines


def _appendix_header(x: int, target: int) -> str:
    """A header whose two last cells one line runs together ("tổ chức Cá nhân", one blank apart)."""
    return (
        _at((x + 37, "Cơ quan,"))
        + _at((x + 38, "tổ chức"), (x + 46, "Cá nhân phụ trách"))
        + _at((0, "TT"), (x + 10, "Nội dung"), (target, "Mục tiêu"))
        + _at((x + 39, "đảng"), (x + 46, "chỉ đạo"))
        + _at((x + 38, "chủ trì"))
    )


APPENDICES = (
    HEAD.replace("                                PHỤ LỤC\n\n", "")
    + _at((30, "PHỤ LỤC 1"))
    + _at((20, "CÁC CHỈ TIÊU CHỦ YẾU"))
    + "\n"
    + _appendix_header(0, 27)
    + _at(
        (0, "1"), (3, "Tỷ lệ chất thải thu gom"), (28, "95%"), (38, "Sở Xây dựng"), (52, "Đồng chí Lê Văn C")
    )
    + _at((0, "2"), (3, "Tỷ lệ che phủ rừng"), (28, "60%"), (38, "Sở Nông nghiệp"), (53, "Đồng chí Hà Văn D"))
    + _at((40, "4"))
    + "\n"
    # repeated a character to the right, "Mục tiêu" now one blank from "Cơ quan,"
    + _appendix_header(1, 29)
    + _at((0, "3"), (3, "Tỷ lệ đô thị xanh"), (29, "30%"), (39, "Sở Xây dựng"), (53, "Đồng chí Lê Văn C"))
    + _at((40, "5"))
    + _at((30, "PHỤ LỤC 2"))
    + _at((20, "DANH MỤC NHIỆM VỤ TRỌNG TÂM"))
    + _at((22, "GIAI ĐOẠN 2026 - 2030"))
    + _at((10, "(Kèm theo Kế hoạch số 45/KH-UBND ngày 15/9/2026"))
    + _at((18, "của Ủy ban nhân dân tỉnh Khánh An)"))
    + "\n"
    + _at((55, "Thời hạn"))
    + _at((0, "TT"), (12, "Nhiệm vụ"), (40, "Chủ trì"))
    + _at((55, "thực hiện"))
    + _at((0, "1"), (3, "Xây dựng kế hoạch quản lý chất thải"), (40, "Sở Xây dựng"), (55, "Năm 2027"))
    + _at((40, "6"))
)


def test_a_header_repeated_a_little_apart_goes_on_with_its_table() -> None:
    """The header's cells one blank apart are parted where another header line leaves two blanks; the header
    repeated on the next page a character off is the same table, its rows the same table's; the next appendix's
    heading ends the table."""
    lines = read_text(APPENDICES.encode(), "txt").split("\n")
    header = "TT | Nội dung | Mục tiêu | Cơ quan, tổ chức đảng chủ trì | Cá nhân phụ trách chỉ đạo"
    assert lines.count(header) == 1
    start = lines.index(header)
    assert lines[start + 1 : start + 4] == [
        "1 | Tỷ lệ chất thải thu gom | 95% | Sở Xây dựng | Đồng chí Lê Văn C",
        "2 | Tỷ lệ che phủ rừng | 60% | Sở Nông nghiệp | Đồng chí Hà Văn D",
        "3 | Tỷ lệ đô thị xanh | 30% | Sở Xây dựng | Đồng chí Lê Văn C",
    ]
    assert lines[start + 4] == "PHỤ LỤC 2"
    assert "TT | Nhiệm vụ | Chủ trì | Thời hạn thực hiện" in lines
    assert "1 | Xây dựng kế hoạch quản lý chất thải | Sở Xây dựng | Năm 2027" in lines
