"""Event figures feed the reporting cycle: the period's cut-off dates decide, the figure is shown read-only in the
agency report, stored at save and submit, and reaches the consolidated figures; nothing is typed twice."""

import datetime as dt
from decimal import Decimal

import pytest
from django.urls import reverse

from trithuc.core.permissions import SYSTEM
from trithuc.events.indicators import SOURCE_MARK, agency_event_figures
from trithuc.events.models import ContestPrize, Event
from trithuc.events.tests.factories import event
from trithuc.reporting.consolidated import indicator_totals
from trithuc.reporting.selectors import report_form
from trithuc.reporting.services.reports import report_accept, report_open, report_save, report_submit
from trithuc.reporting.tests.factories import annual_period, filled_input

pytestmark = pytest.mark.django_db


@pytest.fixture
def period(seed_plan):
    """Year 2025: data from 15/12/2024 to 14/12/2025 (Decree 09/2019)."""
    period = annual_period(2025)
    assert (period.start, period.end) == (dt.date(2024, 12, 15), dt.date(2025, 12, 14))
    return period


@pytest.fixture
def events(agencies):
    """Sở Nội vụ: two conferences inside the window (one on its first day), one just outside on each side, a draft
    inside, and Sở GD&ĐT's conference inside (another agency)."""
    return {
        "first_day": event(
            start_on=dt.date(2024, 12, 15),
            participants_total=100,
            participants_female=60,
            participants_minority=10,
            articles=2,
        ),
        "inside": event(
            start_on=dt.date(2025, 6, 2),
            participants_total=50,
            participants_female=20,
            participants_minority=5,
            broadcasts=1,
        ),
        "before": event(start_on=dt.date(2024, 12, 14), participants_total=999),
        "after": event(start_on=dt.date(2025, 12, 15), participants_total=999),
        "draft": event(start_on=dt.date(2025, 7, 1), participants_total=999, publish=False),
        "other": event("so-gddt", start_on=dt.date(2025, 7, 1), participants_total=999),
    }


def _line(form, code):
    return next(line for line in form.indicators if line.indicator.code == code)


def test_figures_count_published_events_of_the_agency_within_the_cut_off_dates(period, events, agencies):
    figures = agency_event_figures(agency_id=agencies["so-noi-vu"].pk, start=period.start, end=period.end)
    assert figures["hoi-nghi-quan-triet"].value == 2
    reached = figures["luot-can-bo-quan-triet"]
    assert reached.value == 150
    assert reached.breakdown == {
        "gender": {"nam": 70, "nu": 80},
        "ethnic": {"dtts": 15, "kinh": 135},
    }
    assert figures["tin-bai-tuyen-truyen"].value == 3
    assert sorted(reached.event_ids) == sorted([events["first_day"].pk, events["inside"].pk])
    assert "doi-thoai-tri-thuc" not in figures


def test_a_breakdown_is_left_out_when_one_event_did_not_count_it(period, agencies):
    event(start_on=dt.date(2025, 3, 1), participants_total=40, participants_female=10)
    event(start_on=dt.date(2025, 4, 1), participants_total=60)
    figure = agency_event_figures(agency_id=agencies["so-noi-vu"].pk, start=period.start, end=period.end)[
        "luot-can-bo-quan-triet"
    ]
    assert figure.value == 100 and figure.breakdown == {}


def test_report_form_shows_event_figures_read_only_and_save_stores_them_over_typed_values(
    client, period, events, agencies, reporter_a
):
    report = report_open(actor=SYSTEM, period=period, agency=agencies["so-noi-vu"])
    form = report_form(report)
    line = _line(form, "luot-can-bo-quan-triet")
    assert line.value == 150 and line.source.startswith(SOURCE_MARK) and "15/12/2024" in line.source
    assert _line(form, "quy-khcn-giai-ngan").source == ""
    # the Excel sheet or an old form says 120 and 3: the events' figures win, the typed money figure stays
    report = report_save(actor=SYSTEM, report=report, data=filled_input(report, people=120, women=70))
    values = {v.indicator.code: v for v in report.indicator_values.select_related("indicator")}
    assert values["luot-can-bo-quan-triet"].value == 150
    assert values["luot-can-bo-quan-triet"].breakdown["gender"] == {"nam": "70", "nu": "80"}
    assert values["hoi-nghi-quan-triet"].value == 2
    assert values["luot-can-bo-quan-triet"].note.startswith(SOURCE_MARK)
    assert values["quy-khcn-giai-ngan"].value == Decimal("1250.5")
    client.force_login(reporter_a)
    page = client.get(reverse("reporting:report_edit", args=[report.pk])).content.decode()
    assert (
        'name="i_luot-can-bo-quan-triet"' in page
        and "disabled" in page.split('name="i_luot-can-bo-quan-triet"')[1][:80]
    )
    assert SOURCE_MARK in page


