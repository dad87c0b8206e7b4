"""Events built through the real services, so audit rows and validation are those of the pages."""

import datetime as dt
from typing import Any

from django.core.files.uploadedfile import SimpleUploadedFile

from trithuc.agencies.models import Agency
from trithuc.core.permissions import SYSTEM
from trithuc.events.models import Event, EventFile, Recommendation
from trithuc.events.services import EventData, event_publish, event_save, file_add, recommendation_add

PDF = b"%PDF-1.4\n% bien ban\n"


def event(
    code: str = "so-noi-vu",
    *,
    kind: str = Event.Kind.DISSEMINATION,
    publish: bool = True,
    start_on: dt.date = dt.date(2025, 5, 20),
    **values: Any,
) -> Event:
    values.setdefault("title", f"Hội nghị quán triệt Kết luận 52 ({code})")
    if kind in (Event.Kind.DISSEMINATION, Event.Kind.DIALOGUE):
        values.setdefault("participants_total", 100)
    if kind == Event.Kind.MEDIA:
        values.setdefault("articles", 4)
    data = EventData(kind=kind, organiser=Agency.objects.get(code=code), start_on=start_on, **values)
    created = event_save(actor=SYSTEM, event=None, data=data)
    return event_publish(actor=SYSTEM, event=created) if publish else created


def recommendation(
    dialogue: Event, code: str = "so-noi-vu", *, deadline: dt.date | None = None, text: str = ""
) -> Recommendation:
    return recommendation_add(
        actor=SYSTEM,
        event=dialogue,
        text=text or "Đề nghị có chính sách nhà ở cho trí thức trẻ về công tác tại tỉnh.",
        answering_agency=Agency.objects.get(code=code),
        deadline=deadline or dialogue.start_on + dt.timedelta(days=90),
        raised_by="TS. Nguyễn Văn Minh, Trường Đại học Đà Lạt",
    )


def attached_file(target: Event) -> EventFile:
    upload = SimpleUploadedFile("bien-ban.pdf", PDF, content_type="application/pdf")
    return file_add(
        actor=SYSTEM, event=target, upload=upload, kind=EventFile.Kind.MINUTES, title="Biên bản hội nghị"
    )
