"""Document structure read the way a reader reads it: numbering styles found per document, their levels
from the order they first appear in, labelled task blocks, task tables, decisions with an attached plan.
Snippets are written in the general style of each document family (not copied from the corpus)."""

from __future__ import annotations

import pytest

from planparse import parse_plan
from planparse.tests.reading import tasks_by_ref
from planparse.tree import _marker


@pytest.mark.parametrize(
    ("line", "kind", "num"),
    [
        ("I- NHIỆM VỤ TRỌNG TÂM", "roman", "I"),
        ("IV – TỔ CHỨC THỰC HIỆN", "roman", "IV"),
        ("Phần II. NỘI DUNG", "part", "II"),
        ("Mục 3. Trách nhiệm thi hành", "section_word", "3"),
        ("A. NHIỆM VỤ CHUNG", "upper", "A"),
        ("2- Giao Sở Y tế chủ trì", "arabic", "2"),
        ("3) Rà soát quy chế", "arabic_paren", "3"),
        ("(4) Sở Xây dựng khẩn trương", "paren", "4"),
        ("• Tổ chức tập huấn", "bullet", ""),
    ],
)
def test_more_marker_styles(line: str, kind: str, num: str) -> None:
    found = _marker(line)
    assert found is not None and found[:2] == (kind, num)


@pytest.mark.parametrize("line", ["2025 - 2030 là giai đoạn", "10-15% doanh nghiệp", "Ví dụ: A và B"])
def test_not_marker_styles(line: str) -> None:
    assert _marker(line) is None


PARTY = """\
Để thực hiện nghiêm chủ trương của Trung ương, Ban Thường vụ yêu cầu các cấp ủy thực hiện tốt các nội dung sau:
I- MỤC TIÊU, YÊU CẦU
1. Bảo đảm sự lãnh đạo thống nhất của cấp ủy các cấp.
II- NỘI DUNG, TIẾN ĐỘ THỰC HIỆN
1. Xây dựng đề án sắp xếp các đơn vị sự nghiệp công lập thuộc tỉnh theo hướng tinh gọn đầu mối
- Giao Ban Tổ chức Tỉnh ủy chủ trì, phối hợp với Đảng ủy Ủy ban nhân dân tỉnh xây dựng đề án.
- Ban Tổ chức Tỉnh ủy khẩn trương thực hiện theo tiến độ như sau:
+ Báo cáo Ban Thường vụ cho chủ trương chậm nhất ngày 10/4/2026.
+ Hoàn thiện đề án, trình Ban Chấp hành Đảng bộ tỉnh trước ngày 25/4/2026.
2. Rà soát quy định của Đảng bộ tỉnh
- Giao Văn phòng Tỉnh ủy rà soát, đề xuất sửa đổi quy chế làm việc, hoàn thành trong tháng 5/2026.
III- TỔ CHỨC THỰC HIỆN
1. Giao Ban Tuyên giáo Tỉnh ủy chỉ đạo công tác tuyên truyền về chủ trương sắp xếp.
"""


def test_hyphen_roman_headings_and_plus_milestones() -> None:
    """ "I-" works like "I."; a title without a full stop followed by bullets is a heading; "+" milestones
    nest under the bullet that announces them."""
    tasks = tasks_by_ref(parse_plan(PARTY))
    assert {"II.1-1", "II.1-2.+1", "II.1-2.+2", "II.2-1", "III.1"} <= set(tasks)
    assert "I.1" not in tasks  # purpose
    assert str(tasks["II.1-2.+2"].deadline.date) == "2026-04-25"  # type: ignore[attr-defined]


DOTTED_AFTER_LETTERS = """\
KẾ HOẠCH
Phát triển dữ liệu số
I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
a) Bảo đảm dữ liệu đúng, đủ, sạch, sống.
II. NHIỆM VỤ
1. Về dữ liệu
1.1. Xây dựng cơ sở dữ liệu chuyên ngành:
a) Nhiệm vụ: Xây dựng cơ sở dữ liệu đất đai của tỉnh.
b) Cơ quan thực hiện: Sở Nông nghiệp và Môi trường.
c) Thời gian thực hiện: Quý IV/2026.
1.2. Chia sẻ dữ liệu:
a) Nhiệm vụ: Kết nối cơ sở dữ liệu với nền tảng dùng chung.
b) Cơ quan thực hiện: Sở Khoa học và Công nghệ.
c) Thời gian thực hiện: Năm 2027.
"""


