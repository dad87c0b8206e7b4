"""Owner rules of round 13 (owners), found by listing every lead miss of the sets read so far (synthetic texts in
their styles): a content heading's bullets share the owner the assignment section gives those of them it
restates; a letter's later sentence that draws the request ("Vì vậy, đề nghị X …") names the owner; "Mỗi X"
("each body") is a subject like "Các X"."""

from __future__ import annotations

from planparse.tests.reading import items_by_ref

PLAN_HEAD = "ỦY BAN NHÂN DÂN TỈNH B\nSố: 31/KH-UBND\nKẾ HOẠCH\nKhắc phục môi trường sau mưa lũ\n"


def test_bullets_under_one_heading_take_the_owner_of_the_sibling_a_duty_restates() -> None:
    items = items_by_ref(
        PLAN_HEAD + "I. NHIỆM VỤ\n"
        "1. Vệ sinh môi trường\n"
        "a) Rác thải\n"
        "- Thu gom, vận chuyển và xử lý triệt để rác thải tồn đọng sau lũ.\n"
        "- Bố trí điểm tập kết tạm thời cách xa khu dân cư.\n"
        "- Khoanh vùng các điểm đổ trộm để lập biên bản.\n"
        "b) Phòng dịch\n"
        "- Cấp phát thuốc điều trị bệnh ngoài da cho người dân vùng ngập.\n"
        "- Theo dõi các ổ dịch sốt xuất huyết.\n"
        "II. TỔ CHỨC THỰC HIỆN\n"
        "1. Sở Nông nghiệp và Môi trường\n"
        "- Chỉ đạo thu gom, vận chuyển và xử lý rác thải tồn đọng sau lũ.\n"
        "2. Sở Y tế\n"
        "- Chủ trì triển khai kế hoạch; cấp phát thuốc điều trị bệnh ngoài da cho người dân vùng ngập.\n"
        "- Báo cáo kết quả thực hiện kế hoạch về Ủy ban nhân dân tỉnh.\n"
    )
    assert items["I.1.a-1"].lead == ["Sở Nông nghiệp và Môi trường"]
    # the siblings share too few words with the duty to be linked alone; the heading's group is one share of work
    for ref in ("I.1.a-2", "I.1.a-3"):
        assert items[ref].lead == ["Sở Nông nghiệp và Môi trường"], ref
        assert items[ref].lead_source == "section_III"


def test_a_weak_link_of_one_bullet_does_not_speak_for_more_siblings() -> None:
    items = items_by_ref(
        PLAN_HEAD + "I. NHIỆM VỤ\n"
        "1. Vệ sinh môi trường\n"
        "- Vận động người dân tham gia tổng vệ sinh đường làng.\n"
        "- Phun hóa chất khử khuẩn khu vực trường học.\n"
        "- Thu dọn bùn đất tại các trạm y tế.\n"
        "II. TỔ CHỨC THỰC HIỆN\n"
        "1. Sở Y tế chủ trì, theo dõi, đôn đốc thực hiện Kế hoạch này.\n"
        "2. Các tổ chức thành viên\n"
        "- Vận động hội viên tham gia vệ sinh môi trường, tuyên truyền phòng chống dịch.\n"
    )
    # one catch-all link does not give its group to the catch-all; the rest keep the plan's coordinator
    assert items["I.1-2"].lead == ["Sở Y tế"]
    assert items["I.1-2"].lead_source == "inferred"


def test_a_later_sentence_that_draws_the_request_names_the_owner() -> None:
    items = items_by_ref(
        "BỘ NỘI VỤ\nSố: 99/BNV-KHTC\nV/v phân bổ kinh phí\nKính gửi: Ủy ban nhân dân các tỉnh\n"
        "1. Về tình hình thực hiện năm trước: các địa phương đã hoàn thành việc chi trả đúng hạn.\n"
        "2. Về mức chi phí quản lý năm 2026: Theo hướng dẫn tại Công văn số 10/BNV-KHTC ngày 01/10/2025, mức chi "
        "phí quản lý được xác định theo số lượng đối tượng của từng xã. Vì vậy, đề nghị Ủy ban nhân dân các tỉnh căn cứ hướng dẫn nêu trên "
        "quyết định mức chi phí quản lý cho từng xã.\n"
    )
    assert items["2"].lead == ["Ủy ban nhân dân các tỉnh"]


def test_each_body_is_a_subject() -> None:
    items = items_by_ref(
        PLAN_HEAD + "I. NHIỆM VỤ\n"
        "1. Ứng dụng trí tuệ nhân tạo\n"
        "a) Mỗi ngành, lĩnh vực cần xác định một số bài toán trọng điểm có thể giải quyết bằng trí tuệ nhân tạo.\n"
        "b) Xây dựng kho dữ liệu huấn luyện dùng chung.\n"
        "II. TỔ CHỨC THỰC HIỆN\n"
        "1. Sở Khoa học và Công nghệ chủ trì, theo dõi, đôn đốc thực hiện Kế hoạch này.\n"
    )
    assert items["I.1.a"].lead[0].startswith("Mỗi ngành")
    assert items["I.1.a"].lead_source == "explicit"


