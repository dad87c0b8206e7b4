"""Thin views: scoped selector → form → one service → render or redirect."""

from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_POST

from trithuc.core.errors import ServiceError
from trithuc.core.forms import form_errors_text
from trithuc.core.idempotency import once_per_submission
from trithuc.core.views import add_service_error, stored_file_response
from trithuc.events import selectors, services
from trithuc.events.figures import period_figures
from trithuc.events.forms import (
    AnswerForm,
    EventFilterForm,
    EventForm,
    FileForm,
    PrizeForm,
    RecommendationFilterForm,
    RecommendationForm,
)
from trithuc.events.models import ContestPrize, Event, EventFile, EventParticipant, Recommendation
from trithuc.events.permissions import (
    can_answer_recommendation,
    can_create_events,
    can_edit_event,
    can_read_events,
)


def _readable(request: HttpRequest) -> None:
    if not can_read_events(request.user):
        raise Http404


def _event(request: HttpRequest, pk: int) -> Event:
    return get_object_or_404(selectors.event_qs_visible_to(request.user), pk=pk)


def _editable(request: HttpRequest, pk: int) -> Event:
    event = _event(request, pk)
    if not can_edit_event(request.user, event):
        raise Http404
    return event


@login_required
def event_list(request: HttpRequest) -> HttpResponse:
    _readable(request)
    form = EventFilterForm(request.GET or None)
    data = form.cleaned_data if form.is_valid() else {}
    filters = selectors.EventFilters(
        kind=data.get("kind") or "",
        year=data.get("year"),
        agency=getattr(data.get("agency"), "pk", None),
        plan_ref=data.get("muc") or "",
        plan_code=data.get("ke-hoach") or "",
    )
    page = Paginator(selectors.event_list(user=request.user, filters=filters), 30).get_page(
        request.GET.get("trang")
    )
    return render(
        request,
        "events/event_list.html",
        {"form": form, "page": page, "can_create": can_create_events(request.user)},
    )


@login_required
@require_http_methods(["GET", "POST"])
@once_per_submission
def event_create(request: HttpRequest) -> HttpResponse:
    if not can_create_events(request.user):
        raise Http404
    form = EventForm(
        request.POST or None,
        user=request.user,
        plan_code=request.GET.get("ke-hoach", ""),
        initial={"kind": request.GET.get("loai")},
    )
    if request.method == "POST" and form.is_valid():
        try:
            event = services.event_save(actor=request.user, event=None, data=form.to_data())
        except ServiceError as error:
            add_service_error(form, error)
        else:
            messages.success(request, "Đã lưu sự kiện (đang soạn). Hãy công bố khi đã đủ số liệu.")
            return redirect("events:event_detail", pk=event.pk)
    return render(request, "events/event_form.html", {"form": form, "event": None})


@login_required
def event_detail(request: HttpRequest, pk: int) -> HttpResponse:
    event = _event(request, pk)
    participants, hidden = selectors.participants_visible(user=request.user, event=event)
    today = timezone.localdate()
    recommendations = [
        (r, r.state(today), r.state_label(today))
        for r in event.recommendations.select_related("answering_agency")
    ]
    context = {
        "event": event,
        "participants": participants,
        "hidden_participants": hidden,
        "files": event.files.all(),
        "prizes": event.prizes.select_related("person"),
        "prize_people": selectors.visible_person_ids(
            request.user, [p.person_id for p in event.prizes.all() if p.person_id]
        ),
        "recommendations": recommendations,
        "answerable": {r.pk for r, _s, _l in recommendations if can_answer_recommendation(request.user, r)},
        "can_edit": can_edit_event(request.user, event),
        "previous": selectors.previous_dialogue(event, request.user) if event.kind == "dialogue" else None,
        "recommendation_form": RecommendationForm(),
    }
    return render(request, "events/event_detail.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def event_edit(request: HttpRequest, pk: int) -> HttpResponse:
    event = _editable(request, pk)
    form = EventForm(request.POST or None, instance=event, user=request.user)
    status = 200
    if request.method == "POST" and form.is_valid():
        event.refresh_from_db()  # the ModelForm wrote into the instance; the service starts from the stored row
        try:
            services.event_save(
                actor=request.user, event=event, data=form.to_data(), version=form.cleaned_data["version"]
            )
        except ServiceError as error:
            status = add_service_error(form, error)
        else:
            messages.success(request, "Đã lưu sự kiện.")
            return redirect("events:event_detail", pk=event.pk)
    return render(request, "events/event_form.html", {"form": form, "event": event}, status=status)


def _act(
    request: HttpRequest, target: Event, action: Callable[..., object], success: str, **kwargs: Any
) -> HttpResponseRedirect:
    try:
        action(actor=request.user, **kwargs)
    except ServiceError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, success)
    return redirect("events:event_detail", pk=target.pk)


