"""Double submit (#16 Low): the same create form sent twice (a double click, a resent page) creates one
progress update, one event and one proposal; the repeat is sent to the first one's result."""

import re

import pytest
from django.urls import reverse

from trithuc.amendments.models import AmendmentProposal
from trithuc.core.models import Submission
from trithuc.events.models import Event
from trithuc.plans.models import ProgressUpdate

pytestmark = pytest.mark.django_db


def _key(page) -> str:
    found = re.search(r'name="submission" value="([0-9a-f]{32})"', page.content.decode())
    assert found, "the form carries no one-time key"
    return found.group(1)


def _twice(client, url, data):
    data = {**data, "submission": _key(client.get(url))}
    return client.post(url, data), client.post(url, data)


def test_a_progress_update_sent_twice_is_stored_once(client, seed_plan, reporter_a):
    item = seed_plan.items.get(ref="III.2.a")
    client.force_login(reporter_a)
    url = reverse("plans:task_progress", args=[item.plan.code, item.pk, "so-noi-vu"])
    first, second = _twice(client, url, {"status": "in_progress", "result": "Đã rà soát"})
    assert first.status_code == second.status_code == 302 and first["Location"] == second["Location"]
    assert ProgressUpdate.objects.count() == 1


def test_an_event_sent_twice_is_stored_once(client, reporter_a, agencies):
    client.force_login(reporter_a)
    url = reverse("events:event_create")
    data = {
        "kind": "dissemination",
        "title": "Hội nghị quán triệt",
        "organiser": agencies["so-noi-vu"].pk,
        "start_on": "10/03/2026",
        "participants_total": 80,
        "articles": 0,
        "broadcasts": 0,
    }
    first, second = _twice(client, url, data)
    assert first.status_code == 302, first.content.decode()[:2000]
    assert second.status_code == 302 and first["Location"] == second["Location"]
    assert Event.objects.count() == 1


def test_a_proposal_sent_twice_is_stored_once(client, seed_plan, agencies, reporter_a):
    client.force_login(reporter_a)
    url = reverse("amendments:proposal_create", args=[seed_plan.code])
    data = {
        "agency": agencies["so-noi-vu"].pk,
        "kind": "amend",
        "ref": "II.2.b",
        "text": "Mới.",
        "reasons": "Cần.",
    }
    first, second = _twice(client, url, data)
    assert first.status_code == second.status_code == 302 and first["Location"] == second["Location"]
    assert AmendmentProposal.objects.count() == 1


def test_a_refused_form_keeps_its_key_and_the_corrected_one_goes_through_once(client, seed_plan, reporter_a):
    item = seed_plan.items.get(ref="III.2.a")
    client.force_login(reporter_a)
    url = reverse("plans:task_progress", args=[item.plan.code, item.pk, "so-noi-vu"])
    key = _key(client.get(url))
    refused = client.post(url, {"status": "completed", "result": "Xong", "submission": key})  # no date
    assert refused.status_code == 200 and _key(refused) == key and not Submission.objects.exists()
    fixed = {"status": "in_progress", "result": "Đang làm", "submission": key}
    assert client.post(url, fixed).status_code == 302 and client.post(url, fixed).status_code == 302
    assert ProgressUpdate.objects.count() == 1


def test_another_user_cannot_reuse_a_key(client, seed_plan, reporter_a, head_a):
    """Keys are per user: someone else's key opens nobody's result."""
    item = seed_plan.items.get(ref="III.2.a")
    client.force_login(reporter_a)
    url = reverse("plans:task_progress", args=[item.plan.code, item.pk, "so-noi-vu"])
    key = _key(client.get(url))
    client.post(url, {"status": "in_progress", "result": "Một", "submission": key})
    client.force_login(head_a)
    assert client.get(url).status_code == 200
    assert client.post(url, {"status": "in_progress", "result": "Hai", "submission": key}).status_code == 302
    assert ProgressUpdate.objects.count() == 2
