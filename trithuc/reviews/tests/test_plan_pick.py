"""Many plans in force (issue 13): a task made from a review recommendation joins the plan the review's request
names, or the one the coordinator chooses; never the newest plan. The second plan (na1026, of 2025) is newer
than the seed plan (kl52, of 2020)."""

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from trithuc.core.errors import ServiceError
from trithuc.core.models import AuditEvent
from trithuc.core.permissions import SYSTEM
from trithuc.plans.models import Plan
from trithuc.reviews import services
from trithuc.reviews.models import ReviewRequest
from trithuc.reviews.tests.factories import panel, review_request
from trithuc.reviews.tests.test_workflow import _conclude

pytestmark = pytest.mark.django_db

DEADLINE = timezone.localdate() + dt.timedelta(days=60)


def _accepted(expert, **values):
    """A request (with `values`) whose one recommendation the agency accepted."""
    request = review_request(**values)
    members = panel(request, chair_user=expert)
    _conclude(request, members)
    services.conclusion_send(actor=SYSTEM, request=request)
    rec = request.recommendations.get()
    services.recommendation_respond(actor=SYSTEM, recommendation=rec, response="accepted")
    return request, rec


def test_the_task_joins_the_plan_the_request_names_not_the_newest(
    reference, expert, seed_plan, second_plan, union_officer, agencies
):
    request, rec = _accepted(expert, plan=seed_plan)
    item = services.recommendation_task_create(
        actor=union_officer, recommendation=rec, agency=agencies["so-noi-vu"], deadline=DEADLINE
    )
    assert item.plan == seed_plan and item.ref == "TVPB.1"
    assert not second_plan.items.filter(ref__startswith="TVPB").exists()


def test_a_request_naming_na1026_gives_it_the_task(reference, expert, second_plan, union_officer, agencies):
    _request, rec = _accepted(expert, plan=second_plan)
    item = services.recommendation_task_create(
        actor=union_officer, recommendation=rec, agency=agencies["so-noi-vu"], deadline=DEADLINE
    )
    assert item.plan == second_plan


def test_a_chosen_plan_other_than_the_named_one_is_refused(
    reference, expert, seed_plan, second_plan, union_officer, agencies
):
    _request, rec = _accepted(expert, plan=seed_plan)
    with pytest.raises(ServiceError, match="gắn với kế hoạch kl52") as error:
        services.recommendation_task_create(
            actor=union_officer,
            recommendation=rec,
            agency=agencies["so-noi-vu"],
            deadline=DEADLINE,
            plan=second_plan,
        )
    assert error.value.field == "plan"


def test_without_a_named_plan_the_coordinator_chooses_and_the_request_keeps_it(
    reference, expert, seed_plan, second_plan, coordinator, agencies
):
    request, rec = _accepted(expert)
    with pytest.raises(ServiceError, match="Hãy chọn kế hoạch nhận nhiệm vụ"):
        services.recommendation_task_create(
            actor=coordinator, recommendation=rec, agency=agencies["so-noi-vu"], deadline=DEADLINE
        )
    item = services.recommendation_task_create(
        actor=coordinator, recommendation=rec, agency=agencies["so-noi-vu"], deadline=DEADLINE, plan=seed_plan
    )
    assert item.plan == seed_plan
    request.refresh_from_db()
    assert request.plan == seed_plan
    assert AuditEvent.objects.filter(action="review.plan", target_id=str(request.pk)).exists()


def test_a_closed_named_plan_lets_the_coordinator_choose_another(
    reference, expert, seed_plan, second_plan, coordinator, agencies
):
    _request, rec = _accepted(expert, plan=second_plan)
    Plan.objects.filter(pk=second_plan.pk).update(closed_on=timezone.localdate())
    with pytest.raises(ServiceError, match="Hãy chọn kế hoạch"):
        services.recommendation_task_create(
            actor=coordinator, recommendation=rec, agency=agencies["so-noi-vu"], deadline=DEADLINE
        )
    second_plan.refresh_from_db()
    with pytest.raises(ServiceError, match="không còn hiệu lực"):
        services.recommendation_task_create(
            actor=coordinator,
            recommendation=rec,
            agency=agencies["so-noi-vu"],
            deadline=DEADLINE,
            plan=second_plan,
        )
    item = services.recommendation_task_create(
        actor=coordinator, recommendation=rec, agency=agencies["so-noi-vu"], deadline=DEADLINE, plan=seed_plan
    )
    assert item.plan == seed_plan


def test_a_request_cannot_name_a_closed_plan(reference, seed_plan, second_plan):
    Plan.objects.filter(pk=second_plan.pk).update(closed_on=timezone.localdate())
    second_plan.refresh_from_db()
    with pytest.raises(ServiceError, match="không còn hiệu lực"):
        review_request(plan=second_plan)


def test_the_request_form_offers_the_plans_in_force_and_stores_the_choice(
    client, reference, second_plan, union_officer, agencies
):
    client.force_login(union_officer)
    form = client.get(reverse("reviews:request_create")).content.decode()
    assert "kl52 — " in form and "na1026 — " in form
    today = timezone.localdate()
    client.post(
        reverse("reviews:request_create"),
        {
            "kind": "critique",
            "subject": "programme",
            "title": "Đề án bảo vệ bí mật nhà nước",
            "requesting_agency": agencies["so-noi-vu"].pk,
            "plan": second_plan.pk,
            "fields": ["401"],
            "opinion_due": (today + dt.timedelta(days=7)).strftime("%d/%m/%Y"),
            "deadline": (today + dt.timedelta(days=14)).strftime("%d/%m/%Y"),
        },
    )
    assert ReviewRequest.objects.get().plan == second_plan


def test_the_page_asks_for_the_plan_only_when_the_request_names_none(
    client, reference, expert, seed_plan, second_plan, coordinator, agencies
):
    request, rec = _accepted(expert)
    client.force_login(coordinator)
    url = reverse("reviews:request_detail", args=[request.pk])
    page = client.get(url).content.decode()
    assert 'name="plan"' in page and f'<option value="{second_plan.pk}">na1026 — ' in page
    task_url = reverse("reviews:recommendation_task", args=[rec.pk])
    data = {"agency": agencies["so-noi-vu"].pk, "deadline": DEADLINE.strftime("%d/%m/%Y")}
    client.post(task_url, data)  # no plan chosen: nothing made
    rec.refresh_from_db()
    assert rec.task is None
    client.post(task_url, {**data, "plan": second_plan.pk})
    rec.refresh_from_db()
    assert rec.task.plan == second_plan
    page = client.get(url).content.decode()
    assert "na1026" in page and 'name="plan"' not in page


def test_the_migration_names_the_plan_a_requests_tasks_already_joined(
    reference, expert, seed_plan, second_plan, union_officer, agencies
):
    import importlib

    from django.apps import apps

    migration = importlib.import_module("trithuc.reviews.migrations.0003_review_plan_picks13")
    request, rec = _accepted(expert, plan=second_plan)
    services.recommendation_task_create(
        actor=union_officer, recommendation=rec, agency=agencies["so-noi-vu"], deadline=DEADLINE
    )
    untouched = review_request(title="Đề nghị chưa có nhiệm vụ")
    ReviewRequest.objects.update(plan=None)  # as before the migration
    migration.plan_from_tasks(apps, None)
    assert dict(ReviewRequest.objects.values_list("pk", "plan")) == {
        request.pk: second_plan.pk,
        untouched.pk: None,
    }
