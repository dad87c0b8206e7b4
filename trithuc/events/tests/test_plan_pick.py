"""Many plans in force (issue 13): an event serves an item of the plan the user chose, never an item of the
newest plan by default. The second plan (na1026, of 2025) is newer than the seed plan (kl52, of 2020)."""

import pytest
from django.urls import reverse

from trithuc.agencies.models import Agency
from trithuc.events.demo import _items
from trithuc.events.models import Event
from trithuc.events.tests.factories import event

pytestmark = pytest.mark.django_db


def _form(**values):
    return {
        "kind": Event.Kind.DISSEMINATION,
        "title": "Hội nghị quán triệt",
        "organiser": Agency.objects.get(code="so-noi-vu").pk,
        "start_on": "10/03/2026",
        "participants_total": 80,
        "articles": 0,
        "broadcasts": 0,
        **values,
    }


def test_the_form_lists_the_items_of_the_plan_in_its_address(client, reporter_a, seed_plan, second_plan):
    client.force_login(reporter_a)
    blank = client.get(reverse("events:event_create")).content.decode()
    assert "na1026 — " in blank and "kl52 — " in blank
    assert "III.7.b –" not in blank and "III.1-1 –" not in blank  # no plan chosen: no item offered
    kl52 = client.get(reverse("events:event_create"), {"ke-hoach": "kl52"}).content.decode()
    assert "III.7.b –" in kl52 and "III.1-1 –" not in kl52
    na = client.get(reverse("events:event_create"), {"ke-hoach": "na1026"}).content.decode()
    assert "III.1-1 –" in na and "III.7.b –" not in na


def test_the_event_serves_the_item_of_the_chosen_plan(client, reporter_a, seed_plan, second_plan):
    client.force_login(reporter_a)
    item = seed_plan.items.get(ref="III.7.b")
    response = client.post(
        reverse("events:event_create"), _form(plan=seed_plan.pk, plan_item=item.pk, shown_plan=seed_plan.pk)
    )
    assert response.status_code == 302
    assert Event.objects.get().plan_item == item


def test_an_item_of_another_plan_than_the_chosen_one_is_refused(client, reporter_a, seed_plan, second_plan):
    client.force_login(reporter_a)
    item = seed_plan.items.get(ref="III.7.b")
    page = client.post(reverse("events:event_create"), _form(plan=second_plan.pk, plan_item=item.pk))
    assert page.status_code == 200 and "không thuộc kế hoạch đã chọn" in page.content.decode()
    assert "III.1-1 –" in page.content.decode()  # the chosen plan's items, to choose again
    page = client.post(reverse("events:event_create"), _form(plan_item=item.pk))
    assert "không thuộc kế hoạch đã chọn" in page.content.decode()
    assert not Event.objects.exists()


def test_editing_keeps_the_events_plan_and_item(client, reporter_a, seed_plan, second_plan):
    item = second_plan.items.get(ref="II.3")
    made = event("so-noi-vu", plan_item=item, publish=False)
    client.force_login(reporter_a)
    page = client.get(reverse("events:event_edit", args=[made.pk])).content.decode()
    assert f'<option value="{second_plan.pk}" selected>' in page
    assert f'<option value="{item.pk}" selected>' in page


def test_the_list_filters_by_plan(client, coordinator, seed_plan, second_plan):
    event("so-noi-vu", title="Sự kiện KL52", plan_item=seed_plan.items.get(ref="III.7.b"))
    event("so-noi-vu", title="Sự kiện Nghệ An", plan_item=second_plan.items.get(ref="II.3"))
    client.force_login(coordinator)
    page = client.get(reverse("events:event_list"), {"ke-hoach": "na1026"}).content.decode()
    assert "Sự kiện Nghệ An" in page and "Sự kiện KL52" not in page
    api = client.get("/api/v1/events/", {"plan": "kl52"}).json()["items"]
    assert [(e["title"], e["plan"], e["plan_item"]) for e in api] == [("Sự kiện KL52", "kl52", "III.7.b")]


def test_the_demo_uses_the_kl52_plan_by_its_code(seed_plan, second_plan):
    items = _items()
    assert items and {i.plan_id for i in items.values()} == {seed_plan.pk}


def test_changing_the_plan_shows_its_items_before_saving(client, reporter_a, seed_plan, second_plan):
    """Without scripts: a page listing kl52's items, the plan changed to na1026 and no item chosen yet: the page
    comes back with na1026's items to choose from; saved only once the user saw them."""
    client.force_login(reporter_a)
    url = reverse("events:event_create")
    page = client.post(url, _form(plan=second_plan.pk, shown_plan=seed_plan.pk)).content.decode()
    assert "Đã đổi sang kế hoạch na1026" in page and "III.1-1 –" in page
    assert f'name="shown_plan" value="{second_plan.pk}"' in page
    assert not Event.objects.exists()
    item = second_plan.items.get(ref="III.1-1")
    assert (
        client.post(url, _form(plan=second_plan.pk, shown_plan=second_plan.pk, plan_item=item.pk)).status_code
        == 302
    )
    assert Event.objects.get().plan_item == item
