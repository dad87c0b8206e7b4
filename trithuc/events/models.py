"""Events of the plan (issue 6.2): dissemination conferences, the Union's dialogues with intellectuals, seminars,
media campaigns and technical creativity contests; the recommendations raised at dialogues and their answers.

An event belongs to its organising agency: a draft is that agency's working paper (404 for others); once
published it is read by every plan reader and its figures feed the agency's indicators (events/indicators.py).
"""

import datetime as dt

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from trithuc.core.models import BaseModel
from trithuc.core.text import shorten


class Event(BaseModel):
    """One event, tied to the plan item it serves, with participant counts in the registry's breakdowns."""

    class Kind(models.TextChoices):
        DISSEMINATION = "dissemination", _("Hội nghị quán triệt, phổ biến Kế hoạch")
        DIALOGUE = "dialogue", _("Gặp mặt, đối thoại với trí thức")
        SEMINAR = "seminar", _("Hội thảo, tọa đàm")
        MEDIA = "media", _("Tuyên truyền trên báo chí, phát thanh, truyền hình")
        CONTEST = "contest", _("Hội thi sáng tạo kỹ thuật")

    class Status(models.TextChoices):
        DRAFT = "draft", _("Đang soạn")
        PUBLISHED = "published", _("Đã công bố")

    kind = models.CharField(_("loại sự kiện"), max_length=16, choices=Kind.choices)
    status = models.CharField(_("tình trạng"), max_length=16, choices=Status.choices, default=Status.DRAFT)
    title = models.CharField(_("tên sự kiện"), max_length=300)
    organiser = models.ForeignKey(
        "agencies.Agency", on_delete=models.PROTECT, related_name="events", verbose_name=_("đơn vị tổ chức")
    )
    plan_item = models.ForeignKey(
        "plans.PlanItem",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
        verbose_name=_("mục kế hoạch"),
    )
    start_on = models.DateField(_("ngày tổ chức"))
    end_on = models.DateField(
        _("đến ngày"), null=True, blank=True, help_text=_("với đợt tuyên truyền, hội thi")
    )
    place = models.CharField(_("địa điểm"), max_length=255, blank=True)
    summary = models.TextField(_("nội dung"), blank=True)
    minutes = models.TextField(_("biên bản, kết quả"), blank=True)
    participants_total = models.PositiveIntegerField(_("số người tham dự"), null=True, blank=True)
    participants_female = models.PositiveIntegerField(_("trong đó nữ"), null=True, blank=True)
    participants_minority = models.PositiveIntegerField(_("trong đó dân tộc thiểu số"), null=True, blank=True)
    participants_young = models.PositiveIntegerField(_("trong đó dưới 35 tuổi"), null=True, blank=True)
    articles = models.PositiveIntegerField(_("số tin, bài"), default=0)
    broadcasts = models.PositiveIntegerField(
        _("số phóng sự, chương trình phát thanh, truyền hình"), default=0
    )
    entries = models.PositiveIntegerField(_("số giải pháp dự thi"), null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    published_at = models.DateTimeField(_("công bố lúc"), null=True, blank=True)
    # Raised by every save: an edit made from an older version is refused (services.event_save), so two people
    # correcting the same event cannot silently overwrite each other.
    version = models.PositiveIntegerField(_("số lần lưu"), default=0)

    class Meta:
        verbose_name = _("sự kiện")
        verbose_name_plural = _("sự kiện")
        ordering = ["-start_on", "-id"]
        indexes = [models.Index(fields=["organiser", "status", "start_on"], name="events_org_status_day")]
        constraints = [
            models.CheckConstraint(
                condition=Q(end_on__isnull=True) | Q(end_on__gte=F("start_on")), name="event_end_after_start"
            ),
            models.CheckConstraint(
                condition=Q(participants_female__isnull=True)
                | Q(participants_total__isnull=False, participants_female__lte=F("participants_total")),
                name="event_female_within_total",
            ),
            models.CheckConstraint(
                condition=Q(participants_minority__isnull=True)
                | Q(participants_total__isnull=False, participants_minority__lte=F("participants_total")),
                name="event_minority_within_total",
            ),
            models.CheckConstraint(
                condition=Q(participants_young__isnull=True)
                | Q(participants_total__isnull=False, participants_young__lte=F("participants_total")),
                name="event_young_within_total",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.title} ({self.start_on:%d/%m/%Y})"

    @property
    def is_published(self) -> bool:
        return self.status == self.Status.PUBLISHED

    @property
    def year(self) -> int:
        return self.start_on.year


class EventParticipant(BaseModel):
    """A registered intellectual who took part: personal data, shown only to those who may see the person."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="participants")
    person = models.ForeignKey(
        "registry.Intellectual", on_delete=models.CASCADE, related_name="event_participations"
    )
    note = models.CharField(_("ghi chú"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("người tham dự")
        verbose_name_plural = _("người tham dự")
        constraints = [models.UniqueConstraint(fields=["event", "person"], name="event_participant_unique")]

    def __str__(self) -> str:
        return f"{self.event_id} · {self.person_id}"


def event_file_upload_to(instance: "EventFile", filename: str) -> str:
    return f"su-kien/{instance.event_id}/{filename}"


class EventFile(BaseModel):
    """Minutes, photos and documents of an event; served only through a permission-checked view."""

    class Kind(models.TextChoices):
        MINUTES = "minutes", _("Biên bản")
        PHOTO = "photo", _("Ảnh")
        DOCUMENT = "document", _("Tài liệu")

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="files")
    kind = models.CharField(_("loại tệp"), max_length=16, choices=Kind.choices, default=Kind.DOCUMENT)
    title = models.CharField(_("tên tệp"), max_length=200)
    file = models.FileField(_("tệp"), upload_to=event_file_upload_to)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("tệp của sự kiện")
        verbose_name_plural = _("tệp của sự kiện")
        ordering = ["event", "kind", "id"]

    def __str__(self) -> str:
        return self.title


class ContestPrize(BaseModel):
    """A prize of a contest: the winner's name as announced, linked to the registry person when there is one."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="prizes")
    rank = models.CharField(_("giải"), max_length=64)
    entry_title = models.CharField(_("tên giải pháp, công trình"), max_length=300)
    winner_name = models.CharField(_("tác giả, nhóm tác giả"), max_length=300)
    person = models.ForeignKey(
        "registry.Intellectual",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="contest_prizes",
        verbose_name=_("trí thức trong CSDL"),
    )

    class Meta:
        verbose_name = _("giải thưởng")
        verbose_name_plural = _("giải thưởng")
        ordering = ["event", "id"]

    def __str__(self) -> str:
        return f"{self.rank}: {self.entry_title}"


class Recommendation(BaseModel):
    """A recommendation raised by intellectuals at a dialogue, assigned to an agency that must answer by a date."""

    class State(models.TextChoices):
        WAITING = "waiting", _("Chưa trả lời")
        OVERDUE = "overdue", _("Quá hạn, chưa trả lời")
        ANSWERED = "answered", _("Đã trả lời")
        ANSWERED_LATE = "answered_late", _("Đã trả lời (quá hạn)")

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="recommendations")
    text = models.TextField(_("nội dung kiến nghị"))
    raised_by = models.CharField(_("người, nhóm nêu kiến nghị"), max_length=300, blank=True)
    answering_agency = models.ForeignKey(
        "agencies.Agency",
        on_delete=models.PROTECT,
        related_name="event_recommendations",
        verbose_name=_("cơ quan trả lời"),
    )
    deadline = models.DateField(_("hạn trả lời"))
    answer = models.TextField(_("nội dung trả lời, kết quả giải quyết"), blank=True)
    answered_on = models.DateField(_("ngày trả lời"), null=True, blank=True)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("kiến nghị")
        verbose_name_plural = _("kiến nghị")
        ordering = ["event", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(answer="") | Q(answered_on__isnull=False), name="recommendation_answer_has_date"
            )
        ]

    def __str__(self) -> str:
        return shorten(self.text, 80)

    def state(self, on: dt.date) -> str:
        if self.answer:
            assert self.answered_on is not None  # an answer has its date (recommendation_answer_has_date)
            return self.State.ANSWERED if self.answered_on <= self.deadline else self.State.ANSWERED_LATE
        return self.State.OVERDUE if on > self.deadline else self.State.WAITING

    def state_label(self, on: dt.date) -> str:
        return str(self.State(self.state(on)).label)
