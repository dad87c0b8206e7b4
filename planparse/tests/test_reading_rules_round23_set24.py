"""Reading rules of round 23, from the twenty-fourth set's deadlines (synthetic texts in its styles): a ministry
plan whose section II lists the Ministry's own tasks without owners, whose section III hands them to units, and whose
appendix table restates the section III responsibilities row by row (two rows restating the two halves of one
responsibility, a row restating a responsibility that names the period it studies)."""

from __future__ import annotations

import datetime as dt

from planparse.model import PlanItem
from planparse.parser import _owner_from_links
from planparse.tests.reading import items_by_ref

PLAN = (
    "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc\n"
    "Số: 21/KH-BNNMT\n"
    "Hà Nội, ngày 10 tháng 9 năm 2025\n"
    "KẾ HOẠCH\n"
    "Triển khai thực hiện Chỉ thị số 20/CT-TTg về quản lý chất thải nhựa\n"
    "I. MỤC ĐÍCH, YÊU CẦU\n"
    "1. Mục đích\n"
    "- Triển khai hiệu quả các nhiệm vụ được giao tại Chỉ thị số 20/CT-TTg.\n"
    "II. NHIỆM VỤ CHỦ YẾU CỦA BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\n"
    "1. Xây dựng, trình Chính phủ Nghị định quy định về quản lý chất thải nhựa, trong đó có quy định về trách "
    "nhiệm tái chế của nhà sản xuất, nhập khẩu và lộ trình hạn chế sản phẩm nhựa dùng một lần.\n"
    "2. Xây dựng và vận hành cơ sở dữ liệu quốc gia về chất thải nhựa phục vụ quản lý nhà nước, chia sẻ dữ "
    "liệu với các Bộ, ngành và địa phương; điều tra, đánh giá hiện trạng phát sinh chất thải nhựa đại dương.\n"
    "3. Phối hợp với các cơ quan thông tấn, báo chí tuyên truyền sâu rộng về tác hại của chất thải nhựa, "
    "thay đổi hành vi tiêu dùng của người dân.\n"
    "III. TỔ CHỨC THỰC HIỆN\n"
    "1. Cục Kiểm soát ô nhiễm có trách nhiệm:\n"
    "a) Chủ trì, phối hợp với Vụ Pháp chế hoàn thiện dự thảo Nghị định quy định về quản lý chất thải nhựa để "
    "trình Chính phủ.\n"
    "b) Chủ trì, phối hợp với Cục Chuyển đổi số thiết lập cơ sở dữ liệu quốc gia về chất thải nhựa phục vụ quản "
    "lý nhà nước; điều tra, đánh giá hiện trạng phát sinh chất thải nhựa đại dương tại các vùng biển ven bờ.\n"
    "2. Viện Khoa học môi trường chủ trì nghiên cứu, đánh giá tác động của vi nhựa đến sức khỏe cộng đồng "
    "giai đoạn 2021 - 2030, có xét đến năm 2045.\n"
    "3. Trung tâm Truyền thông nông nghiệp và môi trường có trách nhiệm xây dựng chuyên mục truyền thông về "
    "tác hại của chất thải nhựa, thay đổi hành vi tiêu dùng của người dân.\n"
    "Nơi nhận:\n"
    "- Lưu: VT.\n"
    "PHỤ LỤC\n"
    "CÁC NHIỆM VỤ THỰC HIỆN KẾ HOẠCH\n"
    "| TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện/ hoàn thành |\n"
    "| --- | --- | --- | --- | --- |\n"
    "| 1. | Hoàn thiện dự thảo Nghị định quy định về quản lý chất thải nhựa trình Chính phủ. | Cục Kiểm soát ô "
    "nhiễm | Vụ Pháp chế. | Tháng 12/2025 |\n"
    "| 2. | Xây dựng và vận hành cơ sở dữ liệu quốc gia về chất thải nhựa phục vụ quản lý nhà nước. | Cục Kiểm "
    "soát ô nhiễm | Cục Chuyển đổi số. | 2025 - 2026 |\n"
    "| 3. | Điều tra, đánh giá hiện trạng phát sinh chất thải nhựa đại dương tại các vùng biển ven bờ. | Cục "
    "Kiểm soát ô nhiễm | Các đơn vị có liên quan. | 2027 - 2028 |\n"
    "| 4. | Nghiên cứu, đánh giá tác động của vi nhựa đến sức khỏe cộng đồng giai đoạn 2021 - 2030, có xét đến "
    "năm 2045. | Viện Khoa học môi trường | Cục Kiểm soát ô nhiễm. | 2026 - 2030 |\n"
    "| 5. | Xây dựng chuyên mục truyền thông về tác hại của chất thải nhựa. | Trung tâm Truyền thông NN&MT | "
    "Cục Kiểm soát ô nhiễm. | 2025 - 2027 |\n"
)


def _plan() -> dict:
    return items_by_ref(PLAN)


def test_rows_restating_the_assignment_section_merge_with_its_responsibilities() -> None:
    """Every row names the owner of a section III responsibility it restates: the row is that responsibility's
    schedule (a note), not a task of its own, and its timing does not reach the unowned section II items."""
    items = _plan()
    assert all(i.kind == "note" for r, i in items.items() if r.startswith("PL."))
    assert items["III.1.a"].same_as == ["PL.1"]
    assert items["III.1.a"].deadline.date == dt.date(2025, 12, 31)
    assert items["III.3"].deadline.date == dt.date(2027, 12, 31)
    assert all(items[r].deadline.date is None for r in ("II.1", "II.2", "II.3"))


def test_responsibility_restated_by_two_rows_splits_at_its_semicolon() -> None:
    """ "… thiết lập cơ sở dữ liệu …; điều tra, đánh giá hiện trạng …" restated by rows of "2025 - 2026" and
    "2027 - 2028": two parts, each with its row's timing."""
    items = _plan()
    assert items["III.1.b"].deadline.date == dt.date(2026, 12, 31)
    assert items["III.1.b[2]"].text.startswith("điều tra, đánh giá hiện trạng")
    assert items["III.1.b[2]"].deadline.date == dt.date(2028, 12, 31)
    assert items["III.1.b[2]"].lead == ["Cục Kiểm soát ô nhiễm"]


def test_period_the_row_repeats_is_subject_matter_not_the_deadline() -> None:
    """ "… giai đoạn 2021 - 2030, có xét đến năm 2045" stands in the row's task column too: what is studied; the
    row's time column "2026 - 2030" is the deadline."""
    assert _plan()["III.2"].deadline.date == dt.date(2030, 12, 31)


def test_partner_duty_yields_a_tie_to_the_leading_duty() -> None:
    """Two responsibilities carry a task out equally: "Phối hợp với …" of one unit and the lead duty of another;
    the leading body owns the task, the partner stays a coordinator."""
    target = PlanItem("II.3", "II", "task", "Tuyên truyền về tác hại của chất thải nhựa.", (0, 0))
    partner = PlanItem(
        "III.1.c", "III.1", "task", "Phối hợp với các đơn vị truyền thông tuyên truyền …", (0, 0)
    )
    partner.lead = ["Cục Kiểm soát ô nhiễm"]
    leader = PlanItem("III.3", "III", "task", "xây dựng chuyên mục truyền thông …", (0, 0))
    leader.lead = ["Trung tâm Truyền thông nông nghiệp và môi trường"]
    _owner_from_links(target, [(partner, 0.7, 0.7), (leader, 0.7, 0.7)])
    assert target.lead == ["Trung tâm Truyền thông nông nghiệp và môi trường"]
    assert target.coordinators == ["Cục Kiểm soát ô nhiễm"]
