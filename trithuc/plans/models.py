from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from trithuc.core.models import BaseModel
from trithuc.core.text import shorten


class Document(BaseModel):
    """A legal document. The same number recurs in other years, so identity is number + issuer + date."""

    doc_type = models.CharField(_("loại văn bản"), max_length=64)
    number = models.CharField(_("số, ký hiệu"), max_length=64, blank=True)
    issuer = models.CharField(_("cơ quan ban hành"), max_length=255, blank=True)
    issued_on = models.DateField(_("ngày ban hành"), null=True, blank=True)
    year = models.PositiveSmallIntegerField(_("năm"), null=True, blank=True)
    place = models.CharField(_("địa danh"), max_length=64, blank=True)
    title = models.TextField(_("trích yếu"), blank=True)
    based_on = models.ManyToManyField("self", symmetrical=False, blank=True, related_name="cited_by")

    class Meta:
        verbose_name = _("văn bản")
        verbose_name_plural = _("văn bản")
        ordering = ["-issued_on", "number"]
        constraints = [
            models.UniqueConstraint(
                fields=["number", "issuer", "issued_on"], condition=~Q(number=""), name="document_identity"
            )
        ]

    def __str__(self) -> str:
        label = f"{self.doc_type} số {self.number}" if self.number else self.doc_type
        if self.issued_on:
            label += f" ngày {self.issued_on:%d/%m/%Y}"
        elif self.year:
            label += f" năm {self.year}"
        return label


class PlanManager(models.Manager["Plan"]):
    """`source_text` is the whole document (170 KB for a plan of 1,000 tasks): every page loads a plan, few read
    its text, so it is fetched only where read (one query the first time, then kept on the object)."""

    def get_queryset(self) -> "models.QuerySet[Plan]":
        return super().get_queryset().defer("source_text")


class Plan(BaseModel):
    """One version of a plan's item tree; an amendment adds a version and the old one stays readable.

    Many plans are in force at once; `code` names a plan across its versions (in URLs and commands) and is
    unique among the versions in force. A plan ends by being closed (`closed_on`) or replaced by another plan
    (`replaced_by`); its versions stay readable."""

    code = models.SlugField(
        _("mã kế hoạch"),
        max_length=32,
        help_text=_("mã ngắn dùng trong đường dẫn và câu lệnh, ví dụ kl52"),
    )
    document = models.ForeignKey(Document, on_delete=models.PROTECT, related_name="plans")
    title = models.TextField(
        _("tên kế hoạch"),
        blank=True,
        help_text=_(
            "tên của kế hoạch ban hành kèm theo văn bản (quyết định), khi khác trích yếu của văn bản"
        ),
    )
    version = models.PositiveSmallIntegerField(_("phiên bản"), default=1)
    is_current = models.BooleanField(_("đang hiệu lực"), default=True)
    previous = models.OneToOneField(
        "self",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="next_version",
        verbose_name=_("phiên bản trước"),
    )
    source_text = models.TextField(
        _("toàn văn"), blank=True, help_text=_("văn bản mà các vị trí trích dẫn trỏ vào")
    )
    coordinator = models.ForeignKey(
        "agencies.Agency",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="coordinated_plans",
        verbose_name=_("cơ quan điều phối"),
    )
    closed_on = models.DateField(_("hết hiệu lực từ ngày"), null=True, blank=True)
    replaced_by = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="replaces",
        verbose_name=_("được thay thế bởi"),
    )

    objects = PlanManager()

    class Meta:
        verbose_name = _("kế hoạch")
        verbose_name_plural = _("kế hoạch")
        ordering = ["-document__year", "-version"]
        constraints = [
            models.UniqueConstraint(fields=["document", "version"], name="plan_unique_version"),
            models.UniqueConstraint(
                fields=["document"], condition=Q(is_current=True), name="plan_one_current_version"
            ),
            models.UniqueConstraint(fields=["code"], condition=Q(is_current=True), name="plan_code_unique"),
        ]

    @property
    def in_force(self) -> bool:
        """The version in force of a plan neither closed nor replaced."""
        return self.is_current and self.closed_on is None and self.replaced_by_id is None

    def __str__(self) -> str:
        label = shorten(self.title or self.document.title, 120) or str(self.document)
        return f"{label} (phiên bản {self.version})" if self.version > 1 else label

    def get_absolute_url(self) -> str:
        """The plan's own overview, under its code: a bookmark that outlives new versions."""
        return reverse("plans:plan_overview", args=[self.code])

    def tree_url(self) -> str:
        """This version's tree: the plan's tree for the version in force, else the older version's page."""
        if self.is_current:
            return reverse("plans:plan_tree", args=[self.code])
        return reverse("plans:plan_version", args=[self.code, self.version])


