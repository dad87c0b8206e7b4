"""Reading rules of the fourth round (synthetic sentences in the style of plans and conclusion notices)."""

from __future__ import annotations

import datetime as dt

import pytest

from planparse.deadlines import find_deadline, step_ends
from planparse.owners import subject_owners
from planparse.tests.reading import items_by_ref, notice_items

HEADER = "ỦY BAN NHÂN DÂN TỈNH A\nTHÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh tại buổi kiểm tra dự án\n"


def _items(body: str) -> dict:
    return notice_items(HEADER, body)


# 1. An owner named in a lead-in line or heading is passed down to the items below it


def test_giao_at_the_end_of_a_numbered_item_owns_its_bullets() -> None:
    items = _items(
        "1. Về công tác giải phóng mặt bằng: Tiến độ bàn giao mặt bằng còn chậm, chưa đáp ứng yêu cầu. "
        "Giao Ủy ban nhân dân xã Bình Minh:\n"
        "- Khẩn trương hoàn thành việc kiểm đếm, lập phương án bồi thường cho các hộ còn lại.\n"
        "- Phối hợp với chủ đầu tư tổ chức đối thoại với các hộ chưa đồng ý phương án.\n"
        "2. Về vật liệu: Giao Sở Xây dựng chủ trì kiểm tra giá vật liệu xây dựng trên địa bàn.\n"
    )
    assert items["1"].kind == "section"
    assert items["1-1"].lead == items["1-2"].lead == ["Ủy ban nhân dân xã Bình Minh"]
    assert items["2"].lead == ["Sở Xây dựng"]


@pytest.mark.parametrize(
    ("lead_in", "lead"),
    [
        ("Công tác thu hút đầu tư còn hạn chế, giao Sở Tài chính:", ["Sở Tài chính"]),
        (
            "Về chỉ số PCI: Giao Sở Tài chính (cơ quan thường trực) chủ trì, phối hợp với các sở:",
            ["Sở Tài chính"],
        ),
        ("Về an toàn giao thông: Tình hình còn phức tạp. Giao Công an tỉnh:", ["Công an tỉnh"]),
    ],
)
def test_closing_assignment_of_a_lead_in(lead_in: str, lead: list[str]) -> None:
    items = _items(f"1. {lead_in}\n- Rà soát, đề xuất giải pháp khắc phục.\n- Báo cáo kết quả thực hiện.\n")
    assert items["1-1"].lead == items["1-2"].lead == lead


def test_project_actor_heading_owns_its_lettered_items() -> None:
    items = _items(
        "1. Nhà đầu tư của dự án đường vành đai:\n"
        "a) Tập trung nhân lực, thiết bị thi công ba ca trên các đoạn đã có mặt bằng.\n"
        "b) Rà soát hồ sơ thiết kế, điều chỉnh biện pháp thi công phù hợp.\n"
        "2. Chủ đầu tư các dự án khu công nghiệp:\n"
        "a) Hoàn thiện hồ sơ thủ tục đất đai theo quy định.\n"
    )
    assert items["1.a"].kind == items["1.b"].kind == "task"
    assert items["1.a"].lead == items["1.b"].lead == ["Nhà đầu tư của dự án đường vành đai"]
    assert items["2.a"].lead == ["Chủ đầu tư các dự án khu công nghiệp"]


def test_yeu_cau_names_a_non_government_owner() -> None:
    items = _items(
        "1. Yêu cầu Chủ đầu tư chỉ đạo nhà thầu bổ sung máy móc, đẩy nhanh tiến độ thi công nền đường.\n"
        "2. Yêu cầu Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh kiểm tra chất lượng "
        "vật liệu đầu vào.\n"
        "3. Yêu cầu các nhà thầu thi công bố trí biển báo, bảo đảm an toàn giao thông.\n"
    )
    assert items["1"].lead == ["Chủ đầu tư"]
    assert items["2"].lead == ["Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh"]
    assert items["3"].lead == ["các nhà thầu thi công"]


def test_doi_voi_clause_before_a_colon_is_not_the_owner() -> None:
    found = subject_owners(
        "Đối với các tuyến đường công vụ bị hư hỏng: Giao Sở Xây dựng chủ trì, phối hợp với Ủy ban nhân "
        "dân các xã kiểm tra, yêu cầu nhà thầu sửa chữa."
    )
    assert found is not None
    assert (found.lead, found.coordinators) == (["Sở Xây dựng"], ["Ủy ban nhân dân các xã"])


# 2. An inspection plan: what and how it inspects are no tasks, the inspected units own nothing, the
#    schedule table holds the inspections

