"""Round 45 (the seen documents still under task F1 0.90): "Phân công <whom> <verb>" hands work over as "Giao" does;
a letter's own promise of work after its list ("Bộ sẽ tổng kết …") is the sender's task (synthetic texts)."""

from __future__ import annotations

from planparse.tests.reading import items_by_ref, task_refs

RESOLUTION = (
    "CHÍNH PHỦ\nSố: 52/NQ-CP\nHà Nội, ngày 02 tháng 3 năm 2026\nNGHỊ QUYẾT\n"
    "Về chính sách của Luật sửa đổi, bổ sung một số điều của Luật Du lịch\n"
    "QUYẾT NGHỊ:\n"
    "Điều 1. Bộ Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với các bộ, cơ quan liên quan xây dựng dự án Luật, "
    "trình Chính phủ trước ngày 15 tháng 6 năm 2026.\n"
    "Điều 2. Phân công Phó Thủ tướng Chính phủ Lê Văn Bình chỉ đạo việc xây dựng, hoàn thiện dự án Luật.\n"
    "Điều 3. Nghị quyết này có hiệu lực thi hành kể từ ngày ký ban hành.\n"
    "TM. CHÍNH PHỦ\n"
)


def test_phan_cong_names_whom_it_hands_the_work_to() -> None:
    """ "Phân công Phó Thủ tướng Chính phủ Lê Văn Bình chỉ đạo …": the Deputy Prime Minister named is the lead, as after
    "Giao" (without the rule the item has no owner: "Phó Thủ tướng" is no head word the names start with)."""
    items = items_by_ref(RESOLUTION)
    assert "Điều 2" in task_refs(items)
    assert items["Điều 2"].lead == ["Phó Thủ tướng Chính phủ Lê Văn Bình"]


def test_phan_cong_of_work_names_no_body() -> None:
    """ "Phân công nhiệm vụ …" (the work, in lower case) hands nothing to a body named after it."""
    items = items_by_ref(
        RESOLUTION.replace(
            "Phân công Phó Thủ tướng Chính phủ Lê Văn Bình chỉ đạo",
            "Phân công nhiệm vụ cụ thể cho từng thành viên trong việc",
        )
    )
    assert "Phó Thủ tướng" not in " ".join(items["Điều 2"].lead)
