import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from trithuc.registry.collation import name_sort_key
from trithuc.registry.models import Intellectual
from trithuc.registry.tests.factories import person

ALPHABET = [
    "a",
    "ă",
    "â",
    "b",
    "c",
    "d",
    "đ",
    "e",
    "ê",
    "g",
    "h",
    "i",
    "k",
    "l",
    "m",
    "n",
    "o",
    "ô",
    "ơ",
    "p",
    "q",
    "r",
    "s",
    "t",
    "u",
    "ư",
    "v",
    "x",
    "y",
]


def test_vietnamese_letters_sort_in_alphabet_order():
    names = [f"Lê {letter}n" for letter in ALPHABET]
    assert sorted(reversed(names), key=name_sort_key) == names


def test_letters_decide_before_tones_and_tones_follow_dictionary_order():
    # base letters over the whole word first ("Anh" before "Ăn"), then huyền < hỏi < ngã < sắc < nặng
    assert sorted(["Lê Ăn", "Lê Anh"], key=name_sort_key) == ["Lê Anh", "Lê Ăn"]
    toned = ["Lê Ha", "Lê Hà", "Lê Hả", "Lê Hã", "Lê Há", "Lê Hạ"]
    assert sorted(reversed(toned), key=name_sort_key) == toned


def test_given_name_first_then_family_and_middle_names():
    names = ["Trần Văn Bình", "Nguyễn Thị An", "Lê Đức Bình", "Đỗ An"]
    assert sorted(names, key=name_sort_key) == ["Đỗ An", "Nguyễn Thị An", "Lê Đức Bình", "Trần Văn Bình"]


def test_old_and_new_tone_placement_sort_together():
    assert name_sort_key("Lê Thị Hoà") == name_sort_key("Lê Thị Hòa")


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(["Anh", "Ăn", "Ân", "Bảo", "Đạt", "Dũng", "Ơn", "Ông", "Uy", "Ưng"]),
        min_size=1,
        max_size=4,
    )
)
def test_sort_key_is_a_total_order_consistent_with_the_python_key(words):
    name = " ".join(words)
    assert name_sort_key(name) == name_sort_key(name)
    assert isinstance(name_sort_key(name), str)


@pytest.mark.django_db
def test_database_orders_people_the_vietnamese_way():
    for name in ["Trần Văn Ba", "Lê Thị Ăn", "Nguyễn Anh", "Phạm Văn Ân", "Hồ Đạt", "Võ Dũng"]:
        person(name)
    listed = list(Intellectual.objects.order_by("sort_key").values_list("full_name", flat=True))
    assert listed == ["Nguyễn Anh", "Lê Thị Ăn", "Phạm Văn Ân", "Trần Văn Ba", "Võ Dũng", "Hồ Đạt"]
