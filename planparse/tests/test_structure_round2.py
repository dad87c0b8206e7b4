"""Rules of how Vietnamese administrative plans are written, second round: label lines of a law-implementation
plan, timing over dated milestones, assessment sections, recurring reports and budgets.
Snippets are written in the general style of each family (not copied from the corpus)."""

from __future__ import annotations

import datetime as dt

from planparse import ParsedPlan, parse_plan
from planparse.model import PlanItem


def _tasks(plan: ParsedPlan) -> dict[str, PlanItem]:
    return {t.ref: t for t in plan.tasks()}


LAW_PLAN = """ỦY BAN NHÂN DÂN TỈNH X
Số: 12/KH-UBND
KẾ HOẠCH
Triển khai thi hành Luật Y
I. MỤC ĐÍCH, YÊU CẦU
1. Triển khai kịp thời, đồng bộ.
II. NỘI DUNG
1. Xây dựng văn bản quy định chi tiết
- Quyết định quy định về quản lý hồ sơ
+ Cơ quan chủ trì: Sở Tư pháp.
+ Cơ quan phối hợp: các sở, ngành liên quan.
+ Thời hạn ban hành: trước ngày 30 tháng 6 năm 2026.
2. Rà soát văn bản quy phạm pháp luật của tỉnh
- Nội dung: rà soát các văn bản có liên quan đến Luật.
- Cơ quan thực hiện: các sở, ngành.
- Thời gian thực hiện:
+ Các sở, ngành gửi kết quả rà soát về Sở Tư pháp trước ngày 15 tháng 3 năm 2026.
+ Sở Tư pháp tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 31 tháng 3 năm 2026.
"""


def test_issuing_deadline_label_is_a_field_not_a_task() -> None:
    """ "Thời hạn ban hành:" is the time label of the bullet above it, like "Thời gian thực hiện:"."""
    tasks = _tasks(parse_plan(LAW_PLAN))
    assert "II.1-1" in tasks and not any(ref.startswith("II.1-1.+") for ref in tasks)
    assert tasks["II.1-1"].deadline.date == dt.date(2026, 6, 30)
    assert tasks["II.1-1"].lead == ["Sở Tư pháp"]


def test_empty_time_label_over_dated_milestones() -> None:
    """A "Thời gian thực hiện:" label with no value is timed by its "+" lines: each dated line is a milestone
    task with its own owner, and the block's deadline is the last of them."""
    tasks = _tasks(parse_plan(LAW_PLAN))
    assert tasks["II.2"].deadline.date == dt.date(2026, 3, 31)
    assert tasks["II.2-3.+1"].deadline.date == dt.date(2026, 3, 15)
    assert tasks["II.2-3.+2"].lead == ["Sở Tư pháp"]