def test_style_first_met_under_an_item_sits_one_level_below_it() -> None:
    """ "1.1." first seen under "1." goes between "1." and "a)", although "a)" was used earlier."""
    tasks = tasks_by_ref(parse_plan(DOTTED_AFTER_LETTERS))
    assert set(tasks) == {"II.1.1", "II.1.2"}
    assert tasks["II.1.1"].lead == ["Sở Nông nghiệp và Môi trường"]  # type: ignore[attr-defined]


INLINE_LABELS = """\
KẾ HOẠCH
Nâng cao chất lượng công tác pháp chế
I. MỤC ĐÍCH, YÊU CẦU
1. Nâng cao chất lượng đội ngũ làm công tác pháp chế.
II. NHIỆM VỤ, GIẢI PHÁP
1. Kiện toàn đội ngũ làm công tác pháp chế
- Rà soát, bố trí đủ công chức làm công tác pháp chế tại các cơ quan.
- Xây dựng quy chế phối hợp giữa tổ chức pháp chế và các phòng chuyên môn.
Đơn vị chủ trì thực hiện: Các sở, ngành, UBND cấp xã.
Đơn vị phối hợp: Sở Tư pháp.
Thời gian thực hiện: Thường xuyên.
- Tổ chức tập huấn kỹ năng soạn thảo văn bản cho công chức pháp chế.
Đơn vị chủ trì tham mưu thực hiện: Sở Tư pháp.
Thời gian thực hiện: Quý III/2026.
2. Triển khai nội dung phổ biến pháp luật
- Nội dung thực hiện: Phổ biến các luật mới được Quốc hội thông qua.
- Cơ quan thực hiện: Sở Tư pháp chủ trì tham mưu Ủy ban nhân dân tỉnh ban hành kế hoạch; các sở, ngành và Ủy ban nhân dân các xã chủ động triển khai trong phạm vi quản lý.
- Thời gian thực hiện: Năm 2026 và các năm tiếp theo.
"""


def test_label_lines_after_bullets_apply_to_the_run_of_bullets() -> None:
    """Unbulleted label lines after bullets give owner and timing to every bullet since the last label block."""
    tasks = tasks_by_ref(parse_plan(INLINE_LABELS))
    assert {"II.1-1", "II.1-2", "II.1-3", "II.2"} == set(tasks)
    for ref in ("II.1-1", "II.1-2"):
        assert tasks[ref].lead == ["Các sở, ngành", "UBND cấp xã"]  # type: ignore[attr-defined]
        assert tasks[ref].coordinators == ["Sở Tư pháp"]  # type: ignore[attr-defined]
    assert tasks["II.1-3"].lead == ["Sở Tư pháp"]  # type: ignore[attr-defined]
    assert str(tasks["II.1-3"].deadline.date) == "2026-09-30"  # type: ignore[attr-defined]


def test_owner_label_cut_where_the_verb_begins() -> None:
    """ "Cơ quan thực hiện: Sở X chủ trì tham mưu …; các sở … chủ động …": Sở X leads, the rest coordinate."""
    task = tasks_by_ref(parse_plan(INLINE_LABELS))["II.2"]
    assert task.lead == ["Sở Tư pháp"]  # type: ignore[attr-defined]
    assert "Ủy ban nhân dân các xã" in task.coordinators  # type: ignore[attr-defined]
    assert task.text.startswith("Phổ biến các luật mới")  # type: ignore[attr-defined]
    assert task.deadline.recurrence == "yearly"  # type: ignore[attr-defined]


LETTER = """\
ỦY BAN NHÂN DÂN TỈNH HOA SEN
Số: 512/UBND-KT
V/v triển khai các nhiệm vụ cải cách hành chính
Hoa Sen, ngày 02 tháng 3 năm 2026
Kính gửi: Các sở, ban, ngành tỉnh.
Thực hiện chỉ đạo của Thủ tướng Chính phủ, Chủ tịch Ủy ban nhân dân tỉnh giao các cơ quan thực hiện các nhiệm vụ sau:
(1) Rà soát, cắt giảm thủ tục hành chính nội bộ trong hệ thống hành chính nhà nước.
- Đơn vị chủ trì thực hiện: Văn phòng Ủy ban nhân dân tỉnh.
- Đơn vị phối hợp: Các sở, ban, ngành tỉnh.
- Thời gian hoàn thành: trong tháng 4/2026.
(2) Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính.
- Đơn vị chủ trì thực hiện: Sở Khoa học và Công nghệ.
- Thời gian hoàn thành: Quý III/2026.
Nơi nhận:
- Như trên;
- Lưu: VT.
"""


