"""Round 53 (set 41): slogans and the matter of an act of telling are no work, nor is doing what one is handed when
one is handed it; the day of an event named before its date; the member who leads the body's members; a matter
label before a request; a matter heading over paragraphs of its own; a closing's later follow-up sentence
(synthetic texts)."""

from __future__ import annotations

from planparse.tests.reading import items_by_ref, task_dates, task_refs

HEAD = "ỦY BAN NHÂN DÂN XÃ SƠN THỦY\nSố: 12/KH-UBND\nSơn Thủy, ngày 03 tháng 2 năm 2029\nKẾ HOẠCH\n"
END = "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n"

# 1. Slogans: the words shown and said, not work (round 51's wording lists, extended)

CAMPAIGN = (
    HEAD + "Tuyên truyền Ngày hội toàn dân bảo vệ an ninh Tổ quốc năm 2029\n"
    "I. NỘI DUNG\n"
    "1. Phòng Văn hóa - Xã hội biên soạn tài liệu tuyên truyền về phòng chống tội phạm, hoàn thành trong tháng 3/2029.\n"
    "2. Công an xã tổ chức hội nghị tuyên truyền tại các thôn.\n"
    "II. {title}\n"
    "{slogans}"
    "III. TỔ CHỨC THỰC HIỆN\n"
    "Giao Công an xã chủ trì, phối hợp với các thôn triển khai Kế hoạch này.\n" + END
)
CRIES = (
    "1. Toàn dân tham gia phong trào toàn dân bảo vệ an ninh Tổ quốc, giữ gìn trật tự, an toàn xã hội ở mỗi thôn, mỗi "
    "khu dân cư, mỗi gia đình trên địa bàn xã!\n"
    "2. Mỗi người dân là một chiến sĩ công an không chuyên!\n"
    "3. Công an nhân dân vì nước quên thân, vì dân phục vụ!\n"
)


def test_the_slogans_under_a_heading_that_names_them_are_no_tasks() -> None:
    """ "II. CÁC KHẨU HIỆU HÀNH ĐỘNG" over three numbered lines: the words put on the banners, even without "!"
    (before: three tasks; round 51 read such words only as bullets under a title that sets work on them)."""
    words = (
        "1. Vì bình yên của mỗi gia đình và cả cộng đồng\n"
        "2. Phát hiện tội phạm là trách nhiệm của mọi nhà\n"
        "3. Thôn xóm bình yên - Nhân dân hạnh phúc\n"
    )
    items = items_by_ref(CAMPAIGN.format(title="CÁC KHẨU HIỆU HÀNH ĐỘNG", slogans=words))
    assert {r for r in task_refs(items) if not r.startswith("III")} == {"I.1", "I.2"}


def test_a_list_of_exclamations_is_slogans_whatever_its_heading() -> None:
    """A list whose every point cries out ("…!") is slogans under a heading that does not say so, even a point
    hailing a body ("Công an nhân dân … phục vụ!") or longer than round 51's twenty words."""
    items = items_by_ref(CAMPAIGN.format(title="HƯỞNG ỨNG NGÀY HỘI", slogans=CRIES))
    assert {r for r in task_refs(items) if not r.startswith("III")} == {"I.1", "I.2"}


def test_the_senders_closing_is_no_body_of_a_last_line_without_a_full_stop() -> None:
    """ "2. Trồng cây xanh dọc các trục đường liên thôn" (a short line, no full stop) then "Trên đây là Kế hoạch …": the
    closing is the document's, not the line's body (before: the task read "Trên đây là …" under its title)."""
    text = (
        HEAD + "Tổng vệ sinh môi trường năm 2029\n"
        "1. Các thôn ra quân tổng vệ sinh môi trường vào sáng Chủ nhật hằng tuần.\n"
        "2. Trồng cây xanh dọc các trục đường liên thôn\n"
        "Trên đây là Kế hoạch tổng vệ sinh môi trường năm 2029 của Ủy ban nhân dân xã Sơn Thủy./.\n" + END
    )
    items = items_by_ref(text)
    assert items["2"].text.startswith("Trồng cây xanh")
    assert not any(i.kind == "task" and i.text.startswith("Trên đây") for i in items.values())


