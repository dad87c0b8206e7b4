import pytest
from django.urls import reverse

from trithuc.amendments.demo import amendments_demo_setup
from trithuc.amendments.models import AmendmentProposal, AmendmentSet, Reorganisation
from trithuc.demo.setup import _demo_accounts
from trithuc.plans.models import Plan

pytestmark = pytest.mark.django_db


def test_agency_writes_and_sends_a_proposal_the_coordinator_consolidates_and_the_province_decides(
    client, seed_plan, agencies, reporter_a, coordinator
):
    client.force_login(reporter_a)
    response = client.post(
        reverse("amendments:proposal_create", args=["kl52"]),
        {
            "agency": agencies["so-noi-vu"].pk,
            "kind": "amend",
            "ref": "II.2.b",
            "text": "Ưu tiên trí thức trẻ, nữ và người dân tộc thiểu số.",
            "reasons": "Theo Nghị quyết 45-NQ/TW.",
        },
    )
    proposal = AmendmentProposal.objects.get()
    assert response.url == reverse("amendments:proposal_detail", args=[proposal.pk])
    assert "Gửi đề xuất" in client.get(response.url).content.decode()
    client.post(reverse("amendments:proposal_submit", args=[proposal.pk]))
    client.force_login(coordinator)
    page = client.get(reverse("amendments:set_create", args=["kl52"])).content.decode()
    assert "II.2.b" in page
    response = client.post(
        reverse("amendments:set_create", args=["kl52"]), {"title": "Đợt 1", "proposal": [proposal.pk]}
    )
    amendment_set = AmendmentSet.objects.get()
    client.post(reverse("amendments:set_submit", args=[amendment_set.pk]), {"doc_kind": "to_trinh"})
    download = client.get(reverse("amendments:set_download", args=[amendment_set.pk]))
    assert download["Content-Disposition"].startswith('attachment; filename="to-trinh-001-')
    client.post(
        reverse("amendments:set_decide", args=[amendment_set.pk]),
        {"accept": [proposal.pk], "decision_number": "5/QĐ-UBND", "decision_date": "2026-04-01"},
    )
    new = Plan.objects.get(is_current=True)
    assert new.version == 2
    page = client.get(reverse("amendments:set_detail", args=[amendment_set.pk])).content.decode()
    assert "Sửa nội dung" in page and "Ưu tiên trí thức trẻ" in page
    page = client.get(new.tree_url()).content.decode()
    assert reverse("amendments:version_diff", args=[new.pk]) in page


def test_a_service_error_shows_on_the_form(client, seed_plan, agencies, reporter_a):
    client.force_login(reporter_a)
    response = client.post(
        reverse("amendments:proposal_create", args=["kl52"]),
        {"agency": agencies["so-noi-vu"].pk, "kind": "add", "ref": "II.2.a", "text": "x", "reasons": "y"},
    )
    assert response.status_code == 200
    assert "đã có trong kế hoạch" in response.content.decode()
    assert not AmendmentProposal.objects.exists()


def test_demo_pages_render(client, seed_plan, leader, coordinator):
    _demo_accounts()
    amendments_demo_setup()
    current = Plan.objects.get(document=seed_plan.document, is_current=True)
    client.force_login(leader)
    page = client.get(current.tree_url()).content.decode()
    assert "Các nhiệm vụ tiếp tục thực hiện theo" in page and "45-NQ/TW" in page and "20-KH/TW" in page
    task = current.items.get(ref="II.2.a")
    page = client.get(task.get_absolute_url()).content.decode()
    assert "Tiếp tục thực hiện theo: <strong>Nghị quyết số 45-NQ/TW</strong> ngày 24/11/2023" in page
    anchors = client.get(reverse("amendments:anchors", args=["kl52"])).content.decode()
    assert "III.7.b" in anchors and "Kế hoạch số 20-KH/TW" in anchors
    merged = client.get(reverse("amendments:merged_province")).content.decode()
    assert "Ủy ban nhân dân tỉnh Đắk Nông" in merged and "Ủy ban nhân dân tỉnh Bình Thuận" in merged
    listing = client.get(reverse("amendments:proposal_list")).content.decode()
    assert "III.2.c" not in listing  # Sở Nội vụ's draft
    assert "Phiên bản 2" in listing
    client.force_login(coordinator)
    assert client.get(reverse("amendments:proposal_list")).status_code == 200
    assert client.get(reverse("dashboard:overview")).status_code == 200


