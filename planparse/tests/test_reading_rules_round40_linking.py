"""Round 40 (set 34, released): owners handed items by their numbers in a later item, and the plan's coordinator
named by the heading over a lead-in with no subject (synthetic texts)."""

from __future__ import annotations

from planparse.tests.reading import items_by_ref

DIRECTIVE = (
    "ỦY BAN NHÂN DÂN TỈNH AN PHÚ\nSố: 07/2027/CT-UBND\nAn Phú, ngày 10 tháng 3 năm 2027\nCHỈ THỊ\n"
    "Về việc tăng cường công tác chuyển đổi số cấp cơ sở\n"
    "Để đẩy mạnh chuyển đổi số, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu thực hiện tốt các nội dung sau:\n"
    "1. Nâng cao nhận thức về chuyển đổi số:\n"
    "a) Tổ chức quán triệt các chủ trương về chuyển đổi số đến cán bộ, công chức trong đơn vị.\n"
    "b) Các sở, ngành xây dựng chuyên mục tuyên truyền về chuyển đổi số trên trang thông tin điện tử.\n"
    "2. Rà soát hạ tầng mạng tại bộ phận một cửa và đề xuất nâng cấp thiết bị.\n"
    "3. Bồi dưỡng kỹ năng số cho đội ngũ công chức cấp xã.\n"
    "4. Tổ chức thực hiện:\n"
    "a) Các sở, ngành căn cứ vào các nội dung nhiệm vụ tại khoản 1, 2, phối hợp với Sở Khoa học và Công nghệ "
    "triển khai thực hiện.\n"
    "b) Ủy ban nhân dân các huyện căn cứ vào các nội dung nhiệm vụ tại khoản 1, 3, chỉ đạo tổ chức triển khai "
    "thực hiện trên địa bàn.\n"
    "c) Sở Khoa học và Công nghệ theo dõi, đôn đốc và tổng hợp kết quả thực hiện Chỉ thị này.\n"
)


def test_items_handed_out_by_their_numbers_take_the_bodies_that_are_handed_them() -> None:
    """ "Các sở, ngành căn cứ vào các nội dung nhiệm vụ tại khoản 1, 2, …" in the item that hands out the work: the
    items numbered so (written without their part, the directive's own numbers) are that body's; an item handed to
    two bodies is theirs together; an item with its own subject keeps it (before: "căn cứ vào … tại" was no pointer,
    and a number without its roman part pointed nowhere)."""
    items = items_by_ref(DIRECTIVE)
    assert items["1.a"].lead == ["Các sở, ngành", "Ủy ban nhân dân các huyện"]
    assert items["1.b"].lead == ["Các sở, ngành"]
    assert items["2"].lead == ["Các sở, ngành"]
    assert items["3"].lead == ["Ủy ban nhân dân các huyện"]


def test_a_number_pointing_into_another_document_hands_nothing() -> None:
    """ "thực hiện các nhiệm vụ tại khoản 2 Điều 5 Nghị định …": the number is a part of the cited decree, not
    item 2 of the directive."""
    items = items_by_ref(
        DIRECTIVE.replace(
            "căn cứ vào các nội dung nhiệm vụ tại khoản 1, 2, phối hợp",
            "thực hiện các nhiệm vụ tại khoản 2 Điều 5 Nghị định số 45/2026/NĐ-CP, phối hợp",
        )
    )
    assert items["2"].lead != ["Các sở, ngành"]


DEPARTMENT_PLAN = (
    "SỞ Y TẾ TỈNH BẮC HÀ\nSố: 15/KH-SYT\nBắc Hà, ngày 02 tháng 11 năm 2027\nKẾ HOẠCH\n"
    "Triển khai phần mềm quản lý hồ sơ sức khỏe điện tử\n"
    "I. MỤC ĐÍCH, YÊU CẦU\n"
    "- Nâng cao chất lượng quản lý hồ sơ sức khỏe.\n"
    "II. NỘI DUNG TRIỂN KHAI\n"
    "1. Chuẩn hóa danh mục dữ liệu dân cư trên địa bàn.\n"
    "2. Kiểm định chất lượng đường truyền tới các trạm y tế vùng sâu.\n"
    "III. TỔ CHỨC THỰC HIỆN\n"
    "1. Phòng Nghiệp vụ Y\n"
    "Chủ trì phối hợp với các đơn vị liên quan triển khai thực hiện kế hoạch, cụ thể:\n"
    "- Soạn thảo giấy mời các buổi làm việc với bệnh viện tuyến huyện.\n"
    "2. Văn phòng Sở\n"
    "- Bố trí xe đưa đón đoàn công tác.\n"
)


