"""Round 39 (set 37): what a notice's sections are. A check's results and a works' particulars are findings, not work;
requirements addressed to a party are that party's work, a party named by its role in a letter to one body being
that body; an owner that points back ("đơn vị nêu trên") is the bodies named above; the reasons a "Lý do:" paragraph
lists and a disclaimer of the issuer's own check give no work (synthetic texts)."""

from __future__ import annotations

from planparse.tests.reading import items_by_ref, task_refs

INSPECTION = (
    "SỞ XÂY DỰNG TỈNH AN THÁI\nSố: 210/TB-SXD\nAn Thái, ngày 12 tháng 5 năm 2026\nTHÔNG BÁO\n"
    "Kết quả kiểm tra công tác an toàn lao động tại các công trường\n"
    "Thực hiện Kế hoạch số 88/KH-SXD ngày 02/4/2026 của Sở Xây dựng, Đoàn kiểm tra đã kiểm tra tại các công trường.\n"
    "1. Kết quả kiểm tra\n"
    "- Qua kiểm tra tại công trường của các nhà thầu: Công ty TNHH Minh Long (Gói thầu số 4: Cầu Đá Bạc), Công ty "
    "cổ phần Xây lắp Hòa Bình (Gói thầu số 7: Kè sông Vân), Đoàn kiểm tra nhận thấy các đơn vị đã cơ bản tuân thủ quy "
    "định; tuy nhiên còn thiếu biển cảnh báo tại lối vào.\n"
    "2. Kiến nghị\n"
    "Để bảo đảm an toàn, Sở Xây dựng yêu cầu đơn vị nêu trên thực hiện các nội dung sau:\n"
    "- Bổ sung biển cảnh báo tại các lối vào công trường.\n"
    "- Tổ chức huấn luyện an toàn cho công nhân mới.\n"
    "Sở Xây dựng thông báo để các đơn vị biết, thực hiện./.\n"
    "Nơi nhận:\n"
)

CONTRACTORS = ["Công ty TNHH Minh Long", "Công ty cổ phần Xây lắp Hòa Bình"]


def test_a_checks_results_are_findings() -> None:
    """ "1. Kết quả kiểm tra" over a dash of what the check found is no work (without the rule the dash is a task)."""
    items = items_by_ref(INSPECTION)
    assert "1-1" not in task_refs(items)
    assert {"2-1", "2-2"} <= task_refs(items)


def test_a_pointer_back_owner_is_the_bodies_named_above() -> None:
    """ "yêu cầu đơn vị nêu trên thực hiện …:" hands the dashes to the contractors the findings name, not to the
    words "đơn vị nêu trên"."""
    items = items_by_ref(INSPECTION)
    assert items["2-1"].lead == CONTRACTORS
    assert items["2-2"].lead == CONTRACTORS


def test_the_issuer_that_checked_is_not_among_the_bodies_named_above() -> None:
    """Findings that say who checked whom ("Sở Xây dựng đã kiểm tra Công ty A và Công ty B; …") hand the dashes to
    the two companies, each named on its own, not to the issuer that speaks."""
    text = INSPECTION.replace(
        "- Qua kiểm tra tại công trường của các nhà thầu: Công ty TNHH Minh Long (Gói thầu số 4: Cầu Đá Bạc), Công ty "
        "cổ phần Xây lắp Hòa Bình (Gói thầu số 7: Kè sông Vân), Đoàn kiểm tra nhận thấy",
        "- Ngày 20/4/2026, Sở Xây dựng đã kiểm tra Công ty TNHH Minh Long và Công ty cổ phần Xây lắp Hòa Bình; Đoàn "
        "kiểm tra nhận thấy",
    )
    assert items_by_ref(text)["2-1"].lead == CONTRACTORS


