"""Issue 16 (Low): a list or search page of the registry is audited once, with filters and count; the registry
API pages to the end instead of stopping at 500 people."""

from trithuc.api.services import api_token_create
from trithuc.core.models import AuditEvent
from trithuc.core.permissions import SYSTEM
from trithuc.registry.models import Intellectual
from trithuc.registry.reference import reference_data_ensure
from trithuc.registry.services import PersonData, person_save


def test_a_list_view_is_one_audit_row_with_the_filters_and_the_count(client, coordinator, agencies):
    reference_data_ensure()
    for name in ("Ka Sô Hen", "Ka Thị Hoa", "Lê Văn An"):
        person_save(
            actor=SYSTEM, person=None, data=PersonData(values={"full_name": name, "works_in": "province"})
        )
    client.force_login(coordinator)
    assert client.get("/tri-thuc/", {"q": "ka", "planning": "any"}).status_code == 200
    event = AuditEvent.objects.get(action="registry.list")
    assert event.actor == coordinator and event.target_id == ""
    assert event.data == {"rows": 2, "page": 1, "filters": {"q": "ka"}}  # planning: not the coordinator's


def test_the_officer_reads_list_views_in_the_access_log(client, coordinator, registry_officer, agencies):
    client.force_login(coordinator)
    client.get("/tri-thuc/", {"q": "hen"})
    client.force_login(registry_officer)
    page = client.get("/tri-thuc/nhat-ky-truy-cap/", {"kind": "list"}).content.decode()
    assert "Xem danh sách" in page and "q=hen" in page


def test_the_registry_api_pages_past_500_people(client, coordinator, agencies):
    reference_data_ensure()
    Intellectual.objects.bulk_create(
        [
            Intellectual(full_name=f"Người {i:04d}", search_name=f"nguoi {i:04d}", sort_key=f"{i:04d}")
            for i in range(620)
        ]
    )
    token = api_token_create(actor=coordinator, name="kết nối")[1]
    auth = {"HTTP_AUTHORIZATION": f"Bearer {token}"}
    first = client.get("/api/v1/registry/people", {"limit": 500, "offset": 0}, **auth).json()
    rest = client.get("/api/v1/registry/people", {"limit": 500, "offset": 500}, **auth).json()
    assert first["count"] == rest["count"] == 620
    assert len(first["items"]) == 500 and len(rest["items"]) == 120
    names = [p["full_name"] for p in first["items"] + rest["items"]]
    assert names == [f"Người {i:04d}" for i in range(620)]
    assert list(
        AuditEvent.objects.filter(action="registry.export")
        .order_by("id")
        .values_list("data__rows", flat=True)
    ) == [
        500,
        120,
    ]
