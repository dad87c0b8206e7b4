"""Many plans in force (issue 13): the import preview offers every plan in force by its code as the plan a draft
may amend, and the draft amends the plan the coordinator named, never the newest one by default."""

import pytest
from django.urls import reverse
from django.utils import timezone

from trithuc.plans.import_selectors import import_preview
from trithuc.plans.models import Plan
from trithuc.plans.services.plan_import import plan_import_start
from trithuc.plans.tests.import_plans import small_plan

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft(seed_plan, second_plan, coordinator):
    return plan_import_start(actor=coordinator, text=small_plan())


def test_the_preview_offers_the_plans_in_force_by_code(client, coordinator, draft, seed_plan, second_plan):
    assert draft.previous_plan is None  # another document: nothing proposed, nothing picked
    assert [p.code for p in import_preview(draft).plans] == ["kl52", "na1026"]
    client.force_login(coordinator)
    page = client.get(reverse("plans:import_detail", args=[draft.pk])).content.decode()
    assert '<option value="kl52" >kl52 — ' in page and '<option value="na1026" >na1026 — ' in page


@pytest.mark.parametrize("code", ["kl52", "na1026"])
def test_the_draft_amends_the_plan_the_coordinator_names(client, coordinator, draft, code):
    client.force_login(coordinator)
    client.post(reverse("plans:import_correct", args=[draft.pk]), {"previous_plan": code})
    draft.refresh_from_db()
    assert draft.previous_plan == Plan.objects.get(code=code, is_current=True)
    client.post(reverse("plans:import_correct", args=[draft.pk]), {"previous_plan": ""})
    draft.refresh_from_db()
    assert draft.previous_plan is None


def test_a_closed_plan_is_neither_offered_nor_amended(client, coordinator, draft, second_plan):
    Plan.objects.filter(pk=second_plan.pk).update(closed_on=timezone.localdate())
    assert [p.code for p in import_preview(draft).plans] == ["kl52"]
    client.force_login(coordinator)
    response = client.post(reverse("plans:import_correct", args=[draft.pk]), {"previous_plan": "na1026"})
    assert response.status_code == 404
    draft.refresh_from_db()
    assert draft.previous_plan is None
