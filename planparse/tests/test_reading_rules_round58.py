"""Round 58 (set 46: a telegram calling a conference, an invitation, a letter preparing a working session, a letter
quoting the law, an approval letter): a meeting's particulars, its agenda and the rule to attend are no work; the law
a letter quotes is no work; a time limit given by pointing at another part of the letter (synthetic texts)."""

from __future__ import annotations

from planparse.tests.reading import items_by_ref, task_dates, task_refs

END = "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n"

# 1. A telegram whose Roman parts are the meeting's particulars written as labels

TELEGRAM = (
    "VĂN PHÒNG CHÍNH PHỦ\nSố: 58/CĐ-VPCP\nHà Nội, ngày 03 tháng 4 năm 2028\nCÔNG ĐIỆN\n"
    "Về việc tổ chức Hội nghị trực tuyến sơ kết công tác bảo vệ rừng\n"
    "Thủ tướng Chính phủ chủ trì Hội nghị trực tuyến sơ kết công tác bảo vệ rừng, cụ thể như sau:\n"
    "I. Thời gian: 14 giờ, ngày 10 tháng 4 năm 2028.\n"
    "II. Địa điểm: Trực tiếp tại Trụ sở Chính phủ và kết nối trực tuyến đến các tỉnh.\n"
    "1. Dự tại điểm cầu Trụ sở Chính phủ:\n"
    "- Phó Thủ tướng Chính phủ.\n"
    "- Tòa án nhân dân tối cao.\n"
    "- Các cơ quan thuộc Chính phủ: Đài Truyền hình Việt Nam, Thông tấn xã Việt Nam.\n"
    "2. Dự tại điểm cầu các tỉnh:\n"
    "- Chủ tịch Ủy ban nhân dân các tỉnh.\n"
    "- Ủy ban nhân dân các tỉnh chịu trách nhiệm kết nối đường truyền đến cấp xã.\n"
    "III. Văn phòng Chính phủ đề nghị:\n"
    "1. Bộ Nông nghiệp và Môi trường chuẩn bị báo cáo sơ kết.\n" + END
)


def test_the_attendees_under_a_place_label_are_no_tasks() -> None:
    """ "II. Địa điểm: …" over "1. Dự tại điểm cầu …:" and its dashes: who sits where (before: each body named was a
    task of its own); the dash whose body acts ("… chịu trách nhiệm kết nối …") stays a task."""
    items = items_by_ref(TELEGRAM)
    assert task_refs(items) == {"II.2-2", "III.1"}


LETTER = (
    "ỦY BAN NHÂN DÂN TỈNH BẮC HÀ\nSố: 512/UBND-NC\nBắc Hà, ngày 02 tháng 3 năm 2028\n"
    "V/v chuẩn bị làm việc với Đoàn kiểm tra của Bộ\nKính gửi: Các sở, ban, ngành tỉnh.\n"
    "I. NỘI DUNG LÀM VIỆC\n"
    "1. Công tác tham mưu ban hành văn bản chỉ đạo về bảo vệ rừng.\n"
    "2. Xây dựng các kế hoạch thực hiện Chương trình của tỉnh.\n"
    "II. THỜI GIAN, THÀNH PHẦN\n"
    "1. Thời gian: sẽ có văn bản thông báo sau.\n"
    "2. Thành phần\n"
    "- Đại diện Lãnh đạo Văn phòng UBND tỉnh và các sở có liên quan.\n"
    "- Lãnh đạo Công an tỉnh.\n"
    "III. TỔ CHỨC THỰC HIỆN\n"
    "1. Giao Sở Nông nghiệp và Môi trường chủ trì xây dựng báo cáo của UBND tỉnh.\n" + END
)


def test_a_working_sessions_agenda_and_attendees_are_no_tasks() -> None:
    """ "I. NỘI DUNG LÀM VIỆC" beside "II. THỜI GIAN, THÀNH PHẦN": the topics the visiting team goes through, worded
    like work but given to nobody, and who attends (before: five tasks); the work is handed out in III."""
    assert task_refs(items_by_ref(LETTER)) == {"III.1"}


