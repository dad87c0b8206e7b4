"""Reporting regimes and periods (Decree 09/2019), the working-day calendar, indicators, agency reports and
the consolidated report of the Department (Decree 30/2020 layout)."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from trithuc.core.models import BaseModel


class Holiday(BaseModel):
    """A day off for public servants; Tết and Giỗ Tổ are lunar, so every year's dates are stored explicitly."""

    date = models.DateField(_("ngày"), unique=True)
    name = models.CharField(_("tên ngày nghỉ"), max_length=120)
    is_off_day = models.BooleanField(
        _("là ngày nghỉ"), default=True, help_text=_("bỏ chọn để biến một ngày nghỉ thành ngày làm việc bù")
    )

    class Meta:
        verbose_name = _("ngày nghỉ lễ, Tết")
        verbose_name_plural = _("lịch ngày nghỉ lễ, Tết")
        ordering = ["date"]

    def __str__(self) -> str:
        return f"{self.date:%d/%m/%Y} {self.name}"


class WorkingSaturday(BaseModel):
    """A weekend day worked to make up for a bridge holiday (the Government's yearly decision)."""

    date = models.DateField(_("ngày"), unique=True)
    note = models.CharField(_("ghi chú"), max_length=120, blank=True)

    class Meta:
        verbose_name = _("ngày làm bù")
        verbose_name_plural = _("ngày làm bù")
        ordering = ["date"]

    def __str__(self) -> str:
        return f"{self.date:%d/%m/%Y} {self.note}"


class ReportingRegime(BaseModel):
    """A reporting regime (chế độ báo cáo) as Decree 09/2019/NĐ-CP art. 7 requires it to be described.

    A regime belongs to one plan, named by the plan's code: the code is shared by the plan's versions, so an
    amendment's new version keeps its regime, periods and reports. A plan may have several regimes (a yearly
    report beside a quarterly one); each regime has its own indicators."""

    class Frequency(models.TextChoices):
        ANNUAL = "annual", _("Hằng năm")
        HALF_YEARLY = "half-yearly", _("6 tháng")
        QUARTERLY = "quarterly", _("Hằng quý")
        MONTHLY = "monthly", _("Hằng tháng")

    code = models.SlugField(_("mã"), max_length=64, unique=True)
    name = models.CharField(_("tên báo cáo"), max_length=255)
    reporters = models.CharField(_("đối tượng báo cáo"), max_length=255)
    recipient = models.CharField(_("cơ quan nhận báo cáo"), max_length=255)
    final_recipient = models.CharField(_("cơ quan nhận báo cáo tổng hợp"), max_length=255, blank=True)
    frequency = models.CharField(_("tần suất"), max_length=16, choices=Frequency.choices)
    agency_deadline_days = models.PositiveSmallIntegerField(
        _("hạn đơn vị gửi (ngày làm việc sau ngày chốt số liệu)"), default=3
    )
    department_deadline_days = models.PositiveSmallIntegerField(
        _("hạn Sở tổng hợp gửi (ngày làm việc sau ngày chốt số liệu)"), default=8
    )
    province_deadline_days = models.PositiveSmallIntegerField(
        _("hạn UBND tỉnh (ngày làm việc sau ngày chốt số liệu)"), default=12
    )
    outline = models.TextField(_("đề cương báo cáo"), blank=True)
    registry_section = models.BooleanField(
        _("kèm số liệu cơ sở dữ liệu trí thức"),
        default=False,
        help_text=_("báo cáo tổng hợp có mục số liệu đội ngũ trí thức lấy từ cơ sở dữ liệu"),
    )
    figure_form = models.TextField(_("biểu mẫu số liệu"), blank=True)
    own_plan_item_ref = models.CharField(
        _("mục kế hoạch giao các cơ quan tự triển khai"),
        max_length=32,
        blank=True,
        help_text=_("số hiệu mục của kế hoạch được ghi bên cạnh phần “triển khai tại đơn vị” của báo cáo"),
    )
    plan_code = models.SlugField(
        _("mã kế hoạch"),
        max_length=32,
        db_index=True,
        help_text=_(
            "mã của kế hoạch mà chế độ này báo cáo (chung cho mọi phiên bản của kế hoạch), ví dụ kl52"
        ),
    )

    class Meta:
        verbose_name = _("chế độ báo cáo")
        verbose_name_plural = _("chế độ báo cáo")
        ordering = ["code"]
        constraints = [
            models.CheckConstraint(
                condition=Q(agency_deadline_days__gte=1)
                & Q(department_deadline_days__gt=models.F("agency_deadline_days"))
                & Q(province_deadline_days__gt=models.F("department_deadline_days")),
                name="regime_deadlines_in_order",
            )
        ]

    def __str__(self) -> str:
        return self.name


