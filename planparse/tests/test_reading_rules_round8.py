"""Reading rules found on the fourth held-out set after it was measured (synthetic plans in its styles): numbering
three levels deep, markers written "(1)." and "a.", labels and lists that are no level, the particulars of an item,
forecasts, an item's closing paragraph, owners named by headings and lead-ins, office-holders as owners, and a
content section that a later section restates."""

from __future__ import annotations

import datetime as dt

from planparse.deadlines import find_deadline
from planparse.owners import heading_agencies, intro_owner, label_owners, subject_owners
from planparse.tests.reading import items_by_ref

HEADER = "ỦY BAN NHÂN DÂN TỈNH B\nKẾ HOẠCH\nPhòng, chống hạn hán và úng ngập năm 2027\n"
COMMUNE = "ỦY BAN NHÂN DÂN XÃ C\nKẾ HOẠCH\nChuyển đổi số của xã năm 2027\n"


def _items(body: str, header: str = HEADER) -> dict:
    return items_by_ref(header + body + "Nơi nhận:\n- Lưu: VT.\n")


def _tasks(items: dict) -> list[str]:
    return [r for r, i in items.items() if i.kind == "task"]


def test_three_part_numbers_are_cited_by_their_last_part_and_their_bullets_are_tasks() -> None:
    items = _items(
        "I. NỘI DUNG\n"
        "1. Các biện pháp bảo đảm nguồn nước:\n"
        "1.1. Biện pháp chung:\n"
        "1.1.1. Kiểm tra hồ chứa trước mùa khô:\n"
        "- Rà soát dung tích các hồ chứa nước.\n"
        "- Sở Nông nghiệp và Môi trường hướng dẫn các xã lập phương án tích nước.\n"
        "1.1.2. Điều tiết nước tưới\n"
        "- Lập lịch tưới luân phiên cho các vùng.\n"
        "1.2. Biện pháp cho từng vùng:\n"
        "1.2.1 Vùng đồi núi\n"
        "- Khoan thêm giếng cho các thôn thiếu nước.\n"
    )
    assert _tasks(items) == ["I.1.1.1-1", "I.1.1.1-2", "I.1.1.2-1", "I.1.2.1-1"]
    assert items["I.1.1.1-2"].lead == ["Sở Nông nghiệp và Môi trường"]


def test_markers_with_a_full_stop_star_labels_and_a_list_broken_across_lines() -> None:
    items = _items(
        "I. NỘI DUNG\n"
        "1. Trực ban phòng chống hạn:\n"
        "(1). Lập tổ trực ban tại Văn phòng Ban Chỉ huy.\n"
        "(2). Báo cáo tình hình hạn hán hằng tuần.\n"
        "2. Phương án cấp nước theo mức độ hạn:\n"
        "a. Khi hạn ở mức trung bình\n"
        "- Điều tiết nước theo lịch luân phiên.\n"
        "b. Khi hạn ở mức nghiêm trọng\n"
        "- Cấp nước sinh hoạt bằng xe bồn.\n"
        "3. Giải pháp theo vùng:\n"
        "* Giải pháp trước mắt:\n"
        "- Nạo vét kênh mương nội đồng.\n"
        "- Sửa chữa các trạm bơm hư hỏng, gồm: (1) Trạm bơm Đông;\n"
        "(2) Trạm bơm Tây.\n"
        "* Giải pháp lâu dài:\n"
        "- Xây dựng hồ chứa nước Khe Lim.\n"
    )
    assert items["I.1.1"].text.startswith("Lập tổ trực ban") and items["I.1.2"].kind == "task"
    assert items["I.2.a-1"].kind == items["I.2.b-1"].kind == "task"
    assert [r for r in _tasks(items) if r.startswith("I.3")] == ["I.3-1", "I.3-2", "I.3-3"]
    assert "Trạm bơm Tây" in items["I.3-2"].text


def test_a_step_run_into_the_line_before_it_and_the_phone_numbers_of_a_hotline() -> None:
    items = _items(
        "I. NỘI DUNG\n"
        "1. Ứng trực mùa mưa:\n"
        "(1). Lập đường dây nóng tiếp nhận tin báo sự cố:\n"
        "- Đội Vận hành số 1: 0912.345.678\n"
        "- Công ty Thoát nước Đô thị: 0243.111.222 – 0243.111.333 (2). Xây dựng phương án ứng trực cho từng điểm.\n"
    )
    assert items["I.1.1"].kind == items["I.1.2"].kind == "task"
    assert items["I.1.1-1"].kind == items["I.1.1-2"].kind == "note"
    assert items["I.1.2"].text.startswith("Xây dựng phương án")


