"""Reading rules of the eleventh round on what is not a task (synthetic texts in the styles of the fifth, eighth
and ninth sets): the check-list under a check, the criteria, ranking method and awards of an emulation plan."""

from __future__ import annotations

from planparse.tests.reading import items_by_ref, notice_items, task_refs

HEAD = "ỦY BAN NHÂN DÂN XÃ A\nSố: 12/KH-UBND\nKẾ HOẠCH\n{title}\n"


CHECKS = HEAD.format(title="Kiểm tra, giám sát công tác chuyển đổi số năm 2026") + (
    "I. MỤC ĐÍCH, YÊU CẦU\n"
    "Bảo đảm công tác chuyển đổi số được thực hiện đúng quy định.\n"
    "II. NỘI DUNG KIỂM TRA, GIÁM SÁT\n"
    "1. Giám sát việc triển khai dịch vụ công trực tuyến của xã\n"
    "- Cơ cấu, số lượng công chức được giao theo dõi dịch vụ công;\n"
    "- Việc ban hành các văn bản hướng dẫn người dân;\n"
    "- Việc tiếp nhận hồ sơ trực tuyến và trả kết quả đúng hạn.\n"
    "* Thời gian thực hiện: Trong khoảng thời gian từ ngày 01/3/2026 đến ngày 30/4/2026.\n"
    "2. Kiểm tra việc số hóa hồ sơ, kết quả giải quyết thủ tục hành chính\n"
    "- Tỷ lệ hồ sơ được số hóa;\n"
    "- Việc lưu trữ hồ sơ điện tử theo quy định.\n"
    "* Thời gian thực hiện:\n"
    "+ Đợt 1: Trong khoảng thời gian từ ngày 02/5/2026 đến ngày 15/5/2026.\n"
    "+ Đợt 2: Trong khoảng thời gian từ ngày 01/9/2026 đến ngày 15/9/2026.\n"
    "3. Kiểm tra, giám sát việc giải quyết phản ánh, kiến nghị\n"
    "- Giám sát việc tiếp nhận phản ánh, kiến nghị của người dân qua cổng thông tin.\n"
    "- Kiểm tra việc trả lời phản ánh, kiến nghị của các bộ phận chuyên môn.\n"
    "III. TỔ CHỨC THỰC HIỆN\n"
    "1. Văn phòng UBND xã chủ trì tổ chức kiểm tra, giám sát theo kế hoạch này.\n"
)


def test_a_check_is_the_task_and_its_check_list_its_content() -> None:
    items = items_by_ref(CHECKS)
    assert {"II.1", "II.2", "II.3-1", "II.3-2", "III.1"} == task_refs(items)
    # the time line among the points times the check; dated rounds end with the last one
    assert str(items["II.1"].deadline.date) == "2026-04-30"
    assert str(items["II.2"].deadline.date) == "2026-09-15"
    # the body the plan charges with the checks carries them out
    assert items["II.1"].lead == ["Văn phòng UBND xã"]


CAMPAIGN = HEAD.format(title="Phát động thi đua cải cách hành chính năm 2026") + (
    "I. MỤC ĐÍCH, YÊU CẦU\n"
    "1. Khơi dậy tinh thần thi đua.\n"
    "II. NỘI DUNG THI ĐUA, PHƯƠNG ÁN TRIỂN KHAI VÀ CÁCH THỨC XẾP HẠNG\n"
    "1. Nội dung thi đua\n"
    "(1) 100% hồ sơ thủ tục hành chính được tiếp nhận trực tuyến;\n"
    "(2) Ít nhất 90% người dân hài lòng với việc giải quyết thủ tục hành chính.\n"
    "2. Phương án triển khai\n"
    "a) Công chức Văn phòng tổ chức tuyên truyền đến từng thôn.\n"
    "3. Tiêu chí đánh giá, xếp loại\n"
    "a) Trên cơ sở kết quả thực hiện, giao Văn phòng UBND xã thành lập tổ chấm điểm.\n"
    "b) Trên cơ sở kết quả họp xét của Hội đồng thi đua xã.\n"
    "4. Cách thức xếp hạng\n"
    "a) Trên cơ sở kết quả chấm điểm, Hội đồng thi đua xã họp xét, xếp hạng các thôn.\n"
    "b) Đối với các thôn: Nếu có hai thôn bằng điểm thì thôn nào có nhiều hồ sơ trực tuyến hơn xếp trên.\n"
    "III. KHEN THƯỞNG\n"
    "1. Chủ tịch UBND xã xem xét tặng Giấy khen cho các tập thể, cá nhân có thành tích xuất sắc.\n"
    "2. Kinh phí khen thưởng: Từ nguồn kinh phí thi đua của xã.\n"
    "IV. TỔ CHỨC THỰC HIỆN\n"
    "1. Văn phòng UBND xã theo dõi, đôn đốc thực hiện Kế hoạch.\n"
    "2. Các cơ quan, đơn vị trên địa bàn xã căn cứ tình hình thực tế xây dựng kế hoạch hưởng ứng đợt thi đua gắn với nhiệm vụ "
    "trọng tâm của thôn; đề ra giải pháp hoàn thành chỉ tiêu năm 2026.\n"
    "- Giới thiệu gương điển hình trong đợt thi đua.\n"
    "- Báo cáo UBND xã kết quả đợt thi đua khi tổng kết.\n"
)


