"""Round 52 (over-reading II): the sender's closing, the request to carry out the whole document, requirements on an
act, a way of seeing a thing; and the work two reading rules dropped (synthetic texts)."""

from __future__ import annotations

from planparse.tests.reading import items_by_ref, task_refs

HEAD = "ỦY BAN NHÂN DÂN TỈNH BẮC HÀ\nSố: 77/KH-UBND\nBắc Hà, ngày 04 tháng 6 năm 2028\nKẾ HOẠCH\n"
END = "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n"

# 1. The sender's closing after an addressee heading's paragraph

SUMMED_UP = (
    HEAD + "Phòng chống đuối nước cho trẻ em năm 2028\n"
    "I. TỔ CHỨC THỰC HIỆN\n"
    "1. Sở Giáo dục và Đào tạo\n"
    "Chỉ đạo các trường tổ chức dạy bơi cho học sinh trong dịp hè, báo cáo kết quả trước ngày 30/9/2028.\n"
    "2. Các sở, ban, ngành và Ủy ban nhân dân các xã\n"
    "Phối hợp tuyên truyền kỹ năng phòng tránh đuối nước tại khu dân cư.\n"
    "{closing}\n" + END
)


def test_a_summary_after_the_last_heading_is_no_duty_of_that_heading() -> None:
    """ "Trên đây là Kế hoạch …" after the paragraph of "2. Các sở, ban, ngành …" sums the document up: it is the
    closing, not the heading's second duty `I.2[2]` (before: a task owned by the bodies of heading 2)."""
    items = items_by_ref(
        SUMMED_UP.format(
            closing="Trên đây là Kế hoạch phòng chống đuối nước cho trẻ em năm 2028 của tỉnh Bắc Hà./."
        )
    )
    assert "I.2[2]" not in items
    assert task_refs(items) == {"I.1", "I.2"}
    closing = next(i for i in items.values() if i.text.startswith("Trên đây"))
    assert closing.kind == "note"


def test_a_notice_sent_for_the_addressees_to_know_is_no_duty_either() -> None:
    """ "Trân trọng thông báo kết luận của đồng chí … để các sở, ngành … biết, thực hiện./." sends the document."""
    items = items_by_ref(
        SUMMED_UP.format(
            closing="Trân trọng thông báo kết luận của đồng chí Phó Chủ tịch Ủy ban nhân dân tỉnh để các sở, ngành, "
            "đơn vị liên quan biết, thực hiện./."
        )
    )
    assert "I.2[2]" not in items and task_refs(items) == {"I.1", "I.2"}


def test_a_further_duty_of_the_heading_stays_its_duty() -> None:
    """A paragraph giving the same bodies more work is still `I.2[2]`."""
    items = items_by_ref(
        SUMMED_UP.format(
            closing="Các sở, ban, ngành rà soát, bổ sung biển cảnh báo tại các điểm có nguy cơ đuối nước."
        )
    )
    assert "I.2[2]" in task_refs(items)


# 2. The request to carry out the document as a whole, then only the rule for what goes wrong

LETTER = (
    "ỦY BAN NHÂN DÂN TỈNH BẮC HÀ\nSố: 880/UBND-KT\nBắc Hà, ngày 10 tháng 7 năm 2028\n"
    "V/v tăng cường quản lý cát, sỏi lòng sông\nKính gửi: Các sở, ban, ngành; Ủy ban nhân dân các xã.\n"
    "1. Sở Nông nghiệp và Môi trường kiểm tra các bến bãi tập kết cát, sỏi, báo cáo trước ngày 15/8/2028.\n"
    "2. Công an tỉnh xử lý nghiêm các hành vi khai thác cát trái phép.\n"
    "3. {last}\n" + END
)


