"""Round 40 (set 34, released): a field's label before the body that acts, and a second body after ";" that follows
a clause ending in a name (synthetic texts)."""

from __future__ import annotations

from planparse.owners import item_owners


def test_a_fields_label_before_the_body_that_acts_names_no_owner() -> None:
    """ "Thanh tra chuyên ngành: Ủy ban nhân dân các huyện làm đầu mối …": the label names the field, even when it
    reads as a body's name; the body that opens the sentence after the colon, with its verb, owns the item (before:
    the label was read as the subject)."""
    found = item_owners(
        "Thanh tra chuyên ngành: Ủy ban nhân dân các huyện làm đầu mối phát hiện, đề xuất với Thanh tra Sở Xây dựng "
        "xử lý các vi phạm trên địa bàn.",
        "",
        [],
    )
    assert found is not None and found[0].lead == ["Ủy ban nhân dân các huyện"]
    found = item_owners(
        "Đo lường - chất lượng: Ủy ban nhân dân các huyện chủ động và phối hợp với Sở Khoa học và Công nghệ trong "
        "công tác kiểm tra hàng hóa lưu thông trên địa bàn.",
        "",
        [],
    )
    assert found is not None and found[0].lead == ["Ủy ban nhân dân các huyện"]


def test_a_second_body_after_a_semicolon_acts_even_after_a_name() -> None:
    """ "Ban A đẩy nhanh tiến độ Dự án đường Tân Lập; Ban B đẩy nhanh tiến độ tuyến đường …" under the boards'
    collective heading: the clause before ";" ends with a place's name, yet the body after it with its own verb does
    its own part (before: it was read as a name continuing a list, and only Ban A owned the item)."""
    found = item_owners(
        "Ban Quản lý dự án số 2 đẩy nhanh tiến độ Dự án đường trục chính Khu công nghiệp Tân Lập; Ban Quản lý dự án "
        "giao thông tỉnh đẩy nhanh tiến độ tuyến đường kết nối đến Cụm công nghiệp Bắc Sơn.",
        "Các Ban Quản lý dự án",
        [],
    )
    assert found is not None
    assert found[0].lead == ["Ban Quản lý dự án số 2", "Ban Quản lý dự án giao thông tỉnh"]
    # the bodies a guidance names may go on past ";" before their verb: no second owner
    found = item_owners(
        "Sở Tư pháp: Hướng dẫn các sở, ngành và Hội Luật gia tỉnh; các xã, phường tổ chức triển khai thực hiện tốt "
        "Ngày Pháp luật.",
        "",
        [],
    )
    assert found is not None and found[0].lead == ["Sở Tư pháp"]
