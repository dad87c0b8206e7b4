"""Helpers of the reading-rule tests: a plan's items by the ref a reader cites them by."""

from planparse import parse_plan
from planparse.model import ParsedPlan, PlanItem

# a made-up province's plan: its letterhead and title (rounds 92 and 97)
LETTERHEAD = [
    "ỦY BAN NHÂN DÂN TỈNH AN LẠC",
    "Số: 42/KH-UBND",
    "An Lạc, ngày 10 tháng 3 năm 2027",
    "KẾ HOẠCH",
    "Phát triển kinh tế số tỉnh An Lạc năm 2027",
]


def items_by_ref(text: str) -> dict[str, PlanItem]:
    return {i.ref: i for i in parse_plan(text).items}


def notice_items(header: str, body: str) -> dict[str, PlanItem]:
    """The items of a notice made of `header`, `body` and the "Nơi nhận:" that closes it."""
    return items_by_ref(header + body + "Nơi nhận:\n")


def task_refs(items: dict[str, PlanItem]) -> set[str]:
    """The refs of the items read as tasks."""
    return {ref for ref, item in items.items() if item.kind == "task"}


def task_dates(items: dict[str, PlanItem]) -> dict[str, str | None]:
    """The deadline date (ISO) of each item read as a task, by ref."""
    return {
        ref: (i.deadline.date.isoformat() if i.deadline.date else None)
        for ref, i in items.items()
        if i.kind == "task"
    }


def task_summaries(text: str) -> dict[str, tuple[str, list[str], str | None]]:
    """Each task of the plan `text` by ref: its text, its owners and its deadline date (ISO)."""
    return {
        i.ref: (i.text, i.lead, i.deadline.date.isoformat() if i.deadline.date else None)
        for i in parse_plan(text).items
        if i.kind == "task"
    }


def tasks_by_ref(plan: ParsedPlan) -> dict[str, PlanItem]:
    return {t.ref: t for t in plan.tasks()}


def appendix_resolution(*rows: str) -> str:
    """A Government resolution whose whole task list is its appendix table: title and note on one line after the
    signature, a header naming every column's role, then `rows` ("1 | Tên | Chủ trì | Phối hợp | Kết quả | Thời gian")."""
    return (
        "CHÍNH PHỦ\nSố: 41/NQ-CP\nHà Nội, ngày 02 tháng 3 năm 2026\nNGHỊ QUYẾT\n"
        "Bổ sung nhiệm vụ trong Chương trình hành động của Chính phủ về phát triển du lịch\n"
        "QUYẾT NGHỊ:\n"
        "Điều 1. Ban hành kèm theo Nghị quyết này Phụ lục danh mục các nhiệm vụ bổ sung.\n"
        "Điều 2. Nghị quyết này có hiệu lực thi hành kể từ ngày ký ban hành.\n"
        "TM. CHÍNH PHỦ\nTHỦ TƯỚNG\nNguyễn Văn A\n"
        "Phụ lục DANH MỤC CÁC NHIỆM VỤ BỔ SUNG VỀ PHÁT TRIỂN DU LỊCH "
        "(Kèm theo Nghị quyết số 41/NQ-CP ngày 02 tháng 3 năm 2026 của Chính phủ)\n"
        "TT | Tên nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Kết quả | Thời gian hoàn thành\n"
        + "".join(row + "\n" for row in rows)
    )
