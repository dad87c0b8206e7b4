"""Reading rules of round 19, from the twentieth set (synthetic texts in its styles): a provincial Party committee's
action programme whose groups of dashes are each closed by the owner label "Trách nhiệm chỉ đạo thực hiện: …", the
letters of Party and state bodies that carry it down, and a provincial plan whose numbered targets stand over the
paragraphs that give the work."""

from __future__ import annotations

from planparse.tests.reading import items_by_ref, notice_items, task_refs

PROGRAMME_HEAD = (
    "TỈNH ỦY BÌNH AN\nSố 50-CTr/TU\nBình An, ngày 10 tháng 8 năm 2026\n"
    "CHƯƠNG TRÌNH HÀNH ĐỘNG\nthực hiện Kết luận số 75-KL/TW về bảo vệ môi trường\n"
    "I. MỤC TIÊU\nNâng cao chất lượng môi trường sống của Nhân dân.\n"
    "II. NHIỆM VỤ VÀ GIẢI PHÁP TRỌNG TÂM\n"
)
PLAN_HEAD = (
    "ỦY BAN NHÂN DÂN TỈNH BÌNH AN\nSố: 120/KH-UBND\nBình An, ngày 20 tháng 3 năm 2026\n"
    "KẾ HOẠCH\nPhát triển các khu công nghiệp năm 2026\n"
    "I. MỤC ĐÍCH, YÊU CẦU\nCụ thể hóa Nghị quyết của Tỉnh ủy về phát triển các khu công nghiệp.\n"
)


def test_an_owner_label_of_who_directs_after_a_group_of_dashes_gives_each_dash_its_leads() -> None:
    items = items_by_ref(
        PROGRAMME_HEAD + "1. Tăng cường sự lãnh đạo của Đảng, đẩy mạnh tuyên truyền\n"
        "- Quán triệt sâu sắc quan điểm đầu tư cho môi trường là đầu tư cho phát triển bền vững.\n"
        "- Đổi mới công tác tuyên truyền, phổ biến pháp luật theo hướng số hóa, dễ tiếp cận.\n"
        "Trách nhiệm chỉ đạo thực hiện: Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh; Đảng ủy Ủy ban nhân dân tỉnh.\n"
        "2. Huy động và sử dụng hiệu quả các nguồn lực\n"
        "- Bố trí tối thiểu 2% ngân sách tỉnh cho sự nghiệp bảo vệ môi trường.\n"
        "Trách nhiệm chỉ đạo thực hiện: Đảng ủy Ủy ban nhân dân tỉnh.\n"
        "III. TỔ CHỨC THỰC HIỆN\n1. Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì hướng dẫn việc quán triệt Chương trình.\n"
        "Nơi nhận:\n"
    )
    assert task_refs(items) >= {"II.1-1", "II.1-2", "II.2-1"}
    assert "Đảng ủy Ủy ban nhân dân tỉnh" in items["II.1-2"].lead
    assert any(x.startswith("Đảng ủy Mặt trận Tổ quốc") for x in items["II.1-1"].lead)
    assert items["II.2-1"].lead == ["Đảng ủy Ủy ban nhân dân tỉnh"]


PARTY_LETTER_HEAD = (
    "ĐẢNG BỘ TỈNH BÌNH AN\nĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH\nSố 300-CV/ĐU\nBình An, ngày 07 tháng 9 năm 2026\n"
    "Kính gửi: - Ủy ban nhân dân tỉnh,\n- Các chi bộ, đảng bộ cơ sở.\n"
    "Thực hiện Chương trình hành động số 50-CTr/TU của Tỉnh ủy, Đảng ủy Ủy ban nhân dân tỉnh đề nghị Ủy ban nhân "
    "dân tỉnh và các tổ chức đảng trực thuộc triển khai thực hiện một số nhiệm vụ trọng tâm, như sau:\n"
    "1. Ủy ban nhân dân tỉnh, chỉ đạo các cơ quan, đơn vị có liên quan:\n"
    "- Nghiên cứu, cụ thể hóa các mục tiêu, nhiệm vụ của Chương trình thành các kế hoạch để triển khai thực hiện.\n"
)


def test_party_advisory_bodies_cells_and_departments_named_in_lower_case_are_owners() -> None:
    items = notice_items(
        PARTY_LETTER_HEAD,
        "2. Các cơ quan chuyên trách tham mưu, giúp việc Đảng ủy; các chi bộ, đảng bộ cơ sở\n"
        "Các cấp ủy, tổ chức đảng chủ động tổ chức nghiên cứu, quán triệt và triển khai thực hiện Chương trình "
        "đến toàn thể cán bộ, đảng viên.\n"
        "Giao Ban xây dựng đảng Đảng ủy chủ trì, hướng dẫn các cấp ủy, tổ chức đảng đẩy mạnh thông tin, tuyên "
        "truyền về bảo vệ môi trường.\n",
    )
    assert {"2", "2[2]"} <= task_refs(items)
    assert items["2"].lead == [
        "Các cơ quan chuyên trách tham mưu, giúp việc Đảng ủy",
        "các chi bộ, đảng bộ cơ sở",
    ]
    assert items["2[2]"].lead == ["Ban xây dựng đảng Đảng ủy"]


