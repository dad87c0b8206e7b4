"""The report form (#15.5): what needs the officer's action is at the top (the deadline, what is still missing,
who sends the report, save and, for the head, save and send), and the form is folded by part, the parts with an
error or something unfilled open."""

import re

import pytest
from django.urls import reverse

from trithuc.reporting.models import AgencyReport
from trithuc.reporting.services.reports import report_open, report_save
from trithuc.reporting.tests.factories import annual_period, filled_input

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft(seed_plan, agencies, reporter_a):
    return report_open(actor=reporter_a, period=annual_period(2025), agency=agencies["so-noi-vu"])


def _folds(html: str) -> dict[str, bool]:
    """Each fold of the form by its id: open or not."""
    return {
        key: bool(opened)
        for key, opened in re.findall(r'<details class="form-part" id="([^"]+)"( open)?>', html)
    }


def _todo(html: str) -> str:
    found = re.search(r'<section class="needs-action" id="report-todo".*?</section>', html, re.S)
    assert found, "no box of what to do at the top of the form"
    return found.group(0)


def _form_data(client, url):
    form = client.get(url).context["form"]
    values = {name: form[name].value() for name in form.fields}
    return form, {name: "" if value is None else value for name, value in values.items()}


def test_the_top_lists_what_is_missing_with_links_and_the_deadline_and_who_sends(
    client, draft, reporter_a, head_a
):
    client.force_login(reporter_a)
    html = client.get(reverse("reporting:report_edit", args=[draft.pk])).content.decode()
    todo = _todo(html)
    assert html.index('id="report-todo"') < html.index('class="form-part"')
    assert f"hạn gửi <strong>{draft.period.agency_due:%d/%m/%Y}</strong>" in todo
    form = client.get(reverse("reporting:report_edit", args=[draft.pk])).context["form"]
    unfilled = [line for line in form.report_form.tasks if line.editable and not line.status]
    assert unfilled, "the fixture's draft should start with tasks to fill"
    assert f"{len(unfilled)} nhiệm vụ chưa chọn tình trạng" in todo
    for line in unfilled:
        assert f'<a href="#id_t{line.item.pk}_status">{line.item.ref}</a>' in todo
    assert "chỉ tiêu chưa có số liệu" in todo and 'href="#id_i_' in todo
    assert head_a.last_name in todo and "gửi báo cáo" in todo.lower()  # the reporter is told who sends it
    assert ">Lưu báo cáo</button>" in todo and "Lưu và gửi" not in todo  # a reporter saves, never sends


def test_parts_filled_without_errors_are_folded_and_the_others_open(client, draft, reporter_a):
    report_save(actor=reporter_a, report=draft, data=filled_input(draft))  # every lead task reported
    client.force_login(reporter_a)
    url = reverse("reporting:report_edit", args=[draft.pk])
    response = client.get(url)
    parts = {part.key: part for part in response.context["task_parts"]}
    folds = _folds(response.content.decode())
    assert set(folds) == {*parts, "chi-tieu", "trien-khai"}
    for key, part in parts.items():
        assert folds[key] == bool(part.unfilled), key  # open exactly where a task still has no status
    closed = [key for key, part in parts.items() if not part.unfilled]
    assert closed, "a part whose tasks are all reported should be folded"
    assert folds["trien-khai"] is False  # difficulties and proposals written

    # an error inside a folded part opens it, and the error summary at the top links into it
    form, data = _form_data(client, url)
    part = parts[closed[0]]
    line = part.rows[0][0]
    data[f"t{line.item.pk}_result"] = ""
    html = client.post(url, data).content.decode()
    assert _folds(html)[closed[0]] is True
    assert f'href="#id_t{line.item.pk}_result"' in html.split('id="form-errors"')[1].split("</div>")[0]
    assert sum(_folds(html).values()) == 1 + sum(1 for p in parts.values() if p.unfilled) + 1  # + indicators


def test_breakdowns_fold_until_a_figure_is_given(client, draft, reporter_a):
    report_save(actor=reporter_a, report=draft, data=filled_input(draft))
    client.force_login(reporter_a)
    html = client.get(reverse("reporting:report_edit", args=[draft.pk])).content.decode()
    folds = re.findall(
        r'<details class="breakdown-fold"( open)?><summary>Phân tổ theo ([^<]+)</summary>', html
    )
    assert (" open", "giới tính, dân tộc") in folds  # the staff-reached figure has its breakdown filled
    assert any(not opened for opened, _dims in folds)  # an empty breakdown stays folded
    assert 'id="id_i_luot-can-bo-quan-triet__gender__nam"' in html  # still in the form, sent with it


def test_the_head_saves_and_sends_at_once(client, draft, head_a):
    client.force_login(head_a)
    url = reverse("reporting:report_edit", args=[draft.pk])
    html = client.get(url).content.decode()
    todo = _todo(html)
    assert 'name="send"' in todo and "Lưu và gửi báo cáo" in todo and "Bạn là lãnh đạo đơn vị" in todo
    report_save(actor=head_a, report=draft, data=filled_input(draft))
    _form, data = _form_data(client, url)
    response = client.post(url, {**data, "send": "1"}, follow=True)
    draft.refresh_from_db()
    assert draft.status == AgencyReport.Status.SUBMITTED
    assert "Đã lưu và gửi báo cáo tới" in response.content.decode()


def test_a_reporter_who_asks_to_send_only_saves(client, draft, reporter_a):
    client.force_login(reporter_a)
    url = reverse("reporting:report_edit", args=[draft.pk])
    _form, data = _form_data(client, url)
    data["difficulties"] = "Thiếu kinh phí."
    client.post(url, {**data, "send": "1"})
    draft.refresh_from_db()
    assert draft.status == AgencyReport.Status.DRAFT and draft.difficulties == "Thiếu kinh phí."
