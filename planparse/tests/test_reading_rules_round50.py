"""Round 50 (set 43, released): timing words read as cycles wherever they stand (a count of rounds a month or a
quarter, a count of months between rounds, a school term), owners named with their field, their parent bodies and a
defining bracket (synthetic texts)."""

from __future__ import annotations

from planparse.deadlines import find_deadline
from planparse.owners import heading_agencies, subject_owners
from planparse.tests.reading import items_by_ref


def test_a_count_of_rounds_a_month_or_a_quarter_is_a_cycle() -> None:
    """ "ít nhất 01 lần/tháng", "02 buổi/quý": a count of events a month or a quarter recurs monthly or quarterly, as
    round 33's "02 hội nghị/năm" recurs yearly (before: only "/năm" was read)."""
    assert (
        find_deadline("Duy trì giao ban ít nhất 01 lần/tháng tại các thôn, tổ dân phố.").recurrence
        == "monthly"
    )
    assert find_deadline("Tổ chức 02 buổi sinh hoạt/quý cho đoàn viên.").recurrence == "quarterly"
    assert find_deadline("Tổ chức 02 hội nghị/năm.").recurrence == "yearly"
    assert find_deadline("Chi hỗ trợ 500.000 đồng/tháng cho mỗi người.").recurrence is None


def test_a_dated_step_and_a_monthly_round_in_one_dash_are_two_steps() -> None:
    """A dash that sets up a board by a month and then keeps a meeting going "ít nhất 01 lần/tháng": two tasks, the
    first dated, the second monthly (before: one task, dated, the cycle unread)."""
    items = items_by_ref(
        "KẾ HOẠCH\nPhòng, chống tai nạn đuối nước năm 2027\n"
        "II. NHIỆM VỤ\n1. Ủy ban nhân dân cấp xã\n"
        "- Thành lập Tổ công tác phòng, chống đuối nước ở các thôn (hoàn thành trong tháng 5/2027). Tổ chức giao ban "
        "ít nhất 01 lần/tháng để đánh giá tình hình, tiến độ thực hiện tại địa phương.\n"
    )
    assert (
        items["II.1-1"].deadline.date is not None
        and items["II.1-1"].deadline.date.isoformat() == "2027-05-31"
    )
    assert items["II.1-1[2]"].deadline.recurrence == "monthly"
    assert items["II.1-1[2]"].lead == ["Ủy ban nhân dân cấp xã"]


def test_a_count_of_months_between_rounds_is_a_cycle_wherever_it_stands() -> None:
    """ "Định kỳ (ít nhất 6 tháng một lần) tổ chức đánh giá …": the bracketed count of months is how often, a cycle
    (before: "6 tháng" after "ít nhất" was taken for a noun's qualifier and dropped); "06 tháng/lần" too."""
    assert (
        find_deadline(
            "Định kỳ (ít nhất 6 tháng một lần) tổ chức đánh giá, rút kinh nghiệm việc thực hiện."
        ).recurrence
        == "half-yearly"
    )
    assert find_deadline("Kiểm tra hồ sơ lưu trữ tại các phòng 06 tháng/lần.").recurrence == "half-yearly"
    assert find_deadline("Tổng hợp số liệu của 6 tháng đầu năm 2026 gửi Sở Tài chính.").recurrence is None


def test_each_school_term_is_half_yearly() -> None:
    """ "mỗi học kỳ tổ chức ít nhất 1 buổi": two terms a school year, a half-yearly cycle (before: no cycle)."""
    text = "Tuyên truyền kỹ năng sống cho học sinh. Bảo đảm mỗi học kỳ tổ chức ít nhất 1 buổi/trường. Bồi dưỡng giáo viên."
    assert find_deadline(text).recurrence == "half-yearly"
    assert find_deadline("Tổ chức kiểm tra cuối học kỳ I năm học 2026-2027.").recurrence is None


