"""Round 57 (following round 54's gold conventions): yearly budget and plan cycles, charges to carry out the plan, the
funding duty of a body that opens a list, and the parts of an item whose clauses each have a body of their own
(synthetic texts)."""

from __future__ import annotations

from planparse.deadlines import find_deadline
from planparse.tests.reading import items_by_ref, task_refs

HEAD = "ỦY BAN NHÂN DÂN TỈNH BẮC HÀ\nSố: 57/KH-UBND\nBắc Hà, ngày 04 tháng 6 năm 2028\nKẾ HOẠCH\n"
END = "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n"

# 1. A budget or plan cycle qualified by "hằng năm" is yearly


def test_a_yearly_plan_beside_a_five_year_plan_is_yearly() -> None:
    """ "… thành các đề án, kế hoạch 5 năm và hằng năm để triển khai thực hiện": the yearly plan is made each year
    (before: read as two kinds of plans, no cycle), in either order and with the noun said again."""
    for text in (
        "Cụ thể hóa Chương trình thành các đề án, kế hoạch 5 năm và hằng năm để triển khai thực hiện.",
        "Hướng dẫn các xã xây dựng kế hoạch phát triển lâm nghiệp hàng năm và 5 năm.",
        "Lồng ghép nhiệm vụ vào các kế hoạch 5 năm, kế hoạch hàng năm, chương trình của ngành.",
    ):
        assert find_deadline(text).recurrence == "yearly", text


def test_work_that_follows_the_yearly_plan_is_yearly() -> None:
    """ "tổ chức các hoạt động văn hóa … theo kế hoạch hàng năm và dài hạn để …": the work follows a plan made every
    year (before: "theo" read the plan as cited, no cycle), as the shared corpus reads "Theo kế hoạch công tác tư
    pháp hàng năm"."""
    text = "Chủ trì tổ chức các hoạt động văn hóa, nghệ thuật, theo kế hoạch hàng năm và dài hạn để tuyên truyền."
    assert find_deadline(text).recurrence == "yearly"


def test_a_yearly_plan_named_with_the_body_that_issues_it_is_a_document_named() -> None:
    """ "… theo Kế hoạch xác định Chỉ số CCHC hàng năm do Bộ Nội vụ ban hành": another body's document, the period
    part of its name: no cycle of the work. A plan cited as the basis stays no cycle either."""
    assert (
        find_deadline(
            "Những năm tiếp theo, thời hạn khảo sát sẽ thực hiện theo Kế hoạch xác định Chỉ số cải cách hành chính "
            "hàng năm do Bộ Nội vụ ban hành."
        ).recurrence
        is None
    )
    assert (
        find_deadline(
            "Căn cứ kế hoạch cải cách hành chính hằng năm của đơn vị, rà soát các chỉ tiêu còn chậm."
        ).recurrence
        is None
    )


# 2. A charge to named bodies to carry out the plan is a task; the tasks given elsewhere are a general rule

REMIT = (
    HEAD + "Thực hiện công tác bình đẳng giới năm 2028\n"
    "I. TỔ CHỨC THỰC HIỆN\n"
    "1. Sở Nội vụ\n- Hướng dẫn các cơ quan triển khai Kế hoạch, tổng hợp kết quả trước ngày 15/12/2028.\n"
    "2. Đề nghị Hội Liên hiệp Phụ nữ tỉnh\n"
    "- {first}\n"
    "- Tổ chức các hoạt động hưởng ứng Tháng hành động vì bình đẳng giới.\n" + END
)


def test_taking_part_in_carrying_out_the_plan_within_a_remit_is_a_task() -> None:
    """ "Trong phạm vi chức năng, nhiệm vụ của mình, tham gia phối hợp triển khai thực hiện Kế hoạch này": the
    heading's body is charged with carrying out the plan, a task (before: a general rule)."""
    items = items_by_ref(
        REMIT.format(
            first="Trong phạm vi chức năng, nhiệm vụ của mình, tham gia phối hợp triển khai thực hiện Kế hoạch này."
        )
    )
    assert "I.2-1" in task_refs(items)
    assert items["I.2-1"].lead == ["Hội Liên hiệp Phụ nữ tỉnh"]


def test_doing_the_tasks_given_within_a_remit_stays_a_general_rule() -> None:
    items = items_by_ref(
        REMIT.format(
            first="Trong phạm vi quản lý của mình, chủ động thực hiện các nhiệm vụ được giao tại Kế hoạch này."
        )
    )
    assert "I.2-1" not in task_refs(items)


SHARE = (
    HEAD + "Phát triển cụm công nghiệp năm 2028\n"
    "II. TỔ CHỨC THỰC HIỆN\n"
    "1. Sở Công Thương\n- Chủ trì hướng dẫn thành lập cụm công nghiệp mới.\n"
    "2. Các sở, ban, ngành và các đơn vị khác có liên quan\n"
    "{share}\n" + END
)


