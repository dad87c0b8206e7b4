"""Round 45 (the seen documents still under task F1 0.90): round 43's reading of a body answering for the accuracy of
what it hands in also holds where the body is a kind of unit named by what it does, no head word the owners know
("Cơ sở giáo dục nghề nghiệp chịu trách nhiệm về tính chính xác …") (synthetic texts)."""

from __future__ import annotations

from planparse.tests.reading import items_by_ref, task_refs

RESOLUTION = (
    "CHÍNH PHỦ\nSố: 61/NQ-CP\nHà Nội, ngày 02 tháng 3 năm 2026\nNGHỊ QUYẾT\n"
    "Về việc thanh toán kinh phí hỗ trợ đào tạo nghề năm 2024\n"
    "QUYẾT NGHỊ:\n"
    "Điều 1. Kinh phí hỗ trợ đào tạo nghề năm 2024 được thanh toán từ nguồn dự phòng ngân sách trung ương.\n"
    "Điều 2. Tổ chức thực hiện\n"
    "1. Nghị quyết này có hiệu lực kể từ ngày ký ban hành.\n"
    "2. Giao Bộ Giáo dục và Đào tạo hướng dẫn các địa phương thanh toán kinh phí, xong trước ngày 30 tháng 6 năm 2026.\n"
    "3. Cơ sở giáo dục nghề nghiệp chịu trách nhiệm về tính chính xác của số liệu học viên đã đề nghị thanh toán, "
    "đúng đối tượng, đúng hồ sơ.\n"
    "TM. CHÍNH PHỦ\n"
)


def test_a_unit_named_by_what_it_does_answering_for_accuracy_is_no_task() -> None:
    """ "Cơ sở giáo dục nghề nghiệp chịu trách nhiệm về tính chính xác …": an accountability statement, no task
    (without the rule round 43's reading wants a body the owners know as its subject, and the item stays a task)."""
    items = items_by_ref(RESOLUTION)
    assert task_refs(items) == {"Điều 2.2"}


def test_a_subject_with_a_verb_of_work_is_read_as_before() -> None:
    """ "Tổ chức kiểm tra, …" opens with work: not a unit's name, the item stays what it was."""
    items = items_by_ref(
        RESOLUTION.replace(
            "Cơ sở giáo dục nghề nghiệp chịu trách nhiệm",
            "Tổ chức kiểm tra số liệu học viên và chịu trách nhiệm",
        )
    )
    assert "Điều 2.3" in task_refs(items)
