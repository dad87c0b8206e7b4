"""Who sees which early warnings: the coordinator, leaders and administrators every plan's (leaders only read:
the page has nothing to change); an agency's reporters and head only their own agency's."""

from dataclasses import dataclass
from typing import Any

from trithuc.core import permissions
from trithuc.core.permissions import Role

OVERSEER_ROLES = frozenset({Role.COORDINATOR, Role.LEADER, Role.ADMINISTRATOR})
AGENCY_ROLES = frozenset({Role.REPORTER, Role.HEAD})


@dataclass(frozen=True)
class AlertScope:
    """`agency_ids` None: every agency's warnings; a set: only those agencies'."""

    agency_ids: frozenset[int] | None


def alert_scope(user: Any) -> AlertScope | None:
    """None when the user may see no warnings at all (the view answers 404)."""
    if permissions.has_role(user, *OVERSEER_ROLES):
        return AlertScope(None)
    own = permissions.user_agency_ids(user, AGENCY_ROLES)
    return AlertScope(frozenset(own)) if own else None
