import datetime as dt

from trithuc.plans.status import (
    ItemState,
    TaskStatus,
    Timing,
    Update,
    item_state,
    overdue_share,
    reporting_year,
    rolled_up_state,
    timeline_periods,
    timeline_state,
    timing_spans,
)

D = dt.date
A, B = 1, 2


def state(
    on, *, deadline=None, recurrence="", updates=(), responsible=frozenset({A}), first_year=2020, anchors=()
):
    return item_state(
        deadline=deadline,
        recurrence=recurrence,
        anchors=list(anchors),
        first_year=first_year,
        on=on,
        responsible=lambda day: set(responsible),
        updates=list(updates),
    )


def done(agency, on, year=None):
    return Update(agency_id=agency, completed=True, reported_on=on, completed_on=on, period_year=year)


def test_task_before_deadline_without_report_is_not_yet_due():
    assert state(D(2020, 5, 1), deadline=D(2020, 6, 30)).status == TaskStatus.NOT_DUE


def test_task_with_a_report_before_deadline_is_in_progress():
    started = Update(agency_id=A, completed=False, reported_on=D(2020, 4, 1))
    assert state(D(2020, 5, 1), deadline=D(2020, 6, 30), updates=[started]).status == TaskStatus.IN_PROGRESS


def test_task_past_deadline_without_completion_is_overdue_and_due():
    s = state(D(2020, 7, 1), deadline=D(2020, 6, 30))
    assert (s.status, s.due) == (TaskStatus.OVERDUE, True)


def test_deadline_day_itself_is_still_within_time():
    assert state(D(2020, 6, 30), deadline=D(2020, 6, 30)).status == TaskStatus.NOT_DUE


def test_completed_on_time_and_late():
    on_time = state(D(2021, 1, 1), deadline=D(2020, 6, 30), updates=[done(A, D(2020, 6, 30))])
    late = state(D(2021, 1, 1), deadline=D(2020, 6, 30), updates=[done(A, D(2020, 8, 1))])
    assert on_time.status == TaskStatus.DONE_ON_TIME and on_time.completed_on == D(2020, 6, 30)
    assert late.status == TaskStatus.DONE_LATE


def test_completion_reported_after_the_date_asked_about_does_not_count():
    s = state(D(2020, 7, 15), deadline=D(2020, 6, 30), updates=[done(A, D(2020, 8, 1))])
    assert s.status == TaskStatus.OVERDUE


def test_shared_task_is_done_only_when_every_lead_agency_is_done():
    one = state(D(2020, 7, 1), deadline=D(2020, 6, 30), responsible={A, B}, updates=[done(A, D(2020, 6, 1))])
    both = state(
        D(2020, 7, 1),
        deadline=D(2020, 6, 30),
        responsible={A, B},
        updates=[done(A, D(2020, 6, 1)), done(B, D(2020, 6, 2))],
    )
    assert one.status == TaskStatus.OVERDUE
    assert both.status == TaskStatus.DONE_ON_TIME


def test_task_without_deadline_is_continuous_and_not_due():
    s = state(D(2026, 1, 1))
    assert (s.status, s.due) == (TaskStatus.CONTINUOUS, False)


def test_annual_period_runs_from_15_december_to_14_december():
    assert reporting_year(D(2025, 12, 14)) == 2025
    assert reporting_year(D(2025, 12, 15)) == 2026


def test_yearly_task_in_its_first_year_is_not_yet_due():
    s = state(D(2020, 6, 1), recurrence="yearly")
    assert (s.status, s.due) == (TaskStatus.NOT_DUE, False)


def test_yearly_task_shows_latest_passed_period_overdue_when_unreported():
    s = state(D(2021, 3, 1), recurrence="yearly")
    assert (s.status, s.due, s.period_year, s.due_date) == (TaskStatus.OVERDUE, True, 2020, D(2020, 12, 14))


def test_yearly_task_reported_for_the_year_is_done_for_that_period():
    s = state(D(2021, 3, 1), recurrence="yearly", updates=[done(A, D(2020, 12, 10), 2020)])
    assert (s.status, s.period_year) == (TaskStatus.DONE_ON_TIME, 2020)


def test_yearly_report_for_another_year_does_not_count():
    s = state(D(2022, 1, 10), recurrence="yearly", updates=[done(A, D(2020, 12, 10), 2020)])
    assert (s.status, s.period_year) == (TaskStatus.OVERDUE, 2021)


def test_yearly_anchor_moves_the_due_day():
    s = state(D(2020, 12, 1), recurrence="yearly", anchors=["11-30"])
    assert (s.status, s.due_date) == (TaskStatus.OVERDUE, D(2020, 11, 30))


