"""Reading rules of round 25, from the seen documents still under task F1 0.90 (synthetic texts in their style): the
points of a list announced as aspects or reasons ("… với các khía cạnh:" over "Thứ nhất, …"), a thing described as
built "theo hướng …", and a dispatch's closing charge to carry out "the tasks above" with the exhortation after it."""

from __future__ import annotations

from planparse.tests.reading import notice_items, task_refs

NOTICE = (
    "VĂN PHÒNG CHÍNH PHỦ\n"
    "Số: 702/TB-VPCP\n"
    "Hà Nội, ngày 03 tháng 12 năm 2025\n"
    "THÔNG BÁO\n"
    "Kết luận cuộc họp về Đề án sáp nhập các quỹ hỗ trợ nông dân\n"
    "Sau khi nghe báo cáo của Bộ Tài chính, Phó Thủ tướng Chính phủ kết luận như sau:\n"
)
REASONS = (
    "1. Việc sáp nhập các quỹ hỗ trợ nông dân có ý nghĩa rất quan trọng, giúp nguồn vốn đến đúng người, đúng "
    "việc {why}:\n"
    "Thứ nhất, các quỹ hiện nay còn phân tán, nguồn vốn nhỏ lẻ, nay cần được tập trung cho vùng sản xuất hàng "
    "hóa để nông dân tiếp cận thuận lợi hơn;\n"
    "Thứ hai, một đầu mối quản lý sẽ giảm chi phí hành chính, tăng tính minh bạch trong cho vay;\n"
    "2. Giao Bộ Tài chính chủ trì, phối hợp với Bộ Nông nghiệp và Môi trường hoàn thiện dự thảo Nghị định, trình "
    "Chính phủ trong tháng 12 năm 2025.\n"
)


def test_points_of_announced_aspects_are_no_tasks() -> None:
    # a list announced as the aspects or reasons of an assessment argues it: "Thứ nhất, …" is no task, however it is
    # worded ("cần được tập trung …"); the assignment after it still is
    for why in ("với các khía cạnh", "vì những lý do sau"):
        items = notice_items(NOTICE, REASONS.format(why=why))
        # round 36: "Thứ nhất, …", "Thứ hai, …" are numbered (1.1, 1.2), as set 35's gold numbers them; none is a task
        assert items["1"].kind != "task"
        assert items["1.1"].kind == items["1.2"].kind == "note"
        assert task_refs(items) == {"2"}


def test_point_that_hands_out_work_stays_a_task() -> None:
    # a point that gives a body work is a task whatever list it stands in
    items = notice_items(
        NOTICE,
        "1. Việc sáp nhập các quỹ hỗ trợ nông dân có ý nghĩa rất quan trọng, với các khía cạnh:\n"
        "Thứ nhất, giao Bộ Tài chính rà soát toàn bộ nguồn vốn của các quỹ, báo cáo Thủ tướng Chính phủ trong "
        "tháng 12 năm 2025;\n"
        "Thứ hai, một đầu mối quản lý sẽ giảm chi phí hành chính;\n",
    )
    # round 36: the point is numbered in words, item 1.1 ("Thứ hai, …" is 1.2, no task)
    assert items["1.1"].kind == "task"
    assert items["1.1"].lead == ["Bộ Tài chính"]
    assert items["1.2"].kind == "note"


GUIDANCE = (
    "BAN CHẤP HÀNH TRUNG ƯƠNG BAN TUYÊN GIÁO VÀ DÂN VẬN\n"
    "Số 41-HD/BTGDVTW\n"
    "Hà Nội, ngày 20 tháng 11 năm 2025\n"
    "HƯỚNG DẪN\n"
    "Về việc nâng cao chất lượng tài liệu sinh hoạt đoàn thể\n"
    "I. NỘI DUNG TÀI LIỆU SINH HOẠT\n"
    "1. Tài liệu sinh hoạt định kỳ, tập trung vào các nhóm nội dung\n"
    "- Phổ biến chủ trương, chính sách mới của Đảng và Nhà nước.\n"
    "- Giới thiệu gương người tốt, việc tốt ở cơ sở.\n"
)


def test_thing_built_towards_a_design_is_no_task() -> None:
    # "Tài liệu … được biên tập theo hướng vừa …, vừa …" says how the material is made, as a requirement on it does
    items = notice_items(
        GUIDANCE,
        "2. Tài liệu sinh hoạt định kỳ và tài liệu chuyên đề được biên tập theo hướng ngắn gọn, dễ hiểu, vừa bám "
        "sát định hướng của cấp trên, vừa phù hợp với đặc điểm của từng đoàn thể ở cơ sở.\n"
        "II. TỔ CHỨC THỰC HIỆN\n"
        "1. Ban Tuyên giáo và Dân vận các tỉnh ủy biên tập, phát hành tài liệu sinh hoạt hằng tháng.\n",
    )
    assert items["I.2"].kind == "note"
    assert "II.1" in task_refs(items)


def test_thing_made_by_a_named_body_or_following_guidance_stays() -> None:
    # "theo hướng dẫn của …" is a rule followed, not the orientation of a design: the sentence keeps its reading
    items = notice_items(
        GUIDANCE,
        "2. Tài liệu sinh hoạt chuyên đề được biên tập theo hướng dẫn của Ban Tuyên giáo và Dân vận Trung ương, "
        "phát hành trước ngày 15 tháng 12 năm 2025.\n",
    )
    assert items["I.2"].kind == "task"


