"""Round 28 (seen misses): the body an agreement hands the work to, and a body named by its work written as a verb
(synthetic texts)."""

from __future__ import annotations

from planparse.owners import item_owners, subject_owners


def test_agreement_then_giao_owner_is_the_assignee() -> None:
    """The bodies that agree decide; the body "giao" hands the work to owns it."""
    owners = subject_owners(
        "Về chủ trương đầu tư: Ủy ban nhân dân tỉnh thống nhất chủ trương đầu tư dự án, giao Sở Xây dựng chủ trì, "
        "phối hợp với Sở Tài chính hoàn thiện hồ sơ."
    )
    assert owners is not None
    assert owners.lead == ["Sở Xây dựng"]
    assert owners.coordinators == ["Sở Tài chính"]


def test_agreeing_body_without_giao_keeps_the_work() -> None:
    owners = subject_owners("Sở Tài chính thống nhất số liệu với các sở, ngành trước khi trình.")
    assert owners is not None and owners.lead == ["Sở Tài chính"]


def test_thanh_tra_listed_with_verbs_is_a_verb() -> None:
    """ "Thanh tra, kiểm tra, xử lý …" opens with the work, not with the inspectorate."""
    assert (
        item_owners("Thanh tra, kiểm tra, xử lý theo thẩm quyền các hành vi vi phạm về nhà ở.", "", [])
        is None
    )
    found = item_owners("Thanh tra tỉnh chủ trì kiểm tra việc thực hiện chính sách về nhà ở.", "", [])
    assert found is not None and found[0].lead == ["Thanh tra tỉnh"]


def test_people_of_a_named_body_in_a_subject_list() -> None:
    """ "đại biểu Hội đồng nhân dân tỉnh" and "các thành viên của Ban Chỉ đạo", in lower case inside a list of bodies,
    are owners of their own, and the list goes on after them."""
    owners = subject_owners(
        "Thường trực Hội đồng nhân dân tỉnh, các Ban của Hội đồng nhân dân tỉnh, đại biểu Hội đồng nhân dân tỉnh, "
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh theo chức năng giám sát việc thực hiện Kế hoạch."
    )
    assert owners is not None
    assert owners.lead[-2:] == ["đại biểu Hội đồng nhân dân tỉnh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"]
    owners = subject_owners(
        "Yêu cầu các sở, ngành, các thành viên của Ban Chỉ đạo tỉnh phải quyết liệt thực hiện."
    )
    assert owners is not None and owners.lead == ["các sở, ngành", "các thành viên của Ban Chỉ đạo tỉnh"]
