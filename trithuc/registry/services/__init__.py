"""Writes on single people: create, correct, consent. Each checks permission, logs, and keeps the cube exact."""

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from trithuc.core import audit
from trithuc.core.actors import Actor
from trithuc.core.errors import Forbidden, Invalid, ServiceError
from trithuc.registry.cube import cell_key, cells_move
from trithuc.registry.models import DegreeRecord, Intellectual, StField, TitleRecord
from trithuc.registry.permissions import can_edit_person, can_manage_registry
from trithuc.registry.selectors import person_qs_visible_to

# What a person may correct on their own record; the rest (kind, visibility, account) is the officer's.
SELF_EDITABLE = {
    "other_names",
    "birth_date",
    "birth_year",
    "gender",
    "ethnic_group",
    "workplace_agency",
    "workplace_name",
    "position",
    "lives_in",
    "works_in",
    "locality",
    "country",
    "honours",
    "email",
    "phone",
    "address",
}
OFFICER_EDITABLE = SELF_EDITABLE | {
    "kind",
    "full_name",
    "planning",
    "is_excellent_graduate",
    "attraction_policy",
    "attraction_year",
    "commitment_until",
    "consent_contact",
    "guardian_consent_on",
    "guardian_name",
    "is_restricted",
    "user",
}
PUPIL_FIELDS = {
    "kind",
    "full_name",
    "birth_year",
    "gender",
    "guardian_consent_on",
    "guardian_name",
    "locality",
}


@dataclass
class PersonData:
    """A person as a form or an import row gives it: plain fields plus degrees, titles and field codes."""

    values: dict[str, Any]
    degrees: list[dict[str, Any]] | None = None  # [{"kind", "year", "institution", "country", "major"}]
    titles: list[dict[str, Any]] | None = None  # [{"kind", "year"}]
    field_codes: list[str] | None = None
    changed: set[str] = field(default_factory=set)


def _check_pupil(person: Intellectual) -> None:
    if person.kind != Intellectual.Kind.PUPIL:
        return
    if not person.guardian_consent_on:
        raise ServiceError(
            "Học sinh là trẻ em: cần ghi nhận ngày cha mẹ, người giám hộ đồng ý.", field="guardian_consent_on"
        )
    extra = [
        name
        for name in ("email", "phone", "address", "ethnic_group_id", "position", "honours")
        if getattr(person, name)
    ]
    if extra:
        raise ServiceError(
            "Học sinh chỉ được ghi họ tên, năm sinh, giới tính, địa bàn và sự đồng ý của cha mẹ."
        )


def _apply(person: Intellectual, data: PersonData, allowed: set[str]) -> set[str]:
    """Sets the given values; returns the names of the fields whose value changed (never the values)."""
    changed: set[str] = set()
    for name, value in data.values.items():
        if name not in allowed:
            raise Forbidden("Bạn không được sửa thông tin này.", field=name)
        attr = f"{name}_id" if name in ("ethnic_group", "workplace_agency", "user") else name
        value = getattr(value, "pk", value)
        if getattr(person, attr) != value:
            changed.add(name)
            setattr(person, attr, value)
    return changed


def _related_changed(person: Intellectual, data: PersonData) -> set[str]:
    """Which of degrees, titles and fields the write replaces with something different."""
    if person.pk is None:
        old: dict[str, Any] = {"degrees": [], "titles": [], "fields": []}
    else:
        old = {
            "degrees": [(d.kind, d.year, d.institution, d.country, d.major) for d in person.degrees.all()],
            "titles": [(t.kind, t.year) for t in person.titles.all()],
            "fields": list(person.fields.values_list("code", flat=True)),
        }
    new = {
        "degrees": None
        if data.degrees is None
        else [
            (d["kind"], d.get("year"), d.get("institution", ""), d.get("country", ""), d.get("major", ""))
            for d in data.degrees
        ],
        "titles": None if data.titles is None else [(t["kind"], t.get("year")) for t in data.titles],
        "fields": data.field_codes,
    }
    return {
        name
        for name, value in new.items()
        if value is not None and sorted(map(str, value)) != sorted(map(str, old[name]))
    }


# The audit actions of every write of a person: the refusal of a stale edit names the last of them.
PERSON_WRITES = (
    "registry.person.update",
    "registry.person.create",
    "registry.person.consent",
    "registry.person.merge",
)