def test_a_subject_list_goes_on_after_a_semicolon_with_bodies_written_without_cac() -> None:
    items = items_by_ref(
        PLAN_HEAD
        + "II. TỔ CHỨC THỰC HIỆN\n1. Sở Công Thương là cơ quan thường trực, theo dõi việc thực hiện.\n"
        "III. CHẾ ĐỘ BÁO CÁO\n1. Các Sở, ban, ngành; cơ quan, đơn vị tiến hành đánh giá, báo cáo kết quả thực "
        "hiện gửi về Sở Công Thương trước ngày 20 hằng tháng.\n"
        "2. Sở Công Thương tổng hợp, báo cáo Ủy ban nhân dân tỉnh.\nNơi nhận:\n"
    )
    assert items["III.1"].lead == ["Các Sở, ban, ngành", "cơ quan, đơn vị"]


def _one_dash(dash: str):
    """The one task of a programme group made of `dash` and its owner label."""
    items = items_by_ref(
        PROGRAMME_HEAD + "1. Phát triển kinh tế xanh\n- " + dash + "\n"
        "Trách nhiệm chỉ đạo thực hiện: Đảng ủy Ủy ban nhân dân tỉnh.\nNơi nhận:\n"
    )
    return items["II.1-1"]


def test_the_year_of_an_aim_is_no_deadline() -> None:
    task = _one_dash(
        "Chuyển đổi các ngành kinh tế trọng điểm theo hướng xanh; hướng tới xây dựng khu du lịch quốc gia xanh, "
        "không rác thải nhựa vào năm 2030."
    )
    assert task.deadline.date is None


def test_the_criteria_of_a_yearly_assessment_do_not_make_the_task_yearly() -> None:
    task = _one_dash(
        "Đưa chỉ tiêu bảo vệ môi trường vào chỉ tiêu đánh giá kết quả thực hiện nhiệm vụ hằng năm của các cấp ủy."
    )
    assert task.deadline.recurrence is None


def test_five_year_and_yearly_plans_take_the_yearly_cycle() -> None:
    """Round 19 read "kế hoạch 5 năm và hằng năm" as two kinds of plans, no cycle; round 57 follows round 54's
    convention: the yearly plan is a cycle, yearly."""
    task = _one_dash(
        "Cụ thể hóa Chương trình thành các đề án, dự án, kế hoạch 5 năm và hằng năm để triển khai thực hiện."
    )
    assert task.deadline.recurrence == "yearly"


def test_an_allocation_made_each_year_is_yearly() -> None:
    task = _one_dash(
        "Ban hành các Nghị quyết về cơ chế, chính sách, phân bổ nguồn lực hằng năm cho sự nghiệp môi trường."
    )
    assert task.deadline.recurrence == "yearly"


def test_a_bare_kind_of_document_before_the_cue_of_its_year_is_timed() -> None:
    task = _one_dash(
        "Xây dựng phương án di dời cụm công nghiệp, hoàn thành phê duyệt phương án trong năm 2026."
    )
    assert str(task.deadline.date) == "2026-12-31"


def test_a_pointer_to_the_tasks_of_the_appendix_is_no_task() -> None:
    items = items_by_ref(
        PROGRAMME_HEAD + "1. Các nhiệm vụ cần làm ngay trong năm 2026\n"
        "Các nhiệm vụ cần làm ngay trong năm 2026 được xác định tại Phụ lục 2 kèm theo Chương trình hành động; tổ "
        "chức thực hiện theo tiến độ, trách nhiệm và yêu cầu đề ra đối với từng nhiệm vụ.\n"
        "2. Nhiệm vụ thường xuyên\n- Bố trí tối thiểu 2% ngân sách tỉnh cho sự nghiệp bảo vệ môi trường.\n"
        "Trách nhiệm chỉ đạo thực hiện: Đảng ủy Ủy ban nhân dân tỉnh.\nNơi nhận:\n"
    )
    assert task_refs(items) == {"II.2-1"}


