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
