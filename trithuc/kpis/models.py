from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from trithuc.core.models import BaseModel


class Target(BaseModel):
    """A figure a plan promises (chỉ tiêu, KPI), tracked by the indicator agencies report.

    It belongs to the plan across its versions: `plan_code` is the code every version of a plan shares, so a new
    version keeps its targets with no copying. Targets the parser finds start as proposals; the coordinator
    confirms, corrects or discards them."""

    class Comparator(models.TextChoices):
        AT_LEAST = "at_least", _("Tối thiểu (≥)")
        AT_MOST = "at_most", _("Tối đa (≤)")
        EXACTLY = "exactly", _("Đạt (=)")

    class Status(models.TextChoices):
        PROPOSED = "proposed", _("Đề xuất từ văn bản")
        CONFIRMED = "confirmed", _("Đã xác nhận")
        DISCARDED = "discarded", _("Đã bỏ")

    plan_code = models.SlugField(_("mã kế hoạch"), max_length=32, db_index=True)
    text = models.TextField(_("nội dung chỉ tiêu"))
    value = models.DecimalField(_("giá trị mục tiêu"), max_digits=16, decimal_places=2)
    unit = models.CharField(_("đơn vị tính"), max_length=32)
    comparator = models.CharField(
        _("so sánh"), max_length=16, choices=Comparator.choices, default=Comparator.AT_LEAST
    )
    year = models.PositiveSmallIntegerField(_("năm đạt"), null=True, blank=True)
    yearly = models.BooleanField(_("hằng năm"), default=False)
    source_ref = models.CharField(_("mục trong văn bản"), max_length=64, blank=True)
    source_key = models.CharField(
        _("đề xuất gốc"),
        max_length=160,
        blank=True,
        help_text=_("mục, giá trị và đơn vị như văn bản ghi: một đề xuất đã xử lý không được đề xuất lại"),
    )
    indicator = models.ForeignKey(
        "reporting.Indicator",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("chỉ tiêu báo cáo đo lường"),
    )
    status = models.CharField(_("tình trạng"), max_length=16, choices=Status.choices, default=Status.PROPOSED)
    position = models.PositiveSmallIntegerField(_("thứ tự"), default=0)
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    confirmed_at = models.DateTimeField(_("xác nhận lúc"), null=True, blank=True)

    class Meta:
        verbose_name = _("chỉ tiêu của kế hoạch")
        verbose_name_plural = _("chỉ tiêu của kế hoạch")
        ordering = ["plan_code", "position", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(status="confirmed")
                | models.Q(yearly=True)
                | models.Q(year__isnull=False),
                name="kpi_confirmed_has_year",
            )
        ]

    def __str__(self) -> str:
        return f"{self.plan_code}: {self.text[:80]}"