def test_working_with_the_leads_to_carry_out_the_plan_is_a_task() -> None:
    """ "Phối hợp chặt chẽ với các cơ quan chủ trì trong tổ chức thực hiện Kế hoạch này." under a heading of bodies:
    their share of carrying the plan out, a task (before: no work of their own)."""
    items = items_by_ref(
        SHARE.format(share="Phối hợp chặt chẽ với các cơ quan chủ trì trong tổ chức thực hiện Kế hoạch này.")
    )
    assert task_refs(items) == {"II.1-1", "II.2"}
    assert items["II.2"].lead == ["Các sở, ban, ngành", "các đơn vị khác có liên quan"]


LETTER = (
    "ỦY BAN NHÂN DÂN TỈNH BẮC HÀ\nSố: 881/UBND-KT\nBắc Hà, ngày 10 tháng 7 năm 2028\n"
    "V/v thẩm định dự án đầu tư\nKính gửi: Các sở, ban, ngành; Ủy ban nhân dân các xã.\n"
    "1. Sở Tài chính hướng dẫn hồ sơ thẩm định dự án, hoàn thành trước ngày 15/8/2028.\n"
    "2. Sở Xây dựng rà soát các dự án chậm tiến độ.\n"
    "3. {last}\n" + END
)


def test_heads_given_the_duty_to_carry_out_the_letter_have_a_task() -> None:
    """ "Thủ trưởng các sở …; Chủ tịch UBND các xã căn cứ chức năng, nhiệm vụ được giao, có trách nhiệm triển khai
    thực hiện và tăng cường phối hợp …; trong quá trình thực hiện, nếu có khó khăn …": a charge to named heads, their
    task (before: round 52 read it as the request over the whole document); the same heads answering for it
    ("chịu trách nhiệm …", round 52's test) have none."""
    items = items_by_ref(
        LETTER.format(
            last="Thủ trưởng các sở, ban, ngành; Chủ tịch Ủy ban nhân dân các xã căn cứ chức năng, nhiệm vụ được "
            "giao, có trách nhiệm triển khai thực hiện và tăng cường phối hợp đảm bảo thực hiện đồng bộ, hiệu quả; "
            "trong quá trình thực hiện, nếu có khó khăn, vướng mắc, kịp thời báo cáo Ủy ban nhân dân tỉnh."
        )
    )
    assert task_refs(items) == {"1", "2", "3"}
    assert items["3"].lead == ["Thủ trưởng các sở, ban, ngành", "Chủ tịch Ủy ban nhân dân các xã"]


def test_a_duty_to_carry_out_the_plan_is_a_task_answering_for_it_is_not() -> None:
    """ "… có trách nhiệm tổ chức triển khai thực hiện Kế hoạch này." charges the bodies (a task); "… chịu trách nhiệm
    tổ chức triển khai thực hiện Kế hoạch này." has them answer for it (no task), as the golds read both."""
    duty = items_by_ref(
        LETTER.format(last="Các sở, ban, ngành có trách nhiệm tổ chức triển khai thực hiện Công văn này.")
    )
    assert "3" in task_refs(duty)
    answer = items_by_ref(
        LETTER.format(
            last="Thủ trưởng các sở, ban, ngành chịu trách nhiệm tổ chức triển khai thực hiện Công văn này."
        )
    )
    assert "3" not in task_refs(answer)


# 3. A body's funding duty that opens its list is a task besides the list

FUNDED = (
    HEAD + "Quản lý rủi ro thiên tai dựa vào cộng đồng năm 2028\n"
    "I. TỔ CHỨC THỰC HIỆN\n"
    "1. Sở Nông nghiệp và Môi trường chủ trì hướng dẫn các xã xây dựng kế hoạch phòng chống thiên tai.\n"
    "2. {lead_in}\n"
    "- Tổ chức tập huấn kỹ năng phòng chống thiên tai cho người dân.\n"
    "- Xây dựng bản đồ rủi ro thiên tai của xã.\n" + END
)


def test_a_body_charged_with_funding_before_its_list_has_that_task() -> None:
    """ "2. Ủy ban nhân dân các xã chủ động bố trí kinh phí từ ngân sách địa phương trong kế hoạch hằng năm; đồng thời
    huy động …, tập trung một số nhiệm vụ sau:": the funding duty is the item's own task (yearly: a budget cycle
    qualified by "hằng năm"), the dashes its further tasks (before: a heading only)."""
    items = items_by_ref(
        FUNDED.format(
            lead_in="Ủy ban nhân dân các xã chủ động bố trí kinh phí từ nguồn ngân sách địa phương trong kế hoạch "
            "hằng năm; đồng thời huy động các nguồn vốn hợp pháp khác để triển khai Kế hoạch trên địa bàn, tập "
            "trung một số nhiệm vụ cụ thể sau:"
        )
    )
    assert task_refs(items) >= {"I.2", "I.2-1", "I.2-2"}
    assert items["I.2"].lead == ["Ủy ban nhân dân các xã"]
    assert items["I.2"].deadline.recurrence == "yearly"


