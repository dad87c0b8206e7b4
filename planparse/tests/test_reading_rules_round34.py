"""Round 34 (seen misses: owners): an item whose opening clause — a topic ("Đối với …") or a basis ("Trên cơ sở …",
"Căn cứ …") — holds commas of its own, and whose subject, or the body its request names, comes after one of them
(synthetic texts)."""

from __future__ import annotations

from planparse.owners import subject_owners
from planparse.tests.reading import items_by_ref

LETTER = (
    "BAN CHỈ ĐẠO\nSố: 12/CV-BCĐ\nHà Nội, ngày 02 tháng 3 năm 2027\n"
    "Kính gửi: Các đồng chí Bộ trưởng, Thủ trưởng cơ quan ngang Bộ\n"
    "Ban Chỉ đạo yêu cầu các đồng chí Bộ trưởng, Thủ trưởng cơ quan ngang Bộ khẩn trương chỉ đạo thực hiện các nội "
    "dung sau:\n"
    "1. Về phân cấp, phân quyền\n"
    "1.1. Trên cơ sở các Nghị định của Chính phủ về phân cấp, phân quyền, các Bộ, cơ quan ngang Bộ thực hiện rà "
    "soát các quy định pháp luật tại các Luật chuyên ngành.\n"
    "1.2. Đối với 12 nhiệm vụ cần điều chỉnh thẩm quyền (danh mục theo Báo cáo số 15/BC-BNV, gửi kèm), yêu cầu "
    "các Bộ: Tài chính; Y tế; Công Thương xây dựng phương án điều chỉnh, báo cáo Ban Chỉ đạo trước ngày 20/3/2027.\n"
    "Trên đây là nội dung cần thực hiện ngay./.\n"
)


def test_a_basis_with_commas_of_its_own_comes_before_the_subject() -> None:
    """ "Trên cơ sở X về A, B, các Bộ … thực hiện": the basis names what the work rests on; the first body
    after one of its commas that a verb follows is the subject (before: the basis ran to the first comma and no subject was found, so the
    letter's addressees owned the item)."""
    owners = subject_owners(
        "Trên cơ sở các Nghị định của Chính phủ về phân cấp, phân quyền, các Bộ, cơ quan ngang Bộ thực hiện rà soát."
    )
    assert owners is not None and owners.lead == ["các Bộ, cơ quan ngang Bộ"]
    owners = subject_owners(
        "Trên cơ sở nội dung Chỉ thị số 9-CT/TW, Kế hoạch hành động, các Bộ, cơ quan ngang bộ, Ủy ban nhân dân các "
        "tỉnh theo nhiệm vụ được giao trong Quyết định này tổ chức xây dựng kế hoạch."
    )
    assert owners is not None and owners.lead[0] == "các Bộ, cơ quan ngang bộ"
    owners = subject_owners("Căn cứ chức năng, nhiệm vụ được giao, các sở, ngành chủ động triển khai.")
    assert owners is not None and owners.lead == ["các sở, ngành"]


def test_a_request_after_a_topic_with_commas_names_the_owners() -> None:
    """ "Đối với … (…, …), yêu cầu các Bộ: X; Y; Z xây dựng …": the bodies the request names own the work, the
    distributive list read out; a lower-case "yêu cầu" asks as "đề nghị" does."""
    owners = subject_owners(
        "Đối với 12 nhiệm vụ (danh mục theo Báo cáo số 15/BC-BNV, gửi kèm), yêu cầu các Bộ: Tài chính; Y tế; Công "
        "Thương xây dựng phương án."
    )
    assert owners is not None and owners.lead == ["Bộ Tài chính", "Bộ Y tế", "Bộ Công Thương"]
    owners = subject_owners("Đối với 12 nhiệm vụ cần điều chỉnh, yêu cầu Sở Tài chính xây dựng phương án.")
    assert owners is not None and owners.lead == ["Sở Tài chính"]


def test_a_letter_item_takes_its_own_subject_not_the_addressees() -> None:
    items = items_by_ref(LETTER)
    assert items["1.1"].lead == ["các Bộ, cơ quan ngang Bộ"]
    assert items["1.2"].lead == ["Bộ Tài chính", "Bộ Y tế", "Bộ Công Thương"]


def test_a_body_after_a_comma_that_is_no_subject_is_not_taken() -> None:
    """A body in a list or a recipient after the basis's comma is no subject (no verb follows it), and a charge
    ("chủ trì", "phối hợp") ends the opening clause: what comes after it is the heading body's own work."""
    assert (
        subject_owners(
            "Trên cơ sở đề xuất kinh phí của các sở, ban, ngành, địa phương, chủ trì tổng hợp, trình cấp có thẩm quyền "
            "và phối hợp với các sở, ban, ngành, Ủy ban nhân dân xã, phường bố trí kinh phí."
        )
        is None
    )
    assert (
        subject_owners(
            "Căn cứ chức năng, nhiệm vụ và các văn bản chỉ đạo của Chính phủ, Bộ, ngành và tỉnh, phối hợp với các Sở "
            "được giao chủ trì để tham mưu."
        )
        is None
    )
    assert (
        subject_owners(
            "Căn cứ Quyết định số 22/2013/QĐ-TTg và Thông tư số 09/2013/TT-BXD tổ chức lập và phê duyệt Đề án hỗ trợ "
            "nhà ở và gửi về Bộ Xây dựng, Bộ Tài chính để tổng hợp."
        )
        is None
    )
