"""Reading rules of round 25 (set 26), from a national plan written in lettered parts (synthetic texts in its style):
capital letters "A.", "B.", "C." … at the top of a plan's body, each over Roman or numbered sections, are its parts
and their letter leads the ref; a part "MỤC ĐÍCH, YÊU CẦU" holds no tasks, a part "TỔ CHỨC THỰC HIỆN" assigns."""

from __future__ import annotations

from planparse.tests.reading import items_by_ref, task_refs

HEADER = (
    "BAN CHỈ ĐẠO PHÒNG, CHỐNG THIÊN TAI TỈNH X\n"
    "Số: 15/KH-BCĐ\n"
    "X, ngày 05 tháng 3 năm 2026\n"
    "KẾ HOẠCH\n"
    "Phòng, chống thiên tai giai đoạn 2026 - 2030\n"
    "Căn cứ Luật Phòng, chống thiên tai, Ban Chỉ đạo xây dựng kế hoạch như sau:\n"
)

LETTERED = (
    "A. MỤC ĐÍCH, YÊU CẦU\n"
    "1. Mục đích\n"
    "Nâng cao năng lực ứng phó với thiên tai của các cấp, các ngành.\n"
    "2. Yêu cầu\n"
    "Bảo đảm sự phối hợp chặt chẽ giữa các cơ quan, đơn vị.\n"
    "B. NHIỆM VỤ, GIẢI PHÁP\n"
    "I. CÔNG TÁC PHÒNG NGỪA\n"
    "1. Rà soát, cập nhật phương án ứng phó với bão mạnh, siêu bão trên địa bàn tỉnh.\n"
    "2. Tổ chức diễn tập ứng phó với lũ quét, sạt lở đất tại các huyện miền núi.\n"
    "II. CÔNG TÁC ỨNG PHÓ\n"
    "1. Xây dựng kho vật tư dự phòng tại các huyện ven biển.\n"
    "C. NHIỆM VỤ TRỌNG TÂM NĂM 2026\n"
    "1. Hoàn thành việc di dời các hộ dân ra khỏi vùng sạt lở nguy hiểm.\n"
    "2. Nâng cấp hệ thống cảnh báo sớm lũ trên các sông chính.\n"
    "D. TỔ CHỨC THỰC HIỆN\n"
    "1. Sở Nông nghiệp và Môi trường\n"
    "Chủ trì, phối hợp với các sở, ngành theo dõi, đôn đốc việc thực hiện Kế hoạch này.\n"
    "2. Ủy ban nhân dân các huyện\n"
    "- Xây dựng kế hoạch phòng, chống thiên tai của địa phương.\n"
    "- Bố trí lực lượng xung kích tại các xã.\n"
    "Nơi nhận:\n"
)


def test_lettered_parts_lead_the_refs() -> None:
    # round 25: "A." … "D." in sequence, each over Roman or numbered sections, are the plan's parts: "B.I.1",
    # "C.1", "D.2-1" (C and D both number from 1); without the rule C's and D's items collide under B's last section
    items = items_by_ref(HEADER + LETTERED)
    tasks = task_refs(items)
    assert {"B.I.1", "B.I.2", "B.II.1", "C.1", "C.2", "D.1", "D.2-1", "D.2-2"} <= tasks
    assert not any(ref.startswith("A") for ref in tasks)  # the aims hold no tasks


def test_lettered_part_assignment_section_gives_owners() -> None:
    # "D. TỔ CHỨC THỰC HIỆN" is the assignment section: its agency headings own their dashes
    items = items_by_ref(HEADER + LETTERED)
    assert items["D.2-1"].lead == ["Ủy ban nhân dân các huyện"]
    assert items["D.1"].lead == ["Sở Nông nghiệp và Môi trường"]


def test_lone_capital_or_letters_under_roman_are_no_parts() -> None:
    # a single "A." (no "B." after it) and capitals under a Roman section keep the Roman numbering on top
    lone = (
        "I. NHIỆM VỤ\n"
        "A. Nhiệm vụ chung\n"
        "1. Rà soát, cập nhật phương án ứng phó với bão mạnh trên địa bàn tỉnh.\n"
        "B. Nhiệm vụ cụ thể\n"
        "1. Tổ chức diễn tập ứng phó với lũ quét tại các huyện miền núi.\n"
        "II. TỔ CHỨC THỰC HIỆN\n"
        "1. Sở Nông nghiệp và Môi trường theo dõi, đôn đốc việc thực hiện Kế hoạch này.\n"
        "Nơi nhận:\n"
    )
    refs = set(items_by_ref(HEADER + lone))
    assert "I" in refs and "II" in refs
    assert not any(ref.startswith(("A", "B.")) for ref in refs)