def test_letter_items_with_label_lines_are_one_task_each() -> None:
    """A letter's items "(1)".."(n)" followed by label lines are one task each, with owner and deadline."""
    tasks = tasks_by_ref(parse_plan(LETTER))
    assert set(tasks) == {"1", "2"}
    assert tasks["1"].lead == ["Văn phòng Ủy ban nhân dân tỉnh"]  # type: ignore[attr-defined]
    assert str(tasks["1"].deadline.date) == "2026-04-30"  # type: ignore[attr-defined]
    assert str(tasks["2"].deadline.date) == "2026-09-30"  # type: ignore[attr-defined]


TABLE_LIST = """\
ỦY BAN NHÂN DÂN TỈNH NAM SƠN
Số: 77/KH-UBND
KẾ HOẠCH
Phát triển thương mại điện tử giai đoạn 2026 - 2030
I. MỤC ĐÍCH, YÊU CẦU
1. Thúc đẩy thương mại điện tử trong doanh nghiệp.
II. LỘ TRÌNH THỰC HIỆN
1. Giai đoạn 2026 - 2027
- Hoàn thiện chính sách hỗ trợ doanh nghiệp bán hàng trực tuyến.
III. NHIỆM VỤ, GIẢI PHÁP (chi tiết tại Phụ lục kèm theo)
IV. TỔ CHỨC THỰC HIỆN
1. Sở Công Thương
- Xây dựng chương trình hỗ trợ doanh nghiệp nhỏ và vừa bán hàng trên sàn thương mại điện tử.
- Định kỳ hằng năm báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện.
PHỤ LỤC
DANH MỤC NHIỆM VỤ NĂM 2026
STT | NHIỆM VỤ | CHỦ TRÌ | PHỐI HỢP | THỜI GIAN HOÀN THÀNH
I | NHÓM NHIỆM VỤ VỀ CHÍNH SÁCH
1 | Xây dựng chương trình hỗ trợ doanh nghiệp nhỏ và vừa bán hàng trên sàn thương mại điện tử | Sở Công Thương | Sở Tài chính | Quý II
2 | Rà soát thủ tục cấp phép website thương mại điện tử | Sở Công Thương | | Tháng 9
II | NHÓM NHIỆM VỤ VỀ HẠ TẦNG
1 | Phát triển hạ tầng thanh toán không dùng tiền mặt | Sở Khoa học và Công nghệ | Ngân hàng Nhà nước khu vực | Quý IV/2027
"""


def test_task_table_groups_restarting_numbers_and_folded_responsibilities() -> None:
    """Roman group rows ("I | NHÓM …"), numbering restarting per group (PL.<group>.<STT>); the task section
    only points to the table, so a responsibility that restates a row folds into it; roadmap bullets are
    phasing; a date without a year takes the year of the table's caption."""
    tasks = tasks_by_ref(parse_plan(TABLE_LIST))
    assert {"PL.I.1", "PL.I.2", "PL.II.1", "IV.1-2"} == set(tasks)
    assert tasks["PL.I.1"].lead == ["Sở Công Thương"]  # type: ignore[attr-defined]
    assert str(tasks["PL.I.1"].deadline.date) == "2026-06-30"  # type: ignore[attr-defined]
    assert str(tasks["PL.I.2"].deadline.date) == "2026-09-30"  # type: ignore[attr-defined]
    assert str(tasks["PL.II.1"].deadline.date) == "2027-12-31"  # type: ignore[attr-defined]


DECISION = """\
ỦY BAN NHÂN DÂN TỈNH ĐÔNG HẢI
Số: 1203/QĐ-UBND
Đông Hải, ngày 15 tháng 5 năm 2026
QUYẾT ĐỊNH
Ban hành Kế hoạch phát triển du lịch nông thôn năm 2026
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH
Căn cứ Luật Tổ chức chính quyền địa phương;
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phát triển du lịch nông thôn năm 2026.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các sở chịu trách nhiệm thi hành Quyết định này.
Nơi nhận:
- Như Điều 3;
- Lưu: VT.
KẾ HOẠCH
Phát triển du lịch nông thôn năm 2026
(Ban hành kèm theo Quyết định số 1203/QĐ-UBND ngày 15/5/2026 của Ủy ban nhân dân tỉnh)
I. MỤC ĐÍCH, YÊU CẦU
1. Phát huy lợi thế du lịch nông thôn.
II. NHIỆM VỤ
1. Sở Văn hóa, Thể thao và Du lịch chủ trì xây dựng bộ tiêu chí điểm du lịch nông thôn, hoàn thành trong tháng 8/2026.
2. Ủy ban nhân dân các xã tổ chức tuyên truyền về du lịch nông thôn.
III. TỔ CHỨC THỰC HIỆN
1. Sở Văn hóa, Thể thao và Du lịch theo dõi, đôn đốc, báo cáo kết quả trước ngày 15/12/2026.
"""


