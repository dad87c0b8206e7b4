"""The registry officer's pages: the access log of personal data and deleting a record."""

import datetime as dt

from trithuc.core.models import AuditEvent
from trithuc.registry.models import DegreeRecord, Intellectual, StatCell
from trithuc.registry.tests.factories import person


def _log(client, **params) -> str:
    """The rows of the access log table."""
    page = client.get("/tri-thuc/nhat-ky-truy-cap/", params).content.decode()
    return page.split('id="access-log"', 1)[1].split("</table>", 1)[0]


def test_access_log_lists_who_viewed_and_exported_and_filters_by_person(
    client, registry_officer, coordinator, reporter_a, agencies
):
    hoa = person("Lê Thị Hoa", workplace_agency=agencies["so-noi-vu"])
    lan = person("Điểu Lan", workplace_agency=agencies["so-noi-vu"])
    client.force_login(coordinator)
    client.get(f"/tri-thuc/{hoa.pk}/")
    client.get("/tri-thuc/xuat-excel/", {"q": "Hoa"})
    client.force_login(reporter_a)
    client.get(f"/tri-thuc/{lan.pk}/")
    client.force_login(registry_officer)
    everything = _log(client)
    assert "Lê Thị Hoa" in everything and "Điểu Lan" in everything and "Xuất danh sách" in everything
    assert coordinator.username in everything and reporter_a.username in everything
    only_hoa = _log(client, person=hoa.pk)
    assert "Lê Thị Hoa" in only_hoa and reporter_a.username not in only_hoa
    assert "Xuất danh sách" not in only_hoa
    exports = _log(client, kind="export")
    assert "q=Hoa" in exports and "Điểu Lan" not in exports
    by_actor = _log(client, actor=reporter_a.username)
    assert "Điểu Lan" in by_actor and "Lê Thị Hoa" not in by_actor
    tomorrow = (dt.date.today() + dt.timedelta(days=1)).isoformat()
    assert "Không có lượt truy cập" in _log(client, date_from=tomorrow)


def test_the_person_page_links_the_officer_to_its_log_and_deletion(client, registry_officer, coordinator):
    someone = person("Lê Thị Hoa")
    client.force_login(registry_officer)
    page = client.get(f"/tri-thuc/{someone.pk}/").content.decode()
    assert (
        f"/tri-thuc/nhat-ky-truy-cap/?person={someone.pk}" in page and f"/tri-thuc/{someone.pk}/xoa/" in page
    )
    client.force_login(coordinator)
    page = client.get(f"/tri-thuc/{someone.pk}/").content.decode()
    assert "nhat-ky-truy-cap" not in page and "/xoa/" not in page


def test_delete_asks_for_confirmation_then_deletes_with_an_audit_row(client, registry_officer):
    someone = person("Lê Thị Hoa", gender="female", birth_year=1990, degrees=[{"kind": "TS", "year": 2020}])
    client.force_login(registry_officer)
    confirm = client.get(f"/tri-thuc/{someone.pk}/xoa/")
    assert confirm.status_code == 200 and "Không khôi phục được" in confirm.content.decode()
    assert Intellectual.objects.filter(pk=someone.pk).exists()
    response = client.post(f"/tri-thuc/{someone.pk}/xoa/")
    assert response.status_code == 302 and response["Location"] == "/tri-thuc/"
    assert not Intellectual.objects.filter(pk=someone.pk).exists()
    assert not DegreeRecord.objects.exists() and not StatCell.objects.filter(count__gt=0).exists()
    event = AuditEvent.objects.get(action="registry.person.delete")
    assert event.actor == registry_officer and event.target_id == str(someone.pk)
    assert client.post(f"/tri-thuc/{someone.pk}/xoa/").status_code == 404


def test_only_the_registry_officer_deletes(client, coordinator):
    someone = person("Lê Thị Hoa")
    client.force_login(coordinator)
    assert client.post(f"/tri-thuc/{someone.pk}/xoa/").status_code == 404
    assert Intellectual.objects.filter(pk=someone.pk).exists()
