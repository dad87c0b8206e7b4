import datetime as dt
import re

import pytest
import time_machine
from django.urls import reverse

from trithuc.amendments.services.reorganisation import reorganisation_options
from trithuc.core.errors import ServiceError
from trithuc.core.models import AuditEvent
from trithuc.plans.models import AssignmentTransfer
from trithuc.plans.selectors import PlanSnapshot, agency_handed_over, agency_tasks
from trithuc.plans.services.transfer import assignments_transfer, transfer_candidates, transfer_defaults


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
        page = client.get(item.get_absolute_url()).content.decode()
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
    page = client.get(item.get_absolute_url()).content.decode()
    assert "· Trần Văn Nội Vụ" in page and "Vụ Trần Văn Nội" not in page


def _hand_over_press_task(coordinator, seed_plan, agencies):
    lead = seed_plan.items.get(ref="III.6").assignments.get(role="lead")
    assignments_transfer(
        actor=coordinator,
        agency=agencies["so-tttt"],
        choices={lead.pk: agencies["so-vhttdl"].pk},
        effective_date=dt.date(2025, 3, 1),
        decision="Quyết định 456/QĐ-UBND ngày 27/02/2025",
    )


def test_after_a_transfer_the_old_agency_page_lists_what_went_where(client, coordinator, seed_plan, agencies):
    """#17.5: the old agency's page looked unchanged after its open tasks were handed over."""
    client.force_login(coordinator)
    url = reverse("agencies:agency_detail", args=["so-tttt"])
    before = client.get(url).content.decode()
    assert "Chuyển giao nhiệm vụ còn mở cho cơ quan kế thừa" in before and "Đã chuyển giao" not in before
    _hand_over_press_task(coordinator, seed_plan, agencies)
    page = client.get(url).content.decode()
    open_part, _, handed = page.partition('id="handed-over"')
    assert ">III.6<" not in open_part  # no longer listed as its open work
    assert ">III.6<" in handed and "Sở Văn hóa, Thể thao và Du lịch" in handed
    assert "Quyết định 456/QĐ-UBND ngày 27/02/2025" in handed and "01/03/2025" in handed
    assert "Chuyển giao nhiệm vụ còn mở cho cơ quan kế thừa" not in page
    assert "Không còn nhiệm vụ mở nào cần chuyển giao." in page


def test_open_work_leaves_out_handed_over_tasks_but_report_forms_keep_them(coordinator, seed_plan, agencies):
    _hand_over_press_task(coordinator, seed_plan, agencies)
    snapshot = PlanSnapshot.load(seed_plan, dt.date(2026, 1, 5))
    old = agencies["so-tttt"]
    assert "III.6" not in {t.row.item.ref for t in agency_tasks(snapshot, old, open_work=True)}
    assert "III.6" in {t.row.item.ref for t in agency_tasks(snapshot, old)}  # its 2024 report still has it
    assert "III.6" in {t.row.item.ref for t in agency_tasks(snapshot, agencies["so-vhttdl"], open_work=True)}
    [handed] = agency_handed_over(snapshot, old)
    assert (handed.item.ref, handed.successor.code, handed.effective_date, handed.in_force) == (
        "III.6",
        "so-vhttdl",
        dt.date(2025, 3, 1),
        True,
    )


def test_single_transfer_and_reorganisation_default_to_the_same_day(client, coordinator, seed_plan, agencies):
    """#17.5: the single-transfer page said 28/02/2025 (the last day) while the reorganisation used 01/03/2025."""
    reorganisation_days = {o.effective_date for o in reorganisation_options()}
    default = transfer_defaults(agencies["so-tttt"])
    assert default.effective_date == dt.date(2025, 3, 1) and default.effective_date in reorganisation_days
    client.force_login(coordinator)
    page = client.get(reverse("agencies:agency_transfer", args=["so-tttt"])).content.decode()
    assert re.search(r'name="effective_date"[^>]*value="01/03/2025"', page)  # dd/mm/yyyy in every browser
    assert 'value="28/02/2025"' not in page