@login_required
@require_POST
def event_publish(request: HttpRequest, pk: int) -> HttpResponse:
    event = _editable(request, pk)
    return _act(request, event, services.event_publish, "Đã công bố sự kiện.", event=event)


@login_required
@require_http_methods(["GET", "POST"])
def event_delete(request: HttpRequest, pk: int) -> HttpResponse:
    event = _editable(request, pk)
    if request.method == "POST":
        try:
            services.event_delete(actor=request.user, event=event)
        except ServiceError as error:
            messages.error(request, error.message)
            return redirect("events:event_detail", pk=event.pk)
        messages.success(request, "Đã xóa sự kiện.")
        return redirect("events:event_list")
    return render(request, "events/event_confirm_delete.html", {"event": event})


@login_required
@require_http_methods(["GET", "POST"])
def participant_manage(request: HttpRequest, pk: int) -> HttpResponse:
    """The editor's participant list with a name search of the registry (within the registry's rules)."""
    event = _editable(request, pk)
    if request.method == "POST":
        person = request.POST.get("person", "")
        if not person.isdigit():
            raise Http404
        return _act(
            request,
            event,
            services.participant_add,
            "Đã thêm người tham dự.",
            event=event,
            person_id=int(person),
        )
    participants, hidden = selectors.participants_visible(user=request.user, event=event)
    query = request.GET.get("q", "")[:100]
    found = selectors.linkable_people(user=request.user, query=query)
    linked = {p.person_id for p in participants}
    return render(
        request,
        "events/participant_manage.html",
        {
            "event": event,
            "participants": participants,
            "hidden": hidden,
            "query": query,
            "found": [p for p in found if p.pk not in linked],
        },
    )


@login_required
@require_POST
def participant_remove(request: HttpRequest, pk: int) -> HttpResponse:
    participant = get_object_or_404(
        EventParticipant.objects.filter(event__in=selectors.event_qs_visible_to(request.user)), pk=pk
    )
    if not can_edit_event(request.user, participant.event):
        raise Http404
    return _act(
        request,
        participant.event,
        services.participant_remove,
        "Đã bỏ người tham dự.",
        participant=participant,
    )


@login_required
@require_http_methods(["GET", "POST"])
def file_upload(request: HttpRequest, pk: int) -> HttpResponse:
    event = _editable(request, pk)
    form = FileForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.file_add(
                actor=request.user,
                event=event,
                upload=form.cleaned_data["upload"],
                kind=form.cleaned_data["kind"],
                title=form.cleaned_data["title"],
            )
        except ServiceError as error:
            add_service_error(form, error)
        else:
            messages.success(request, "Đã tải tệp lên.")
            return redirect("events:event_detail", pk=event.pk)
    return render(request, "events/file_upload.html", {"event": event, "form": form})


def _file(request: HttpRequest, pk: int) -> EventFile:
    return get_object_or_404(
        EventFile.objects.select_related("event").filter(
            event__in=selectors.event_qs_visible_to(request.user)
        ),
        pk=pk,
    )


@login_required
def file_download(request: HttpRequest, pk: int) -> FileResponse:
    stored = _file(request, pk)
    return stored_file_response(stored.file)


@login_required
@require_POST
def file_delete(request: HttpRequest, pk: int) -> HttpResponse:
    stored = _file(request, pk)
    if not can_edit_event(request.user, stored.event):
        raise Http404
    return _act(request, stored.event, services.file_delete, "Đã xóa tệp.", stored=stored)


