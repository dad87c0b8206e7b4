"""Reading rules of round 18, from the nineteenth set (synthetic texts in its styles): a Prime Minister's dispatch
whose item asks a report on listed points and sends it by an hour of a day, and a Government Office letter of one
paragraph whose request rests on a long basis clause."""

from __future__ import annotations

from planparse.tests.reading import notice_items, task_refs

DISPATCH_HEAD = (
    "THỦ TƯỚNG CHÍNH PHỦ\nSố: 40/CĐ-TTg\nCÔNG ĐIỆN\nVề việc khắc phục hậu quả bão số 9\n"
    "Kính gửi: Chủ tịch Ủy ban nhân dân các tỉnh: Quảng Bình, Quảng Trị.\n"
    "Để sớm ổn định đời sống Nhân dân, Thủ tướng Chính phủ yêu cầu:\n"
)
LETTER_HEAD = (
    "VĂN PHÒNG CHÍNH PHỦ\nSố: 9000/VPCP-CN\nHà Nội, ngày 10 tháng 11 năm 2025\n"
    "Kính gửi: Bộ Công Thương.\n"
    "Về cung ứng xăng dầu mùa khô, Phó Thủ tướng Nguyễn Văn A có ý kiến như sau:\n"
)


def test_the_points_a_report_holds_are_its_contents_and_a_later_paragraph_goes_on_with_the_item() -> None:
    items = notice_items(
        DISPATCH_HEAD,
        "1. Chủ tịch Ủy ban nhân dân các tỉnh: Quảng Bình, Quảng Trị chỉ đạo các cơ quan chức năng rà soát, "
        "tổng hợp báo cáo cụ thể về một số nội dung sau:\n"
        "(1) Số trường học bị hư hỏng cần sửa chữa.\n"
        "(2) Tổng kinh phí cần thiết để sửa chữa.\n"
        "Ủy ban nhân dân các tỉnh: Quảng Bình, Quảng Trị gửi Báo cáo về Bộ Tài chính trước 16 giờ ngày "
        "20/11/2025.\n"
        "2. Bộ trưởng Bộ Tài chính tổng hợp, đề xuất nguồn kinh phí hỗ trợ các tỉnh.\n",
    )
    assert task_refs(items) == {"1", "1[2]", "2"}
    assert items["1[2]"].lead == ["Ủy ban nhân dân tỉnh Quảng Bình", "Ủy ban nhân dân tỉnh Quảng Trị"]


def test_an_hour_before_the_day_keeps_the_day_as_the_deadline() -> None:
    items = notice_items(
        DISPATCH_HEAD,
        "1. Chủ tịch Ủy ban nhân dân các tỉnh: Quảng Bình, Quảng Trị gửi báo cáo thiệt hại trước 17 giờ "
        "ngày 12/11/2025.\n"
        "2. Bộ trưởng Bộ Tài chính tổng hợp, đề xuất nguồn kinh phí hỗ trợ các tỉnh.\n",
    )
    assert str(items["1"].deadline.date) == "2025-11-12"


def test_a_long_basis_clause_before_the_body_asked_leaves_the_request_a_task() -> None:
    items = notice_items(
        LETTER_HEAD,
        "Trên cơ sở Báo cáo số 100/BC-BCT ngày 01/11/2025 của Bộ Công Thương và Kết luận của Ban Chỉ đạo tại "
        "Thông báo số 200/TB-VPCP ngày 05/11/2025 của Văn phòng Chính phủ, Bộ Công Thương làm việc với các "
        "doanh nghiệp đầu mối để bảo đảm nguồn cung xăng dầu.\n"
        "Văn phòng Chính phủ xin thông báo để Bộ Công Thương biết, thực hiện./.\n",
    )
    assert task_refs(items) == {"[1]"}
    assert items["[1]"].lead == ["Bộ Công Thương"]


RESOLUTION_HEAD = (
    "CHÍNH PHỦ\nSố: 20/NQ-CP\nNGHỊ QUYẾT\nVề khắc phục hậu quả lũ\nQUYẾT NGHỊ:\nI. NHIỆM VỤ, GIẢI PHÁP\n"
)


def test_the_provinces_and_cities_named_as_a_pair_are_a_group_that_owns_the_items_below() -> None:
    items = notice_items(
        RESOLUTION_HEAD,
        "1. Các tỉnh, thành phố:\na) Ban hành các chính sách hỗ trợ theo thẩm quyền.\n"
        "b) Chủ động rà soát quỹ đất tái định cư.\n",
    )
    assert items["I.1.a"].lead == ["Các tỉnh, thành phố"]
    assert items["I.1.b"].lead == ["Các tỉnh, thành phố"]


