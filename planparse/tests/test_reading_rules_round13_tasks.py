"""Reading rules of the thirteenth round on task-finding (synthetic texts in the styles of the twelfth set): a
letter or notice whose duties are unnumbered paragraphs."""

from __future__ import annotations

from planparse.tests.reading import items_by_ref, task_refs

LETTER_HEAD = (
    "ỦY BAN NHÂN DÂN TỈNH A\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 45/UBND-KT\nA, ngày 3 tháng 6 năm 2026\n"
    "V/v tham mưu tổ chức kiểm tra an toàn thực phẩm trong các bếp ăn tập thể của trường học trên địa bàn tỉnh\n"
    "Kính gửi: | - Sở Y tế; - Sở Giáo dục và Đào tạo.\n"
)
LETTER = LETTER_HEAD + (
    "Thực hiện Kế hoạch số 10/KH-UBND ngày 02/01/2026 của Ủy ban nhân dân tỉnh về bảo đảm an toàn thực phẩm;"
    " Chủ tịch UBND tỉnh có ý kiến chỉ đạo như sau:\n"
    "Giao Sở Y tế chủ trì, phối hợp với Sở Giáo dục và Đào tạo kiểm tra an toàn thực phẩm tại các bếp ăn tập thể"
    " của trường học; báo cáo kết quả về Ủy ban nhân dân tỉnh trước ngày 30/6/2026.\n"
    "Nhân dịp năm học mới 2026 - 2027 sắp bắt đầu trên địa bàn toàn tỉnh. Ủy ban nhân dân các xã, phường có trách"
    " nhiệm tuyên truyền về an toàn thực phẩm cho phụ huynh học sinh; Thủ trưởng các trường học kiểm tra bếp ăn"
    " của đơn vị mình hằng tuần.\n"
    "Căn cứ ý kiến chỉ đạo trên, Sở Y tế và các đơn vị liên quan triển khai thực hiện./.\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n"
)


def test_a_letter_with_nothing_numbered_gives_its_assigning_paragraphs_in_order() -> None:
    items = items_by_ref(LETTER)
    # the context ("Thực hiện …: … như sau:") and the closing ("Căn cứ ý kiến chỉ đạo trên, …") are no duties;
    # the second paragraph's two subjects after ";" give two tasks, one counter over the letter
    assert task_refs(items) == {"[1]", "[2]", "[3]"}
    assert items["[1]"].lead == ["Sở Y tế"]
    assert str(items["[1]"].deadline.date) == "2026-06-30"
    # the occasion in a sentence of its own opens the paragraph; the duty begins at its subject
    assert items["[2]"].text.startswith("Ủy ban nhân dân các xã, phường có trách nhiệm")
    assert items["[2]"].lead == ["Ủy ban nhân dân các xã, phường"]
    assert items["[3]"].lead == ["Thủ trưởng các trường học"]


def test_a_clause_after_a_semicolon_that_continues_the_addressees_is_no_second_duty() -> None:
    items = items_by_ref(
        LETTER_HEAD
        + "Ủy ban nhân dân tỉnh đề nghị các cơ quan, đơn vị của Trung ương; các sở, ban, ngành và các hộ gia đình"
        " trên địa bàn tỉnh treo cờ Tổ quốc từ ngày 10/5/2026 đến hết ngày 14/5/2026.\n"
        "Nơi nhận:\n- Như trên;\n"
    )
    assert task_refs(items) == {"[1]"}
    assert str(items["[1]"].deadline.date) == "2026-05-14"


HEAD = "ỦY BAN NHÂN DÂN TỈNH A\nSố: 12/KH-UBND\nKẾ HOẠCH\n{title}\n"