def test_decision_is_read_with_its_attached_plan() -> None:
    """Reading goes past the decision's "Nơi nhận" into the attached plan, whose items are the tasks."""
    tasks = tasks_by_ref(parse_plan(DECISION))
    assert set(tasks) == {"II.1", "II.2", "III.1"}
    assert str(tasks["II.1"].deadline.date) == "2026-08-31"  # type: ignore[attr-defined]
    assert tasks["II.2"].lead == ["Ủy ban nhân dân các xã"]  # type: ignore[attr-defined]


def test_steps_listed_after_a_subject_belong_to_it() -> None:
    """ "- Ban X khẩn trương thực hiện theo tiến độ như sau:" owns the "+" steps listed under it."""
    tasks = tasks_by_ref(parse_plan(PARTY))
    assert tasks["II.1-2.+1"].lead == ["Ban Tổ chức Tỉnh ủy"]  # type: ignore[attr-defined]
    assert tasks["II.1-1"].lead == ["Ban Tổ chức Tỉnh ủy"]  # type: ignore[attr-defined]
    assert tasks["II.2-1"].lead == ["Văn phòng Tỉnh ủy"]  # type: ignore[attr-defined]


def test_assignment_is_due_with_the_last_step_of_its_schedule() -> None:
    """ "- Giao X …" followed by "- X khẩn trương thực hiện theo tiến độ như sau:" and dated "+" steps."""
    tasks = tasks_by_ref(parse_plan(PARTY))
    assert str(tasks["II.1-1"].deadline.date) == "2026-04-25"  # type: ignore[attr-defined]
    assert str(tasks["II.2-1"].deadline.date) == "2026-05-31"  # type: ignore[attr-defined]  # its own


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        (
            "Giao Ban Tổ chức Tỉnh ủy; Ủy ban Kiểm tra Tỉnh ủy; Đảng ủy Ủy ban nhân dân tỉnh rà soát quy định.",
            ["Ban Tổ chức Tỉnh ủy", "Ủy ban Kiểm tra Tỉnh ủy", "Đảng ủy Ủy ban nhân dân tỉnh"],
        ),
        (
            "Giao các đồng chí Ủy viên Ban Thường vụ theo địa bàn phụ trách chỉ đạo thực hiện.",
            ["các đồng chí Ủy viên Ban Thường vụ"],
        ),
        ("Giao Quân ủy tỉnh chủ trì xây dựng kế hoạch diễn tập.", ["Quân ủy tỉnh"]),
    ],
)
def test_assignee_after_giao(text: str, lead: list[str]) -> None:
    """ "Giao <assignee> <verb>": a semicolon list, or an assignee without a known head word, up to the verb."""
    from planparse.owners import subject_owners

    found = subject_owners(text)
    assert found is not None and found.lead == lead


COLLECTIVE_HEADINGS = """\
KẾ HOẠCH
Phát triển hạ tầng số trong các khu công nghiệp
I. GIẢI PHÁP
1. Rà soát quy hoạch hạ tầng viễn thông trong các khu công nghiệp.
II. TỔ CHỨC THỰC HIỆN
1. Các Sở, ban, ngành của Tỉnh, UBND các xã, phường
- Phối hợp hướng dẫn doanh nghiệp xây dựng hạ tầng viễn thông theo quy hoạch.
2. Các doanh nghiệp viễn thông, tổ chức, cá nhân có liên quan
- Tuân thủ các quy định về cấp phép xây dựng công trình viễn thông.
3. Ban hành các văn bản hướng dẫn thực hiện các nội dung được giao tại Nghị định của Chính phủ
Sở, ban, ngành thuộc Ủy ban nhân dân tỉnh có trách nhiệm rà soát, tham mưu ban hành văn bản hướng dẫn.
"""


def test_agency_headings_that_list_bodies_and_a_title_with_its_paragraph() -> None:
    """A heading that only names bodies ("Các Sở, ban, ngành của Tỉnh, UBND các xã, phường") is an agency
    heading; a long title without a full stop takes the paragraph under it as its body, whose subject owns it."""
    tasks = tasks_by_ref(parse_plan(COLLECTIVE_HEADINGS))
    assert tasks["II.1-1"].lead == ["Các Sở, ban, ngành của Tỉnh", "UBND các xã, phường"]  # type: ignore[attr-defined]
    assert tasks["II.2-1"].lead == ["Các doanh nghiệp viễn thông, tổ chức, cá nhân có liên quan"]  # type: ignore[attr-defined]
    assert tasks["II.3"].lead == ["Sở, ban, ngành thuộc Ủy ban nhân dân tỉnh"]  # type: ignore[attr-defined]


