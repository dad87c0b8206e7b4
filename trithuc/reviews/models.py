"""Consultancy, critique and social assessment (tư vấn, phản biện và giám định xã hội) by the Union of Science
and Technology Associations: a request, its panel of registry experts, their opinions, the Union's conclusion,
and the requesting agency's answer to each recommendation."""

from typing import TYPE_CHECKING

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from trithuc.core.models import BaseModel
from trithuc.core.text import shorten

if TYPE_CHECKING:
    from trithuc.plans.models import PlanItem


class ReviewRequest(BaseModel):
    """A policy, programme or project an agency asks the Union to review; the status moves forward only."""

    class Kind(models.TextChoices):
        CONSULT = "consult", _("Tư vấn")
        CRITIQUE = "critique", _("Phản biện")
        ASSESS = "assess", _("Giám định xã hội")

    class Subject(models.TextChoices):
        POLICY = "policy", _("Chính sách")
        PROGRAMME = "programme", _("Chương trình, đề án")
        PROJECT = "project", _("Dự án")
        OTHER = "other", _("Khác")

    class Status(models.TextChoices):
        NEW = "new", _("Mới")
        FORMING = "forming", _("Đang lập hội đồng")
        CONSULTING = "consulting", _("Đang lấy ý kiến")
        CONCLUDED = "concluded", _("Đã kết luận")
        SENT = "sent", _("Đã gửi cơ quan đề nghị")
        ANSWERED = "answered", _("Đã phản hồi")

    ALLOWED_TRANSITIONS = {
        Status.NEW: {Status.FORMING},
        Status.FORMING: {Status.CONSULTING},
        Status.CONSULTING: {Status.CONCLUDED},
        Status.CONCLUDED: {Status.SENT},
        Status.SENT: {Status.ANSWERED},
    }

    kind = models.CharField(_("hình thức"), max_length=16, choices=Kind.choices)
    subject = models.CharField(
        _("đối tượng"), max_length=16, choices=Subject.choices, default=Subject.PROJECT
    )
    title = models.CharField(_("tên chính sách, chương trình, dự án"), max_length=500)
    project_code = models.CharField(
        _("mã dự án, đề án"),
        max_length=64,
        blank=True,
        help_text=_("để nhận ra cùng một dự án ở các lần đề nghị khác nhau"),
    )
    description = models.TextField(_("nội dung đề nghị"), blank=True)
    requesting_agency = models.ForeignKey(
        "agencies.Agency",
        on_delete=models.PROTECT,
        related_name="review_requests",
        verbose_name=_("cơ quan đề nghị"),
    )
    owner_agency = models.ForeignKey(
        "agencies.Agency",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("chủ đầu tư, cơ quan chủ trì (trong danh mục)"),
    )
    owner_name = models.CharField(
        _("chủ đầu tư, cơ quan chủ trì (ngoài danh mục)"), max_length=255, blank=True
    )
    fields = models.ManyToManyField(
        "registry.StField", blank=True, related_name="+", verbose_name=_("lĩnh vực KH&CN")
    )
    plan = models.ForeignKey(
        "plans.Plan",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("kế hoạch"),
        help_text=_("kế hoạch nhận nhiệm vụ từ các kiến nghị được tiếp thu"),
    )
    opinion_due = models.DateField(_("hạn gửi ý kiến của thành viên"))
    deadline = models.DateField(_("hạn trả lời cơ quan đề nghị"))
    status = models.CharField(_("tình trạng"), max_length=16, choices=Status.choices, default=Status.NEW)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("đề nghị tư vấn, phản biện")
        verbose_name_plural = _("đề nghị tư vấn, phản biện")
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(opinion_due__lte=models.F("deadline")), name="review_opinions_before_deadline"
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {shorten(self.title, 120)}"

    @property
    def owner(self) -> str:
        return str(self.owner_agency) if self.owner_agency_id else self.owner_name


def document_upload_to(instance: "ReviewDocument", filename: str) -> str:
    return f"review-documents/{instance.request_id}/{filename}"