def test_a_heading_of_work_over_bodies_keeps_its_tasks() -> None:
    """The same heading over points that each name a body keeps them as tasks: not slogans."""
    text = (
        HEAD + "Tuyên truyền phòng chống đuối nước năm 2029\n"
        "1. Treo khẩu hiệu tuyên truyền\n"
        "- Trường Tiểu học Sơn Thủy treo băng rôn tại cổng trường trước ngày 15/5/2029\n"
        "- Ủy ban nhân dân xã treo băng rôn tại các bến sông\n" + END
    )
    items = items_by_ref(text)
    assert {"1-1", "1-2"} <= task_refs(items)


# 2. The matter of an act of telling, spelt out

TOLD = (
    HEAD + "Tuyên truyền bầu cử trưởng thôn năm 2029\n"
    "I. NỘI DUNG TUYÊN TRUYỀN\n"
    "1. Nội dung trọng tâm\n"
    "- Tuyên truyền ý nghĩa của cuộc bầu cử trưởng thôn trong Nhân dân.\n"
    "- Tuyên truyền tiêu chuẩn, điều kiện của người ứng cử trưởng thôn, cụ thể:\n"
    "{points}"
    "- Tuyên truyền kết quả bầu cử trưởng thôn.\n"
    "II. TỔ CHỨC THỰC HIỆN\n"
    "Công chức Văn hóa - Xã hội xã chủ trì thực hiện các nội dung tuyên truyền trên.\n" + END
)


def test_the_points_of_what_is_told_are_its_matter_not_tasks() -> None:
    """ "- Tuyên truyền tiêu chuẩn, điều kiện …, cụ thể:" over "+ Về tiêu chuẩn: …", "+ Về điều kiện: …", "+ Đề cao …":
    the dash is the task, its points what it tells (before: the dash a section over three "+" tasks)."""
    items = items_by_ref(
        TOLD.format(
            points="+ Về tiêu chuẩn: Có phẩm chất chính trị, đạo đức tốt, có uy tín trong cộng đồng dân cư.\n"
            "+ Về điều kiện: Thường trú tại thôn, đủ 21 tuổi trở lên.\n"
            "+ Đề cao trách nhiệm của cử tri trong việc lựa chọn người xứng đáng.\n"
        )
    )
    assert {r for r in task_refs(items) if r.startswith("I.")} == {"I.1-1", "I.1-2", "I.1-3"}


def test_points_that_are_ways_of_telling_stay_tasks() -> None:
    """Points that are themselves acts of telling or events ("+ Tổ chức hội nghị …", "+ Tuyên truyền trên loa …") are
    ways to do the work: they stay tasks."""
    items = items_by_ref(
        TOLD.format(
            points="+ Tổ chức hội nghị cử tri tại nhà văn hóa các thôn.\n"
            "+ Tuyên truyền trên hệ thống loa truyền thanh của xã.\n"
        )
    )
    assert {"I.1-2.+1", "I.1-2.+2"} <= task_refs(items)


# 3. Doing what one is handed, when one is handed it

MEMBERS = (
    HEAD + "Hoạt động của Tổ công tác chuyển đổi số năm 2029\n"
    "I. NHIỆM VỤ\n"
    "1. Tổ trưởng Tổ công tác: Chỉ đạo chung, kiểm tra việc cài đặt ứng dụng định danh điện tử tại các thôn.\n"
    "2. Tổ phó Tổ công tác: Hướng dẫn người dân sử dụng dịch vụ công trực tuyến.\n"
    "3. {last}\n" + END
)


def test_members_who_do_what_they_are_handed_when_handed_it_have_no_task() -> None:
    """ "Các thành viên còn lại căn cứ chức năng, nhiệm vụ, chủ động phối hợp … thực hiện các nhiệm vụ có liên quan
    khi được Tổ trưởng phân công." names no work (before: a task)."""
    items = items_by_ref(
        MEMBERS.format(
            last="Các thành viên còn lại của Tổ căn cứ vào chức năng, nhiệm vụ, chủ động phối hợp với các thành viên "
            "khác triển khai, thực hiện các nhiệm vụ có liên quan khi được Tổ trưởng, Tổ phó phân công."
        )
    )
    assert {r for r in task_refs(items) if not r.startswith("III")} == {"I.1", "I.2"}


