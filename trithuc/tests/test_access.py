"""Access matrix (URL name × role → status) and a meta-test that fails when a URL is missing from it."""

import pytest
from django.core.files.base import ContentFile
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from conftest import ROLE_FIXTURES
from trithuc.plans.models import PlanImport, PlanItem, ProgressUpdate

READERS = {
    "coordinator",
    "reporter_a",
    "head_a",
    "reporter_b",
    "leader",
    "union_officer",
    "registry_officer",
    "administrator",
}
NOT_FOUND_FOR_EXPERT = {role: (200 if role in READERS else 404) for role in ROLE_FIXTURES}


IMPORTERS_ONLY = {role: (200 if role in {"coordinator", "administrator"} else 404) for role in ROLE_FIXTURES}
IMPORTERS_REDIRECT = {
    role: (302 if role in {"coordinator", "administrator"} else 404) for role in ROLE_FIXTURES
}


def _all(status):
    return dict.fromkeys(ROLE_FIXTURES, status)


MATRIX = {
    "dashboard:overview": NOT_FOUND_FOR_EXPERT,
    "plans:plan_current": {role: (302 if role in READERS else 404) for role in ROLE_FIXTURES},
    "plans:plan_detail": NOT_FOUND_FOR_EXPERT,
    "plans:task_list": NOT_FOUND_FOR_EXPERT,
    "plans:task_detail": NOT_FOUND_FOR_EXPERT,
    "plans:progress_create": {
        role: (200 if role in {"reporter_a", "head_a"} else 404) for role in ROLE_FIXTURES
    },
    "plans:evidence_download": NOT_FOUND_FOR_EXPERT,
    "agencies:agency_list": _all(200),
    "agencies:agency_detail": NOT_FOUND_FOR_EXPERT,
    "agencies:my_agency": _all(302),
    "admin:index": {role: (200 if role == "administrator" else 302) for role in ROLE_FIXTURES},
    "plans:import_new": IMPORTERS_ONLY,
    "plans:import_detail": IMPORTERS_ONLY,
    "plans:import_status": IMPORTERS_ONLY,
    "plans:import_correct": IMPORTERS_REDIRECT,
    "plans:import_confirm": IMPORTERS_REDIRECT,
    "plans:import_discard": IMPORTERS_REDIRECT,
}
POST_ONLY = {"plans:import_correct", "plans:import_confirm", "plans:import_discard"}
EXEMPT = {"login", "logout"}
PARSED = {
    "document": {},
    "items": [],
    "agencies": [],
    "warnings": [],
}  # Django's own auth views, reachable by everyone by design


@pytest.fixture
def url_args(seed_plan, agencies):
    task = seed_plan.items.get(ref="III.2.a")
    update = ProgressUpdate(item=task, agency=agencies["so-noi-vu"], status="in_progress", result="Đang làm")
    update.evidence.save("bien-ban.pdf", ContentFile(b"%PDF-1.4 minh chung"), save=False)
    update.save()
    draft = PlanImport.objects.create(
        source_name="ke-hoach.txt", kind="txt", status="preview", parsed=PARSED, text="x"
    )
    draft_args = [draft.pk]
    return {
        "plans:import_detail": draft_args,
        "plans:import_status": draft_args,
        "plans:import_correct": draft_args,
        "plans:import_confirm": draft_args,
        "plans:import_discard": draft_args,
        "plans:plan_detail": [seed_plan.pk],
        "plans:task_detail": [task.pk],
        "plans:progress_create": [task.pk, "so-noi-vu"],
        "plans:evidence_download": [update.pk],
        "agencies:agency_detail": ["so-noi-vu"],
    }


@pytest.mark.parametrize("role", ROLE_FIXTURES)
@pytest.mark.parametrize("url_name", sorted(MATRIX))
def test_access_matrix(client, request, url_args, url_name, role):
    client.force_login(request.getfixturevalue(role))
    fetch = client.post if url_name in POST_ONLY else client.get
    response = fetch(reverse(url_name, args=url_args.get(url_name, [])))
    assert response.status_code == MATRIX[url_name][role], (url_name, role)


@pytest.mark.parametrize("url_name", sorted(MATRIX))
def test_anonymous_is_sent_to_login(client, url_args, url_name):
    fetch = client.post if url_name in POST_ONLY else client.get
    response = fetch(reverse(url_name, args=url_args.get(url_name, [])))
    assert response.status_code == 302
    assert "dang-nhap" in response["Location"] or "login" in response["Location"]


def _url_names(resolver=None, namespace=""):
    for entry in (resolver or get_resolver()).url_patterns:
        if isinstance(entry, URLResolver):
            if entry.namespace == "admin":
                continue
            yield from _url_names(entry, f"{namespace}{entry.namespace}:" if entry.namespace else namespace)
        elif isinstance(entry, URLPattern) and entry.name:
            yield f"{namespace}{entry.name}"


def test_every_url_is_in_the_access_matrix():
    missing = set(_url_names()) - set(MATRIX) - EXEMPT
    assert not missing, f"URL chưa có trong ma trận phân quyền: {sorted(missing)}"


def test_reporter_cannot_open_other_agency_update_form(client, reporter_a, seed_plan):
    task = seed_plan.items.get(ref="III.3")  # Sở Giáo dục và Đào tạo's own responsibility
    client.force_login(reporter_a)
    assert client.get(reverse("plans:progress_create", args=[task.pk, "so-gddt"])).status_code == 404


def test_section_items_have_no_task_page(client, coordinator, seed_plan):
    heading = seed_plan.items.filter(kind=PlanItem.Kind.SECTION).first()
    client.force_login(coordinator)
    assert client.get(reverse("plans:task_detail", args=[heading.pk])).status_code == 404
