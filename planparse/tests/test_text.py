from __future__ import annotations

import unicodedata

import pytest

from planparse.text import agency_key, fix_tone_placement, nfc, search_key, strip_accents


def test_nfc_composes() -> None:
    decomposed = unicodedata.normalize("NFD", "Nguyễn")
    assert nfc(decomposed) == "Nguyễn"


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("hoá", "hóa"),
        ("thuỷ", "thủy"),
        ("Hoà", "Hòa"),
        ("HOÁ", "HÓA"),
        ("Uỷ ban", "Ủy ban"),
        ("khoẻ", "khỏe"),
        ("kế hoạch", "kế hoạch"),
        ("quý II", "quý II"),
    ],
)
def test_tone_placement(old: str, new: str) -> None:
    assert fix_tone_placement(old) == new


def test_strip_accents() -> None:
    assert strip_accents("Nguyễn Văn Á") == "Nguyen Van A"
    assert strip_accents("Đồng Tháp đ") == "Dong Thap d"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Sở KH&CN", "Sở Khoa học và Công nghệ"),
        ("Sở KHCN", "sở khoa học và công nghệ"),
        ("UBND tỉnh", "Ủy ban nhân dân tỉnh"),
        ("Uỷ ban nhân dân Tỉnh", "UBND tỉnh"),
        ("Sở Văn hoá, Thể thao và Du lịch", "Sở VHTTDL"),
        ("Sở GD&ĐT", "Sở Giáo dục và Đào tạo"),
        ("Sở KH&ĐT.", "Sở Kế hoạch và Đầu tư"),
        ("Sở TT&TT", "Sở Thông tin và Truyền thông"),
        ("Sở LĐTBXH", "Sở Lao động - Thương binh và Xã hội"),
        ("Sở NN&PTNT", "Sở Nông nghiệp và Phát triển nông thôn"),
        ("Sở TN&MT", "Sở Tài nguyên và Môi trường"),
        ("HĐND tỉnh", "Hội đồng nhân dân tỉnh"),
        ("LHH tỉnh", "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh"),
        ("  Sở   Nội vụ; ", "sở nội vụ"),
    ],
)
def test_agency_key_equivalences(a: str, b: str) -> None:
    assert agency_key(a) == agency_key(b)


def test_agency_key_keeps_distinct_agencies_apart() -> None:
    assert agency_key("Sở Tài chính") != agency_key("Sở Tư pháp")


def test_search_key_is_accent_insensitive() -> None:
    assert search_key("Nguyễn Văn A") == search_key("nguyen van a")
    assert search_key("Sở KH&CN") == "so khoa hoc va cong nghe"
