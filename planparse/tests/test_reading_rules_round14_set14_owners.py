"""Owner rules of round 14 from the fourteenth set (synthetic texts in its styles): an owner-less task section whose
owners a later section of agency headings gives, by restating duties or by pointing at the whole part ("các nhiệm
vụ và giải pháp tại Phần III"); a heading of two groups of bodies parted by ";"."""

from __future__ import annotations

from planparse.tests.reading import items_by_ref

PLAN_HEAD = "ỦY BAN NHÂN DÂN TỈNH B\nSố: 41/KH-UBND\nKẾ HOẠCH\nBảo vệ tài nguyên nước đến năm 2030\n"

CONTENT = (
    "I. NHIỆM VỤ VÀ GIẢI PHÁP\n"
    "1. Tuyên truyền\n"
    "- Tổ chức tuyên truyền sâu rộng về bảo vệ nguồn nước trên các phương tiện thông tin đại chúng.\n"
    "- Đưa nội dung tiết kiệm nước vào hoạt động ngoại khóa của học sinh các cấp học.\n"
    "2. Quản lý khai thác\n"
    "- Rà soát, cấp phép khai thác nước dưới đất đối với các giếng khoan công nghiệp.\n"
    "- Lắp đặt thiết bị quan trắc tự động tại các công trình khai thác nước mặt quy mô lớn.\n"
)
AGENCIES = (
    "II. NHIỆM VỤ CỤ THỂ\n"
    "1. Sở Nông nghiệp và Môi trường\n"
    "- Chủ trì rà soát, cấp phép khai thác nước dưới đất đối với các giếng khoan công nghiệp.\n"
    "- Theo dõi, tổng hợp tình hình bảo vệ nguồn nước của tỉnh.\n"
    "2. Sở Giáo dục và Đào tạo\n"
    "Đưa nội dung tiết kiệm nước vào hoạt động ngoại khóa của học sinh các cấp học.\n"
    "3. Công an tỉnh\n"
    "Phát hiện, xử lý các hành vi xả thải trái phép vào nguồn nước.\n"
)
CLOSING = (
    "III. TỔ CHỨC THỰC HIỆN\n"
    "1. Các đơn vị, địa phương tăng cường kiểm tra, đôn đốc triển khai, thực hiện Kế hoạch này.\n"
    "2. Giao Sở Nông nghiệp và Môi trường chủ trì, theo dõi việc thực hiện Kế hoạch này.\n"
)


def test_a_heading_of_two_groups_of_bodies_parted_by_a_semicolon_takes_its_paragraph() -> None:
    items = items_by_ref(
        PLAN_HEAD + AGENCIES + "4. Các sở, ngành có liên quan; Ủy ban nhân dân các xã, phường\n"
        "Căn cứ chức năng, nhiệm vụ được giao, tuyên truyền cho Nhân dân về tiết kiệm nước sinh hoạt.\n"
        + CLOSING
    )
    item = items["II.4"]
    assert item.kind == "task" and item.text.startswith("Căn cứ chức năng")
    assert item.lead == ["Các sở, ngành có liên quan", "Ủy ban nhân dân các xã, phường"]


def test_a_pointer_at_the_tasks_and_solutions_of_a_whole_part_gives_their_owner() -> None:
    items = items_by_ref(
        PLAN_HEAD + CONTENT + AGENCIES + "4. Các sở, ngành có liên quan; Ủy ban nhân dân các xã, phường\n"
        "Căn cứ chức năng, nhiệm vụ, triển khai thực hiện các nhiệm vụ và giải pháp tại Phần I Kế hoạch này; "
        "tuyên truyền cho Nhân dân về tiết kiệm nước sinh hoạt.\n" + CLOSING
    )
    # the follow-up line of III ("Các đơn vị, địa phương … đôn đốc …") gives no one the pointed tasks
    for ref in ("I.1-1", "I.2-2"):
        assert items[ref].lead == ["Các sở, ngành có liên quan", "Ủy ban nhân dân các xã, phường"], ref
        assert items[ref].lead_source == "section_III"


def test_a_duty_that_restates_a_task_outranks_a_pointer_at_the_whole_part() -> None:
    items = items_by_ref(
        PLAN_HEAD + CONTENT + AGENCIES + "4. Các sở, ngành có liên quan; Ủy ban nhân dân các xã, phường\n"
        "Căn cứ chức năng, nhiệm vụ, triển khai thực hiện các nhiệm vụ và giải pháp tại Phần I Kế hoạch này.\n"
        + CLOSING
    )
    assert items["I.2-1"].lead == ["Sở Nông nghiệp và Môi trường"]
    assert items["I.1-2"].lead == ["Sở Giáo dục và Đào tạo"]
    assert items["I.2-1"].lead_source == items["I.1-2"].lead_source == "section_III"
    # the agency headings' own duties stay tasks of their agencies
    assert items["II.1-1"].kind == "task" and items["II.1-1"].lead == ["Sở Nông nghiệp và Môi trường"]
    assert items["II.3"].kind == "task" and items["II.3"].lead == ["Công an tỉnh"]


