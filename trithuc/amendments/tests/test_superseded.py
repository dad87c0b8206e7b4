"""Issue 17.1 in amendments: a superseded plan version takes no proposal, no anchor and no new set."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from trithuc.amendments.demo import amendments_demo_setup
from trithuc.amendments.models import ItemAnchor
from trithuc.amendments.services import proposals
from trithuc.amendments.services.anchoring import item_anchors_set
from trithuc.amendments.tests.test_anchoring import _nq45
from trithuc.core.permissions import SYSTEM
from trithuc.demo.setup import _demo_accounts
from trithuc.plans.models import Plan, ProgressUpdate
from trithuc.plans.services.plan_version import plan_version_create
from trithuc.plans.services.superseded import SupersededVersion

pytestmark = pytest.mark.django_db

SUPERSEDED = "đã được thay thế bởi phiên bản 2"


@pytest.fixture
def version_2(seed_plan, coordinator):
    current = plan_version_create(actor=coordinator, previous=seed_plan, changes=[], reason="Thử")
    seed_plan.refresh_from_db()
    return current


def test_re_anchoring_a_superseded_version_is_refused(seed_plan, coordinator, version_2):
    relation = _nq45(seed_plan, coordinator)
    with pytest.raises(SupersededVersion, match=SUPERSEDED):
        item_anchors_set(actor=coordinator, plan=seed_plan, document=relation.target, refs=["II.2.a"])
    assert not ItemAnchor.objects.exists()
    assert item_anchors_set(actor=coordinator, plan=version_2, document=relation.target, refs=["II.2.a"]) == 1


def test_a_proposal_on_a_superseded_version_is_refused(seed_plan, agencies, version_2):
    with pytest.raises(SupersededVersion, match=SUPERSEDED):
        proposals.proposal_create(
            actor=SYSTEM,
            agency=agencies["so-noi-vu"],
            plan=seed_plan,
            kind="amend",
            ref="II.2.b",
            reasons="Cần cập nhật.",
            text="Nội dung mới.",
        )


def test_a_draft_left_on_a_superseded_version_cannot_be_sent(make_proposal, seed_plan, coordinator):
    draft = make_proposal()  # on version 1
    plan_version_create(actor=coordinator, previous=seed_plan, changes=[], reason="Thử")
    with pytest.raises(SupersededVersion, match=SUPERSEDED):
        proposals.proposal_submit(actor=SYSTEM, proposal=draft)
    draft.refresh_from_db()
    assert draft.status == "draft"


def test_a_set_on_a_superseded_version_is_refused(make_proposal, seed_plan, coordinator):
    sent = make_proposal(status="sent")  # on version 1
    plan_version_create(actor=coordinator, previous=seed_plan, changes=[], reason="Thử")
    seed_plan.refresh_from_db()
    with pytest.raises(SupersededVersion, match=SUPERSEDED):
        proposals.amendment_set_create(actor=coordinator, plan=seed_plan, proposal_ids=[sent.pk], title="Đợt")


def test_in_the_demo_version_1_is_read_only_once_the_accepted_amendment_made_version_2(seed_plan, client):
    """The issue's walk: Sở Nội vụ's demo reporter on a task of version 1, after the demo's decision 1024."""
    _demo_accounts()
    amendments_demo_setup()
    current = Plan.objects.get(document=seed_plan.document, is_current=True)
    old, new = seed_plan.items.get(ref="II.1.a"), current.items.get(ref="II.1.a")
    client.force_login(get_user_model().objects.get(username="noivu"))
    body = client.get(old.get_absolute_url()).content.decode()
    assert "Phiên bản này đã được thay thế" in body
    assert f'href="{new.get_absolute_url()}"' in body
    form = reverse("plans:task_progress", args=[old.plan.code, old.pk, "so-noi-vu"])
    body = client.post(form, {"status": "in_progress", "result": "Đã rà soát."}, follow=True).content.decode()
    assert "đã được thay thế bởi phiên bản 2" in body and "Đã ghi nhận" not in body
    assert not ProgressUpdate.objects.filter(result="Đã rà soát.").exists()
