"""Reading rules of the fourth round (synthetic sentences in the style of plans and conclusion notices)."""

from __future__ import annotations

from planparse import parse_plan
from planparse.owners import subject_owners

HEADER = "ỦY BAN NHÂN DÂN TỈNH A\nTHÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh tại buổi kiểm tra dự án\n"


def _items(body: str) -> dict:
    return {i.ref: i for i in parse_plan(HEADER + body + "Nơi nhận:\n").items}


# 1. An owner named in a lead-in line or heading is passed down to the items below it


def test_giao_at_the_end_of_a_numbered_item_owns_its_bullets() -> None:
    items = _items(
        "1. Về công tác giải phóng mặt bằng: Tiến độ bàn giao mặt bằng còn chậm, chưa đáp ứng yêu cầu. "
        "Giao Ủy ban nhân dân xã Bình Minh:\n"
        "- Khẩn trương hoàn thành việc kiểm đếm, lập phương án bồi thường cho các hộ còn lại.\n"
        "- Phối hợp với chủ đầu tư tổ chức đối thoại với các hộ chưa đồng ý phương án.\n"
        "2. Về vật liệu: Giao Sở Xây dựng chủ trì kiểm tra giá vật liệu xây dựng trên địa bàn.\n"
    )
    assert items["1"].kind == "section"
    assert items["1-1"].lead == items["1-2"].lead == ["Ủy ban nhân dân xã Bình Minh"]
    assert items["2"].lead == ["Sở Xây dựng"]


def test_project_actor_heading_owns_its_lettered_items() -> None:
    items = _items(
        "1. Nhà đầu tư của dự án đường vành đai:\n"
        "a) Tập trung nhân lực, thiết bị thi công ba ca trên các đoạn đã có mặt bằng.\n"
        "b) Rà soát hồ sơ thiết kế, điều chỉnh biện pháp thi công phù hợp.\n"
        "2. Chủ đầu tư các dự án khu công nghiệp:\n"
        "a) Hoàn thiện hồ sơ thủ tục đất đai theo quy định.\n"
    )
    assert items["1.a"].kind == items["1.b"].kind == "task"
    assert items["1.a"].lead == items["1.b"].lead == ["Nhà đầu tư của dự án đường vành đai"]
    assert items["2.a"].lead == ["Chủ đầu tư các dự án khu công nghiệp"]


def test_yeu_cau_names_a_non_government_owner() -> None:
    items = _items(
        "1. Yêu cầu Chủ đầu tư chỉ đạo nhà thầu bổ sung máy móc, đẩy nhanh tiến độ thi công nền đường.\n"
        "2. Yêu cầu Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh kiểm tra chất lượng "
        "vật liệu đầu vào.\n"
        "3. Yêu cầu các nhà thầu thi công bố trí biển báo, bảo đảm an toàn giao thông.\n"
    )
    assert items["1"].lead == ["Chủ đầu tư"]
    assert items["2"].lead == ["Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh"]
    assert items["3"].lead == ["các nhà thầu thi công"]


def test_doi_voi_clause_before_a_colon_is_not_the_owner() -> None:
    found = subject_owners(
        "Đối với các tuyến đường công vụ bị hư hỏng: Giao Sở Xây dựng chủ trì, phối hợp với Ủy ban nhân "
        "dân các xã kiểm tra, yêu cầu nhà thầu sửa chữa."
    )
    assert found is not None
    assert (found.lead, found.coordinators) == (["Sở Xây dựng"], ["Ủy ban nhân dân các xã"])
