"""Round 33 (sets 30 and 31): co-leads, a collective heading of actors, labelled specifications under a task, a count of
events a year, kinds of plans, a cycle a task names beside a timing field that names none, and the day the work is to
take effect (synthetic texts)."""

from __future__ import annotations

from planparse.deadlines import find_deadline
from planparse.tests.reading import items_by_ref, task_refs

DECISION = (
    "THỦ TƯỚNG CHÍNH PHỦ\nSố: 512/QĐ-TTg\nHà Nội, ngày 10 tháng 5 năm 2026\nQUYẾT ĐỊNH\n"
    "Phê duyệt Đề án phát triển du lịch nông thôn\n"
    "QUYẾT ĐỊNH:\n"
    "Điều 1. Phê duyệt Đề án phát triển du lịch nông thôn với các nội dung chủ yếu sau.\n"
    "Điều 2. Tổ chức thực hiện\n"
    "1. Bộ Văn hóa, Thể thao và Du lịch\n"
    "a) Chủ trì tổ chức triển khai Đề án, hướng dẫn các địa phương xây dựng sản phẩm du lịch nông thôn.\n"
    "b) Lồng ghép các nhiệm vụ của Đề án vào các kế hoạch 5 năm, kế hoạch hằng năm, chương trình của ngành.\n"
    "2. Bộ Ngoại giao\n"
    "Đồng chủ trì với Bộ Văn hóa, Thể thao và Du lịch, phối hợp với các cơ quan liên quan quảng bá du lịch nông "
    "thôn Việt Nam ở nước ngoài.\n"
    "3. Bộ Nông nghiệp và Môi trường\n"
    "a) Hướng dẫn các địa phương gắn phát triển du lịch với xây dựng nông thôn mới.\n"
    "b) Phối hợp với các cơ quan liên quan hỗ trợ hợp tác xã làm du lịch.\n"
    "4. Các làng nghề truyền thống, hợp tác xã du lịch cộng đồng và hiệp hội, doanh nghiệp lữ hành liên quan\n"
    "a) Giữ gìn nghề truyền thống, giới thiệu sản phẩm của làng nghề cho du khách.\n"
    "b) Chủ trì, tổng hợp ý kiến của hội viên về chính sách phát triển du lịch nông thôn.\n"
    "Điều 3. Quyết định này có hiệu lực kể từ ngày ký ban hành.\n"
    "KT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\nNguyễn Văn B\n"
)


def test_co_lead_named_after_dong_chu_tri_leads_beside_the_heading_body() -> None:
    """ "Đồng chủ trì với X, phối hợp với …" under "2. Bộ Ngoại giao": X leads the work with the ministry."""
    item = items_by_ref(DECISION)["Điều 2.2"]
    assert item.kind == "task"
    assert item.lead == ["Bộ Ngoại giao", "Bộ Văn hóa, Thể thao và Du lịch"]
    assert "Bộ Văn hóa, Thể thao và Du lịch" not in item.coordinators


def test_long_collective_heading_among_agency_headings_owns_its_items() -> None:
    """A sibling heading that names a group of actors of several kinds, longer than 80 characters, owns its items as
    the agency headings beside it own theirs."""
    items = items_by_ref(DECISION)
    name = (
        "Các làng nghề truyền thống, hợp tác xã du lịch cộng đồng và hiệp hội, doanh nghiệp lữ hành liên quan"
    )
    assert items["Điều 2.4.a"].lead == [name]
    assert items["Điều 2.4.b"].lead == [name]


def test_kinds_of_plans_with_the_noun_said_again_take_the_yearly_cycle() -> None:
    """ "các kế hoạch 5 năm, kế hoạch hằng năm": round 33 read two kinds of plans, no cycle; round 57 follows round 54's
    convention (a plan cycle qualified by "hằng năm" is yearly, whatever plan of another span stands beside it)."""
    item = items_by_ref(DECISION)["Điều 2.1.b"]
    assert item.kind == "task"
    assert item.deadline.recurrence == "yearly"
    found = find_deadline("Đưa nhiệm vụ vào các kế hoạch 5 năm, kế hoạch hằng năm, chương trình của ngành.")
    assert found.recurrence == "yearly"


