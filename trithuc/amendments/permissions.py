"""Who sees and moves amendment proposals (DESIGN §2): an agency's drafts are its own (404 for everyone else);
the coordinator consolidates and records the Province's decision; leaders read what was sent."""

from typing import Any

from django.db.models import Q, QuerySet

from trithuc.amendments.models import AmendmentProposal, AmendmentSet
from trithuc.core import permissions
from trithuc.core.permissions import SYSTEM, Role

PROPOSER_ROLES = frozenset({Role.REPORTER, Role.HEAD, Role.COORDINATOR})
READ_ALL_ROLES = frozenset({Role.COORDINATOR, Role.LEADER, Role.ADMINISTRATOR})
CONSOLIDATOR_ROLES = frozenset({Role.COORDINATOR, Role.ADMINISTRATOR})


def proposer_agencies(user: Any) -> list[Any]:
    """The agencies on whose behalf the user may write proposals."""
    return permissions.user_agencies(user, PROPOSER_ROLES)


def can_propose(user: Any, agency: Any) -> bool:
    return user is SYSTEM or agency.pk in {a.pk for a in proposer_agencies(user)}


def can_consolidate(user: Any) -> bool:
    return user is SYSTEM or permissions.has_role(user, *CONSOLIDATOR_ROLES)


def can_read_sets(user: Any) -> bool:
    return user is SYSTEM or permissions.has_role(user, *READ_ALL_ROLES)


def can_use_amendments(user: Any) -> bool:
    return bool(proposer_agencies(user)) or can_read_sets(user)


def proposal_qs_visible_to(user: Any) -> QuerySet[AmendmentProposal]:
    """Own agency's proposals in every state; everyone else's once sent, for those who read all."""
    proposals = AmendmentProposal.objects.select_related(
        "agency", "plan__document", "lead", "amendment_set"
    ).defer("plan__source_text")
    if user is SYSTEM:
        return proposals
    own = Q(agency_id__in=[a.pk for a in proposer_agencies(user)])
    if permissions.has_role(user, *READ_ALL_ROLES):
        return proposals.filter(own | ~Q(status=AmendmentProposal.Status.DRAFT))
    return proposals.filter(own)


def set_qs_visible_to(user: Any) -> QuerySet[AmendmentSet]:
    if not can_read_sets(user):
        return AmendmentSet.objects.none()
    return AmendmentSet.objects.select_related("plan__document", "result_plan", "created_by").defer(
        "plan__source_text", "result_plan__source_text"
    )
