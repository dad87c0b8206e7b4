"""Rules found by importing a plan the corpus does not hold through the web page, as a coordinator would (a
decision of a city issuing a data plan): an agency heading with a note on its part ("(cơ quan chủ trì)"), a
research-and-development institute's name, and a letterhead whose underline was typed as dashes."""

from __future__ import annotations

import re

from planparse import parse_plan
from planparse.tests.reading import items_by_ref
from planparse.text import cap

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


DECISION = (
    "ỦY BAN NHÂN DÂN TỈNH BÌNH AN\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc\n"
    "Số: 20/QĐ-UBND\nBình An, ngày 02 tháng 3 năm 2026\n"
    "QUYẾT ĐỊNH\nBAN HÀNH KẾ HOẠCH TRIỂN KHAI ĐỀ ÁN CƠ SỞ DỮ LIỆU QUY HOẠCH\n"
    "{authority}\n"
    "Căn cứ Luật Tổ chức chính quyền địa phương;\nQUYẾT ĐỊNH:\n"
    "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch triển khai Đề án cơ sở dữ liệu quy hoạch.\n"
    "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.\n"
    "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các Sở chịu trách nhiệm thi hành Quyết định này./.\n"
    "Nơi nhận: - Như Điều 3; - Lưu: VT.\nKT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn A\n"
    "KẾ HOẠCH\nTRIỂN KHAI ĐỀ ÁN CƠ SỞ DỮ LIỆU QUY HOẠCH\n"
    "(Kèm theo Quyết định số 20/QĐ-UBND ngày 02 tháng 3 năm 2026 của Ủy ban nhân dân tỉnh)\n"
    "I. NHIỆM VỤ\n1. Sở Tài chính chủ trì rà soát dữ liệu quy hoạch, hoàn thành trong tháng 6/2026.\n"
)


def test_the_office_that_decides_is_not_part_of_a_decisions_title() -> None:
    for authority in ("ỦY BAN NHÂN DÂN TỈNH BÌNH AN", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BÌNH AN"):
        document = parse_plan(DECISION.format(authority=authority)).to_dict()["document"]
        assert document["title"] == "Quyết định Ban hành Kế hoạch triển khai Đề án cơ sở dữ liệu quy hoạch"


def test_an_attached_plans_title_is_its_metadata_in_the_prose_casing_not_an_item() -> None:
    parsed = parse_plan(DECISION.format(authority="ỦY BAN NHÂN DÂN TỈNH BÌNH AN")).to_dict()
    assert parsed["document"]["attached_plan"]["title"] == "Kế hoạch triển khai Đề án cơ sở dữ liệu quy hoạch"
    assert [i["ref"] for i in parsed["items"]] == ["Điều 1", "Điều 2", "Điều 3", "I", "I.1"]


def test_a_capital_means_an_upper_case_letter() -> None:
    """The code points from "À" to "Ỹ" alternate upper and lower case: "[A-ZĐÀ-Ỹ]" also took "ủ", "đ", "ồ"."""
    capital = re.compile(cap(r"[A-ZĐÀ-Ỹ]"))
    assert all(capital.match(c) for c in "AĐÀỦỒỸÂ")
    assert not any(capital.match(c) for c in "ađàủồỹâ")


def test_a_name_closed_by_its_place_is_followed_by_its_predicate() -> None:
    items = items_by_ref(
        PLAN_HEAD + "I. NHIỆM VỤ\n"
        "1. Ủy ban nhân dân tỉnh Bình Định bàn giao mặt bằng cho các nhà đầu tư đúng tiến độ.\n"
        "2. Đối với các cụm công nghiệp phía Nam, giao UBND phường Văn Phú tìm kiếm nhà đầu tư có năng lực.\n"
        "3. UBND xã Bảo Lâm 2 rà soát hồ sơ của các hộ nhận khoán.\n"
    )
    assert items["I.1"].lead == ["Ủy ban nhân dân tỉnh Bình Định"]  # was "mặt bằng cho các nhà đầu tư …"
    assert items["I.2"].lead == ["UBND phường Văn Phú"]
    assert items["I.3"].lead == ["UBND xã Bảo Lâm 2"]


def test_a_cited_documents_issuer_ends_where_its_title_starts_in_capitals() -> None:
    text = DECISION.format(authority="ỦY BAN NHÂN DÂN TỈNH BÌNH AN").replace(
        "Căn cứ Luật Tổ chức chính quyền địa phương;",
        "Căn cứ Nghị quyết số 03/NQ-CP ngày 09/01/2025 của Chính phủ Ban hành Chương trình hành động của Chính phủ;",
    )
    cited = {d["number"]: d for d in parse_plan(text).to_dict()["document"]["based_on"]}
    assert cited["03/NQ-CP"]["issuer"] == "Chính phủ"


def test_a_basis_clause_holds_no_work_of_its_own() -> None:
    """Round 18 skips "Trên cơ sở …," before the body asked; a clause that goes on to the heading body's own work
    ("chủ trì tổng hợp … và phối hợp với các sở, Ủy ban nhân dân xã …") is no basis, and its last body no owner.
    (With "[A-ZĐÀ-Ỹ]" taking "đ" for a capital the basis had stopped early by luck.)"""
    items = items_by_ref(
        PLAN_HEAD + "I. TỔ CHỨC THỰC HIỆN\n"
        "1. Sở Tài chính\n"
        "a) Trên cơ sở đề xuất kinh phí của các sở, ban, ngành, địa phương, chủ trì tổng hợp, trình cấp có thẩm quyền"
        " và phối hợp với các sở, ban, ngành, Ủy ban nhân dân xã, phường bố trí kinh phí thực hiện.\n"
        "b) Trên cơ sở đề nghị của các sở, Sở Nội vụ tổng hợp nhu cầu đào tạo.\n"
    )
    assert items["I.1.a"].lead == ["Sở Tài chính"]
    assert items["I.1.b"].lead == ["Sở Nội vụ"]


def test_databases_are_no_group_of_bodies() -> None:
    """ "Các cơ sở dữ liệu chuyên ngành …" (databases) were listed as an unknown agency of a plan outside the corpus;
    "các cơ sở giáo dục" (schools) stay a group."""
    items = items_by_ref(
        PLAN_HEAD + "I. NHIỆM VỤ\n"
        "1. Các cơ sở dữ liệu chuyên ngành nông nghiệp được kết nối, chia sẻ với cơ sở dữ liệu quốc gia.\n"
        "2. Các cơ sở giáo dục tổ chức tuyên truyền về chuyển đổi số.\n"
    )
    assert "cơ sở dữ liệu" not in " ".join(items["I.1"].lead)
    assert items["I.2"].lead == ["Các cơ sở giáo dục"]
