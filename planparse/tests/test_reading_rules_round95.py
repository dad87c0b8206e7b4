"""Round 95 (set 61): the rows of an appendix task table that share out one body item (round 93), each now the note of
its part, still say who does the field they take: an owner-less item of that field beside the shared-out item takes
its owner from them, as from rows left tasks (synthetic texts, another matter)."""

from __future__ import annotations

from planparse.tests.reading import items_by_ref


def test_rows_of_a_shared_out_item_still_lend_their_owners() -> None:
    """Round 93's plan with an owner-less item beside the item its rows I.4-I.6 share out by field: the item on
    medical waste in hospitals and clinics takes Sở Y tế from row I.4 (the field "cơ sở y tế"), the row that names
    who does that field, though the row is now the note of its part."""
    from planparse.tests.test_reading_rules_round93 import PLAN as SHARED

    plan = SHARED.replace(
        "- Nâng cấp bãi chôn lấp",
        "- Hướng dẫn bệnh viện, trạm y tế và các cơ sở y tế phân loại chất thải y tế nguy hại tại nguồn.\n"
        "- Nâng cấp bãi chôn lấp",
    )
    items = items_by_ref(plan)
    assert items["PL.I.4"].same_as == ["II.1-2"]
    assert items["II.1-3"].text.startswith("Hướng dẫn bệnh viện")
    assert items["II.1-3"].lead == ["Sở Y tế"]
    assert items["PL.I.4"].implements == []
