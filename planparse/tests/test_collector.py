"""The cycle collector waits while a plan is read and is back, as it was, when the read returns."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from planparse import parse_plan, parser

PLAN = "\n".join(
    ["ỦY BAN NHÂN DÂN TỈNH X", "KẾ HOẠCH", "Thực hiện chuyển đổi số năm 2026", "I. NHIỆM VỤ"]
    + [
        f"{n}. Sở Nội vụ chủ trì rà soát hồ sơ đợt {n}, hoàn thành trước ngày 30/6/2026."
        for n in range(1, 80)
    ]
)


@pytest.fixture
def collections() -> Iterator[list[int]]:
    """Every collection that starts while the test runs, by generation."""
    started: list[int] = []

    def note(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            started.append(info["generation"])

    gc.callbacks.append(note)
    yield started
    gc.callbacks.remove(note)


def test_no_collection_starts_while_a_plan_is_read(collections: list[int]) -> None:
    gc.collect()
    collections.clear()
    plan = parse_plan(PLAN)
    during = len(collections)  # read before anything is made: the next object made may start one
    assert during == 0
    assert len([i for i in plan.items if i.kind == "task"]) == 79  # the read did its work
    assert gc.isenabled()


def test_a_collector_turned_off_by_the_caller_stays_off() -> None:
    gc.disable()
    try:
        parse_plan(PLAN)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_collector_is_back_after_a_read_that_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(text: str) -> None:
        raise RuntimeError("hỏng")

    monkeypatch.setattr(parser, "build_tree", broken)
    with pytest.raises(RuntimeError):
        parse_plan(PLAN)
    assert gc.isenabled()