PLAN = (
    "ỦY BAN NHÂN DÂN TỈNH PHÚ AN\nSố: 77/KH-UBND\nPhú An, ngày 12 tháng 11 năm 2025\nKẾ HOẠCH\n"
    "Quan trắc môi trường các vùng nuôi cá giai đoạn 2026 - 2030\n"
    "I. MỤC TIÊU\n"
    "1. Mục tiêu chung: Chủ động cảnh báo môi trường các vùng nuôi cá của tỉnh.\n"
    "II. NỘI DUNG KẾ HOẠCH\n"
    "1. Quan trắc môi trường.\n"
    "1.1. Quan trắc môi trường thường xuyên.\n"
    "1.1.1. Vùng nuôi cá lồng trên sông Cái.\n"
    "a. Thời gian thực hiện: Từ tháng 4 đến tháng 10 hằng năm.\n"
    "b. Địa điểm, số điểm quan trắc\n"
    "- Địa điểm quan trắc: Vùng nuôi cá lồng thuộc xã Hòa Bình và xã Hòa Lợi.\n"
    "- Số điểm quan trắc: 04 điểm, mỗi điểm lấy mẫu hai tầng nước.\n"
    "c. Thông số, tần suất quan trắc môi trường nuôi cá lồng\n"
    "- Mẫu nước vùng nuôi: Nhiệt độ, DO, pH, COD; tần suất quan trắc: 02 đợt/tháng.\n"
    "- Mẫu trầm tích: pH đất, sulfur tổng số; tần suất quan trắc: 01 đợt/tháng.\n"
    "1.2. Quan trắc môi trường đột xuất\n"
    "- Khi môi trường có diễn biến bất thường (mưa lớn, nắng nóng kéo dài); khi vùng nuôi xảy ra dịch bệnh; "
    "khi nước có dấu hiệu ô nhiễm.\n"
    "- Thông số, tần suất quan trắc đột xuất:\n"
    "+ Thông số chọn theo tình hình thực tế của vùng nuôi.\n"
    "+ Kinh phí bằng 10% kinh phí quan trắc thường xuyên.\n"
    "2. Hội nghị tuyên truyền, hướng dẫn người nuôi cá các biện pháp bảo vệ môi trường\n"
    "- Nội dung: Hướng dẫn người nuôi cá các biện pháp xử lý môi trường ao nuôi.\n"
    "- Số lượng: 03 hội nghị/năm × 40 đại biểu/hội nghị.\n"
    "- Thời gian: 01 ngày/hội nghị.\n"
    "III. TỔ CHỨC THỰC HIỆN\n"
    "1. Sở Nông nghiệp và Môi trường:\n"
    "- Chủ trì, chỉ đạo các đơn vị trực thuộc triển khai thực hiện kế hoạch quan trắc môi trường.\n"
    "- Tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh theo quy định.\n"
    "2. Sở Tài chính:\n"
    "- Tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí thực hiện Kế hoạch.\n"
    "Nơi nhận:\n"
)


def test_specifications_under_a_task_are_no_tasks() -> None:
    """ "b. Địa điểm, số điểm quan trắc" over "- Địa điểm quan trắc: …" describes the monitoring of 1.1.1, a task
    already (its labelled block): it is a specification of that task, not a task of its own."""
    items = items_by_ref(PLAN)
    tasks = task_refs(items)
    assert "II.1.1.1" in tasks
    assert not {"II.1.1.1.b", "II.1.1.1.c"} & tasks
    assert items["II.1.1.1"].deadline is not None and items["II.1.1.1"].deadline.recurrence == "yearly"


def test_occasions_and_specifications_under_a_title_make_it_one_task() -> None:
    """ "1.2. Quan trắc … đột xuất" over "- Khi …; khi …" (when it is done) and "- Thông số, tần suất …:" (what is
    measured): the title is the task, its lines describe it."""
    items = items_by_ref(PLAN)
    tasks = task_refs(items)
    assert "II.1.2" in tasks
    assert not {r for r in tasks if r.startswith("II.1.2") and r != "II.1.2"}


def test_count_of_events_a_year_in_a_labelled_description_makes_the_task_yearly() -> None:
    """ "- Số lượng: 03 hội nghị/năm …" under the conference's labelled block: the conferences come round yearly."""
    item = items_by_ref(PLAN)["II.2"]
    assert item.kind == "task"
    assert item.deadline is not None and item.deadline.recurrence == "yearly"


def test_count_of_events_a_year_is_a_yearly_cycle_and_money_a_year_is_not() -> None:
    assert find_deadline("Tổ chức 02 lớp tập huấn/năm cho cán bộ cơ sở.").recurrence == "yearly"
    assert find_deadline("Thuê dịch vụ tin nhắn: 50.000.000 đồng/năm.").recurrence is None


TABLE_PLAN = (
    "BỘ KHOA HỌC VÀ CÔNG NGHỆ\nSố: 88/KH-BKHCN\nHà Nội, ngày 03 tháng 3 năm 2026\nKẾ HOẠCH\n"
    "Hỗ trợ doanh nghiệp công nghệ số\n"
    "I. NHIỆM VỤ\n"
    "TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện\n"
    "1 | Xây dựng báo cáo hằng năm về thị trường công nghệ số quốc tế | Bộ Khoa học và Công nghệ | Bộ Ngoại giao | "
    "Nhiệm vụ thường xuyên\n"
    "2 | Ban hành cơ chế hỗ trợ doanh nghiệp xuất khẩu phần mềm | Bộ Tài chính | Bộ Công Thương | Quý IV/2026\n"
    "Nơi nhận:\n"
)


