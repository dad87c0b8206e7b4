"""The stamp that keys a plan's cached pages (plans.selectors.plan_stamp): every service that changes what a
plan's pages show renews it, a write to one plan leaves the other plans' stamps alone, and reading it costs one
query however much is stored (issue 14 point 5, issue 13 point 7).

`PAGE_WRITERS` and `NOT_PAGE_WRITERS` together name every public function of the plans and agencies services:
a new service fails `test_every_service_is_classified` until it is shown here to renew the stamp (or said not
to change any plan page, with the reason)."""

import datetime as dt
import importlib
import inspect
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from django.urls import reverse
from django.utils import timezone

from trithuc.agencies import services as agency_services
from trithuc.agencies.models import AgencyGroup
from trithuc.agencies.services import AgencyRow
from trithuc.core.permissions import SYSTEM
from trithuc.plans import services as plan_services
from trithuc.plans.models import Plan, PlanStamp, ProgressUpdate
from trithuc.plans.selectors import plan_stamp
from trithuc.plans.services import stamp as stamp_service
from trithuc.plans.services.items import plan_item_create
from trithuc.plans.services.plan_import import plan_import_confirm, plan_import_file, plan_import_start
from trithuc.plans.services.plan_version import AMEND, ItemChange, plan_version_create
from trithuc.plans.services.progress import progress_update_create, progress_update_record
from trithuc.plans.services.stamp import plan_changed, plans_changed, progress_append
from trithuc.plans.services.transfer import assignments_transfer, assignments_transfer_apply
from trithuc.plans.tests.import_plans import small_plan


@dataclass
class World:
    plan: Plan  # the plan every plan-specific write below changes
    other: Plan  # another plan in force, which those writes must leave alone
    agencies: dict[str, Any]
    coordinator: Any
    reporter: Any
    tmp_path: Any


def _transfer(w: World, service: Callable[..., int]) -> None:
    lead = w.plan.items.get(ref="III.6").assignments.get(role="lead")  # Sở TT&TT, merged into Sở VHTTDL
    service(
        actor=w.coordinator,
        agency=w.agencies["so-tttt"],
        choices={lead.pk: w.agencies["so-vhttdl"].pk},
        effective_date=dt.date(2025, 3, 1),
        decision="Quyết định 456/QĐ-UBND ngày 27/02/2025",
    )


def _new_version_by_import(w: World) -> None:
    draft = plan_import_start(actor=w.coordinator, text=small_plan(), source_name="phien-ban-2.txt")
    draft.previous_plan = w.plan
    draft.save(update_fields=["previous_plan"])
    plan_import_confirm(actor=w.coordinator, plan_import=draft)


def _import_file(w: World) -> None:
    path = w.tmp_path / "ke-hoach-moi.txt"
    path.write_text(small_plan().replace("Số: 12/KH-UBND", "Số: 77/KH-UBND"), encoding="utf-8")
    plan_import_file(actor=w.coordinator, path=path)