ACCEPTANCE = (
    "SỞ CÔNG THƯƠNG TỈNH AN THÁI\nSố: 77/TB-SCT\nAn Thái, ngày 20 tháng 5 năm 2026\nTHÔNG BÁO\n"
    "Kết quả kiểm tra nghiệm thu công trình trạm cấp nước\n"
    "Kính gửi: Công ty cổ phần Nước sạch Sông Trà\n"
    "Căn cứ kết quả kiểm tra ngày 15/5/2026, Sở Công Thương chấp thuận kết quả nghiệm thu công trình.\n"
    "1. Thông tin về công trình\n"
    "a) Tên công trình: Trạm cấp nước xã Tân Lập.\n"
    "b) Địa điểm xây dựng: xã Tân Lập, tỉnh An Thái.\n"
    "2. Yêu cầu đối với chủ đầu tư\n"
    "a) Lưu trữ hồ sơ hoàn công theo quy định.\n"
    "b) Vận hành trạm đúng quy trình được phê duyệt.\n"
    "c) Các yêu cầu khác:\n"
    "- Tổ chức kiểm định thiết bị trước khi đưa vào sử dụng.\n"
    "- Việc kiểm tra của Đoàn kiểm tra dựa trên hồ sơ do Chủ đầu tư cung cấp, không thay thế, không làm giảm trách "
    "nhiệm của Chủ đầu tư về chất lượng công trình.\n"
    "Sở Công Thương thông báo để Công ty biết, thực hiện./.\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n"
    "PHỤ LỤC 01\n"
    "Thông số kỹ thuật của trạm cấp nước\n"
    "1. THÔNG SỐ KỸ THUẬT CHỦ YẾU\n"
    "- Bể lắng: kích thước 4mx3mx2m, tường dày 22cm.\n"
    "- Trang bị 02 máy bơm công suất 5 kW, 01 tủ điện điều khiển.\n"
    "- Lắp đặt 01 đồng hồ đo lưu lượng tại đầu ra.\n"
)

ADDRESSEE = ["Công ty cổ phần Nước sạch Sông Trà"]


def test_a_works_particulars_are_no_work() -> None:
    """ "1. Thông tin về công trình" over its particulars is no task (without the rule the heading is one), and the
    appendix's "THÔNG SỐ KỸ THUẬT …" describes the equipment as built ("Trang bị 02 máy bơm …"): no tasks."""
    refs = task_refs(items_by_ref(ACCEPTANCE))
    assert "1" not in refs
    assert not any(ref.startswith("PL") for ref in refs)


def test_requirements_addressed_to_a_party_are_its_work() -> None:
    """ "2. Yêu cầu đối với chủ đầu tư" is no statement of the plan's aims: its items are tasks, owned by the one
    body the notice is sent to (the investor, named by its role)."""
    items = items_by_ref(ACCEPTANCE)
    assert {"2.a", "2.b", "2.c-1"} <= task_refs(items)
    assert items["2.a"].lead == ADDRESSEE
    assert items["2.c-1"].lead == ADDRESSEE


def test_a_role_heading_without_a_sole_addressee_keeps_the_role() -> None:
    """Sent to two bodies, the role cannot be resolved: the heading's role as written owns the items."""
    text = ACCEPTANCE.replace(
        "Kính gửi: Công ty cổ phần Nước sạch Sông Trà", "Kính gửi:\n- Công ty A Long;\n- Công ty B Sơn."
    )
    items = items_by_ref(text)
    assert items["2.a"].lead == ["chủ đầu tư"]


def test_a_disclaimer_of_the_issuers_check_is_no_work() -> None:
    """ "Việc kiểm tra của Đoàn kiểm tra … không thay thế, không làm giảm trách nhiệm của Chủ đầu tư …" says what the
    check does not do."""
    assert "2.c-2" not in task_refs(items_by_ref(ACCEPTANCE))


