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


CENTRAL = """Số: 41/CĐ-TTg
Hà Nội, ngày 02 tháng 3 năm 2026
CÔNG ĐIỆN
Về việc bảo đảm nguồn nước cho sản xuất vụ Đông Xuân
THỦ TƯỚNG CHÍNH PHỦ điện:
- Bộ trưởng các Bộ: Nông nghiệp và Môi trường, Công Thương;
- Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.
Thủ tướng Chính phủ yêu cầu:
1. Bộ Nông nghiệp và Môi trường chỉ đạo vận hành các hồ chứa, hoàn thành trước ngày 15/3/2026.
2. Như Thủ tướng Chính phủ đã chỉ đạo, Ủy ban nhân dân các tỉnh, thành phố rà soát các trạm bơm, báo cáo kết quả trước ngày 20/3/2026.
"""


@pytest.mark.parametrize(
    ("head", "issuer"),
    [
        ("THỦ TƯỚNG CHÍNH PHỦ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Thủ tướng Chính phủ"),
        # the two letterhead columns read as one line, under a signed PDF's stamp and page number
        (
            "Ký bởi: CÔNG BÁO NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nNgày ký: 2026-03-02 08:00:00 +07:00\n17\n"
            "THỦ TƯỚNG CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Thủ tướng Chính phủ",
        ),
        ("CHÍNH PHỦ -------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Chính phủ"),
    ],
)
def test_the_central_state_issues_too(head: str, issuer: str) -> None:
    """round 28 (lead): the Prime Minister's telegrams and the Government's resolutions said "chưa rõ" on the import
    page; their letterhead names an office of the central state."""
    document = parse_plan(f"{head}\nĐộc lập - Tự do - Hạnh phúc\n{CENTRAL}").to_dict()["document"]
    assert document["issuer"] == issuer
    assert document["type"] == "Công điện"
    assert document["title"] == "Công điện về việc bảo đảm nguồn nước cho sản xuất vụ Đông Xuân"


def test_a_longer_name_ending_in_the_issuers_is_not_the_issuer_reporting() -> None:
    """The Government's own report ("Chính phủ đã …") is a note; "Như Thủ tướng Chính phủ đã chỉ đạo, …" opening a
    task is not the Government reporting."""
    plan = parse_plan(f"CHÍNH PHỦ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n{CENTRAL}")
    tasks = [i for i in plan.to_dict()["items"] if i["kind"] == "task"]
    assert any(t["text"].startswith("Như Thủ tướng Chính phủ đã chỉ đạo") for t in tasks)


@pytest.mark.parametrize(
    ("head", "letterhead", "issuer"),
    [
        # a signed PDF's stamp and a page number printed over the letterhead are not part of it
        (
            "Ký bởi: Sở Công Thương\n3\nUBND TỈNH LÀO CAI\nSỞ CÔNG THƯƠNG",
            "UBND TỈNH LÀO CAI\nSỞ CÔNG THƯƠNG",
            "Sở Công Thương tỉnh Lào Cai",
        ),
        # the two columns read as one line, the underline typed after the name
        (
            "UBND TỈNH LÀO CAI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ CÔNG THƯƠNG -------",
            "UBND TỈNH LÀO CAI\nSỞ CÔNG THƯƠNG",
            "Sở Công Thương tỉnh Lào Cai",
        ),
        # a web copy's row: the letterhead is its first cell
        (
            "| SỞ CÔNG THƯƠNG ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |",
            "SỞ CÔNG THƯƠNG",
            "Sở Công Thương",
        ),
    ],
)
def test_the_letterhead_is_read_once_as_a_reader_sees_it(head: str, letterhead: str, issuer: str) -> None:
    """One reading of the letterhead serves the issuer and the import page, which checks the place it names."""
    document = parse_plan(f"{head}\n{BODY}").to_dict()["document"]
    assert document["letterhead"] == letterhead
    assert document["issuer"] == issuer


def test_the_letterhead_stops_at_the_number() -> None:
    """A letter's addressee and the address under it name someone else's place, not the issuer's."""
    text = (
        "SỞ CÔNG THƯƠNG\nSố: 15/SCT-QLCN\nV/v bổ sung hồ sơ\nKính gửi: Công ty X (tỉnh Nghệ An)\n"
        "Sở Công Thương đề nghị Công ty bổ sung hồ sơ trước ngày 30/5/2025.\n"
    )
    assert parse_plan(text).to_dict()["document"]["letterhead"] == "SỞ CÔNG THƯƠNG"