def test_a_long_lead_in_whose_last_sentence_assigns_owns_its_bullets() -> None:
    items = items_by_ref(
        "ỦY BAN NHÂN DÂN TỈNH B\nSố: 40/TB-UBND\nTHÔNG BÁO\nKết luận của Phó Chủ tịch UBND tỉnh\n"
        "Sau khi nghe báo cáo, đồng chí chủ trì kết luận như sau:\n"
        "1. Thống nhất tổ chức Hội nghị gặp mặt doanh nghiệp nhỏ và vừa của tỉnh trong quý II năm 2026 theo đề xuất "
        "của Trung tâm Khuyến công, Thương mại và Dịch vụ tỉnh. Giao Trung tâm Khuyến công, Thương mại và Dịch vụ "
        "tỉnh:\n"
        "- Nghiên cứu nội dung, thành phần, thời gian, địa điểm tổ chức Hội nghị.\n"
        "- Mời một số doanh nghiệp tiêu biểu tham luận tại Hội nghị.\n"
        "2. Giao Sở Tài chính bố trí kinh phí tổ chức Hội nghị.\n"
    )
    for ref in ("1-1", "1-2"):
        assert items[ref].lead == ["Trung tâm Khuyến công, Thương mại và Dịch vụ tỉnh"], ref


def test_a_catch_all_heading_gives_way_to_the_body_its_paragraph_names() -> None:
    items = items_by_ref(
        PLAN_HEAD + "I. TRÁCH NHIỆM THẨM ĐỊNH\n"
        "1. Các sở chuyên ngành\n"
        "a) Sở Xây dựng\nCho ý kiến về sự phù hợp với quy hoạch xây dựng.\n"
        "b) Các đơn vị khác\n"
        "Cơ quan đăng ký đầu tư có trách nhiệm lấy ý kiến cụ thể về lĩnh vực đầu tư của dự án.\n"
        "c) Các cơ quan liên quan\nCho ý kiến về nội dung thuộc lĩnh vực quản lý.\n"
    )
    assert items["I.1.b"].lead == ["Cơ quan đăng ký đầu tư"]
    # a paragraph that names no body keeps its heading's owners
    assert items["I.1.c"].lead == ["Các cơ quan liên quan"]


def test_a_broad_duty_weighs_on_each_task_it_carries_out_as_fully_as_a_narrow_one() -> None:
    items = items_by_ref(
        "ỦY BAN NHÂN DÂN TỈNH B\nSố: 31/KH-UBND\nKẾ HOẠCH\nPhòng, chống ma túy năm 2026\n"
        "I. NHIỆM VỤ\n"
        "1. Quản lý người nghiện ma túy tại cộng đồng, phòng ngừa tái nghiện, kết hợp cắt cơn.\n"
        "2. Quản lý người nghiện ma túy sau cai tại nơi cư trú.\n"
        "3. Quản lý chặt chẽ người nghiện ma túy lưu trú tại các cơ sở kinh doanh dịch vụ.\n"
        "II. TỔ CHỨC THỰC HIỆN\n"
        "1. Công an tỉnh\n"
        "- Chủ trì quản lý người nghiện ma túy tại cộng đồng, sau cai, tại nơi cư trú và tại các cơ sở kinh doanh "
        "dịch vụ lưu trú.\n"
        "2. Sở Y tế\n"
        "- Hướng dẫn cắt cơn, điều trị tái nghiện tại cơ sở y tế, bảo đảm thuốc và vật tư y tế.\n"
        "3. Sở Tài chính\n- Bố trí kinh phí thực hiện.\n"
    )
    # the police's duty covers all three tasks and shares the most with the first; the health department's single
    # duty shares less with it (it was weighed more because it carries out nothing else)
    assert [i.lead for i in (items["I.1"], items["I.2"], items["I.3"])] == [["Công an tỉnh"]] * 3
    assert items["I.1"].lead_source == "section_III"