def test_agency_headings_after_an_ownerless_section_give_its_owners_without_a_pointer() -> None:
    items = items_by_ref(PLAN_HEAD + CONTENT + AGENCIES + CLOSING)
    assert items["I.2-1"].lead == ["Sở Nông nghiệp và Môi trường"]
    assert items["I.1-2"].lead == ["Sở Giáo dục và Đào tạo"]


DISPATCH_HEAD = (
    "THỦ TƯỚNG CHÍNH PHỦ\nSố: 19/CĐ-TTg\nHà Nội, ngày 3 tháng 3 năm 2026\nCÔNG ĐIỆN\n"
    "Về việc ứng phó với hạn hán, xâm nhập mặn\n"
    "Để chủ động ứng phó với hạn hán, xâm nhập mặn trong mùa khô, Thủ tướng Chính phủ yêu cầu:\n"
)


def test_two_office_holders_of_each_province_listed_are_named_per_province() -> None:
    items = items_by_ref(
        DISPATCH_HEAD
        + "1. Bí thư tỉnh ủy và Chủ tịch Ủy ban nhân dân các tỉnh: Bến Tre, Trà Vinh và Sóc Trăng "
        "chỉ đạo tích trữ nước ngọt, bảo đảm nước sinh hoạt cho Nhân dân.\n"
        "2. Bộ trưởng Bộ Nông nghiệp và Môi trường theo dõi chặt chẽ diễn biến xâm nhập mặn.\n"
        "Nơi nhận:\n"
    )
    assert sorted(items["1"].lead) == sorted(
        f"{holder} {place}"
        for holder in ("Bí thư tỉnh ủy", "Chủ tịch Ủy ban nhân dân tỉnh")
        for place in ("Bến Tre", "Trà Vinh", "Sóc Trăng")
    )


def test_a_list_of_communes_joins_its_last_two_with_và() -> None:
    items = items_by_ref(
        DISPATCH_HEAD + "1. Ủy ban nhân dân các xã: An Thạnh, Long Hòa và Tân Xuân rà soát các hộ thiếu nước "
        "sinh hoạt.\n"
        "2. Các Sở: Tài chính, Khoa học và Công nghệ bố trí kinh phí cho các mô hình trữ nước.\n"
        "Nơi nhận:\n"
    )
    assert items["1"].lead == [
        "Ủy ban nhân dân xã An Thạnh",
        "Ủy ban nhân dân xã Long Hòa",
        "Ủy ban nhân dân xã Tân Xuân",
    ]
    # a body's name may hold "và": only names of places are parted at it
    assert items["2"].lead == ["Sở Tài chính", "Sở Khoa học và Công nghệ"]


def test_heads_of_bodies_by_their_titles_and_a_body_named_by_its_function_own_their_items() -> None:
    items = items_by_ref(
        DISPATCH_HEAD + "1. Thống đốc Ngân hàng Nhà nước Việt Nam chỉ đạo các tổ chức tín dụng giãn nợ cho "
        "nông dân bị thiệt hại.\n"
        "2. Cơ quan thanh tra khẩn trương kết luận các vụ việc khai thác nước ngầm trái phép.\n"
        "3. Chánh án Tòa án nhân dân tối cao chỉ đạo đưa ra xét xử nghiêm các vụ án về tài nguyên nước.\n"
        "Nơi nhận:\n"
    )
    assert items["1"].lead == ["Thống đốc Ngân hàng Nhà nước Việt Nam"]
    assert items["2"].lead == ["Cơ quan thanh tra"]
    assert items["3"].lead == ["Chánh án Tòa án nhân dân tối cao"]


def test_the_bodies_an_office_holder_directs_are_not_owners_beside_it() -> None:
    items = items_by_ref(
        DISPATCH_HEAD
        + "1. Bộ trưởng Bộ Quốc phòng chỉ đạo lực lượng bộ đội biên phòng, lực lượng dân quân tại "
        "chỗ, các đơn vị đóng quân trên địa bàn triển khai phương tiện chở nước ngọt cho Nhân dân.\n"
        "2. Bộ trưởng Bộ Y tế chỉ đạo kiểm tra chất lượng nước sinh hoạt; các cơ sở y tế tuyến xã bố trí "
        "thuốc, hóa chất khử khuẩn.\n"
        "Nơi nhận:\n"
    )
    assert items["1"].lead == ["Bộ trưởng Bộ Quốc phòng"]
    # after ";" a clause of its own: the body that opens it owns its part
    assert items["2"].lead == ["Bộ trưởng Bộ Y tế", "các cơ sở y tế tuyến xã"]