# Plan-specific writes: each renews `plan` and leaves `other` as it was.
PAGE_WRITERS: dict[str, Callable[[World], Any]] = {
    "progress_update_create": lambda w: progress_update_create(
        actor=w.reporter,
        item=w.plan.items.get(ref="III.2.a"),  # Sở Nội vụ leads it
        agency=w.agencies["so-noi-vu"],
        status="in_progress",
        result="Đã rà soát 12 chính sách.",
    ),
    "progress_update_record": lambda w: progress_update_record(
        actor=SYSTEM,
        item=w.plan.items.get(ref="III.2.a"),
        agency=w.agencies["so-noi-vu"],
        status="completed",
        result="Xong",
        completed_on=timezone.localdate(),
    ),
    "progress_append": lambda w: progress_append(
        ProgressUpdate(
            item=w.plan.items.get(ref="III.2.a"),
            agency=w.agencies["so-noi-vu"],
            status="in_progress",
            result="x",
        )
    ),
    "plan_item_create": lambda w: plan_item_create(
        actor=w.coordinator, plan=w.plan, ref="TVPB.9", text="Nhiệm vụ thêm.", leads=[w.agencies["so-noi-vu"]]
    ),
    "assignments_transfer": lambda w: _transfer(w, assignments_transfer),
    "assignments_transfer_apply": lambda w: _transfer(w, assignments_transfer_apply),
    "plan_version_create": lambda w: plan_version_create(
        actor=w.coordinator, previous=w.plan, changes=[ItemChange(AMEND, "II.2.b", text="Mới.")], reason="Thử"
    ),
    "plan_import_confirm": _new_version_by_import,
    "plan_changed": lambda w: plan_changed(w.plan),
    "plans_changed": lambda w: plans_changed([w.plan.pk]),
}
# Writes that every plan's pages show (the agencies): each renews both plans.
AGENCY_WRITERS: dict[str, Callable[[World], Any]] = {
    "agencies_changed": lambda w: agency_services.agencies_changed(),
    "agencies_seed": lambda w: agency_services.agencies_seed(),
    "province_profile_update": lambda w: agency_services.province_profile_update(
        actor=SYSTEM, department_name="Sở Khoa học và Công nghệ"
    ),
    "province_setup": lambda w: agency_services.province_setup(
        actor=SYSTEM, rows=[AgencyRow(2, "Sở Thử Nghiệm", "department")], add_to_existing=True
    ),
}
# Writes that make a plan of their own: it comes with its own stamp, and the plans already there keep theirs.
NEW_PLAN_WRITERS: dict[str, Callable[[World], Any]] = {"plan_import_file": _import_file}
NOT_PAGE_WRITERS = {
    # Drafts of an import: no plan page shows them until plan_import_confirm writes the plan.
    "plan_import_start": "draft",
    "plan_import_parse": "draft",
    "plan_import_retry": "draft",
    "plan_import_reap": "draft",
    "plan_import_correct": "draft",
    "plan_import_fix": "draft",
    "plan_import_undo": "draft",
    "plan_import_discard": "draft",
    "plan_import_files_drop": "draft",
    "plan_import_files_purge": "draft",
    "plan_import_effective": "read",
    "document_get_or_create": "a cited document: the plan and document rows are in the stamp themselves",
    # Reads and checks.
    "document_find": "read",
    "plan_find_previous": "read",
    "plan_code_check": "check",
    "plan_code_propose": "read",
    "parent_ref_of": "read",
    "plan_changes_check": "check",
    "plan_rows": "read",
    "plan_versions_diff": "read",
    "superseded_message": "read",
    "plan_writable_check": "check",
    "item_writable_check": "check",
    "can_transfer": "check",
    "transfer_defaults": "read",
    "transfer_candidates": "read",
    "kind_of": "read",
    "kind_labels": "read",
}


def _public_services() -> set[str]:
    modules = [agency_services] + [
        importlib.import_module(f"{plan_services.__name__}.{info.name}")
        for info in pkgutil.iter_modules(plan_services.__path__)
    ]
    return {
        name
        for module in modules
        for name, func in inspect.getmembers(module, inspect.isfunction)
        if func.__module__ == module.__name__ and not name.startswith("_")
    }


def test_every_service_is_classified():
    named = [*PAGE_WRITERS, *AGENCY_WRITERS, *NEW_PLAN_WRITERS, *NOT_PAGE_WRITERS]
    assert len(named) == len(set(named))
    assert _public_services() == set(named)


@pytest.fixture
def world(seed_plan, agencies, coordinator, reporter_a, tmp_path):
    draft = plan_import_start(actor=coordinator, text=small_plan(), source_name="ke-hoach-khac.txt")
    other = plan_import_confirm(actor=coordinator, plan_import=draft)
    return World(seed_plan, other, agencies, coordinator, reporter_a, tmp_path)


def _stamps(*plans: Plan) -> list[str]:
    return [plan_stamp(p) for p in plans]


@pytest.mark.parametrize("name", sorted(PAGE_WRITERS))
def test_a_plan_write_renews_that_plan_only(name, world):
    plan, other = _stamps(world.plan, world.other)
    PAGE_WRITERS[name](world)
    assert plan_stamp(world.plan) != plan
    assert plan_stamp(world.other) == other