def test_a_specialised_unit_keeps_its_field_and_its_parent_bodies() -> None:
    """ "Các đơn vị chuyên trách về công nghệ thông tin (CNTT) của các Bộ, cơ quan ngang Bộ (sau đây gọi là Bộ,
    ngành) và các Sở Nội vụ (Sở NV) của các tỉnh, thành phố:" names two kinds of body: "về" after "chuyên trách" is the
    unit's field, "của các Bộ, …" whose units they are, "(Sở NV)" the short name and "(sau đây gọi là …)" what the text
    will call them (before: the name stopped at "về" and the heading was no agency heading)."""
    heading = (
        "Các đơn vị chuyên trách về chuyển đổi số (CĐS) của các Bộ, cơ quan ngang Bộ (sau đây gọi là Bộ, ngành) và "
        "các Sở Nội vụ (Sở NV) của các tỉnh, thành phố trực thuộc Trung ương (sau đây gọi là tỉnh, thành phố):"
    )
    assert heading_agencies(heading) == [
        "Các đơn vị chuyên trách về chuyển đổi số (CĐS) của các Bộ, cơ quan ngang Bộ",
        "các Sở Nội vụ (Sở NV) của các tỉnh, thành phố trực thuộc Trung ương",
    ]
    owners = subject_owners(
        "Thủ trưởng các đơn vị chuyên trách về CNTT của các Bộ, ngành, Giám đốc Sở Nội vụ các tỉnh có trách nhiệm "
        "quán triệt Chỉ thị."
    )
    assert owners is not None
    assert owners.lead == [
        "Thủ trưởng các đơn vị chuyên trách về CNTT của các Bộ, ngành",
        "Giám đốc Sở Nội vụ các tỉnh",
    ]
    labelled = subject_owners(
        "Các đơn vị chuyên trách về CNTT, Sở Nội vụ: Giao một lãnh đạo phụ trách việc này."
    )
    assert labelled is not None and labelled.lead == ["Các đơn vị chuyên trách về CNTT", "Sở Nội vụ"]


def test_a_heading_that_is_a_body_acting_owns_its_one_paragraph() -> None:
    """ "2. Bộ Chỉ huy quân sự tỉnh chỉ đạo lực lượng Bộ đội Biên phòng" over one paragraph "Chủ trì, phối hợp …":
    the body that acts in the heading does the work, as it does the dashes under such a heading (before: the
    paragraph, read as the heading's own item, had no owner)."""
    items = items_by_ref(
        "KẾ HOẠCH\nPhòng, chống buôn lậu năm 2027\nII. NHIỆM VỤ\n1. Công an tỉnh\n- Tổ chức tuần tra kiểm soát.\n"
        "2. Bộ Chỉ huy quân sự tỉnh chỉ đạo lực lượng Bộ đội Biên phòng\n"
        "Chủ trì, phối hợp chặt chẽ với lực lượng Công an tuần tra, kiểm soát khu vực biên giới.\n"
        "3. Sở Công Thương\nKiểm tra thị trường.\n"
    )
    assert items["II.2"].kind == "task"
    assert items["II.2"].lead == ["Bộ Chỉ huy quân sự tỉnh"]
    assert items["II.3"].lead == ["Sở Công Thương"]