def test_a_subjectless_lead_in_that_leads_the_plan_speaks_for_its_heading() -> None:
    """ "1. Phòng X" over "Chủ trì phối hợp với các đơn vị liên quan triển khai thực hiện kế hoạch, cụ thể:": the lead-in
    has no subject of its own; the agency of its heading is the plan's coordinator, suggested for the work no duty
    gives anyone (before: no coordinator was found, and the work was left with no owner)."""
    items = items_by_ref(DEPARTMENT_PLAN)
    assert items["II.1"].lead == ["Phòng Nghiệp vụ Y"]
    assert items["II.2"].lead == ["Phòng Nghiệp vụ Y"]


ASSIGNED_BY_PART = (
    "ỦY BAN NHÂN DÂN TỈNH AN PHÚ\nSố: 12/KH-UBND\nAn Phú, ngày 10 tháng 3 năm 2027\nKẾ HOẠCH\n"
    "Phát triển du lịch nông thôn\n"
    "I. MỤC TIÊU\n- Tăng lượng khách.\n"
    "II. NHIỆM VỤ\n"
    "1. Khảo sát các điểm du lịch cộng đồng.\n"
    "2. Xây dựng bộ nhận diện thương hiệu du lịch của tỉnh.\n"
    "3. Đào tạo kỹ năng phục vụ cho hộ kinh doanh homestay.\n"
    "III. TỔ CHỨC THỰC HIỆN\n"
    "1. Sở Văn hóa, Thể thao và Du lịch chủ trì thực hiện khoản 1, 3 mục II; tổng hợp kết quả báo cáo Ủy ban nhân dân "
    "tỉnh.\n"
    "2. Sở Công Thương chủ trì thực hiện khoản 2 mục II.\n"
)


def test_a_part_named_right_after_the_verb_is_handed_out() -> None:
    """ "Sở X chủ trì thực hiện khoản 1, 3 mục II" names the parts right after its verb, with no "các nhiệm vụ tại":
    the items so numbered are Sở X's (before: the pointer wanted "nhiệm vụ … tại" and the items were left to word
    overlap)."""
    items = items_by_ref(ASSIGNED_BY_PART)
    assert items["II.1"].lead == ["Sở Văn hóa, Thể thao và Du lịch"]
    assert items["II.2"].lead == ["Sở Công Thương"]
    assert items["II.3"].lead == ["Sở Văn hóa, Thể thao và Du lịch"]


def test_points_named_by_their_letters_alone_are_the_pointers_siblings() -> None:
    """ "c) Giao Sở X thực hiện nhiệm vụ tại điểm a, b" under "2.": the points so lettered beside the pointer's own
    (2.a, 2.b) are Sở X's (before: a letter without its number pointed nowhere)."""
    items = items_by_ref(
        "ỦY BAN NHÂN DÂN TỈNH AN PHÚ\nSố: 14/KH-UBND\nAn Phú, ngày 12 tháng 3 năm 2027\nKẾ HOẠCH\n"
        "Bảo vệ nguồn nước sinh hoạt\n"
        "1. Rà soát các công trình cấp nước nông thôn.\n"
        "2. Bảo vệ hành lang nguồn nước:\n"
        "a) Cắm mốc hành lang bảo vệ các hồ chứa nước sinh hoạt.\n"
        "b) Lập danh mục nguồn nước phải lập hành lang bảo vệ.\n"
        "c) Giao Sở Nông nghiệp và Môi trường thực hiện nhiệm vụ tại điểm a, b; báo cáo kết quả trước ngày 30/6/2027.\n"
        "3. Tuyên truyền nâng cao ý thức sử dụng nước tiết kiệm.\n"
    )
    assert items["2.a"].lead == ["Sở Nông nghiệp và Môi trường"]
    assert items["2.b"].lead == ["Sở Nông nghiệp và Môi trường"]
