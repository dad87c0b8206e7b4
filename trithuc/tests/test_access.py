"""Access matrix (URL name × role → status) and a meta-test that fails when a URL is missing from it."""

import functools
from contextlib import contextmanager

import pytest
from django.db import transaction
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.urls.converters import IntConverter

from conftest import ROLE_FIXTURES
from trithuc.plans.models import PlanItem
from trithuc.tests.access_matrix import access_tables, merged_matrix, post_only

MATRIX = merged_matrix()
POST_ONLY = post_only()
PUBLIC = {name for table in access_tables() for name in getattr(table, "PUBLIC", set())}
EXEMPT = {"login", "logout"}  # Django's own auth views, reachable by everyone by design


OWNER = {name: table for table in access_tables() for name in table.MATRIX}


@pytest.fixture
def url_args(request, db):  # `db` first: a fixture fetched later by name would skip the test database set-up
    """Only the table that owns the URL builds its objects (each table's set-up is not cheap)."""
    url_name = request.node.callspec.params.get("url_name")
    tables = [OWNER[url_name]] if url_name in OWNER else access_tables()
    args = {}
    for table in tables:
        args.update(table.url_args(request))
    return args


def _fetch(client, url_name, args):
    fetch = client.post if url_name in POST_ONLY else client.get
    return fetch(reverse(url_name, args=args.get(url_name, [])))


@pytest.mark.matrix
@pytest.mark.parametrize("url_name", sorted(MATRIX))
def test_access_matrix(client, request, url_args, url_name):
    """One URL, every role (one set-up per URL keeps the matrix fast); all mismatches reported together."""
    got = {}
    for role in ROLE_FIXTURES:
        client.force_login(request.getfixturevalue(role))
        with _rolled_back():  # what one role's POST changes must not change the next role's answer
            got[role] = _fetch(client, url_name, url_args).status_code
    assert got == MATRIX[url_name], url_name


@contextmanager
def _rolled_back():
    """A savepoint, not an atomic block: services open durable transactions, which may only nest in the test's
    own blocks."""
    savepoint = transaction.savepoint()
    try:
        yield
    finally:
        transaction.savepoint_rollback(savepoint)


@pytest.mark.matrix
@pytest.mark.parametrize("url_name", sorted(set(MATRIX) - PUBLIC))
def test_anonymous_is_sent_to_login(client, db, url_name):
    """Before anything is looked up: the URL's arguments name nothing that exists (no set-up, 0.4 s each on
    PostgreSQL), so a view that fetched its object before asking for a login would answer 404 here."""
    response = _fetch(client, url_name, {url_name: _arguments_naming_nothing(url_name)})
    assert response.status_code in (302, 401), url_name
    if response.status_code == 302:
        assert "dang-nhap" in response["Location"] or "login" in response["Location"]


def _arguments_naming_nothing(url_name: str) -> list:
    return [
        converter.to_url(987654 if isinstance(converter, IntConverter) else "khong-co")
        for converter in _url_converters()[url_name]
    ]


@functools.cache
def _url_converters() -> dict:
    """Name → the converters of its arguments, in order (enclosing includes first), of every named URL."""

    def walk(resolver, namespace, inherited):
        for entry in resolver.url_patterns:
            own = (*inherited, *getattr(entry.pattern, "converters", {}).values())
            if isinstance(entry, URLResolver):
                yield from walk(
                    entry, f"{namespace}{entry.namespace}:" if entry.namespace else namespace, own
                )
            elif isinstance(entry, URLPattern) and entry.name:
                yield f"{namespace}{entry.name}", own

    found: dict = {}
    for name, converters in walk(get_resolver(), "", ()):
        found.setdefault(name, converters)
    return found


def test_every_url_is_in_the_access_matrix():
    # Django's admin is covered by its index; the API has its own route matrix (api/tests).
    ours = {name for name in _url_converters() if name.split(":", 1)[0] not in ("admin", "api")}
    missing = ours - set(MATRIX) - EXEMPT
    assert not missing, f"URL chưa có trong ma trận phân quyền: {sorted(missing)}"


def test_reporter_cannot_open_other_agency_update_form(client, reporter_a, seed_plan):
    task = seed_plan.items.get(ref="III.3")  # Sở Giáo dục và Đào tạo's own responsibility
    client.force_login(reporter_a)
    assert (
        client.get(reverse("plans:task_progress", args=[task.plan.code, task.pk, "so-gddt"])).status_code
        == 404
    )


def test_section_items_have_no_task_page(client, coordinator, seed_plan):
    heading = seed_plan.items.filter(kind=PlanItem.Kind.SECTION).first()
    client.force_login(coordinator)
    assert client.get(heading.get_absolute_url()).status_code == 404