def test_a_lead_in_whose_subject_is_the_money_stays_a_heading() -> None:
    items = items_by_ref(
        FUNDED.format(lead_in="Kinh phí thực hiện Kế hoạch được bố trí từ các nguồn sau, dùng cho các việc:")
    )
    assert "I.2" not in task_refs(items)


# 4. An item whose clauses each have a body of their own: the parts, the catch-all no task

STAFF = (
    HEAD + "Tổ chức hội nghị hiệp thương năm 2028\n"
    "I. TỔ CHỨC THỰC HIỆN\n"
    "1. Chuyên viên cơ quan\n"
    "- Chuyên viên phụ trách tổng hợp chuẩn bị nội dung hội nghị, ghi biên bản hội nghị.\n"
    "- {dash}\n" + END
)


def test_a_catch_all_clause_gives_no_owner_to_the_work_beside_it() -> None:
    """ "Các chuyên viên khác thực hiện các nhiệm vụ được Ban Thường trực phân công; Kế toán lập dự toán kinh phí …":
    two parts, the first a catch-all (no task), the second the accountant's task `I.1-2[2]` (before: one task owned
    by both)."""
    items = items_by_ref(
        STAFF.format(
            dash="Các chuyên viên khác thực hiện các nhiệm vụ được Ban Thường trực phân công; Kế toán cơ quan lập "
            "dự toán kinh phí và chuẩn bị các điều kiện để tổ chức hội nghị."
        )
    )
    assert items["I.1-2"].kind == "note"
    assert items["I.1-2[2]"].kind == "task"
    assert items["I.1-2[2]"].lead == ["Kế toán cơ quan"]


def test_the_work_before_a_catch_all_clause_keeps_only_its_own_body() -> None:
    """ "Các đồng chí Phó Chủ tịch chỉ đạo thực hiện; các chuyên viên … được phân công phụ trách thực hiện các nhiệm
    vụ theo Kế hoạch.": the deputies' task, the staff's clause a catch-all."""
    items = items_by_ref(
        STAFF.format(
            dash="Các đồng chí Phó Chủ tịch Ủy ban Mặt trận xã chỉ đạo thực hiện; các chuyên viên cơ quan Mặt trận "
            "xã được phân công phụ trách thực hiện các nhiệm vụ theo Kế hoạch."
        )
    )
    assert items["I.1-2"].kind == "task"
    assert items["I.1-2"].lead == ["Các đồng chí Phó Chủ tịch Ủy ban Mặt trận xã"]
    assert items["I.1-2[2]"].kind == "note"


def test_two_bodies_with_work_of_their_own_stay_one_item() -> None:
    """Without a catch-all the dash is left whole, both bodies its owners (the golds split such dashes both ways)."""
    items = items_by_ref(
        STAFF.format(
            dash="Chuyên viên văn phòng chuẩn bị hội trường; Kế toán cơ quan lập dự toán kinh phí hội nghị."
        )
    )
    assert "I.1-2[2]" not in items and items["I.1-2"].kind == "task"


RESOLUTION = (
    "CHÍNH PHỦ\nSố: 57/NQ-CP\nHà Nội, ngày 02 tháng 3 năm 2028\nNGHỊ QUYẾT\n"
    "Về thanh toán chi phí khám bệnh, chữa bệnh bảo hiểm y tế\n"
    "QUYẾT NGHỊ:\n"
    "Điều 1. Thanh toán các chi phí khám bệnh, chữa bệnh vượt dự toán từ nguồn dự phòng của Quỹ bảo hiểm y tế.\n"
    "Điều 2. Tổ chức thực hiện\n"
    "1. Bộ Tài chính chỉ đạo Bảo hiểm xã hội Việt Nam thanh toán xong trước ngày 01 tháng 5 năm 2028.\n"
    "2. Bộ Y tế chịu trách nhiệm về việc tổng hợp số liệu. Bộ Tài chính, Bảo hiểm xã hội Việt Nam chịu trách "
    "nhiệm về số liệu đã rà soát, gửi Bộ Y tế tổng hợp, bảo đảm đầy đủ, chính xác, đúng quy định của pháp luật./.\n"
    "TM. CHÍNH PHỦ\nTHỦ TƯỚNG\nNguyễn Văn A\n"
)


def test_a_later_sentence_answering_for_accuracy_is_no_part_and_owns_nothing() -> None:
    """ "Bộ Y tế chịu trách nhiệm về việc tổng hợp số liệu. Bộ Tài chính, … chịu trách nhiệm về số liệu …, bảo đảm
    … chính xác …": the ministry's task is the first sentence, owned by it alone; the second answers for accuracy, no
    task (before: a task `[2]`, its bodies also owners of the first)."""
    items = items_by_ref(RESOLUTION)
    assert items["Điều 2.2"].kind == "task"
    assert items["Điều 2.2"].lead == ["Bộ Y tế"]
    assert items["Điều 2.2[2]"].kind == "note"