def test_a_forecast_is_no_list_of_tasks() -> None:
    items = _items(
        "I. NỘI DUNG\n"
        "1. Dự báo tình hình hạn hán trong mùa khô năm 2027:\n"
        "- Với lượng mưa giảm 20%: khoảng 15 xã thiếu nước sinh hoạt.\n"
        "- Với lượng mưa giảm 40%: khoảng 30 xã thiếu nước.\n"
        "2. Giải pháp\n"
        "- Tích nước vào các hồ chứa.\n"
    )
    assert _tasks(items) == ["I.2-1"]


def test_the_paragraph_that_closes_a_numbered_items_list_is_its_closing_task() -> None:
    items = _items(
        "I. NỘI DUNG\n"
        "1. Sửa chữa công trình khẩn cấp:\n"
        "- Ban Quản lý dự án tỉnh sửa chữa đập Khe Tre.\n"
        "- Công ty Thủy lợi Nam sửa chữa kênh chính.\n"
        "Chủ đầu tư và các nhà thầu phải hoàn thành các hạng mục chính trước thời điểm 15/5/2027.\n"
        "2. Tuyên truyền\n"
        "- Đài Phát thanh tỉnh đưa tin về tình hình hạn.\n"
    )
    closing = items["I.1[closing]"]
    assert closing.kind == "task" and closing.lead == ["Chủ đầu tư", "các nhà thầu"]
    assert closing.deadline.date == dt.date(2027, 5, 15)


def test_owners_named_by_a_heading_that_acts_by_a_lead_in_at_any_depth_and_by_a_list_of_units() -> None:
    items = _items(
        "I. NỘI DUNG\n"
        "1. Giải pháp chung\n"
        "1.1. Sở Công Thương phối hợp với Công ty Điện lực tỉnh trong công tác cấp điện cho trạm bơm.\n"
        "- Rà soát đường dây cấp điện.\n"
        "- Yêu cầu các đơn vị vận hành kiểm tra máy phát dự phòng.\n"
        "1.2. Các giải pháp về quy hoạch:\n"
        "Sở Xây dựng chủ trì, phối hợp các sở, ngành tổ chức triển khai:\n"
        "- Rà soát quy hoạch thoát nước:\n"
        "+ Cập nhật bản đồ ngập.\n"
        "+ Đề xuất vị trí hồ điều hòa.\n"
        "1.3. Đơn vị quản lý công trình thủy lợi:\n"
        "Công ty Thủy lợi Sông Mã; Công ty cổ phần Đầu tư và xây dựng Hưng Phát có trách nhiệm:\n"
        "- Vận hành các cống tiêu theo quy trình.\n"
        "2. Phương án xử lý khi mưa lớn\n"
        "2.1. Với mưa dưới 100 mm.\n"
        "Công ty Thoát nước Đô thị là đơn vị chủ lực, chịu trách nhiệm toàn diện việc tiêu thoát nước; "
        "Sở Xây dựng là đầu mối đôn đốc.\n"
        "- Vận hành các trạm bơm tiêu.\n"
        "- Khi có ngập cục bộ, Công an xã tổ chức phân luồng giao thông.\n"
    )
    assert items["I.1.1-1"].lead == items["I.1.1-2"].lead == ["Sở Công Thương"]
    assert items["I.1.2-1.+1"].lead == items["I.1.2-1.+2"].lead == ["Sở Xây dựng"]
    assert items["I.1.2-1.+1"].coordinators == ["các sở, ngành"]
    assert items["I.1.3-1"].lead == [
        "Công ty Thủy lợi Sông Mã",
        "Công ty cổ phần Đầu tư và xây dựng Hưng Phát",
    ]
    assert items["I.2.1-1"].lead == ["Công ty Thoát nước Đô thị"]
    assert items["I.2.1-2"].lead == ["Công an xã"]
    assert intro_owner(
        "Công ty Cấp nước Sông Đà là đơn vị chủ lực cùng các đơn vị liên quan chịu trách nhiệm toàn diện việc cấp "
        "nước; Sở Xây dựng là đầu mối đôn đốc."
    ) == ["Công ty Cấp nước Sông Đà"]


