"""Rules of how Vietnamese administrative plans are written, second round: label lines of a law-implementation
plan, timing over dated milestones, assessment sections, recurring reports and budgets.
Snippets are written in the general style of each family (not copied from the corpus)."""

from __future__ import annotations

import datetime as dt

from planparse import parse_plan
from planparse.tests.reading import tasks_by_ref

LAW_PLAN = """ỦY BAN NHÂN DÂN TỈNH X
Số: 12/KH-UBND
KẾ HOẠCH
Triển khai thi hành Luật Y
I. MỤC ĐÍCH, YÊU CẦU
1. Triển khai kịp thời, đồng bộ.
II. NỘI DUNG
1. Xây dựng văn bản quy định chi tiết
- Quyết định quy định về quản lý hồ sơ
+ Cơ quan chủ trì: Sở Tư pháp.
+ Cơ quan phối hợp: các sở, ngành liên quan.
+ Thời hạn ban hành: trước ngày 30 tháng 6 năm 2026.
2. Rà soát văn bản quy phạm pháp luật của tỉnh
- Nội dung: rà soát các văn bản có liên quan đến Luật.
- Cơ quan thực hiện: các sở, ngành.
- Thời gian thực hiện:
+ Các sở, ngành gửi kết quả rà soát về Sở Tư pháp trước ngày 15 tháng 3 năm 2026.
+ Sở Tư pháp tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 31 tháng 3 năm 2026.
"""


def test_issuing_deadline_label_is_a_field_not_a_task() -> None:
    """ "Thời hạn ban hành:" is the time label of the bullet above it, like "Thời gian thực hiện:"."""
    tasks = tasks_by_ref(parse_plan(LAW_PLAN))
    assert "II.1-1" in tasks and not any(ref.startswith("II.1-1.+") for ref in tasks)
    assert tasks["II.1-1"].deadline.date == dt.date(2026, 6, 30)
    assert tasks["II.1-1"].lead == ["Sở Tư pháp"]


def test_empty_time_label_over_dated_milestones() -> None:
    """A "Thời gian thực hiện:" label with no value is timed by its "+" lines: each dated line is a milestone
    task with its own owner, and the block's deadline is the last of them."""
    tasks = tasks_by_ref(parse_plan(LAW_PLAN))
    assert tasks["II.2"].deadline.date == dt.date(2026, 3, 31)
    assert tasks["II.2-3.+1"].deadline.date == dt.date(2026, 3, 15)
    assert tasks["II.2-3.+2"].lead == ["Sở Tư pháp"]


INVENTORY_PLAN = """ỦY BAN NHÂN DÂN TỈNH X
KẾ HOẠCH
Tổng kiểm kê tài sản công
I. MỤC ĐÍCH, YÊU CẦU
1. Nắm chắc số liệu tài sản.
II. TỔ CHỨC THỰC HIỆN
1. Trưởng Ban Chỉ đạo
- Phụ trách chung, điều hành hoạt động của Ban Chỉ đạo.
2. Các sở chuyên ngành (gồm các Sở: Xây dựng, Công Thương, Y tế)
- Hướng dẫn các đơn vị kiểm kê tài sản thuộc ngành, lĩnh vực quản lý.
3. Trách nhiệm của đơn vị được kiểm kê:
- Chuẩn bị hồ sơ tài sản, báo cáo kết quả kiểm kê hằng năm cho cơ quan quản lý.
4. Sở Tài chính chủ trì tổng hợp, trình bố trí kinh phí trong dự toán ngân sách nhà nước hằng năm của các sở, ngành.
5. Giám đốc Sở Tài chính có trách nhiệm đôn đốc các đơn vị thực hiện Kế hoạch.
6. Sở Nội vụ tổ chức khen thưởng hằng năm của ngành theo quy định.
"""


def test_agency_headings_that_name_a_role_a_group_or_whose_duties() -> None:
    """A role ("Trưởng Ban Chỉ đạo"), a group whose members follow in "(gồm …)", and "Trách nhiệm của <who>"
    are agency headings: they own the bullets under them."""
    tasks = tasks_by_ref(parse_plan(INVENTORY_PLAN))
    assert tasks["II.1-1"].lead == ["Trưởng Ban Chỉ đạo"]
    assert tasks["II.2-1"].lead == ["Các sở chuyên ngành"]
    assert tasks["II.3-1"].lead == ["đơn vị được kiểm kê"]
    assert tasks["II.5"].lead == ["Giám đốc Sở Tài chính"]


