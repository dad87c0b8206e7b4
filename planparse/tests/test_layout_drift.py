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
    _at((52, "Cơ quan"), (68, "Người phụ trách"), (92, "Thời hạn"))
    + _at((0, "TT"), (16, "Nhiệm vụ cụ thể"))
    + _at((52, "chủ trì"), (71, "chỉ đạo"), (91, "thực hiện"))
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
    + _at((62, "Đồng chí Trần Văn A -"))
    + _at((5, "Xây dựng Kế hoạch quản lý chất lượng nước giai"), (52, "Sở Nông nghiệp"))
    + _at((1, "2"), (63, "Tỉnh ủy viên, Phó Chủ"), (85, "2029 - 2030"))
    + _at((5, "đoạn 2031 - 2040, tầm nhìn đến năm 2050"), (53, "và Môi trường"))
    + _at((66, "tịch UBND tỉnh"))
    + "\n"
    + _at((5, "Kiểm tra việc thu gom, xử lý chất thải rắn tại"), (66, "Đồng chí Lê Thị B -"))
    + _at(
        (1, "3"),
        (5, "các xã, phường"),
        (52, "Công an tỉnh"),
        (65, "Phó Chủ tịch UBND tỉnh"),
        (93, "Hằng năm"),
    )
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


def test_lost_form_feeds_are_found_at_the_page_numbers() -> None:
    lines = read_text((HEAD + TABLE).encode(), "txt").split("\n")
    assert "2" not in lines and "3" not in lines and "4" not in lines
    # a paragraph wrapped across a page's number is one paragraph
    assert sum(1 for ln in lines if ln.startswith("4. Các sở, ban, ngành")) == 2
    assert "PHỤ LỤC" in lines