def test_members_given_work_keep_their_task() -> None:
    """The same members given work of their own keep it as a task."""
    items = items_by_ref(
        MEMBERS.format(
            last="Các thành viên còn lại của Tổ hỗ trợ người dân tại các thôn cài đặt ứng dụng, báo cáo Tổ trưởng "
            "hằng tuần."
        )
    )
    assert "I.3" in task_refs(items)


# 4. The day of an event, named before its date


def test_a_wave_up_to_an_event_day_dates_its_tasks() -> None:
    """ "2. Đợt 2: Từ tháng 02 đến ngày bầu cử 24/5/2029" dates its dashes 2029-05-24, as "đến ngày 24/5/2029" would;
    "3. Đợt 3: Sau ngày bầu cử 24/5/2029" is a start and dates nothing (before: the second wave undated)."""
    text = (
        HEAD + "Tuyên truyền bầu cử trưởng thôn năm 2029\n"
        "I. LỘ TRÌNH TUYÊN TRUYỀN\n"
        "1. Đợt 1: Trong tháng 01/2029\n"
        "- Tuyên truyền kế hoạch bầu cử trưởng thôn của xã.\n"
        "2. Đợt 2: Từ tháng 02 đến ngày bầu cử 24/5/2029\n"
        "- Tuyên truyền danh sách người ứng cử trưởng thôn.\n"
        "- Tuyên truyền quyền và nghĩa vụ của cử tri.\n"
        "3. Đợt 3: Sau ngày bầu cử 24/5/2029\n"
        "- Tuyên truyền kết quả bầu cử trưởng thôn.\n"
        "II. TỔ CHỨC THỰC HIỆN\n"
        "Công chức Văn hóa - Xã hội xã chủ trì thực hiện các nội dung tuyên truyền trên.\n" + END
    )
    dates = task_dates(items_by_ref(text))
    assert dates["I.1-1"] == "2029-01-31"
    assert dates["I.2-1"] == dates["I.2-2"] == "2029-05-24"
    assert dates["I.3-1"] is None


def test_a_request_due_before_an_event_day_is_dated() -> None:
    """ "… hoàn thành trước ngày khai giảng 05/9/2029." is due that day."""
    text = (
        HEAD + "Chuẩn bị năm học mới 2029 - 2030\n"
        "1. Trường Tiểu học Sơn Thủy sửa chữa phòng học, hoàn thành trước ngày khai giảng 05/9/2029.\n"
        "2. Trạm Y tế xã kiểm tra vệ sinh bếp ăn bán trú.\n" + END
    )
    assert task_dates(items_by_ref(text))["1"] == "2029-09-05"


# 5. The member who leads the body's members runs its work


def test_the_member_who_leads_the_members_owns_the_unowned_work() -> None:
    """ "2. Đồng chí Phó Trưởng phòng Kinh tế - Phó Trưởng Ban: Chủ trì phối hợp với các thành viên trong Ban thực hiện
    các nhiệm vụ …": the plan's unowned tasks go to that member (before: no owner)."""
    text = (
        "BAN CHỈ ĐẠO XÃ SƠN THỦY\nSố: 05/KH-BCĐ\nSơn Thủy, ngày 03 tháng 2 năm 2029\nKẾ HOẠCH\n"
        "Tổng vệ sinh môi trường chào Xuân 2029\n"
        "I. NỘI DUNG\n"
        "- Phát quang bụi rậm dọc các trục đường liên thôn.\n"
        "- Khơi thông cống rãnh tại khu dân cư tập trung.\n"
        "II. TỔ CHỨC THỰC HIỆN\n"
        "1. Đồng chí Trưởng phòng Văn hóa - Trưởng Ban: Phụ trách chung, kiểm tra kết quả ra quân tại các thôn.\n"
        "2. Đồng chí Phó Trưởng phòng Kinh tế - Phó Trưởng Ban: Chủ trì phối hợp với các thành viên trong Ban "
        "thực hiện các nhiệm vụ liên quan đến vệ sinh môi trường; tổng hợp kết quả.\n" + END
    )
    items = items_by_ref(text)
    member = items["II.2"].lead
    assert member and member[0].startswith("Đồng chí Phó Trưởng phòng Kinh tế")
    assert items["I-1"].lead == items["I-2"].lead == member


