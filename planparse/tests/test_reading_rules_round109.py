"""Round 109 (set 65, released in round 105): a list of bodies written by their initials ("VTV, VOV, TTXVN") names
each body, as a list of names does; initials after a full name stay part of it ("Sở GD&ĐT, KH&CN" is not read as two
bodies by this rule)."""

from __future__ import annotations

from planparse.owners import split_agencies


def test_a_list_of_initials_names_each_body() -> None:
    assert split_agencies("VTV, VOV, TTXVN") == ["VTV", "VOV", "TTXVN"]
    assert split_agencies("VTV, VOV và các địa phương") == ["VTV", "VOV", "các địa phương"]


def test_initials_after_a_full_name_are_left_to_the_other_rules() -> None:
    assert split_agencies("Sở GD&ĐT, KH&CN") == ["Sở GD&ĐT, KH&CN"]
