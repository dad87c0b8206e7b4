"""Round 117 (set 65, released in round 105): a body item whose words carry "hằng năm" ("… kế hoạch công tác hằng năm
của cơ quan") restated by a table row timed "6/2025" or "Quý II/2025" takes the row's timing whole: a month or a quarter
holds no second turn of a yearly cycle, so the cycle was the words of a thing the task names. A row of a run of years
("Năm 2025-2030") still bounds the body's cycle (round 15). Synthetic texts, another matter."""

from __future__ import annotations

import datetime as dt

import pytest

from planparse.tests.reading import LETTERHEAD, items_by_ref

BODY = (
    "I. MỤC TIÊU\nNâng cao chất lượng dịch vụ công trực tuyến.\n"
    "II. NHIỆM VỤ\n"
    "1. Quy định trách nhiệm đưa nội dung chuyển đổi số vào chương trình, kế hoạch công tác hằng năm của cơ quan,"
    " đơn vị.\n"
    "2. Tổ chức tập huấn kỹ năng số cho cán bộ, công chức cấp xã.\n"
    "III. TỔ CHỨC THỰC HIỆN\nCác cơ quan thực hiện các nhiệm vụ tại Phụ lục kèm theo.\n"
    "PHỤ LỤC\nDANH MỤC NHIỆM VỤ\n"
    "TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành\n"
    "1 | Quy định trách nhiệm đưa nội dung chuyển đổi số vào chương trình, kế hoạch công tác hằng năm của cơ quan,"
    " đơn vị | Sở Nội vụ | Các sở, ngành | {timing}\n"
    "2 | Tổ chức tập huấn kỹ năng số cho cán bộ, công chức cấp xã | Sở Khoa học và Công nghệ | UBND các xã |"
    " Năm 2027\n"
)


def _item(timing: str):
    items = items_by_ref("\n".join(LETTERHEAD) + "\n" + BODY.replace("{timing}", timing))
    return items["II.1"]


@pytest.mark.parametrize(
    ("timing", "due"), [("6/2027", dt.date(2027, 6, 30)), ("Quý II/2027", dt.date(2027, 6, 30))]
)
def test_a_row_of_one_month_or_quarter_drops_the_body_words_cycle(timing: str, due: dt.date) -> None:
    item = _item(timing)
    assert item.kind == "task" and item.lead == ["Sở Nội vụ"]
    assert item.deadline.date == due
    assert item.deadline.recurrence is None


def test_a_row_of_a_run_of_years_still_bounds_the_cycle() -> None:
    """Guard (round 15): "Năm 2027-2030" holds several turns: the item recurs yearly and is due at the run's end."""
    item = _item("Năm 2027-2030")
    assert item.deadline.recurrence == "yearly"
    assert item.deadline.date == dt.date(2030, 12, 31)