class PlanStamp(models.Model):
    """What a plan's pages were drawn from, as one small row per plan: renewed (plans.services.stamp) in the
    writer's transaction by every service that changes what the plan's pages show, so reading it costs the
    same with one plan or twenty and 200,000 progress rows, and a write to one plan leaves the others' pages
    cached. Its own table rather than columns on Plan: a plan saved from a stale copy cannot put back an old
    stamp (and with it parts cached before a later change)."""

    plan = models.OneToOneField(Plan, on_delete=models.CASCADE, primary_key=True, related_name="stamp")
    revision = models.BigIntegerField(default=0)
    # A fresh random token per write: a key stays new even where the counter repeats (a database restored,
    # a test's transaction rolled back) while the shared cache still holds parts keyed by the old one.
    token = models.CharField(max_length=32, default="")
    # The progress rows added through the services since `token` was renewed, by id (at most PROGRESS_RECENT:
    # the next one renews `token`), and a token renewed by every write: a snapshot held before such rows reads
    # only them, by primary key (plans.selectors.PlanSnapshot.brought_up), while any other change renews
    # `token` and the whole snapshot.
    progress_recent = models.JSONField(default=list)
    progress_token = models.CharField(max_length=32, default="")

    class Meta:
        verbose_name = _("dấu phiên bản kế hoạch")
        verbose_name_plural = _("dấu phiên bản kế hoạch")

    def __str__(self) -> str:
        return f"{self.plan_id}: {self.revision}"