def test_a_later_clause_with_its_own_body_adds_that_body_as_an_owner() -> None:
    items = items_by_ref(
        "ỦY BAN NHÂN DÂN TỈNH B\nSố: 50/UBND-KT\nV/v di dời cụm công nghiệp\nKính gửi: Các sở, ngành\n"
        "1. Giao Sở Công Thương chủ trì, phối hợp với Ủy ban nhân dân phường A rà soát hiện trạng cụm công nghiệp B. "
        "Nếu đủ điều kiện, đề xuất phương án di dời các doanh nghiệp; đồng thời Ủy ban nhân dân phường A đề xuất mở "
        "rộng cụm công nghiệp C để tiếp nhận các doanh nghiệp di dời.\n"
        "2. Các phòng, đơn vị báo cáo kết quả về Phòng Kế hoạch trước ngày 18 hằng tháng. Phòng Kế hoạch tổng hợp, "
        "báo cáo Lãnh đạo Sở.\n"
        "3. Sở Tài chính bố trí kinh phí; Sở Tài chính hướng dẫn thanh quyết toán.\n"
    )
    assert items["1"].lead == ["Sở Công Thương", "Ủy ban nhân dân phường A"]
    assert items["2"].lead == ["Các phòng, đơn vị", "Phòng Kế hoạch"]
    assert items["3"].lead == ["Sở Tài chính"]


def test_the_head_of_bodies_and_public_service_units_are_owners() -> None:
    """ "Giao người đứng đầu các cơ quan …" names the head of bodies as "Thủ trưởng" does; "công lập" (public) ends
    the name of "các đơn vị sự nghiệp công lập", it is not the verb "lập"."""
    items = items_by_ref(
        "ỦY BAN NHÂN DÂN TỈNH A\nSố: 5/UBND-VX\nV/v cập nhật cơ sở dữ liệu\nKính gửi: Các sở, ngành\n"
        "Chủ tịch Ủy ban nhân dân tỉnh có ý kiến chỉ đạo như sau:\n"
        "1. Giao người đứng đầu các cơ quan chuyên môn, các đơn vị sự nghiệp công lập; Chủ tịch Ủy ban nhân dân các "
        "xã, phường\n- Cập nhật cơ sở dữ liệu cán bộ.\n- Kiểm tra, đôn đốc việc cập nhật.\n"
        "2. Giao Sở Nội vụ\n- Hướng dẫn cập nhật.\nNơi nhận:\n- Như trên;\n"
    )
    assert items["1-1"].lead == [
        "người đứng đầu các cơ quan chuyên môn",
        "các đơn vị sự nghiệp công lập",
        "Chủ tịch Ủy ban nhân dân các xã, phường",
    ]
    assert items["1-2"].lead == items["1-1"].lead
    assert items["2-1"].lead == ["Sở Nội vụ"]


def test_an_agency_phrase_ends_where_the_verb_assign_begins() -> None:
    from planparse.owners import scan_agency_phrase

    text = "Hội đồng Thi đua - Khen thưởng các cấp phân công rõ trách nhiệm các thành viên theo dõi, đôn đốc."
    assert scan_agency_phrase(text, 0) == ("Hội đồng Thi đua - Khen thưởng các cấp", 38)


def test_an_owner_cell_that_says_what_the_body_does_names_the_body() -> None:
    from planparse.tests.test_reading_rules_round12_tasks import INDICATORS

    text = INDICATORS.replace(
        "| Tỷ lệ người dân có Sổ sức khỏe điện tử đạt 95%. | Sở Y tế",
        "| Tỷ lệ người dân có Sổ sức khỏe điện tử đạt 95%. | Sở Y tế thúc đẩy, theo dõi, báo cáo chỉ tiêu",
    )
    assert items_by_ref(text)["PL.II.1"].lead == ["Sở Y tế"]
    # a cell of names only is read whole
    assert items_by_ref(
        text.replace("| Sở Y tế thúc đẩy, theo dõi, báo cáo chỉ tiêu", "| Sở Y tế, Sở Tài chính")
    )["PL.II.1"].lead == ["Sở Y tế", "Sở Tài chính"]


def test_bodies_of_a_level_and_households_are_named_whole() -> None:
    """ "các cơ quan, đơn vị của Trung ương" names bodies by their level ("của" is not the verb's object here), and
    households are a group that is asked to act, as "cá nhân" are."""
    from planparse.owners import scan_agency_phrase, split_agencies

    text = (
        "các cơ quan, đơn vị của Trung ương; các sở, ban, ngành, đơn vị và các hộ gia đình trên địa bàn Thành phố "
        "treo cờ Tổ quốc từ ngày 10/5/2026."
    )
    found = scan_agency_phrase(text, 0)
    assert found is not None
    assert split_agencies(found[0]) == [
        "các cơ quan, đơn vị của Trung ương",
        "các sở, ban, ngành, đơn vị",
        "các hộ gia đình trên địa bàn Thành phố",
    ]
    # "của" before what a body owns still ends the name
    assert scan_agency_phrase("Sở Tài chính của tỉnh bố trí kinh phí.", 0) == ("Sở Tài chính của tỉnh", 21)
    assert scan_agency_phrase("Sở Tài chính rà soát kinh phí của các dự án.", 0) == ("Sở Tài chính", 12)
