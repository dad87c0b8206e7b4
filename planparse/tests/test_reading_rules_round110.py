"""Round 110 (found by the brittleness bench's `arabic` rewriting on set 65): a task table whose STT cells read "1)" or
"(1)" numbers its rows as one whose cells read "1." or "1" does; before, such a row was read as no row at all and the
table's tasks were lost (synthetic texts, another matter)."""

from __future__ import annotations

import pytest

from planparse.tests.reading import items_by_ref, task_refs

PLAN = (
    "ỦY BAN NHÂN DÂN\nTỈNH AN BÌNH\nSố: 72/KH-UBND\nAn Bình, ngày 02 tháng 4 năm 2026\nKẾ HOẠCH\n"
    "Phát triển thương mại điện tử năm 2026\n"
    "I. MỤC TIÊU\nTăng số doanh nghiệp bán hàng trên sàn thương mại điện tử.\n"
    "II. TỔ CHỨC THỰC HIỆN\nCác sở, ngành thực hiện các nhiệm vụ tại Phụ lục kèm theo.\n"
    "Phụ lục\nDANH MỤC NHIỆM VỤ\n"
    "TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành\n"
    "I | Hạ tầng thương mại điện tử\n"
    "<1> | Xây dựng sàn thương mại điện tử của tỉnh | Sở Công Thương | Sở Khoa học và Công nghệ | Tháng 6/2026\n"
    "<2> | Tập huấn bán hàng trực tuyến cho hợp tác xã | Liên minh Hợp tác xã tỉnh | Sở Công Thương | Quý III/2026\n"
    "II | Thanh toán không dùng tiền mặt\n"
    "<3> | Mở rộng thanh toán điện tử tại chợ truyền thống | Ngân hàng Nhà nước chi nhánh khu vực | UBND các xã |"
    " Năm 2026\n"
)


def _plan(style: str) -> str:
    text = PLAN
    for n in (1, 2, 3):
        text = text.replace(f"<{n}> |", style.format(n=n) + " |")
    return text


@pytest.mark.parametrize("style", ["{n}.", "{n})", "({n})", "{n}"])
def test_rows_numbered_with_a_bracket_are_the_same_rows(style: str) -> None:
    items = items_by_ref(_plan(style))
    assert {"PL.I.1", "PL.I.2", "PL.II.3"} <= task_refs(items)
    assert items["PL.I.1"].lead == ["Sở Công Thương"]
    assert items["PL.II.3"].deadline is not None


def test_a_lettered_stt_cell_is_still_a_sub_row() -> None:
    """Guard: "a)" under row "1)" stays its sub-row (round 20), read as under row "1.", not a row the bracket rule
    renumbers."""

    def refs(style: str) -> set[str]:
        plan = _plan(style).replace(style.format(n=2) + " | Tập huấn", "a) | Tập huấn")
        return task_refs(items_by_ref(plan))

    assert refs("{n})") == refs("{n}.")
    assert any(r.endswith("1.a") for r in refs("{n})"))
