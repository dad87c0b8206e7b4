"""A ministry whose name holds a comma stays one ministry in a list of ministries."""

from __future__ import annotations

from planparse.apparatus import is_ministry, rejoin_ministries
from planparse.owners import split_agencies


def test_ministry_names_are_known_in_either_spelling() -> None:
    assert is_ministry("Văn hóa, Thể thao và Du lịch")
    assert is_ministry("Văn hoá,  Thể thao và Du lịch")
    assert is_ministry("Tài chính")
    assert not is_ministry("Văn hóa")
    assert not is_ministry("Thể thao và Du lịch")


def test_parts_of_one_name_are_joined_and_others_kept() -> None:
    parts = ["Văn hóa", "Thể thao và Du lịch", "Tài chính", "Xây dựng"]
    assert rejoin_ministries(parts) == ["Văn hóa, Thể thao và Du lịch", "Tài chính", "Xây dựng"]
    assert rejoin_ministries(["Văn hóa", "Giáo dục"]) == ["Văn hóa", "Giáo dục"]


def test_a_distributive_list_of_ministries_keeps_a_comma_name_whole() -> None:
    assert split_agencies("Các Bộ: Văn hóa, Thể thao và Du lịch, Tài chính, Xây dựng") == [
        "Bộ Văn hóa, Thể thao và Du lịch",
        "Bộ Tài chính",
        "Bộ Xây dựng",
    ]
    assert split_agencies(
        "Các Bộ, cơ quan: Tài chính, Văn hóa, Thể thao và Du lịch, Văn phòng Chính phủ"
    ) == [
        "Bộ Tài chính",
        "Bộ Văn hóa, Thể thao và Du lịch",
        "Văn phòng Chính phủ",
    ]
    # not a ministry's name: the commas part bodies as before
    assert split_agencies("Các Cục: Di sản văn hóa, Bản quyền tác giả") == [
        "Cục Di sản văn hóa",
        "Cục Bản quyền tác giả",
    ]