def test_a_numbered_request_to_carry_out_the_letter_is_no_task() -> None:
    """ "3. Chủ tịch UBND tỉnh yêu cầu … nghiêm túc thực hiện. Trong quá trình thực hiện nếu có khó khăn, vướng mắc, …
    kịp thời báo cáo …": the letter's closing request, numbered, asks nothing the items have not (before: a task
    owned by everyone it names)."""
    items = items_by_ref(
        LETTER.format(
            last="Chủ tịch Ủy ban nhân dân tỉnh yêu cầu Thủ trưởng các sở, ban, ngành, Chủ tịch Ủy ban nhân dân các "
            "xã nghiêm túc thực hiện. Trong quá trình thực hiện nếu có khó khăn, vướng mắc, các cơ quan, đơn vị kịp "
            "thời báo cáo Ủy ban nhân dân tỉnh (qua Sở Nông nghiệp và Môi trường) để xem xét, giải quyết."
        )
    )
    assert task_refs(items) == {"1", "2"}


def test_answering_for_the_document_then_the_rule_for_difficulties_is_no_task() -> None:
    """Round 57 (round 54's convention): heads who answer for carrying the document out ("chịu trách nhiệm") have no
    task of their own; heads given the duty to ("có trách nhiệm", daklak-010 III.1's gold) have: see round 57's test."""
    items = items_by_ref(
        LETTER.format(
            last="Thủ trưởng các sở, ban, ngành; Chủ tịch Ủy ban nhân dân các xã căn cứ chức năng, nhiệm vụ được "
            "giao, chịu trách nhiệm triển khai thực hiện nghiêm túc; "
            "trong quá trình thực hiện, nếu có khó khăn, vướng mắc, kịp thời báo cáo Ủy ban nhân dân tỉnh."
        )
    )
    assert task_refs(items) == {"1", "2"}


def test_a_request_followed_by_a_dated_report_stays_a_task() -> None:
    items = items_by_ref(
        LETTER.format(
            last="Chủ tịch Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành nghiêm túc thực hiện. Định kỳ hằng "
            "quý, các sở báo cáo kết quả về Sở Nông nghiệp và Môi trường trước ngày 20 tháng cuối quý."
        )
    )
    assert "3" in task_refs(items)


# 3. A requirement on an act named as a thing

CONCLUSION = (
    "VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH BẮC HÀ\nSố: 95/TB-VP\nBắc Hà, ngày 18 tháng 5 năm 2028\nTHÔNG BÁO\n"
    "Kết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp về chuyển đổi số ngành y tế\n"
    "1. Về xây dựng hồ sơ sức khỏe điện tử\n"
    "a) Sở Y tế chủ trì xây dựng hồ sơ sức khỏe điện tử cho người dân, hoàn thành trong quý III/2028.\n"
    "b) {b}\n"
    "c) Trung tâm Y tế các xã cập nhật dữ liệu khám bệnh lên hệ thống hằng tháng.\n" + END
)


def test_what_an_act_must_be_is_no_task() -> None:
    """ "Việc xây dựng hồ sơ phải xuất phát từ nhu cầu thực tế …": how the act is to be, its subject the act, no
    body (before: a task with no owner)."""
    items = items_by_ref(
        CONCLUSION.format(
            b="Việc xây dựng hồ sơ sức khỏe điện tử phải xuất phát từ nhu cầu thực tế của người dân, bảo đảm an toàn "
            "thông tin cá nhân."
        )
    )
    assert task_refs(items) == {"1.a", "1.c"}


def test_an_act_given_to_a_body_stays_work() -> None:
    items = items_by_ref(
        CONCLUSION.format(b="Giao Sở Tài chính phải bố trí kinh phí xây dựng hồ sơ trong năm 2028.")
    )
    assert "1.b" in task_refs(items)


# 4. A way of seeing a thing

WAY_OF_SEEING = (
    HEAD + "Nâng cao chỉ số hài lòng của người dân năm 2028\n"
    "I. NHIỆM VỤ, GIẢI PHÁP\n"
    "1. {a}\n"
    "2. Các sở, ngành công khai thủ tục hành chính tại bộ phận một cửa, hoàn thành trước ngày 30/6/2028.\n"
    "3. Sở Nội vụ khảo sát sự hài lòng của người dân, báo cáo trước ngày 15/11/2028.\n" + END
)