def test_yearly_report_and_budget_cycle_recur() -> None:
    """ "báo cáo … hằng năm" and "dự toán ngân sách … hằng năm" make the task yearly; a yearly noun
    ("khen thưởng hằng năm của ngành") does not."""
    tasks = tasks_by_ref(parse_plan(INVENTORY_PLAN))
    assert tasks["II.3-1"].deadline.recurrence == "yearly"
    assert tasks["II.4"].deadline.recurrence == "yearly"
    assert tasks["II.6"].deadline.recurrence is None


OUTBREAK_PLAN = """ỦY BAN NHÂN DÂN TỈNH X
KẾ HOẠCH
Phòng, chống dịch bệnh sau mưa lũ
I. MỤC ĐÍCH, YÊU CẦU
1. Chủ động phòng, chống dịch bệnh.
II. ĐÁNH GIÁ NGUY CƠ
1. Nguồn nước sinh hoạt bị nhiễm bẩn ở nhiều vùng trũng.
2. Nguy cơ bùng phát bệnh tiêu chảy, sốt xuất huyết.
III. NỘI DUNG HOẠT ĐỘNG
1. Phòng chống bệnh tiêu chảy
- Cấp thuốc cho các trạm y tế xã.
- Các Trung tâm y tế giám sát ca bệnh tại khu sơ tán.
IV. TỔ CHỨC THỰC HIỆN
1. Sở Y tế: chủ trì triển khai Kế hoạch.
"""


def test_risk_assessment_section_is_not_a_task_list() -> None:
    """ "ĐÁNH GIÁ NGUY CƠ" describes the situation; its numbered lines are no tasks."""
    tasks = tasks_by_ref(parse_plan(OUTBREAK_PLAN))
    assert not any(ref.startswith("II.") for ref in tasks)
    assert {"III.1-1", "III.1-2", "IV.1"} <= set(tasks)


def test_activity_heading_that_opens_with_a_head_word_is_no_agency() -> None:
    """ "Phòng chống bệnh …" starts like "Phòng Y tế" but names an activity; "Các Trung tâm y tế" is a group."""
    tasks = tasks_by_ref(parse_plan(OUTBREAK_PLAN))
    assert tasks["III.1-1"].lead != ["Phòng chống bệnh tiêu chảy"]
    assert tasks["III.1-2"].lead == ["Các Trung tâm y tế"]


def test_long_sub_heading_of_targets_or_resources() -> None:
    text = """BỘ X
KẾ HOẠCH
Thực hiện Quy hoạch mạng lưới cơ sở
I. NỘI DUNG CHỦ YẾU
1. Mục tiêu phát triển và tầm nhìn đến năm 2045 của mạng lưới
- Mạng lưới cơ sở được phát triển đồng bộ, hiện đại.
2. Nguồn lực và việc sử dụng nguồn lực để thực hiện quy hoạch
- Ngân sách trung ương chiếm khoảng 70% tổng vốn.
3. Rà soát, điều chỉnh các quy hoạch của địa phương
- Rà soát quy hoạch tỉnh bảo đảm thống nhất.
II. TỔ CHỨC THỰC HIỆN
1. Sở Văn hóa chủ trì theo dõi việc thực hiện.
"""
    tasks = tasks_by_ref(parse_plan(text))
    assert set(tasks) == {"I.3-1", "II.1"}


def test_inline_label_leaves_task_text_inside_its_span() -> None:
    """Cutting the labels off "… ; Đơn vị thực hiện: …" must not add a full stop the source lacks."""
    plan = parse_plan("II. NHIỆM VỤ\n1. Rà soát quy chế làm việc; Đơn vị thực hiện: Sở Tư pháp.\n")
    task = tasks_by_ref(plan)["II.1"]
    assert task.text == "Rà soát quy chế làm việc"
    assert task.text in plan.text[task.span[0] : task.span[1]]
    assert task.lead == ["Sở Tư pháp"]


