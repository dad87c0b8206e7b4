"""Reading rules of round 15, from the fifteenth set (synthetic texts in its styles): a Government Office notice
whose lead-in asks a body to carry out the numbered orientations under it, and whose items restate a request ("Về
…:") before the body that answers it; a decision whose programme is written in its Điều 1, with an indicator
appendix that names the bodies that track each figure."""

from __future__ import annotations

from planparse.tests.reading import notice_items

NOTICE_HEAD = (
    "VĂN PHÒNG CHÍNH PHỦ\nSố: 12/TB-VPCP\nTHÔNG BÁO\n"
    "KẾT LUẬN CỦA THỦ TƯỚNG CHÍNH PHỦ TẠI BUỔI LÀM VIỆC VỚI LÃNH ĐẠO TỈNH B\n"
    "Sau khi nghe báo cáo, Thủ tướng Chính phủ kết luận như sau:\n"
    "I. ĐÁNH GIÁ CHUNG\nTỉnh B đạt nhiều kết quả tích cực trong năm qua.\n"
)
CLOSE = "Văn phòng Chính phủ trân trọng thông báo./.\n"


def test_a_lead_in_that_asks_a_body_gives_it_the_numbered_items_under_it() -> None:
    items = notice_items(
        NOTICE_HEAD,
        "II. NHIỆM VỤ THỜI GIAN TỚI\n"
        "Đề nghị Ban Thường vụ Tỉnh ủy tập trung lãnh đạo, chỉ đạo thực hiện các nhiệm vụ trong những tháng đầu "
        "năm 2026; trong đó lưu ý một số nội dung trọng tâm sau:\n"
        "1. Đổi mới mô hình tăng trưởng dựa vào khoa học công nghệ.\n"
        "2. Chăm lo đời sống của Nhân dân vùng sâu, vùng xa.\n" + CLOSE,
    )
    for ref in ("II.1", "II.2"):
        assert items[ref].kind == "task" and items[ref].lead == ["Ban Thường vụ Tỉnh ủy"], ref


def test_a_long_restated_request_before_the_body_that_answers_it_leaves_the_body_as_owner() -> None:
    items = notice_items(
        NOTICE_HEAD,
        "II. VỀ MỘT SỐ KIẾN NGHỊ CỦA TỈNH\n"
        "1. Về điều chuyển số vốn dư, không giải ngân hết trong năm 2025 (khoảng 1.200 tỷ đồng) từ nguồn vốn hỗ trợ "
        "theo chính sách đặc thù cho tỉnh B: Ủy ban nhân dân tỉnh B rà soát, đề xuất phương án điều chuyển, báo cáo "
        "Thủ tướng Chính phủ trong Quý I năm 2026.\n"
        "2. Về dự án nạo vét luồng hàng hải vào khu bến cảng tổng hợp tại Khu kinh tế ven biển của tỉnh B: Bộ Xây "
        "dựng khẩn trương rà soát, bàn giao dự án cho tỉnh, báo cáo Thủ tướng Chính phủ trước ngày 31 tháng 12 năm 2025.\n"
        + CLOSE,
    )
    assert items["II.1"].lead == ["Ủy ban nhân dân tỉnh B"]
    # the year inside the restated request is no step of the work and no deadline
    assert "II.1[2]" not in items
    assert items["II.1"].deadline.date is not None and items["II.1"].deadline.date.isoformat() == "2026-03-31"
    assert items["II.2"].lead == ["Bộ Xây dựng"]


def test_a_role_before_the_body_and_a_purpose_before_a_later_body() -> None:
    items = notice_items(
        NOTICE_HEAD,
        "II. VỀ MỘT SỐ KIẾN NGHỊ CỦA TỈNH\n"
        "1. Về đầu tư kho xăng dầu: với vai trò là chủ đầu tư, Tổng công ty Xăng dầu B chủ động làm việc với các "
        "nhà đầu tư. Để xác định vị trí dự án, Ủy ban nhân dân tỉnh B phối hợp với Bộ Công Thương rà soát quy hoạch.\n"
        + CLOSE,
    )
    assert items["II.1"].lead == ["Tổng công ty Xăng dầu B", "Ủy ban nhân dân tỉnh B"]


def test_a_state_economic_group_is_a_body_and_a_distributive_list_of_groups_names_each() -> None:
    items = notice_items(
        NOTICE_HEAD,
        "II. VỀ MỘT SỐ KIẾN NGHỊ CỦA TỈNH\n"
        "1. Về phủ sóng di động cho các thôn vùng cao: đề nghị các Tập đoàn: Viễn thông A, Bưu chính B triển khai, "
        "hoàn thành trong tháng 12 năm 2025.\n"
        "2. Về kho dầu: Tập đoàn Dầu khí C chủ động làm việc với các đối tác để triển khai dự án.\n"
        "3. Các Bộ, cơ quan liên quan và các Tập đoàn: Viễn thông A, Bưu chính B phối hợp chặt chẽ với Tỉnh xử lý "
        "các kiến nghị.\n" + CLOSE,
    )
    assert items["II.1"].lead == ["Tập đoàn Viễn thông A", "Tập đoàn Bưu chính B"]
    assert items["II.2"].lead == ["Tập đoàn Dầu khí C"]
    assert items["II.3"].lead == [
        "Các Bộ, cơ quan liên quan",
        "Tập đoàn Viễn thông A",
        "Tập đoàn Bưu chính B",
    ]