class PlanItem(BaseModel):
    """A node of the plan tree: a heading, a task or a note, with the span of the text it came from."""

    class Kind(models.TextChoices):
        SECTION = "section", _("Mục")
        TASK = "task", _("Nhiệm vụ")
        NOTE = "note", _("Nội dung chung")

    class Recurrence(models.TextChoices):
        YEARLY = "yearly", _("Hằng năm")
        HALF_YEARLY = "half-yearly", _("6 tháng")
        QUARTERLY = "quarterly", _("Hằng quý")
        MONTHLY = "monthly", _("Hằng tháng")

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="items")
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.CASCADE, related_name="children"
    )
    ref = models.CharField(_("số hiệu"), max_length=64)
    position = models.PositiveIntegerField(_("thứ tự"))
    kind = models.CharField(_("loại"), max_length=16, choices=Kind.choices)
    text = models.TextField(_("nội dung"))
    search_text = models.TextField(editable=False, blank=True)
    span_start = models.PositiveIntegerField(null=True, blank=True)
    span_end = models.PositiveIntegerField(null=True, blank=True)
    deadline_text = models.CharField(_("thời hạn (nguyên văn)"), max_length=255, blank=True)
    deadline = models.DateField(_("hạn hoàn thành"), null=True, blank=True)
    period_start = models.DateField(null=True, blank=True)
    period_end = models.DateField(null=True, blank=True)
    recurrence = models.CharField(_("định kỳ"), max_length=16, choices=Recurrence.choices, blank=True)
    recurrence_anchors = models.JSONField(default=list, blank=True)
    implements = models.ManyToManyField(
        "self",
        symmetrical=False,
        blank=True,
        related_name="implemented_by",
        verbose_name=_("thực hiện nhiệm vụ"),
    )

    class Meta:
        verbose_name = _("mục kế hoạch")
        verbose_name_plural = _("mục kế hoạch")
        ordering = ["plan", "position"]
        constraints = [
            models.UniqueConstraint(fields=["plan", "ref"], name="plan_item_unique_ref"),
            models.CheckConstraint(
                condition=Q(span_start__isnull=True) | Q(span_end__gte=models.F("span_start")),
                name="plan_item_span_order",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.ref} {shorten(self.text, 80)}"

    def get_absolute_url(self) -> str:
        """The task's page under its plan's code (reads `self.plan`: load it with the item)."""
        return reverse("plans:task", args=[self.plan.code, self.pk])

    @property
    def is_task(self) -> bool:
        return self.kind == self.Kind.TASK

    @property
    def is_continuous(self) -> bool:
        """No deadline and no recurrence: judged by yearly reporting ("thường xuyên")."""
        return self.deadline is None and not self.recurrence


class Assignment(BaseModel):
    """Who must do an item: as written in the document, and the agency or group it was matched to."""

    class Role(models.TextChoices):
        LEAD = "lead", _("Chủ trì")
        COORDINATE = "coordinate", _("Phối hợp")

    class Source(models.TextChoices):
        EXPLICIT = "explicit", _("Ghi trong mục")
        SECTION_III = "section_III", _("Từ phần tổ chức thực hiện")
        TABLE = "table", _("Từ bảng phụ lục")
        INFERRED = "inferred", _("Đề xuất, cần xác nhận")

    item = models.ForeignKey(PlanItem, on_delete=models.CASCADE, related_name="assignments")
    role = models.CharField(_("vai trò"), max_length=16, choices=Role.choices)
    phrase = models.CharField(_("nguyên văn"), max_length=255)
    agency = models.ForeignKey(
        "agencies.Agency", null=True, blank=True, on_delete=models.PROTECT, related_name="assignments"
    )
    group = models.ForeignKey(
        "agencies.AgencyGroup", null=True, blank=True, on_delete=models.PROTECT, related_name="assignments"
    )
    source = models.CharField(_("nguồn"), max_length=16, choices=Source.choices, default=Source.EXPLICIT)
    confidence = models.FloatField(_("độ tin cậy"), null=True, blank=True)

    class Meta:
        verbose_name = _("phân công")
        verbose_name_plural = _("phân công")
        ordering = ["item", "role", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(agency__isnull=True) | Q(group__isnull=True), name="assignment_one_target"
            ),
            models.UniqueConstraint(fields=["item", "role", "phrase"], name="assignment_unique_phrase"),
        ]

    def __str__(self) -> str:
        return f"{self.item.ref} · {self.get_role_display()} · {self.phrase}"


def evidence_upload_to(instance: "ProgressUpdate", filename: str) -> str:
    return f"evidence/{instance.item.plan_id}/{instance.item_id}/{filename}"


class ProgressUpdate(BaseModel):
    """An agency's report of progress on one item; the computed task status follows from these."""

    class Status(models.TextChoices):
        IN_PROGRESS = "in_progress", _("Đang thực hiện")
        COMPLETED = "completed", _("Đã hoàn thành")

    item = models.ForeignKey(PlanItem, on_delete=models.CASCADE, related_name="updates")
    agency = models.ForeignKey("agencies.Agency", on_delete=models.PROTECT, related_name="progress_updates")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    status = models.CharField(_("tình trạng"), max_length=16, choices=Status.choices)
    result = models.TextField(_("kết quả thực hiện"))
    completed_on = models.DateField(_("ngày hoàn thành"), null=True, blank=True)
    period_year = models.PositiveSmallIntegerField(_("năm báo cáo"), null=True, blank=True)
    evidence = models.FileField(_("tài liệu minh chứng"), upload_to=evidence_upload_to, blank=True)

    class Meta:
        verbose_name = _("cập nhật tiến độ")
        verbose_name_plural = _("cập nhật tiến độ")
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(status="completed") | Q(completed_on__isnull=False),
                name="update_completed_has_date",
            )
        ]

    def __str__(self) -> str:
        return f"{self.item.ref} · {self.agency} · {self.get_status_display()}"


