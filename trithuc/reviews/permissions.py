"""Who sees and does what with review requests (DESIGN §2).

| role                     | requests                         | opinions                              | writes                    |
| union officer            | all                              | all                                   | everything but opinions   |
| coordinator, administrator | all (read)                     | all (read)                            | —                         |
| agency reporter / head   | own agency's                     | once the conclusion is sent           | create; answer recommendations |
| leader                   | those with a conclusion          | —                                     | —                         |
| expert                   | panels they sit on               | own; chair and secretary: the panel's | accept/decline, own opinion |
| registry officer         | —                                | —                                     | —                         |
"""

from typing import Any

from trithuc.core import permissions
from trithuc.core.permissions import SYSTEM, Role

ALL_READER_ROLES = frozenset({Role.UNION_OFFICER, Role.COORDINATOR, Role.ADMINISTRATOR})
AGENCY_ROLES = frozenset({Role.REPORTER, Role.HEAD})
CONCLUDED = ("concluded", "sent", "answered")


def is_union_officer(user: Any) -> bool:
    return user is SYSTEM or permissions.has_role(user, Role.UNION_OFFICER)


def reads_all(user: Any) -> bool:
    return user is SYSTEM or bool(permissions.user_roles(user) & ALL_READER_ROLES)


def requester_agency_ids(user: Any) -> set[int]:
    """Agencies on whose behalf the user asks for reviews and answers recommendations."""
    return permissions.user_agency_ids(user, AGENCY_ROLES)


def can_create_request(user: Any) -> bool:
    return is_union_officer(user) or bool(requester_agency_ids(user))


def seat_of(user: Any, request: Any) -> Any:
    """The user's own seat on the request's panel (through their registry record), or None."""
    if not getattr(user, "is_authenticated", False):
        return None
    for member in request.members.all():
        if member.account_id == user.pk:
            return member
    return None


def can_manage(user: Any, request: Any) -> bool:
    """Panels, documents, conclusion, sending: the Union's officers."""
    return is_union_officer(user)


def can_add_document(user: Any, request: Any) -> bool:
    """The Union until the conclusion, and the requesting agency until the panel starts work."""
    if is_union_officer(user):
        return request.status in ("new", "forming", "consulting")
    return request.status in ("new", "forming") and request.requesting_agency_id in requester_agency_ids(user)


def can_read_opinion(user: Any, request: Any, member: Any) -> bool:
    if reads_all(user):
        return True
    if request.requesting_agency_id in requester_agency_ids(user):
        return request.status in ("sent", "answered")
    seat = seat_of(user, request)
    if seat is None:
        return False
    return seat.pk == member.pk or seat.role in ("chair", "secretary")


def can_respond_recommendation(user: Any, request: Any) -> bool:
    return request.status in ("sent", "answered") and (
        is_union_officer(user) or request.requesting_agency_id in requester_agency_ids(user)
    )


def can_answer_invitation(user: Any, member: Any) -> bool:
    """The invited expert answers for themselves; the Union may record an answer given by telephone."""
    own = getattr(user, "is_authenticated", False) and member.account_id == user.pk
    return own or is_union_officer(user)


def can_write_opinion(user: Any, member: Any) -> bool:
    """Only the member themselves: the Union must not write an expert's words."""
    return getattr(user, "is_authenticated", False) and member.account_id == user.pk


def can_list(user: Any) -> bool:
    """The list page opens to every role of the table but the registry officer (an expert may sit on none yet)."""
    roles = permissions.user_roles(user)
    return bool(roles & (ALL_READER_ROLES | AGENCY_ROLES | {Role.LEADER, Role.EXPERT}))


def can_read_conclusion(user: Any, request: Any) -> bool:
    """The requesting agency reads it once it is sent; the Union, readers of all, leaders and the panel at once."""
    if request.status not in CONCLUDED:
        return False
    if request.status in ("sent", "answered") or reads_all(user) or permissions.has_role(user, Role.LEADER):
        return True
    return seat_of(user, request) is not None