@transaction.atomic(durable=True)
def person_save(
    *, actor: Actor, person: Intellectual | None, data: PersonData, version: int | None = None
) -> Intellectual:
    """Create (person=None) or correct a person; degrees/titles/fields are replaced when given.

    `version` is the one the editor read: a record saved since is not overwritten (StaleVersion, 409), so two
    people correcting the same record cannot silently undo each other. None (imports, scripts) skips it."""
    creating = person is None
    if person is None:
        if not can_manage_registry(actor):
            raise Forbidden("Chỉ cán bộ quản lý cơ sở dữ liệu trí thức được thêm người.")
        person, allowed, old_key = Intellectual(), OFFICER_EDITABLE, None
    else:
        person = Intellectual.objects.select_for_update().get(pk=person.pk)
        if not can_edit_person(actor, person):
            raise Forbidden("Bạn không được sửa hồ sơ này.")
        if version is not None and person.version != version:
            raise audit.stale_version(
                person,
                actor=actor,
                noun="Hồ sơ",
                actions=PERSON_WRITES,
            )
        allowed = OFFICER_EDITABLE if can_manage_registry(actor) else SELF_EDITABLE
        old_key = cell_key(person)
    related = _related_changed(person, data)
    changed = _apply(person, data, allowed) | related
    _check_pupil(person)
    if data.field_codes is not None and len(StField.objects.filter(code__in=data.field_codes)) != len(
        set(data.field_codes)
    ):
        raise ServiceError("Lĩnh vực KH&CN không có trong bảng phân loại.", field="fields")
    degrees = (
        [DegreeRecord(**d) for d in data.degrees]
        if data.degrees is not None
        else list(person.degrees.all())
        if person.pk
        else []
    )
    titles = (
        [t["kind"] for t in data.titles]
        if data.titles is not None
        else list(person.titles.values_list("kind", flat=True))
        if person.pk
        else []
    )
    codes = (
        data.field_codes
        if data.field_codes is not None
        else list(person.fields.values_list("code", flat=True))
        if person.pk
        else []
    )
    person.refresh_derived(degrees=degrees, titles=titles, field_codes=codes)
    try:
        person.full_clean(exclude=["fields"])
    except ValidationError as error:
        raise Invalid.from_validation(error) from error
    person.save()  # raises its version (Intellectual.save)
    if data.degrees is not None:
        person.degrees.all().delete()
        DegreeRecord.objects.bulk_create([DegreeRecord(intellectual=person, **d) for d in data.degrees])
    if data.titles is not None:
        person.titles.all().delete()
        TitleRecord.objects.bulk_create([TitleRecord(intellectual=person, **t) for t in data.titles])
    if data.field_codes is not None:
        person.fields.set(data.field_codes)  # type: ignore[arg-type]  # StField's primary key is its code
    cells_move(old_key, cell_key(person))
    audit.record(
        actor=actor,
        action="registry.person.create" if creating else "registry.person.update",
        target=person,
        agency=person.workplace_agency,
        extra={"fields": sorted(changed)},  # which fields changed, never their values (Law 91/2025)
    )
    if (
        not person_qs_visible_to(actor).filter(pk=person.pk).exists()
        and actor is not None
        and getattr(actor, "is_authenticated", False)
    ):
        raise Forbidden("Sau khi sửa, bạn không còn quyền xem hồ sơ này.")
    return person


@transaction.atomic(durable=True)
def person_consent_set(*, actor: Actor, person: Intellectual, consent: bool) -> Intellectual:
    """The person (or the officer on their written request) gives or withdraws consent to publish contact data."""
    person = Intellectual.objects.select_for_update().get(pk=person.pk)
    if not can_edit_person(actor, person):
        raise Forbidden("Bạn không được thay đổi sự đồng ý của người khác.")
    if person.consent_contact != consent:
        person.consent_contact = consent
        person.consent_changed_at = timezone.now()
        person.save(update_fields=["consent_contact", "consent_changed_at", "updated_at"])
        audit.record(
            actor=actor,
            action="registry.person.consent",
            target=person,
            before={"consent_contact": not consent},
            after={"consent_contact": consent},
        )
    return person


@transaction.atomic(durable=True)
def person_delete(*, actor: Actor, person: Intellectual) -> None:
    """Removal on the person's request (right to erasure); the audit row keeps who and when, not the data."""
    if not can_manage_registry(actor):
        raise Forbidden("Chỉ cán bộ quản lý cơ sở dữ liệu trí thức được xóa hồ sơ.")
    person = Intellectual.objects.select_for_update().get(pk=person.pk)
    cells_move(cell_key(person), None)
    audit.record(
        actor=actor, action="registry.person.delete", target=person, extra={"on": dt.date.today().isoformat()}
    )
    person.delete()
