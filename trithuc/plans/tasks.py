"""Background work of the plans app: thin wrappers that fetch by id and call one service."""

from django_tasks import task

from trithuc.plans.services.plan_import import plan_import_parse


@task()
def plan_import_parse_task(plan_import_id: int) -> str:
    return plan_import_parse(plan_import_id=plan_import_id).status
