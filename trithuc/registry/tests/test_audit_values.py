"""Issue 16.6: audit rows of personal data name the fields that changed, never their values (Law 91/2025)."""

import json

from django.apps import apps

from trithuc.core.models import AuditEvent
from trithuc.registry.models import Intellectual
from trithuc.registry.services import PersonData, person_delete, person_save
from trithuc.registry.services import person_import as service
from trithuc.registry.tests.factories import person
from trithuc.registry.tests.test_import import xlsx

# Values of the people below that no audit row may hold (the record's name stays as the row's target).
SECRETS = [
    "0912345678",
    "0987654321",
    "hen@example.com",
    "moi@example.com",
    "1987",
    "1988",
    "Ka Đơn",
    "Nhà 12",
    "Trưởng phòng",
    "Trường Đại học Tây Nguyên",
    "Cơ-ho",
    "Mạ",
    "TS;",
]


def _audit_text() -> str:
    rows = AuditEvent.objects.filter(action__startswith="registry.").values("data", "target_repr")
    return json.dumps(list(rows), ensure_ascii=False)


def test_no_value_of_a_person_is_in_the_audit_after_create_update_import_and_delete(registry_officer):
    hen = person(
        "Ka Sô Hen",
        birth_year=1987,
        ethnic_group="15",
        phone="0912345678",
        email="hen@example.com",
        locality="Ka Đơn",
        address="Nhà 12",
        position="Trưởng phòng",
        degrees=[{"kind": "TS", "year": 2015, "institution": "Trường Đại học Tây Nguyên", "country": ""}],
    )
    person_save(
        actor=registry_officer,
        person=hen,
        data=PersonData(
            values={
                "phone": "0987654321",
                "email": "moi@example.com",
                "ethnic_group": "21",
                "birth_year": 1988,
            }
        ),
    )
    draft = service.registry_import_start(
        actor=registry_officer, upload=xlsx([[1, "Ka Nhung", 1988, "Nữ", "Mạ", "TS", 2015, "401", "Sở Y tế"]])
    )
    service.registry_import_confirm(actor=registry_officer, draft=draft, mode="all")
    person_delete(actor=registry_officer, person=hen)
    update = AuditEvent.objects.get(action="registry.person.update")
    assert update.data["fields"] == ["birth_year", "email", "ethnic_group", "phone"]
    assert "before" not in update.data and "after" not in update.data
    assert AuditEvent.objects.filter(action__startswith="registry.").count() >= 5
    text = _audit_text()
    assert [s for s in SECRETS if s in text] == []


def test_an_update_that_changes_nothing_names_no_field(registry_officer):
    hen = person("Ka Sô Hen", phone="0912345678")
    person_save(
        actor=registry_officer, person=hen, data=PersonData(values={"phone": "0912345678"}, degrees=[])
    )
    assert AuditEvent.objects.get(action="registry.person.update").data["fields"] == []


def test_the_migration_strips_values_from_old_rows_and_keeps_field_names(db):
    migration = __import__("trithuc.registry.migrations.0007_audit_without_values", fromlist=["strip_values"])
    hen = person("Ka Sô Hen")
    old = AuditEvent.objects.create(
        action="registry.person.update",
        target_type="registry.intellectual",
        target_id=str(hen.pk),
        data={
            "before": {"ethnic_group": "15", "phone": "0912345678"},
            "after": {"fields": ["ethnic_group", "phone", "email"], "degrees": 1},
        },
    )
    created = AuditEvent.objects.create(
        action="registry.person.create", data={"after": {"fields": ["full_name", "email"]}}
    )
    other = AuditEvent.objects.create(action="agency.update", data={"before": {"name": "Sở Tư pháp"}})
    migration.strip_values(apps, None)
    old.refresh_from_db(), created.refresh_from_db(), other.refresh_from_db()
    assert old.data == {"fields": ["ethnic_group", "phone"]}
    assert created.data == {"fields": ["email", "full_name"]}
    assert other.data == {"before": {"name": "Sở Tư pháp"}}
    assert Intellectual.objects.filter(pk=hen.pk).exists()