def test_successive_deadlines_and_a_new_subject_split_an_item() -> None:
    """An item that sets several successive deadlines is one task per deadline; a later sentence with its own
    acting subject is that subject's task; the steps keep the item's owner unless they name their own."""
    plan = parse_plan(
        "KẾ HOẠCH\nSửa đổi quy chế\nI. NHIỆM VỤ\n"
        "1. Giao Sở Tư pháp chủ trì rà soát quy chế, báo cáo Ủy ban nhân dân tỉnh vào đầu tháng 3/2026 để trình"
        " Hội đồng nhân dân tỉnh trước ngày 10/4/2026; thời gian hoàn thành việc sửa đổi quy chế chậm nhất ngày"
        " 30/6/2026.\n"
        "2. Giao các đoàn công tác của tỉnh nắm tình hình tại các xã. Sở Nội vụ chủ trì tổng hợp, báo cáo"
        " Ủy ban nhân dân tỉnh.\n"
        "3. Kiện toàn Tổ công tác, thành viên gồm Sở Tài chính, Sở Y tế. Sở Xây dựng, Công an tỉnh; thường trực"
        " là Sở Y tế.\n"
    )
    tasks = tasks_by_ref(plan)
    dates = [str(tasks[r].deadline.date) for r in ("I.1", "I.1[2]", "I.1[3]")]  # type: ignore[attr-defined]
    assert dates == ["2026-03-10", "2026-04-10", "2026-06-30"]
    assert tasks["I.1[3]"].lead == ["Sở Tư pháp"]  # type: ignore[attr-defined]
    assert tasks["I.2[2]"].lead == ["Sở Nội vụ"]  # type: ignore[attr-defined]
    assert "I.3[2]" not in tasks  # a sentence that only continues a list of names


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("Chủ tịch Ủy ban nhân dân tỉnh giao Sở Tài chính chủ trì rà soát định mức chi.", ["Sở Tài chính"]),
        ("Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành nghiêm túc triển khai.", ["các sở, ban, ngành"]),
        ("Sở Nội vụ chỉ đạo các phòng chuyên môn rà soát hồ sơ.", ["Sở Nội vụ"]),
    ],
)
def test_who_assigns_is_not_the_owner(text: str, lead: list[str]) -> None:
    from planparse.owners import subject_owners

    found = subject_owners(text)
    assert found is not None and found.lead == lead


def test_closing_paragraph_that_assigns_timed_work_is_a_task() -> None:
    plan = parse_plan(
        "KẾ HOẠCH\nPhát triển hạ tầng số\nI. NHIỆM VỤ\n1. Sở Xây dựng rà soát quy hoạch hạ tầng kỹ thuật.\n"
        "Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành nghiêm túc triển khai; định kỳ trước ngày 30 tháng 11"
        " hằng năm báo cáo kết quả về Sở Khoa học và Công nghệ.\n"
    )
    closing = plan.item("I[closing]")
    assert closing is not None and closing.kind == "task"
    assert closing.lead == ["các sở, ban, ngành"]
    assert (closing.deadline.recurrence, closing.deadline.anchors) == ("yearly", ["11-30"])


BODY_TABLE = """\
KẾ HOẠCH
Cải cách hành chính năm 2026
I. MỤC TIÊU
1. Nâng cao mức độ hài lòng của người dân.
II. NHIỆM VỤ
1. Cải cách thể chế
Nội dung | Đơn vị chủ trì | Thời gian hoàn thành năm 2026
Rà soát văn bản quy phạm pháp luật của tỉnh | Sở Tư pháp | Quý II
Công bố danh mục thủ tục hành chính | Văn phòng UBND tỉnh | 30/9
2. Kiểm tra công tác cải cách hành chính
- Thời gian kiểm tra: Quý III/2026.
- Đơn vị chủ trì kiểm tra: Sở Nội vụ.
"""


