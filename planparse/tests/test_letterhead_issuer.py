"""Who issues a document, as its letterhead says (Nghị định 30/2020: the governing authority above, the body that
issues the document under it), cased as the document writes the name."""

from __future__ import annotations

import pytest

from planparse import parse_plan

BODY = """Số: 12/KH-SGDĐT
KẾ HOẠCH
Kiểm tra cơ sở vật chất năm 2026
Thực hiện chỉ đạo của Văn phòng Chính phủ và của Ban Tuyên giáo và Dân vận, Đảng ủy Ủy ban nhân dân tỉnh và Cục Hạ tầng:
1. Phòng Kế hoạch - Tài chính chủ trì rà soát thiết bị dạy học, hoàn thành trước ngày 30/5/2026.
"""


@pytest.mark.parametrize(
    ("letterhead", "issuer"),
    [
        ("UBND TỈNH ĐỒNG THÁP SỞ GIÁO DỤC VÀ ĐÀO TẠO", "Sở Giáo dục và Đào tạo tỉnh Đồng Tháp"),
        (
            "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI\nSỞ GIÁO DỤC VÀ ĐÀO TẠO",
            "Sở Giáo dục và Đào tạo thành phố Hà Nội",
        ),
        ("ĐẢNG BỘ TỈNH LÀO CAI\nĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH", "Đảng ủy Ủy ban nhân dân tỉnh Lào Cai"),
        ("BAN CHẤP HÀNH TRUNG ƯƠNG\nBAN TUYÊN GIÁO VÀ DÂN VẬN", "Ban Tuyên giáo và Dân vận Trung ương"),
        ("BỘ XÂY DỰNG\nCỤC HẠ TẦNG", "Cục Hạ tầng"),
        ("VĂN PHÒNG CHÍNH PHỦ", "Văn phòng Chính phủ"),
        ("ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG", "Ủy ban nhân dân tỉnh Lâm Đồng"),
        ("UBND XÃ AN THẠNH", "UBND xã An Thạnh"),
    ],
)
def test_the_issuer_is_the_body_under_its_authority(letterhead: str, issuer: str) -> None:
    text = f"{letterhead}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n{BODY}"
    assert parse_plan(text).to_dict()["document"]["issuer"] == issuer


def test_a_sentence_case_title_wrapped_onto_a_second_line_is_whole() -> None:
    text = (
        "UBND TỈNH ĐỒNG THÁP SỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 36/KH-SGDĐT\nKẾ HOẠCH\n"
        "Đón tiếp Đoàn kiểm tra về việc khảo sát phòng học bộ môn,\n"
        "thiết bị dạy học tại các cơ sở giáo dục trên địa bàn tỉnh\n"
        "Thực hiện Kế hoạch số 199/KH-BGDĐT, Sở ban hành Kế hoạch như sau:\n"
        "1. Phòng Giáo dục Phổ thông chủ trì chuẩn bị nội dung làm việc.\n"
    )
    assert parse_plan(text).to_dict()["document"]["title"] == (
        "Kế hoạch đón tiếp Đoàn kiểm tra về việc khảo sát phòng học bộ môn, thiết bị dạy học tại các cơ sở giáo dục "
        "trên địa bàn tỉnh"
    )