CAMPAIGN = HEAD.format(title="Phát động đợt thi đua chào mừng Đại hội Đảng bộ tỉnh") + (
    "I. MỤC ĐÍCH, YÊU CẦU\n"
    "1. Khơi dậy tinh thần thi đua.\n"
    "II. NỘI DUNG ĐỢT THI ĐUA\n"
    "Các sở, ban, ngành, địa phương tập trung thi đua thực hiện các nội dung sau:\n"
    "1. Thi đua hoàn thành vượt mức các chỉ tiêu phát triển kinh tế - xã hội năm 2026.\n"
    "2. Thi đua xây dựng chính quyền trong sạch, vững mạnh.\n"
    "III. TIÊU CHÍ THI ĐUA VÀ HÌNH THỨC KHEN THƯỞNG\n"
    "1. Tiêu chí thi đua\n"
    "a) Đối với các cơ quan, đơn vị\n"
    "- Hoàn thành các nhiệm vụ, chỉ tiêu được giao.\n"
    "- Tập trung triển khai các phong trào thi đua do Thủ tướng phát động như Chung tay vì người nghèo; Cán bộ,"
    " công chức, viên chức thi đua thực hiện văn hóa công sở.\n"
    "b) Đối với cá nhân\n"
    "- Cán bộ, công chức, viên chức gương mẫu chấp hành tốt chủ trương của Đảng, pháp luật của Nhà nước.\n"
    "2. Sở Nội vụ hướng dẫn các cơ quan đề nghị khen thưởng trước ngày 30/11/2026.\n"
    "IV. TỔ CHỨC THỰC HIỆN\n"
    "1. Sở Nội vụ theo dõi, đôn đốc các cơ quan tổ chức phong trào thi đua.\n"
)


def test_what_units_compete_on_and_how_groups_are_judged_are_no_tasks() -> None:
    items = items_by_ref(CAMPAIGN)
    # "NỘI DUNG ĐỢT THI ĐUA" is the campaign's contents as "NỘI DUNG THI ĐUA" is; a criterion whose body comes
    # only late in it, and one under "Đối với cá nhân" that opens with the persons judged, are criteria
    assert task_refs(items) == {"III.2", "IV.1"}


def test_a_later_sentence_of_the_same_addressee_goes_on_with_the_request() -> None:
    items = items_by_ref(
        HEAD.format(title="Triển khai thực hiện chính sách an sinh xã hội") + "I. TỔ CHỨC THỰC HIỆN\n"
        "1. Đề nghị Ủy ban Mặt trận Tổ quốc tỉnh, các tổ chức chính trị - xã hội tuyên truyền, vận động Nhân dân"
        " tham gia. Ủy ban Mặt trận Tổ quốc tỉnh và các tổ chức thành viên phát huy vai trò nòng cốt vận động xã hội.\n"
        "2. Sở Y tế chủ trì hướng dẫn thực hiện. Sở Tài chính bố trí kinh phí thực hiện.\n"
    )
    # the second sentence of 1 shares its body with the request: one task; 2's second sentence has a body of its own
    assert task_refs(items) == {"I.1", "I.2", "I.2[2]"}


LABELLED = HEAD.format(title="Thực hiện công tác bình đẳng giới năm 2026") + (
    "I. MỤC TIÊU\n"
    "1. Phấn đấu đến cuối năm 2026 đạt các chỉ tiêu sau:\n"
    "- Chỉ tiêu 1: Đạt 60% các cơ quan có lãnh đạo chủ chốt là nữ.\n"
    "2. Tháng hành động\n"
    "a) Chủ đề: “An toàn cho phụ nữ và trẻ em”.\n"
    "b) Thời gian: Từ ngày 15/11/2026 đến ngày 15/12/2026.\n"
    "c) Các hoạt động chính\n"
    "Căn cứ tình hình thực tế, các cơ quan, đơn vị, địa phương phối hợp thực hiện các hoạt động sau:\n"
    "- Tổ chức Lễ phát động Tháng hành động.\n"
    "- Tăng cường truyền thông trên mạng xã hội.\n"
    "II. NỘI DUNG HOẠT ĐỘNG\n"
    "1. Nâng cao nhận thức về bình đẳng giới\n"
    "a) Hoạt động 1\n"
    "- Nội dung: Tuyên truyền về phòng ngừa bạo lực trên cơ sở giới.\n"
    "- Cơ quan thực hiện:\n"
    "+ Sở Văn hóa và Thể thao chủ trì, phối hợp với các sở, ngành và các đơn vị có liên quan.\n"
    "+ Sở Xây dựng đăng tải thông điệp trên bảng tin điện tử các nhà chờ xe buýt.\n"
    "b) Hoạt động 2\n"
    "- Nội dung:\n"
    "+ Tổng kết mô hình một cửa hỗ trợ phụ nữ và trẻ em.\n"
    "+ Tập huấn nâng cao năng lực cho đội ngũ cán bộ y tế.\n"
    "- Cơ quan thực hiện: Sở Y tế chủ trì, phối hợp với các đơn vị có liên quan.\n"
)


