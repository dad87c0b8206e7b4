from typing import Any

from django.http import HttpRequest

from trithuc.core.permissions import PLAN_READER_ROLES, Role, user_agencies, user_roles

REGISTRY_LISTERS = {Role.COORDINATOR, Role.REPORTER, Role.HEAD, Role.UNION_OFFICER, Role.REGISTRY_OFFICER}
REVIEW_ROLES = {
    Role.COORDINATOR,
    Role.REPORTER,
    Role.HEAD,
    Role.LEADER,
    Role.UNION_OFFICER,
    Role.EXPERT,
    Role.ADMINISTRATOR,
}
AMENDMENT_ROLES = {Role.COORDINATOR, Role.REPORTER, Role.HEAD, Role.LEADER, Role.ADMINISTRATOR}


def navigation(request: HttpRequest) -> dict[str, Any]:
    """The menu needs the user's roles and agencies on every page: each link shows only to roles it opens for."""
    user = request.user
    if not user.is_authenticated:
        return {}
    roles = user_roles(user)
    if roles & REGISTRY_LISTERS:
        registry = "list"
    elif roles & {Role.LEADER, Role.ADMINISTRATOR}:
        registry = "stats"
    else:
        registry = ""
    return {
        "nav_roles": roles,
        "nav_agencies": user_agencies(user),
        "nav_can_import": bool(roles & {Role.COORDINATOR, Role.ADMINISTRATOR}),
        "nav_can_audit": bool(
            roles & {Role.COORDINATOR, Role.LEADER, Role.ADMINISTRATOR, Role.REGISTRY_OFFICER}
        ),
        "nav_can_read_plans": bool(roles & PLAN_READER_ROLES),
        "nav_can_report": bool(roles & PLAN_READER_ROLES),
        "nav_can_followup": bool(roles & {Role.COORDINATOR, Role.LEADER, Role.ADMINISTRATOR}),
        "nav_alerts": bool(
            roles & {Role.COORDINATOR, Role.LEADER, Role.ADMINISTRATOR, Role.REPORTER, Role.HEAD}
        ),
        "nav_registry": registry,
        "nav_is_expert": Role.EXPERT in roles,
        "nav_reviews": bool(roles & REVIEW_ROLES),
        "nav_events": bool(roles & PLAN_READER_ROLES),
        "nav_amendments": bool(roles & AMENDMENT_ROLES),
    }
