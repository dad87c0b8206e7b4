import datetime as dt

import pytest
import time_machine
from django.urls import reverse

from trithuc.core.errors import ServiceError
from trithuc.core.models import AuditEvent
from trithuc.plans.models import AssignmentTransfer
from trithuc.plans.selectors import PlanSnapshot
from trithuc.plans.services.transfer import assignments_transfer, transfer_candidates


def test_press_task_of_the_old_information_department_goes_to_culture(seed_plan, agencies):
    candidates = {
        c.assignment.item.ref: c for c in transfer_candidates(agency=agencies["so-tttt"], plan=seed_plan)
    }
    assert set(candidates) == {"III.6"}
    # "báo chí, xuất bản, thông tin tuyên truyền" fits the press task better than digital work.
    assert candidates["III.6"].suggested.code == "so-vhttdl"


def test_transfer_is_explicit_logged_and_changes_who_answers(client, coordinator, seed_plan, agencies):
    item = seed_plan.items.get(ref="III.6")
    lead = item.assignments.get(role="lead")
    client.force_login(coordinator)
    response = client.post(
        reverse("agencies:agency_transfer", args=["so-tttt"]),
        {
            f"pick__{lead.pk}": "1",
            f"to__{lead.pk}": agencies["so-vhttdl"].pk,
            "effective_date": "2025-03-01",
            "decision": "Quyết định 123/QĐ-UBND ngày 28/02/2025",
        },
    )
    assert response.status_code == 302
    transfer = AssignmentTransfer.objects.get()
    assert (transfer.assignment.phrase, transfer.successor.code) == (
        "Sở Thông tin và Truyền thông",
        "so-vhttdl",
    )
    assert AuditEvent.objects.filter(action="assignment.transfer", actor=coordinator).exists()
    with time_machine.travel(dt.datetime(2026, 1, 5, tzinfo=dt.UTC)):
        snapshot = PlanSnapshot.load(seed_plan)
        assert snapshot.involved_agency_ids(item) >= {agencies["so-vhttdl"].pk}
        assert agencies["so-khcn"].pk not in snapshot.responsible(item)(dt.date(2026, 1, 5))
        page = client.get(reverse("plans:task_detail", args=[item.pk])).content.decode()
    assert "theo Quyết định 123/QĐ-UBND" in page


def test_transfer_to_an_unrelated_agency_is_refused(coordinator, seed_plan, agencies):
    lead = seed_plan.items.get(ref="III.6").assignments.get(role="lead")
    with pytest.raises(ServiceError):
        assignments_transfer(
            actor=coordinator,
            agency=agencies["so-tttt"],
            choices={lead.pk: agencies["so-y-te"].pk},
            effective_date=dt.date(2025, 3, 1),
            decision="QĐ 1",
        )
    assert not AssignmentTransfer.objects.exists()


def test_reporters_cannot_transfer(reporter_a, seed_plan, agencies):
    lead = seed_plan.items.get(ref="III.6").assignments.get(role="lead")
    with pytest.raises(ServiceError):
        assignments_transfer(
            actor=reporter_a,
            agency=agencies["so-tttt"],
            choices={lead.pk: agencies["so-vhttdl"].pk},
            effective_date=dt.date(2025, 3, 1),
            decision="QĐ 1",
        )


def test_task_history_names_the_author_family_name_first(client, reporter_a, seed_plan):
    """#17.9: the history said "· Vụ Trần Văn Nội"; a name is shown as written."""
    from trithuc.plans.services.progress import progress_update_create  # noqa: PLC0415

    reporter_a.last_name, reporter_a.first_name = "Trần Văn", "Nội Vụ"
    reporter_a.save()
    item = seed_plan.items.get(ref="III.2.a")
    agency = reporter_a.memberships.get().agency
    progress_update_create(
        actor=reporter_a, item=item, agency=agency, status="in_progress", result="Đang làm"
    )
    client.force_login(reporter_a)
    page = client.get(reverse("plans:task_detail", args=[item.pk])).content.decode()
    assert "· Trần Văn Nội Vụ" in page and "Vụ Trần Văn Nội" not in page