def test_table_in_the_body_without_stt_and_a_year_in_its_header() -> None:
    """A table inside the body is read where it stands: rows numbered in order under their heading, the
    year of "Quý II" / "30/9" taken from the header; "Thời gian kiểm tra:" is a timing label."""
    tasks = tasks_by_ref(parse_plan(BODY_TABLE))
    assert {"II.1.1", "II.1.2", "II.2"} == set(tasks)
    assert tasks["II.1.1"].lead == ["Sở Tư pháp"]  # type: ignore[attr-defined]
    assert str(tasks["II.1.1"].deadline.date) == "2026-06-30"  # type: ignore[attr-defined]
    assert str(tasks["II.1.2"].deadline.date) == "2026-09-30"  # type: ignore[attr-defined]
    assert tasks["II.2"].lead == ["Sở Nội vụ"]  # type: ignore[attr-defined]


def test_decision_names_the_plan_it_issues_in_schema_valid_json() -> None:
    import jsonschema

    from .conftest import load_schema

    data = parse_plan(DECISION).to_dict()
    jsonschema.validate(data, load_schema())
    assert data["document"]["type"] == "Quyết định"
    assert data["document"]["attached_plan"] == {
        "type": "Kế hoạch",
        "title": "Kế hoạch phát triển du lịch nông thôn năm 2026",
    }


def test_attached_plan_titled_on_one_line() -> None:
    """ "KẾ HOẠCH PHÁT TRIỂN …" on one upper-case line starts the plan a decision issues."""
    text = DECISION.replace(
        "KẾ HOẠCH\nPhát triển du lịch nông thôn năm 2026\n(Ban", "KẾ HOẠCH PHÁT TRIỂN DU LỊCH\n(Ban"
    )
    text = text.replace(
        "(Ban hành kèm theo Quyết định số 1203/QĐ-UBND ngày 15/5/2026 của Ủy ban nhân dân tỉnh)\n", ""
    )
    assert set(tasks_by_ref(parse_plan(text))) == {"II.1", "II.2", "III.1"}


def test_closing_rule_is_not_taken_as_the_last_items_body() -> None:
    plan = parse_plan(
        "KẾ HOẠCH\nPhòng, chống thiên tai\nI. TỔ CHỨC THỰC HIỆN\n"
        "1. Sở Tài chính chủ trì, phối hợp với các cơ quan liên quan bố trí kinh phí thực hiện Kế hoạch\n"
        "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan phản ánh về Sở Nông nghiệp và"
        " Môi trường để tổng hợp./.\n"
    )
    task = plan.item("I.1")
    assert task is not None and task.kind == "task" and task.lead == ["Sở Tài chính"]
    assert task.text.startswith("Sở Tài chính chủ trì")


def test_labels_written_inside_the_item() -> None:
    """ "(1) Rà soát … . Đơn vị chủ trì thực hiện: X; đơn vị phối hợp: Y; thời gian hoàn thành: …" is one task."""
    plan = parse_plan(
        "Kính gửi: Các sở, ban, ngành tỉnh.\n"
        "(1) Rà soát, cắt giảm thủ tục hành chính nội bộ. Đơn vị chủ trì thực hiện: Văn phòng UBND tỉnh; đơn vị"
        " phối hợp: các sở, ngành; thời gian hoàn thành: trong tháng 4/2026.\n"
        "(2) Sở Tư pháp chủ trì rà soát văn bản quy phạm pháp luật (thời gian: Quý III/2026).\n"
    )
    tasks = tasks_by_ref(plan)
    assert set(tasks) == {"1", "2"}
    one = tasks["1"]
    assert (one.lead, one.coordinators) == (["Văn phòng UBND tỉnh"], ["các sở, ngành"])  # type: ignore[attr-defined]
    assert str(one.deadline.date) == "2026-04-30"  # type: ignore[attr-defined]
    assert one.text == "Rà soát, cắt giảm thủ tục hành chính nội bộ."  # type: ignore[attr-defined]
    assert str(tasks["2"].deadline.date) == "2026-09-30"  # type: ignore[attr-defined]
    assert tasks["2"].lead == ["Sở Tư pháp"]  # type: ignore[attr-defined]


def test_body_table_takes_the_year_of_its_heading_and_sub_rows() -> None:
    plan = parse_plan(
        "KẾ HOẠCH\nX\nI. NHIỆM VỤ\n1. Lịch triển khai năm 2027\n"
        "TT | Nội dung công việc | Cơ quan chủ trì | Thời gian hoàn thành\n"
        "1 | Khảo sát hiện trạng | Sở Xây dựng | Tháng 3\n"
        "1.1 | Khảo sát tại các xã vùng cao | UBND các xã | Tháng 5\n"
    )
    tasks = tasks_by_ref(plan)
    assert set(tasks) == {"I.1.1", "I.1.1.1"}
    assert str(tasks["I.1.1"].deadline.date) == "2027-03-31"  # type: ignore[attr-defined]
    assert str(tasks["I.1.1.1"].deadline.date) == "2027-05-31"  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("line", "kind", "num"),
    [("1.Tổ chức tập huấn", "arabic", "1"), ("1.1.Rà soát quy định", "dotted1", "1.1")],
)
def test_numbers_typed_without_a_space(line: str, kind: str, num: str) -> None:
    found = _marker(line)
    assert found is not None and found[:2] == (kind, num)