def test_dated_paragraphs_after_a_lead_in_are_its_milestones() -> None:
    """ "a) Triển khai số hóa …:" over three unnumbered paragraphs, each with its own date ("Chậm nhất đến ngày …",
    "… bảo đảm đến ngày …"): three milestones of a), each a task with its date and a)'s owner (before: the first
    paragraph was a)'s text and the other two were notes of the section, their dates lost)."""
    items = items_by_ref(
        "CHỈ THỊ\nVề đẩy mạnh lưu trữ điện tử\nBộ trưởng Bộ Nội vụ chỉ thị:\n1. Các Sở Nội vụ:\n"
        "a) Triển khai số hóa tài liệu lưu trữ tại các cơ quan, đơn vị:\n"
        "Chậm nhất đến ngày 30/6/2027, hoàn thành số hóa 100% hồ sơ của Sở Nội vụ.\n"
        "Chậm nhất đến ngày 31/12/2027, bảo đảm 70% hồ sơ của các cơ quan thuộc tỉnh được số hóa.\n"
        "Có kế hoạch để từng bước số hóa hồ sơ cấp xã; bảo đảm đến ngày 31/12/2028 hầu hết hồ sơ được số hóa.\n"
        "Các hồ sơ đã số hóa được lưu giữ theo quy định.\n"
        "b) Định kỳ báo cáo Bộ Nội vụ kết quả thực hiện.\n"
    )
    dates = {ref: str(i.deadline.date) for ref, i in items.items() if i.kind == "task"}
    assert dates == {"1.a": "2027-06-30", "1.a[2]": "2027-12-31", "1.a[3]": "2028-12-31", "1.b": "None"}
    assert items["1.a[3]"].lead == ["Các Sở Nội vụ"]


LETTER_HEAD = (
    "UBND TỈNH AN THÁI\nSỞ NỘI VỤ\nSố: 512/SNV-TCBM\nAn Thái, ngày 06 tháng 11 năm 2026\n"
    "V/v hoàn thiện hồ sơ thành lập Hội Cựu thanh niên xung phong tỉnh\n"
    "Kính gửi: Ban vận động thành lập Hội Cựu thanh niên xung phong tỉnh.\n"
    "Sau khi kiểm tra hồ sơ, Sở Nội vụ đề nghị Ban vận động thực hiện một số nội dung sau:\n"
)


def test_a_quotation_under_a_request_that_cites_a_provision_is_its_words() -> None:
    """ "- Thứ nhất: … Đề nghị Ban vận động vận dụng hướng dẫn tại khoản 2 Điều 9 Nghị định số … để hoàn thiện hồ sơ,
    cụ thể:" over the quoted provision on lines of its own ("“…2. Hồ sơ … gồm:" / "a) …" / "b) …;”"): the quoted
    lines, with their own "2." and "a)", are the provision's words on the dash, which stays the request it is
    (before: the quotation's "a)", "b)" were items and the dash a heading over them, no task)."""
    items = items_by_ref(
        LETTER_HEAD
        + "- Thứ nhất: Đối với hồ sơ đề nghị thành lập Hội: Đề nghị Ban vận động vận dụng hướng dẫn tại khoản 2 Điều 9 "
        "Nghị định số 126/2024/NĐ-CP của Chính phủ để hoàn thiện hồ sơ, cụ thể:\n"
        "“…2. Hồ sơ đề nghị thành lập hội, gồm:\n"
        "a) Đơn đề nghị thành lập hội (bản chính);\n"
        "b) Dự thảo điều lệ hội đã được thông qua (bản chính);”.\n"
        "- Thứ hai: Đề nghị Ban vận động bổ sung danh sách hội viên sáng lập.\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n"
    )
    assert items["-1"].kind == "task"
    assert "“…2. Hồ sơ" in items["-1"].text
    assert not any(ref.startswith("-1.") for ref in items)
    assert items["-2"].kind == "task"


def test_a_closing_that_urges_the_items_own_body_dates_them() -> None:
    """The closing "Sở Nội vụ đề nghị Ban vận động khẩn trương hoàn thiện hồ sơ và gửi về Sở Nội vụ chậm nhất ngày …"
    urges the body every item asks: its day is when the items are due, and it asks nothing more (before: the items
    had no date and the closing was a task of its own). A closing that urges another body dates nothing."""
    body = (
        "- Thứ nhất: Đề nghị Ban vận động bổ sung đơn đề nghị thành lập Hội (bản chính).\n"
        "- Thứ hai: Đề nghị Ban vận động chỉnh sửa dự thảo điều lệ Hội cho phù hợp quy định.\n"
    )
    closing = (
        "Sở Nội vụ đề nghị Ban vận động khẩn trương hoàn thiện hồ sơ và gửi bản chính về Sở Nội vụ chậm nhất ngày "
        "20/11/2026 để Sở Nội vụ tham mưu Ủy ban nhân dân tỉnh xem xét, quyết định./.\n"
    )
    end = "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n"
    items = items_by_ref(LETTER_HEAD + body + closing + end)
    dates = {ref: str(i.deadline.date) for ref, i in items.items() if i.kind == "task"}
    assert dates == {"-1": "2026-11-20", "-2": "2026-11-20"}
    other = items_by_ref(
        LETTER_HEAD + body + closing.replace("đề nghị Ban vận động", "đề nghị Sở Tư pháp") + end
    )
    assert other["-1"].deadline.date is None


