"""Who may do what with agency reports (DESIGN §2): agencies edit their own, the head submits, the coordinator
decides and consolidates."""

from typing import Any

from trithuc.core import permissions
from trithuc.core.permissions import SYSTEM, Role

REPORT_WRITER_ROLES = frozenset({Role.REPORTER, Role.HEAD})
DECIDER_ROLES = frozenset({Role.COORDINATOR})


def report_agency_ids(user: Any) -> set[int]:
    """Agencies whose reports the user writes (drafts included)."""
    return permissions.user_agency_ids(user, REPORT_WRITER_ROLES)


def can_edit_report(user: Any, report: Any) -> bool:
    return report.is_editable and (user is SYSTEM or report.agency_id in report_agency_ids(user))


def can_submit_report(user: Any, report: Any) -> bool:
    """Only the agency head (or deputy) sends the agency's report."""
    return user is SYSTEM or report.agency_id in permissions.user_agency_ids(user, {Role.HEAD})


def is_plan_coordinator(user: Any, plan: Any = None) -> bool:
    """A coordinator of the plan's coordinating agency (Plan.coordinator, Sở KH&CN in the seed); when the plan
    names none, any coordinator."""
    if user is SYSTEM:
        return True
    agencies = permissions.user_agency_ids(user, DECIDER_ROLES)
    if plan is None or plan.coordinator_id is None:
        return bool(agencies)
    return plan.coordinator_id in agencies


def can_decide_report(user: Any, plan: Any = None) -> bool:
    """The coordinating department returns or accepts reports."""
    return is_plan_coordinator(user, plan)


def can_consolidate(user: Any, plan: Any = None) -> bool:
    return is_plan_coordinator(user, plan)


def can_follow_up(user: Any) -> bool:
    return permissions.has_role(user, Role.COORDINATOR, Role.LEADER, Role.ADMINISTRATOR)