def test_names_that_hold_a_comma_a_corporation_and_project_owners_after_a_body() -> None:
    assert subject_owners("Phòng Cảnh sát phòng cháy, chữa cháy phối hợp kiểm tra các kho hàng.").lead == [
        "Phòng Cảnh sát phòng cháy, chữa cháy"
    ]
    assert heading_agencies("Phòng Cảnh sát phòng cháy, chữa cháy và các đơn vị thuộc Công an tỉnh") == [
        "Phòng Cảnh sát phòng cháy, chữa cháy",
        "các đơn vị thuộc Công an tỉnh",
    ]
    assert subject_owners("Sở Công Thương, Tổng Công ty Điện lực miền Bắc: bảo đảm cấp điện.").lead == [
        "Sở Công Thương",
        "Tổng Công ty Điện lực miền Bắc",
    ]
    assert heading_agencies("Ban Quản lý dự án tỉnh và các Chủ đầu tư") == [
        "Ban Quản lý dự án tỉnh",
        "các Chủ đầu tư",
    ]


def test_a_report_due_on_a_day_of_every_month() -> None:
    found = find_deadline("Định kỳ ngày 25 hằng tháng báo cáo kết quả về Sở Xây dựng.")
    assert found.recurrence == "monthly" and found.anchors == ["25"]


def test_office_holders_own_the_work_given_to_them() -> None:
    items = _items(
        "I. TỔ CHỨC THỰC HIỆN\n"
        "1. Thường trực Ủy ban nhân dân xã\n"
        "- Đồng chí Phó Bí thư Đảng ủy, Chủ tịch Ủy ban nhân dân lãnh đạo chung công tác chuyển đổi số.\n"
        "- Các đồng chí Phó Chủ tịch Ủy ban nhân dân xã chỉ đạo theo lĩnh vực; các Công chức được phân công "
        "phụ trách thực hiện theo kế hoạch.\n"
        "2. Công chức phụ trách lĩnh vực tuyên truyền, thông tin và truyền thông\n"
        "- Tham mưu xây dựng kế hoạch tuyên truyền.\n"
        "- Thực hiện các nhiệm vụ khác theo yêu cầu của Chủ tịch Ủy ban nhân dân xã.\n"
        "3. Phó Chủ tịch phụ trách lĩnh vực Kinh tế, Hạ tầng và Đô thị\n"
        "- Thực hiện nhiệm vụ theo phân công tại mục I Kế hoạch này.\n"
        "- Chỉ đạo rà soát hạ tầng viễn thông.\n"
        "4. Các tổ chức chính trị - xã hội xã\n"
        "- Tuyên truyền đến đoàn viên, hội viên.\n"
        "5. Ban công tác Mặt trận các thôn\n"
        "Căn cứ Kế hoạch này, chủ động tuyên truyền tại khu dân cư.\n",
        COMMUNE,
    )
    assert items["I.1-1"].lead == ["Đồng chí Phó Bí thư Đảng ủy, Chủ tịch Ủy ban nhân dân"]
    assert items["I.1-2"].lead == ["Các đồng chí Phó Chủ tịch Ủy ban nhân dân xã", "các Công chức"]
    assert items["I.2-1"].lead == ["Công chức phụ trách lĩnh vực tuyên truyền, thông tin và truyền thông"]
    assert items["I.3-2"].lead == ["Phó Chủ tịch phụ trách lĩnh vực Kinh tế, Hạ tầng và Đô thị"]
    assert items["I.4-1"].lead == ["Các tổ chức chính trị - xã hội xã"]
    assert items["I.5"].lead == ["Ban công tác Mặt trận các thôn"]
    assert items["I.2-2"].kind == items["I.3-1"].kind == "note"  # a catch-all and a pointer to section I