DISSOLUTION = (
    "ỦY BAN NHÂN DÂN TỈNH AN THÁI\nSố: 35/TB-UBND\nAn Thái, ngày 05 tháng 6 năm 2026\nTHÔNG BÁO\n"
    "Về việc giải thể một số hội cấp tỉnh\n"
    "Xét đề nghị của Sở Nội vụ tại Tờ trình số 210/TTr-SNV ngày 20/5/2026;\n"
    "1. Thống nhất giải thể 02 hội: Hội Thơ ca tỉnh An Thái, Hội Cờ tướng tỉnh An Thái.\n"
    "Lý do: Vi phạm quy định về tổ chức và hoạt động, cụ thể như sau:\n"
    "a) Hội Thơ ca tỉnh An Thái: Quá thời hạn tổ chức đại hội; không báo cáo hoạt động trong 02 năm.\n"
    "b) Hội Cờ tướng tỉnh An Thái: Không có khả năng kiện toàn ban chấp hành.\n"
    "2. Yêu cầu Hội Thơ ca tỉnh An Thái và Hội Cờ tướng tỉnh An Thái kiểm kê tài sản, tài chính.\n"
    "3. Giao Sở Nội vụ theo dõi, tổng hợp ý kiến phản ánh.\n"
    "Nơi nhận:\n"
)


def test_the_reasons_a_lead_in_announces_are_no_work() -> None:
    """ "Lý do: …, cụ thể như sau:" over lettered points naming each association and what it failed to do: findings, not
    tasks of the associations (without the rule each point is a task owned by its association)."""
    refs = task_refs(items_by_ref(DISSOLUTION))
    assert not refs & {"1.a", "1.b"}
    assert {"2", "3"} <= refs


def test_a_distributive_list_ends_at_a_body_with_its_own_head() -> None:
    """ "Giao các sở: Tư pháp, Y tế, Công Thương và Văn phòng Ủy ban nhân dân tỉnh …": three departments and the
    Office, which has a head word of its own (without the rule "Sở Công Thương và Văn phòng …" is one owner)."""
    text = DISSOLUTION.replace(
        "3. Giao Sở Nội vụ theo dõi",
        "3. Giao các sở: Tư pháp, Y tế, Công Thương và Văn phòng Ủy ban nhân dân tỉnh theo dõi",
    )
    assert items_by_ref(text)["3"].lead == [
        "Sở Tư pháp",
        "Sở Y tế",
        "Sở Công Thương",
        "Văn phòng Ủy ban nhân dân tỉnh",
    ]


PLAN = (
    "ỦY BAN NHÂN DÂN TỈNH AN THÁI\nSố: 90/KH-UBND\nAn Thái, ngày 10 tháng 6 năm 2026\nKẾ HOẠCH\n"
    "Phòng, chống thiên tai năm 2026\n"
    "I. MỤC ĐÍCH, YÊU CẦU\n"
    "1. Mục đích\n- Chủ động phòng ngừa, giảm thiểu thiệt hại do thiên tai gây ra.\n"
    "2. Yêu cầu đối với các cơ quan, đơn vị\n"
    "- Bám sát chỉ đạo của Trung ương, bảo đảm thống nhất, đồng bộ.\n"
    "- Phát huy vai trò của cả hệ thống chính trị.\n"
    "II. NHIỆM VỤ\n"
    "1. Sở Nông nghiệp và Môi trường rà soát phương án ứng phó với thiên tai.\n"
    "2. Sở Xây dựng kiểm tra an toàn các công trình đang thi công.\n"
    "Nơi nhận:\n"
)


def test_requirements_to_parties_inside_a_plans_aims_stay_aims() -> None:
    """Under "I. MỤC ĐÍCH, YÊU CẦU", "2. Yêu cầu đối với các cơ quan, đơn vị" is part of the plan's aims: its dashes
    are no tasks (without the guard they are read as the parties' work)."""
    refs = task_refs(items_by_ref(PLAN))
    assert not any(ref.startswith("I.") for ref in refs)
    assert {"II.1", "II.2"} <= refs