@pytest.mark.parametrize("line", ["2.5% doanh nghiệp có website", "1.5 triệu đồng mỗi hộ"])
def test_decimals_are_not_numbering(line: str) -> None:
    assert _marker(line) is None


INSPECTION = """\
KẾ HOẠCH
Kiểm tra công tác cải cách hành chính năm 2026
I. MỤC ĐÍCH, YÊU CẦU
1. Đánh giá kết quả thực hiện cải cách hành chính.
II. NỘI DUNG, ĐỐI TƯỢNG, THỜI GIAN KIỂM TRA
1. Nội dung kiểm tra
a) Kiểm tra việc thực hiện kế hoạch cải cách hành chính năm 2026.
2. Đối tượng kiểm tra
Sở Y tế, Sở Xây dựng, UBND xã Tân Hòa.
3. Thời gian kiểm tra: Quý III/2026.
III. TỔ CHỨC THỰC HIỆN
1. Sở Nội vụ chủ trì, phối hợp với Văn phòng UBND tỉnh thành lập Đoàn kiểm tra.
"""


def test_inspected_units_and_a_stated_field_are_nottasks_by_ref() -> None:
    """The units an inspection plan inspects are not owners or tasks; "3. Thời gian kiểm tra: …" states a
    field; a section whose items include such a field is still a section."""
    tasks = tasks_by_ref(parse_plan(INSPECTION))
    assert set(tasks) == {"II.1.a", "III.1"}
    assert tasks["II.1.a"].lead != ["Sở Y tế"]  # type: ignore[attr-defined]


def test_appendix_heading_in_sentence_case() -> None:
    """ "Phụ lục I" alone on its line opens the appendix like "PHỤ LỤC" does."""
    text = TABLE_LIST.replace("PHỤ LỤC\n", "Phụ lục I\n")
    assert {"PL.I.1", "PL.I.2", "PL.II.1"} <= set(tasks_by_ref(parse_plan(text)))


def test_second_plan_in_one_file_keeps_the_first_planstasks_by_ref() -> None:
    """Two plans in one file (no decision issuing the second): both keep their tasks."""
    text = (
        "KẾ HOẠCH\nA\nI. NHIỆM VỤ\n1. Sở Y tế tổ chức tiêm chủng mở rộng.\n"
        "KẾ HOẠCH\nB\nI. NHIỆM VỤ\n1. Sở Xây dựng rà soát quy hoạch.\n"
    )
    leads = sorted(t.lead[0] for t in parse_plan(text).tasks())
    assert leads == ["Sở Xây dựng", "Sở Y tế"]


def test_steps_never_reuse_a_ref_and_point_into_the_text() -> None:
    text = (
        "KẾ HOẠCH\nX\nI. NHIỆM VỤ\n1. Giao Sở Tư pháp rà soát, báo cáo trước ngày 10/4/2026; hoàn thành việc"
        " sửa đổi quy chế chậm nhất ngày 30/6/2026.\n1. Sở Y tế tổ chức tập huấn.\n"
    )
    plan = parse_plan(text)
    refs = [i.ref for i in plan.items]
    assert len(refs) == len(set(refs))
    step = next(i for i in plan.tasks() if i.text.startswith("hoàn thành việc sửa đổi"))
    assert text[step.span[0] : step.span[1]] == step.text


def test_table_cell_that_says_who_chairs() -> None:
    plan = parse_plan(
        "KẾ HOẠCH\nX\nI. NHIỆM VỤ\nSTT | Nội dung | Cơ quan thực hiện | Thời gian\n"
        "1 | Tổ chức tiêm chủng mở rộng | Sở Y tế (chủ trì); Sở Tài chính | Quý IV/2026\n"
        "2 | Bảo đảm kinh phí | Doanh nghiệp, nhà cung cấp dịch vụ, nhà đầu tư | Năm 2026\n"
    )
    tasks = tasks_by_ref(plan)
    assert (tasks["I.1"].lead, tasks["I.1"].coordinators) == (["Sở Y tế"], ["Sở Tài chính"])  # type: ignore[attr-defined]
    assert tasks["I.2"].lead == ["Doanh nghiệp, nhà cung cấp dịch vụ, nhà đầu tư"]  # type: ignore[attr-defined]


