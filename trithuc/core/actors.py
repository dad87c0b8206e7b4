"""Who acts in a service: a signed-in user, or SYSTEM (the command line and the demo set-up)."""

from typing import TYPE_CHECKING, TypeAlias

from django.contrib.auth import get_user_model

from trithuc.core.permissions import SystemActor

if TYPE_CHECKING:
    from django.contrib.auth.models import AnonymousUser, User

# A page passes `request.user` (anonymous callers are turned away before a service runs, but the type allows
# them); the command line and the demo pass SYSTEM.
Actor: TypeAlias = "User | AnonymousUser | SystemActor"


def actor_user(actor: "Actor | None") -> "User | None":
    """The user to store as a row's author: none for SYSTEM or an anonymous caller."""
    return actor if isinstance(actor, get_user_model()) and actor.is_authenticated else None