def test_a_plans_contents_without_a_meetings_particulars_stay_work() -> None:
    """The same "I. NỘI DUNG LÀM VIỆC" in a document that gives no meeting's time, place or attendees is work."""
    text = LETTER.replace("II. THỜI GIAN, THÀNH PHẦN\n", "II. KINH PHÍ\n").replace(
        "1. Thời gian: sẽ có văn bản thông báo sau.\n2. Thành phần\n- Đại diện Lãnh đạo Văn phòng UBND tỉnh và các sở "
        "có liên quan.\n- Lãnh đạo Công an tỉnh.\n",
        "Kinh phí do ngân sách tỉnh bảo đảm.\n",
    )
    assert {"I.1", "I.2"} <= task_refs(items_by_ref(text))


INVITATION = (
    "ỦY BAN NHÂN DÂN TỈNH BẮC HÀ\nSố: 77/GM-UBND\nBắc Hà, ngày 06 tháng 4 năm 2028\nGIẤY MỜI\n"
    "I. Thành phần dự họp:\n"
    "- Đại diện lãnh đạo các Sở: Tư pháp, Nội vụ, Tài chính.\n"
    "II. Nội dung\n"
    "Hội nghị sơ kết công tác bảo vệ rừng quý I năm 2028.\n"
    "III. Thời gian, địa điểm\n"
    "1. Thời gian: 08 giờ 00, ngày 10 tháng 4 năm 2028.\n"
    "2. Địa điểm: Hội trường UBND tỉnh.\n"
    "IV. Phân công chuẩn bị\n"
    "- Sở Nông nghiệp và Môi trường chuẩn bị báo cáo tại Hội nghị.\n"
    "- Văn phòng UBND tỉnh chuẩn bị các điều kiện cần thiết để tổ chức Hội nghị.\n"
    "- Các đồng chí tham dự Hội nghị đúng thành phần và thời gian quy định./.\n" + END
)


def test_an_invitations_agenda_and_the_rule_to_attend_are_no_tasks() -> None:
    """ "II. Nội dung" over the meeting's name and the last preparation dash, which only asks those invited to come
    on time (before: both tasks); the owner-first preparation dashes stay tasks."""
    assert task_refs(items_by_ref(INVITATION)) == {"IV-1", "IV-2"}


def test_attending_and_more_is_a_task() -> None:
    """An item that asks more than attending in its other clauses is work."""
    items = items_by_ref(
        INVITATION.replace(
            "- Các đồng chí tham dự Hội nghị đúng thành phần và thời gian quy định./.",
            "- Các sở tham dự Hội nghị đúng thành phần; gửi danh sách đại biểu về Văn phòng UBND tỉnh./.",
        )
    )
    assert "IV-3" in task_refs(items)
    for work in (
        "- Cử đại diện lãnh đạo tham dự đầy đủ các hội nghị sơ kết./.",
        "- Bố trí cán bộ, sắp xếp công việc và tham dự đầy đủ các lớp tập huấn./.",
    ):
        text = INVITATION.replace(
            "- Các đồng chí tham dự Hội nghị đúng thành phần và thời gian quy định./.", work
        )
        assert "IV-3" in task_refs(items_by_ref(text)), work


# 2. The law a letter quotes