def test_labels_with_an_office_holder_dated_steps_and_labels_after_a_group() -> None:
    items = _items(
        "I. NỘI DUNG\n"
        "1. Xây dựng kế hoạch\n"
        "1.1. Ban hành kế hoạch chuyển đổi số của xã.\n"
        "- Thời gian hoàn thành: Tháng 3/2027.\n"
        "- Đơn vị chủ trì: Đồng chí Phó Chủ tịch Ủy ban nhân dân xã, phụ trách lĩnh vực Văn hóa - Xã hội\n"
        "1.2. Tổ chức các hội nghị triển khai\n"
        "- Yêu cầu: bảo đảm đúng thành phần.\n"
        "(1) Hội nghị cấp xã: Chậm nhất ngày 15/4/2027.\n"
        "(2) Hội nghị các thôn: Chậm nhất ngày 30/4/2027.\n"
        "- Thời gian hoàn thành: Quý II/2027.\n"
        "- Đơn vị chủ trì: Công chức Văn phòng - Thống kê.\n"
        "2. Theo dõi, báo cáo\n"
        "2.1. Theo dõi tiến độ thực hiện tại các thôn.\n"
        "2.2. Tổng hợp khó khăn, vướng mắc.\n"
        "- Thời gian thực hiện: Từ tháng 4/2027 đến tháng 9/2027.\n"
        "- Đơn vị chủ trì: Công chức Văn phòng - Thống kê.\n",
        COMMUNE,
    )
    assert label_owners(
        "Đồng chí Phó Chủ tịch Ủy ban nhân dân xã, phụ trách lĩnh vực Văn hóa - Xã hội"
    ).lead == ["Đồng chí Phó Chủ tịch Ủy ban nhân dân xã, phụ trách lĩnh vực Văn hóa - Xã hội"]
    assert items["I.1.2"].kind == "task" and items["I.1.2"].deadline.date == dt.date(2027, 6, 30)
    steps = [items["I.1.2.1"], items["I.1.2.2"]]
    assert [s.kind for s in steps] == ["task", "task"]
    assert [s.deadline.date for s in steps] == [dt.date(2027, 4, 15), dt.date(2027, 4, 30)]
    assert steps[0].lead == ["Công chức Văn phòng - Thống kê"]
    assert items["I.2.1"].deadline.date == items["I.2.2"].deadline.date == dt.date(2027, 9, 30)
    assert items["I.2.1"].lead == ["Công chức Văn phòng - Thống kê"]


def test_a_content_section_restated_by_agency_tasks_a_heads_powers_and_parts_given_out() -> None:
    items = _items(
        "I. NỘI DUNG THỰC HIỆN\n"
        "1. Thành lập Ban Chỉ đạo kiểm kê đất đai cấp xã.\n"
        "2. Tập huấn nghiệp vụ kiểm kê đất đai.\n"
        "3. Tổng hợp, báo cáo kết quả kiểm kê đất đai.\n"
        "II. NHIỆM VỤ CỤ THỂ\n"
        "1. Trưởng Ban Chỉ đạo\n"
        "- Phụ trách chung, điều hành, chịu trách nhiệm trước Ủy ban nhân dân tỉnh về kết quả kiểm kê.\n"
        "- Quyết định các vấn đề thuộc phạm vi, nhiệm vụ của Ban Chỉ đạo.\n"
        "- Phân công nhiệm vụ cho các thành viên Ban Chỉ đạo.\n"
        "2. Ủy ban nhân dân các xã\n"
        "- Thành lập Ban Chỉ đạo kiểm kê đất đai cấp xã để chỉ đạo việc kiểm kê.\n"
        "Thời hạn hoàn thành: Trước ngày 15/3/2027.\n"
        "- Tổ chức tập huấn nghiệp vụ kiểm kê đất đai cho cán bộ địa chính.\n"
        "Thời gian thực hiện: Từ tháng 3/2027 đến khi kết thúc kiểm kê.\n"
        "- Tổng hợp, báo cáo kết quả kiểm kê đất đai gửi Sở Nông nghiệp và Môi trường.\n"
        "Thời hạn hoàn thành: Trước ngày 30/6/2027.\n"
        "3. Các sở chuyên ngành\n"
        "- Hướng dẫn kiểm kê đất theo ngành quản lý. Trong đó:\n"
        "+ Sở Xây dựng: hướng dẫn kiểm kê đất giao thông.\n"
        "+ Sở Công Thương: hướng dẫn kiểm kê đất chợ.\n"
        "III. TỔ CHỨC THỰC HIỆN\n"
        "1. Việc triển khai Kế hoạch này phải gắn với nhiệm vụ chuyên môn của từng cơ quan.\n"
        "2. Sở Nông nghiệp và Môi trường theo dõi, đôn đốc việc thực hiện Kế hoạch.\n"
    )
    assert not [r for r in _tasks(items) if r.startswith("I.")]
    assert items["II.1-1"].kind == items["II.1-2"].kind == "note" and items["II.1-3"].kind == "task"
    assert items["II.3-1"].kind == items["II.3-1.+1"].kind == items["II.3-1.+2"].kind == "task"
    assert items["II.3-1.+1"].lead == ["Sở Xây dựng"]
    assert items["III.1"].kind == "note" and items["III.2"].kind == "task"