def test_submit_takes_events_recorded_after_the_last_save_and_consolidation_adds_them_up(
    period, events, agencies
):
    report = report_open(actor=SYSTEM, period=period, agency=agencies["so-noi-vu"])
    report = report_save(actor=SYSTEM, report=report, data=filled_input(report))
    event(
        start_on=dt.date(2025, 11, 1), participants_total=30, participants_female=15, participants_minority=3
    )
    report = report_accept(actor=SYSTEM, report=report_submit(actor=SYSTEM, report=report))
    assert report.indicator_values.get(indicator__code="luot-can-bo-quan-triet").value == 180
    assert report.versions.get().snapshot["indicators"]["hoi-nghi-quan-triet"]["value"] == "3"
    # an event recorded after acceptance does not change the accepted report
    event(start_on=dt.date(2025, 11, 2), participants_total=70)
    assert (
        report_form(report).indicators and _line(report_form(report), "luot-can-bo-quan-triet").value == 180
    )
    assert _line(report_form(report), "luot-can-bo-quan-triet").source.startswith(SOURCE_MARK)
    totals = {t.code: t for t in indicator_totals([report], report.period.regime)}
    assert totals["luot-can-bo-quan-triet"].total == 180
    assert totals["hoi-nghi-quan-triet"].total == 3


def test_agency_without_events_keeps_typing_and_a_vanished_event_figure_is_removed(period, agencies):
    report = report_open(actor=SYSTEM, period=period, agency=agencies["so-noi-vu"])
    report = report_save(actor=SYSTEM, report=report, data=filled_input(report, people=120, women=70))
    assert report.indicator_values.get(indicator__code="luot-can-bo-quan-triet").value == 120
    dialogue_like = event(start_on=dt.date(2025, 3, 1), participants_total=40, articles=5)
    report = report_save(actor=SYSTEM, report=report, data=filled_input(report))
    assert report.indicator_values.get(indicator__code="tin-bai-tuyen-truyen").value == 5
    Event.objects.filter(pk=dialogue_like.pk).update(start_on=dt.date(2026, 1, 10))  # corrected: next period
    # the form shows the staff figure editable again; the agency types 120, and the media figure of the event goes
    assert _line(report_form(report), "luot-can-bo-quan-triet").source == ""
    report = report_save(actor=SYSTEM, report=report, data=filled_input(report, people=120, women=70))
    assert not report.indicator_values.filter(indicator__code="tin-bai-tuyen-truyen").exists()
    typed = report.indicator_values.get(indicator__code="luot-can-bo-quan-triet")
    assert typed.value == 120 and typed.note == ""


def test_union_dialogues_and_contests_feed_its_indicators(period, agencies):
    event(
        "lhh",
        kind=Event.Kind.DIALOGUE,
        title="Đối thoại",
        start_on=dt.date(2025, 10, 18),
        participants_total=43,
        participants_female=18,
        participants_minority=5,
    )
    contest = event(
        "lhh",
        kind=Event.Kind.CONTEST,
        title="Hội thi",
        start_on=dt.date(2025, 1, 15),
        end_on=dt.date(2025, 9, 28),
    )
    for rank in ("Giải Nhất", "Giải Nhì", "Giải Ba"):
        ContestPrize.objects.create(event=contest, rank=rank, entry_title=rank, winner_name="Tác giả")
    # a contest that ends after the cut-off counts in the next period
    event(
        "lhh",
        kind=Event.Kind.CONTEST,
        title="Hội thi sau",
        start_on=dt.date(2025, 11, 1),
        end_on=dt.date(2026, 1, 5),
    )
    figures = agency_event_figures(agency_id=agencies["lhh"].pk, start=period.start, end=period.end)
    assert {code: f.value for code, f in figures.items()} == {
        "doi-thoai-tri-thuc": 1,
        "luot-tri-thuc-doi-thoai": 43,
        "hoi-thi-sang-tao": 1,
        "giai-thuong-sang-tao": 3,
    }


def test_figures_page_shows_each_agency_beside_its_report(client, coordinator, period, events, agencies):
    report = report_open(actor=SYSTEM, period=period, agency=agencies["so-noi-vu"])
    report_accept(
        actor=SYSTEM,
        report=report_submit(
            actor=SYSTEM, report=report_save(actor=SYSTEM, report=report, data=filled_input(report))
        ),
    )
    client.force_login(coordinator)
    page = client.get(reverse("events:figures"), {"nam": 2025}).content.decode()
    assert "Sở Nội vụ" in page or "SNV" in page
    assert reverse("reporting:report_detail", args=[report.pk]) in page
    assert "(150)" in page
