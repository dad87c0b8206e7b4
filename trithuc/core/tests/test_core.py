import re

import pytest
from django.contrib.auth import get_user_model
from django.test import override_settings
from django.urls import reverse

from trithuc.agencies.models import Agency
from trithuc.core.errors import ServiceError
from trithuc.core.models import AuditEvent, Membership
from trithuc.core.text import search_key
from trithuc.demo.setup import DEMO_ACCOUNTS, demo_setup
from trithuc.plans.models import PlanItem, ProgressUpdate


def test_demo_is_idempotent_and_loses_nothing(db):
    first = demo_setup()
    counts = (get_user_model().objects.count(), PlanItem.objects.count(), ProgressUpdate.objects.count())
    assert first["users"] == len(DEMO_ACCOUNTS) and first["updates"] > 0
    assert min(first["reviews"], first["events"], first["amendments"]) > 0
    item = PlanItem.objects.get(ref="III.2.a", plan_id=first["plan"])
    ProgressUpdate.objects.create(
        item=item, agency=Agency.objects.get(code="so-noi-vu"), status="in_progress", result="Mới"
    )
    second = demo_setup()
    assert (
        second["users"],
        second["updates"],
        second["reviews"],
        second["events"],
        second["amendments"],
    ) == (
        0,
        0,
        0,
        0,
        0,
    )
    assert (get_user_model().objects.count(), PlanItem.objects.count()) == counts[:2]
    assert ProgressUpdate.objects.count() == counts[2] + 1
    roles = set(Membership.objects.values_list("role", flat=True))
    assert roles == set(Membership.Role.values)  # one account per role of DESIGN §2


@override_settings(IS_PRODUCTION=True, DEMO_ALLOWED=False)
def test_demo_is_refused_in_production(db):
    with pytest.raises(ServiceError):
        demo_setup()
    assert not get_user_model().objects.exists()


def test_production_checks_fail_loudly(settings):
    from trithuc.core.checks import production_settings_check

    settings.IS_PRODUCTION, settings.DEBUG = True, True
    ids = {problem.id for problem in production_settings_check(None)}
    assert {"trithuc.E001", "trithuc.E003"} <= ids
    on_sqlite = settings.DATABASES["default"]["ENGINE"].endswith("sqlite3")
    assert ("trithuc.E002" in ids) == on_sqlite  # production must run on PostgreSQL


def test_audit_rows_carry_the_request_id(client, reporter_a, seed_plan):
    item = seed_plan.items.get(ref="III.2.a")
    client.force_login(reporter_a)
    response = client.post(
        reverse("plans:task_progress", args=[item.plan.code, item.pk, "so-noi-vu"]),
        {"status": "in_progress", "result": "Đang làm"},
        HTTP_X_REQUEST_ID="req-123",
    )
    assert response["X-Request-ID"] == "req-123"
    event = AuditEvent.objects.get(action="progress.create")
    assert (event.request_id, event.actor, event.agency.code) == ("req-123", reporter_a, "so-noi-vu")


@pytest.mark.parametrize("given", ["<script>", "a b", "x" * 65, "id\u202e", "dòng"])
def test_a_malformed_request_id_is_replaced_not_stored(client, agencies, given):
    response = client.get("/dang-nhap/", HTTP_X_REQUEST_ID=given)
    assert response["X-Request-ID"] != given and re.fullmatch(r"[0-9a-f]{32}", response["X-Request-ID"])


def test_signed_in_answers_are_not_kept_by_browsers_or_proxies(client, coordinator, registry_officer):
    client.force_login(registry_officer)
    for url in ("/tri-thuc/", "/tri-thuc/xuat-excel/", "/api/v1/agencies/"):
        response = client.get(url)
        assert response.status_code == 200 and "no-store" in response["Cache-Control"], url


def test_admin_edit_is_audited_with_before_and_after(client, administrator, agencies):
    agency = agencies["so-tu-phap"]
    client.force_login(administrator)
    url = reverse("admin:agencies_agency_change", args=[agency.pk])
    form = {
        "code": agency.code,
        "name": "Sở Tư pháp tỉnh Lâm Đồng",
        "short_name": agency.short_name,
        "kind": agency.kind,
        "aliases-TOTAL_FORMS": "0",
        "aliases-INITIAL_FORMS": "0",
        "successions-TOTAL_FORMS": "0",
        "successions-INITIAL_FORMS": "0",
    }
    response = client.post(url, form)
    assert response.status_code == 302, response.content.decode()[:2000]
    event = AuditEvent.objects.get(action="admin.agency.change")
    assert event.data["before"]["name"] == "Sở Tư pháp"
    assert event.data["after"]["name"] == "Sở Tư pháp tỉnh Lâm Đồng"


def test_search_key_ignores_accents_and_case():
    assert search_key("Quán triệt") == search_key("quan triet")
    assert search_key("Nguyễn Văn A") == search_key("nguyen van a")


def test_pages_are_in_vietnamese(client, coordinator, seed_plan):
    client.force_login(coordinator)
    body = client.get(reverse("dashboard:overview")).content.decode()
    assert '<html lang="vi">' in body and "Tổng quan các kế hoạch" in body


def test_admin_changes_to_accounts_and_groups_are_audited_without_personal_values(
    client, administrator, reporter_a
):
    """#16 low: user and group changes in the admin left no audit row."""
    from django.contrib.auth.models import Group  # noqa: PLC0415

    client.force_login(administrator)
    group = Group.objects.create(name="Cán bộ nhập liệu")
    form = {
        "username": reporter_a.username,
        "first_name": "Nội Vụ",
        "last_name": "Trần Văn",
        "email": "moi@snv.example",
        "is_active": "on",
        "groups": [group.pk],
        "date_joined_0": "01/01/2026",
        "date_joined_1": "08:00:00",
    }
    response = client.post(reverse("admin:auth_user_change", args=[reporter_a.pk]), form)
    assert response.status_code == 302, response.content.decode()[:3000]
    event = AuditEvent.objects.get(action="admin.user.change", target_id=str(reporter_a.pk))
    assert {"email", "groups", "first_name"} <= set(event.data["fields"])
    assert "moi@snv.example" not in str(event.data) and event.actor == administrator
    url = reverse("admin:auth_user_password_change", args=[reporter_a.pk])
    response = client.post(url, {"password1": "Mat-khau-moi-2026!", "password2": "Mat-khau-moi-2026!"})
    assert response.status_code == 302
    assert AuditEvent.objects.filter(action="admin.user.password", target_id=str(reporter_a.pk)).exists()
    response = client.post(reverse("admin:auth_group_change", args=[group.pk]), {"name": "Nhập liệu"})
    assert response.status_code == 302
    event = AuditEvent.objects.get(action="admin.group.change")
    assert (event.data["before"]["name"], event.data["after"]["name"]) == ("Cán bộ nhập liệu", "Nhập liệu")