DISPATCH = (
    "THỦ TƯỚNG CHÍNH PHỦ\n"
    "Số: 241/CĐ-TTg\n"
    "Hà Nội, ngày 01 tháng 12 năm 2025\n"
    "CÔNG ĐIỆN\n"
    "Về việc đẩy nhanh giải ngân vốn các công trình thủy lợi\n"
    "THỦ TƯỚNG CHÍNH PHỦ điện:\n"
    "- Bộ trưởng các Bộ: Nông nghiệp và Môi trường, Tài chính;\n"
    "- Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.\n"
    "Để hoàn thành kế hoạch giải ngân năm 2025, Thủ tướng Chính phủ yêu cầu:\n"
    "1. Bộ Nông nghiệp và Môi trường rà soát danh mục công trình, hoàn thành trước ngày 15/12/2025.\n"
    "2. Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương hoàn thành bàn giao mặt bằng trước ngày "
    "20/12/2025.\n"
)
CHARGE = (
    "3. Các Bộ; Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương căn cứ chức năng, nhiệm vụ được giao "
    "khẩn trương triển khai hiệu quả các nhiệm vụ nêu trên, chịu trách nhiệm toàn diện trước Thủ tướng Chính phủ về "
    "kết quả giải ngân. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, kịp thời báo cáo Bộ Tài chính.\n"
)
URGE = (
    "Đề nghị các đồng chí Bộ trưởng, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố chỉ đạo quyết liệt, sát sao, "
    "kịp thời tháo gỡ vướng mắc cho các công trình.\n"
)
CLOSE = "4. Giao Văn phòng Chính phủ theo dõi, đôn đốc việc thực hiện Công điện này./.\n"


def test_charge_to_carry_out_the_tasks_above_is_no_task() -> None:
    # the bodies carry out "các nhiệm vụ nêu trên" themselves and answer for them: a charge over the dispatch, as
    # "… chịu trách nhiệm thực hiện các nội dung nêu trên" is, and the exhortation after it goes with it
    items = notice_items(DISPATCH, CHARGE + URGE + CLOSE)
    assert items["3"].kind == "note"
    assert items["3[2]"].kind == "note"
    assert {"1", "2", "4"} <= task_refs(items)


def test_overseeing_the_tasks_above_or_a_dated_request_stays_a_task() -> None:
    # a body that sees to it that others carry them out has work of its own; so has a request with work and a date
    items = notice_items(
        DISPATCH,
        "3. Bộ Tài chính kiểm tra, đôn đốc các Bộ, địa phương thực hiện các nhiệm vụ nêu trên, báo cáo Thủ tướng "
        "Chính phủ trước ngày 31/12/2025.\n" + CLOSE,
    )
    assert items["3"].kind == "task"
    items = notice_items(
        DISPATCH,
        CHARGE
        + "Đề nghị các đồng chí Chủ tịch Ủy ban nhân dân các tỉnh, thành phố chỉ đạo rà soát, báo cáo số vốn chưa "
        "giải ngân về Bộ Tài chính trước ngày 25/12/2025.\n" + CLOSE,
    )
    assert items["3"].kind == "note"
    assert items["3[2]"].kind == "task"


def test_approval_that_goes_on_with_work_is_a_task() -> None:
    # "Thống nhất với đề xuất của Bộ X …" decides; a sentence after it that goes on to the work of carrying it out
    # ("Trong quá trình thực hiện, tiếp tục rà soát, bố trí …") makes the item a task
    items = notice_items(
        NOTICE,
        "1. Về nguồn vốn của các quỹ: Thống nhất với đề xuất của Bộ Tài chính về việc hợp nhất nguồn vốn của các "
        "quỹ. Trong quá trình thực hiện, tiếp tục rà soát, bố trí thêm vốn cho các địa phương giải ngân tốt.\n",
    )
    assert items["1"].kind == "task"


def test_approval_alone_or_with_a_rule_for_trouble_stays_a_note() -> None:
    # an approval on its own, or followed only by what to do if something goes wrong or by what it means, gives no work
    for rest in (
        "",
        " Trong quá trình thực hiện, nếu có vướng mắc, kịp thời báo cáo Thủ tướng Chính phủ.",
        " Về lâu dài, các quỹ sẽ do một đầu mối quản lý.",
    ):
        items = notice_items(
            NOTICE,
            "1. Thống nhất chủ trương hợp nhất nguồn vốn của các quỹ hỗ trợ nông dân." + rest + "\n",
        )
        assert items["1"].kind == "note"


def test_money_carried_over_into_a_period_is_no_deadline() -> None:
    # "chuyển nguồn … sang thực hiện trong giai đoạn 2026 - 2030" says where the money goes, not when work is due
    items = notice_items(
        NOTICE,
        "1. Giao Bộ Tài chính báo cáo cấp có thẩm quyền cho phép chuyển nguồn kinh phí chưa sử dụng hết của năm "
        "2025 sang thực hiện trong năm 2026.\n"
        "2. Giao Bộ Tài chính hoàn thành việc rà soát nguồn vốn trong năm 2026.\n",
    )
    assert items["1"].kind == "task"
    assert not (items["1"].deadline and items["1"].deadline.date)
    assert items["2"].deadline is not None and items["2"].deadline.date is not None