GROUPS = (
    "A. MỤC ĐÍCH, YÊU CẦU\n"
    "1. Mục đích\n"
    "Nâng cao năng lực ứng phó với thiên tai của các cấp, các ngành.\n"
    "B. NHIỆM VỤ, GIẢI PHÁP\n"
    "I. CÔNG TÁC TUYÊN TRUYỀN\n"
    "1. Nội dung, biện pháp\n"
    "a) Xây dựng chuyên mục về phòng, chống thiên tai trên báo, đài địa phương;\n"
    "b) Tổ chức tập huấn kỹ năng ứng phó cho người dân vùng ven biển.\n"
    "2. Cơ quan chủ trì, phối hợp\n"
    "a) Cơ quan chủ trì\n"
    "- Sở Văn hóa, Thể thao và Du lịch.\n"
    "- Đài Phát thanh và Truyền hình tỉnh.\n"
    "b) Cơ quan phối hợp\n"
    "- Hội Chữ thập đỏ tỉnh; Tỉnh đoàn.\n"
    "3. Thời gian thực hiện: Tháng 6/2026 và thường xuyên.\n"
    "II. ĐẦU TƯ TRANG THIẾT BỊ\n"
    "1. Nội dung, biện pháp\n"
    "a) Mua sắm xuồng cứu hộ cho lực lượng xung kích các xã;\n"
    "b) Bổ sung phao cứu sinh hằng năm cho các đội cứu hộ.\n"
    "2. Chủ trì thực hiện\n"
    "- Bộ Chỉ huy Quân sự tỉnh.\n"
    "3. Thời gian thực hiện: Từ năm 2026 đến năm 2030.\n"
    "C. TỔ CHỨC THỰC HIỆN\n"
    "1. Sở Nông nghiệp và Môi trường\n"
    "Theo dõi, đôn đốc việc thực hiện Kế hoạch này.\n"
    "Nơi nhận:\n"
)


def test_labelled_group_gives_its_items_leads_partners_and_timing() -> None:
    # round 25: "1. Nội dung, biện pháp" over a), b); "2. Cơ quan chủ trì, phối hợp" over "a) Cơ quan chủ trì" and
    # "b) Cơ quan phối hợp" (dashes); "3. Thời gian thực hiện: …": each item takes the group's labels, the labels
    # and their dashes are no tasks
    items = items_by_ref(HEADER + GROUPS)
    tasks = task_refs(items)
    assert {"B.I.1.a", "B.I.1.b", "B.II.1.a", "B.II.1.b"} <= tasks
    assert not any(".2" in ref or ".3" in ref for ref in tasks if ref.startswith("B."))
    a = items["B.I.1.a"]
    assert a.lead == ["Sở Văn hóa, Thể thao và Du lịch", "Đài Phát thanh và Truyền hình tỉnh"]
    assert a.coordinators == ["Hội Chữ thập đỏ tỉnh", "Tỉnh đoàn"]
    assert a.lead_source == "explicit"
    assert str(a.deadline.date) == "2026-06-30"
    assert items["B.II.1.a"].lead == ["Bộ Chỉ huy Quân sự tỉnh"]


def test_group_timing_from_year_to_year_is_due_at_its_end_and_item_cycle_adds() -> None:
    # round 25: "Từ năm 2026 đến năm 2030" is the span of the work (due 2030-12-31), not its start; an item's own
    # cycle ("bổ sung … hằng năm") recurs within the group's timing
    items = items_by_ref(HEADER + GROUPS)
    assert str(items["B.II.1.a"].deadline.date) == "2030-12-31"
    assert items["B.II.1.a"].deadline.recurrence is None
    b = items["B.II.1.b"]
    assert str(b.deadline.date) == "2030-12-31" and b.deadline.recurrence == "yearly"


