"""The demo holds a past dialogue with recommendations followed up and dissemination events of several agencies."""

import datetime as dt

import pytest
import time_machine

from trithuc.demo.setup import _demo_accounts
from trithuc.events.demo import UNION_DIALOGUE_2025, UNION_DIALOGUE_2026, events_demo_setup
from trithuc.events.models import ContestPrize, Event, EventParticipant, Recommendation
from trithuc.events.selectors import dialogue_followup, previous_dialogue
from trithuc.registry.demo import registry_demo_setup
from trithuc.reporting.demo import reporting_demo_setup
from trithuc.reporting.models import AgencyReport

pytestmark = pytest.mark.django_db


@time_machine.travel(dt.datetime(2026, 11, 20, 3, 0, tzinfo=dt.UTC), tick=False)
def test_demo_runs_once_and_a_second_run_changes_nothing(seed_plan, agencies):
    _demo_accounts()
    reporting_demo_setup()
    registry_demo_setup(count=60)
    created = events_demo_setup()
    assert created == Event.objects.count() >= 14
    counts = (
        Event.objects.count(),
        Recommendation.objects.count(),
        ContestPrize.objects.count(),
        EventParticipant.objects.count(),
        Recommendation.objects.exclude(answer="").count(),
    )
    assert events_demo_setup() == 0
    assert counts == (
        Event.objects.count(),
        Recommendation.objects.count(),
        ContestPrize.objects.count(),
        EventParticipant.objects.count(),
        Recommendation.objects.exclude(answer="").count(),
    )
    conferences = Event.objects.filter(kind="dissemination", status="published")
    assert conferences.values("organiser").distinct().count() >= 5
    past = Event.objects.get(title=UNION_DIALOGUE_2025)
    followup = dialogue_followup(past, dt.date(2026, 11, 20))
    assert followup.total == 5 and followup.answered == 4 and followup.counts["overdue"] == 1
    this_year = Event.objects.get(title=UNION_DIALOGUE_2026)
    assert this_year.is_published and previous_dialogue(this_year, this_year.created_by or _system()) == past
    assert ContestPrize.objects.filter(person__isnull=False).count() == 5
    assert Event.objects.filter(status="draft").count() == 1
    # the 2025 draft report of Sở Xây dựng took its conference from events
    draft = AgencyReport.objects.get(agency__code="so-xay-dung", period__year=2025)
    assert draft.indicator_values.get(indicator__code="luot-can-bo-quan-triet").value == 64


def _system():
    from trithuc.core.permissions import SYSTEM

    return SYSTEM
