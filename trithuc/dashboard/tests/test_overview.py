from django.urls import reverse


def test_empty_system_invites_the_coordinator_to_import(client, coordinator, no_plans):
    client.force_login(coordinator)
    response = client.get(reverse("dashboard:overview"))
    assert response.status_code == 200
    assert "Nhập kế hoạch đầu tiên" in response.content.decode()


def test_empty_system_tells_others_who_imports(client, reporter_a, no_plans):
    client.force_login(reporter_a)
    body = client.get(reverse("dashboard:overview")).content.decode()
    assert "Cán bộ điều phối" in body and "Nhập kế hoạch đầu tiên" not in body
