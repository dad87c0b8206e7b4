"""Who may do what with events (DESIGN §2, decided for issue 6.2):

| role                         | reads                                  | writes                                        |
| reporter / head of an agency | published events, own agency's drafts  | own agency's conferences, seminars, media     |
| union officer                | published events, own agency's drafts  | every kind for own agency (dialogues, contests)|
| coordinator, leader, admin,  | published events                       | —                                             |
| registry officer             |                                        |                                               |
| expert                       | nothing (404)                          | —                                             |

Recommendations are read with their dialogue; the answering agency's reporter or head writes the answer.
"""

from typing import Any

from trithuc.core import permissions
from trithuc.core.permissions import SYSTEM, Role, can_read_plans
from trithuc.events.models import Event

AGENCY_KINDS = frozenset({Event.Kind.DISSEMINATION, Event.Kind.SEMINAR, Event.Kind.MEDIA})
UNION_KINDS = frozenset(Event.Kind.values)
AGENCY_ROLES = frozenset({Role.REPORTER, Role.HEAD})
EDITOR_ROLES = AGENCY_ROLES | {Role.UNION_OFFICER}


def can_read_events(user: Any) -> bool:
    return user is SYSTEM or can_read_plans(user)


def editor_agency_ids(user: Any) -> set[int]:
    """Agencies whose events the user writes (their drafts included)."""
    return permissions.user_agency_ids(user, EDITOR_ROLES)


def kinds_for(user: Any, agency_id: int) -> frozenset[str]:
    """The kinds of event the user may record for one agency: the Union's officers hold dialogues and contests."""
    if user is SYSTEM or agency_id in permissions.user_agency_ids(user, {Role.UNION_OFFICER}):
        return UNION_KINDS
    if agency_id in permissions.user_agency_ids(user, AGENCY_ROLES):
        return AGENCY_KINDS
    return frozenset()


def can_create_events(user: Any) -> bool:
    return user is SYSTEM or bool(editor_agency_ids(user))


def can_edit_event(user: Any, event: Event) -> bool:
    return event.kind in kinds_for(user, event.organiser_id)


def answer_agency_ids(user: Any) -> set[int]:
    return permissions.user_agency_ids(user, AGENCY_ROLES)


def can_answer_recommendation(user: Any, recommendation: Any) -> bool:
    """The answering agency writes its answer once the dialogue is published."""
    return recommendation.event.is_published and (
        user is SYSTEM or recommendation.answering_agency_id in answer_agency_ids(user)
    )
