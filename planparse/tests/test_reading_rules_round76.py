"""Round 76 (set 38): a department's plan whose tasks part hands duties out under addressee headings ("1. Đối với
…") and whose carrying-out part gives each unit its items (one taking a result as the measure of the yearly
grading, one resting on the reports of other units) and asks the communes, the last item only an invitation to
report difficulties. Made-up texts, each test failing without its rule."""

from __future__ import annotations

from planparse.deadlines import find_deadline
from planparse.owners import addressee_heading
from planparse.tests.reading import items_by_ref, task_refs

_PLAN = (
    "UBND TỈNH BẮC NAM\nSỞ XÂY DỰNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 42/KH-SXD\nBắc Nam, ngày 10 tháng 9 năm 2026\nKẾ HOẠCH\n"
    "Thực hiện Chỉ thị số 12/CT-BXD về siết chặt kỷ luật, kỷ cương hành chính trong ngành Xây dựng\n"
    "I. MỤC ĐÍCH, YÊU CẦU\n"
    "1. Nâng cao ý thức chấp hành kỷ luật, kỷ cương hành chính của đội ngũ cán bộ trong toàn ngành.\n"
    "II. NHIỆM VỤ, GIẢI PHÁP\n"
    "1. Đối với Thủ trưởng, tập thể lãnh đạo các phòng, đơn vị thuộc Sở Xây dựng\n"
    "a) Quán triệt nghiêm các quy định về kỷ luật, kỷ cương hành chính đến toàn thể người lao động của đơn vị.\n"
    "b) Rà soát, cắt giảm các cuộc họp không cần thiết; đẩy mạnh hình thức họp trực tuyến.\n"
    "2. Đối với cán bộ, công chức, viên chức ngành Xây dựng (gồm người làm việc tại Sở; người làm việc tại xã)\n"
    "a) Chấp hành nghiêm nội quy, quy chế làm việc, giờ giấc làm việc của cơ quan.\n"
    "b) Rèn luyện bản lĩnh, nâng cao năng lực chuyên môn, tinh thần phục vụ người dân.\n"
    "III. TỔ CHỨC THỰC HIỆN\n"
    "1. Các phòng, đơn vị thuộc Sở\n"
    "a) Triển khai Kế hoạch này tại đơn vị; sửa đổi nội quy, quy chế làm việc của đơn vị.\n"
    "b) Lấy kết quả chấp hành kỷ luật hành chính là một trong những tiêu chí để đánh giá, xếp loại tập "
    "thể, cá nhân hằng năm.\n"
    "2. Văn phòng Sở:\n"
    "a) Theo dõi, đôn đốc việc thực hiện Kế hoạch này.\n"
    "b) Trên cơ sở báo cáo của Phòng Kinh tế, Thanh tra Sở và các đơn vị liên quan, tổng hợp kết quả "
    "thực hiện Kế hoạch này trong báo cáo công tác của Sở.\n"
    "3. Đề nghị Ủy ban nhân dân các xã\n"
    "Để thống nhất thực hiện Chỉ thị số 12/CT-BXD, Sở Xây dựng đề nghị Ủy ban nhân dân các xã phối hợp thực hiện "
    "một số nội dung như sau:\n"
    "a) Tăng cường kỷ luật, kỷ cương trong giải quyết thủ tục hành chính thuộc lĩnh vực xây dựng tại địa phương.\n"
    "b) Kịp thời phản ánh những khó khăn, vướng mắc phát sinh để Sở Xây dựng hướng dẫn hoặc tổng hợp, báo cáo "
    "cấp có thẩm quyền xem xét.\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nGIÁM ĐỐC\nNguyễn Văn A\n"
)


def test_an_addressee_heading_gives_its_items_to_the_party_it_names() -> None:
    """ "1. Đối với Thủ trưởng, tập thể lãnh đạo …", "2. Đối với cán bộ, công chức, viên chức … (…)": the items
    under the heading are the duties of the party it names, kept whole as written (its bracket left out), explicit,
    not those of a unit of the carrying-out part whose duty reads alike."""
    items = items_by_ref(_PLAN)
    leaders = ["Thủ trưởng, tập thể lãnh đạo các phòng, đơn vị thuộc Sở Xây dựng"]
    staff = ["cán bộ, công chức, viên chức ngành Xây dựng"]
    for ref, lead in (("II.1.a", leaders), ("II.1.b", leaders), ("II.2.a", staff), ("II.2.b", staff)):
        assert items[ref].kind == "task"
        assert (items[ref].lead, items[ref].lead_source) == (lead, "explicit"), ref