DECISION = (
    "ỦY BAN NHÂN DÂN\nTỈNH AN THÁI\nSố: 88/QĐ-UBND\nAn Thái, ngày 10 tháng 12 năm 2026\nQUYẾT ĐỊNH\n"
    "Về việc cho phép hợp nhất Hội Kiến trúc sư hai tỉnh\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH AN THÁI\n"
    "Căn cứ Nghị định số 126/2024/NĐ-CP ngày 08 tháng 10 năm 2024 của Chính phủ;\nQUYẾT ĐỊNH:\n"
    "Điều 1. Cho phép hợp nhất Hội Kiến trúc sư tỉnh An Thái (cũ), Hội Kiến trúc sư tỉnh Bình Sơn (cũ).\n"
    "Điều 2. Hội Kiến trúc sư tỉnh An Thái (cũ), Hội Kiến trúc sư tỉnh Bình Sơn (cũ) có trách nhiệm chuyển giao "
    "toàn bộ tài sản, hồ sơ cho Hội Kiến trúc sư tỉnh An Thái (mới).\n"
    "Điều 3. Hội Kiến trúc sư tỉnh An Thái (mới) là tổ chức xã hội - nghề nghiệp có tư cách pháp nhân, có con dấu "
    "và tài khoản riêng, chịu sự quản lý nhà nước của Sở Nội vụ.\n"
    "Trong thời hạn 90 ngày làm việc, Ban Chấp hành lâm thời Hội có trách nhiệm tổ chức Đại hội theo quy định.\n"
    "Điều 4. Quyết định này có hiệu lực kể từ ngày ký.\n"
    "Nơi nhận:\n- Như Điều 4;\n- Lưu: VT.\n"
)


def test_a_merged_bodys_status_in_brackets_belongs_to_its_name() -> None:
    """ "Hội Kiến trúc sư tỉnh An Thái (cũ), Hội … (cũ) có trách nhiệm chuyển giao …": "(cũ)" and "(mới)" say which of
    the merged bodies, part of the name, and the list goes on after them (before: the bracket ended the name and the
    article had no owner)."""
    items = items_by_ref(DECISION)
    assert items["Điều 2"].lead == [
        "Hội Kiến trúc sư tỉnh An Thái (cũ)",
        "Hội Kiến trúc sư tỉnh Bình Sơn (cũ)",
    ]
    owners = subject_owners("Tỉnh Bình Sơn (mới) có quy mô dân số trên 2 triệu người.")
    assert owners is None or owners.lead != ["Tỉnh Bình Sơn (mới) có quy mô dân số trên 2 triệu người"]


def test_an_articles_second_paragraph_that_gives_a_duty_is_its_task() -> None:
    """ "Điều 3. Hội … (mới) là tổ chức …" (what the body is) then "Trong thời hạn 90 ngày làm việc, Ban Chấp hành lâm
    thời Hội có trách nhiệm tổ chức Đại hội …": the statement is no task; the paragraph's duty is the article's task
    (`Điều 3[2]`), owned by the body after the time limit (before: the statement was a task without an owner and
    the duty a note)."""
    items = items_by_ref(DECISION)
    assert items["Điều 3"].kind == "note"
    assert items["Điều 3[2]"].kind == "task"
    assert items["Điều 3[2]"].lead == ["Ban Chấp hành lâm thời Hội"]
    assert items["Điều 4"].kind == "note"