def test_regarding_a_thing_as_a_duty_is_no_task() -> None:
    """ "Xác định rõ việc nâng cao chỉ số hài lòng … là nhiệm vụ thường xuyên, cấp bách …": a way of seeing it, as
    "… là nhiệm vụ …" is (round 43); it asks no work (before: a task with no owner)."""
    items = items_by_ref(
        WAY_OF_SEEING.format(
            a="Xác định rõ việc nâng cao chỉ số hài lòng của người dân, doanh nghiệp là nhiệm vụ thường xuyên, cấp "
            "bách của cả hệ thống chính trị, trong đó vai trò của người đứng đầu có ý nghĩa quyết định."
        )
    )
    assert task_refs(items) == {"I.2", "I.3"}


def test_regarding_it_so_and_then_working_stays_a_task() -> None:
    items = items_by_ref(
        WAY_OF_SEEING.format(
            a="Xác định việc cải cách thủ tục hành chính là nhiệm vụ trọng tâm; rà soát, cắt giảm thủ tục không cần "
            "thiết trong năm 2028."
        )
    )
    assert "I.1" in task_refs(items)


# 5. A commune's units charged with the tasks they are given

COMMUNE = (
    "ỦY BAN NHÂN DÂN PHƯỜNG AN BÌNH\nSố: 30/KH-UBND\nAn Bình, ngày 02 tháng 3 năm 2028\nKẾ HOẠCH\n"
    "Xây dựng phường đạt chuẩn tiếp cận pháp luật năm 2028\n"
    "I. TỔ CHỨC THỰC HIỆN\n"
    "a) Bộ phận Tư pháp tham mưu UBND phường tổ chức tự chấm điểm, báo cáo trước ngày 15/11/2028.\n"
    "b) Bộ phận Văn hóa - Thông tin tuyên truyền Bộ tiêu chí tiếp cận pháp luật.\n"
    "c) Các bộ phận, ngành, đoàn thể có liên quan phối hợp với bộ phận Tư pháp có trách nhiệm thực hiện các nhiệm "
    "vụ được giao trong mục II của Kế hoạch.\n" + END
)


def test_units_charged_with_what_they_are_given_have_no_work_of_their_own() -> None:
    """As "Các cơ quan … có trách nhiệm thực hiện các nhiệm vụ được giao" (before: c) a task)."""
    assert task_refs(items_by_ref(COMMUNE)) == {"I.a", "I.b"}


# 6. Work the reading of descriptions and of inspection forms dropped

CAPACITY = (
    HEAD + "Chuyển đổi số ngành giao thông năm 2028\n"
    "I. NHIỆM VỤ\n"
    "1. Về nâng cao năng lực và nguồn nhân lực\n"
    "a) Đào tạo và bồi dưỡng:\n"
    "- Tổ chức các khóa tập huấn kỹ năng số cho công chức ngành giao thông.\n"
    "- Hợp tác với các trường đại học đào tạo nguồn nhân lực chất lượng cao.\n"
    "b) Hợp tác:\n"
    "- Mời gọi các doanh nghiệp công nghệ tham gia các dự án chuyển đổi số.\n"
    "- Tham gia hội thảo, học tập kinh nghiệm của các tỉnh trong vùng.\n"
    "2. Sở Xây dựng chủ trì xây dựng cơ sở dữ liệu kết cấu hạ tầng giao thông, hoàn thành trong năm 2028.\n"
    + END
)


def test_labels_whose_bullets_open_with_work_head_that_work() -> None:
    """ "a) Đào tạo và bồi dưỡng:" over "- Tổ chức …", "- Hợp tác …": the labels head work, they do not describe "1."
    (before: "1." one task, its four dashes notes)."""
    items = items_by_ref(CAPACITY)
    assert task_refs(items) == {"I.1.a-1", "I.1.a-2", "I.1.b-1", "I.1.b-2", "I.2"}


