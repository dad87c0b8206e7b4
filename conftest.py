"""Role fixtures in the spirit of healthchecks' alice/bob/charlie: one user per role of DESIGN §2."""

import os
import sys
from pathlib import Path

import pytest
from hypothesis import settings

from trithuc.agencies.services import agencies_seed
from trithuc.core.tests.factories import membership_user

pytest_plugins = ["trithuc.core.tests.hostile_xlsx"]  # the calamine_calls fixture

# Under CI the property tests draw the same examples every run: a red CI blocks every change, so what Hypothesis finds
# must turn up in a developer's run (random there, as before) and not at random in somebody else's merge.
settings.register_profile("ci", derandomize=True)
if os.environ.get("CI"):
    settings.load_profile("ci")


def _store_seed_data() -> None:
    from trithuc.plans.seed import seed_plan_ensure

    agencies_seed()
    seed_plan_ensure()


# Made again by Django's post_migrate handlers when a transactional test's flush ends (with new keys).
_REMADE_AFTER_FLUSH = {"contenttypes.contenttype", "auth.permission"}
_MIGRATED_ROWS: list[str] = []  # this test process's (xdist worker's) rows stored by the data migrations


def _migrated_rows() -> str:
    """The rows the migrations stored (holidays, indicators, reference lists...) as JSON, parents first."""
    from django.apps import apps
    from django.core import serializers

    models = [
        model
        for model in apps.get_models()
        if model._meta.managed
        and not model._meta.proxy
        and model._meta.label_lower not in _REMADE_AFTER_FLUSH
        and model._base_manager.exists()
    ]
    ordered = serializers.sort_dependencies([(model._meta.app_config, [model]) for model in models])
    return serializers.serialize(
        "json", [row for model in ordered for row in model._base_manager.order_by("pk")]
    )


