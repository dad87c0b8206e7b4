"""Issue 17.1 in events: an event is not newly tied to a task of a superseded plan version."""

import pytest

from trithuc.core.permissions import SYSTEM
from trithuc.events.models import Event
from trithuc.events.services import EventData, event_save
from trithuc.events.tests.factories import event
from trithuc.plans.services.plan_version import plan_version_create
from trithuc.plans.services.superseded import SupersededVersion

pytestmark = pytest.mark.django_db


def test_an_event_tied_to_a_superseded_task_is_refused(seed_plan, coordinator):
    old_item = seed_plan.items.get(ref="II.1.a")
    current = plan_version_create(actor=coordinator, previous=seed_plan, changes=[], reason="Thử")
    with pytest.raises(SupersededVersion, match="đã được thay thế bởi phiên bản 2"):
        event(plan_item=old_item)
    assert not Event.objects.exists()
    assert event(plan_item=current.items.get(ref="II.1.a")).plan_item.plan == current


def test_an_event_tied_before_the_amendment_can_still_be_corrected(seed_plan, coordinator):
    item = seed_plan.items.get(ref="II.1.a")
    made = event(plan_item=item, publish=False)
    plan_version_create(actor=coordinator, previous=seed_plan, changes=[], reason="Thử")
    data = EventData(
        kind=made.kind,
        title="Tên đã sửa",
        organiser=made.organiser,
        start_on=made.start_on,
        plan_item=made.plan_item,
        participants_total=100,
    )
    assert event_save(actor=SYSTEM, event=made, data=data).title == "Tên đã sửa"
