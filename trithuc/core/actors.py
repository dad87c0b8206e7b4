"""Who acts in a service: a signed-in user, or SYSTEM (the command line and the demo set-up)."""

from typing import TYPE_CHECKING, Any, TypeAlias

from trithuc.core.permissions import SystemActor

if TYPE_CHECKING:
    from django.contrib.auth.models import AbstractBaseUser, AnonymousUser

Actor: TypeAlias = "AbstractBaseUser | AnonymousUser | SystemActor"


def actor_user(actor: Any) -> Any:
    """The user to store as a row's author: none for SYSTEM or an anonymous caller."""
    return actor if getattr(actor, "is_authenticated", False) else None
