"""Reading rules of round 15, from the fifteenth set (synthetic texts in its styles): a Government Office notice
whose lead-in asks a body to carry out the numbered orientations under it, and whose items restate a request ("Về
…:") before the body that answers it; a decision whose programme is written in its Điều 1, with an indicator
appendix that names the bodies that track each figure."""

from __future__ import annotations

from planparse.tests.reading import items_by_ref, notice_items

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


DECISION = (
    "THỦ TƯỚNG CHÍNH PHỦ\nSố: 77/QĐ-TTg\nQUYẾT ĐỊNH\nPHÊ DUYỆT CHƯƠNG TRÌNH PHÁT TRIỂN DỮ LIỆU SỐ\n"
    "THỦ TƯỚNG CHÍNH PHỦ\nCăn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;\n"
    "QUYẾT ĐỊNH:\n"
    "Điều 1. Phê duyệt Chương trình phát triển dữ liệu số, với những nội dung sau:\n"
    "I. NHIỆM VỤ, GIẢI PHÁP\n"
    "1. Hoàn thiện thể chế\n"
    "- Xây dựng Luật Dữ liệu mở và các văn bản hướng dẫn thi hành.\n"
    "- Ban hành hướng dẫn kỹ thuật về kết nối các cơ sở dữ liệu chuyên ngành.\n"
    "II. TỔ CHỨC THỰC HIỆN\n"
    "1. Bộ Khoa học và Công nghệ chủ trì tổ chức thực hiện Chương trình.\n"
    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 10/QĐ-TTg ngày 05 tháng 01 năm 2021.\n"
    "Điều 3. Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung "
    "ương chịu trách nhiệm thi hành Quyết định này./.\n"
    "Nơi nhận:\n- Như Điều 3;\nKT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\nNguyễn Văn A\n"
)
INDICATORS = (
    "PHỤ LỤC I\nDANH MỤC CÁC CHỈ TIÊU CỤ THỂ\n(Kèm theo Quyết định số 77/QĐ-TTg của Thủ tướng Chính phủ)\n"
    "TT | Chỉ tiêu | Đơn vị | Kết quả | Cơ quan chủ trì theo dõi, đánh giá\n"
    "I | Giai đoạn 2025-2027\n"
    "1 | Tỉ lệ cơ sở dữ liệu chuyên ngành được kết nối với cơ sở dữ liệu quốc gia. | % | 100% | Bộ Công an\n"
    "2 | Tỉ lệ hồ sơ thủ tục hành chính được số hóa. | % | 90% | Văn phòng Chính phủ\n"
)


def test_a_decisions_closing_articles_are_no_tasks_where_its_programme_is_in_article_1() -> None:
    items = items_by_ref(DECISION)
    assert items["I.1-1"].kind == "task"
    assert items["Điều 2"].kind != "task"
    assert items["Điều 3"].kind != "task"


def test_an_indicator_table_whose_column_names_who_tracks_each_figure_hands_out_no_tasks() -> None:
    items = items_by_ref(DECISION + INDICATORS)
    rows = [i for i in items.values() if i.ref.startswith("PL")]
    assert rows and not [i.ref for i in rows if i.kind == "task"]
    # the same table with a column of owners ("Cơ quan chủ trì") hands its indicators out (round 12)
    owned = items_by_ref(
        DECISION + INDICATORS.replace("Cơ quan chủ trì theo dõi, đánh giá", "Cơ quan chủ trì")
    )
    assert [i.ref for i in owned.values() if i.ref.startswith("PL") and i.kind == "task"]


def test_periods_listed_side_by_side_time_one_piece_of_work() -> None:
    items = items_by_ref(
        DECISION.replace(
            "1. Bộ Khoa học và Công nghệ chủ trì tổ chức thực hiện Chương trình.\n",
            "1. Bộ Khoa học và Công nghệ\n"
            "- Làm đầu mối tổng hợp tình hình thực hiện Chương trình.\n"
            "- Định kỳ hằng quý, hằng năm công bố kết quả đánh giá mức độ phát triển dữ liệu số của các bộ, ngành.\n",
        )
    )
    assert "II.1-2[2]" not in items
    assert items["II.1-2"].deadline.recurrence == "quarterly"


PROGRAMME_TABLE = (
    "PHỤ LỤC II\nDANH MỤC NHIỆM VỤ, GIẢI PHÁP\n(Kèm theo Quyết định số 77/QĐ-TTg của Thủ tướng Chính phủ)\n"
    "TT | Nhiệm vụ, giải pháp | Cơ quan chủ trì | Cơ quan phối hợp | Kết quả | Thời gian thực hiện\n"
    "I | Hoàn thiện thể chế\n"
    "1 | Xây dựng Luật Dữ liệu mở và các văn bản hướng dẫn thi hành. | Bộ Công an, Bộ Khoa học và Công nghệ với các "
    "văn bản áp dụng chung toàn quốc; các bộ, ngành với các văn bản nội ngành | Bộ Tư pháp | Luật được thông qua | "
    "Tháng 12/2026\n"
    "2 | Ban hành hướng dẫn kỹ thuật về kết nối các cơ sở dữ liệu chuyên ngành. Doanh nghiệp công nghệ số trong "
    "nước tham gia cung cấp giải pháp kết nối, chia sẻ dữ liệu. | Bộ Khoa học và Công nghệ | Các bộ, ngành | "
    "Hướng dẫn được ban hành | Tháng 6/2026\n"
)


def test_an_owner_cell_in_parts_gives_each_parts_bodies_and_a_restated_bullet_stays_one_task() -> None:
    items = items_by_ref(
        DECISION.replace(
            "- Ban hành hướng dẫn kỹ thuật về kết nối các cơ sở dữ liệu chuyên ngành.\n",
            "- Ban hành hướng dẫn kỹ thuật về kết nối các cơ sở dữ liệu chuyên ngành. Doanh nghiệp công nghệ số "
            "trong nước tham gia cung cấp giải pháp kết nối, chia sẻ dữ liệu.\n",
        )
        + PROGRAMME_TABLE
    )
    assert items["I.1-1"].lead == ["Bộ Công an", "Bộ Khoa học và Công nghệ", "các bộ, ngành"]
    # the row restates the bullet's two sentences as one task with one owner
    assert "I.1-2[2]" not in items
    assert items["I.1-2"].lead == ["Bộ Khoa học và Công nghệ"]
    assert items["I.1-2"].lead_source == "table"


def test_a_rows_period_bounds_a_recurring_body_item() -> None:
    items = items_by_ref(
        DECISION.replace(
            "- Ban hành hướng dẫn kỹ thuật về kết nối các cơ sở dữ liệu chuyên ngành.\n",
            "- Bố trí kinh phí cho phát triển dữ liệu số từ dự toán ngân sách nhà nước hằng năm.\n",
        )
        + PROGRAMME_TABLE.replace(
            "Ban hành hướng dẫn kỹ thuật về kết nối các cơ sở dữ liệu chuyên ngành. Doanh nghiệp công nghệ số trong "
            "nước tham gia cung cấp giải pháp kết nối, chia sẻ dữ liệu. | Bộ Khoa học và Công nghệ",
            "Bố trí kinh phí cho phát triển dữ liệu số từ dự toán ngân sách nhà nước hằng năm. | Bộ Tài chính",
        ).replace("Tháng 6/2026", "Năm 2025-2030")
    )
    item = items["I.1-2"]
    assert item.lead == ["Bộ Tài chính"]
    assert item.deadline.recurrence == "yearly"
    assert item.deadline.date is not None and item.deadline.date.isoformat() == "2030-12-31"
