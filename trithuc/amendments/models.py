from typing import ClassVar

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from trithuc.core.models import BaseModel


class AmendmentSet(BaseModel):
    """The coordinator's consolidation of sent proposals: forwarded to the Province, decided as one set."""

    class Status(models.TextChoices):
        CONSOLIDATED = "consolidated", _("Đã tổng hợp")
        SUBMITTED = "submitted", _("Đã trình UBND")
        DECIDED = "decided", _("Đã có quyết định")

    class DocKind(models.TextChoices):
        TO_TRINH = "to_trinh", _("Tờ trình")
        BAO_CAO = "bao_cao", _("Báo cáo")

    SYMBOLS: ClassVar[dict[str, str]] = {DocKind.TO_TRINH: "TTr-SKHCN", DocKind.BAO_CAO: "BC-SKHCN"}

    plan = models.ForeignKey("plans.Plan", on_delete=models.PROTECT, related_name="amendment_sets")
    title = models.CharField(_("tên đợt"), max_length=255)
    status = models.CharField(
        _("tình trạng"), max_length=16, choices=Status.choices, default=Status.CONSOLIDATED
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    doc_kind = models.CharField(_("loại văn bản trình"), max_length=16, choices=DocKind.choices, blank=True)
    number = models.PositiveIntegerField(_("số"), null=True, blank=True)
    number_year = models.PositiveSmallIntegerField(_("năm của sổ số"), null=True, blank=True)
    dated = models.DateField(_("ngày trình"), null=True, blank=True)
    docx = models.FileField(_("văn bản trình"), upload_to="amendments/%Y/", blank=True)
    decision_number = models.CharField(_("số quyết định"), max_length=64, blank=True)
    decision_date = models.DateField(_("ngày quyết định"), null=True, blank=True)
    decision_note = models.TextField(_("ý kiến của UBND tỉnh"), blank=True)
    result_plan = models.OneToOneField(
        "plans.Plan",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="amendment_source",
        verbose_name=_("phiên bản kế hoạch mới"),
    )

    class Meta:
        verbose_name = _("đợt tổng hợp đề xuất")
        verbose_name_plural = _("đợt tổng hợp đề xuất")
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(status="consolidated") | Q(number__isnull=False),
                name="amendment_set_submitted_number",
            )
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def number_text(self) -> str:
        symbol = self.SYMBOLS.get(self.doc_kind, "TTr-SKHCN")
        return f"{self.number}/{symbol}" if self.number else f"     /{symbol}"


class AmendmentProposal(BaseModel):
    """An agency's proposal to amend, add or drop one item of the plan; private to the agency while a draft."""

    class Kind(models.TextChoices):
        AMEND = "amend", _("Sửa đổi nhiệm vụ")
        ADD = "add", _("Bổ sung nhiệm vụ")
        DROP = "drop", _("Bãi bỏ nhiệm vụ")

    class Status(models.TextChoices):
        DRAFT = "draft", _("Nháp")
        SENT = "sent", _("Đã gửi")
        CONSOLIDATED = "consolidated", _("Đã tổng hợp")
        SUBMITTED = "submitted", _("Đã trình UBND")
        ACCEPTED = "accepted", _("Chấp thuận")
        REJECTED = "rejected", _("Không chấp thuận")

    ALLOWED_TRANSITIONS = {
        Status.DRAFT: {Status.SENT},
        Status.SENT: {Status.CONSOLIDATED},
        Status.CONSOLIDATED: {Status.SUBMITTED},
        Status.SUBMITTED: {Status.ACCEPTED, Status.REJECTED},
    }

    plan = models.ForeignKey("plans.Plan", on_delete=models.PROTECT, related_name="amendment_proposals")
    agency = models.ForeignKey(
        "agencies.Agency", on_delete=models.PROTECT, related_name="amendment_proposals"
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    kind = models.CharField(_("loại đề xuất"), max_length=8, choices=Kind.choices)
    ref = models.CharField(_("số hiệu mục"), max_length=64)
    text = models.TextField(_("nội dung đề xuất"), blank=True)
    deadline_text = models.CharField(_("thời hạn đề xuất"), max_length=255, blank=True)
    deadline = models.DateField(_("hạn hoàn thành đề xuất"), null=True, blank=True)
    lead = models.ForeignKey(
        "agencies.Agency",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("cơ quan chủ trì đề xuất"),
    )
    reasons = models.TextField(_("lý do"))
    status = models.CharField(_("tình trạng"), max_length=16, choices=Status.choices, default=Status.DRAFT)
    sent_at = models.DateTimeField(_("gửi lúc"), null=True, blank=True)
    amendment_set = models.ForeignKey(
        AmendmentSet, null=True, blank=True, on_delete=models.PROTECT, related_name="proposals"
    )

    class Meta:
        verbose_name = _("đề xuất sửa đổi kế hoạch")
        verbose_name_plural = _("đề xuất sửa đổi kế hoạch")
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(status="draft") | Q(status="sent") | Q(amendment_set__isnull=False),
                name="proposal_consolidated_in_set",
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.ref} · {self.agency}"