class PlanImport(BaseModel):
    """A draft import: the upload, what the parser read and the user's corrections; no plan rows until confirm."""

    class Status(models.TextChoices):
        PARSING = "parsing", _("Đang đọc văn bản")
        PREVIEW = "preview", _("Chờ xác nhận")
        CONFIRMING = "confirming", _("Đang lưu")
        DONE = "done", _("Đã nhập")
        FAILED = "failed", _("Lỗi")
        DISCARDED = "discarded", _("Đã hủy")

    ALLOWED_TRANSITIONS = {
        Status.PARSING: {Status.PREVIEW, Status.FAILED},
        Status.FAILED: {Status.PARSING, Status.DISCARDED},  # retried, or given up
        Status.PREVIEW: {Status.CONFIRMING, Status.DISCARDED, Status.PREVIEW},
        Status.CONFIRMING: {Status.DONE, Status.PREVIEW},
    }

    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    status = models.CharField(_("tình trạng"), max_length=16, choices=Status.choices, default=Status.PARSING)
    source_name = models.CharField(_("tệp nguồn"), max_length=255)
    kind = models.CharField(_("định dạng"), max_length=8)
    upload = models.FileField(_("tệp tải lên"), upload_to="imports/%Y/%m/", blank=True)
    text = models.TextField(_("văn bản đã đọc"), blank=True)
    parsed = models.JSONField(_("kết quả phân tích"), null=True, blank=True)
    meta = models.JSONField(_("thông tin văn bản do người dùng sửa"), default=dict, blank=True)
    agency_choices = models.JSONField(_("cơ quan do người dùng chọn"), default=dict, blank=True)
    corrections = models.JSONField(
        _("chỉnh sửa của người dùng"),
        default=list,
        blank=True,
        help_text=_("áp dụng theo thứ tự lên kết quả phân tích; hoàn tác được đến khi xác nhận"),
    )
    progress = models.PositiveSmallIntegerField(_("tiến độ (%)"), default=0)
    heartbeat_at = models.DateTimeField(_("tiến trình xử lý báo còn chạy lúc"), null=True, blank=True)
    error = models.TextField(_("lỗi"), blank=True)
    previous_plan = models.ForeignKey(
        Plan,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("bản sửa đổi của"),
    )
    plan = models.ForeignKey(Plan, null=True, blank=True, on_delete=models.SET_NULL, related_name="imports")

    class Meta:
        verbose_name = _("lượt nhập kế hoạch")
        verbose_name_plural = _("lượt nhập kế hoạch")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.source_name} · {self.get_status_display()}"


class AssignmentTransfer(BaseModel):
    """An explicit, logged hand-over of an assignment to a successor agency after a reorganisation.

    The assignment keeps the agency named in the document; from `effective_date` the successor answers for it.
    Reports of earlier periods stay with the agency of their time.
    """

    assignment = models.OneToOneField(Assignment, on_delete=models.CASCADE, related_name="transfer")
    successor = models.ForeignKey("agencies.Agency", on_delete=models.PROTECT, related_name="+")
    effective_date = models.DateField(_("từ ngày"))
    decision = models.CharField(_("theo văn bản"), max_length=255)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("chuyển giao nhiệm vụ")
        verbose_name_plural = _("chuyển giao nhiệm vụ")

    def __str__(self) -> str:
        return f"{self.assignment} → {self.successor} ({self.effective_date:%d/%m/%Y})"
