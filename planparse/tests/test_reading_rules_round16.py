"""Reading rules of round 16, from the sixteenth set (synthetic texts in its styles): a Prime Minister's dispatch
whose items name office-holders and broadcasters, and a Government Office conclusion notice whose items name
provinces and cities as the bodies that act."""

from __future__ import annotations

from planparse.tests.reading import notice_items

DISPATCH_HEAD = (
    "THỦ TƯỚNG CHÍNH PHỦ\nSố: 31/CĐ-TTg\nCÔNG ĐIỆN\nVề việc tổ chức lễ khởi công các công trình\n"
    "Kính gửi: Các Bộ trưởng; Chủ tịch Ủy ban nhân dân các tỉnh, thành phố.\n"
    "Để tổ chức thành công lễ khởi công, Thủ tướng Chính phủ yêu cầu:\n"
)
NOTICE_HEAD = (
    "VĂN PHÒNG CHÍNH PHỦ\nSố: 45/TB-VPCP\nTHÔNG BÁO\n"
    "KẾT LUẬN CỦA THỦ TƯỚNG CHÍNH PHỦ TẠI PHIÊN HỌP BAN CHỈ ĐẠO CÁC CÔNG TRÌNH ĐƯỜNG SẮT\n"
    "I. ĐÁNH GIÁ CHUNG\nCác dự án cơ bản bảo đảm tiến độ.\nII. NHIỆM VỤ THỜI GIAN TỚI\n"
)
CLOSE = "Văn phòng Chính phủ trân trọng thông báo./.\n"


def test_a_broadcaster_written_with_its_trade_in_lower_case_is_a_body() -> None:
    items = notice_items(
        DISPATCH_HEAD,
        "1. Đài truyền hình Việt Nam chủ trì, phối hợp với các địa phương xây dựng kịch bản truyền hình trực tiếp.\n"
        "2. Đài phát thanh và truyền hình các tỉnh đưa tin về buổi lễ.\n",
    )
    assert items["1"].lead == ["Đài truyền hình Việt Nam"]
    assert items["2"].lead == ["Đài phát thanh và truyền hình các tỉnh"]


def test_two_office_holders_of_the_same_firms_are_two_owners_and_their_firms_one_group() -> None:
    items = notice_items(
        DISPATCH_HEAD,
        "1. Chủ tịch Hội đồng thành viên, Tổng giám đốc các Tập đoàn, Tổng công ty nhà nước chỉ đạo các đơn vị "
        "chuẩn bị mặt bằng tổ chức lễ.\n",
    )
    assert items["1"].lead == [
        "Chủ tịch Hội đồng thành viên",
        "Tổng giám đốc các Tập đoàn, Tổng công ty nhà nước",
    ]


def test_provinces_and_cities_named_as_the_bodies_that_act() -> None:
    items = notice_items(
        NOTICE_HEAD,
        "1. Các tỉnh Hà Giang, Lào Cai, Yên Bái khẩn trương bàn giao mặt bằng cho dự án.\n"
        "2. Thành phố Hải Phòng và các tỉnh Quảng Ninh, Thái Bình đẩy nhanh thủ tục đầu tư.\n"
        "3. Thành phố Cần Thơ, tỉnh Vĩnh Long hoàn thành giải phóng mặt bằng.\n"
        # a comma left out: a ministry is one national body, not one per province listed after it
        "4. Bộ Công Thương, Bộ Công an các tỉnh Hà Tĩnh, Quảng Bình đôn đốc các nhà thầu.\n"
        # two kinds of place over one list: which is a province and which a city is not said
        "5. Ủy ban nhân dân các tỉnh, thành phố: Huế, Quảng Trị, Đà Nẵng quyết liệt chỉ đạo các chủ đầu tư.\n"
        + CLOSE,
    )
    assert items["II.1"].lead == ["tỉnh Hà Giang", "tỉnh Lào Cai", "tỉnh Yên Bái"]
    assert items["II.2"].lead == ["Thành phố Hải Phòng", "tỉnh Quảng Ninh", "tỉnh Thái Bình"]
    assert items["II.3"].lead == ["Thành phố Cần Thơ", "tỉnh Vĩnh Long"]
    assert items["II.4"].lead == ["Bộ Công Thương", "Bộ Công an", "tỉnh Hà Tĩnh", "tỉnh Quảng Bình"]
    assert items["II.5"].lead == [
        "Ủy ban nhân dân Huế",
        "Ủy ban nhân dân Quảng Trị",
        "Ủy ban nhân dân Đà Nẵng",
    ]


def test_a_later_request_hands_its_part_to_the_body_in_brackets_after_a_project_role() -> None:
    items = notice_items(
        NOTICE_HEAD,
        "1. Giao Bộ trưởng Bộ Xây dựng chỉ đạo tháo gỡ khó khăn cho các dự án còn khối lượng lớn. Yêu cầu Nhà đầu "
        "tư (Tập đoàn Sông Hồng) rà soát kế hoạch thi công theo đúng cam kết.\n" + CLOSE,
    )
    assert items["II.1"].lead == ["Bộ trưởng Bộ Xây dựng", "Tập đoàn Sông Hồng"]


def test_a_step_built_on_the_first_part_names_its_own_body_under_the_heading_owner() -> None:
    items = notice_items(
        DISPATCH_HEAD,
        "1. Bộ trưởng Bộ Tài chính chỉ đạo các đơn vị liên quan thực hiện một số nhiệm vụ sau:\n"
        "1.1. Hoàn thiện kế hoạch cao điểm chống buôn lậu, báo cáo Thủ tướng Chính phủ trước ngày 30 tháng 11 năm "
        "2025; trên cơ sở đó, Ban Chỉ đạo 389 các bộ, ngành, địa phương xây dựng kế hoạch triển khai.\n"
        "1.2. Tổng kết việc thực hiện chỉ thị về chống buôn lậu thuốc lá.\n",
    )
    assert items["1.1"].lead == ["Bộ trưởng Bộ Tài chính", "Ban Chỉ đạo 389 các bộ, ngành, địa phương"]
    assert items["1.2"].lead == ["Bộ trưởng Bộ Tài chính"]


def test_a_rate_to_reach_a_target_amount_and_works_named_by_their_planned_year_time_nothing() -> None:
    items = notice_items(
        NOTICE_HEAD,
        "1. Bộ Giao thông khẩn trương đẩy nhanh tiến độ thi công (phấn đấu sản lượng mỗi tháng đạt tối thiểu 15%), "
        "kiểm soát chặt chẽ chất lượng công trình.\n"
        "2. Bộ Giao thông theo dõi, đôn đốc các địa phương, bảo đảm mục tiêu đến hết năm 2026 cả nước có khoảng "
        "2.500 km đường sắt.\n"
        "3. Bộ Quốc phòng chỉ đạo các quân khu hỗ trợ nhân lực cho các dự án đường sắt có kế hoạch hoàn thành năm "
        "2026.\n"
        # still timed: work due in the year, and a report every month
        "4. Bộ Giao thông hoàn thành dự án cầu Bắc trong năm 2026.\n"
        "5. Bộ Giao thông báo cáo tiến độ mỗi tháng.\n" + CLOSE,
    )
    for ref in ("II.1", "II.2", "II.3"):
        assert items[ref].deadline.date is None and items[ref].deadline.recurrence is None, ref
    assert str(items["II.4"].deadline.date) == "2026-12-31"
    assert items["II.5"].deadline.recurrence == "monthly"
