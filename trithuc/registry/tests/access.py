"""Access table of the registry pages (see trithuc/tests/access_matrix.py and permissions.py)."""

from django.core.files.base import ContentFile

from trithuc.registry.models import RegistryImport
from trithuc.registry.tests.factories import person
from trithuc.tests.access_matrix import role_map

LISTERS = {"coordinator", "reporter_a", "head_a", "reporter_b", "union_officer", "registry_officer"}
STATS = LISTERS | {"leader", "administrator"}
OFFICER = {"registry_officer"}
# The target person works at Sở Nội vụ (agency A) and is the expert's own record.
DETAIL = {"coordinator", "reporter_a", "head_a", "union_officer", "registry_officer", "expert"}
EDITORS = {"registry_officer", "expert"}

MATRIX = {
    "registry:person_list": role_map(LISTERS, 200, 404),
    "registry:person_export": role_map(LISTERS, 200, 404),
    "registry:stats": role_map(STATS, 200, 404),
    "registry:stats_export": role_map(STATS, 200, 404),
    "registry:person_create": role_map(OFFICER, 200, 404),
    "registry:my_record": role_map({"expert"}, 302, 404),
    "registry:person_detail": role_map(DETAIL, 200, 404),
    "registry:person_edit": role_map(EDITORS, 200, 404),
    "registry:person_consent": role_map(EDITORS, 302, 404),
    "registry:person_delete": role_map(OFFICER, 200, 404),
    "registry:access_log": role_map(OFFICER, 200, 404),
    "registry:import_new": role_map(OFFICER, 200, 404),
    "registry:import_detail": role_map(OFFICER, 200, 404),
    "registry:import_status": role_map(OFFICER, 200, 404),
    "registry:import_remap": role_map(OFFICER, 302, 404),
    "registry:import_confirm": role_map(OFFICER, 302, 404),
    "registry:import_discard": role_map(OFFICER, 302, 404),
    "registry:import_errors": role_map(OFFICER, 200, 404),
    "registry:import_retry": role_map(OFFICER, 302, 404),
}
POST_ONLY = {
    "registry:person_consent",
    "registry:import_remap",
    "registry:import_confirm",
    "registry:import_discard",
    "registry:import_retry",
}


def url_args(request) -> dict[str, list]:
    agencies = request.getfixturevalue("agencies")
    expert = request.getfixturevalue("expert")
    someone = person("Trần Thị Bình", workplace_agency=agencies["so-noi-vu"], user=expert, ethnic_group="15")
    draft = RegistryImport(
        source_name="danh-sach.csv", status=RegistryImport.Status.PREVIEW, mapping={"full_name": "Họ và tên"}
    )
    draft.upload.save("danh-sach.csv", ContentFile("Họ và tên\nLê Văn Cường\n".encode()), save=False)
    draft.save()
    ids = [draft.pk]
    return {
        "registry:person_detail": [someone.pk],
        "registry:person_edit": [someone.pk],
        "registry:person_consent": [someone.pk],
        "registry:person_delete": [someone.pk],
        "registry:import_detail": ids,
        "registry:import_status": ids,
        "registry:import_remap": ids,
        "registry:import_confirm": ids,
        "registry:import_discard": ids,
        "registry:import_errors": ids,
        "registry:import_retry": ids,
    }
