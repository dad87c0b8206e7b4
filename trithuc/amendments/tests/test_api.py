import pytest

from trithuc.amendments.models import AmendmentProposal
from trithuc.api.services import api_token_create

pytestmark = pytest.mark.django_db
URL = "/api/v1/amendments/proposals"


def _auth(user) -> dict:
    return {"HTTP_AUTHORIZATION": f"Bearer {api_token_create(actor=user, name='kiểm thử')[1]}"}


def test_an_agency_posts_a_draft_that_only_it_lists(client, seed_plan, reporter_a, reporter_b, coordinator):
    body = {
        "plan": "kl52",
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


def test_a_broken_proposal_is_a_vietnamese_422(client, seed_plan, reporter_a):
    body = {"plan": "kl52", "agency": "so-noi-vu", "kind": "drop", "ref": "IX.9", "reasons": "Không cần."}
    response = client.post(URL, body, content_type="application/json", **_auth(reporter_a))
    assert response.status_code == 422  # invalid input: the field at fault is named (#14.3)
    assert response.json() == {"detail": "Kế hoạch không có nhiệm vụ IX.9.", "field": "ref"}
    body = {
        "plan": "kl52",
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


def test_a_proposal_names_its_plan_and_joins_that_one_not_the_newest(client, second_plan, reporter_a):
    """Two plans in force: the proposal is on the plan its `plan` code names; the list filters by plan."""
    body = {"agency": "so-noi-vu", "kind": "drop", "ref": "II.2.d", "reasons": "Đã xong."}
    for plan in ("kl52", "na1026"):
        ref = "II.2.d" if plan == "kl52" else "II.3"
        response = client.post(
            URL, {**body, "plan": plan, "ref": ref}, content_type="application/json", **_auth(reporter_a)
        )
        assert response.status_code == 201, response.json()
        assert response.json()["plan"] == plan
    stored = {p.ref: p.plan.code for p in AmendmentProposal.objects.select_related("plan")}
    assert stored == {"II.2.d": "kl52", "II.3": "na1026"}
    listed = client.get(URL + "?plan=na1026", **_auth(reporter_a)).json()["items"]
    assert [(p["plan"], p["ref"]) for p in listed] == [("na1026", "II.3")]


def test_a_proposal_without_a_plan_or_with_an_unknown_one_is_refused_in_vietnamese(
    client, second_plan, reporter_a
):
    body = {"agency": "so-noi-vu", "kind": "drop", "ref": "II.2.d", "reasons": "Đã xong."}
    response = client.post(URL, body, content_type="application/json", **_auth(reporter_a))
    assert response.status_code == 422
    assert response.json() == {
        "detail": "Hãy ghi mã kế hoạch của đề xuất (trường plan, ví dụ kl52).",
        "field": "plan",
    }
    response = client.post(
        URL, {**body, "plan": "khong-co"}, content_type="application/json", **_auth(reporter_a)
    )
    assert response.status_code == 404
    assert response.json() == {
        "detail": "Không có kế hoạch đang hiệu lực với mã “khong-co”.",
        "field": "plan",
    }
    assert not AmendmentProposal.objects.exists()