INSPECTION_PLAN = """ỦY BAN NHÂN DÂN TỈNH A
Số: 10/KH-UBND
KẾ HOẠCH
Kiểm tra công tác chuyển đổi số năm 2026
I. MỤC ĐÍCH, YÊU CẦU
1. Đánh giá kết quả thực hiện nhiệm vụ chuyển đổi số của các cơ quan, đơn vị.
II. NỘI DUNG KIỂM TRA
1. Việc ban hành các văn bản chỉ đạo, điều hành về chuyển đổi số tại cơ quan, đơn vị.
2. Kết quả cung cấp dịch vụ công trực tuyến toàn trình.
III. PHƯƠNG PHÁP KIỂM TRA
1. Các cơ quan, đơn vị được kiểm tra xây dựng báo cáo theo đề cương gửi Đoàn kiểm tra.
2. Đoàn kiểm tra làm việc trực tiếp, kiểm tra hồ sơ, tài liệu tại cơ quan, đơn vị.
IV. TỔ CHỨC THỰC HIỆN
1. Sở Khoa học và Công nghệ chủ trì, phối hợp với các cơ quan liên quan tổ chức thực hiện Kế hoạch này; \
tổng hợp kết quả kiểm tra, báo cáo UBND tỉnh trước ngày 15/11/2026.
2. Văn phòng UBND tỉnh bố trí lịch làm việc của Đoàn kiểm tra.
3. Các cơ quan, đơn vị được kiểm tra:
- Chuẩn bị đầy đủ hồ sơ, tài liệu phục vụ Đoàn kiểm tra.
- Bố trí thành phần làm việc với Đoàn kiểm tra.
Nơi nhận:
- Như trên;
KT. CHỦ TỊCH
Phụ lục
THỜI GIAN, ĐƠN VỊ ĐƯỢC KIỂM TRA
(Kèm theo Kế hoạch số 10/KH-UBND ngày 05/01/2026 của UBND tỉnh)
STT | Đơn vị được kiểm tra | Thời gian kiểm tra | Ghi chú
1 | Sở Tài chính | Tháng 3
2 | Sở Y tế | Tháng 4
3 | Ủy ban nhân dân xã Tân Phú | Tháng 5 | Kiểm tra kết hợp
"""


@pytest.mark.parametrize(
    "appendix",
    ["Phụ lục\nTHỜI GIAN, ĐƠN VỊ ĐƯỢC KIỂM TRA", "Phụ lục I: THỜI GIAN, ĐƠN VỊ ĐƯỢC KIỂM TRA"],
)
def test_inspection_plan_reads_its_schedule_as_the_tasks(appendix: str) -> None:
    text = INSPECTION_PLAN.replace("Phụ lục\nTHỜI GIAN, ĐƠN VỊ ĐƯỢC KIỂM TRA", appendix)
    items = items_by_ref(text)
    tasks = sorted(r for r, i in items.items() if i.kind == "task")
    assert tasks == ["IV.1", "IV.2", "PL.1", "PL.2", "PL.3"]
    for ref, month_end in (("PL.1", "2026-03-31"), ("PL.3", "2026-05-31")):
        row = items[ref]
        # each row is an inspection of the unit named, led by the body charged with the inspections
        assert row.lead == ["Sở Khoa học và Công nghệ"] and row.lead_source == "section_III"
        assert str(row.deadline.date) == month_end
    assert items["PL.2"].text == "Sở Y tế"


def test_inspected_units_are_not_owners() -> None:
    assert subject_owners("Các cơ quan, đơn vị được kiểm tra chuẩn bị đầy đủ hồ sơ, tài liệu.") is None
    assert subject_owners("Các đơn vị được giám sát báo cáo kết quả khắc phục.") is None
    found = subject_owners("Các cơ quan, đơn vị kiểm tra việc chấp hành quy định về tiếp công dân.")
    assert found is not None and found.lead == ["Các cơ quan, đơn vị"]


def test_matters_named_as_nouns_describe_their_task() -> None:
    items = _items(
        "1. Kiểm tra công tác chỉ đạo, điều hành về cải cách hành chính:\n"
        "- Việc ban hành kế hoạch cải cách hành chính năm 2026.\n"
        "- Việc bố trí kinh phí, nhân lực cho công tác cải cách hành chính.\n"
        "2. Sở Nội vụ tổng hợp kết quả kiểm tra, báo cáo UBND tỉnh.\n"
    )
    assert items["1"].kind == "task"
    assert items["1-1"].kind == items["1-2"].kind == "note"
    assert items["2"].kind == "task"


