"""Many plans in force (issue 13): every amendment page works on the plan its address names, never on the
newest one. The second plan (na1026, of 2025) is newer than the seed plan (kl52, of 2020)."""

import pytest
from django.urls import reverse

from trithuc.amendments.models import AmendmentProposal, AmendmentSet, DocumentRelation, Reorganisation

pytestmark = pytest.mark.django_db


def _propose(client, agencies, code, ref):
    return client.post(
        reverse("amendments:proposal_create", args=[code]),
        {"agency": agencies["so-noi-vu"].pk, "kind": "drop", "ref": ref, "reasons": "Đã hoàn thành."},
    )


def test_a_proposal_joins_the_plan_in_its_address(client, second_plan, seed_plan, agencies, reporter_a):
    client.force_login(reporter_a)
    form = client.get(reverse("amendments:proposal_create", args=["kl52"])).content.decode()
    assert '<option value="II.2.b">' in form and '<option value="III.1-1">' not in form
    assert _propose(client, agencies, "kl52", "II.2.d").status_code == 302
    assert _propose(client, agencies, "na1026", "III.1-1").status_code == 302
    stored = dict(AmendmentProposal.objects.values_list("ref", "plan__code"))
    assert stored == {"II.2.d": "kl52", "III.1-1": "na1026"}
    # A ref of the other plan is refused on this one.
    response = _propose(client, agencies, "kl52", "III.1-1")
    assert response.status_code == 200 and AmendmentProposal.objects.count() == 2
    assert client.get(reverse("amendments:proposal_create", args=["khong-co"])).status_code == 404


def test_the_list_spans_plans_and_filters_by_one(client, second_plan, make_proposal, reporter_a):
    make_proposal(agency="so-noi-vu", ref="II.2.b")
    client.force_login(reporter_a)
    everything = client.get(reverse("amendments:proposal_list")).content.decode()
    assert reverse("amendments:proposal_create", args=["kl52"]) in everything
    assert reverse("amendments:proposal_create", args=["na1026"]) in everything
    assert "II.2.b" in everything
    only_na = client.get(reverse("amendments:proposal_list") + "?ke-hoach=na1026").content.decode()
    assert "II.2.b" not in only_na and "Chưa có đề xuất nào." in only_na


def test_a_set_consolidates_only_its_plans_proposals(
    client, second_plan, seed_plan, make_proposal, coordinator
):
    sent = make_proposal(agency="so-noi-vu", ref="II.2.b", status="sent")
    client.force_login(coordinator)
    assert "II.2.b" not in client.get(reverse("amendments:set_create", args=["na1026"])).content.decode()
    response = client.post(
        reverse("amendments:set_create", args=["na1026"]), {"title": "Đợt NA", "proposal": [sent.pk]}
    )
    assert response.status_code == 200 and not AmendmentSet.objects.exists()  # not a proposal of na1026
    client.post(reverse("amendments:set_create", args=["kl52"]), {"title": "Đợt KL", "proposal": [sent.pk]})
    assert AmendmentSet.objects.get().plan == seed_plan


@pytest.mark.parametrize(
    ("old", "new", "args", "user"),
    [
        ("amendments:proposal_create_old", "amendments:proposal_create", [], "reporter_a"),
        ("amendments:set_create_old", "amendments:set_create", [], "coordinator"),
        ("amendments:anchors_old", "amendments:anchors", [], "leader"),
        (
            "amendments:reorganisation_detail_old",
            "amendments:reorganisation_detail",
            ["2025-03-01"],
            "coordinator",
        ),
    ],
)
def test_old_addresses_redirect_or_let_the_user_pick_the_plan(
    client, request, seed_plan, old, new, args, user
):
    client.force_login(request.getfixturevalue(user))
    response = client.get(reverse(old, args=args) + "?ref=II.2.b")
    assert response.status_code == 302
    assert response.url == reverse(new, args=["kl52", *args]) + "?ref=II.2.b"
    request.getfixturevalue("second_plan")
    page = client.get(reverse(old, args=args)).content.decode()
    for code in ("kl52", "na1026"):
        assert f'href="{reverse(new, args=[code, *args])}"' in page


def test_anchors_are_recorded_on_the_named_plan(client, second_plan, seed_plan, coordinator):
    client.force_login(coordinator)
    data = {
        "kind": "continues_under",
        "doc_type": "Nghị quyết",
        "number": "57-NQ/TW",
        "issuer": "Bộ Chính trị",
    }
    response = client.post(reverse("amendments:relation_add", args=["na1026"]), data)
    assert response.url == reverse("amendments:anchors", args=["na1026"])
    relation = DocumentRelation.objects.get()
    assert relation.source == second_plan.document
    response = client.post(
        reverse("amendments:anchors_save", args=["na1026", relation.target_id]), {"ref": ["II.1", "II.2"]}
    )
    assert response.url == reverse("amendments:anchors", args=["na1026"])
    page = client.get(reverse("amendments:anchors", args=["na1026"])).content.decode()
    assert "57-NQ/TW" in page and "na1026" in page
    assert "57-NQ/TW" not in client.get(reverse("amendments:anchors", args=["kl52"])).content.decode()
    # The document is not a relation of kl52: saving anchors there is refused.
    saved = client.post(
        reverse("amendments:anchors_save", args=["kl52", relation.target_id]), {"ref": ["II.2.a"]}
    )
    assert saved.status_code == 404


def test_a_reorganisation_applies_to_the_chosen_plan(client, second_plan, seed_plan, coordinator):
    client.force_login(coordinator)
    listing = client.get(reverse("amendments:reorganisation_list")).content.decode()
    for code in ("kl52", "na1026"):
        assert reverse("amendments:reorganisation_detail", args=[code, "2025-03-01"]) in listing
    url = reverse("amendments:reorganisation_detail", args=["kl52", "2025-03-01"])
    assert client.post(url, {"decision": "Quyết định số 300/QĐ-UBND"}).status_code == 302
    assert Reorganisation.objects.get().plan == seed_plan


def test_the_task_page_links_a_proposal_on_the_tasks_own_plan(client, second_plan, reporter_a):
    task = second_plan.items.get(ref="II.3")
    client.force_login(reporter_a)
    page = client.get(task.get_absolute_url()).content.decode()
    assert reverse("amendments:proposal_create", args=["na1026"]) + "?ref=II.3" in page
