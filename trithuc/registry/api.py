"""The registry over the API with the pages' field-level rules: what a role may not see is absent, not blank."""

import datetime as dt

from django.http import HttpRequest
from ninja import Query, Router, Schema
from ninja.pagination import paginate

from trithuc.api.pagination import BoundedPagination, MappedPage
from trithuc.api.schemas import ERRORS, Code, Text
from trithuc.core import audit
from trithuc.registry.models import Intellectual
from trithuc.registry.permissions import RegistryAccess, registry_access
from trithuc.registry.selectors import (
    PersonFilters,
    filters_logged,
    person_detail,
    person_list,
    registry_summary_for,
)

router = Router()


class PersonOut(Schema):
    id: int
    full_name: str
    highest_degree: str
    fields: list[str]
    workplace: str
    # Present only where the user's role may see them (DESIGN §2, Law 91/2025):
    gender: str | None = None
    birth_year: int | None = None
    position: str | None = None
    email: str | None = None
    phone: str | None = None
    ethnic_group: str | None = None


class PersonQuery(Schema):
    q: Text = ""
    degree: Code = ""
    field: Code = ""


class SummaryOut(Schema):
    as_of: dt.date
    total: int
    young: int
    female: int
    # null for everyone but the registry officer when the page withholds it too; ethnicity_note says why
    ethnic_minority: int | None
    young_female_minority: int | None
    abroad: int
    attracted_in_year: int
    by_degree: dict[str, int]
    by_title: dict[str, int]
    by_field: dict[str, int]
    by_gender: dict[str, int]
    ethnicity_note: str = ""


def _person_out(person: Intellectual, level: str, access: RegistryAccess) -> PersonOut:
    agency, ethnic_group = person.workplace_agency, person.ethnic_group  # no query when the key is empty
    out = PersonOut(
        id=person.pk,
        full_name=person.full_name,
        highest_degree=person.highest_degree,
        fields=[f.code for f in person.fields.all()],
        workplace=agency.name if agency else person.workplace_name,
    )
    if level in ("full", "agency"):
        out.gender, out.birth_year, out.position = person.gender, person.birth_year, person.position
    if access.sees_contact(person):
        out.email, out.phone = person.email, person.phone
    if level == "full":
        out.ethnic_group = ethnic_group.name if ethnic_group else None
    return out


@router.get("/people", response={200: list[PersonOut], **ERRORS}, summary="Tra cứu trí thức (theo quyền)")
@paginate(BoundedPagination)
def person_search(request: HttpRequest, query: Query[PersonQuery]) -> MappedPage:
    """Paged to the end with limit/offset (the filters follow permissions.RegistryAccess.filterable); each page
    read is one audit row with its size."""
    access = registry_access(request.user)
    filters = PersonFilters.from_form(query.dict())
    people = person_list(user=request.user, filters=filters).select_related("workplace_agency")

    def page(rows: list[Intellectual]) -> list[PersonOut]:
        result = [_person_out(p, access.level(p), access) for p in rows if access.level(p)]
        audit.record(
            actor=request.user,
            action="registry.export",
            extra={"via": "api", "rows": len(result), "filters": filters_logged(filters)},
        )
        return result

    return MappedPage(people, page)


@router.get("/people/{person_id}", response={200: PersonOut, **ERRORS}, summary="Một hồ sơ (ghi nhật ký)")
def person_get(request: HttpRequest, person_id: int) -> PersonOut:
    person, level = person_detail(user=request.user, pk=person_id)
    return _person_out(person, level, registry_access(request.user))


@router.get("/summary", response={200: SummaryOut, **ERRORS}, summary="Số liệu tổng hợp")
def summary(request: HttpRequest) -> SummaryOut:
    return SummaryOut(**registry_summary_for(user=request.user, as_of=dt.date.today()).__dict__)
