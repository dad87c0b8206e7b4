"""Round 122: label lines under an item that only say who does it ("- Cơ quan chủ trì: …", "- Cơ quan phối hợp: …")
are none of its work: the item's clauses still split into its tasks, each with its own deadline, as they do when
the item names its owner in its own words. A label of time times the whole item (no split).
Snippets are made up in the style of a ministry's conclusion notice (not copied from the corpus)."""

from __future__ import annotations

import datetime as dt

from planparse import parse_plan
from planparse.tests.reading import tasks_by_ref

PLAN = """VĂN PHÒNG CHÍNH PHỦ
Số: 700/TB-VPCP
THÔNG BÁO
Kết luận của Trưởng Ban Chỉ đạo
III. NHIỆM VỤ TRỌNG TÂM
1. Các bộ, ngành tập trung thực hiện các nhiệm vụ sau:
a) Xây dựng cơ sở dữ liệu văn bằng, chứng chỉ, hoàn thành trước ngày 15 tháng 11 năm 2026; hướng dẫn các địa phương số hoá sổ gốc văn bằng, hoàn thành trong tháng 12 năm 2026.
- Cơ quan chủ trì: Bộ Giáo dục và Đào tạo.
- Cơ quan phối hợp: Bộ Công an.
b) Rà soát thủ tục hành chính về đất đai, hoàn thành trước ngày 30 tháng 9 năm 2026; đề xuất phương án cắt giảm thủ tục, hoàn thành trong quý IV năm 2026.
- Cơ quan chủ trì: Bộ Nông nghiệp và Môi trường.
- Thời gian thực hiện: Năm 2026.
"""


def test_who_labels_under_an_item_leave_its_clauses_to_split() -> None:
    tasks = tasks_by_ref(parse_plan(PLAN))
    assert tasks["III.1.a"].deadline.date == dt.date(2026, 11, 15)
    assert tasks["III.1.a[2]"].deadline.date == dt.date(2026, 12, 31)
    assert tasks["III.1.a"].lead == tasks["III.1.a[2]"].lead == ["Bộ Giáo dục và Đào tạo"]


def test_a_time_label_still_keeps_the_item_whole() -> None:
    tasks = tasks_by_ref(parse_plan(PLAN))
    assert "III.1.b" in tasks and "III.1.b[2]" not in tasks
