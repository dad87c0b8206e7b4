"""Small plans written for these tests (not from the corpus): other numbering styles, labelled fields,
an appendix table, agency headings in a PHÂN CÔNG section numbered IV. Each must parse as a person reads it."""

from __future__ import annotations

import datetime as dt

import pytest

from planparse import ParsedPlan, parse_plan

DIEU = """\
ỦY BAN NHÂN DÂN
TỈNH BÌNH MINH
Số: 45/KH-UBND
Bình Minh, ngày 10 tháng 3 năm 2026
KẾ HOẠCH
Nâng cao chất lượng y tế cơ sở năm 2026
Điều 1. Mục đích, yêu cầu
1. Nâng cao chất lượng khám, chữa bệnh tại tuyến xã.
2. Bảo đảm 100% trạm y tế xã có bác sĩ.
Điều 2. Nhiệm vụ và giải pháp
1. Giao Sở Y tế chủ trì, phối hợp với Sở Tài chính xây dựng đề án nâng cấp trạm y tế xã, hoàn thành trước ngày 30/6/2026.
2. Giao Ủy ban nhân dân các huyện, thành phố tổ chức tập huấn cho nhân viên y tế thôn, bản hằng năm.
3. Sở Nội vụ chủ trì, phối hợp với Sở Y tế rà soát, bổ sung biên chế cho trạm y tế xã, hoàn thành trong quý III/2026.
Điều 3. Tổ chức thực hiện
Sở Y tế là cơ quan thường trực, theo dõi, đôn đốc việc thực hiện Kế hoạch này, định kỳ trước ngày 15/12 hằng năm báo cáo Ủy ban nhân dân tỉnh.
"""

DOTTED = """\
ỦY BAN NHÂN DÂN TỈNH HÀ GIANG MỚI
Số: 12/KH-UBND
KẾ HOẠCH
Chuyển đổi số trong quản lý dữ liệu đất đai
I. MỤC TIÊU
1. Đến năm 2027, 100% hồ sơ đất đai được số hóa.
II. NHIỆM VỤ CỤ THỂ
1. Hoàn thiện thể chế
1.1. Rà soát, sửa đổi các quy định về quản lý, khai thác dữ liệu đất đai.
- Đơn vị thực hiện: Sở Tư pháp.
- Thời gian hoàn thành: Quý II/2026.
1.2. Xây dựng quy chế chia sẻ dữ liệu đất đai giữa các cơ quan.
- Đơn vị chủ trì: Sở Nông nghiệp và Môi trường.
- Đơn vị phối hợp: Văn phòng UBND tỉnh, Sở Khoa học và Công nghệ.
- Thời gian hoàn thành: Tháng 9/2026.
2. Số hóa hồ sơ
2.1. Số hóa toàn bộ hồ sơ địa chính đang lưu trữ.
- Đơn vị thực hiện: Văn phòng Đăng ký đất đai tỉnh.
- Thời gian hoàn thành: Năm 2027.
III. TỔ CHỨC THỰC HIỆN
1. Sở Nông nghiệp và Môi trường là cơ quan đầu mối, theo dõi, đôn đốc thực hiện Kế hoạch; báo cáo UBND tỉnh trước ngày 20 hằng tháng.
2. Sở Tài chính chủ trì, phối hợp với Sở Nông nghiệp và Môi trường bố trí kinh phí thực hiện Kế hoạch.
"""