def test_roll_up_is_done_when_all_children_done_and_late_if_any_late():
    on_time = ItemState(TaskStatus.DONE_ON_TIME, True, D(2020, 6, 30), completed_on=D(2020, 6, 1))
    late = ItemState(TaskStatus.DONE_LATE, True, D(2020, 6, 30), completed_on=D(2020, 7, 1))
    assert rolled_up_state([on_time, on_time]).status == TaskStatus.DONE_ON_TIME
    assert rolled_up_state([on_time, late]).status == TaskStatus.DONE_LATE
    assert rolled_up_state([on_time, ItemState(TaskStatus.OVERDUE, True)]).status == TaskStatus.OVERDUE
    assert rolled_up_state([on_time, ItemState(TaskStatus.NOT_DUE, False)]).status == TaskStatus.IN_PROGRESS
    assert rolled_up_state([ItemState(TaskStatus.CONTINUOUS, False)]).status == TaskStatus.CONTINUOUS


def test_overdue_share_counts_only_due_items():
    states = [
        ItemState(TaskStatus.OVERDUE, True),
        ItemState(TaskStatus.DONE_ON_TIME, True),
        ItemState(TaskStatus.DONE_LATE, True),
        ItemState(TaskStatus.CONTINUOUS, False),
        ItemState(TaskStatus.NOT_DUE, False),
        ItemState(TaskStatus.DONE_ON_TIME, False),  # finished early, deadline not yet passed
    ]
    assert overdue_share(states) == (1, 3)


# A change of timing by an amendment (issue 17 point 3): each year is judged by the rule in force that year.
CONTINUOUS, YEARLY = Timing(), Timing(recurrence="yearly")


def timeline(on, versions, updates=(), first_year=2020):
    spans = timing_spans(versions, first_year)
    kwargs = {"spans": spans, "on": on, "responsible": lambda day: {A}, "updates": list(updates)}
    return spans, timeline_state(**kwargs), [(p.period_year, p.status) for p in timeline_periods(**kwargs)]


def test_made_yearly_by_an_amendment_owes_only_the_years_from_its_effective_date():
    spans, head, periods = timeline(D(2027, 1, 10), [(1, None, CONTINUOUS), (2, D(2026, 4, 10), YEARLY)])
    assert [(s.first_year, s.last_year, s.version) for s in spans] == [(2020, 2025, 1), (2026, None, 2)]
    assert periods == [(2026, TaskStatus.OVERDUE), (2027, TaskStatus.NOT_DUE)]
    assert (head.status, head.period_year) == (TaskStatus.OVERDUE, 2026)


def test_an_amendment_effective_after_14_december_starts_with_the_next_reporting_year():
    spans, head, periods = timeline(D(2026, 6, 1), [(1, None, CONTINUOUS), (2, D(2025, 12, 20), YEARLY)])
    assert [(s.first_year, s.last_year) for s in spans] == [(2020, 2025), (2026, None)]
    assert periods == [(2026, TaskStatus.NOT_DUE)] and head.status == TaskStatus.NOT_DUE


def test_made_continuous_by_an_amendment_keeps_the_years_owed_before_it():
    reported = [done(A, D(2024, 12, 1), 2024)]
    spans, head, periods = timeline(
        D(2026, 6, 1), [(1, None, YEARLY), (2, D(2025, 3, 1), CONTINUOUS)], updates=reported
    )
    assert periods == [
        (2020, TaskStatus.OVERDUE),
        (2021, TaskStatus.OVERDUE),
        (2022, TaskStatus.OVERDUE),
        (2023, TaskStatus.OVERDUE),
        (2024, TaskStatus.DONE_ON_TIME),
    ]
    assert head.status == TaskStatus.CONTINUOUS  # judged now by the rule in force now


def test_a_task_added_by_an_amendment_owes_nothing_before_it_existed():
    spans, head, periods = timeline(D(2026, 6, 1), [(1, None, None), (2, D(2026, 4, 10), YEARLY)])
    assert [(s.first_year, s.version) for s in spans] == [(2026, 2)]
    assert periods == [(2026, TaskStatus.NOT_DUE)]


def test_versions_with_the_same_timing_make_one_span_and_the_later_one_wins_its_year():
    same = timing_spans([(1, None, YEARLY), (2, D(2023, 5, 1), YEARLY)], 2020)
    assert [(s.first_year, s.last_year, s.version) for s in same] == [(2020, None, 1)]
    deadline = Timing(deadline=D(2026, 6, 30))
    twice = timing_spans(
        [(1, None, YEARLY), (2, D(2026, 2, 1), CONTINUOUS), (3, D(2026, 5, 1), deadline)], 2020
    )
    assert [(s.first_year, s.last_year, s.timing) for s in twice] == [
        (2020, 2025, YEARLY),
        (2026, None, deadline),
    ]


def test_a_single_part_with_its_own_status_rolls_up_unchanged():
    yearly = ItemState(TaskStatus.NOT_DUE, False, D(2026, 12, 14), 2026)
    assert rolled_up_state([yearly, ItemState(TaskStatus.CONTINUOUS, False)]) == yearly