# 6. A matter label before a request; 7. a matter heading over paragraphs of its own

NOTICE = (
    "ỦY BAN NHÂN DÂN TỈNH BẮC HÀ\nSố: 90/TB-UBND\nBắc Hà, ngày 10 tháng 6 năm 2029\nTHÔNG BÁO\n"
    "Kết luận của Phó Chủ tịch Ủy ban nhân dân tỉnh tại cuộc họp về dự án Khu công nghiệp Nam Hà\n"
    "1. Nhiệm vụ thời gian tới\n"
    "a) Việc điều chỉnh quy hoạch chi tiết khu công nghiệp: Đề nghị Chủ đầu tư hoàn thiện hồ sơ, gửi Sở Xây dựng "
    "trong tháng 7/2029.\n"
    "b) Đối với việc di dời đường điện trung thế:\n"
    "Đề nghị Chủ đầu tư phối hợp với Công ty Điện lực lập phương án di dời, gửi Sở Công Thương trước ngày "
    "15/7/2029.\n"
    "Giao Sở Công Thương thẩm định phương án di dời do Chủ đầu tư gửi.\n"
    "Trân trọng thông báo kết luận của Phó Chủ tịch Ủy ban nhân dân tỉnh để các cơ quan, đơn vị biết, thực hiện./.\n"
    + END
)


def test_a_matter_label_before_a_request_leaves_the_request_its_body() -> None:
    """ "a) Việc điều chỉnh …: Đề nghị Chủ đầu tư …": the body asked leads (before: no owner)."""
    assert items_by_ref(NOTICE)["1.a"].lead == ["Chủ đầu tư"]


def test_each_paragraph_under_a_matter_heading_is_a_duty_of_its_item() -> None:
    """ "b) Đối với việc …:" over two paragraphs, each with a body of its own: `1.b` and `1.b[2]` (before: the second
    a paragraph of the section, a note)."""
    items = items_by_ref(NOTICE)
    assert {"1.a", "1.b", "1.b[2]"} <= task_refs(items)
    assert items["1.b[2]"].lead == ["Sở Công Thương"]
    closing = next(i for i in items.values() if i.text.startswith("Trân trọng"))
    assert closing.kind == "note"


# 8. A closing's later sentence that sets a body to follow the document up


def test_the_follow_up_sentence_of_a_closing_is_its_bodys_task() -> None:
    """ "Yêu cầu các sở, ngành … thực hiện tốt các nội dung trên …. Giao Sở Y tế theo dõi, đôn đốc việc thực hiện và
    báo cáo …./.": the second sentence is Sở Y tế's task `2[closing]` (before: the paragraph a note)."""
    text = (
        "ỦY BAN NHÂN DÂN TỈNH BẮC HÀ\nSố: 91/UBND-VX\nBắc Hà, ngày 10 tháng 6 năm 2029\n"
        "V/v phòng chống sốt xuất huyết\nKính gửi: Sở Y tế; Sở Giáo dục và Đào tạo; Ủy ban nhân dân các xã.\n"
        "1. Giao Sở Y tế tổ chức phun hóa chất diệt muỗi tại các ổ dịch.\n"
        "2. Giao Sở Giáo dục và Đào tạo chỉ đạo các trường tổ chức diệt lăng quăng.\n"
        "Yêu cầu các sở, ngành và Ủy ban nhân dân các xã tổ chức thực hiện tốt các nội dung trên, hoàn thành tốt các "
        "nhiệm vụ được giao. Giao Sở Y tế theo dõi, đôn đốc việc thực hiện và báo cáo Ủy ban nhân dân tỉnh theo quy "
        "định./.\n" + END
    )
    items = items_by_ref(text)
    assert "2[closing]" in task_refs(items)
    assert items["2[closing]"].lead == ["Sở Y tế"]
    assert items["2[closing]"].text.startswith("Giao Sở Y tế theo dõi")