CONCLUSION_NOTICE = """\
ỦY BAN NHÂN DÂN TỈNH HOA SEN
Số: 88/TB-UBND
THÔNG BÁO
Kết luận của Chủ tịch Ủy ban nhân dân tỉnh tại cuộc họp về giải ngân vốn đầu tư công
Chủ tịch Ủy ban nhân dân tỉnh kết luận như sau:
1. Đánh giá chung
Thời gian qua, các chủ đầu tư đã tích cực triển khai, tuy nhiên tỷ lệ giải ngân còn thấp.
2. Nhiệm vụ thời gian tới
a) Giao Sở Tài chính chủ trì, phối hợp với các chủ đầu tư rà soát, điều chuyển vốn, hoàn thành trước ngày 30/4/2026.
b) Ủy ban nhân dân các xã đẩy nhanh giải phóng mặt bằng; định kỳ trước ngày 25 hằng tháng báo cáo Sở Tài chính.
c) Các sở, ban, ngành, Ủy ban nhân dân các xã, phường định kỳ kiểm tra tiến độ các dự án.
Nơi nhận:
- Như trên;
"""


def test_conclusion_notice_assessment_is_not_a_task_and_subjects_end_at_their_verb() -> None:
    """A notice's "Đánh giá chung" is no task; "Ủy ban nhân dân các xã đẩy nhanh …" ends at its verb."""
    tasks = tasks_by_ref(parse_plan(CONCLUSION_NOTICE))
    assert set(tasks) == {"2.a", "2.b", "2.c"}
    assert tasks["2.b"].lead == ["Ủy ban nhân dân các xã"]  # type: ignore[attr-defined]
    assert tasks["2.b"].deadline.recurrence == "monthly"  # type: ignore[attr-defined]
    assert tasks["2.c"].lead == ["Các sở, ban, ngành", "Ủy ban nhân dân các xã, phường"]  # type: ignore[attr-defined]


def test_combined_chair_and_partner_column() -> None:
    plan = parse_plan(
        "KẾ HOẠCH\nX\nI. NHIỆM VỤ\nSTT | Nhiệm vụ | Cơ quan chủ trì, phối hợp | Thời hạn\n"
        "1 | Xây dựng cơ sở dữ liệu dân cư | Công an tỉnh (chủ trì), Sở Khoa học và Công nghệ | Quý III/2026\n"
    )
    task = tasks_by_ref(plan)["I.1"]
    assert (task.lead, task.coordinators) == (["Công an tỉnh"], ["Sở Khoa học và Công nghệ"])  # type: ignore[attr-defined]


def test_table_row_that_only_names_its_sub_rows_is_a_heading() -> None:
    plan = parse_plan(
        "KẾ HOẠCH\nX\nI. NHIỆM VỤ\nTT | Nội dung công việc | Đơn vị chủ trì | Thời gian\n"
        "1 | Công tác tuyên truyền\n"
        "1.1 | Tổ chức hội nghị quán triệt | Sở Văn hóa và Thông tin | Quý I/2026\n"
        "1.2 | Đăng tải tin bài trên cổng thông tin điện tử | Văn phòng UBND tỉnh | Thường xuyên\n"
        "2 | Rà soát thủ tục hành chính | Sở Tư pháp | Quý II/2026\n"
    )
    assert set(tasks_by_ref(plan)) == {"I.1.1", "I.1.2", "I.2"}


def test_rows_under_a_merged_cell_repeat_what_it_holds() -> None:
    """A row whose STT (and owner) cells are merged with the row above is another task of that number."""
    plan = parse_plan(
        "KẾ HOẠCH\nX\nI. NHIỆM VỤ\nSTT | Nhiệm vụ | Cơ quan chủ trì | Thời gian\n"
        "1 | Khảo sát nhu cầu chuyển đổi số của doanh nghiệp | Sở Khoa học và Công nghệ | Quý I/2026\n"
        " | Công bố kết quả khảo sát | | Quý II/2026\n"
        "2 | Tập huấn kỹ năng số | Sở Công Thương | Quý III/2026\n"
    )
    tasks = tasks_by_ref(plan)
    assert set(tasks) == {"I.1", "I.1[2]", "I.2"}
    assert tasks["I.1[2]"].lead == ["Sở Khoa học và Công nghệ"]  # type: ignore[attr-defined]
    assert str(tasks["I.1[2]"].deadline.date) == "2026-06-30"  # type: ignore[attr-defined]
