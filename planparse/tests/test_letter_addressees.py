"""The addressees under "Kính gửi:" are the letter's header, however long a dash runs (a wrapped list of bodies)."""

from __future__ import annotations

from planparse import parse_plan

LETTER = """ỦY BAN NHÂN DÂN TỈNH KHÁNH AN
Số: 81 /UBND-KT
V/v kiểm tra, xác minh kiến nghị của doanh nghiệp
Kính gửi:
- Các Sở: Nông nghiệp và Môi trường, Xây dựng, Công Thương, Tài chính, Tư pháp;
- Ủy ban nhân dân xã Văn Bình.
Ủy ban nhân dân tỉnh nhận được văn bản của Công ty TNHH An Bình về việc lấn chiếm đất hoạt động khoáng sản.
Chủ tịch Ủy ban nhân dân tỉnh giao Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Sở Xây dựng tổ chức xác minh, xử lý nghiêm các vi phạm (nếu có), báo cáo kết quả trước ngày 30/8/2026.
Nơi nhận:
- Như trên;
"""


def test_a_long_addressee_dash_is_not_a_task() -> None:
    items = parse_plan(LETTER).items
    tasks = [i for i in items if i.kind == "task"]
    assert not any("Công Thương, Tài chính" in t.text for t in tasks)
    assert not any(t.text.startswith("Ủy ban nhân dân xã Văn Bình") for t in tasks)
    assert any("Sở Nông nghiệp và Môi trường chủ trì" in t.text for t in tasks)