# 3. Summaries, role statements and funding statements are no tasks

INVENTORY_PLAN = """ỦY BAN NHÂN DÂN TỈNH A
Số: 20/KH-UBND
KẾ HOẠCH
Tổng kiểm kê tài sản công tại cơ quan, đơn vị năm 2026
I. MỤC ĐÍCH, YÊU CẦU
1. Nắm chắc số lượng, giá trị tài sản công.
II. NỘI DUNG THỰC HIỆN
1. Rà soát, lập danh sách các cơ quan, đơn vị thực hiện kiểm kê.
2. Tổ chức tập huấn nghiệp vụ kiểm kê tài sản công.
3. Thực hiện kiểm kê, lập báo cáo kết quả kiểm kê tại các cơ quan, đơn vị.
III. TỔ CHỨC THỰC HIỆN
1. Ban Chỉ đạo tổng kiểm kê tài sản công tỉnh
- Trưởng Ban Chỉ đạo chịu trách nhiệm chung về kết quả tổng kiểm kê tài sản công trên địa bàn tỉnh.
- Chỉ đạo các thành viên Ban Chỉ đạo thực hiện nhiệm vụ được phân công.
- Trưởng Ban Chỉ đạo có quyền quyết định những vấn đề phát sinh trong quá trình kiểm kê.
- Ban Chỉ đạo được sử dụng con dấu của Sở Tài chính và tự giải thể sau khi hoàn thành nhiệm vụ.
2. Sở Tài chính
- Chủ trì rà soát, lập danh sách các cơ quan, đơn vị thực hiện kiểm kê; hoàn thành trước ngày 15/12/2025.
- Tổ chức tập huấn nghiệp vụ kiểm kê tài sản công cho các cơ quan, đơn vị; hoàn thành trong tháng 12/2025.
- Kinh phí tập huấn do ngân sách tỉnh bảo đảm trong dự toán của Sở Tài chính.
3. Các cơ quan, đơn vị thực hiện kiểm kê
- Thực hiện kiểm kê, lập báo cáo kết quả kiểm kê tài sản công tại đơn vị; gửi trước ngày 31/3/2026.
4. Kinh phí thực hiện
- Kinh phí tổng kiểm kê được bố trí từ nguồn ngân sách nhà nước theo phân cấp hiện hành.
- Sở Tài chính chủ trì tham mưu bố trí kinh phí cho Ban Chỉ đạo.
Nơi nhận:
"""


def test_content_points_restated_with_owner_and_timing_are_a_summary() -> None:
    items = items_by_ref(INVENTORY_PLAN)
    assert [items[r].kind for r in ("II.1", "II.2", "II.3")] == ["note"] * 3
    assert items["III.2-1"].kind == items["III.3-1"].kind == "task"
    assert items["III.3-1"].lead == ["Các cơ quan, đơn vị thực hiện kiểm kê"]  # a group named by its work


def test_content_points_not_restated_stay_tasks() -> None:
    # the same plan whose assignment section gives no timing: the content points are its task list
    text = INVENTORY_PLAN.replace("; hoàn thành trước ngày 15/12/2025", "").replace(
        "; hoàn thành trong tháng 12/2025", ""
    )
    text = text.replace("; gửi trước ngày 31/3/2026", "")
    items = items_by_ref(text)
    assert [items[r].kind for r in ("II.1", "II.2", "II.3")] == ["task"] * 3


def test_role_and_funding_statements_are_not_tasks() -> None:
    items = items_by_ref(INVENTORY_PLAN)
    assert [items[f"III.1-{n}"].kind for n in (1, 2, 3, 4)] == ["note", "task", "note", "note"]
    assert items["III.2-3"].kind == "note"  # a funding statement under an agency heading assigns nothing
    assert items["III.4-1"].kind == "note"
    assert items["III.4-2"].kind == "task" and items["III.4-2"].lead == ["Sở Tài chính"]


# 4. "+" parts under a "-" line that ends "bao gồm:" / "gồm:" are tasks of their own