def test_reorganisation_page_previews_then_applies(client, seed_plan, coordinator):
    client.force_login(coordinator)
    url = reverse("amendments:reorganisation_detail", args=["kl52", "2025-03-01"])
    page = client.get(url).content.decode()
    assert "Sở Kế hoạch và Đầu tư" in page and "Sở Tài chính" in page
    response = client.post(url, {"decision": "Quyết định số 300/QĐ-UBND"})
    assert response.status_code == 302
    act = Reorganisation.objects.get()
    assert act.transfers > 0 and "so-khdt" in act.agencies
    assert (
        client.get(reverse("amendments:reorganisation_detail", args=["kl52", "2024-01-01"])).status_code
        == 404
    )


def test_another_agency_neither_lists_nor_opens_a_draft(client, make_proposal, reporter_b, reporter_a):
    draft = make_proposal(agency="so-noi-vu", ref="II.2.a", text="Nội dung riêng của Sở Nội vụ.")
    client.force_login(reporter_b)
    assert "Nội dung riêng" not in client.get(reverse("amendments:proposal_list")).content.decode()
    assert client.get(reverse("amendments:proposal_detail", args=[draft.pk])).status_code == 404
    assert client.post(reverse("amendments:proposal_submit", args=[draft.pk])).status_code == 404
    client.force_login(reporter_a)
    assert "II.2.a" in client.get(reverse("amendments:proposal_list")).content.decode()


def test_task_page_offers_a_proposal_on_the_current_version_only(client, seed_plan, reporter_a, leader):
    task = seed_plan.items.get(ref="II.2.b")
    client.force_login(reporter_a)
    link = reverse("amendments:proposal_create", args=["kl52"]) + "?ref=II.2.b"
    assert link in client.get(task.get_absolute_url()).content.decode()
    form = client.get(link).content.decode()
    assert 'value="II.2.b"' in form and '<option value="III.8.b">' in form
    client.force_login(leader)
    assert link not in client.get(task.get_absolute_url()).content.decode()


def test_a_draft_is_edited_until_it_is_sent(client, make_proposal, agencies, reporter_a):
    draft = make_proposal(agency="so-noi-vu", ref="II.2.b")
    client.force_login(reporter_a)
    url = reverse("amendments:proposal_edit", args=[draft.pk])
    assert 'value="II.2.b"' in client.get(url).content.decode()
    data = {"kind": "amend", "ref": "II.2.a", "text": "Nội dung đã sửa.", "reasons": "Lý do đã sửa."}
    assert client.post(url, data).status_code == 302
    draft.refresh_from_db()
    assert (draft.ref, draft.text, draft.agency.code) == ("II.2.a", "Nội dung đã sửa.", "so-noi-vu")
    client.post(reverse("amendments:proposal_submit", args=[draft.pk]))
    assert client.get(url).status_code == 404


def test_the_edit_form_opens_with_the_stored_reason(client, make_proposal, reporter_a):
    """#16.10: "Lý do" opened empty, so saving without retyping it was refused or lost the reason."""
    draft = make_proposal(agency="so-noi-vu", ref="II.2.b", reasons="Theo Nghị quyết 45-NQ/TW về trí thức.")
    client.force_login(reporter_a)
    page = client.get(reverse("amendments:proposal_edit", args=[draft.pk])).content.decode()
    reasons = page.split('name="reasons"', 1)[1].split("</textarea>", 1)[0]
    assert "Theo Nghị quyết 45-NQ/TW về trí thức." in reasons