def test_a_courtesy_before_the_request_still_hands_the_work_to_the_bodies_asked() -> None:
    items = notice_items(
        RESOLUTION_HEAD,
        "1. Chính phủ trân trọng đề nghị Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam, Hội Chữ thập đỏ Việt Nam "
        "tiếp tục vận động Nhân dân cả nước ủng hộ đồng bào vùng lũ.\n"
        "2. Bộ Tài chính bố trí kinh phí hỗ trợ các địa phương.\n",
    )
    assert items["I.1"].lead == ["Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "Hội Chữ thập đỏ Việt Nam"]


def test_a_basis_that_lists_bodies_ends_at_the_comma_before_the_body_asked() -> None:
    items = notice_items(
        RESOLUTION_HEAD,
        "1. Trên cơ sở đề nghị của các Bộ, cơ quan liên quan, Bộ Tài chính khẩn trương bố trí kinh phí.\n"
        "2. Bộ Tư pháp kiểm tra, đôn đốc các Bộ thực hiện.\n",
    )
    assert items["I.1"].lead == ["Bộ Tài chính"]


def test_the_reports_sent_are_no_group_of_newspapers() -> None:
    items = notice_items(
        RESOLUTION_HEAD,
        "1. Bộ trưởng các Bộ rà soát, hoàn thiện các báo cáo chuyên đề. Các Báo cáo trên gửi Bộ Tư pháp trước "
        "ngày 05/12/2025. Trên cơ sở đó, Bộ Tư pháp tổng hợp, báo cáo Thủ tướng Chính phủ.\n"
        "2. Bộ Tài chính bố trí kinh phí.\n",
    )
    leads = {name for item in items.values() if item.ref.startswith("I.1") for name in item.lead}
    assert not any("Báo cáo" in name for name in leads)


def test_the_year_the_work_was_given_is_no_deadline_of_the_review() -> None:
    items = notice_items(
        RESOLUTION_HEAD,
        "1. Bộ Tư pháp rà soát kỹ các nhiệm vụ được giao trong năm 2025, tập trung chỉ đạo thực hiện.\n"
        "2. Bộ Tài chính bố trí kinh phí.\n",
    )
    assert items["I.1"].deadline.date is None


def test_finishing_the_work_given_in_a_year_is_still_due_by_its_end() -> None:
    items = notice_items(
        RESOLUTION_HEAD,
        "1. Bộ Tư pháp hoàn thành toàn bộ các nhiệm vụ được giao trong năm 2025.\n2. Bộ Tài chính bố trí kinh phí.\n",
    )
    assert str(items["I.1"].deadline.date) == "2025-12-31"


def test_a_body_written_once_before_places_each_written_with_its_kind_is_each_place_s_body() -> None:
    items = notice_items(
        RESOLUTION_HEAD,
        "1. Ủy ban nhân dân thành phố Đà Nẵng, thành phố Cần Thơ và tỉnh Khánh Hòa hỗ trợ lương thực cho "
        "các tỉnh bị lũ.\n2. Bộ Tài chính bố trí kinh phí.\n",
    )
    assert items["I.1"].lead == [
        "Ủy ban nhân dân thành phố Đà Nẵng",
        "Ủy ban nhân dân thành phố Cần Thơ",
        "Ủy ban nhân dân tỉnh Khánh Hòa",
    ]


def test_a_closing_paragraph_that_sets_a_body_to_follow_the_dispatch_up_is_its_task() -> None:
    items = notice_items(
        DISPATCH_HEAD,
        "1. Chủ tịch Ủy ban nhân dân các tỉnh: Quảng Bình, Quảng Trị chỉ đạo sửa chữa trường học.\n"
        "2. Bộ trưởng Bộ Tài chính đề xuất nguồn kinh phí hỗ trợ.\n"
        "Văn phòng Chính phủ theo dõi, đôn đốc các Bộ, địa phương thực hiện nghiêm túc Công điện này.\n",
    )
    assert "2[closing]" in task_refs(items)
    assert items["2[closing]"].lead == ["Văn phòng Chính phủ"]


NOTICE_HEAD = (
    "VĂN PHÒNG CHÍNH PHỦ\nSố: 600/TB-VPCP\nTHÔNG BÁO\nKết luận của Phó Thủ tướng\n"
    "Phó Thủ tướng kết luận như sau:\n"
)


def test_a_long_numbered_item_with_its_own_body_gives_that_body_to_its_subjectless_dashes() -> None:
    clause = "tập trung thực hiện các hạng mục cụ thể của công trình, bảo đảm chất lượng, an toàn lao động"
    long_item = "(1) Bộ Y tế chỉ đạo Ban Quản lý dự án " + "; ".join([clause] * 5) + ".\n"
    assert 80 < len(long_item.split()) <= 120
    items = notice_items(
        NOTICE_HEAD,
        "1. Để hoàn thành công trình theo đúng chỉ đạo của Thủ tướng Chính phủ, yêu cầu Bộ Y tế, Ban Quản lý "
        "dự án và các nhà thầu thực hiện một số nội dung sau:\n"
        + long_item
        + "- Chỉ đạo các bệnh viện chuẩn bị nhân lực.\n- Chủ trì hoàn thiện hồ sơ cơ chế vận hành.\n"
        "(2) Bộ Công an hướng dẫn thẩm định thiết kế.\n",
    )
    assert items["1.1-1"].lead == ["Bộ Y tế"]
    assert items["1.1-2"].lead == ["Bộ Y tế"]


def test_the_national_assembly_s_committees_keep_of_the_assembly_in_their_names() -> None:
    items = notice_items(
        NOTICE_HEAD,
        "1. Đề nghị Ủy ban Pháp luật của Quốc hội, Hội đồng dân tộc của Quốc hội và các Ủy ban của Quốc hội quan "
        "tâm, hỗ trợ thẩm tra hồ sơ.\n2. Bộ Tài chính bố trí kinh phí.\n",
    )
    assert items["1"].lead == [
        "Ủy ban Pháp luật của Quốc hội",
        "Hội đồng dân tộc của Quốc hội",
        "các Ủy ban của Quốc hội",
    ]