LABELLED_PLAN = """ỦY BAN NHÂN DÂN TỈNH A
KẾ HOẠCH
Triển khai thi hành Luật Tiêu chuẩn và Quy chuẩn kỹ thuật
I. MỤC ĐÍCH, YÊU CẦU
1. Bảo đảm thi hành Luật kịp thời, thống nhất.
II. NỘI DUNG
1. Rà soát văn bản quy phạm pháp luật
- Rà soát các văn bản của tỉnh có liên quan đến Luật, bao gồm:
+ Rà soát các quyết định quy phạm pháp luật do UBND tỉnh ban hành;
+ Đề xuất sửa đổi, bổ sung, thay thế hoặc bãi bỏ văn bản không còn phù hợp.
- Cơ quan chủ trì: Sở Tư pháp.
- Thời gian thực hiện: Quý II/2026.
2. Hỗ trợ doanh nghiệp
- Các hoạt động hỗ trợ gồm:
+ Giải đáp vướng mắc của doanh nghiệp;
+ Cập nhật cơ sở dữ liệu văn bản.
- Cơ quan thực hiện: Sở Khoa học và Công nghệ.
3. Tổ chức hội nghị phổ biến Luật
- Cơ quan chủ trì: Sở Khoa học và Công nghệ.
- Thời gian thực hiện: Quý I/2026.
"""


def test_parts_listed_under_gom_are_tasks_with_the_block_owner_and_timing() -> None:
    items = items_by_ref(LABELLED_PLAN)
    assert items["II.1"].kind == "section"
    for ref in ("II.1-1.+1", "II.1-1.+2"):
        assert items[ref].kind == "task"
        assert items[ref].lead == ["Sở Tư pháp"]
        assert str(items[ref].deadline.date) == "2026-06-30"
    assert items["II.2-1.+1"].kind == items["II.2-1.+2"].kind == "task"
    assert items["II.2-1.+2"].lead == ["Sở Khoa học và Công nghệ"]
    assert items["II.3"].kind == "task"  # a block without parts stays one task


# 5. A date inside what the task is about is not its deadline; a purpose or target that bounds the task is


@pytest.mark.parametrize(
    "text",
    [
        "Tổ chức triển khai 11 hoạt động dự kiến thực hiện trong năm 2026 theo Chương trình đã phê duyệt.",
        "Sở Xây dựng kiểm tra các dự án dự kiến khởi công trong năm 2026 trên địa bàn tỉnh.",
        "Chỉ đạo nhà thầu tăng cường nhân lực, lưu ý các vị trí thi công trong tháng 4/2026 phải có biển báo.",
    ],
)
def test_date_inside_the_content_is_no_deadline(text: str) -> None:
    found = find_deadline(text)
    assert (found.date, found.text) == (None, None)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Tập trung thi công các hạng mục của Dự án để đảm bảo hoàn thành, đưa vào sử dụng trong tháng 4/2026.",
            dt.date(2026, 4, 30),
        ),
        (
            "Đẩy nhanh tiến độ giải ngân vốn của Dự án, phấn đấu đến ngày 30/6/2026 hoàn thành tối thiểu 80% "
            "kế hoạch vốn được giao.",
            dt.date(2026, 6, 30),
        ),
        (
            "Bố trí biển báo, lưu ý các vị trí thi công trong tháng 4/2026, để bảo đảm thông xe trong tháng 6/2026.",
            dt.date(2026, 6, 30),
        ),
        ("Sở Y tế dự kiến tổ chức hội nghị sơ kết trong tháng 5/2026.", dt.date(2026, 5, 31)),
    ],
)
def test_purpose_or_target_date_bounds_the_task(text: str, date: dt.date) -> None:
    found = find_deadline(text)
    assert found.date == date
    assert step_ends(text) == []


def test_period_right_after_a_name_is_still_the_name() -> None:
    assert find_deadline("Xây dựng Đề án phát triển du lịch cộng đồng đến năm 2030.").date is None


# 6. A plan cycle qualified by "hằng năm" makes the task yearly


@pytest.mark.parametrize(
    "text",
    [
        "Các sở, ngành đưa nội dung nhân rộng mô hình vào Kế hoạch cải cách hành chính hằng năm của cơ quan.",
        "Lồng ghép nhiệm vụ vào kế hoạch phát triển kinh tế - xã hội hàng năm của địa phương.",
    ],
)
def test_yearly_plan_cycle_is_yearly(text: str) -> None:
    assert find_deadline(text).recurrence == "yearly"


@pytest.mark.parametrize(
    "text",
    [
        "Thực hiện Kế hoạch số 12/KH-UBND về khen thưởng hằng năm của tỉnh.",
        "Căn cứ kế hoạch cải cách hành chính hằng năm của đơn vị, rà soát các chỉ tiêu còn chậm.",
    ],
)
def test_a_yearly_plan_named_or_cited_does_not_time_the_task(text: str) -> None:
    assert find_deadline(text).recurrence is None