def test_labels_of_a_labelled_sub_item_are_no_list_and_owner_lines_each_give_a_task() -> None:
    items = items_by_ref(LABELLED)
    tasks = task_refs(items)
    # "- Nội dung:" / "- Cơ quan thực hiện:" are the item's fields: the "+" lines under them are the item's own
    assert {"II.1.b.+1", "II.1.b.+2", "II.1.a.+1", "II.1.a.+2"} <= tasks
    assert items["II.1.b.+1"].lead == ["Sở Y tế"]
    # an owner label over "+" lines that each open with a body: each body's part is a task, not the item
    assert "II.1.a" not in tasks
    assert items["II.1.a.+1"].lead == ["Sở Văn hóa và Thể thao"]


def test_a_list_whose_lead_in_sets_bodies_to_it_gives_work_even_under_the_aims() -> None:
    items = items_by_ref(LABELLED)
    tasks = task_refs(items)
    # the theme and period describe the month; the activities its lead-in gives to bodies are tasks
    assert {"I.2.c-1", "I.2.c-2"} <= tasks
    assert "I.2" not in tasks and "I.1-1" not in tasks
    assert items["I.2.c-1"].lead == ["các cơ quan, đơn vị, địa phương"]


def test_the_tasks_given_within_a_bodys_remit_are_a_general_rule() -> None:
    """ "… thực hiện các nhiệm vụ được giao tại Kế hoạch này" has the body do what it is given elsewhere: a general
    rule. Round 57 (round 54's convention): "… tham gia phối hợp triển khai thực hiện Kế hoạch này" charges the body
    with carrying the plan out, a task."""
    items = items_by_ref(
        HEAD.format(title="Thực hiện công tác bình đẳng giới năm 2026") + "I. TỔ CHỨC THỰC HIỆN\n"
        "1. Thủ trưởng các sở, ban, ngành\n"
        "- Trong phạm vi chức năng, nhiệm vụ của mình, tham gia phối hợp triển khai thực hiện Kế hoạch này.\n"
        "- Trong phạm vi quản lý của mình, chủ động thực hiện các nhiệm vụ được giao tại Kế hoạch này.\n"
        "- Trong phạm vi quản lý của mình, rà soát, bố trí cán bộ nữ trong diện quy hoạch.\n"
    )
    assert task_refs(items) == {"I.1-1", "I.1-3"}


def test_a_cued_date_without_its_year_takes_the_plans_year_or_the_next() -> None:
    """ "(từ ngày 15/11 đến ngày 15/12)" in a plan issued in November 2025 ends on 15/12/2025; "trước ngày 15/01"
    has passed by then in 2025, so it is January 2026; a date named without a cue ("nhân ngày 25/11") times nothing."""
    items = items_by_ref(
        "ỦY BAN NHÂN DÂN TỈNH A\nSố: 174/KH-UBND\nBình Minh, ngày 18 tháng 11 năm 2025\nKẾ HOẠCH\n"
        "Thực hiện công tác bình đẳng giới\nI. NHIỆM VỤ\n"
        "1. Sở Nội vụ triển khai Tháng hành động (từ ngày 15/11 đến ngày 15/12) trên địa bàn tỉnh.\n"
        "2. Sở Y tế hoàn thành rà soát số liệu trước ngày 15/01.\n"
        "3. Sở Văn hóa tổ chức tuyên truyền nhân ngày 25/11 về phòng, chống bạo lực.\n"
    )
    assert str(items["I.1"].deadline.date) == "2025-12-15"
    assert str(items["I.2"].deadline.date) == "2026-01-15"
    assert items["I.3"].deadline.date is None
