"""Round 28 (seen misses): step plans numbered "2.1.a.", a step's closing timing line and the step body that names
its actor (synthetic texts)."""

from __future__ import annotations

from planparse.owners import subject_owners
from planparse.tests.reading import items_by_ref

STEPS = (
    "ỦY BAN NHÂN DÂN TỈNH AN GIANG\nSố: 77/KH-UBND\nKẾ HOẠCH\nHỗ trợ sửa chữa nhà văn hóa thôn\n"
    "I. MỤC ĐÍCH\n"
    "Bảo đảm các thôn có nhà văn hóa đạt chuẩn.\n"
    "II. TRÌNH TỰ THỰC HIỆN\n"
    "1. Các bước thực hiện\n"
    "1.1. Bước 1:\n"
    "1.1.a. Thành lập Tổ công tác:\n"
    "Ủy ban nhân dân các xã thành lập Tổ công tác sửa chữa nhà văn hóa thôn.\n"
    "1.1.b. Lập danh sách:\n"
    "Phòng Văn hóa - Xã hội tổng hợp danh sách nhà văn hóa cần sửa chữa.\n"
    "Thời gian hoàn tất: trước ngày 15 tháng 3 năm 2026.\n"
    "1.2. Bước 2: Lập dự toán sửa chữa nhà văn hóa.\n"
    "Trên cơ sở danh sách của các xã, Sở Tài chính chủ trì, phối hợp với Sở Xây dựng lập dự toán sửa chữa.\n"
    "Thời gian hoàn tất: trước ngày 30 tháng 4 năm 2026.\n"
    "1.3. Bước 3: Phân bổ kinh phí.\n"
    "Sau khi Ủy ban nhân dân tỉnh phê duyệt dự toán sửa chữa nhà văn hóa và quyết định mức hỗ trợ từ ngân sách "
    "tỉnh cho từng thôn, Sở Kế hoạch và Đầu tư phân bổ kinh phí cho các xã.\n"
    "Thời gian hoàn tất: trước ngày 31 tháng 5 năm 2026.\n"
    "III. TỔ CHỨC THỰC HIỆN\n"
    "1. Sở Văn hóa, Thể thao và Du lịch theo dõi, đôn đốc việc thực hiện Kế hoạch.\n"
)


def test_letter_after_a_dotted_number_is_one_level_below_it() -> None:
    """ "1.1.a. Thành lập Tổ công tác:" is the first part of step 1.1, not a paragraph of it."""
    items = items_by_ref(STEPS)
    assert items["II.1.1.a"].kind == "task"
    assert items["II.1.1.a"].lead == ["Ủy ban nhân dân các xã"]
    assert items["II.1.1.b"].lead == ["Phòng Văn hóa - Xã hội"]


def test_closing_timing_line_dates_every_part_of_the_step() -> None:
    """The step's closing "Thời gian hoàn tất" line follows its last part but times the whole step."""
    items = items_by_ref(STEPS)
    assert str(items["II.1.1.a"].deadline.date) == "2026-03-15"
    assert str(items["II.1.1.b"].deadline.date) == "2026-03-15"


def test_step_body_names_the_steps_owner() -> None:
    """A step titled by its work takes the subject of the paragraph under it, after an opening basis or condition."""
    items = items_by_ref(STEPS)
    assert items["II.1.2"].lead == ["Sở Tài chính"]
    assert items["II.1.2"].coordinators == ["Sở Xây dựng"]
    assert items["II.1.2"].lead_source == "explicit"
    assert items["II.1.3"].lead == ["Sở Kế hoạch và Đầu tư"]


def test_long_condition_before_the_subject() -> None:
    owners = subject_owners(
        "Sau khi Ủy ban nhân dân tỉnh phê duyệt dự toán sửa chữa nhà văn hóa và quyết định mức hỗ trợ từ ngân sách "
        "tỉnh cho từng thôn, Sở Kế hoạch và Đầu tư phân bổ kinh phí cho các xã."
    )
    assert owners is not None and owners.lead == ["Sở Kế hoạch và Đầu tư"]
