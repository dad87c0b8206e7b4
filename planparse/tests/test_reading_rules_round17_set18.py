"""Reading rules of round 17, from the eighteenth set (synthetic texts in its styles): documents of central Party
bodies (a guidance, a conclusion), a Government Office notice whose requests are "(i)", "(ii)" … items, and Prime
Minister's dispatches that name ministers and provincial leaders in distributive lists."""

from __future__ import annotations

from planparse.tests.reading import items_by_ref, notice_items, task_refs

DISPATCH_HEAD = (
    "THỦ TƯỚNG CHÍNH PHỦ\nSố: 40/CĐ-TTg\nCÔNG ĐIỆN\nVề việc ứng phó với mưa lớn\n"
    "Kính gửi: Các Bộ trưởng; Chủ tịch Ủy ban nhân dân các tỉnh, thành phố.\n"
    "Để chủ động ứng phó với mưa lớn, Thủ tướng Chính phủ yêu cầu:\n"
)
PARTY_HEAD = (
    "BAN CHẤP HÀNH TRUNG ƯƠNG\nĐẢNG CỘNG SẢN VIỆT NAM\nSố 12-HD/BTGDVTW\nHƯỚNG DẪN\n"
    "VỀ VIỆC NÂNG CAO CHẤT LƯỢNG TÀI LIỆU SINH HOẠT\n"
)


# -- owners ---------------------------------------------------------------------------------------------------


def test_a_minister_of_each_ministry_listed_keeps_the_title_with_each_ministry() -> None:
    # round 16's "a ministry is one national body" read "Bộ trưởng" as a ministry
    items = notice_items(
        DISPATCH_HEAD, "1. Bộ trưởng các Bộ: Tài chính, Tư pháp chủ động chỉ đạo các đơn vị.\n"
    )
    assert items["1"].lead == ["Bộ trưởng Bộ Tài chính", "Bộ trưởng Bộ Tư pháp"]


def test_party_committees_in_lower_case_are_one_group_not_provinces() -> None:
    items = notice_items(
        PARTY_HEAD,
        "I. TỔ CHỨC THỰC HIỆN\n1. Các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương cụ thể hóa hướng dẫn này "
        "phù hợp với thực tiễn địa phương.\n",
    )
    assert items["I.1"].lead == ["Các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương"]


def test_names_parted_by_commas_end_at_a_semicolon_that_opens_another_owner() -> None:
    items = notice_items(
        DISPATCH_HEAD,
        "1. Bộ trưởng các Bộ: Tài chính, Tư pháp, Nội vụ; Chủ tịch Ủy ban nhân dân tỉnh Lào Cai tổ chức "
        "theo dõi sát tình hình.\n",
    )
    assert items["1"].lead == [
        "Bộ trưởng Bộ Tài chính",
        "Bộ trưởng Bộ Tư pháp",
        "Bộ trưởng Bộ Nội vụ",
        "Chủ tịch Ủy ban nhân dân tỉnh Lào Cai",
    ]


def test_leaders_of_a_group_after_a_distributive_list_are_an_owner_of_their_own() -> None:
    items = notice_items(
        DISPATCH_HEAD,
        "1. Chủ tịch Ủy ban nhân dân các tỉnh: Hòa Bình, Sơn La và lãnh đạo các Bộ, ngành theo chức năng tập trung "
        "chỉ đạo ứng phó.\n",
    )
    assert items["1"].lead == [
        "Chủ tịch Ủy ban nhân dân tỉnh Hòa Bình",
        "Chủ tịch Ủy ban nhân dân tỉnh Sơn La",
        "lãnh đạo các Bộ, ngành",
    ]


def test_the_head_of_an_office_is_an_office_holder() -> None:
    items = notice_items(
        DISPATCH_HEAD, "1. Chánh Văn phòng Ủy ban Quốc gia phối hợp với các bộ theo dõi sát diễn biến.\n"
    )
    assert items["1"].lead == ["Chánh Văn phòng Ủy ban Quốc gia"]


