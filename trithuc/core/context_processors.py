from django.http import HttpRequest

from trithuc.core.permissions import Role, user_agencies, user_roles


def navigation(request: HttpRequest) -> dict:
    """The menu needs the user's roles and agencies on every page."""
    user = request.user
    if not user.is_authenticated:
        return {}
    roles = user_roles(user)
    return {
        "nav_roles": roles,
        "nav_agencies": user_agencies(user),
        "nav_can_import": bool(roles & {Role.COORDINATOR, Role.ADMINISTRATOR}),
        "nav_can_audit": bool(
            roles & {Role.COORDINATOR, Role.LEADER, Role.ADMINISTRATOR, Role.REGISTRY_OFFICER}
        ),
    }
