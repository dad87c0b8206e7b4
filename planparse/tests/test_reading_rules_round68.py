"""Round 68 (telegrams and invitations calling a meeting): a body named in a list of who attends and described by a
preposition after its name ("… về …", "(theo Quyết định …)") is an attendee, not a task; the sender of a courteous
request ("X trân trọng đề nghị:") does not own the items it asks; "Các đại biểu" are a group the request is made
to. Made-up texts, each test failing without its rule."""

from __future__ import annotations

from planparse import parse_plan
from planparse.owners import item_owners

_TELEGRAM = """BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
Số: 15/CĐ-BNNMT
Hà Nội, ngày 05 tháng 02 năm 2026
CÔNG ĐIỆN
Phiên họp thứ hai Hội đồng quốc gia về tài nguyên nước
BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG điện:
- Các thành viên Hội đồng quốc gia về tài nguyên nước;
- Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.
Thực hiện chỉ đạo của Phó Thủ tướng Chính phủ, Bộ Nông nghiệp và Môi trường trân trọng kính mời Đồng chí dự Phiên họp thứ hai Hội đồng quốc gia về tài nguyên nước.
I. Thời gian: 08 giờ 30 phút, ngày 09 tháng 02 năm 2026.
II. Địa điểm: Trụ sở Bộ Nông nghiệp và Môi trường và Trụ sở Ủy ban nhân dân các tỉnh, thành phố.
1. Điểm cầu Trụ sở Bộ:
Thành phần:
- Phó Thủ tướng Chính phủ, Chủ tịch Hội đồng.
- Các Ủy viên Hội đồng quốc gia về tài nguyên nước (theo Quyết định số 100/QĐ-TTg ngày 10 tháng 3 năm 2025 của Thủ tướng Chính phủ).
2. Điểm cầu các tỉnh, thành phố:
Thành phần:
- Chủ tịch Ủy ban nhân dân tỉnh, thành phố.
- Ủy ban nhân dân các tỉnh, thành phố chịu trách nhiệm bố trí phòng họp trực tuyến.
III. Bộ Nông nghiệp và Môi trường trân trọng đề nghị:
1. Cục Quản lý tài nguyên nước chuẩn bị báo cáo tại Phiên họp, gửi Bộ trước ngày 07 tháng 02 năm 2026.
2. Các đại biểu dự họp đúng thành phần được mời, đăng ký tham dự qua hộp thư điện tử trước 16 giờ, ngày 08 tháng 02 năm 2026.
Nơi nhận:
- Như trên;
- Lưu: VT.
KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Nguyễn Văn C
"""


def _tasks(text: str) -> dict[str, tuple[str, list[str]]]:
    plan = parse_plan(text)
    return {i.ref: (i.text, i.lead) for i in plan.items if i.kind == "task"}


def test_an_attendee_described_by_a_preposition_is_no_task() -> None:
    tasks = _tasks(_TELEGRAM)
    assert not any(text.startswith("Các Ủy viên Hội đồng") for text, _ in tasks.values())
    # a dash under the same label whose body is given work stays a task
    assert any(
        text.startswith("Ủy ban nhân dân các tỉnh, thành phố chịu trách nhiệm") for text, _ in tasks.values()
    )


def test_the_delegates_own_their_registration() -> None:
    tasks = _tasks(_TELEGRAM)
    registration = [lead for text, lead in tasks.values() if text.startswith("Các đại biểu dự họp")]
    assert registration == [["Các đại biểu"]]


def test_the_sender_of_a_courteous_request_owns_none_of_it() -> None:
    found = item_owners(
        "Tải tài liệu phiên họp trên hệ thống trước ngày họp.",
        "",
        ["Bộ Nông nghiệp và Môi trường trân trọng đề nghị:"],
    )
    assert found is None or "Bộ Nông nghiệp và Môi trường" not in found[0].lead
