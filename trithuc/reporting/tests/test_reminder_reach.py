"""Issue 17.8: a reminder that reaches nobody is named on the follow-up grid and in the coordinator's digest."""

import datetime as dt

import pytest
from django.core import mail
from django.urls import reverse
from django.utils.html import escape

from trithuc.core.tests.factories import membership_user
from trithuc.reporting.selectors import reminder_unreachable_ids
from trithuc.reporting.services.reminders import reminder_digest_send, reminder_lines
from trithuc.reporting.tests.factories import annual_period

pytestmark = pytest.mark.django_db


def _with_email(user, address):
    user.email = address
    user.save()
    return user


def test_an_agency_is_unreachable_without_an_active_reporter_or_head_with_an_address(agencies, reporter_a):
    snv, sgd, syt = agencies["so-noi-vu"], agencies["so-gddt"], agencies["so-y-te"]
    membership_user("reporter", "so-gddt")  # an account, but no address
    expert = membership_user("expert", "so-y-te", email="cg@syt.vn")  # an address, but not a reporter
    assert reminder_unreachable_ids([snv.pk, sgd.pk, syt.pk]) == {snv.pk, sgd.pk, syt.pk}
    _with_email(reporter_a, "a@snv.vn")
    assert reminder_unreachable_ids([snv.pk, sgd.pk, syt.pk]) == {sgd.pk, syt.pk}
    reporter_a.is_active = False
    reporter_a.save()
    assert snv.pk in reminder_unreachable_ids([snv.pk])
    assert expert.email  # the expert's address does not make Sở Y tế reachable


def test_the_coordinators_digest_names_the_agencies_nobody_hears_about(
    seed_plan, agencies, reporter_a, coordinator, reporter_b
):
    annual_period(2025)
    _with_email(reporter_a, "a@snv.vn")
    _with_email(coordinator, "dp@skhcn.vn")  # Sở GD&ĐT's reporter has no address
    lines = reminder_lines(on=dt.date(2026, 1, 5))
    nobody = [line for line in lines[coordinator.pk] if line.startswith("Không ai nhận được nhắc việc")]
    assert len(nobody) == 1
    assert str(agencies["so-gddt"]) in nobody[0]
    assert str(agencies["so-noi-vu"]) not in nobody[0]
    reminder_digest_send(on=dt.date(2026, 1, 5))
    to_coordinator = next(m for m in mail.outbox if m.to == ["dp@skhcn.vn"])
    assert "Không ai nhận được nhắc việc" in to_coordinator.body
    assert str(agencies["so-gddt"]) in to_coordinator.body.split("Không ai nhận được nhắc việc")[1]


def test_the_followup_grid_marks_the_agencies_nobody_hears_about(
    client, seed_plan, agencies, reporter_a, coordinator
):
    annual_period(2025)
    _with_email(reporter_a, "a@snv.vn")
    client.force_login(coordinator)
    html = client.get(reverse("reporting:plan_followup", args=[seed_plan.code])).content.decode()
    marker = "Không ai nhận nhắc việc"
    assert "đơn vị không ai nhận nhắc việc" in html and "địa chỉ e-mail" in html
    assert marker not in _agency_cell(html, agencies["so-noi-vu"])
    assert marker in _agency_cell(html, agencies["so-gddt"])


def _agency_cell(html: str, agency) -> str:
    start = html.index(f"<tr><td>{escape(str(agency))}")
    return html[start : html.index("</td>", start)]
