"""An agency phrase ends where the body's act begins: "thông báo" (also after a polite "xin") is an act, and a list
cut at its last member's verb leaves no conjunction at the end of the name."""

from planparse.owners import scan_agency_phrase


def test_notifying_is_the_act_not_part_of_the_name() -> None:
    text = "Công ty cổ phần Đầu tư Hạ tầng A thông báo cho các nhà thầu chuẩn bị hồ sơ"
    assert scan_agency_phrase(text, 0) == ("Công ty cổ phần Đầu tư Hạ tầng A", 32)


def test_polite_xin_begins_the_act() -> None:
    found = scan_agency_phrase("Văn phòng Tỉnh ủy xin thông báo ý kiến của Thường trực Tỉnh ủy", 0)
    assert found is not None and found[0] == "Văn phòng Tỉnh ủy"


def test_no_name_ends_on_a_conjunction() -> None:
    found = scan_agency_phrase("Ban Giám đốc và thông báo kết quả cho các phòng", 0)
    assert found is not None and found[0] == "Ban Giám đốc"
    found = scan_agency_phrase("Báo tỉnh, Cổng thông tin điện tử của tỉnh và đăng tải nội dung", 0)
    assert found is not None and found[0] == "Báo tỉnh, Cổng thông tin điện tử của tỉnh"
