import datetime as dt

import pytest
import time_machine
from django.urls import reverse

from trithuc.api.models import ApiToken
from trithuc.api.services import api_token_create, api_token_revoke
from trithuc.core.models import AuditEvent
from trithuc.plans.models import ProgressUpdate


def bearer(raw):
    return {"HTTP_AUTHORIZATION": f"Bearer {raw}"}


@pytest.fixture
def reporter_token(reporter_a):
    return api_token_create(actor=reporter_a, name="Phần mềm một cửa")[1]


def test_token_is_stored_hashed_and_shown_once(reporter_a):
    token, raw = api_token_create(actor=reporter_a, name="Kết nối")
    assert raw.startswith("tt_") and raw not in token.key_hash and token.prefix == raw[:10]
    assert AuditEvent.objects.filter(action="api.token.create", actor=reporter_a).exists()


def test_api_needs_a_valid_token(client, seed_plan, reporter_token):
    assert client.get("/api/v1/plans").status_code == 401
    assert client.get("/api/v1/plans", **bearer("tt_sai")).json()["detail"].startswith("Chưa xác thực")
    assert client.get("/api/v1/plans", **bearer(reporter_token)).status_code == 200


def test_expired_and_revoked_tokens_are_refused(client, seed_plan, reporter_a, reporter_token):
    with time_machine.travel(dt.datetime.now(tz=dt.UTC) + dt.timedelta(days=91)):
        assert client.get("/api/v1/plans", **bearer(reporter_token)).status_code == 401
    api_token_revoke(actor=reporter_a, token=ApiToken.objects.get())
    assert client.get("/api/v1/plans", **bearer(reporter_token)).status_code == 401


def test_task_list_filters_like_the_page(client, seed_plan, reporter_token):
    url = f"/api/v1/plans/{seed_plan.pk}/tasks"
    body = client.get(url, {"q": "quan triet"}, **bearer(reporter_token)).json()
    assert [t["ref"] for t in body["items"]] == ["II.1.a"] and body["count"] == 1
    leads = client.get(
        url, {"agency": "so-tai-chinh", "role": "lead", "limit": 100}, **bearer(reporter_token)
    ).json()
    assert {"II.3.b", "III.5"} <= {t["ref"] for t in leads["items"]}


def test_task_detail_has_source_and_assignees(client, seed_plan, reporter_token):
    item = seed_plan.items.get(ref="III.4")
    with time_machine.travel(dt.datetime(2026, 1, 5, tzinfo=dt.UTC)):
        body = client.get(f"/api/v1/tasks/{item.pk}", **bearer(reporter_token)).json()
    lead = next(a for a in body["assignees"] if a["role"] == "lead")
    assert (lead["agency"], lead["current_successors"]) == ("so-khdt", ["so-tai-chinh"])
    assert body["source"].startswith("4. Sở Kế hoạch và Đầu tư")


def test_progress_through_the_api_uses_the_same_rules(client, seed_plan, reporter_token):
    own = seed_plan.items.get(ref="III.2.a")
    ok = client.post(
        f"/api/v1/tasks/{own.pk}/progress",
        {"agency": "so-noi-vu", "status": "in_progress", "result": "Đã rà soát"},
        content_type="application/json",
        **bearer(reporter_token),
    )
    assert ok.status_code == 201 and ProgressUpdate.objects.get().result == "Đã rà soát"
    missing_date = client.post(
        f"/api/v1/tasks/{own.pk}/progress",
        {"agency": "so-noi-vu", "status": "completed", "result": "Xong"},
        content_type="application/json",
        **bearer(reporter_token),
    )
    assert missing_date.status_code == 422 and missing_date.json() == {
        "detail": "Hãy nhập ngày hoàn thành.",
        "field": "completed_on",
    }
    other_agency = client.post(
        f"/api/v1/tasks/{seed_plan.items.get(ref='III.3').pk}/progress",
        {"agency": "so-gddt", "status": "in_progress", "result": "x"},
        content_type="application/json",
        **bearer(reporter_token),
    )
    assert other_agency.status_code == 404 and other_agency.json()["detail"] == "Không tìm thấy."
    assert ProgressUpdate.objects.count() == 1


def test_token_page_shows_the_new_token_once(client, coordinator):
    client.force_login(coordinator)
    response = client.post(reverse("apitokens:token_list"), {"name": "Kết nối DHIS2", "days": 30})
    raw = response.context["raw"]
    assert raw and raw in response.content.decode()
    assert raw not in client.get(reverse("apitokens:token_list")).content.decode()


def test_registry_api_applies_the_field_level_rules_and_logs(client, coordinator, registry_officer, agencies):
    from trithuc.registry.tests.factories import person

    someone = person("Ka Thị Hoa", workplace_agency=agencies["so-noi-vu"], ethnic_group="15")
    as_coordinator = client.get(
        f"/api/v1/registry/people/{someone.pk}", **bearer(api_token_create(actor=coordinator, name="a")[1])
    ).json()
    as_officer = client.get(
        f"/api/v1/registry/people/{someone.pk}",
        **bearer(api_token_create(actor=registry_officer, name="b")[1]),
    ).json()
    assert as_coordinator["full_name"] == "Ka Thị Hoa" and as_coordinator["ethnic_group"] is None
    assert as_coordinator["gender"] is None  # basic level: name, degrees, fields, workplace only
    assert as_officer["ethnic_group"]
    assert AuditEvent.objects.filter(action="registry.person.view", target_id=str(someone.pk)).count() == 2


def test_nul_and_broken_json_are_refused_in_vietnamese_before_any_query(client, seed_plan, reporter_token):
    """PostgreSQL refuses NUL in text; without the schema's pattern these reached a query (a 500 there)."""
    task = seed_plan.items.get(ref="III.2.a")
    url = f"/api/v1/tasks/{task.pk}/progress"
    body = {"agency": "so-noi-vu\x00", "status": "in_progress", "result": "Đang làm"}
    before = ProgressUpdate.objects.count()
    answer = client.post(url, data=body, content_type="application/json", **bearer(reporter_token))
    assert answer.status_code == 422 and answer.json()["detail"] == "Dữ liệu không hợp lệ."
    answer = client.get(f"/api/v1/plans/{seed_plan.pk}/tasks?q=a%00b", **bearer(reporter_token))
    assert answer.status_code == 400  # refused before any view by core.middleware.RefuseNulMiddleware
    answer = client.post(
        url, data="{không phải JSON", content_type="application/json", **bearer(reporter_token)
    )
    assert answer.status_code == 400 and answer.json()["detail"].startswith("Nội dung yêu cầu không đọc được")
    assert ProgressUpdate.objects.count() == before