DECISION = (
    "ỦY BAN NHÂN DÂN TỈNH X\n"
    "Số: 120/KH-UBND\n"
    "X, ngày 10 tháng 3 năm 2026\n"
    "KẾ HOẠCH\n"
    "Bảo vệ môi trường năm 2026\n"
    "I. MỤC ĐÍCH, YÊU CẦU\n"
    "Nâng cao ý thức bảo vệ môi trường của người dân.\n"
    "II. PHÂN CÔNG NHIỆM VỤ\n"
    "1. Sở Nông nghiệp và Môi trường\n"
    "Tham mưu Ủy ban nhân dân tỉnh chỉ đạo, tổ chức thực hiện tốt công tác quản lý nhà nước về bảo vệ môi trường "
    "trên địa bàn tỉnh.\n"
    "Trong đó giao Giám đốc Sở chỉ đạo thực hiện:\n"
    "- Kiểm tra việc xử lý chất thải tại các khu công nghiệp.\n"
    "- Tổng hợp số liệu quan trắc môi trường hằng quý.\n"
    "2. Sở Tài chính: Bố trí kinh phí thực hiện Kế hoạch theo quy định.\n"
    "III. TỔ CHỨC THỰC HIỆN\n"
    "1. Các sở, ngành, địa phương triển khai thực hiện Kế hoạch này.\n"
    "2. Quá trình thực hiện nếu có khó khăn, vướng mắc các cơ quan, đơn vị báo cáo về Ủy ban nhân dân tỉnh (qua "
    "Sở Nông nghiệp và Môi trường) để hướng dẫn./.\n"
    "Nơi nhận:\n"
)


def test_agency_heading_duty_before_a_lead_in_is_a_task() -> None:
    # round 25: "1. Sở X" / "Tham mưu … ." / "Trong đó giao … thực hiện:" / dashes — the paragraph of work under the
    # heading is the agency's duty besides its dashes; the lead-in paragraph is no task
    items = items_by_ref(DECISION)
    tasks = task_refs(items)
    assert {"II.1", "II.1-1", "II.1-2"} <= tasks
    assert items["II.1"].lead == ["Sở Nông nghiệp và Môi trường"]


def test_course_of_work_rule_without_trong_is_no_task() -> None:
    # round 25: "Quá trình thực hiện nếu có khó khăn, vướng mắc … báo cáo …" is the standing rule "Trong quá trình
    # thực hiện, nếu …" is, written without its "Trong"
    assert "III.2" not in task_refs(items_by_ref(DECISION))


TIMED = (
    "THỦ TƯỚNG CHÍNH PHỦ\n"
    "Số: 900/QĐ-TTg\n"
    "KẾ HOẠCH\n"
    "Thực hiện chính sách đối với cựu chiến binh\n"
    "Căn cứ Nghị quyết số 45/NQ-CP ngày 12 tháng 3 năm 2025 của Chính phủ;\n"
    "I. NHIỆM VỤ\n"
    "1. Hoàn thiện thể chế\n"
    "- Năm 2026: Rà soát, tổng kết hệ thống văn bản pháp luật về chính sách đối với cựu chiến binh.\n"
    "- Năm 2027, trình ban hành Nghị định thay thế Nghị định hiện hành.\n"
    "- Nghiên cứu chính sách đối với người tham gia dân công hỏa tuyến trong giai đoạn 1979 - 1989 nhưng chưa "
    "được hưởng chế độ.\n"
    "2. Tập trung giải quyết dứt điểm hồ sơ tồn đọng của các địa phương (Quý IV/2026, Quý I/2027 và thường "
    "xuyên).\n"
    "3. Tổ chức triển khai Quyết định số 1753/QĐ-TTg của Thủ tướng Chính phủ về việc thành lập Ban Chỉ đạo "
    "quốc gia về công tác hỗ trợ cựu chiến binh và thân nhân ở các địa phương từ nay đến năm 2030 và những năm "
    "tiếp theo.\n"
    "II. TỔ CHỨC THỰC HIỆN\n"
    "Bộ Nội vụ chủ trì theo dõi, đôn đốc việc thực hiện Kế hoạch này.\n"
    "Nơi nhận:\n"
)


def test_opening_period_before_colon_or_comma_times_the_item() -> None:
    # round 25: "Năm 2026: Rà soát …" and "Năm 2027, trình …" write the item's year as its first words
    items = items_by_ref(TIMED)
    assert str(items["I.1-1"].deadline.date) == "2026-12-31"
    assert str(items["I.1-2"].deadline.date) == "2027-12-31"


def test_closing_bracket_of_periods_times_the_item() -> None:
    # round 25: "… (Quý IV/2026, Quý I/2027 và thường xuyên)." closes the item with its timing: the last period
    assert str(items_by_ref(TIMED)["I.2"].deadline.date) == "2027-03-31"