class DocumentRelation(BaseModel):
    """A link between two documents (DESIGN §3): a plan continues under newer policy that supersedes its basis."""

    class Kind(models.TextChoices):
        BASED_ON = "based_on", _("Căn cứ")
        IMPLEMENTS = "implements", _("Thực hiện")
        AMENDS = "amends", _("Sửa đổi, bổ sung")
        REPLACES = "replaces", _("Thay thế")
        CONTINUES_UNDER = "continues_under", _("Tiếp tục thực hiện theo")

    source = models.ForeignKey("plans.Document", on_delete=models.CASCADE, related_name="relations_out")
    target = models.ForeignKey("plans.Document", on_delete=models.PROTECT, related_name="relations_in")
    kind = models.CharField(_("quan hệ"), max_length=16, choices=Kind.choices)
    note = models.TextField(_("ghi chú"), blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("quan hệ văn bản")
        verbose_name_plural = _("quan hệ văn bản")
        ordering = ["source", "kind", "target__issued_on"]
        constraints = [
            models.UniqueConstraint(fields=["source", "target", "kind"], name="document_relation_unique"),
            models.CheckConstraint(
                condition=~Q(source=models.F("target")), name="document_relation_not_self"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.source} · {self.get_kind_display().lower()} · {self.target}"


class ItemAnchor(BaseModel):
    """Which newer document a plan item continues under (re-anchoring), so leaders see it item by item."""

    item = models.ForeignKey("plans.PlanItem", on_delete=models.CASCADE, related_name="anchors")
    document = models.ForeignKey("plans.Document", on_delete=models.PROTECT, related_name="anchored_items")
    note = models.CharField(_("nội dung tương ứng"), max_length=255, blank=True)

    class Meta:
        verbose_name = _("căn cứ mới của nhiệm vụ")
        verbose_name_plural = _("căn cứ mới của nhiệm vụ")
        constraints = [models.UniqueConstraint(fields=["item", "document"], name="item_anchor_unique")]

    def __str__(self) -> str:
        return f"{self.item.ref} → {self.document}"


class Reorganisation(BaseModel):
    """One explicit, logged act applying a reorganisation (successors from a date) to all open tasks."""

    effective_date = models.DateField(_("từ ngày"))
    decision = models.CharField(_("theo văn bản"), max_length=255)
    plan = models.ForeignKey("plans.Plan", on_delete=models.PROTECT, related_name="+")
    transfers = models.PositiveIntegerField(_("số nhiệm vụ chuyển giao"), default=0)
    agencies = models.JSONField(_("cơ quan được sắp xếp"), default=list)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("đợt sắp xếp tổ chức")
        verbose_name_plural = _("đợt sắp xếp tổ chức")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"Sắp xếp từ {self.effective_date:%d/%m/%Y} ({self.transfers} nhiệm vụ)"
