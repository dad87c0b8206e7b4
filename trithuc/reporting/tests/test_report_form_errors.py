"""The report form (#15.3): a wrong line says which line and what was expected, every error is listed at the top
with a link to its field, the reporter is told who sends the report, breakdowns are shown by their labels."""

import re
from decimal import Decimal

import pytest
from django.urls import reverse

from trithuc.core.permissions import SYSTEM
from trithuc.core.tests.factories import membership_user
from trithuc.reporting.services.reports import (
    IndicatorInput,
    report_open,
    report_save,
    report_submit,
    version_diff,
)
from trithuc.reporting.tests.factories import annual_period, filled_input

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft(seed_plan, agencies, reporter_a):
    return report_open(actor=reporter_a, period=annual_period(2025), agency=agencies["so-noi-vu"])


def _form_data(client, url):
    form = client.get(url).context["form"]
    values = {name: form[name].value() for name in form.fields}
    return form, {name: "" if value is None else value for name, value in values.items()}


def _summary(html: str) -> str:
    found = re.search(r'<div role="alert" class="form-errors" id="form-errors".*?</div>', html, re.S)
    assert found, "no error summary at the top of the form"
    return found.group(0)


def test_a_line_without_a_task_code_names_the_line_and_gives_an_example(client, draft, reporter_a):
    client.force_login(reporter_a)
    url = reverse("reporting:report_edit", args=[draft.pk])
    form, data = _form_data(client, url)
    ref = next(line.item.ref for line in form.report_form.tasks if line.is_lead)
    data["own_links"] = f"1.1 | {ref} | Quán triệt\nMục 2 - tổ chức hội nghị\n3 | Z.99 | Việc khác"
    html = client.post(url, data).content.decode()
    assert "“”" not in html
    summary = _summary(html)
    assert "Dòng 2 (“Mục 2 - tổ chức hội nghị”): thiếu mã nhiệm vụ" in summary
    assert f"ví dụ “1.2 | {ref} | Quán triệt trong cơ quan”" in summary
    assert 'href="#id_own_links"' in summary
    # the form's check passed lines 1 and 3; the service names the unknown code on its line
    data["own_links"] = f"1.1 | {ref} | Quán triệt\n\n3 | Z.99 | Việc khác"
    summary = _summary(client.post(url, data).content.decode())
    assert "Dòng 3: Không có nhiệm vụ “Z.99” trong kế hoạch." in summary and f"ví dụ “{ref}”" in summary
    assert summary.index("Dòng 3") < summary.index('href="#id_own_links"') + 400


def test_every_error_is_listed_at_the_top_with_a_link_to_its_field(client, draft, reporter_a):
    client.force_login(reporter_a)
    url = reverse("reporting:report_edit", args=[draft.pk])
    form, data = _form_data(client, url)
    line = next(line for line in form.report_form.tasks if line.is_lead and line.editable)
    pk = line.item.pk
    data[f"t{pk}_status"] = "in_progress"
    data[f"t{pk}_result"] = ""
    data["i_luot-can-bo-quan-triet"] = "120"
    data["i_luot-can-bo-quan-triet__gender__nam"] = "50"
    data["i_luot-can-bo-quan-triet__gender__nu"] = "60"
    data["i_hoi-nghi-quan-triet"] = "ba"
    response = client.post(url, data)
    assert response.status_code == 200
    summary = _summary(response.content.decode())
    assert f'href="#id_t{pk}_result"' in summary and f"Kết quả ({line.item.ref})" in summary
    assert f"Nhiệm vụ {line.item.ref}: đã chọn “Đang thực hiện”, hãy nêu kết quả" in summary
    assert 'href="#id_i_luot-can-bo-quan-triet__gender__nam"' in summary
    assert "tổng theo giới tính là 110, khác số tổng 120" in summary
    assert 'href="#id_i_hoi-nghi-quan-triet"' in summary and "hãy nhập một số, ví dụ 12" in summary
    draft.refresh_from_db()
    assert draft.version == 0  # nothing was saved


def test_after_saving_the_reporter_is_told_who_sends_the_report(client, draft, reporter_a, agencies):
    head = membership_user("head", "so-noi-vu", first_name="Lan", last_name="Trần Thị")
    client.force_login(reporter_a)
    url = reverse("reporting:report_edit", args=[draft.pk])
    _form, data = _form_data(client, url)
    page = client.post(url, data, follow=True).content.decode()
    assert "Đã lưu báo cáo." in page and "Báo cáo do lãnh đạo đơn vị gửi tới" in page
    assert "Trần Thị Lan" in page
    client.force_login(head)
    _form, data = _form_data(client, url)
    page = client.post(url, data, follow=True).content.decode()
    assert "Bạn là lãnh đạo đơn vị: khi báo cáo đã xong, bấm “Gửi báo cáo”" in page


def test_an_agency_without_a_head_account_is_told_so(client, reporter_b, seed_plan, agencies):
    report = report_open(actor=reporter_b, period=annual_period(2025), agency=agencies["so-gddt"])
    client.force_login(reporter_b)
    url = reverse("reporting:report_edit", args=[report.pk])
    _form, data = _form_data(client, url)
    page = client.post(url, data, follow=True).content.decode()
    assert "chưa có tài khoản lãnh đạo đơn vị nào" in page


def test_breakdowns_are_shown_by_their_labels(client, draft, head_a):
    data = filled_input(draft)
    data.indicators["tri-thuc-thu-hut"] = IndicatorInput(
        Decimal(3),
        {"age_band": {"duoi-35": Decimal(2), "35-50": Decimal(1), "tren-50": Decimal(0)}},
    )
    saved = report_save(actor=SYSTEM, report=draft, data=data)
    client.force_login(head_a)
    page = client.get(reverse("reporting:report_detail", args=[saved.pk])).content.decode()
    assert "Giới tính: Nam 50, Nữ 70" in page and "Dân tộc: Dân tộc thiểu số 20" in page
    assert "Độ tuổi: Dưới 35 tuổi 2, Từ 35 đến 50 tuổi 1, Trên 50 tuổi 0" in page
    for key in ("duoi-35", "tren-50", "dtts", ">nam:"):
        assert key not in page


def test_the_comparison_of_two_sendings_reads_labels_not_keys(draft):
    first = report_submit(
        actor=SYSTEM, report=report_save(actor=SYSTEM, report=draft, data=filled_input(draft))
    )
    before = first.versions.get().snapshot
    after = {**before, "indicators": dict(before["indicators"])}
    changed = dict(after["indicators"]["luot-can-bo-quan-triet"])
    changed["breakdown"] = {"gender": {"nam": "40", "nu": "80"}}
    after["indicators"]["luot-can-bo-quan-triet"] = changed
    rows = version_diff(before, after)
    field, old, new = next(r for r in rows if r[0].startswith("Chỉ tiêu"))
    assert "luot-can-bo" not in field and "Giới tính: Nam 40, Nữ 80" in new and "'nam'" not in new


def test_the_report_page_says_who_sends_it_among_the_actions_at_the_top(client, draft, reporter_a):
    membership_user("head", "so-noi-vu", first_name="Lan", last_name="Trần Thị")
    client.force_login(reporter_a)
    page = client.get(reverse("reporting:report_detail", args=[draft.pk])).content.decode()
    actions = page.split('id="report-actions"')[1].split("</section>")[0]
    assert "Sửa báo cáo" in actions and "Trần Thị Lan" in actions
    assert page.index('id="report-actions"') < page.index("Kết quả thực hiện nhiệm vụ")