def test_a_share_of_the_whole_plan_alongside_its_leads_is_a_task() -> None:
    """Round 19 read the bodies' share of carrying the plan out beside its leads as no task; round 57 follows round
    54's convention: a charge to named bodies to carry out the plan is their task."""
    items = items_by_ref(
        PLAN_HEAD + "II. TỔ CHỨC THỰC HIỆN\n1. Sở Tài chính\n- Tham mưu bố trí kinh phí thực hiện Kế hoạch.\n"
        "2. Các sở, ban, ngành và các đơn vị khác có liên quan\n"
        "Phối hợp chặt chẽ với các cơ quan chủ trì trong tổ chức thực hiện Kế hoạch này.\n"
        "3. Ủy ban nhân dân cấp xã\n- Tổ chức tuyên truyền đến Nhân dân trên địa bàn.\nNơi nhận:\n"
    )
    assert task_refs(items) == {"II.1-1", "II.2", "II.3-1"}


def test_a_capital_section_lists_what_the_money_goes_to() -> None:
    items = items_by_ref(
        PLAN_HEAD + "II. NỘI DUNG\n1. Sở Công Thương chủ trì thành lập mới các cụm công nghiệp.\n"
        "III. VỐN ĐẦU TƯ\nKhái toán tổng số vốn đầu tư thực hiện: 7.080 tỷ đồng, trong đó:\n"
        "1. Vốn ngân sách nhà nước: 1.280 tỷ đồng, bao gồm:\n"
        "- Đầu tư hạ tầng kỹ thuật đến chân hàng rào khu, cụm công nghiệp theo Luật Đầu tư công.\n"
        "- Hỗ trợ đầu tư xây dựng nhà ở công nhân tại các khu, cụm công nghiệp.\n"
        "2. Vốn doanh nghiệp: 5.800 tỷ đồng\n- Đầu tư xây dựng hạ tầng kỹ thuật khu tái định cư.\n"
        "IV. TỔ CHỨC THỰC HIỆN\n1. Sở Tài chính tham mưu phân bổ vốn đầu tư hạ tầng các khu công nghiệp.\n"
        "Nơi nhận:\n"
    )
    assert task_refs(items) == {"II.1", "IV.1"}


TARGETS = (
    PLAN_HEAD + "II. NỘI DUNG\n"
    "1. Hoàn thành di dời 01 khu công nghiệp và 02 cụm công nghiệp.\n"
    "Ủy ban nhân dân phường Bắc Sơn chủ trì, phối hợp với Sở Xây dựng thực hiện công tác giải phóng mặt bằng, "
    "hoàn thành trong năm 2026.\n"
    "2. Tỷ lệ các khu công nghiệp có công trình xử lý nước thải tập trung đạt chuẩn 100%.\n"
    "Ban Quản lý Khu kinh tế triển khai xây dựng hoàn thành trong năm 2026.\n"
    "(chi tiết Phụ lục 04 đính kèm)\n"
    "3. Ít nhất 30% doanh nghiệp được hỗ trợ chuyển đổi số.\n"
    "Sở Khoa học và Công nghệ chủ trì hướng dẫn, hỗ trợ các doanh nghiệp chuyển đổi số.\n"
    "III. TỔ CHỨC THỰC HIỆN\n1. Sở Công Thương là cơ quan thường trực, theo dõi việc thực hiện Kế hoạch.\n"
    "Nơi nhận:\n"
)


def test_a_numbered_target_over_the_paragraph_that_gives_the_work_is_owned_by_its_body() -> None:
    items = items_by_ref(TARGETS)
    assert items["II.1"].lead == ["Ủy ban nhân dân phường Bắc Sơn"]


def test_a_bracketed_remark_after_the_paragraph_leaves_it_with_its_target() -> None:
    items = items_by_ref(TARGETS)
    assert items["II.2[2]"].kind == "task"
    assert str(items["II.2[2]"].deadline.date) == "2026-12-31"


def test_the_recipients_heading_set_beside_the_last_sentence_ends_the_body() -> None:
    items = items_by_ref(
        "ỦY BAN NHÂN DÂN TỈNH BÌNH AN\nSố: 9000/UBND-KT\nBình An, ngày 15 tháng 9 năm 2026\n"
        "Kính gửi: Các Sở, ban, ngành thuộc tỉnh.\n"
        "Thực hiện Chương trình hành động số 50-CTr/TU của Tỉnh ủy, Chủ tịch Ủy ban nhân dân tỉnh có ý kiến như sau:\n"
        "1. Các Sở, ban, ngành thuộc tỉnh tổ chức nghiên cứu, cụ thể hóa các nhiệm vụ của Chương trình.\n"
        "2. Giao Sở Nông nghiệp và Môi trường chủ trì xây dựng dự thảo Kế hoạch, hoàn thành trước ngày 05/10/2026.\n"
        "Căn cứ ý kiến chỉ đạo, yêu cầu các Sở, ngành, địa phương triển khai thực hiện./. Nơi nhận:\n"
        "- Như trên; - Chủ tịch UBND tỉnh (b/c); - Lưu: VT.\nKT. CHỦ TỊCH\n"
    )
    assert task_refs(items) == {"1", "2"}
