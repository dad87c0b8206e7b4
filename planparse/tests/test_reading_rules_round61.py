"""Round 61 (deadlines): a law or a plan named and then "trong năm X" — the work on it is due within that year, as
"trong" a quarter or a month already was; a name gives its year bare or as a horizon, never "trong năm". A clause that
calls the work something of that year ("… là nhiệm vụ trọng tâm trong năm X") ranks it and is not timed. Made-up
sentences, each test failing without its rule."""

from __future__ import annotations

from planparse.deadlines import find_deadline


def test_a_named_law_then_trong_one_year_is_due_that_year() -> None:
    d = find_deadline(
        "Khẩn trương trình Hội đồng nhân dân sửa đổi Luật Thủy lợi trong năm 2027; báo cáo kết quả."
    )
    assert d.date is not None and d.date.isoformat() == "2027-12-31"


def test_a_named_plan_then_trong_one_year_is_due_that_year() -> None:
    d = find_deadline("Tham mưu điều chỉnh Kế hoạch phát triển chăn nuôi bền vững trong năm 2026.")
    assert d.date is not None and d.date.isoformat() == "2026-12-31"


def test_the_year_of_a_rank_is_not_a_deadline() -> None:
    d = find_deadline(
        "Các đơn vị xác định việc hoàn thiện Quy hoạch vùng chăn nuôi tập trung là nhiệm vụ trọng tâm trong năm 2026."
    )
    assert d.date is None
