"""Role helpers: every permission question starts from the user's memberships (DESIGN §2)."""

from typing import Any

from trithuc.core.models import Membership
from trithuc.core.prepared import rows_with_related

Role = Membership.Role
PLAN_READER_ROLES = frozenset(
    {
        Role.COORDINATOR,
        Role.LEADER,
        Role.ADMINISTRATOR,
        Role.REPORTER,
        Role.HEAD,
        Role.UNION_OFFICER,
        Role.REGISTRY_OFFICER,
    }
)


class SystemActor:
    """The command line and the demo set-up: an operator with shell access, allowed every write, logged as such."""

    is_authenticated = False
    is_superuser = False
    pk = None

    def __str__(self) -> str:
        return "hệ thống (dòng lệnh)"


SYSTEM = SystemActor()


def _memberships(user: Any) -> list[Membership]:
    if not getattr(user, "is_authenticated", False):
        return []
    cached = getattr(user, "_trithuc_memberships", None)
    if cached is None:
        cached = rows_with_related(Membership, "agency", "user", user.pk)  # asked on every request
        user._trithuc_memberships = cached
    return cached


def user_roles(user: Any) -> set[str]:
    if user is SYSTEM:
        return set(Role.values)
    roles = {m.role for m in _memberships(user)}
    if getattr(user, "is_superuser", False):
        roles.add(Role.ADMINISTRATOR)
    return roles


def user_agencies(user: Any, roles: frozenset[str] | set[str] | None = None) -> list[Any]:
    return [m.agency for m in _memberships(user) if roles is None or m.role in roles]


def user_agency_ids(user: Any, roles: frozenset[str] | set[str] | None = None) -> set[int]:
    return {a.pk for a in user_agencies(user, roles)}


def has_role(user: Any, *roles: str) -> bool:
    return bool(user_roles(user) & set(roles))


def can_read_plans(user: Any) -> bool:
    return bool(user_roles(user) & PLAN_READER_ROLES)
