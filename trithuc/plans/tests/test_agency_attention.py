"""Issue 13 point 2: "Cần chú ý" at the top of an agency's page: its tasks in every plan that are overdue or
fall due within 30 days, the earliest first, each with its plan and a link."""

import datetime as dt
import re

import time_machine
from django.urls import reverse

from trithuc.core.permissions import SYSTEM
from trithuc.plans.services.progress import progress_update_record
from trithuc.plans.tests.factories import TaskSpec, plan_build

TODAY = dt.date(2026, 1, 5)
NOW = dt.datetime(2026, 1, 5, 3, tzinfo=dt.UTC)


def _days(n: int) -> dt.date:
    return TODAY + dt.timedelta(days=n)


def _second_plan(agencies):
    plan = plan_build(
        agencies,
        code="dl26",
        year=2026,
        tasks=[
            TaskSpec("I.1", "so-noi-vu", deadline=_days(-10)),  # overdue
            TaskSpec("I.2", "so-noi-vu", deadline=_days(10)),  # due soon
            TaskSpec("I.3", "so-noi-vu", deadline=_days(60)),  # later than 30 days
            TaskSpec("I.4", "so-noi-vu", deadline=_days(5)),  # due soon but already done
            TaskSpec("I.5", "so-gddt", deadline=_days(3)),  # another agency's
            TaskSpec("I.6", "so-noi-vu", recurrence="yearly", anchors=("01-20",)),  # this year's period soon
        ],
    )
    done = plan.items.get(ref="I.4")
    with time_machine.travel(NOW, tick=False):
        progress_update_record(
            actor=SYSTEM,
            item=done,
            agency=agencies["so-noi-vu"],
            status="completed",
            result="Đã xong.",
            completed_on=_days(-1),
        )
    return plan


def test_attention_lists_overdue_and_due_soon_across_plans_earliest_first(
    client, reporter_a, seed_plan, agencies
):
    plan = _second_plan(agencies)
    client.force_login(reporter_a)
    with time_machine.travel(NOW, tick=False):
        response = client.get(reverse("agencies:agency_detail", args=["so-noi-vu"]))
    attention = response.context["attention"]
    days = [a.due_date for a in attention]
    assert days == sorted(days)
    assert all(a.due_date <= _days(30) for a in attention)
    assert all(a.overdue == (a.due_date < TODAY) for a in attention)
    mine = {a.task.row.item.ref: a for a in attention if a.plan.code == "dl26"}
    assert set(mine) == {"I.1", "I.2", "I.6"}
    assert mine["I.1"].overdue and mine["I.1"].due_date == _days(-10)
    assert not mine["I.2"].overdue and mine["I.2"].due_date == _days(10)
    assert mine["I.6"].due_date == dt.date(2026, 1, 20)
    # Each line shows the state of the period it is listed for (not the task's latest passed period).
    assert all(a.state.due_date == a.due_date for a in attention)
    # The seed plan's tasks of the agency are there too, under their own plan's code.
    assert {a.plan.code for a in attention} == {seed_plan.code, "dl26"}

    body = response.content.decode()
    section = body[body.index('id="attention"') : body.index("</section>", body.index('id="attention"'))]
    assert "Cần chú ý" in section
    for ref in ("I.1", "I.2", "I.6"):
        assert reverse("plans:task", args=["dl26", plan.items.get(ref=ref).pk]) in section
    for ref in ("I.3", "I.4", "I.5"):
        assert reverse("plans:task", args=["dl26", plan.items.get(ref=ref).pk]) not in section
    assert reverse("plans:task_progress", args=["dl26", plan.items.get(ref="I.2").pk, "so-noi-vu"]) in section
    # The section comes before the plans' own lists and shows the due days in order.
    assert body.index('id="attention"') < body.index('class="plan-work"')
    shown = [
        dt.datetime.strptime(d, "%d/%m/%Y").date()
        for d in re.findall(r"<td data-label=\"Hạn\">(\d\d/\d\d/\d{4})", section)
    ]
    assert shown == days


def test_the_window_ends_after_thirty_days_and_a_done_period_is_not_listed(agencies):
    from trithuc.plans.selectors import PlanSnapshot, agency_attention, agency_work

    plan = plan_build(
        agencies,
        code="xa26",
        year=2026,
        tasks=[
            TaskSpec("I.1", "so-gddt", deadline=_days(30)),
            TaskSpec("I.2", "so-gddt", deadline=_days(31)),
            TaskSpec("I.3", "so-gddt", deadline=TODAY),
            TaskSpec("I.4", "so-gddt", recurrence="yearly", anchors=("01-10",)),
        ],
    )
    with time_machine.travel(NOW, tick=False):
        progress_update_record(
            actor=SYSTEM,
            item=plan.items.get(ref="I.4"),
            agency=agencies["so-gddt"],
            status="completed",
            result="Đã xong kỳ 2026.",
            completed_on=_days(-1),
            period_year=2026,
        )
    snapshots = [PlanSnapshot.load(plan, TODAY)]
    attention = agency_attention(agency_work(snapshots, agencies["so-gddt"]), snapshots)
    assert [(a.task.row.item.ref, a.due_date, a.overdue) for a in attention] == [
        ("I.3", TODAY, False),
        ("I.1", _days(30), False),
    ]
    assert agency_attention(agency_work(snapshots, agencies["so-noi-vu"]), snapshots) == []


def test_a_recurring_task_done_last_period_is_listed_for_its_coming_one_with_that_periods_state(agencies):
    from trithuc.plans.selectors import PlanSnapshot, agency_attention, agency_work

    plan = plan_build(
        agencies,
        code="rc25",
        year=2025,
        tasks=[TaskSpec("I.1", "so-gddt", recurrence="yearly", anchors=("01-10",))],
    )
    with time_machine.travel(NOW, tick=False):
        progress_update_record(
            actor=SYSTEM,
            item=plan.items.get(ref="I.1"),
            agency=agencies["so-gddt"],
            status="completed",
            result="Đã xong kỳ 2025.",
            completed_on=dt.date(2025, 1, 8),
            period_year=2025,
        )
    snapshots = [PlanSnapshot.load(plan, TODAY)]
    work = agency_work(snapshots, agencies["so-gddt"])
    assert work[0].tasks[0].state.status == "done_on_time"  # the page's own line: the 2025 period
    (line,) = agency_attention(work, snapshots)
    assert (line.due_date, line.overdue, line.state.status) == (dt.date(2026, 1, 10), False, "not_due")


def test_a_long_list_shows_the_earliest_twenty_and_says_how_many_more(client, reporter_a, agencies, no_plans):
    from trithuc.plans.agency_views import ATTENTION_SHOWN

    plan_build(
        agencies,
        code="dl27",
        year=2026,
        tasks=[TaskSpec(f"I.{n}", "so-noi-vu", deadline=_days(-30 + n)) for n in range(1, 26)],
    )
    client.force_login(reporter_a)
    with time_machine.travel(NOW, tick=False):
        response = client.get(reverse("agencies:agency_detail", args=["so-noi-vu"]))
    shown = response.context["attention"]
    assert len(shown) == ATTENTION_SHOWN == 20 and response.context["attention_total"] == 25
    assert [a.due_date for a in shown] == [_days(-30 + n) for n in range(1, 21)]  # the earliest
    body = response.content.decode()
    assert "25 nhiệm vụ quá hạn hoặc đến hạn" in body and "Còn 5 nhiệm vụ nữa có hạn muộn hơn" in body
