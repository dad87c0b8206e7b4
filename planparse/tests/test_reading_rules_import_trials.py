"""Rules found by importing a plan the corpus does not hold through the web page, as a coordinator would (a
decision of a city issuing a data plan): an agency heading with a note on its part ("(cơ quan chủ trì)"), a
research-and-development institute's name, and a letterhead whose underline was typed as dashes."""

from __future__ import annotations

from planparse import parse_plan
from planparse.tests.reading import items_by_ref

PLAN_HEAD = "ỦY BAN NHÂN DÂN TỈNH B\nSố: 12/KH-UBND\nKẾ HOẠCH\nXây dựng cơ sở dữ liệu quy hoạch\n"


def test_an_agency_heading_with_a_note_on_its_part_owns_its_items() -> None:
    items = items_by_ref(
        PLAN_HEAD + "I. TỔ CHỨC THỰC HIỆN\n"
        "1. Sở Tài chính (cơ quan chủ trì)\n"
        "- Chủ trì xây dựng, tổ chức thực hiện, theo dõi, đôn đốc thực hiện Kế hoạch.\n"
        "- Phối hợp với Sở Xây dựng hướng dẫn các đơn vị cập nhật dữ liệu.\n"
        "2. Văn phòng Ủy ban nhân dân tỉnh (đơn vị đầu mối)\n"
        "- Theo dõi, tổng hợp kết quả thực hiện.\n"
        "3. Sở Nội vụ (phối hợp)\n"
        "- Tổ chức tập huấn cho cán bộ, công chức.\n"
    )
    assert items["I.1-1"].lead == ["Sở Tài chính"] and items["I.1-2"].lead == ["Sở Tài chính"]
    assert items["I.2-1"].lead == ["Văn phòng Ủy ban nhân dân tỉnh"]
    # a "(phối hợp)" note is kept: it says the body only helps, so the heading is not taken as the owner's name
    assert items["I.3-1"].lead != ["Sở Nội vụ"]


def test_research_and_development_is_part_of_an_institute_name() -> None:
    items = items_by_ref(
        PLAN_HEAD + "I. TỔ CHỨC THỰC HIỆN\n"
        "1. Các sở, ngành liên quan, Viện Nghiên cứu phát triển tỉnh\n"
        "- Cung cấp, kết nối, chia sẻ dữ liệu chuyên ngành thuộc phạm vi quản lý.\n"
    )
    assert items["I.1-1"].lead == ["Các sở, ngành liên quan", "Viện Nghiên cứu phát triển tỉnh"]


def test_the_letterhead_underline_typed_as_dashes_is_not_part_of_the_issuer() -> None:
    text = (
        "ỦY BAN NHÂN DÂN TỈNH BÌNH AN --------\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------\n"
        "Số: 12/KH-UBND\nBình An, ngày 02 tháng 3 năm 2026\nKẾ HOẠCH\nXây dựng cơ sở dữ liệu quy hoạch\n"
        "I. NHIỆM VỤ\n1. Sở Tài chính chủ trì rà soát dữ liệu quy hoạch.\n"
    )
    assert parse_plan(text).to_dict()["document"]["issuer"] == "Ủy ban nhân dân tỉnh Bình An"
