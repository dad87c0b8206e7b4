"""An agency phrase ends where the body's act begins: "thông báo" (also after a polite "xin"), a modal "có thể" and
"bắt đầu" are acts, and a list cut at its last member's verb leaves no conjunction at the end of the name."""

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


def test_a_modal_or_a_beginning_is_the_act() -> None:
    # seen on the import page of a Government resolution: "địa phương có thể", "Trung tâm … bắt đầu" as unknown bodies
    found = scan_agency_phrase("Các sở, ngành và địa phương có thể chủ động bố trí kinh phí", 0)
    assert found is not None and found[0] == "Các sở, ngành và địa phương"
    found = scan_agency_phrase("Trung tâm Điều hành thông minh bắt đầu vận hành từ Quý II/2026", 0)
    assert found is not None and found[0] == "Trung tâm Điều hành thông minh"


def test_a_condition_on_the_act_ends_the_name() -> None:
    # seen on the import page of a Government resolution: "… tổ chức chính trị - xã hội tùy" as an unknown body
    found = scan_agency_phrase(
        "Các sở, ngành, tổ chức chính trị - xã hội tùy theo nhu cầu mở rộng phạm vi sử dụng", 0
    )
    assert found is not None and found[0] == "Các sở, ngành, tổ chức chính trị - xã hội"
    found = scan_agency_phrase("Ủy ban nhân dân các xã tuỳ điều kiện thực tế bố trí kinh phí", 0)
    assert found is not None and found[0] == "Ủy ban nhân dân các xã"
