"""Round 64 (set 48: a letter preparing a meeting, an invitation of numbered label points): the giver named before a
lowercase "giao" is no owner; an hour written "11g00" before "ngày"; an act making a report "… gồm:" over its parts;
a year inside a purpose that raises a measure; the last item that finishes and sends what the items above make dates
them; an invitation's "Nội dung: …" point beside "Thời gian: …" and "Địa điểm: …" is the agenda. Made-up texts, each
test failing without its rule."""

from __future__ import annotations

from planparse.deadlines import find_deadline
from planparse.owners import group_lead
from planparse.tests.reading import task_summaries

_LETTER = """ỦY BAN NHÂN DÂN
TỈNH BÌNH AN
Số: 12/UBND-VX
V/v chuẩn bị nội dung cuộc họp về chỉ số chuyển đổi số
Bình An, ngày 03 tháng 3 năm 2026
Kính gửi:
- Sở Khoa học và Công nghệ;
- Sở Tài chính.
Nhằm chuẩn bị nội dung cuộc họp đánh giá chỉ số chuyển đổi số của tỉnh; Chủ tịch Ủy ban nhân dân tỉnh giao Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Tài chính và các cơ quan liên quan triển khai các nội dung sau:
1. Xây dựng báo cáo đánh giá kết quả chỉ số chuyển đổi số của tỉnh gồm:
- Năm 2025: Kết quả đạt được, tồn tại, nguyên nhân.
- Từ tháng 01/2026 đến nay: Tình hình triển khai và đề xuất hướng khắc phục.
2. Rà soát các tiêu chí có điểm thấp; đề xuất giải pháp cụ thể để cải thiện, nâng cao chỉ số trong năm 2026.
3. Đề xuất chương trình cuộc họp, các vấn đề cần lãnh đạo tỉnh cho ý kiến.
4. Hoàn thành dự thảo báo cáo và chương trình họp, gửi Văn phòng Ủy ban nhân dân tỉnh trước 10g00 ngày 12/3/2026 để tổng hợp.
Đề nghị Sở Khoa học và Công nghệ, Sở Tài chính nghiêm túc thực hiện./.
Nơi nhận:
- Như trên;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Văn B
"""


def test_the_giver_before_giao_is_no_owner() -> None:
    owners = group_lead(
        "Nhằm chuẩn bị cuộc họp; Chủ tịch Ủy ban nhân dân tỉnh giao Sở Xây dựng chủ trì, phối hợp với Sở Tài chính "
        "thực hiện các nội dung sau:"
    )
    assert owners is not None and owners.lead == ["Sở Xây dựng"]


def test_the_letter_lead_in_owns_its_items() -> None:
    tasks = task_summaries(_LETTER)
    assert sorted(tasks) == ["1", "2", "3", "4"]
    assert all(lead == ["Sở Khoa học và Công nghệ"] for _, lead, _ in tasks.values())


def test_an_hour_written_with_g() -> None:
    found = find_deadline("gửi Văn phòng trước 10g00 ngày 12/3/2026 để tổng hợp.")
    assert found.date is not None and found.date.isoformat() == "2026-03-12"


def test_a_report_made_over_its_parts_is_one_task() -> None:
    tasks = task_summaries(_LETTER)
    assert "1" in tasks and not any(ref.startswith("1-") for ref in tasks)


def test_a_year_inside_a_purpose_raising_a_measure_is_no_deadline() -> None:
    assert (
        find_deadline("đề xuất giải pháp cụ thể để cải thiện, nâng cao chỉ số trong năm 2026.").date is None
    )
    # a purpose that is an act still times the work
    assert (
        find_deadline("báo cáo Chính phủ để trình Quốc hội sửa đổi Luật Đất đai trong năm 2026.").date
        is not None
    )


def test_the_last_item_finishing_and_sending_dates_the_items_above() -> None:
    tasks = task_summaries(_LETTER)
    assert {ref: date for ref, (_, _, date) in tasks.items()} == {
        "1": "2026-03-12",
        "2": "2026-03-12",
        "3": "2026-03-12",
        "4": "2026-03-12",
    }


_INVITATION = """ỦY BAN NHÂN DÂN
TỈNH BÌNH AN
Số: 30/GM-UBND
Bình An, ngày 10 tháng 02 năm 2026
GIẤY MỜI
Họp đánh giá công tác chuyển đổi số năm 2025
1. Chủ trì: Đồng chí Trần Văn B - Phó Chủ tịch UBND tỉnh.
2. Thành phần mời: Đại diện lãnh đạo các sở, ngành thuộc tỉnh.
3. Nội dung: Họp đánh giá công tác chuyển đổi số năm 2025 và triển khai nhiệm vụ năm 2026.
4. Thời gian: từ 08h00 ngày 13/02/2026.
5. Địa điểm: Hội trường tầng 2 - Trung tâm Hành chính tỉnh.
6. Phân công chuẩn bị:
- Giao Sở Khoa học và Công nghệ chuẩn bị báo cáo kết quả chuyển đổi số năm 2025.
- Văn phòng UBND tỉnh chuẩn bị hội trường và các điều kiện phục vụ cuộc họp.
Đề nghị các đồng chí dự họp đúng thành phần, thời gian./.
Nơi nhận:
- Như trên;
- Lưu: VT.
TL. CHỦ TỊCH
CHÁNH VĂN PHÒNG
Lê Văn C
"""


def test_an_invitations_content_point_is_its_agenda() -> None:
    tasks = task_summaries(_INVITATION)
    assert "3" not in tasks
    assert sorted(tasks) == ["6-1", "6-2"]