class ReviewDocument(BaseModel):
    """A file attached to a request (the draft policy, the project dossier); served only through a checked view."""

    request = models.ForeignKey(ReviewRequest, on_delete=models.CASCADE, related_name="documents")
    name = models.CharField(_("tên tài liệu"), max_length=255)
    file = models.FileField(_("tệp"), upload_to=document_upload_to)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("tài liệu đề nghị")
        verbose_name_plural = _("tài liệu đề nghị")
        ordering = ["request", "id"]

    def __str__(self) -> str:
        return self.name


class PanelMember(BaseModel):
    """A registry person on a request's panel, with a role; conflicts found when they were chosen are kept."""

    class Role(models.TextChoices):
        CHAIR = "chair", _("Chủ tịch hội đồng")
        REVIEWER = "reviewer", _("Ủy viên phản biện")
        SECRETARY = "secretary", _("Thư ký")

    class Status(models.TextChoices):
        INVITED = "invited", _("Đã mời")
        ACCEPTED = "accepted", _("Nhận lời")
        DECLINED = "declined", _("Từ chối")

    request = models.ForeignKey(ReviewRequest, on_delete=models.CASCADE, related_name="members")
    # SET_NULL: a person erased from the registry (right to erasure) leaves the seat, named by the copy below,
    # as the issued conclusion names them too.
    intellectual = models.ForeignKey(
        "registry.Intellectual",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="review_seats",
        verbose_name=_("trí thức"),
    )
    name = models.CharField(_("họ tên, học hàm, học vị khi mời"), max_length=255, default="")
    workplace = models.CharField(_("nơi công tác khi mời"), max_length=255, blank=True, default="")
    role = models.CharField(_("vai trò"), max_length=16, choices=Role.choices)
    status = models.CharField(_("trả lời"), max_length=16, choices=Status.choices, default=Status.INVITED)
    responded_at = models.DateTimeField(_("trả lời lúc"), null=True, blank=True)
    decline_reason = models.CharField(_("lý do từ chối"), max_length=500, blank=True)
    conflicts = models.JSONField(_("xung đột lợi ích đã cảnh báo"), default=list, blank=True)
    conflict_override = models.CharField(
        _("lý do vẫn chọn dù có xung đột lợi ích"), max_length=500, blank=True
    )

    class Meta:
        verbose_name = _("thành viên hội đồng")
        verbose_name_plural = _("thành viên hội đồng")
        ordering = ["request", "role", "id"]
        constraints = [
            models.UniqueConstraint(fields=["request", "intellectual"], name="review_member_once"),
            models.UniqueConstraint(fields=["request"], condition=Q(role="chair"), name="review_one_chair"),
            models.UniqueConstraint(
                fields=["request"], condition=Q(role="secretary"), name="review_one_secretary"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name} · {self.get_role_display()}"

    @property
    def account_id(self) -> int | None:
        """The user account of the member's registry record: the expert who answers and writes."""
        return self.intellectual.user_id if self.intellectual is not None else None


def opinion_upload_to(instance: "Opinion", filename: str) -> str:
    return f"review-opinions/{instance.member.request_id}/{instance.member_id}/{filename}"


class Opinion(BaseModel):
    """A panel member's written opinion; a draft until submitted, then fixed."""

    class Verdict(models.TextChoices):
        AGREE = "agree", _("Tán thành")
        AGREE_WITH_CHANGES = "changes", _("Tán thành, đề nghị chỉnh sửa, bổ sung")
        DISAGREE = "disagree", _("Không tán thành")

    member = models.OneToOneField(PanelMember, on_delete=models.CASCADE, related_name="opinion")
    verdict = models.CharField(_("đánh giá chung"), max_length=16, choices=Verdict.choices)
    assessment = models.TextField(_("nhận xét, đánh giá"))
    recommendations = models.TextField(_("kiến nghị"), blank=True)
    file = models.FileField(_("tệp ý kiến"), upload_to=opinion_upload_to, blank=True)
    submitted_at = models.DateTimeField(_("gửi lúc"), null=True, blank=True)

    class Meta:
        verbose_name = _("ý kiến thành viên")
        verbose_name_plural = _("ý kiến thành viên")

    def __str__(self) -> str:
        return f"{self.member} · {self.get_verdict_display()}"

    @property
    def is_submitted(self) -> bool:
        return self.submitted_at is not None


def conclusion_upload_to(instance: "Conclusion", filename: str) -> str:
    return f"review-conclusions/{instance.request_id}/{filename}"


class Conclusion(BaseModel):
    """The Union's issued answer (a Báo cáo or Công văn, Decree 30/2020), numbered from the outgoing register."""

    class Form(models.TextChoices):
        REPORT = "report", _("Báo cáo")
        LETTER = "letter", _("Công văn")

    request = models.OneToOneField(ReviewRequest, on_delete=models.CASCADE, related_name="conclusion")
    form = models.CharField(_("hình thức văn bản"), max_length=8, choices=Form.choices)
    summary = models.TextField(_("ý kiến kết luận"))
    signer_name = models.CharField(_("người ký"), max_length=200)
    number = models.PositiveIntegerField(_("số"))
    symbol = models.CharField(_("ký hiệu"), max_length=32)
    dated = models.DateField(_("ngày văn bản"))
    docx = models.FileField(_("tệp .docx"), upload_to=conclusion_upload_to)
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    sent_at = models.DateTimeField(_("gửi lúc"), null=True, blank=True)

    class Meta:
        verbose_name = _("kết luận")
        verbose_name_plural = _("kết luận")

    def __str__(self) -> str:
        return f"{self.get_form_display()} số {self.number_text}"

    @property
    def number_text(self) -> str:
        return f"{self.number}/{self.symbol}"


class Recommendation(BaseModel):
    """One recommendation of the conclusion, the requesting agency's answer, and the task it may become."""

    class Response(models.TextChoices):
        PENDING = "", _("Chưa phản hồi")
        ACCEPTED = "accepted", _("Tiếp thu")
        PARTIAL = "partial", _("Tiếp thu một phần")
        REJECTED = "rejected", _("Không tiếp thu")

    request = models.ForeignKey(ReviewRequest, on_delete=models.CASCADE, related_name="recommendations")
    # Not a column: the task in the plan's version in force, set by selectors.request_recommendations.
    current_task: "PlanItem | None"
    position = models.PositiveSmallIntegerField(_("thứ tự"))
    text = models.TextField(_("kiến nghị"))
    response = models.CharField(_("phản hồi"), max_length=16, choices=Response.choices, blank=True)
    response_note = models.TextField(_("giải trình của cơ quan đề nghị"), blank=True)
    responded_at = models.DateTimeField(_("phản hồi lúc"), null=True, blank=True)
    responded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    task = models.OneToOneField(
        "plans.PlanItem",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="review_recommendation",
        verbose_name=_("nhiệm vụ đã giao"),
    )

    class Meta:
        verbose_name = _("kiến nghị")
        verbose_name_plural = _("kiến nghị")
        ordering = ["request", "position"]
        constraints = [
            models.UniqueConstraint(fields=["request", "position"], name="review_recommendation_position")
        ]

    def __str__(self) -> str:
        return f"{self.position}. {shorten(self.text, 80)}"

    @property
    def can_become_task(self) -> bool:
        return self.response in (self.Response.ACCEPTED, self.Response.PARTIAL) and self.task_id is None


class ReminderLog(models.Model):
    """One reminder per member per day: the claim row that keeps a second worker run from sending twice."""

    member = models.ForeignKey(PanelMember, on_delete=models.CASCADE, related_name="+")
    day = models.DateField(_("ngày"))
    sent_at = models.DateTimeField(_("gửi lúc"), auto_now_add=True)
    text = models.TextField(_("nội dung"))

    class Meta:
        verbose_name = _("thư nhắc ý kiến")
        verbose_name_plural = _("thư nhắc ý kiến")
        constraints = [models.UniqueConstraint(fields=["member", "day"], name="review_reminder_once_a_day")]

    def __str__(self) -> str:
        return f"{self.member} {self.day:%d/%m/%Y}"
