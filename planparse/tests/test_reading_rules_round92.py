"""Round 92 (bench/metamorphic.py's table transforms: `columns`, `twohead`): a task table is read by its headers
wherever its columns stand and however its header is laid out. Made-up texts, each test failing without its rule."""

from __future__ import annotations

from planparse import parse_plan

_HEAD = [
    "ỦY BAN NHÂN DÂN TỈNH AN LẠC",
    "Số: 42/KH-UBND",
    "An Lạc, ngày 10 tháng 3 năm 2027",
    "KẾ HOẠCH",
    "Phát triển kinh tế số tỉnh An Lạc năm 2027",
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
