"""Who may write progress: reporters and heads of an agency responsible for the item (DESIGN §2)."""

from typing import Any

from trithuc.agencies.models import Agency
from trithuc.core import permissions
from trithuc.plans.models import PlanItem

PROGRESS_WRITER_ROLES = frozenset({permissions.Role.REPORTER, permissions.Role.HEAD})


def progress_agencies(user: Any) -> list[Agency]:
    """The agencies on whose behalf the user may report progress."""
    return permissions.user_agencies(user, PROGRESS_WRITER_ROLES)


def can_update_progress(user: Any, item: PlanItem, agency: Agency, involved_agency_ids: set[int]) -> bool:
    return (
        item.is_task
        and agency.pk in involved_agency_ids
        and agency.pk in {a.pk for a in progress_agencies(user)}
    )


IMPORTER_ROLES = frozenset({permissions.Role.COORDINATOR, permissions.Role.ADMINISTRATOR})


def can_import_plans(user: Any) -> bool:
    """Only the coordinating department (and IT) brings new plans and new versions into the system."""
    return permissions.has_role(user, *IMPORTER_ROLES)
