import datetime as dt
from decimal import Decimal

import pytest
from django.urls import reverse

from trithuc.core.errors import ServiceError
from trithuc.core.models import AuditEvent
from trithuc.core.text import user_name
from trithuc.plans.models import ProgressUpdate
from trithuc.plans.selectors import PlanSnapshot, agency_tasks
from trithuc.reporting.models import AgencyReport, ReportVersion
from trithuc.reporting.selectors import report_form, report_qs_visible_to
from trithuc.reporting.services.reports import (
    IndicatorInput,
    ReportInput,
    report_accept,
    report_open,
    report_return,
    report_save,
    report_submit,
    version_diff,
)
from trithuc.reporting.tests.factories import annual_period, filled_input

pytestmark = pytest.mark.django_db


@pytest.fixture
def period(seed_plan):
    return annual_period(2025)


@pytest.fixture
def draft(period, agencies, reporter_a):
    report = report_open(actor=reporter_a, period=period, agency=agencies["so-noi-vu"])
    return report_save(actor=reporter_a, report=report, data=filled_input(report))


def test_head_submits_and_the_task_progress_is_recorded_for_the_period(draft, head_a, seed_plan):
    report = report_submit(actor=head_a, report=draft)
    assert report.status == AgencyReport.Status.SUBMITTED
    entries = list(report.task_entries.exclude(status=""))
    assert entries and all(e.progress_update_id for e in entries)
    updates = ProgressUpdate.objects.filter(agency=report.agency, period_year=2025)
    assert updates.count() == len(entries)
    # one truth: the task status seen by the plans app now counts the reported completion
    snapshot = PlanSnapshot.load(seed_plan)
    done = [t for t in agency_tasks(snapshot, report.agency) if t.state.completed_on]
    assert done
    assert ReportVersion.objects.get(report=report).snapshot["difficulties"].startswith("Thiếu kinh phí")
    assert AuditEvent.objects.filter(action="report.submit", target_id=str(report.pk)).exists()


def test_reporter_cannot_submit(draft, reporter_a):
    with pytest.raises(ServiceError, match="lãnh đạo đơn vị"):
        report_submit(actor=reporter_a, report=draft)


def test_double_click_submits_only_once(draft, head_a):
    stale = AgencyReport.objects.get(pk=draft.pk)
    report_submit(actor=head_a, report=draft)
    with pytest.raises(ServiceError, match="đã được xử lý"):
        report_submit(actor=head_a, report=stale)
    assert ReportVersion.objects.filter(report=draft).count() == 1


def test_two_editors_never_silently_overwrite_each_other(draft, reporter_a, head_a):
    first = AgencyReport.objects.get(pk=draft.pk)
    second = AgencyReport.objects.get(pk=draft.pk)
    data = filled_input(first)
    report_save(
        actor=reporter_a, report=first, data=ReportInput(version=first.version, difficulties="Bản của A")
    )
    with pytest.raises(ServiceError) as error:
        report_save(
            actor=head_a, report=second, data=ReportInput(version=second.version, difficulties="Bản của B")
        )
    assert error.value.message.startswith("Báo cáo đã được lưu lúc ")
    assert f"bởi {user_name(reporter_a)} sau khi bạn mở trang này. Hãy tải lại trang" in error.value.message
    assert AgencyReport.objects.get(pk=draft.pk).difficulties == "Bản của A"
    assert data.version == second.version


def test_breakdown_must_add_up_to_its_total(draft, reporter_a):
    bad = {
        "luot-can-bo-quan-triet": IndicatorInput(
            Decimal(100), {"gender": {"nam": Decimal(50), "nu": Decimal(40)}}
        )
    }
    with pytest.raises(ServiceError, match="khác số tổng 100"):
        report_save(actor=reporter_a, report=draft, data=ReportInput(version=draft.version, indicators=bad))


@pytest.mark.parametrize(
    ("value", "message"),
    [(Decimal(-1), "không được âm"), (Decimal("2.5"), "số nguyên")],
)
def test_indicator_values_are_non_negative_and_whole_for_counts(draft, reporter_a, value, message):
    data = ReportInput(version=draft.version, indicators={"hoi-nghi-quan-triet": IndicatorInput(value)})
    with pytest.raises(ServiceError, match=message):
        report_save(actor=reporter_a, report=draft, data=data)


def test_return_resubmit_keeps_every_version_and_accept_locks(draft, head_a, coordinator, reporter_a):
    report_submit(actor=head_a, report=draft)
    with pytest.raises(ServiceError, match="lý do"):
        report_return(actor=coordinator, report=draft, reason=" ")
    report_return(actor=coordinator, report=draft, reason="Thiếu số liệu phân tổ")
    draft.refresh_from_db()
    report_save(
        actor=reporter_a, report=draft, data=ReportInput(version=draft.version, difficulties="Đã bổ sung")
    )
    report_submit(actor=head_a, report=draft)
    old, new = (v.snapshot for v in draft.versions.order_by("number"))
    assert ("Khó khăn", "Thiếu kinh phí cho hoạt động thu hút trí thức.", "Đã bổ sung") in version_diff(
        old, new
    )
    report_accept(actor=coordinator, report=draft)
    with pytest.raises(ServiceError, match="không sửa được"):
        report_save(actor=reporter_a, report=draft, data=ReportInput(version=draft.version))
    with pytest.raises(ServiceError):
        report_return(actor=coordinator, report=draft, reason="muộn")


