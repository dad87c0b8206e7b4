"""Round 25 (owners from the assignment section): how an owner-less task of the body finds the responsibility of the
assignment section that carries it out (synthetic texts)."""

from __future__ import annotations

from planparse.tests.reading import items_by_ref

PLAN_HEAD = (
    "ỦY BAN NHÂN DÂN TỈNH K\nSố: 77/KH-UBND\nKẾ HOẠCH\nPhát triển xã hội số trên địa bàn tỉnh năm 2026\n"
)

ASSIGNMENTS = (
    "III. TỔ CHỨC THỰC HIỆN\n"
    "1. Sở Khoa học và Công nghệ\n"
    "a) Xây dựng, vận hành kho dữ liệu dùng chung, cổng dữ liệu mở của tỉnh.\n"
    "b) Hướng dẫn các cơ quan kết nối, chia sẻ dữ liệu với hệ thống của tỉnh.\n"
    "2. Công an tỉnh\n"
    "Chủ trì bảo đảm an ninh mạng, an toàn thông tin mạng trên địa bàn tỉnh.\n"
    "3. Sở Giáo dục và Đào tạo\n"
    "Đưa kỹ năng số vào chương trình ngoại khóa của học sinh.\n"
)


def _plan(heading: str) -> str:
    return (
        PLAN_HEAD + "II. NHIỆM VỤ, GIẢI PHÁP\n"
        f"1. {heading}\n"
        "a) Phổ cập công cụ duyệt web, chặn cuộc gọi rác cho người dân và doanh nghiệp.\n"
        "2. Dữ liệu số\n"
        "a) Xây dựng kho dữ liệu dùng chung, cổng dữ liệu mở của tỉnh.\n" + ASSIGNMENTS
    )


def test_a_task_that_alone_matches_no_duty_is_matched_with_its_heading() -> None:
    """The task's own words name no field a duty names; its heading does ("an toàn thông tin mạng")."""
    items = items_by_ref(_plan("An toàn thông tin mạng và an ninh mạng"))
    assert items["II.1.a"].lead == ["Công an tỉnh"]
    assert items["II.1.a"].lead_source == "section_III"
    assert items["II.2.a"].lead == ["Sở Khoa học và Công nghệ"]


def test_a_heading_on_leading_and_directing_names_no_field() -> None:
    """ "Lãnh đạo, chỉ đạo thực hiện" shares words with any duty that directs others: it gives no owner."""
    text = _plan("Lãnh đạo, chỉ đạo thực hiện").replace(
        "Chủ trì bảo đảm an ninh mạng, an toàn thông tin mạng trên địa bàn tỉnh.",
        "Tăng cường lãnh đạo, chỉ đạo lực lượng trên địa bàn.",
    )
    items = items_by_ref(text)
    assert items["II.1.a"].lead_source != "section_III"


DRUG_PLAN = (
    "ỦY BAN NHÂN DÂN TỈNH K\nSố: 78/KH-UBND\nKẾ HOẠCH\nPhòng, chống ma túy năm 2026\n"
    "II. NHIỆM VỤ, GIẢI PHÁP\n"
    "1. Kiểm soát địa bàn\n"
    "a) Kiểm tra cơ sở kinh doanh dịch vụ karaoke, vũ trường, quán bar có điều kiện về an ninh trật tự, phát hiện "
    "người sử dụng chất cấm để điều trị.\n"
    "b) Kiểm tra cơ sở kinh doanh dịch vụ karaoke, vũ trường, quán bar, cấp giấy chứng nhận đủ điều kiện về an ninh "
    "trật tự.\n"
    "c) Quản lý tiền chất công nghiệp tại doanh nghiệp hóa chất.\n"
    "III. TỔ CHỨC THỰC HIỆN\n"
    "1. Công an tỉnh\n"
    "Kiểm tra, cấp giấy chứng nhận đủ điều kiện về an ninh trật tự cho cơ sở kinh doanh dịch vụ karaoke, vũ trường, "
    "quán bar.\n"
    "2. Sở Y tế\n"
    "Phát hiện, điều trị người sử dụng chất cấm tại cơ sở y tế.\n"
    "3. Sở Công Thương\n"
    "Quản lý tiền chất công nghiệp tại doanh nghiệp hóa chất; kiểm tra cơ sở kinh doanh.\n"
)


def test_a_linked_task_still_hears_its_own_nearest_duty() -> None:
    """a) is linked only to the health duty (whose best match it is); its own nearest duty, the police's (whose best
    match is b), is too close to the health one to link alone, yet it is nearer: the police lead."""
    items = items_by_ref(DRUG_PLAN)
    assert items["II.1.a"].lead == ["Công an tỉnh"]
    assert items["II.1.a"].lead_source == "section_III"
    assert items["II.1.b"].lead == ["Công an tỉnh"]
    assert items["II.1.c"].lead == ["Sở Công Thương"]
