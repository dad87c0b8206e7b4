"""Access table of the plans, agencies, dashboard and admin pages (see trithuc/tests/access_matrix.py)."""

from django.core.files.base import ContentFile

from conftest import ROLE_FIXTURES
from trithuc.plans.models import PlanImport, ProgressUpdate
from trithuc.tests.access_matrix import IMPORTERS, READERS, role_map

READ = role_map(READERS, 200, 404)
MATRIX = {
    "dashboard:overview": {**READ, "expert": 302},  # an expert is sent to the panels they sit on
    "plans:plan_list": READ,
    "plans:plan_overview": READ,
    "plans:plan_tree": READ,
    "plans:plan_version": role_map(
        READERS, 302, 404
    ),  # an older version's page: plans/tests/test_superseded.py
    "plans:plan_tasks": READ,
    "plans:task_list": READ,
    "plans:item_meta": READ,
    "plans:item_children": READ,
    "plans:task": READ,
    "plans:task_progress": role_map({"reporter_a", "head_a"}, 200, 404),
    # The addresses of before the plan codes: the same page under the code, for whoever may read it.
    "plans:plan_detail": role_map(READERS, 301, 404),
    "plans:task_detail": role_map(READERS, 301, 404),
    "plans:progress_create": role_map(READERS, 301, 404),
    "plans:evidence_download": READ,
    "agencies:agency_list": dict.fromkeys(ROLE_FIXTURES, 200),
    "agencies:agency_detail": READ,
    "agencies:my_agency": dict.fromkeys(ROLE_FIXTURES, 302),
    "agencies:agency_transfer": role_map(IMPORTERS, 200, 404),
    "admin:index": role_map({"administrator"}, 200, 302),
    "plans:import_new": role_map(IMPORTERS, 200, 404),
    "plans:import_detail": role_map(IMPORTERS, 200, 404),
    "plans:import_status": role_map(IMPORTERS, 200, 404),
    "plans:import_correct": role_map(IMPORTERS, 302, 404),
    "plans:import_fix": role_map(IMPORTERS, 302, 404),
    "plans:import_undo": role_map(IMPORTERS, 302, 404),
    "plans:import_confirm": role_map(IMPORTERS, 302, 404),
    "plans:import_discard": role_map(IMPORTERS, 302, 404),
    "plans:import_retry": role_map(IMPORTERS, 302, 404),
}
POST_ONLY = {
    "plans:import_correct",
    "plans:import_fix",
    "plans:import_undo",
    "plans:import_confirm",
    "plans:import_discard",
    "plans:import_retry",
}
PARSED = {"document": {}, "items": [], "agencies": [], "warnings": []}


def url_args(request) -> dict[str, list]:
    seed_plan = request.getfixturevalue("seed_plan")
    agencies = request.getfixturevalue("agencies")
    task = seed_plan.items.get(ref="III.2.a")
    update = ProgressUpdate(item=task, agency=agencies["so-noi-vu"], status="in_progress", result="Đang làm")
    update.evidence.save("bien-ban.pdf", ContentFile(b"%PDF-1.4 minh chung"), save=False)
    update.save()
    draft = PlanImport.objects.create(
        source_name="ke-hoach.txt", kind="txt", status="preview", parsed=PARSED, text="x"
    )
    return {
        "plans:import_detail": [draft.pk],
        "plans:import_status": [draft.pk],
        "plans:import_correct": [draft.pk],
        "plans:import_fix": [draft.pk],
        "plans:import_undo": [draft.pk, 1],
        "plans:import_confirm": [draft.pk],
        "plans:import_discard": [draft.pk],
        "plans:import_retry": [draft.pk],
        "plans:plan_detail": [seed_plan.pk],
        "plans:plan_overview": [seed_plan.code],
        "plans:plan_tree": [seed_plan.code],
        "plans:plan_version": [seed_plan.code, seed_plan.version],  # the version in force: sent to the tree
        "plans:plan_tasks": [seed_plan.code],
        "plans:task": [seed_plan.code, task.pk],
        "plans:task_progress": [seed_plan.code, task.pk, "so-noi-vu"],
        "plans:task_detail": [task.pk],
        "plans:item_meta": [task.pk],
        "plans:item_children": [task.parent_id],
        "plans:progress_create": [task.pk, "so-noi-vu"],
        "plans:evidence_download": [update.pk],
        "agencies:agency_detail": ["so-noi-vu"],
        "agencies:agency_transfer": ["so-tttt"],
    }
