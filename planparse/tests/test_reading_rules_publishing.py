"""A newspaper's or a broadcaster's name ends where its work, publishing, begins ("Báo X đăng …", "Đài Y đưa tin …",
"… phát sóng …"), while "đăng ký" goes on with a registry office's name (synthetic texts)."""

from __future__ import annotations

from planparse.tests.reading import items_by_ref

NOTICE = (
    "ỦY BAN NHÂN DÂN TỈNH AN THÁI\nSố: 45/TB-UBND\nAn Thái, ngày 03 tháng 3 năm 2026\nTHÔNG BÁO\n"
    "Về việc công khai danh sách các hội giải thể\n"
    "1. Báo An Thái đăng Thông báo này trên 03 số báo liên tiếp.\n"
    "2. Đài Phát thanh - Truyền hình An Thái phát sóng bản tin về việc giải thể các hội trong tháng 3/2026.\n"
    "3. Văn phòng đăng ký đất đai tỉnh cập nhật hồ sơ các thửa đất do các hội đang sử dụng.\n"
    "Nơi nhận:\n"
)


def test_a_newspaper_that_publishes_is_named_without_its_work() -> None:
    """Without "đăng" among the verbs the lead ran on to "Báo An Thái đăng Thông báo này trên 03 số báo liên tiếp"."""
    items = items_by_ref(NOTICE)
    assert items["1"].lead == ["Báo An Thái"]
    assert items["2"].lead == ["Đài Phát thanh - Truyền hình An Thái"]


def test_a_registry_office_keeps_its_name() -> None:
    """ "đăng ký" in a name is no verb: the office is named whole."""
    assert items_by_ref(NOTICE)["3"].lead == ["Văn phòng đăng ký đất đai tỉnh"]