def test_only_the_coordinator_decides(draft, head_a, leader, reporter_b):
    report_submit(actor=head_a, report=draft)
    for user in (head_a, leader, reporter_b):
        with pytest.raises(ServiceError):
            report_accept(actor=user, report=draft)


def test_a_coordinator_of_another_agency_does_not_decide(draft, head_a, seed_plan):
    from trithuc.core.tests.factories import membership_user

    assert seed_plan.coordinator.code == "so-khcn"
    outsider = membership_user("coordinator", "so-noi-vu")
    report_submit(actor=head_a, report=draft)
    with pytest.raises(ServiceError, match="điều phối"):
        report_accept(actor=outsider, report=draft)


def test_visibility_of_drafts_and_submitted_reports(
    draft, head_a, coordinator, leader, reporter_b, reporter_a
):
    assert report_qs_visible_to(reporter_a).filter(pk=draft.pk).exists()
    for user in (reporter_b, coordinator, leader):
        assert not report_qs_visible_to(user).filter(pk=draft.pk).exists()
    report_submit(actor=head_a, report=draft)
    assert report_qs_visible_to(coordinator).filter(pk=draft.pk).exists()
    assert report_qs_visible_to(leader).filter(pk=draft.pk).exists()
    assert not report_qs_visible_to(reporter_b).filter(pk=draft.pk).exists()


def test_other_agency_gets_404_for_a_draft(client, draft, reporter_b):
    client.force_login(reporter_b)
    assert client.get(reverse("reporting:report_detail", args=[draft.pk])).status_code == 404
    assert client.get(reverse("reporting:report_edit", args=[draft.pk])).status_code == 404


def test_form_prefills_from_the_agency_progress(period, agencies, reporter_a, seed_plan):
    report = report_open(actor=reporter_a, period=period, agency=agencies["so-noi-vu"])
    item = report_form(report).tasks[0].item
    ProgressUpdate.objects.create(
        item=item, agency=agencies["so-noi-vu"], status="in_progress", result="Đang rà soát", period_year=2025
    )
    assert report_form(report).tasks[0].result == "Đang rà soát"


def test_edit_page_saves_and_a_stale_form_gets_a_clear_error(client, draft, reporter_a):
    client.force_login(reporter_a)
    url = reverse("reporting:report_edit", args=[draft.pk])
    page = client.get(url)
    assert page.status_code == 200
    form = page.context["form"]
    data = {name: form[name].value() or "" for name in form.fields}
    data["difficulties"] = "Sửa trên trang"
    data["implementation"] = "own_plan"
    data["implementation_document"] = "Kế hoạch số 12/KH-SNV ngày 05/3/2025"
    line = form.report_form.tasks[0]
    data["own_links"] = f"Mục 2 | {line.item.ref} | Quán triệt trong cơ quan"
    response = client.post(url, data)
    assert response.status_code == 302, response.context["form"].errors
    draft.refresh_from_db()
    assert draft.difficulties == "Sửa trên trang" and draft.own_links.get().item == line.item
    response = client.post(url, data)  # the same form again carries the old version
    assert response.status_code == 200
    assert f"bởi {user_name(reporter_a)} (chính bạn) sau khi bạn mở trang này" in response.content.decode()


def test_edit_page_refuses_a_figure_too_large_for_the_database(client, draft, reporter_a):
    client.force_login(reporter_a)
    url = reverse("reporting:report_edit", args=[draft.pk])
    form = client.get(url).context["form"]
    before = list(draft.indicator_values.values_list("indicator__code", "value"))
    data = {name: form[name].value() or "" for name in form.fields}
    field = next(name for name in form.fields if name.startswith("i_") and not form.fields[name].disabled)
    for huge in ("1e30", "100000000000000"):
        data[field] = huge
        response = client.post(url, data)
        assert response.status_code == 200 and "quá lớn" in response.content.decode()
    assert list(draft.indicator_values.values_list("indicator__code", "value")) == before


def test_submit_and_accept_through_the_pages(client, draft, head_a, coordinator):
    client.force_login(head_a)
    client.post(reverse("reporting:report_submit", args=[draft.pk]))
    client.force_login(coordinator)
    response = client.post(reverse("reporting:report_accept", args=[draft.pk]), follow=True)
    assert "Đã tiếp nhận báo cáo." in response.content.decode()
    draft.refresh_from_db()
    assert draft.status == "accepted" and draft.decided_by == coordinator
    assert draft.first_submitted_at.date() <= dt.date.today()


def test_compare_page_shows_what_changed_between_submissions(client, draft, head_a, coordinator, reporter_a):
    report_submit(actor=head_a, report=draft)
    report_return(actor=coordinator, report=draft, reason="Bổ sung khó khăn")
    draft.refresh_from_db()
    report_save(
        actor=reporter_a, report=draft, data=ReportInput(version=draft.version, difficulties="Đã bổ sung")
    )
    report_submit(actor=head_a, report=draft)
    client.force_login(coordinator)
    page = client.get(reverse("reporting:report_compare", args=[draft.pk]))
    assert "Đã bổ sung" in page.content.decode() and "Thiếu kinh phí" in page.content.decode()
