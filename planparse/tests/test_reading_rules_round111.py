"""Round 111 (set 65 read as seen): a timing cell "2026 và những năm tiếp theo" (the bare year without "Năm") is
read as "Năm 2026 và các năm tiếp theo" is: the first year's end, then yearly (synthetic texts)."""

from __future__ import annotations

from planparse.deadlines import parse_deadline
from planparse.tests.reading import appendix_resolution, items_by_ref

RESOLUTION = appendix_resolution(
    "1 | Rà soát, đánh giá tình hình thực hiện quy định về du lịch cộng đồng | Bộ Văn hóa, Thể thao và Du lịch | "
    "Các bộ, ngành | Báo cáo | 2026 và những năm tiếp theo",
    "2 | Kết nối, chia sẻ dữ liệu về cơ sở lưu trú du lịch | Bộ Công an | Các địa phương | Dữ liệu | "
    "2027 và các năm tiếp theo",
)


def test_bare_year_and_the_following_years_is_that_year_then_yearly() -> None:
    """Rows 1 and 2 time their work "2026 và những năm tiếp theo", "2027 và các năm tiếp theo": due at the end of
    the year named, then yearly."""
    items = items_by_ref(RESOLUTION)
    for ref, day in (("PL.1", "2026-12-31"), ("PL.2", "2027-12-31")):
        dl = items[ref].deadline
        assert dl.date is not None and dl.date.isoformat() == day
        assert dl.recurrence == "yearly"


def test_a_bare_year_inside_prose_stays_undated() -> None:
    """Guard: the bare year is read only where it opens the timing; "số liệu 2026 và các năm tiếp theo" later in a
    sentence dates nothing."""
    dl = parse_deadline("Tổng hợp số liệu 2026 và các năm tiếp theo")
    assert dl.date is None
