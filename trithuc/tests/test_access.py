"""Access matrix (URL name × role → status) and a meta-test that fails when a URL is missing from it."""

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from conftest import ROLE_FIXTURES
from trithuc.plans.models import PlanItem
from trithuc.tests.access_matrix import access_tables, merged_matrix, post_only

MATRIX = merged_matrix()
POST_ONLY = post_only()
PUBLIC = {name for table in access_tables() for name in getattr(table, "PUBLIC", set())}
EXEMPT = {"login", "logout"}  # Django's own auth views, reachable by everyone by design


@pytest.fixture
def url_args(request):
    args = {}
    for table in access_tables():
        args.update(table.url_args(request))
    return args


def _fetch(client, url_name, args):
    fetch = client.post if url_name in POST_ONLY else client.get
    return fetch(reverse(url_name, args=args.get(url_name, [])))


@pytest.mark.parametrize("role", ROLE_FIXTURES)
@pytest.mark.parametrize("url_name", sorted(MATRIX))
def test_access_matrix(client, request, url_args, url_name, role):
    client.force_login(request.getfixturevalue(role))
    response = _fetch(client, url_name, url_args)
    assert response.status_code == MATRIX[url_name][role], (url_name, role)


@pytest.mark.parametrize("url_name", sorted(set(MATRIX) - PUBLIC))
def test_anonymous_is_sent_to_login(client, url_args, url_name):
    response = _fetch(client, url_name, url_args)
    assert response.status_code in (302, 401), url_name
    if response.status_code == 302:
        assert "dang-nhap" in response["Location"] or "login" in response["Location"]


def _url_names(resolver=None, namespace=""):
    for entry in (resolver or get_resolver()).url_patterns:
        if isinstance(entry, URLResolver):
            if entry.namespace in ("admin", "api"):  # the API has its own route matrix (api/tests)
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
