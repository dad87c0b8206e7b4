import pytest

from trithuc.amendments.models import AmendmentProposal
from trithuc.api.services import api_token_create

pytestmark = pytest.mark.django_db
URL = "/api/v1/amendments/proposals"


def _auth(user) -> dict:
    return {"HTTP_AUTHORIZATION": f"Bearer {api_token_create(actor=user, name='kiểm thử')[1]}"}


def test_an_agency_posts_a_draft_that_only_it_lists(client, seed_plan, reporter_a, reporter_b, coordinator):
    body = {
        "agency": "so-noi-vu",
        "kind": "add",
        "ref": "II.5.c",
        "text": "Cơ sở dữ liệu trí thức.",
        "reasons": "Cần.",
    }
    response = client.post(URL, body, content_type="application/json", **_auth(reporter_a))
    assert response.status_code == 201 and response.json()["status"] == "draft"
    assert [p["ref"] for p in client.get(URL, **_auth(reporter_a)).json()["items"]] == ["II.5.c"]
    for other in (reporter_b, coordinator):
        assert client.get(URL, **_auth(other)).json()["items"] == []


def test_a_broken_proposal_is_a_vietnamese_400(client, seed_plan, reporter_a):
    body = {"agency": "so-noi-vu", "kind": "drop", "ref": "IX.9", "reasons": "Không cần."}
    response = client.post(URL, body, content_type="application/json", **_auth(reporter_a))
    assert response.status_code == 400
    assert response.json() == {"detail": "Kế hoạch không có nhiệm vụ IX.9.", "field": "ref"}
    body = {
        "agency": "so-noi-vu",
        "kind": "amend",
        "ref": "II.2.b",
        "text": "x",
        "deadline_text": "y" * 300,
        "reasons": "z",
    }
    # longer than the form's field: refused by the schema with the form's limit, 422 (#16.9)
    assert client.post(URL, body, content_type="application/json", **_auth(reporter_a)).status_code == 422
    assert not AmendmentProposal.objects.exists()
