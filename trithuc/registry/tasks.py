"""Background work of the registry: thin wrappers that fetch by id and call one service."""

from django_tasks import task

from trithuc.registry.services.person_import import registry_import_validate


@task()
def registry_import_validate_task(import_id: int) -> str:
    return registry_import_validate(import_id=import_id).status