@login_required
@require_http_methods(["GET", "POST"])
def prize_add(request: HttpRequest, pk: int) -> HttpResponse:
    event = _editable(request, pk)
    if event.kind != "contest":
        raise Http404
    participants, _hidden = selectors.participants_visible(user=request.user, event=event)
    form = PrizeForm(request.POST or None, people=[p.person for p in participants])
    if request.method == "POST" and form.is_valid():
        try:
            services.prize_add(
                actor=request.user,
                event=event,
                rank=form.cleaned_data["rank"],
                entry_title=form.cleaned_data["entry_title"],
                winner_name=form.cleaned_data["winner_name"],
                person_id=form.cleaned_data["person"],
            )
        except ServiceError as error:
            add_service_error(form, error)
        else:
            messages.success(request, "Đã ghi nhận giải thưởng.")
            return redirect("events:event_detail", pk=event.pk)
    return render(request, "events/prize_form.html", {"event": event, "form": form})


@login_required
@require_POST
def prize_delete(request: HttpRequest, pk: int) -> HttpResponse:
    prize = get_object_or_404(
        ContestPrize.objects.select_related("event").filter(
            event__in=selectors.event_qs_visible_to(request.user)
        ),
        pk=pk,
    )
    if not can_edit_event(request.user, prize.event):
        raise Http404
    return _act(request, prize.event, services.prize_delete, "Đã xóa giải thưởng.", prize=prize)


@login_required
@require_POST
def recommendation_add(request: HttpRequest, pk: int) -> HttpResponse:
    event = _editable(request, pk)
    form = RecommendationForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Kiến nghị chưa đủ thông tin: " + form_errors_text(form))
        return redirect("events:event_detail", pk=event.pk)
    return _act(
        request,
        event,
        services.recommendation_add,
        "Đã ghi nhận kiến nghị.",
        event=event,
        **form.cleaned_data,
    )


def _recommendation(request: HttpRequest, pk: int) -> Recommendation:
    return get_object_or_404(selectors.recommendation_qs_visible_to(request.user), pk=pk)


@login_required
@require_POST
def recommendation_delete(request: HttpRequest, pk: int) -> HttpResponse:
    rec = _recommendation(request, pk)
    if not can_edit_event(request.user, rec.event):
        raise Http404
    return _act(request, rec.event, services.recommendation_delete, "Đã xóa kiến nghị.", recommendation=rec)


@login_required
@require_http_methods(["GET", "POST"])
def recommendation_answer(request: HttpRequest, pk: int) -> HttpResponse:
    rec = _recommendation(request, pk)
    if not can_answer_recommendation(request.user, rec):
        raise Http404
    form = AnswerForm(request.POST or None, initial={"answer": rec.answer, "answered_on": rec.answered_on})
    if request.method == "POST" and form.is_valid():
        try:
            services.recommendation_answer(actor=request.user, recommendation=rec, **form.cleaned_data)
        except ServiceError as error:
            add_service_error(form, error)
        else:
            messages.success(request, "Đã gửi nội dung trả lời kiến nghị.")
            return redirect("events:recommendation_list")
    return render(request, "events/recommendation_answer.html", {"rec": rec, "form": form})


@login_required
def recommendation_list(request: HttpRequest) -> HttpResponse:
    _readable(request)
    form = RecommendationFilterForm(request.GET or None)
    data = form.cleaned_data if form.is_valid() else {}
    filters = selectors.RecommendationFilters(
        state=data.get("state") or "", agency=getattr(data.get("agency"), "pk", None), year=data.get("year")
    )
    today = timezone.localdate()
    rows = selectors.recommendation_list(user=request.user, filters=filters, on=today)
    return render(
        request,
        "events/recommendation_list.html",
        {
            "form": form,
            "rows": [
                (r, r.state(today), r.state_label(today), can_answer_recommendation(request.user, r))
                for r in rows
            ],
        },
    )


@login_required
def dialogue_followup(request: HttpRequest, pk: int) -> HttpResponse:
    """What became of a dialogue's recommendations: the page the Union shows at the next year's dialogue."""
    event = _event(request, pk)
    if event.kind != "dialogue":
        raise Http404
    followup = selectors.dialogue_followup(event)
    return render(request, "events/dialogue_followup.html", {"event": event, "followup": followup})


@login_required
def figures(request: HttpRequest) -> HttpResponse:
    """Each agency's indicator figures from events in a reporting period, beside what its report says."""
    _readable(request)
    year = request.GET.get("nam", "")
    data = period_figures(user=request.user, year=int(year) if year.isdigit() and len(year) == 4 else None)
    return render(request, "events/figures.html", {"data": data})
