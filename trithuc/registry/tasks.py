"""Background work of the registry: thin wrappers that fetch by id and call one service."""

from django.contrib.auth import get_user_model
from django_tasks import task

from trithuc.core.permissions import SYSTEM
from trithuc.registry.services.person_import import registry_import_validate, registry_import_write


@task()
def registry_import_validate_task(import_id: int) -> str:
    return registry_import_validate(import_id=import_id).status


@task()
def registry_import_write_task(import_id: int, actor_id: int | None = None) -> str:
    """Writing a confirmed large import; the confirmation (permission, mode, merges) was checked when queued."""
    actor = get_user_model().objects.filter(pk=actor_id).first() if actor_id else None
    return registry_import_write(import_id=import_id, actor=actor or SYSTEM).status
