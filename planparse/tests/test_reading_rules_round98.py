"""Round 98 (bench/metamorphic.py's `appendix`): an appendix after the body and the signature whose rows, numbered 1..N
under Roman group rows or not, restate the undated body items in fewer or other words and carry their owners and
timing, is read as the corpus's rows-and-body-items convention asks, by the rules that were there (rounds 92, 97 and
`_merge_into_body`): each item takes its row's owner and deadline, and no row is a task of its own. A guard, no new
rule: the made-up plan below is read so on main."""

from __future__ import annotations

import pytest

from planparse.tests.reading import LETTERHEAD as _HEAD
from planparse.tests.reading import items_by_ref

_BODY = [
    "Rà soát, sửa đổi quy chế quản lý cụm công nghiệp trên địa bàn tỉnh, bảo đảm phù hợp với quy định mới.",
    "Nghiên cứu, đề xuất cơ chế hỗ trợ doanh nghiệp đầu tư hạ tầng kỹ thuật cụm công nghiệp.",
    "Xây dựng và tổ chức triển khai kế hoạch kết nối giao thông đến các cụm công nghiệp phía tây tỉnh.",
    "Đầu tư hệ thống xử lý nước thải tập trung cho các cụm công nghiệp đang hoạt động.",
]
# each row in other words than its item: the product named, the verbs left out or changed, words dropped
_ROWS = [
    "Sửa đổi Quy chế quản lý cụm công nghiệp | Sở Công Thương | Sở Tư pháp | Quý II/2026",
    "Cơ chế hỗ trợ đầu tư hạ tầng cụm công nghiệp | Sở Tài chính | Sở Công Thương | Quý III/2026",
    "Kế hoạch kết nối giao thông đến cụm công nghiệp | Sở Xây dựng | UBND các xã | Năm 2026",
    "Hệ thống xử lý nước thải cụm công nghiệp | Sở Nông nghiệp và Môi trường | Sở Công Thương | Quý IV/2026",
]
_LEADS = ["Sở Công Thương", "Sở Tài chính", "Sở Xây dựng", "Sở Nông nghiệp và Môi trường"]
_TIMES = [row.rsplit(" | ", 1)[1] for row in _ROWS]


@pytest.mark.parametrize("marker", ["number", "dash"])
@pytest.mark.parametrize("groups", [False, True])
def test_rows_of_an_appendix_after_the_body_date_the_items_they_restate(marker: str, groups: bool) -> None:
    body = [f"{k}. {t}" if marker == "number" else f"- {t}" for k, t in enumerate(_BODY, 1)]
    rows = []
    for k, row in enumerate(_ROWS, 1):
        if groups and k in (1, 3):
            rows.append("I. HOÀN THIỆN THỂ CHẾ" if k == 1 else "II. PHÁT TRIỂN HẠ TẦNG")
        rows.append(f"{k} | {row}")
    items = items_by_ref(
        "\n".join(
            [
                *_HEAD,
                "II. NHIỆM VỤ TRỌNG TÂM",
                *body,
                "III. TỔ CHỨC THỰC HIỆN",
                "Các sở, ngành căn cứ nhiệm vụ được giao tại Phụ lục kèm theo tổ chức thực hiện.",
                "Nơi nhận: - Như trên; - Lưu: VT.",
                "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn A",
                "PHỤ LỤC",
                "DANH MỤC NHIỆM VỤ",
                "(Kèm theo Kế hoạch số 21/KH-UBND ngày 10/01/2026 của UBND tỉnh)",
                "STT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian thực hiện",
                *rows,
            ]
        )
    )
    refs = [f"II.{k}" if marker == "number" else f"II-{k}" for k in range(1, 5)]
    got = [(items[r].lead[:1], items[r].deadline and items[r].deadline.text) for r in refs]
    assert got == [([lead], time) for lead, time in zip(_LEADS, _TIMES, strict=True)]
    assert not [i.ref for i in items.values() if i.ref.startswith("PL") and i.kind == "task"]
