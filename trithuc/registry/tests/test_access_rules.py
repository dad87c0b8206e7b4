"""Law 91/2025: who sees what of a person, and that every look and every export is logged."""

import io

import pytest
from openpyxl import load_workbook

from trithuc.core.models import AuditEvent
from trithuc.core.permissions import SYSTEM
from trithuc.registry.models import Intellectual
from trithuc.registry.services import person_consent_set
from trithuc.registry.tests.factories import person

DEGREES = [{"kind": "TS", "year": 2015, "institution": "Trường Đại học Đà Lạt", "country": "Việt Nam"}]


@pytest.fixture
def hen(agencies):
    """A K'Ho PhD at Sở Nội vụ (agency A) who did not consent to publishing her contact data."""
    return person(
        "Ka Sô Hen",
        gender="female",
        birth_year=1995,
        ethnic_group="15",
        email="hen@example.com",
        workplace_agency=agencies["so-noi-vu"],
        degrees=DEGREES,
        fields=["401"],
        consent_contact=False,
    )


def detail(client, user, pk):
    client.force_login(user)
    return client.get(f"/tri-thuc/{pk}/")


def test_registry_officer_sees_ethnicity_and_the_view_is_logged(client, registry_officer, hen):
    response = detail(client, registry_officer, hen.pk)
    assert response.status_code == 200 and 'id="ethnic-group"' in response.content.decode()
    event = AuditEvent.objects.get(action="registry.person.view")
    assert (event.actor, event.target_id, event.data["level"]) == (registry_officer, str(hen.pk), "full")


def test_coordinator_sees_name_degrees_fields_workplace_but_not_ethnicity_birth_or_contact(
    client, coordinator, hen
):
    page = detail(client, coordinator, hen.pk).content.decode()
    assert "Tiến sĩ" in page and "Trồng trọt" in page and "Sở Nội vụ" in page
    assert "Cơ-ho" not in page and 'id="ethnic-group"' not in page
    assert "1995" not in page and "hen@example.com" not in page


def test_union_officer_sees_contact_only_after_consent(client, union_officer, hen):
    assert "hen@example.com" not in detail(client, union_officer, hen.pk).content.decode()
    person_consent_set(actor=SYSTEM, person=hen, consent=True)
    assert "hen@example.com" in detail(client, union_officer, hen.pk).content.decode()


def test_agency_sees_its_own_staff_without_ethnicity_and_other_agencies_get_404(
    client, reporter_a, reporter_b, hen
):
    page = detail(client, reporter_a, hen.pk).content.decode()
    assert "1995" in page and "hen@example.com" in page and "Cơ-ho" not in page
    assert detail(client, reporter_b, hen.pk).status_code == 404


def test_leader_gets_aggregates_only(client, leader, hen):
    assert detail(client, leader, hen.pk).status_code == 404
    client.force_login(leader)
    assert client.get("/tri-thuc/").status_code == 404
    assert client.get("/tri-thuc/thong-ke/").status_code == 200


def test_pupils_are_seen_by_name_only_and_only_by_the_registry_officer(
    client, coordinator, registry_officer, agencies
):
    import datetime as dt

    pupil = person("Điểu Thị Lan", kind="pupil", birth_year=2012, guardian_consent_on=dt.date(2026, 5, 1))
    assert detail(client, coordinator, pupil.pk).status_code == 404
    page = detail(client, registry_officer, pupil.pk).content.decode()
    assert "Học sinh năng khiếu" in page


def test_a_pupil_needs_parental_consent(agencies):
    from trithuc.core.errors import ServiceError

    with pytest.raises(ServiceError, match="cha mẹ"):
        person("Điểu Thị Lan", kind="pupil", birth_year=2012)


def test_expert_sees_and_corrects_own_record_and_withdraws_consent(client, expert, hen):
    Intellectual.objects.filter(pk=hen.pk).update(user=expert, consent_contact=True)
    client.force_login(expert)
    assert client.get("/tri-thuc/cua-toi/")["Location"] == f"/tri-thuc/{hen.pk}/"
    assert 'id="ethnic-group"' in client.get(f"/tri-thuc/{hen.pk}/").content.decode()
    response = client.post(
        f"/tri-thuc/{hen.pk}/sua/",
        {
            "position": "Phó trưởng phòng",
            "works_in": "province",
            "degrees_text": "TS; 2015; Trường Đại học Đà Lạt; Việt Nam",
            "field_codes": ["401"],
        },
    )
    assert response.status_code == 302
    client.post(f"/tri-thuc/{hen.pk}/dong-y/", {})
    hen.refresh_from_db()
    assert hen.position == "Phó trưởng phòng" and hen.consent_contact is False and hen.consent_changed_at
    assert AuditEvent.objects.filter(action="registry.person.consent", actor=expert).exists()
    other = person("Lê Văn Khác")
    assert client.get(f"/tri-thuc/{other.pk}/").status_code == 404


def test_a_person_sees_who_opened_their_record_but_not_their_own_visits(
    client, expert, registry_officer, hen
):
    Intellectual.objects.filter(pk=hen.pk).update(user=expert)
    registry_officer.first_name, registry_officer.last_name = "Dữ Liệu", "Vũ Văn"
    registry_officer.save()
    client.force_login(registry_officer)
    client.get(f"/tri-thuc/{hen.pk}/")
    client.force_login(expert)
    page = client.get(f"/tri-thuc/{hen.pk}/").content.decode()
    assert "Ai đã xem hồ sơ của tôi" in page
    agency = registry_officer.memberships.get().agency.name
    assert page.count("Vũ Văn Dữ Liệu") == 1 and agency in page
    client.force_login(registry_officer)  # the section is the person's own: an officer does not see it
    assert "Ai đã xem hồ sơ của tôi" not in client.get(f"/tri-thuc/{hen.pk}/").content.decode()


def test_export_applies_permissions_and_is_logged(client, coordinator, registry_officer, hen):
    client.force_login(coordinator)
    sheet = load_workbook(io.BytesIO(client.get("/tri-thuc/xuat-excel/?minority=1").content)).active
    header = [c.value for c in next(sheet.iter_rows(max_row=1))]
    assert "Dân tộc" not in header and "Năm sinh" not in header and sheet.max_row == 2
    client.force_login(registry_officer)
    sheet = load_workbook(io.BytesIO(client.get("/tri-thuc/xuat-excel/?minority=0").content)).active
    assert sheet.max_row == 1 and sheet.cell(1, 1).value == "Không có người nào phù hợp bộ lọc."
    events = AuditEvent.objects.filter(action="registry.export")
    assert events.count() == 2 and events.filter(actor=coordinator).get().data["rows"] == 1


def test_accent_insensitive_search_and_filters(client, registry_officer, hen, agencies):
    person("Nguyễn Văn Hen", gender="male", birth_year=1970, workplace_agency=agencies["so-gddt"])
    client.force_login(registry_officer)
    page = client.get("/tri-thuc/?q=ka+so+hen").content.decode()
    assert "Ka Sô Hen" in page and "Nguyễn Văn Hen" not in page
    page = client.get(
        "/tri-thuc/?q=hen&gender=female&age_band=young&degree=doctorate&field=4&minority=1"
    ).content.decode()
    assert "Ka Sô Hen" in page and "Nguyễn Văn Hen" not in page