def test_period_before_the_cited_documents_is_no_deadline() -> None:
    # round 25: "trong giai đoạn 1979 - 1989" ends long before the plan (issued after its 2025 basis): whom the work
    # is about, not when it is due
    assert items_by_ref(TIMED)["I.1-3"].deadline.date is None


def test_horizon_in_a_numbered_documents_long_title_is_no_deadline() -> None:
    # round 25: "Quyết định số 1753/QĐ-TTg … về việc thành lập Ban Chỉ đạo … từ nay đến năm 2030 và những năm tiếp
    # theo": the horizon closes the cited decision's title, however many words it runs
    item = items_by_ref(TIMED)["I.3"]
    assert item.deadline.date is None and item.deadline.recurrence is None


def test_horizon_then_share_is_a_target_not_a_task() -> None:
    # round 25: "Đến năm 2030, phấn đấu đạt 100% …" and "Đến năm 2030, 95% … được …" among work items state targets
    body = (
        "I. NHIỆM VỤ VÀ CHỈ TIÊU\n"
        "a) Rà soát, hoàn thiện chính sách hỗ trợ cựu chiến binh có hoàn cảnh khó khăn.\n"
        "b) Đến năm 2030, phấn đấu đạt 100% cựu chiến binh có hoàn cảnh khó khăn được hỗ trợ nhà ở.\n"
        "c) Đến năm 2030, 95% cựu chiến binh được khám sức khỏe định kỳ.\n"
        "II. TỔ CHỨC THỰC HIỆN\n"
        "Bộ Nội vụ chủ trì theo dõi, đôn đốc việc thực hiện Kế hoạch này.\n"
        "Nơi nhận:\n"
    )
    tasks = task_refs(items_by_ref(TIMED.split("I. NHIỆM VỤ")[0] + body))
    assert "I.a" in tasks
    assert "I.b" not in tasks and "I.c" not in tasks


def test_long_responsibility_heading_over_its_paragraph() -> None:
    # round 25: "3. Trách nhiệm của các sở, ngành, địa phương; Ủy ban Mặt trận Tổ quốc … tỉnh, Hội Cựu chiến binh tỉnh"
    # (a long list of bodies split by ";") is a heading: the paragraph under it is its duty, owned by those bodies
    body = (
        "I. NHIỆM VỤ\n"
        "1. Rà soát, hoàn thiện chính sách hỗ trợ cựu chiến binh có hoàn cảnh khó khăn.\n"
        "II. TỔ CHỨC THỰC HIỆN\n"
        "1. Trách nhiệm của các sở, ban, ngành, địa phương; Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Hội Cựu chiến "
        "binh tỉnh và Hội Liên hiệp Phụ nữ tỉnh\n"
        "Căn cứ chức năng, nhiệm vụ, các sở, ban, ngành, địa phương xây dựng kế hoạch triển khai thực hiện; phối hợp "
        "với Sở Nội vụ đôn đốc, kiểm tra việc thực hiện.\n"
        "Nơi nhận:\n"
    )
    items = items_by_ref(TIMED.split("I. NHIỆM VỤ")[0] + body)
    item = items["II.1"]
    assert item.kind == "task" and item.text.startswith("Căn cứ chức năng")
    assert "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh" in item.lead


def test_six_months_listed_with_a_yearly_cycle_recurs_half_yearly() -> None:
    # round 25: "Thời gian thực hiện: 6 tháng, hằng năm và định kỳ" lists cycles; six months is the shortest
    groups = GROUPS.replace(
        "Thời gian thực hiện: Tháng 6/2026 và thường xuyên.", "Thời gian thực hiện: 6 tháng, hằng năm."
    )
    item = items_by_ref(HEADER + groups)["B.I.1.a"]
    assert item.deadline.recurrence == "half-yearly" and item.deadline.date is None


def test_range_of_years_after_tu_in_running_text_is_due_at_its_end() -> None:
    # round 25: "… triển khai … các nhiệm vụ từ năm 2026 đến năm 2028." sets the span of the work (due at its end);
    # the same range as the period of a named document ("Đề án … giai đoạn từ năm …") gives none
    from planparse.deadlines import find_deadline

    found = find_deadline("Tập trung triển khai có hiệu quả các nhiệm vụ trọng tâm từ năm 2026 đến năm 2028.")
    assert str(found.date) == "2028-12-31"
    assert (
        find_deadline("Triển khai Đề án hỗ trợ cựu chiến binh giai đoạn từ năm 2026 đến năm 2030.").date
        is None
    )
