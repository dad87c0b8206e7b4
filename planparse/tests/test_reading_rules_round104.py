"""Round 104: a deadline written in the other words real plans use for it (the brittleness bench's `deadlines`
rewriting). An owner's name ends where "chậm nhất" (at the latest) opens its timing, as it ends at "trước"; the six
months of a year read the same with their count written "06"."""

from __future__ import annotations

from planparse.deadlines import find_deadline, parse_deadline
from planparse.tests.reading import LETTERHEAD, items_by_ref


def test_an_owners_name_ends_where_cham_nhat_opens_its_timing() -> None:
    for cue in ("chậm nhất", "trước"):
        text = "\n".join(
            [
                *LETTERHEAD,
                "I. NHIỆM VỤ",
                f"1. Giao Phó Thủ tướng Chính phủ Trần Văn Bình {cue} ngày 15 tháng 11 năm 2027 trực tiếp kiểm tra, đôn "
                "đốc các cơ quan liên quan giải quyết vướng mắc của dự án.",
                "",
            ]
        )
        item = items_by_ref(text)["I.1"]
        assert item.lead == ["Phó Thủ tướng Chính phủ Trần Văn Bình"], cue
        assert str(item.deadline.date) == "2027-11-15", cue


def test_six_months_of_a_year_written_with_its_zero() -> None:
    for count in ("6", "06", "sáu"):
        found = find_deadline(f"Hoàn thành việc số hóa hồ sơ trong {count} tháng cuối năm 2027.")
        assert str(found.date) == "2027-12-31", count
        cell = parse_deadline(f"{count} tháng đầu năm 2027")
        assert str(cell.date) == "2027-06-30", count