# -- what is a task -------------------------------------------------------------------------------------------

NOTICE_HEAD = (
    "VĂN PHÒNG CHÍNH PHỦ\nSố: 71/TB-VPCP\nTHÔNG BÁO\n"
    "KẾT LUẬN CỦA PHÓ THỦ TƯỚNG TẠI BUỔI LÀM VIỆC VỀ DỰ ÁN CẢNG BIỂN\n"
    "Ngày 10 tháng 3 năm 2026, Phó Thủ tướng đã làm việc về dự án và có ý kiến chỉ đạo như sau:\n"
)


def test_items_numbered_i_ii_iii_in_brackets_are_a_list_under_their_lead_in() -> None:
    items = notice_items(
        NOTICE_HEAD,
        "1. Về Dự án cảng biển\n"
        "a) Để hoàn thành dự án đúng tiến độ, đề nghị:\n"
        "(i) Bộ Xây dựng hướng dẫn Chủ đầu tư hoàn thiện hồ sơ.\n"
        "(ii) Ủy ban nhân dân tỉnh Nam Định hoàn thành giải phóng mặt bằng trong tháng 4 năm 2026.\n"
        "(iii) Chủ đầu tư đẩy nhanh tiến độ thi công.\n"
        "b) Bộ Tài chính bố trí vốn cho dự án.\n",
    )
    assert {"1.a.i", "1.a.ii", "1.a.iii", "1.b"} <= {r for r, i in items.items() if i.kind == "task"}
    assert items["1.a.ii"].lead == ["Ủy ban nhân dân tỉnh Nam Định"]
    assert str(items["1.a.ii"].deadline.date) == "2026-04-30"


def test_an_appraisal_in_a_conclusion_is_no_task() -> None:
    items = notice_items(
        NOTICE_HEAD,
        "1. Về Dự án cảng biển\n"
        "a) Đánh giá cao nỗ lực của Chủ đầu tư đã hoàn thành các hạng mục chính của dự án.\n"
        "b) Bộ Tài chính bố trí vốn cho dự án.\n",
    )
    assert items["1.a"].kind == "note"
    assert items["1.b"].kind == "task"


def test_a_bold_recipients_list_of_a_web_copy_ends_the_body() -> None:
    items = items_by_ref(
        NOTICE_HEAD + "1. Bộ Tài chính bố trí vốn cho dự án.\n"
        "__Nơi nhận__:\n- Các bộ, ngành,\n- Ủy ban nhân dân các tỉnh,\n- Lưu Văn phòng.\n"
    )
    assert task_refs(items) == {"1"}


def test_a_sub_heading_about_the_assessment_after_ve_looks_back() -> None:
    items = notice_items(
        "VĂN PHÒNG TRUNG ƯƠNG ĐẢNG\nSố 09-KL/VPTW\nKẾT LUẬN\nCỦA ĐỒNG CHÍ CHÁNH VĂN PHÒNG TẠI HỘI NGHỊ\n",
        "1. Về đánh giá tình hình hoạt động từ năm 2023 đến nay\n"
        "Các văn phòng đã đoàn kết, chủ động, đạt được một số kết quả nổi bật như sau:\n"
        "(1) Công tác tham mưu ngày càng chuyên nghiệp, kịp thời.\n"
        "(2) Duy trì nền nếp công tác thông tin phục vụ lãnh đạo.\n"
        "2. Về nhiệm vụ trọng tâm thời gian tới\n"
        "Các văn phòng tỉnh ủy, thành ủy tập trung thực hiện một số nhiệm vụ sau:\n"
        "(1) Nâng cao chất lượng công tác tham mưu, tổng hợp.\n",
    )
    assert task_refs(items) == {"2.1"}