def test_an_addressee_heading_names_a_party_not_a_matter() -> None:
    assert addressee_heading("Đối với Ủy ban nhân dân cấp xã") == ["Ủy ban nhân dân cấp xã"]
    staff = addressee_heading("Đối với người lao động thuộc Sở (kể cả hợp đồng):")
    assert staff == ["người lao động thuộc Sở"]
    # a matter, or a party with work written after it, is no addressee heading
    assert addressee_heading("Đối với các dự án đang triển khai thi công") == []
    assert addressee_heading("Đối với trường hợp nhà ở phải phá dỡ") == []
    assert addressee_heading("Đối với cán bộ, công chức: chấp hành nghiêm nội quy") == []
    assert addressee_heading("Đối với cán bộ lãnh đạo thực hiện nghiêm túc quy chế") == []


def test_taking_a_result_as_a_measure_is_work() -> None:
    """ "Lấy kết quả … là một trong những tiêu chí để đánh giá, xếp loại …": to take a result as a measure is the unit's duty (the
    sentence opens with its verb), not a statement of what the result is."""
    items = items_by_ref(_PLAN)
    assert items["III.1.b"].kind == "task"
    assert items["III.1.b"].lead == ["Các phòng, đơn vị thuộc Sở"]
    assert items["III.1.b"].deadline.recurrence == "yearly"


def test_the_period_of_the_assessment_a_measure_serves_times_the_duty() -> None:
    """The duty to apply a measure is done in each assessment: "hằng năm" after it is yearly; the period of any
    other purpose still times nothing."""
    for text in (
        "Lấy kết quả thực hiện đổi mới lề lối làm việc là một trong những tiêu chí quan trọng để đánh giá, xếp loại "
        "mức độ hoàn thành nhiệm vụ của tập thể và cá nhân hằng năm.",
        "Lấy kết quả chuyển đổi số của đơn vị làm căn cứ để bình xét thi đua, xếp loại tập thể hằng năm.",
    ):
        assert find_deadline(text).recurrence == "yearly", text
    purpose = "Gửi kết quả về Sở Nội vụ để tổng hợp, đánh giá Chỉ số CCHC của tỉnh hằng năm."
    assert find_deadline(purpose).recurrence is None
    # the measure as the last clause of an item with other work does not time that work
    longer = (
        "Phát huy vai trò của chính quyền các cấp trong công tác phòng, chống ma túy; lấy hiệu quả công tác phòng, "
        "chống ma túy là một chỉ tiêu quan trọng để đánh giá, xếp loại cán bộ hằng năm."
    )
    assert find_deadline(longer).recurrence is None


def test_bodies_whose_reports_the_work_rests_on_are_not_its_subject() -> None:
    """ "Trên cơ sở báo cáo của Phòng A, Thanh tra Sở và các đơn vị liên quan, tổng hợp …": the bodies listed are the
    sources; the work has no subject of its own, so the heading's unit does it."""
    items = items_by_ref(_PLAN)
    assert items["III.2.b"].lead == ["Văn phòng Sở"]
    # a body after the basis that acts is still the subject
    text = _PLAN.replace(
        "Thanh tra Sở và các đơn vị liên quan, tổng hợp kết quả", "Thanh tra Sở tổng hợp kết quả"
    )
    assert items_by_ref(text)["III.2.b"].lead != ["Văn phòng Sở"]


def test_an_item_that_only_invites_reports_of_difficulties_is_a_standing_rule() -> None:
    """ "b) Kịp thời phản ánh những khó khăn, vướng mắc phát sinh để Sở X hướng dẫn …": no work of its own, as the
    closing "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc …" is not."""
    items = items_by_ref(_PLAN)
    assert "III.3.b" not in task_refs(items)
    assert items["III.3.a"].kind == "task"
    assert items["III.3.a"].lead == ["Ủy ban nhân dân các xã"]
    # a dated report of them is work
    dated = _PLAN.replace("phát sinh để Sở Xây dựng", "trước ngày 15/12/2026 để Sở Xây dựng")
    assert "III.3.b" in task_refs(items_by_ref(dated))