@pytest.mark.parametrize("name", sorted(AGENCY_WRITERS))
def test_an_agency_write_renews_every_plan(name, world):
    before = _stamps(world.plan, world.other)
    AGENCY_WRITERS[name](world)
    after = _stamps(world.plan, world.other)
    assert after[0] != before[0] and after[1] != before[1]


@pytest.mark.parametrize("name", sorted(NEW_PLAN_WRITERS))
def test_a_new_plan_comes_with_its_stamp_and_leaves_the_others(name, world):
    before = set(Plan.objects.values_list("pk", flat=True))
    stamps = _stamps(world.plan, world.other)
    NEW_PLAN_WRITERS[name](world)
    (made,) = Plan.objects.exclude(pk__in=before)
    assert PlanStamp.objects.get(plan=made).revision >= 1
    assert _stamps(world.plan, world.other) == stamps


def test_reading_the_stamp_is_one_query(world, django_assert_num_queries):
    with django_assert_num_queries(1):
        plan_stamp(world.plan)


def test_a_write_around_the_services_is_not_seen_until_renewed(world):
    """What "correct by construction" rests on: the stamp reads no data table, so a bulk load must renew it."""
    stamp = plan_stamp(world.plan)
    item = world.plan.items.get(ref="III.2.a")
    ProgressUpdate.objects.create(
        item=item, agency=world.agencies["so-noi-vu"], status="in_progress", result="x"
    )
    assert plan_stamp(world.plan) == stamp
    plans_changed([world.plan, world.plan.pk])
    assert plan_stamp(world.plan) != stamp


@pytest.mark.parametrize("name", sorted(PAGE_WRITERS))
def test_only_a_progress_row_leaves_the_base_of_the_stamp(name, world):
    """A progress row added through the services moves the stamp by that row alone (a snapshot held before it
    reads just the rows after, plans.selectors.PlanSnapshot.brought_up); every other write renews the base."""
    before = plan_stamp(world.plan).split(".")
    PAGE_WRITERS[name](world)
    after = plan_stamp(world.plan).split(".")
    assert after[1] != before[1]
    if name.startswith("progress_"):
        assert after[0] == before[0]
        newest = ProgressUpdate.objects.filter(item__plan=world.plan).latest("pk").pk
        assert PlanStamp.objects.get(plan=world.plan).progress_recent[-1] == newest
    else:
        assert after[0] != before[0]
        assert PlanStamp.objects.get(plan=world.plan).progress_recent == []


def test_past_the_listed_progress_rows_the_base_is_renewed(world, monkeypatch):
    monkeypatch.setattr(stamp_service, "PROGRESS_RECENT", 2)
    write = PAGE_WRITERS["progress_append"]
    bases = [plan_stamp(world.plan).split(".")[0]]
    for _ in range(3):
        write(world)
        bases.append(plan_stamp(world.plan).split(".")[0])
    assert bases[0] == bases[1] == bases[2] != bases[3]  # the third row renews it, and empties the list
    assert PlanStamp.objects.get(plan=world.plan).progress_recent == []


def test_admin_edits_renew_the_plan(admin_client, world):
    item = world.plan.items.get(ref="III.2.a")
    update = progress_update_record(
        actor=SYSTEM, item=item, agency=world.agencies["so-noi-vu"], status="in_progress", result="Đang làm"
    )
    plan, other = _stamps(world.plan, world.other)
    url = reverse("admin:plans_progressupdate_delete", args=[update.pk])
    assert admin_client.post(url, {"post": "yes"}).status_code == 302
    assert not ProgressUpdate.objects.filter(pk=update.pk).exists()
    assert plan_stamp(world.plan) != plan and plan_stamp(world.other) == other

    group = AgencyGroup.objects.create(code="thu", name="Nhóm thử", member_kinds=[], phrases=[])
    stamps = _stamps(world.plan, world.other)
    url = reverse("admin:agencies_agencygroup_delete", args=[group.pk])
    assert admin_client.post(url, {"post": "yes"}).status_code == 302
    after = _stamps(world.plan, world.other)
    assert after[0] != stamps[0] and after[1] != stamps[1]