class ReportingPeriod(BaseModel):
    """One period of a regime: data window (Decree 09 art. 12) and the deadline of each level."""

    regime = models.ForeignKey(ReportingRegime, on_delete=models.CASCADE, related_name="periods")
    year = models.PositiveSmallIntegerField(_("năm"))
    number = models.PositiveSmallIntegerField(_("kỳ trong năm"), default=1)
    start = models.DateField(_("số liệu từ ngày"))
    end = models.DateField(_("ngày chốt số liệu"))
    agency_due = models.DateField(_("hạn đơn vị gửi Sở"))
    department_due = models.DateField(_("hạn Sở gửi UBND tỉnh"))
    province_due = models.DateField(_("hạn UBND tỉnh"))

    class Meta:
        verbose_name = _("kỳ báo cáo")
        verbose_name_plural = _("kỳ báo cáo")
        ordering = ["regime", "-year", "-number"]
        constraints = [
            models.UniqueConstraint(fields=["regime", "year", "number"], name="period_unique"),
            models.CheckConstraint(
                condition=Q(end__gte=models.F("start"))
                & Q(agency_due__gt=models.F("end"))
                & Q(department_due__gt=models.F("agency_due"))
                & Q(province_due__gt=models.F("department_due")),
                name="period_dates_in_order",
            ),
        ]

    def __str__(self) -> str:
        return self.label

    @property
    def label(self) -> str:
        return period_label(self.regime.frequency, self.year, self.number)

    @property
    def slug(self) -> str:
        """The period as the command line names it: 2025, 2025-Q2, 2025-H1, 2025-06."""
        freq = self.regime.frequency
        if freq == ReportingRegime.Frequency.ANNUAL:
            return str(self.year)
        if freq == ReportingRegime.Frequency.HALF_YEARLY:
            return f"{self.year}-H{self.number}"
        if freq == ReportingRegime.Frequency.QUARTERLY:
            return f"{self.year}-Q{self.number}"
        return f"{self.year}-{self.number:02d}"


def period_label(frequency: str, year: int, number: int) -> str:
    """How officers name a period: Năm 2025, 6 tháng đầu năm 2025, Quý II/2025, Tháng 6/2025."""
    if frequency == ReportingRegime.Frequency.ANNUAL:
        return f"Năm {year}"
    if frequency == ReportingRegime.Frequency.HALF_YEARLY:
        return f"6 tháng {'đầu' if number == 1 else 'cuối'} năm {year}"
    if frequency == ReportingRegime.Frequency.QUARTERLY:
        return f"Quý {['I', 'II', 'III', 'IV'][number - 1]}/{year}"
    return f"Tháng {number}/{year}"


class Indicator(BaseModel):
    """A figure agencies report (chỉ tiêu): unit, how it adds up and which breakdowns it carries. Each regime has
    its own (a code is unique within its regime): a plan's report form and consolidated report show only its
    regime's indicators."""

    class Aggregation(models.TextChoices):
        SUM = "sum", _("Cộng dồn")
        MAX = "max", _("Lấy giá trị lớn nhất")
        LAST = "last", _("Lấy số liệu mới nhất")

    regime = models.ForeignKey(
        ReportingRegime, on_delete=models.PROTECT, related_name="indicators", verbose_name=_("chế độ báo cáo")
    )
    code = models.SlugField(_("mã"), max_length=64)
    name = models.CharField(_("tên chỉ tiêu"), max_length=255)
    unit = models.CharField(_("đơn vị tính"), max_length=32)
    aggregation = models.CharField(_("cách tổng hợp"), max_length=8, choices=Aggregation.choices)
    breakdowns = models.JSONField(_("phân tổ"), default=list, blank=True)
    position = models.PositiveSmallIntegerField(_("thứ tự"), default=0)
    plan_ref = models.CharField(_("mục kế hoạch liên quan"), max_length=32, blank=True)
    is_active = models.BooleanField(_("đang dùng"), default=True)

    class Meta:
        verbose_name = _("chỉ tiêu")
        verbose_name_plural = _("chỉ tiêu")
        ordering = ["regime", "position", "code"]
        constraints = [models.UniqueConstraint(fields=["regime", "code"], name="indicator_code_per_regime")]

    def __str__(self) -> str:
        return f"{self.name} ({self.unit})"