def test_criteria_ranking_and_awards_of_a_campaign_are_nottask_refs() -> None:
    items = items_by_ref(CAMPAIGN)
    tasks = task_refs(items)
    for ref in ("II.1.1", "II.1.2", "II.3.b", "II.4.a", "II.4.b", "III.1", "III.2"):
        assert ref not in tasks, ref
    # the way the work is done is a task, and so is a criterion's item that hands out work ("giao …")
    assert {"II.2.a", "II.3.a", "IV.1"} <= tasks


def test_a_sentence_of_work_before_its_bullets_is_a_task_too() -> None:
    tasks = task_refs(items_by_ref(CAMPAIGN))
    assert {"IV.2", "IV.2-1", "IV.2-2"} <= tasks


LETTER = (
    "BỘ KHOA HỌC\nSố: 321/BKH-VP\nV/v phổ biến sổ tay chuyển đổi số\nKính gửi: Ủy ban nhân dân các tỉnh\n"
)


def test_a_list_of_enclosures_is_not_a_list_oftask_refs() -> None:
    items = notice_items(
        LETTER,
        "Bộ Khoa học đề nghị UBND các tỉnh quan tâm chỉ đạo:\n"
        "1. Phổ biến sổ tay đến Ủy ban nhân dân cấp xã.\n"
        "2. Lồng ghép nội dung sổ tay vào các lớp tập huấn cho công chức cấp xã.\n"
        "Bộ Khoa học gửi kèm bộ tài liệu gồm:\n"
        "- Sổ tay chuyển đổi số cấp xã;\n"
        "- Slide tập huấn sổ tay.\n",
    )
    assert {"1", "2"} == task_refs(items)


def test_the_issuer_telling_what_it_has_done_asks_nothing() -> None:
    items = notice_items(
        LETTER,
        "1. Trên cơ sở ý kiến của các địa phương, Bộ Khoa học đã tổng hợp đề xuất gửi Bộ Tài chính thẩm định.\n"
        "2. Bộ Khoa học đã hướng dẫn các sở xác định nhu cầu. Vì vậy, đề nghị Ủy ban nhân dân các tỉnh rà soát, "
        "gửi số liệu về Bộ Khoa học.\n",
    )
    assert {"2"} == task_refs(items)


def test_a_charge_to_carry_out_the_whole_letter_gives_no_work() -> None:
    items = notice_items(
        LETTER,
        "1. Sở Xây dựng chủ trì hướng dẫn các địa phương áp dụng các giải pháp kỹ thuật.\n"
        "2. Tổ chức thực hiện\n"
        "Thủ trưởng các sở, ban, ngành; Chủ tịch Ủy ban nhân dân các xã chịu trách nhiệm tổ chức triển khai thực "
        "hiện nghiêm túc các nội dung nêu trên; trong quá trình thực hiện nếu có vướng mắc, kịp thời báo cáo.\n"
        "3. Giám đốc các sở, Chủ tịch Ủy ban nhân dân các xã chịu trách nhiệm thực hiện Công văn này.\n"
        "Căn cứ nội dung Công văn này, các sở, ban, ngành xây dựng kế hoạch chi tiết triển khai trong phạm vi quản lý.\n"
        "4. Thủ trưởng các sở, ban, ngành chịu trách nhiệm triển khai thực hiện Công văn này và báo cáo kết quả về "
        "Ủy ban nhân dân tỉnh trước ngày 15/12/2026.\n",
    )
    tasks = task_refs(items)
    assert "2" not in tasks and "3" not in tasks
    assert {
        "1",
        "3[2]",
        "4",
    } <= tasks  # the paragraph under a charge is its duty; a charge that asks more is one


def test_funding_by_rule_and_reporting_difficulties_are_nottask_refs() -> None:
    items = items_by_ref(
        HEAD.format(title="Giám sát công tác bầu cử") + "I. TỔ CHỨC THỰC HIỆN\n"
        "1. Ban Thường trực Ủy ban MTTQ xã xây dựng kế hoạch giám sát.\n"
        "2. Kinh phí phục vụ công tác giám sát bầu cử đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026 - 2031 được "
        "thực hiện theo quy định tại Thông tư số 87/2025/TT-BTC.\n"
        "3. Kinh phí khen thưởng: Từ nguồn kinh phí thi đua của xã.\n"
        "4. Đoàn giám sát trong quá trình giám sát nếu có vấn đề gì phát sinh, khó khăn, vướng mắc thì báo cáo kịp "
        "thời để xử lý.\n"
    )
    assert {"I.1"} == task_refs(items)


def test_a_body_organising_the_checks_is_given_work_in_the_how_section() -> None:
    items = items_by_ref(
        HEAD.format(title="Kiểm tra công tác cải cách hành chính") + "I. HÌNH THỨC KIỂM TRA, GIÁM SÁT\n"
        "1. Kiểm tra trực tuyến: thông qua báo cáo của các thôn.\n"
        "2. Tổ chức đoàn kiểm tra\n"
        "- Văn phòng UBND xã chủ trì tổ chức đoàn kiểm tra tại các thôn.\n"
        "- Ban hành quyết định thành lập đoàn kiểm tra gồm:\n"
        "+ Trưởng đoàn: Lãnh đạo Văn phòng UBND xã\n"
        "+ Thành viên: công chức các bộ phận chuyên môn\n"
        "- Đoàn kiểm tra làm việc với các thôn bằng hình thức trực tiếp.\n"
        "II. TỔ CHỨC THỰC HIỆN\n"
        "1. Văn phòng UBND xã theo dõi, tổng hợp kết quả kiểm tra.\n"
    )
    tasks = task_refs(items)
    assert "I.2-1" in tasks
    for ref in ("I.1", "I.2-2.+1", "I.2-2.+2", "I.2-3"):
        assert ref not in tasks, ref
