"""Writes on events: each checks the rule in permissions.py, validates, saves and records an audit row."""

import datetime as dt
from dataclasses import asdict, dataclass
from functools import partial
from typing import Any

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils import timezone

from trithuc.agencies.models import Agency
from trithuc.core import audit
from trithuc.core.actors import Actor, actor_user
from trithuc.core.errors import Conflict, Forbidden, Invalid, ServiceError
from trithuc.core.uploads import upload_check
from trithuc.events.models import ContestPrize, Event, EventFile, EventParticipant, Recommendation
from trithuc.events.permissions import can_answer_recommendation, can_edit_event, kinds_for
from trithuc.events.selectors import visible_person_ids
from trithuc.plans.models import PlanItem
from trithuc.plans.services.superseded import item_writable_check

FILE_EXTENSIONS = {".pdf", ".docx", ".doc", ".xlsx", ".odt", ".jpg", ".jpeg", ".png"}
NOT_ALLOWED = "Bạn không được sửa sự kiện này."


# A count an event can have (people, articles, broadcasts): far above any province's, far below what the
# database holds (PostgreSQL's integer stops at 2,147,483,647, where a bigger figure gave a 500).
MAX_COUNT = 10_000_000
COUNT_FIELDS = (
    "participants_total",
    "participants_female",
    "participants_minority",
    "participants_young",
    "articles",
    "broadcasts",
)


@dataclass(frozen=True)
class EventData:
    """What the form or the API says about an event."""

    kind: str
    title: str
    organiser: Agency
    start_on: dt.date
    end_on: dt.date | None = None
    plan_item: PlanItem | None = None
    place: str = ""
    summary: str = ""
    minutes: str = ""
    participants_total: int | None = None
    participants_female: int | None = None
    participants_minority: int | None = None
    participants_young: int | None = None
    articles: int = 0
    broadcasts: int = 0
    entries: int | None = None


def _validate(actor: Actor, data: EventData) -> None:
    if data.kind not in Event.Kind.values:
        raise ServiceError("Loại sự kiện không hợp lệ.", field="kind")
    if data.kind not in kinds_for(actor, data.organiser.pk):
        if kinds_for(actor, data.organiser.pk):
            raise ServiceError(
                "Gặp mặt, đối thoại với trí thức và hội thi sáng tạo kỹ thuật do Liên hiệp các Hội ghi nhận.",
                field="kind",
            )
        raise Forbidden("Bạn không ghi nhận sự kiện cho đơn vị này.", field="organiser")
    if not data.title.strip():
        raise ServiceError("Hãy nhập tên sự kiện.", field="title")
    if data.end_on and data.end_on < data.start_on:
        raise ServiceError("Ngày kết thúc không được trước ngày tổ chức.", field="end_on")
    for name in COUNT_FIELDS:
        value = getattr(data, name)
        if value is not None and not 0 <= value <= MAX_COUNT:
            raise ServiceError(
                f"Số liệu phải là số nguyên từ 0 đến {MAX_COUNT:,}.".replace(",", "."), field=name
            )
    for name, label in (
        ("participants_female", "Số nữ"),
        ("participants_minority", "Số người dân tộc thiểu số"),
        ("participants_young", "Số người dưới 35 tuổi"),
    ):
        value = getattr(data, name)
        if value is not None and (data.participants_total is None or value > data.participants_total):
            raise ServiceError(f"{label} không được lớn hơn số người tham dự.", field=name)
    if data.plan_item is not None and data.plan_item.kind == PlanItem.Kind.SECTION:
        raise ServiceError(
            "Hãy chọn một nhiệm vụ cụ thể của kế hoạch, không chọn tiêu đề phần.", field="plan_item"
        )


def _state(event: Event) -> dict[str, Any]:
    fields = [f for f in EventData.__dataclass_fields__ if f not in ("organiser", "plan_item")]
    state = {f: getattr(event, f) for f in fields}
    state.update(organiser=event.organiser_id, plan_item=event.plan_item_id, status=event.status)
    return {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in state.items()}


@transaction.atomic(durable=True)
def event_save(*, actor: Actor, event: Event | None, data: EventData, version: int | None = None) -> Event:
    """Create or correct an event; a published event stays published (corrections are logged before/after).

    `version` is the one the editor read: an event saved since is not overwritten (StaleVersion, 409)."""
    if event is not None and not can_edit_event(actor, event):
        raise ServiceError(NOT_ALLOWED)
    if event is not None:
        stored = Event.objects.select_for_update().only("version").get(pk=event.pk).version
        if version is not None and stored != version:
            raise audit.stale_version(
                event, actor=actor, noun="Sự kiện", actions=("event.update", "event.create", "event.publish")
            )
        event.version = stored
    _validate(actor, data)
    if data.plan_item is not None and (event is None or event.plan_item_id != data.plan_item.pk):
        item_writable_check(data.plan_item)  # an event newly tied to a superseded version's task is refused
    before = _state(event) if event is not None else None
    if event is None:
        event = Event(created_by=actor_user(actor))
    values = asdict(data)
    values["title"] = data.title.strip()
    for name, value in values.items():
        setattr(event, name, value.strip() if isinstance(value, str) and name != "kind" else value)
    if event.is_published:
        _check_publishable(event)
    event.version += 1
    event.save()
    audit.record(
        actor=actor,
        action="event.create" if before is None else "event.update",
        target=event,
        agency=event.organiser,
        before=before,
        after=_state(event),
    )
    return event