def _restore_migrated_rows() -> None:
    from django.core import serializers

    for row in serializers.deserialize("json", _MIGRATED_ROWS[0]):
        row.save()


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The agencies and the seed plan stored once into the test database, instead of in every test that asks
    for them: each test's transaction rolls back to them. A test that needs no plan asks for `no_plans`.
    What the data migrations stored is kept aside, to be stored again after a transactional test emptied the
    database: under pytest-xdist a worker may run such a test before others, not only at the end."""
    with django_db_blocker.unblock():
        _MIGRATED_ROWS[:] = [_migrated_rows()]
        _store_seed_data()


def _is_transactional(item: pytest.Item) -> bool:
    marker = item.get_closest_marker("django_db")
    fixtures = set(getattr(item, "fixturenames", ()))
    return bool(marker and marker.kwargs.get("transaction")) or bool(
        {"transactional_db", "live_server"} & fixtures
    )


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """A transactional test empties the database when it ends: store what the migrations stored and the seed
    data again, once, outside any test's transaction (else every later test would store it again inside its own,
    and roll it back)."""
    result = yield
    if _is_transactional(item) and nextitem is not None:  # after the last test the database is gone
        from pytest_django.plugin import blocking_manager_key

        with item.config.stash[blocking_manager_key].unblock():
            _restore_migrated_rows()
            _store_seed_data()
    return result


_DATABASE_FIXTURES = {"db", "transactional_db", "django_db_reset_sequences", "live_server"}


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """A second run on another database (`make test`: SQLite after PostgreSQL) keeps what can answer differently.

    `TRITHUC_DATABASE_TESTS_ONLY=1` keeps the tests that reach a database: pytest-django refuses database access
    to the others (the parser, the code checks). `TRITHUC_SKIP_MATRICES=1` leaves out the tests marked `matrix`
    (every URL × every role, every API operation under schemathesis): they check rules written in Python over
    the same queries, and the first run checked them on the production database."""
    database_only = os.environ.get("TRITHUC_DATABASE_TESTS_ONLY") == "1"
    skip_matrices = os.environ.get("TRITHUC_SKIP_MATRICES") == "1"
    if not (database_only or skip_matrices):
        return
    kept, dropped = [], []
    for item in items:
        reaches_database = item.get_closest_marker("django_db") or _DATABASE_FIXTURES & set(
            getattr(item, "fixturenames", ())
        )
        keep = not (database_only and not reaches_database) and not (
            skip_matrices and item.get_closest_marker("matrix")
        )
        (kept if keep else dropped).append(item)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = kept


@pytest.fixture(autouse=True)
def _fresh_snapshots():
    """The seed plan keeps its key and, under a frozen clock, its data stamp from test to test, while each test
    changes it in its own way: a snapshot kept in the process by an earlier test must not be reused."""
    selectors = sys.modules.get("trithuc.plans.selectors")  # not imported: no snapshot to forget (planparse)
    if selectors is not None:
        selectors._LOCAL_SNAPSHOTS.clear()


@pytest.fixture
def no_agencies(no_plans):
    """A database without the seeded agencies (their aliases, groups, successions and the province's profile go
    with them), and so without the seed plan, whose tasks name them."""
    from trithuc.agencies.models import Agency, AgencyGroup, AgencySuccession, ProvinceProfile

    ProvinceProfile.objects.all().delete()  # the province the seed set up goes with its agencies
    AgencySuccession.objects.all().delete()
    AgencyGroup.objects.all().delete()
    Agency.objects.update(parent=None)
    Agency.objects.all().delete()


@pytest.fixture
def agencies(db):
    from trithuc.agencies.models import Agency

    if not Agency.objects.exists():  # a transactional test before this one emptied the database
        agencies_seed()
    return {a.code: a for a in Agency.objects.all()}


@pytest.fixture
def seed_plan(agencies):
    """The seed plan stored at set-up (stored again when a transactional test emptied the database)."""
    from trithuc.plans.seed import seed_plan_ensure

    return seed_plan_ensure()


SECOND_PLAN = (
    Path(__file__).resolve().parent.parent / "shared" / "corpus" / "raw" / "nghean-1026-2025-bao-ve-bmnn.txt"
)


@pytest.fixture
def second_plan(seed_plan):
    """A second plan in force beside the seed plan, imported as new with the code na1026: another province's
    plan of 2025, so it is the newest one; a pick that must be explicit is tested against it."""
    from trithuc.core.permissions import SYSTEM
    from trithuc.plans.services.plan_import import plan_import_file

    return plan_import_file(actor=SYSTEM, path=SECOND_PLAN, meta={"code": "na1026"})


@pytest.fixture
def no_plans(db):
    """A database without the seed plan (for tests of importing a plan into an empty system)."""
    from trithuc.plans.models import Document, Plan, PlanImport

    PlanImport.objects.all().delete()
    for plan in Plan.objects.order_by("-version"):  # a later version protects the one it replaced
        plan.delete()
    Document.objects.all().delete()


@pytest.fixture
def coordinator(agencies):
    return membership_user("coordinator", "so-khcn")


@pytest.fixture
def reporter_a(agencies):
    """Reporter of agency A (Sở Nội vụ)."""
    return membership_user("reporter", "so-noi-vu")


@pytest.fixture
def head_a(agencies):
    return membership_user("head", "so-noi-vu")


@pytest.fixture
def reporter_b(agencies):
    """Reporter of agency B (Sở Giáo dục và Đào tạo)."""
    return membership_user("reporter", "so-gddt")


@pytest.fixture
def leader(agencies):
    return membership_user("leader", "ubnd-tinh")


@pytest.fixture
def union_officer(agencies):
    return membership_user("union_officer", "lhh")


@pytest.fixture
def registry_officer(agencies):
    return membership_user("registry_officer", "so-noi-vu")


@pytest.fixture
def expert(agencies):
    return membership_user("expert", "lhh")


@pytest.fixture
def administrator(agencies):
    user = membership_user("administrator", "so-khcn")
    user.is_staff = user.is_superuser = True
    user.save()
    return user


ROLE_FIXTURES = [
    "coordinator",
    "reporter_a",
    "head_a",
    "reporter_b",
    "leader",
    "union_officer",
    "registry_officer",
    "expert",
    "administrator",
]
