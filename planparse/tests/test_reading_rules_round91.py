"""Round 91 (bench/metamorphic.py's `arabic` transform: "1." ↔ "1)"): a list numbered "1)", "2)" is read as a list
numbered "1.", "2." — the body opens at its first item, and a capital-lettered part over it is a part. Made-up
texts, each test failing without its rule."""

from __future__ import annotations

from planparse import parse_plan

_HEAD = [
    "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
    "Số: 31/TB-BNNMT",
    "Hà Nội, ngày 09 tháng 4 năm 2027",
    "THÔNG BÁO",
    "Kết luận cuộc họp về đề án phát triển vùng nguyên liệu gỗ rừng trồng",
    "Sau khi nghe báo cáo của các đơn vị, Thứ trưởng kết luận như sau:",
]


def _refs(lines: list[str]) -> list[str]:
    return [it.ref for it in parse_plan("\n".join(lines)).items]


def test_the_body_opens_at_the_first_item_numbered_with_a_bracket() -> None:
    """A stray "3 - …" (a wrapped "khoản 3 - Điều 12", in the shape of "3.") below items "1)", "2)" does not open
    the body: the body opens at "1)", as it would at "1."."""
    body = [
        "1) Cục Lâm nghiệp chủ trì rà soát quy hoạch vùng nguyên liệu gỗ rừng trồng, báo cáo trước ngày 30/6/2027.",
        "2) Vụ Pháp chế nghiên cứu quy định tại khoản",
        "3 - Điều 12 Luật Lâm nghiệp, đề xuất sửa đổi trong quý III/2027.",
        "3) Văn phòng Bộ theo dõi, đôn đốc thực hiện./.",
    ]
    refs = _refs(_HEAD + body)
    assert "1" in refs and "2" in refs
    dotted = _refs(_HEAD + [ln.replace(") ", ". ", 1) if ln[1] == ")" else ln for ln in body])
    assert "1" in dotted and "2" in dotted  # the same list numbered "1.", "2." (read so before this round)


def test_a_capital_letter_over_items_numbered_with_a_bracket_is_a_part() -> None:
    """ "A. MỤC ĐÍCH, YÊU CẦU" over "1)", "2)" and "B. NHIỆM VỤ" over "I." are the plan's lettered parts, as they
    are over "1.", "2."."""
    text = [
        *_HEAD[:4],
        "KẾ HOẠCH",
        "Phát triển vùng nguyên liệu gỗ rừng trồng giai đoạn 2027-2030",
        "A. MỤC ĐÍCH, YÊU CẦU",
        "1) Mục đích",
        "Nâng cao giá trị gỗ rừng trồng.",
        "2) Yêu cầu",
        "Bảo đảm đúng tiến độ.",
        "B. NHIỆM VỤ, GIẢI PHÁP",
        "I. QUY HOẠCH VÙNG NGUYÊN LIỆU",
        "1) Cục Lâm nghiệp chủ trì rà soát quy hoạch, hoàn thành trong năm 2027.",
        "C. TỔ CHỨC THỰC HIỆN",
        "I. PHÂN CÔNG",
        "1) Văn phòng Bộ theo dõi, đôn đốc thực hiện.",
    ]
    refs = _refs(text)
    assert "A" in refs and "B" in refs and "B.I" in refs and "B.I.1" in refs and "C.I.1" in refs
