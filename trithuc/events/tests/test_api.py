"""The events API: scoped lists, a dialogue's recommendations, and the answering agency's answer."""

import datetime as dt

import pytest

from trithuc.api.services import api_token_create
from trithuc.events.models import Event
from trithuc.events.tests.factories import event, recommendation

pytestmark = pytest.mark.django_db


def bearer(user):
    return {"HTTP_AUTHORIZATION": f"Bearer {api_token_create(actor=user, name='kiểm thử')[1]}"}


@pytest.fixture
def dialogue(agencies):
    found = event("lhh", kind=Event.Kind.DIALOGUE, title="Đối thoại 2025", start_on=dt.date(2025, 10, 18))
    recommendation(found, "so-noi-vu", deadline=dt.date(2025, 12, 31))
    return found


def test_lists_hide_other_agencies_drafts(client, reporter_a, reporter_b, dialogue):
    draft = event("so-noi-vu", publish=False, title="Hội nghị đang soạn")
    mine = [e["id"] for e in client.get("/api/v1/events/", **bearer(reporter_a)).json()["items"]]
    theirs = [e["id"] for e in client.get("/api/v1/events/", **bearer(reporter_b)).json()["items"]]
    assert draft.pk in mine and draft.pk not in theirs and dialogue.pk in theirs
    assert client.get(f"/api/v1/events/{draft.pk}", **bearer(reporter_b)).status_code == 404
    kinds = client.get("/api/v1/events/", {"kind": "dialogue"}, **bearer(reporter_b)).json()["items"]
    assert [e["id"] for e in kinds] == [dialogue.pk]


def test_answering_agency_answers_over_the_api(client, reporter_a, reporter_b, dialogue):
    rec = dialogue.recommendations.get()
    rows = client.get(f"/api/v1/events/{dialogue.pk}/recommendations", **bearer(reporter_b)).json()
    assert rows[0]["state"] == "overdue" and rows[0]["answering_agency"] == "so-noi-vu"
    path = f"/api/v1/events/recommendations/{rec.pk}/answer"
    body = {"answer": "Đã trình UBND tỉnh.", "answered_on": "2026-01-10"}
    assert client.post(path, body, content_type="application/json", **bearer(reporter_b)).status_code == 404
    empty = client.post(path, {"answer": " "}, content_type="application/json", **bearer(reporter_a))
    assert empty.status_code == 422 and "trả lời" in empty.json()["detail"]
    answered = client.post(path, body, content_type="application/json", **bearer(reporter_a)).json()
    assert answered["state"] == "answered_late" and answered["answered_on"] == "2026-01-10"
    overdue = client.get("/api/v1/events/recommendations", {"state": "overdue"}, **bearer(reporter_a)).json()
    assert overdue["count"] == 0