TABLE = """\
ỦY BAN NHÂN DÂN TỈNH AN PHÚ
Số: 88/KH-UBND
KẾ HOẠCH
Phát triển du lịch cộng đồng giai đoạn 2026 - 2030
I. MỤC ĐÍCH, YÊU CẦU
1. Phát huy tiềm năng du lịch cộng đồng của tỉnh.
II. NHIỆM VỤ, GIẢI PHÁP
Chi tiết tại Phụ lục kèm theo.
III. TỔ CHỨC THỰC HIỆN
Các sở, ngành, địa phương được giao chủ trì có trách nhiệm hoàn thành đúng tiến độ các nhiệm vụ tại Phụ lục.
PHỤ LỤC
DANH MỤC NHIỆM VỤ PHÁT TRIỂN DU LỊCH CỘNG ĐỒNG
STT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian
I. NHÓM NHIỆM VỤ VỀ QUY HOẠCH
1 | Rà soát quy hoạch các điểm du lịch cộng đồng | Sở Văn hóa, Thể thao và Du lịch | Sở Xây dựng | Quý IV/2026
2 | Xây dựng bộ tiêu chí điểm du lịch cộng đồng | Sở Văn hóa, Thể thao và Du lịch | UBND các huyện | Năm 2027
II. NHÓM NHIỆM VỤ VỀ QUẢNG BÁ
3 | Tổ chức hội chợ du lịch cộng đồng | Sở Công Thương | Sở Văn hóa, Thể thao và Du lịch | Hằng năm
4 | Báo cáo kết quả thực hiện | UBND các huyện | | Trước ngày 15/11 hằng năm
"""

PHAN_CONG = """\
ỦY BAN NHÂN DÂN TỈNH SÔNG XANH
Số: 301/KH-UBND
Sông Xanh, ngày 05 tháng 01 năm 2026
KẾ HOẠCH
Phòng, chống dịch bệnh truyền nhiễm năm 2026
I. MỤC ĐÍCH, YÊU CẦU
1. Chủ động phòng, chống dịch bệnh, giảm số mắc và tử vong.
II. CHỈ TIÊU
1. Tỷ lệ tiêm chủng đầy đủ cho trẻ em dưới 1 tuổi đạt trên 95%.
III. NHIỆM VỤ, GIẢI PHÁP
1. Tổ chức tiêm chủng mở rộng cho trẻ em đúng lịch, đủ mũi trên địa bàn tỉnh.
2. Giám sát chặt chẽ dịch bệnh tại cửa khẩu, cảng biển; phát hiện sớm ca bệnh xâm nhập.
3. Truyền thông phòng, chống dịch bệnh trên báo, đài và mạng xã hội.
IV. PHÂN CÔNG NHIỆM VỤ
1. Sở Y tế:
a) Chủ trì tổ chức tiêm chủng mở rộng cho trẻ em đúng lịch, đủ mũi; báo cáo kết quả trước ngày 15/12 hằng năm.
b) Chỉ đạo Trung tâm Kiểm soát bệnh tật tỉnh giám sát dịch bệnh tại cửa khẩu, cảng biển, phát hiện sớm ca bệnh.
2. Sở Văn hóa và Thông tin:
- Chỉ đạo các cơ quan báo, đài truyền thông phòng, chống dịch bệnh trên báo, đài và mạng xã hội.
3. Sở Tài chính: Chủ trì, phối hợp với Sở Y tế tham mưu bố trí kinh phí phòng, chống dịch năm 2026.
4. Ủy ban nhân dân các huyện, thành phố:
- Xây dựng kế hoạch phòng, chống dịch bệnh của địa phương, hoàn thành trước ngày 31/3/2026.
+ Tổ chức diễn tập phòng, chống dịch trong quý II/2026.
+ Báo cáo kết quả diễn tập trước ngày 30/7/2026.
V. TỔ CHỨC THỰC HIỆN
Sở Y tế là cơ quan thường trực, theo dõi, đôn đốc các đơn vị thực hiện Kế hoạch này.
"""


def _tasks(plan: ParsedPlan) -> dict[str, tuple[list[str], dt.date | None, str | None]]:
    return {t.ref: (t.lead, t.deadline.date, t.deadline.recurrence) for t in plan.tasks()}