class AgencyReport(BaseModel):
    """One agency's report for one period; private to the agency until it is submitted."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Đang soạn")
        SUBMITTED = "submitted", _("Đã gửi")
        RETURNED = "returned", _("Bị trả lại")
        ACCEPTED = "accepted", _("Đã tiếp nhận")

    class Implementation(models.TextChoices):
        OWN_PLAN = "own_plan", _("Ban hành kế hoạch riêng")
        INTEGRATED = "integrated", _("Lồng ghép trong kế hoạch phát triển kinh tế - xã hội")
        NONE = "none", _("Chưa xây dựng")

    ALLOWED_TRANSITIONS = {
        Status.DRAFT: {Status.SUBMITTED},
        Status.RETURNED: {Status.SUBMITTED},
        Status.SUBMITTED: {Status.RETURNED, Status.ACCEPTED},
        Status.ACCEPTED: set(),
    }
    EDITABLE = (Status.DRAFT, Status.RETURNED)

    period = models.ForeignKey(ReportingPeriod, on_delete=models.PROTECT, related_name="reports")
    agency = models.ForeignKey("agencies.Agency", on_delete=models.PROTECT, related_name="period_reports")
    status = models.CharField(_("tình trạng"), max_length=16, choices=Status.choices, default=Status.DRAFT)
    version = models.PositiveIntegerField(_("số lần lưu"), default=0)
    difficulties = models.TextField(_("khó khăn, vướng mắc"), blank=True)
    proposals = models.TextField(_("đề xuất, kiến nghị"), blank=True)
    implementation = models.CharField(
        _("hình thức triển khai tại đơn vị"),
        max_length=16,
        choices=Implementation.choices,
        default=Implementation.NONE,
    )
    implementation_document = models.CharField(_("số, ngày văn bản triển khai"), max_length=255, blank=True)
    first_submitted_at = models.DateTimeField(_("gửi lần đầu lúc"), null=True, blank=True)
    submitted_at = models.DateTimeField(_("gửi lúc"), null=True, blank=True)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(_("xử lý lúc"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    return_reason = models.TextField(_("lý do trả lại"), blank=True)

    class Meta:
        verbose_name = _("báo cáo của đơn vị")
        verbose_name_plural = _("báo cáo của đơn vị")
        ordering = ["period", "agency__name"]
        constraints = [
            models.UniqueConstraint(fields=["period", "agency"], name="report_one_per_agency_period"),
            models.CheckConstraint(
                condition=Q(status="draft") | Q(first_submitted_at__isnull=False),
                name="report_submitted_has_time",
            ),
        ]

    def __str__(self) -> str:
        return f"Báo cáo {self.period.label} · {self.agency}"

    @property
    def is_editable(self) -> bool:
        return self.status in self.EDITABLE


class ReportTaskEntry(BaseModel):
    """The agency's progress on one assigned task in this report; linked to the ProgressUpdate it creates."""

    report = models.ForeignKey(AgencyReport, on_delete=models.CASCADE, related_name="task_entries")
    item = models.ForeignKey("plans.PlanItem", on_delete=models.PROTECT, related_name="+")
    status = models.CharField(_("tình trạng"), max_length=16, blank=True)
    result = models.TextField(_("kết quả thực hiện"), blank=True)
    completed_on = models.DateField(_("ngày hoàn thành"), null=True, blank=True)
    evidence_note = models.CharField(_("minh chứng (số, ngày văn bản)"), max_length=255, blank=True)
    progress_update = models.ForeignKey(
        "plans.ProgressUpdate", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("kết quả nhiệm vụ trong báo cáo")
        verbose_name_plural = _("kết quả nhiệm vụ trong báo cáo")
        constraints = [models.UniqueConstraint(fields=["report", "item"], name="task_entry_unique")]

    def __str__(self) -> str:
        return f"{self.report} · {self.item.ref}"


class IndicatorValue(BaseModel):
    """One indicator's figure in one report; `breakdown` is {dimension: {category: value}}."""

    report = models.ForeignKey(AgencyReport, on_delete=models.CASCADE, related_name="indicator_values")
    indicator = models.ForeignKey(Indicator, on_delete=models.PROTECT, related_name="values")
    value = models.DecimalField(_("giá trị"), max_digits=16, decimal_places=2)
    breakdown = models.JSONField(_("phân tổ"), default=dict, blank=True)
    note = models.CharField(_("ghi chú"), max_length=255, blank=True)

    class Meta:
        verbose_name = _("số liệu chỉ tiêu")
        verbose_name_plural = _("số liệu chỉ tiêu")
        constraints = [
            models.UniqueConstraint(fields=["report", "indicator"], name="indicator_value_unique"),
            models.CheckConstraint(condition=Q(value__gte=0), name="indicator_value_non_negative"),
        ]

    def __str__(self) -> str:
        return f"{self.indicator.code} = {self.value}"


class OwnPlanLink(BaseModel):
    """The plan item that asks agencies for their own plans (III.8.a in the seed plan): an item of the agency's own plan linked to the provincial task it carries out."""

    report = models.ForeignKey(AgencyReport, on_delete=models.CASCADE, related_name="own_links")
    own_ref = models.CharField(_("mục trong kế hoạch của đơn vị"), max_length=64)
    own_text = models.TextField(_("nội dung"), blank=True)
    item = models.ForeignKey(
        "plans.PlanItem", on_delete=models.PROTECT, related_name="+", verbose_name=_("nhiệm vụ của tỉnh")
    )

    class Meta:
        verbose_name = _("liên kết kế hoạch của đơn vị")
        verbose_name_plural = _("liên kết kế hoạch của đơn vị")
        ordering = ["report", "own_ref"]

    def __str__(self) -> str:
        return f"{self.own_ref} → {self.item.ref}"


class ReportVersion(models.Model):
    """Every submitted version, frozen as JSON, so the coordinator can compare what changed."""

    report = models.ForeignKey(AgencyReport, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveSmallIntegerField(_("lần gửi"))
    snapshot = models.JSONField(_("nội dung"))
    submitted_at = models.DateTimeField(_("gửi lúc"))
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("phiên bản đã gửi")
        verbose_name_plural = _("phiên bản đã gửi")
        ordering = ["report", "number"]
        constraints = [models.UniqueConstraint(fields=["report", "number"], name="report_version_unique")]

    def __str__(self) -> str:
        return f"{self.report} · lần {self.number}"


def consolidated_upload_to(instance: "ConsolidatedReport", filename: str) -> str:
    return f"bao-cao-tong-hop/{instance.period.year}/{filename}"


class ConsolidatedNarrative(BaseModel):
    """The coordinator's own words for a period's consolidated report, edited before issuing."""

    period = models.OneToOneField(ReportingPeriod, on_delete=models.CASCADE, related_name="narrative")
    summary = models.CharField(_("trích yếu"), max_length=300, blank=True)
    overview = models.TextField(_("đánh giá chung"), blank=True)
    difficulties = models.TextField(_("khó khăn, vướng mắc"), blank=True)
    proposals = models.TextField(_("đề xuất, kiến nghị"), blank=True)
    signer_name = models.CharField(_("người ký"), max_length=120, blank=True)

    class Meta:
        verbose_name = _("nội dung báo cáo tổng hợp")
        verbose_name_plural = _("nội dung báo cáo tổng hợp")

    def __str__(self) -> str:
        return f"Nội dung báo cáo tổng hợp {self.period}"


class ConsolidatedReport(BaseModel):
    """One generated consolidated report (.docx + .xlsx annex); issued ones keep their number and files."""

    period = models.ForeignKey(ReportingPeriod, on_delete=models.PROTECT, related_name="consolidated")
    is_issued = models.BooleanField(_("đã ban hành"), default=False)
    number = models.PositiveIntegerField(_("số"), null=True, blank=True)
    number_year = models.PositiveSmallIntegerField(_("năm của sổ số"), null=True, blank=True)
    symbol = models.CharField(_("ký hiệu"), max_length=32, default="BC-SKHCN")
    dated = models.DateField(_("ngày văn bản"))
    docx = models.FileField(_("báo cáo (.docx)"), upload_to=consolidated_upload_to)
    xlsx = models.FileField(_("phụ lục số liệu (.xlsx)"), upload_to=consolidated_upload_to)
    generated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    accepted_reports = models.PositiveIntegerField(_("số báo cáo đã tiếp nhận"), default=0)

    class Meta:
        verbose_name = _("báo cáo tổng hợp")
        verbose_name_plural = _("báo cáo tổng hợp")
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(is_issued=False) | Q(number__isnull=False), name="consolidated_issued_has_number"
            ),
            models.UniqueConstraint(
                fields=["symbol", "number_year", "number"],
                condition=Q(number__isnull=False),
                name="consolidated_unique_number",
            ),
        ]

    def __str__(self) -> str:
        return f"Báo cáo tổng hợp {self.period.label} · {self.number_text}"

    @property
    def number_text(self) -> str:
        return f"{self.number}/{self.symbol}" if self.number else f"     /{self.symbol}"


class DigestLog(models.Model):
    """One reminder digest per person per day: the claim row that makes a second worker run send nothing."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    day = models.DateField(_("ngày"))
    sent_at = models.DateTimeField(_("gửi lúc"), auto_now_add=True)
    lines = models.JSONField(_("nội dung"), default=list)

    class Meta:
        verbose_name = _("thư nhắc hằng ngày")
        verbose_name_plural = _("thư nhắc hằng ngày")
        constraints = [models.UniqueConstraint(fields=["user", "day"], name="digest_one_per_user_day")]

    def __str__(self) -> str:
        return f"{self.user} {self.day:%d/%m/%Y}"
