from django.http import HttpRequest

from trithuc.core.permissions import user_agencies, user_roles


def navigation(request: HttpRequest) -> dict:
    """The menu needs the user's roles and agencies on every page."""
    user = request.user
    if not user.is_authenticated:
        return {}
    return {"nav_roles": user_roles(user), "nav_agencies": user_agencies(user)}