def test_labels_that_give_particulars_still_describe_the_item() -> None:
    text = CAPACITY.replace("- Tổ chức các khóa", "- Số lượng: 03 khóa").replace(
        "- Hợp tác với các trường", "- Địa điểm: tại các trường"
    )
    text = text.replace("- Mời gọi các doanh nghiệp", "- Đối tác: các doanh nghiệp").replace(
        "- Tham gia hội thảo, học tập", "- Hình thức: hội thảo, học tập"
    )
    assert "I.1" in task_refs(items_by_ref(text))


INSPECTION_FORMS = (
    "BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM XÃ AN HÒA\nSố: 12/KH-MTTQ\nAn Hòa, ngày 05 tháng 12 năm 2027\nKẾ HOẠCH\n"
    "Kiểm tra, giám sát công tác bầu cử\n"
    "I. HÌNH THỨC KIỂM TRA, GIÁM SÁT\n"
    "Căn cứ tình hình thực tế, Ban Thường trực Ủy ban MTTQ Việt Nam xã An Hòa tổ chức thực hiện các hình thức sau:\n"
    "1. Giám sát trực tiếp thông qua việc tham dự các hoạt động sau:\n"
    "- Tham dự các cuộc họp của Ủy ban bầu cử xã.\n"
    "- Tham dự các hội nghị cử tri tại thôn.\n"
    "2. Phối hợp kiểm tra, giám sát: Cử đại diện lãnh đạo Ban Thường trực tham gia các đoàn kiểm tra của Đảng ủy xã "
    "khi có đề nghị.\n"
    "3. Kiểm tra trực tuyến: Thông qua các báo cáo, tài liệu có liên quan.\n" + END
)


def test_sending_people_to_the_checks_is_work_of_the_plans_body() -> None:
    """Under "HÌNH THỨC KIỂM TRA, GIÁM SÁT" how a check is done is described ("Tham dự …", "Kiểm tra trực tuyến:
    …"), but sending representatives to the checks organises them: work of the body the part's lead-in names
    (before: a note)."""
    items = items_by_ref(INSPECTION_FORMS)
    assert task_refs(items) == {"I.2"}
    assert items["I.2"].lead == ["Ban Thường trực Ủy ban MTTQ Việt Nam xã An Hòa"]


ANSWERS = (
    "ỦY BAN NHÂN DÂN TỈNH BẮC HÀ\nSố: 901/UBND-TH\nBắc Hà, ngày 14 tháng 7 năm 2028\n"
    "V/v quản lý tài sản công sau sắp xếp\nKính gửi: Các sở, ban, ngành; Ủy ban nhân dân các xã.\n"
    "1. Sở Tài chính hướng dẫn việc bàn giao tài sản công, hoàn thành trước ngày 30/8/2028.\n"
    "2. Các cơ quan, đơn vị được giao tài sản:\n"
    "a) Tiếp nhận, quản lý tài sản theo đúng quy định.\n"
    "b) {b}\n" + END
)


def test_answering_to_the_law_joined_to_work_is_that_work() -> None:
    """ "Chịu trách nhiệm trước pháp luật … về việc quản lý, sử dụng tài sản được giao; chủ động báo cáo …": the
    later clause is work, as after "Chịu trách nhiệm toàn diện trước …" (before: a note)."""
    items = items_by_ref(
        ANSWERS.format(
            b="Chịu trách nhiệm trước pháp luật và trước cơ quan có thẩm quyền về việc quản lý, sử dụng tài sản được "
            "giao; chủ động báo cáo các khó khăn, vướng mắc vượt thẩm quyền về Sở Tài chính."
        )
    )
    assert "2.b" in task_refs(items)


def test_answering_alone_stays_no_task() -> None:
    items = items_by_ref(
        ANSWERS.format(b="Chịu trách nhiệm trước Chủ tịch Ủy ban nhân dân tỉnh về tiến độ bàn giao tài sản.")
    )
    assert "2.b" not in task_refs(items)