NOTICE = """VĂN PHÒNG CHÍNH PHỦ
Số: 700/TB-VPCP
THÔNG BÁO
Kết luận của Phó Thủ tướng Chính phủ tại buổi làm việc với lãnh đạo tỉnh Y
I. ĐÁNH GIÁ CHUNG
Tỉnh Y đã đạt nhiều kết quả quan trọng.
II. NHIỆM VỤ TRONG THỜI GIAN TỚI
Để hoàn thành các mục tiêu năm 2025, tỉnh Y cần tập trung thực hiện tốt các nhiệm vụ sau:
1. Đẩy nhanh giải ngân vốn đầu tư công.
2. Rà soát quy hoạch, phối hợp với Bộ Xây dựng tháo gỡ vướng mắc.
3. Bộ Tài chính nghiên cứu đề xuất của Tỉnh.
"""


def test_lead_in_paragraph_names_the_owner_of_the_list() -> None:
    """ "Để …, tỉnh Y cần … các nhiệm vụ sau:" binds the items below to the province; an item with its own
    subject keeps it."""
    tasks = tasks_by_ref(parse_plan(NOTICE))
    assert tasks["II.1"].lead == ["tỉnh Y"]
    assert tasks["II.2"].lead == ["tỉnh Y"] and tasks["II.2"].coordinators == ["Bộ Xây dựng"]
    assert tasks["II.3"].lead == ["Bộ Tài chính"]


FUNDED_PLAN = """ỦY BAN NHÂN DÂN TỈNH X
KẾ HOẠCH
Triển khai thi hành Luật Z
I. NỘI DUNG
1. Các chủ dự án
- Rà soát hồ sơ dự án theo quy định.
- Chịu trách nhiệm trước pháp luật nếu để xảy ra sai phạm trong phạm vi quản lý.
II. KINH PHÍ THỰC HIỆN
1. Kinh phí thực hiện Kế hoạch được bảo đảm từ ngân sách nhà nước.
2. Đối với các nhiệm vụ phát sinh trong năm 2026, các sở, ngành chủ động bố trí trong dự toán được giao.
"""


def test_liability_clause_is_not_a_task() -> None:
    """ "Chịu trách nhiệm trước pháp luật nếu để xảy ra …" states liability, it assigns no work."""
    tasks = tasks_by_ref(parse_plan(FUNDED_PLAN))
    assert "I.1-1" in tasks and "I.1-2" not in tasks


def test_scope_clause_names_neither_owner_nor_deadline() -> None:
    """ "Đối với các nhiệm vụ … trong năm 2026, các sở, ngành chủ động bố trí …": the subject after the
    opening clause owns the task (an assignment in the funding section), the clause's year is no deadline."""
    tasks = tasks_by_ref(parse_plan(FUNDED_PLAN))
    assert tasks["II.2"].lead == ["các sở, ngành"]
    assert tasks["II.2"].deadline.date is None


def test_period_named_after_a_field_is_no_deadline() -> None:
    """ "… công tác dân số và phát triển giai đoạn đến năm 2030" names the field's period; "hoàn thành trong
    giai đoạn đến năm 2030" would still be a deadline."""
    text = (
        "II. NHIỆM VỤ\n1. Tổ chức sơ kết các kế hoạch về công tác bảo vệ môi trường và phát triển bền vững"
        " giai đoạn đến năm 2030.\n2. Hoàn thành việc cắm mốc ranh giới trong giai đoạn đến năm 2027.\n"
    )
    tasks = tasks_by_ref(parse_plan(text))
    assert tasks["II.1"].deadline.date is None
    assert tasks["II.2"].deadline.date == dt.date(2027, 12, 31)


def test_labelled_block_description_is_one_task() -> None:
    """Under a block with an owner line, an unlabelled line that only describes the work says what the one
    task covers; it is not a task of its own. (A line that lists parts, "… gồm:" over "+" lines, makes each
    part a task: `test_reading_rules_round4.py`.)"""
    text = (
        "II. NỘI DUNG\n1. Hỗ trợ thi hành Luật\n- Tập trung vào các vướng mắc của doanh nghiệp nhỏ và vừa.\n"
        "- Cơ quan thực hiện: Sở Tư pháp.\n"
    )
    tasks = tasks_by_ref(parse_plan(text))
    assert set(tasks) == {"II.1"}
    assert tasks["II.1"].lead == ["Sở Tư pháp"]


