"""Test people, written through the real service so derived columns and the statistics cube stay exact."""

from typing import Any

from trithuc.core.permissions import SYSTEM
from trithuc.registry.models import Intellectual
from trithuc.registry.reference import reference_data_ensure
from trithuc.registry.services import PersonData, person_save


def person(
    full_name: str = "Nguyễn Văn An",
    *,
    degrees: list[dict[str, Any]] | None = None,
    titles: list[dict[str, Any]] | None = None,
    fields: list[str] | None = None,
    **values: Any,
) -> Intellectual:
    reference_data_ensure()
    values.setdefault("works_in", "province")
    return person_save(
        actor=SYSTEM,
        person=None,
        data=PersonData(
            values={"full_name": full_name, **values},
            degrees=degrees or [],
            titles=titles or [],
            field_codes=fields or [],
        ),
    )