def test_cycle_the_work_names_stands_beside_a_timing_field_that_names_none() -> None:
    """A row whose timing cell says "Nhiệm vụ thường xuyên" (no day, no cycle) keeps the cycle its own task names
    ("Xây dựng báo cáo hằng năm …")."""
    items = items_by_ref(TABLE_PLAN)
    yearly = [i for i in items.values() if i.kind == "task" and "báo cáo hằng năm" in i.text]
    assert len(yearly) == 1
    assert yearly[0].deadline is not None and yearly[0].deadline.recurrence == "yearly"
    dated = [i for i in items.values() if i.kind == "task" and "xuất khẩu phần mềm" in i.text]
    assert dated[0].deadline is not None and dated[0].deadline.recurrence is None


def test_day_the_work_takes_effect_is_its_deadline() -> None:
    """ "… ban hành mới và có hiệu lực thi hành kể từ ngày 01 tháng 3 năm 2027", "trình … để có hiệu lực từ 01 tháng 7
    năm 2026": what the work makes must be in force that day; a law said to be in force names the law only."""
    found = find_deadline(
        "Rà soát các văn bản quy phạm pháp luật để kịp thời sửa đổi, bổ sung hoặc ban hành mới và có hiệu lực thi "
        "hành kể từ ngày 01 tháng 3 năm 2027 theo quy định."
    )
    assert found.date is not None and found.date.isoformat() == "2027-03-01"
    found = find_deadline(
        "Khẩn trương trình 03 Nghị định hướng dẫn Luật Thanh tra để có hiệu lực từ 01 tháng 7 năm 2026."
    )
    assert found.date is not None and found.date.isoformat() == "2026-07-01"
    found = find_deadline("Triển khai thi hành Luật Đất đai có hiệu lực từ ngày 01/8/2024.")
    assert found.date is None


MEETING = (
    "CHÍNH PHỦ\nSố: 61/NQ-CP\nHà Nội, ngày 06 tháng 4 năm 2027\nNGHỊ QUYẾT\n"
    "Phiên họp Chính phủ thường kỳ tháng 3 năm 2027\n"
    "QUYẾT NGHỊ:\n"
    "I. Về tình hình kinh tế - xã hội tháng 3\n"
    "Từng bộ, cơ quan, địa phương thực hiện những nội dung tại Phụ lục ban hành kèm theo Nghị quyết này.\n"
    "II. Về việc báo cáo Chính phủ theo quy định tại Quy chế làm việc của Chính phủ\n"
    "Thực hiện Quy chế làm việc của Chính phủ, tại Phiên họp Chính phủ, các Bộ đã có báo cáo Chính phủ như sau:\n"
    "1. Bộ Tài chính báo cáo về tiếp thu, giải trình, chỉnh lý dự thảo Nghị quyết của Quốc hội về thuế.\n"
    "2. Bộ Tư pháp báo cáo về tiếp thu, giải trình, chỉnh lý dự thảo Luật Công chứng (sửa đổi).\n"
    "Văn phòng Chính phủ theo dõi, đôn đốc, tổng hợp, báo cáo Chính phủ kết quả thực hiện Nghị quyết này./.\n"
    "TM. CHÍNH PHỦ\nTHỦ TƯỚNG\nNguyễn Văn A\n"
    "Phụ lục NHIỆM VỤ CỤ THỂ GIAO CÁC BỘ, CƠ QUAN TRONG THÁNG 4 NĂM 2027 "
    "(Kèm theo Nghị quyết số 61/NQ-CP ngày 06 tháng 4 năm 2027 của Chính phủ)\n"
    "1. Bộ Xây dựng chủ trì, phối hợp với các cơ quan, địa phương:\n"
    "a) Hoàn thiện dự thảo Nghị định về quản lý nhà chung cư, trình Chính phủ trước ngày 20 tháng 4 năm 2027.\n"
    "b) Đôn đốc tiến độ các dự án đường cao tốc.\n"
)


def test_paragraph_before_the_signature_closes_the_body_when_a_prose_appendix_follows() -> None:
    """The last unnumbered paragraph of the body is its closing one (`II[closing]`) even where a prose appendix,
    read as numbered items, comes after the signature."""
    items = items_by_ref(MEETING)
    assert "II[closing]" in items
    assert items["II[closing]"].kind == "task"
    assert items["II[closing]"].lead == ["Văn phòng Chính phủ"]
    assert {"PL.1.a", "PL.1.b"} <= task_refs(items)


def test_items_under_a_lead_in_that_recounts_what_was_done_are_no_tasks() -> None:
    """ "… các Bộ đã có báo cáo Chính phủ như sau:" over "1. Bộ Tài chính báo cáo về …": an account of the reports
    made at the meeting, no work asked."""
    items = items_by_ref(MEETING)
    assert not {"II.1", "II.2"} & task_refs(items)