def _check_publishable(event: Event) -> None:
    if (event.end_on or event.start_on) > timezone.localdate():
        raise ServiceError("Sự kiện chưa diễn ra xong: chỉ công bố kết quả sau ngày tổ chức.")
    if event.kind in (Event.Kind.DISSEMINATION, Event.Kind.DIALOGUE) and event.participants_total is None:
        raise ServiceError("Hãy nhập số người tham dự trước khi công bố.", field="participants_total")
    if event.kind == Event.Kind.MEDIA and not (event.articles or event.broadcasts):
        raise ServiceError(
            "Hãy nhập số tin, bài hoặc phóng sự, chương trình trước khi công bố.", field="articles"
        )


@transaction.atomic(durable=True)
def event_publish(*, actor: Actor, event: Event) -> Event:
    """Publish: the event is read by every plan reader and its figures count in the agency's report."""
    if not can_edit_event(actor, event):
        raise ServiceError(NOT_ALLOWED)
    _check_publishable(event)
    claimed = Event.objects.filter(pk=event.pk, status=Event.Status.DRAFT).update(
        status=Event.Status.PUBLISHED, published_at=timezone.now(), updated_at=timezone.now()
    )
    if not claimed:
        raise Conflict("Sự kiện đã được công bố trước đó.")
    event.refresh_from_db()
    audit.record(actor=actor, action="event.publish", target=event, agency=event.organiser)
    return event


@transaction.atomic(durable=True)
def event_delete(*, actor: Actor, event: Event) -> None:
    """Only a draft is deleted; a published event has counted in reports and stays (it can be corrected)."""
    if not can_edit_event(actor, event):
        raise ServiceError(NOT_ALLOWED)
    if event.is_published:
        raise ServiceError("Sự kiện đã công bố thì không xóa được; hãy sửa nếu có sai sót.")
    audit.record(
        actor=actor, action="event.delete", target=event, agency=event.organiser, before=_state(event)
    )
    for stored in event.files.all():
        if stored.file.name:
            transaction.on_commit(partial(stored.file.storage.delete, stored.file.name))
    event.delete()


@transaction.atomic(durable=True)
def participant_add(*, actor: Actor, event: Event, person_id: int, note: str = "") -> EventParticipant:
    """Link a registered intellectual: only one whose record the editor may open (the registry's rules)."""
    if not can_edit_event(actor, event):
        raise ServiceError(NOT_ALLOWED)
    if person_id not in visible_person_ids(actor, [person_id]):
        raise ServiceError("Không tìm thấy trí thức này trong phạm vi bạn được xem.", field="person")
    row, created = EventParticipant.objects.get_or_create(
        event=event, person_id=person_id, defaults={"note": note.strip()[:200]}
    )
    if not created:
        raise ServiceError("Trí thức này đã có trong danh sách tham dự.", field="person")
    audit.record(
        actor=actor,
        action="event.participant.add",
        target=event,
        agency=event.organiser,
        extra={"person": person_id},
    )
    return row


@transaction.atomic(durable=True)
def participant_remove(*, actor: Actor, participant: EventParticipant) -> None:
    event = participant.event
    if not can_edit_event(actor, event):
        raise ServiceError(NOT_ALLOWED)
    audit.record(
        actor=actor,
        action="event.participant.remove",
        target=event,
        agency=event.organiser,
        extra={"person": participant.person_id},
    )
    participant.delete()


@transaction.atomic(durable=True)
def file_add(
    *, actor: Actor, event: Event, upload: UploadedFile[bytes], kind: str, title: str = ""
) -> EventFile:
    """Minutes, photos, documents: checked by extension and content before they are stored."""
    if not can_edit_event(actor, event):
        raise ServiceError(NOT_ALLOWED)
    if kind not in EventFile.Kind.values:
        raise ServiceError("Loại tệp không hợp lệ.", field="kind")
    upload_check(
        upload,
        allowed=FILE_EXTENSIONS,
        max_bytes=settings.EVIDENCE_MAX_BYTES,
        field="upload",
        label="Tệp đính kèm",
    )
    name = upload.name or ""  # upload_check has read its extension: the file has a name
    stored = EventFile(
        event=event, kind=kind, title=(title.strip() or name)[:200], uploaded_by=actor_user(actor)
    )
    stored.file.save(name, upload, save=False)
    stored.save()
    audit.record(
        actor=actor,
        action="event.file.add",
        target=event,
        agency=event.organiser,
        extra={"file": stored.file.name},
    )
    return stored