GUIDANCE = (
    "SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH BẮC HÀ\nSố: 901/SGDĐT-TCCB\nBắc Hà, ngày 14 tháng 11 năm 2028\n"
    "V/v hướng dẫn chế độ tập sự\nKính gửi: Các đơn vị trực thuộc Sở.\n"
    "Sở Giáo dục và Đào tạo hướng dẫn như sau:\n"
    "1. Về thẩm quyền\n"
    "Theo hướng dẫn tại Mục II.3 Công văn số 205/HD-UBND như sau:\n"
    "“a. Thủ trưởng đơn vị quyết định bổ nhiệm viên chức sau khi hết thời gian tập sự.\n"
    "b. Người đứng đầu đơn vị báo cáo kết quả về Sở Nội vụ”.\n"
    "2. Về căn cứ\n"
    "Tại Điều 21 Nghị định số 115/2020/NĐ-CP quy định về chế độ tập sự:\n"
    "“1. Người được tuyển dụng phải thực hiện chế độ tập sự.\n"
    "2. Người đứng đầu đơn vị phải cử viên chức tham gia khóa bồi dưỡng”.\n"
    "6. Không bố trí người tập sự sang vị trí việc làm khác”.\n"
    "Tại Điều 23 Nghị định số 115/2020/NĐ-CP quy định về chế độ đối với người tập sự”\n"
    "“1. Trong thời gian tập sự, người tập sự được hưởng 85% mức lương bậc 1.\n"
    "Trường hợp người tập sự có bằng thạc sĩ thì được cộng thêm 01 bậc lương.\n"
    "2. Người hướng dẫn tập sự có trách nhiệm nhận xét kết quả tập sự bằng văn bản.\n"
    "3. Thời gian tập sự không được tính vào thời gian xét nâng bậc lương”.\n"
    "3. Về hồ sơ\n"
    "Các đơn vị hoàn thiện hồ sơ bổ nhiệm theo hướng dẫn của Sở.\n" + END
)


def test_quoted_guidance_and_law_are_no_tasks() -> None:
    """A provision cited as guidance "Theo hướng dẫn tại Mục … như sau:", one that says what it rules on "… quy
    định về chế độ tập sự:", one whose colon is a stray closing mark, and the quotation's last point left after its
    closing mark ("6. Không bố trí … khác”."): all the law's words (before: tasks); only the letter's own request
    stays."""
    items = items_by_ref(GUIDANCE)
    assert {r for r in task_refs(items) if not r.startswith("3")} == set()
    assert any(r.startswith("3") and "hoàn thiện hồ sơ" in items[r].text for r in task_refs(items))


# 3. A time limit given by pointing at another part of the letter


def test_a_quoted_title_wrapped_onto_a_dash_is_not_the_tail_of_a_quotation() -> None:
    """A dash ending with the closing mark of a name wrapped from the line above is no quoted law."""
    items = items_by_ref(
        "ỦY BAN NHÂN DÂN TỈNH BẮC HÀ\nSố: 40/KH-UBND\nBắc Hà, ngày 02 tháng 3 năm 2028\nKẾ HOẠCH\n"
        "Tổ chức Lễ hội hoa năm 2028\nI. NHIỆM VỤ\n1. Sở Văn hóa, Thể thao và Du lịch\n"
        "- Chủ trì tổ chức Lễ hội hoa năm 2028.\n"
        "- Chủ trì tổ chức Cuộc thi ảnh “Bắc Hà mùa hoa\n"
        "- Hội chợ Bắc Hà, lần thứ II năm 2028”.\n" + END
    )
    assert "I.1-3" in task_refs(items)


def test_a_time_limit_at_another_clause_takes_its_date() -> None:
    """ "… đảm bảo hoàn thành theo thời gian tại khoản 1 Công văn này": the date item 1 gives (before: none)."""
    items = items_by_ref(
        "ỦY BAN NHÂN DÂN TỈNH BẮC HÀ\nSố: 300/UBND-NC\nBắc Hà, ngày 20 tháng 5 năm 2028\n"
        "V/v tổ chức đại hội Hội Doanh nhân trẻ\nKính gửi: Hội Doanh nhân trẻ tỉnh.\n"
        "1. Hội Doanh nhân trẻ tỉnh có trách nhiệm chuẩn bị và tổ chức đại hội vào ngày 27/6/2028.\n"
        "2. Giao Sở Nội vụ chủ trì làm việc với Ban Chấp hành Hội về nhân sự, đảm bảo hoàn thành theo thời gian tại "
        "khoản 1 Công văn này.\n" + END
    )
    assert task_dates(items) == {"1": "2028-06-27", "2": "2028-06-27"}