def test_a_sub_heading_that_says_what_a_publication_holds_lists_content_not_tasks() -> None:
    items = notice_items(
        PARTY_HEAD,
        "I. NỘI DUNG ĐỔI MỚI TÀI LIỆU SINH HOẠT\n"
        "1. Tài liệu sinh hoạt thường kỳ, tập trung vào các nhóm nội dung\n"
        "- Phổ biến chủ trương, đường lối của Đảng.\n"
        "- Thông tin định hướng những vấn đề thời sự.\n"
        "2. Tuyên truyền trên báo chí, tập trung vào các nội dung sau:\n"
        "- Phổ biến chủ trương mới của Trung ương.\n"
        "II. TỔ CHỨC THỰC HIỆN\n"
        "1. Các tỉnh ủy, thành ủy chỉ đạo biên soạn tài liệu sinh hoạt.\n",
    )
    assert task_refs(items) == {"I.2-1", "II.1"}


def test_answering_for_a_field_joined_to_work_is_that_work() -> None:
    items = notice_items(
        DISPATCH_HEAD,
        "1. Chủ tịch Ủy ban nhân dân các tỉnh: Lào Cai, Yên Bái:\n"
        "- Chịu trách nhiệm toàn diện trước Thủ tướng Chính phủ về công tác phòng chống thiên tai trên địa bàn, "
        "chủ động chỉ đạo công tác cứu hộ; kịp thời báo cáo những vấn đề vượt thẩm quyền.\n"
        "- Huy động lực lượng sơ tán người dân khỏi vùng nguy hiểm.\n"
        "2. Bộ Tài chính:\n"
        "- Chịu trách nhiệm toàn diện trước Thủ tướng Chính phủ về tính chính xác của số liệu báo cáo.\n"
        "- Bố trí kinh phí hỗ trợ các địa phương.\n",
    )
    assert task_refs(items) == {"1-1", "1-2", "2-2"}


# -- timing ---------------------------------------------------------------------------------------------------


def test_a_month_of_every_quarter_is_a_quarterly_duty() -> None:
    items = notice_items(
        PARTY_HEAD,
        "I. TỔ CHỨC THỰC HIỆN\n"
        "1. Ban Tuyên giáo tỉnh ủy phát hành tài liệu chuyên đề vào tuần cuối cùng của tháng thứ 3 trong quý.\n"
        "2. Ban Tuyên giáo tỉnh ủy tổng kết việc phát hành tài liệu trong tháng thứ 3 của quý I/2026.\n",
    )
    assert items["I.1"].deadline.recurrence == "quarterly"
    assert items["I.2"].deadline.recurrence is None


def test_a_paragraph_between_two_numbered_items_goes_on_with_the_first() -> None:
    items = notice_items(
        NOTICE_HEAD,
        "1. Cấp ủy, chính quyền tỉnh phải xác định cải cách hành chính là nhiệm vụ trọng tâm.\n"
        "Ủy ban nhân dân tỉnh chỉ đạo các sở hướng dẫn cấp xã tháo gỡ vướng mắc.\n"
        "2. Sở Nội vụ rà soát biên chế các xã.\n"
        "Văn phòng Chính phủ thông báo để các cơ quan biết, thực hiện./.\n",
    )
    assert task_refs(items) == {"1", "1[2]", "2"}
    assert items["1[2]"].lead == ["Ủy ban nhân dân tỉnh"]


def test_a_thing_made_by_a_body_named_as_its_owner_in_the_passive() -> None:
    items = notice_items(
        PARTY_HEAD,
        "I. PHƯƠNG THỨC PHÁT HÀNH\n"
        "1. Tài liệu thường kỳ của Ban Tuyên giáo Trung ương được biên soạn, phát hành trên trang thông tin điện tử.\n"
        "Tài liệu của các tỉnh ủy, thành ủy được biên soạn trên cơ sở tài liệu của Trung ương; phát hành kịp thời "
        "đúng ngày mồng 5 hằng tháng.\n"
        "2. Tăng cường ứng dụng công nghệ thông tin trong phát hành tài liệu.\n",
    )
    assert items["I.1"].lead == ["Ban Tuyên giáo Trung ương"]
    assert items["I.1[2]"].lead == ["các tỉnh ủy, thành ủy"]
    assert items["I.1[2]"].deadline.recurrence == "monthly"