def test_dieu_numbering_and_giao() -> None:
    plan = parse_plan(DIEU)
    assert plan.document.number == "45/KH-UBND" and plan.document.date == dt.date(2026, 3, 10)
    assert plan.document.title == "Kế hoạch nâng cao chất lượng y tế cơ sở năm 2026"
    tasks = _tasks(plan)
    assert tasks["Điều 2.1"] == (["Sở Y tế"], dt.date(2026, 6, 30), None)
    assert tasks["Điều 2.2"] == (["Ủy ban nhân dân các huyện, thành phố"], None, "yearly")
    assert tasks["Điều 2.3"] == (["Sở Nội vụ"], dt.date(2026, 9, 30), None)
    assert plan.item("Điều 2.1").coordinators == ["Sở Tài chính"]  # type: ignore[union-attr]
    assert all(not r.startswith("Điều 1") for r in tasks)  # purposes are not tasks
    report = plan.item("Điều 3")
    assert report is not None and report.deadline.anchors == ["12-15"]


def test_dotted_numbering_with_labelled_fields() -> None:
    plan = parse_plan(DOTTED)
    tasks = _tasks(plan)
    assert tasks["II.1.1"] == (["Sở Tư pháp"], dt.date(2026, 6, 30), None)
    assert tasks["II.1.2"] == (["Sở Nông nghiệp và Môi trường"], dt.date(2026, 9, 30), None)
    assert tasks["II.2.1"] == (["Văn phòng Đăng ký đất đai tỉnh"], dt.date(2027, 12, 31), None)
    assert plan.item("II.1.2").coordinators == ["Văn phòng UBND tỉnh", "Sở Khoa học và Công nghệ"]  # type: ignore[union-attr]
    assert "I.1" not in tasks  # a target (MỤC TIÊU) is not a task
    assert tasks["III.1"][2] == "monthly" and plan.item("III.1").deadline.anchors == ["20"]  # type: ignore[union-attr]
    labels = [i for i in plan.items if i.label]
    assert labels and all(i.kind == "note" for i in labels)


def test_appendix_table_with_group_rows() -> None:
    plan = parse_plan(TABLE)
    tasks = _tasks(plan)
    assert set(tasks) == {"PL.I.1", "PL.I.2", "PL.II.3", "PL.II.4"}  # pointer and general rule are notes
    assert tasks["PL.I.1"] == (["Sở Văn hóa, Thể thao và Du lịch"], dt.date(2026, 12, 31), None)
    assert tasks["PL.II.3"] == (["Sở Công Thương"], None, "yearly")
    assert plan.item("PL.II.4").deadline.anchors == ["11-15"]  # type: ignore[union-attr]
    assert all(t.lead_source == "table" for t in plan.tasks())
    assert plan.item("PL.I.2").coordinators == ["UBND các huyện"]  # type: ignore[union-attr]


def test_agency_headings_in_section_iv_and_links() -> None:
    plan = parse_plan(PHAN_CONG)
    tasks = _tasks(plan)
    assert "II.1" not in tasks  # CHỈ TIÊU
    assert tasks["III.1"][0] == ["Sở Y tế"] and tasks["III.2"][0] == ["Sở Y tế"]
    assert tasks["III.3"][0] == ["Sở Văn hóa và Thông tin"]
    assert all(plan.item(r).lead_source == "section_III" for r in ("III.1", "III.2", "III.3"))  # type: ignore[union-attr]
    assert tasks["IV.1.a"] == (["Sở Y tế"], None, "yearly")
    assert tasks["IV.1.b"][0] == ["Sở Y tế"]  # "Chỉ đạo Trung tâm …" under the Sở Y tế heading
    assert tasks["IV.3"][0] == ["Sở Tài chính"]
    assert tasks["IV.4-1.+1"] == (["Ủy ban nhân dân các huyện, thành phố"], dt.date(2026, 6, 30), None)
    assert tasks["IV.4-1.+2"][1] == dt.date(2026, 7, 30)
    links = {(i.ref, t) for i in plan.items for t in i.implements}
    # the budget and the drill share only the plan's topic ("phòng, chống dịch") with task III.3: no link
    assert links == {("IV.1.a", "III.1"), ("IV.1.b", "III.2"), ("IV.2-1", "III.3")}


@pytest.mark.parametrize("text", [DIEU, DOTTED, TABLE, PHAN_CONG])
def test_spans_hold_the_text(text: str) -> None:
    for item in parse_plan(text).items:
        a, b = item.span
        assert item.text in text[a:b]