MINISTRY_PLAN = """BỘ X
KẾ HOẠCH
Thực hiện Quy hoạch mạng lưới cơ sở
I. TỔ CHỨC THỰC HIỆN
1. Sở chuyên ngành các tỉnh
a) Rà soát các quy hoạch trên địa bàn.
b) Trong quá trình lập quy hoạch tỉnh, cơ quan lập quy hoạch phải bảo đảm tích hợp mạng lưới cơ sở.
2. Các tổ chức, cá nhân liên quan
Phối hợp với cơ quan có thẩm quyền trong việc giám sát thực hiện quy hoạch.
Trong quá trình thực hiện Kế hoạch, nếu có khó khăn, vướng mắc, các cơ quan phản ánh về Bộ X.
"""


def test_obligation_during_another_process_is_a_task() -> None:
    """ "Trong quá trình thực hiện Kế hoạch, nếu có khó khăn …" is the general rule; "Trong quá trình lập quy
    hoạch tỉnh, cơ quan … phải bảo đảm …" sets an obligation and is a task."""
    tasks = tasks_by_ref(parse_plan(MINISTRY_PLAN))
    assert "I.1.b" in tasks
    assert not any("khó khăn" in t.text for t in tasks.values())


def test_group_heading_of_organisations_and_persons() -> None:
    """ "Các tổ chức, cá nhân liên quan": "tổ chức" after "Các" is the noun, the heading owns its paragraph."""
    tasks = tasks_by_ref(parse_plan(MINISTRY_PLAN))
    assert tasks["I.2"].lead == ["Các tổ chức, cá nhân liên quan"]


def test_request_under_an_agency_heading_is_that_agencys_task() -> None:
    """ "- Yêu cầu các cơ quan báo chí …" under "2. Sở Văn hóa": the department makes the request."""
    text = (
        "III. TỔ CHỨC THỰC HIỆN\n1. Sở Nội vụ\n- Theo dõi, tổng hợp kết quả thực hiện.\n2. Sở Văn hóa\n"
        "- Yêu cầu các cơ quan báo chí của tỉnh dành thời lượng tuyên truyền Kế hoạch.\n"
    )
    tasks = tasks_by_ref(parse_plan(text))
    assert tasks["III.2-1"].lead == ["Sở Văn hóa"]


def test_targets_of_a_year_are_no_deadline() -> None:
    """ "hoàn thành các chỉ tiêu, nhiệm vụ … năm 2026" and "giải ngân 100% kế hoạch vốn năm 2026": the year names
    the targets and the capital plan, not a deadline (the gold convention settled in round 11: a target's year is no
    deadline; this test said "due at the end of 2026" before); nor is a year that only dates figures."""
    text = (
        "II. NHIỆM VỤ\n1. Tập trung chỉ đạo để hoàn thành các chỉ tiêu, nhiệm vụ phát triển kinh tế - xã hội"
        " năm 2026.\n2. Quyết tâm giải ngân 100% kế hoạch vốn năm 2026.\n"
        "3. Rà soát số liệu thống kê năm 2025 của các ngành.\n"
    )
    tasks = tasks_by_ref(parse_plan(text))
    assert tasks["II.1"].deadline.date is None
    assert tasks["II.2"].deadline.date is None
    assert tasks["II.3"].deadline.date is None


def test_general_rule_during_implementation_in_its_usual_wordings() -> None:
    text = (
        "III. TỔ CHỨC THỰC HIỆN\n1. Sở Nội vụ theo dõi việc thực hiện Kế hoạch.\n"
        "2. Trong quá trình tổ chức triển khai thực hiện, nếu có vướng mắc, các đơn vị báo cáo Sở Nội vụ.\n"
        "3. Trong quá trình thực hiện nhiệm vụ được giao, các cơ quan kịp thời phản ánh khó khăn.\n"
    )
    assert set(tasks_by_ref(parse_plan(text))) == {"III.1"}
