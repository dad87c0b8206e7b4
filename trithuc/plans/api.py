"""Plans, tasks and progress over the API: the same selectors and services as the pages."""

import datetime as dt
from typing import Any, Literal, TypeVar, cast

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Query, Router, Schema, Status
from ninja.pagination import paginate

from trithuc.agencies.models import Agency
from trithuc.api.pagination import BoundedPagination
from trithuc.api.schemas import ERRORS, Code, Date, Text, Year, text
from trithuc.core import limits
from trithuc.plans import selectors
from trithuc.plans.models import Plan, ProgressUpdate
from trithuc.plans.permissions import progress_agencies
from trithuc.plans.services.progress import progress_update_create
from trithuc.plans.status import TaskStatus

router = Router()


class PlanOut(Schema):
    id: int
    title: str
    plan_title: str = ""  # the attached plan's title when the document is a decision that issues it
    doc_type: str
    number: str
    issuer: str
    year: int | None
    version: int
    is_current: bool


AssigneeRole = Literal["lead", "coordinate"]  # the values of Assignment.Role


class AssigneeOut(Schema):
    role: AssigneeRole
    phrase: str
    agency: str | None
    group: str | None
    source: str
    current_successors: list[str]


class TaskOut(Schema):
    id: int
    ref: str
    text: str
    deadline: dt.date | None
    deadline_text: str
    recurrence: str
    status: str
    status_label: str
    due_date: dt.date | None
    period_year: int | None
    assignees: list[AssigneeOut]


class ProgressOut(Schema):
    id: int
    agency: str
    status: str
    result: str
    completed_on: dt.date | None
    period_year: int | None
    created_at: dt.datetime


class TaskDetailOut(TaskOut):
    source: str
    implements: list[str]
    implemented_by: list[str]
    updates: list[ProgressOut]


class ProgressIn(Schema):
    agency: Code
    status: Literal["in_progress", "completed"]
    result: text(limits.RESULT_MAX)  # type: ignore[valid-type]
    completed_on: Date | None = None
    period_year: Year | None = None


class TaskFilter(Schema):
    agency: Code | None = None
    role: Literal["lead", "coordinate"] | None = None
    status: Literal[tuple(TaskStatus.values)] | None = None  # type: ignore[valid-type]
    q: Text | None = None


def _plan_out(plan: Plan) -> PlanOut:
    doc = plan.document
    return PlanOut(
        id=plan.pk,
        title=doc.title,
        plan_title=plan.title,
        doc_type=doc.doc_type,
        number=doc.number,
        issuer=doc.issuer,
        year=doc.year,
        version=plan.version,
        is_current=plan.is_current,
    )


_Task = TypeVar("_Task", bound=TaskOut)


def _task_out(row: selectors.TaskRow, schema: type[_Task], **extra: Any) -> _Task:
    assignees = [
        AssigneeOut(
            role=cast(AssigneeRole, a.role),  # a choice of Assignment.Role; the schema checks it
            phrase=a.phrase,
            agency=a.agency.code if a.agency else None,
            group=a.group.code if a.group else None,
            source=a.source,
            current_successors=[s.successor.code for s in row.successors.get(a.pk, [])],
        )
        for a in row.leads + row.coordinators
    ]
    item, state = row.item, row.state
    return schema(
        id=item.pk,
        ref=item.ref,
        text=item.text,
        deadline=item.deadline,
        deadline_text=item.deadline_text,
        recurrence=item.recurrence,
        status=state.status.value,
        status_label=state.label,
        due_date=state.due_date,
        period_year=state.period_year,
        assignees=assignees,
        **extra,
    )


@router.get("/plans", response={200: list[PlanOut], **ERRORS}, summary="Các kế hoạch")
@paginate(BoundedPagination)
def plan_list(request: HttpRequest) -> list[PlanOut]:
    return [_plan_out(p) for p in selectors.plan_qs_visible_to(request.user).order_by("-id")]


@router.get("/plans/{plan_id}", response={200: PlanOut, **ERRORS}, summary="Một kế hoạch")
def plan_detail(request: HttpRequest, plan_id: int) -> PlanOut:
    return _plan_out(get_object_or_404(selectors.plan_qs_visible_to(request.user), pk=plan_id))


@router.get(
    "/plans/{plan_id}/tasks", response={200: list[TaskOut], **ERRORS}, summary="Nhiệm vụ của kế hoạch, có lọc"
)
@paginate(BoundedPagination)
def task_list(request: HttpRequest, plan_id: int, filters: Query[TaskFilter]) -> list[TaskOut]:
    plan = get_object_or_404(selectors.plan_qs_visible_to(request.user), pk=plan_id)
    agency = get_object_or_404(Agency, code=filters.agency) if filters.agency else None
    wanted = selectors.TaskFilters(
        agency=agency, role=filters.role or "", status=filters.status or "", q=filters.q or ""
    )
    return [_task_out(row, TaskOut) for row in selectors.task_rows(selectors.PlanSnapshot.load(plan), wanted)]


@router.get(
    "/tasks/{task_id}", response={200: TaskDetailOut, **ERRORS}, summary="Một nhiệm vụ với lịch sử cập nhật"
)
def task_detail(request: HttpRequest, task_id: int) -> TaskDetailOut:
    item = get_object_or_404(selectors.item_qs_visible_to(request.user).filter(kind="task"), pk=task_id)
    detail = selectors.task_detail(selectors.PlanSnapshot.load(item.plan), item, request.user)
    updates = [_progress_out(u) for u in detail.updates]
    return _task_out(
        detail.row,
        TaskDetailOut,
        source=detail.source,
        implements=[t.ref for t in detail.implements],
        implemented_by=[r.item.ref for r in detail.implemented_by],
        updates=updates,
    )


def _progress_out(update: ProgressUpdate) -> ProgressOut:
    return ProgressOut(
        id=update.pk,
        agency=update.agency.code,
        status=update.status,
        result=update.result,
        completed_on=update.completed_on,
        period_year=update.period_year,
        created_at=update.created_at,
    )


@router.post(
    "/tasks/{task_id}/progress",
    response={201: ProgressOut, **ERRORS},
    summary="Báo cáo tiến độ (đơn vị được giao)",
)
def progress_create(request: HttpRequest, task_id: int, payload: ProgressIn) -> Status[ProgressOut]:
    item = get_object_or_404(selectors.item_qs_visible_to(request.user).filter(kind="task"), pk=task_id)
    agency = get_object_or_404(
        Agency.objects.filter(pk__in=[a.pk for a in progress_agencies(request.user)]), code=payload.agency
    )
    update = progress_update_create(
        actor=request.user,
        item=item,
        agency=agency,
        status=payload.status,
        result=payload.result,
        completed_on=payload.completed_on,
        period_year=payload.period_year,
    )
    return Status(201, _progress_out(update))