@transaction.atomic(durable=True)
def file_delete(*, actor: Actor, stored: EventFile) -> None:
    event = stored.event
    if not can_edit_event(actor, event):
        raise ServiceError(NOT_ALLOWED)
    name, storage = stored.file.name or "", stored.file.storage
    audit.record(
        actor=actor, action="event.file.delete", target=event, agency=event.organiser, extra={"file": name}
    )
    stored.delete()
    transaction.on_commit(lambda: storage.delete(name))


@transaction.atomic(durable=True)
def prize_add(
    *, actor: Actor, event: Event, rank: str, entry_title: str, winner_name: str, person_id: int | None = None
) -> ContestPrize:
    """A prize of a contest; the winner may be linked to a registry person the editor may open."""
    if not can_edit_event(actor, event):
        raise ServiceError(NOT_ALLOWED)
    if event.kind != Event.Kind.CONTEST:
        raise Invalid("Chỉ hội thi mới có giải thưởng.")
    if not (rank.strip() and entry_title.strip() and winner_name.strip()):
        raise ServiceError("Hãy nhập giải, tên giải pháp và tác giả.")
    if person_id is not None and person_id not in visible_person_ids(actor, [person_id]):
        raise ServiceError("Không tìm thấy trí thức này trong phạm vi bạn được xem.", field="person")
    prize = ContestPrize.objects.create(
        event=event,
        rank=rank.strip()[:64],
        entry_title=entry_title.strip()[:300],
        winner_name=winner_name.strip()[:300],
        person_id=person_id,
    )
    audit.record(
        actor=actor,
        action="event.prize.add",
        target=event,
        agency=event.organiser,
        extra={"prize": prize.pk, "person": person_id},
    )
    return prize


@transaction.atomic(durable=True)
def prize_delete(*, actor: Actor, prize: ContestPrize) -> None:
    event = prize.event
    if not can_edit_event(actor, event):
        raise ServiceError(NOT_ALLOWED)
    audit.record(
        actor=actor,
        action="event.prize.delete",
        target=event,
        agency=event.organiser,
        before={"prize": str(prize)},
    )
    prize.delete()


@transaction.atomic(durable=True)
def recommendation_add(
    *, actor: Actor, event: Event, text: str, answering_agency: Agency, deadline: dt.date, raised_by: str = ""
) -> Recommendation:
    """Record a recommendation raised at a dialogue and assign it to the agency that must answer."""
    if not can_edit_event(actor, event):
        raise ServiceError(NOT_ALLOWED)
    if event.kind != Event.Kind.DIALOGUE:
        raise ServiceError("Kiến nghị được ghi nhận tại các cuộc gặp mặt, đối thoại với trí thức.")
    if not text.strip():
        raise ServiceError("Hãy nhập nội dung kiến nghị.", field="text")
    if deadline < event.start_on:
        raise ServiceError("Hạn trả lời không được trước ngày đối thoại.", field="deadline")
    rec = Recommendation.objects.create(
        event=event,
        text=text.strip(),
        raised_by=raised_by.strip()[:300],
        answering_agency=answering_agency,
        deadline=deadline,
    )
    audit.record(
        actor=actor,
        action="event.recommendation.add",
        target=rec,
        agency=answering_agency,
        extra={"event": event.pk, "deadline": deadline.isoformat()},
    )
    return rec


@transaction.atomic(durable=True)
def recommendation_delete(*, actor: Actor, recommendation: Recommendation) -> None:
    if not can_edit_event(actor, recommendation.event):
        raise ServiceError(NOT_ALLOWED)
    if recommendation.answer:
        raise Conflict("Kiến nghị đã được trả lời thì không xóa được.")
    audit.record(
        actor=actor,
        action="event.recommendation.delete",
        target=recommendation,
        agency=recommendation.answering_agency,
        before={"text": recommendation.text},
    )
    recommendation.delete()


@transaction.atomic(durable=True)
def recommendation_answer(
    *, actor: Actor, recommendation: Recommendation, answer: str, answered_on: dt.date | None = None
) -> Recommendation:
    """The answering agency's answer (a correction replaces it, logged before/after)."""
    if not can_answer_recommendation(actor, recommendation):
        raise Forbidden("Chỉ cơ quan được giao mới trả lời kiến nghị này.")
    if not answer.strip():
        raise ServiceError("Hãy nhập nội dung trả lời.", field="answer")
    today = timezone.localdate()
    answered_on = answered_on or today
    if answered_on > today:
        raise ServiceError("Ngày trả lời không được sau hôm nay.", field="answered_on")
    if answered_on < recommendation.event.start_on:
        raise ServiceError("Ngày trả lời không được trước ngày đối thoại.", field="answered_on")
    before = {"answer": recommendation.answer, "answered_on": str(recommendation.answered_on or "")}
    recommendation.answer = answer.strip()
    recommendation.answered_on = answered_on
    recommendation.answered_by = actor_user(actor)
    recommendation.save(update_fields=["answer", "answered_on", "answered_by", "updated_at"])
    audit.record(
        actor=actor,
        action="event.recommendation.answer",
        target=recommendation,
        agency=recommendation.answering_agency,
        before=before,
        after={"answer": recommendation.answer, "answered_on": answered_on.isoformat()},
    )
    return recommendation
