import datetime as dt
from typing import Any

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from trithuc.core.models import BaseModel
from trithuc.core.text import agency_key


def active_on_q(day: dt.date, prefix: str = "") -> Q:
    """Agencies that existed on `day` (open-ended validity counts as existing)."""
    return (Q(**{f"{prefix}valid_from__isnull": True}) | Q(**{f"{prefix}valid_from__lte": day})) & (
        Q(**{f"{prefix}valid_to__isnull": True}) | Q(**{f"{prefix}valid_to__gte": day})
    )


class Agency(BaseModel):
    """A body that carries out or receives tasks, with the dates it existed (the 2025 reorganisation)."""

    class Kind(models.TextChoices):
        PROVINCE = "province", _("UBND tỉnh")
        DEPARTMENT = "department", _("Sở, ban, ngành")
        UNION = "union", _("Hội, đoàn thể")
        DISTRICT = "district", _("UBND cấp huyện")
        COMMUNE = "commune", _("UBND cấp xã")
        PRESS = "press", _("Cơ quan báo chí")
        PARTY = "party", _("Cơ quan Đảng")
        CENTRAL = "central", _("Cơ quan trung ương")
        OTHER = "other", _("Khác")

    code = models.SlugField(_("mã"), max_length=64, unique=True)
    name = models.CharField(_("tên"), max_length=255)
    short_name = models.CharField(_("tên viết tắt"), max_length=100, blank=True)
    kind = models.CharField(_("loại"), max_length=16, choices=Kind.choices)
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="children"
    )
    valid_from = models.DateField(_("hiệu lực từ"), null=True, blank=True)
    valid_to = models.DateField(
        _("hiệu lực đến"), null=True, blank=True, help_text=_("ngày cuối cùng còn tồn tại")
    )

    class Meta:
        verbose_name = _("cơ quan")
        verbose_name_plural = _("cơ quan")
        ordering = ["kind", "name"]
        constraints = [
            models.CheckConstraint(
                condition=Q(valid_to__isnull=True)
                | Q(valid_from__isnull=True)
                | Q(valid_to__gte=models.F("valid_from")),
                name="agency_valid_range",
            )
        ]

    def __str__(self) -> str:
        return self.short_name or self.name

    def is_active_on(self, day: dt.date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_to is None or day <= self.valid_to
        )


class AgencyAlias(models.Model):
    """Every spelling met in documents; `key` is the normalised form the matcher looks up."""

    agency = models.ForeignKey(Agency, on_delete=models.CASCADE, related_name="aliases")
    alias = models.CharField(_("cách viết"), max_length=255)
    key = models.CharField(max_length=255, db_index=True, editable=False)

    class Meta:
        verbose_name = _("tên gọi khác")
        verbose_name_plural = _("tên gọi khác")
        constraints = [models.UniqueConstraint(fields=["agency", "key"], name="agency_alias_unique_key")]

    def __str__(self) -> str:
        return self.alias

    def save(self, *args: Any, **kwargs: Any) -> None:  # noqa: DJ012  (derived key only, no side effect)
        self.key = agency_key(self.alias)
        super().save(*args, **kwargs)


class AgencyGroup(BaseModel):
    """A collective phrase ("các sở, ban, ngành, địa phương") that stands for all agencies of some kinds."""

    code = models.SlugField(_("mã"), max_length=64, unique=True)
    name = models.CharField(_("tên"), max_length=255)
    member_kinds = models.JSONField(_("gồm các loại cơ quan"), default=list)
    phrases = models.JSONField(_("các cách viết"), default=list, blank=True)

    class Meta:
        verbose_name = _("nhóm cơ quan")
        verbose_name_plural = _("nhóm cơ quan")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def members(self, on: dt.date | None = None) -> models.QuerySet[Agency]:
        agencies = Agency.objects.filter(kind__in=self.member_kinds)
        return agencies.filter(active_on_q(on)) if on is not None else agencies


class AgencySuccession(BaseModel):
    """One part of a dissolved agency's remit passing to a successor on a date, by a decision."""

    predecessor = models.ForeignKey(Agency, on_delete=models.CASCADE, related_name="successions")
    successor = models.ForeignKey(Agency, on_delete=models.PROTECT, related_name="inherited")
    effective_date = models.DateField(_("từ ngày"))
    remit = models.CharField(_("phần nhiệm vụ"), max_length=255, blank=True)
    is_primary = models.BooleanField(_("kế thừa chính"), default=True)
    decision = models.CharField(_("căn cứ"), max_length=255, blank=True)

    class Meta:
        verbose_name = _("kế thừa nhiệm vụ")
        verbose_name_plural = _("kế thừa nhiệm vụ")
        ordering = ["predecessor", "-is_primary", "successor__name"]
        constraints = [
            models.UniqueConstraint(fields=["predecessor", "successor", "remit"], name="succession_unique"),
            models.CheckConstraint(
                condition=~Q(predecessor=models.F("successor")), name="succession_not_self"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.predecessor} → {self.successor} ({self.remit or 'toàn bộ'})"


BLANK_PLACE = "………"  # what a blank form shows where the province's name goes, until it is set


class ProvinceProfile(BaseModel):
    """The province this database serves, as data (one row): its name, the place written in the Decree 30
    place-and-date line, its People's Committee and the Department that coordinates, and the plan items some
    pages cite. Generic code reads it here (selectors.province_profile) instead of naming a province."""

    class Level(models.TextChoices):
        PROVINCE = "tỉnh", _("tỉnh")
        CITY = "thành phố", _("thành phố trực thuộc trung ương")

    singleton = models.PositiveSmallIntegerField(default=1, unique=True, editable=False)
    name = models.CharField(_("tên tỉnh, thành phố"), max_length=100, help_text=_("không kèm chữ “tỉnh”"))
    level = models.CharField(_("cấp"), max_length=16, choices=Level.choices, default=Level.PROVINCE)
    place = models.CharField(
        _("địa danh ghi trên văn bản"),
        max_length=100,
        blank=True,
        help_text=_("dòng “…, ngày … tháng … năm …” (Nghị định 30/2020); để trống thì dùng tên tỉnh"),
    )
    department_name = models.CharField(
        _("tên Sở điều phối"), max_length=255, default="Sở Khoa học và Công nghệ"
    )
    talent_item_ref = models.CharField(
        _("mục kế hoạch về phát hiện, thu hút, sử dụng nhân tài"),
        max_length=32,
        blank=True,
        help_text=_("số hiệu mục được ghi bên cạnh chuỗi nhân tài của trang thống kê trí thức"),
    )

    class Meta:
        verbose_name = _("thông tin tỉnh")
        verbose_name_plural = _("thông tin tỉnh")
        constraints = [models.CheckConstraint(condition=Q(singleton=1), name="province_profile_single_row")]

    def __str__(self) -> str:
        return self.full_name

    @property
    def full_name(self) -> str:
        """ "tỉnh Lâm Đồng" """
        return f"{self.level} {self.name or BLANK_PLACE}"

    @property
    def date_place(self) -> str:
        return self.place or self.name or BLANK_PLACE

    @property
    def committee(self) -> str:
        """The People's Committee, as the body that issues plans and receives the Department's submissions."""
        return f"Ủy ban nhân dân {self.full_name}"

    @property
    def committee_letterhead(self) -> str:
        """The upper line of a provincial body's letterhead ("UBND TỈNH …", Decree 30 appendix I)."""
        return f"UBND {self.full_name}".upper()

    @property
    def department_letterhead(self) -> str:
        return self.department_name.upper()


class AgencyStamp(models.Model):
    """One row renewed (agencies.services.agencies_changed, in the writer's transaction) by every write to the
    agencies, their groups or their lineage: every plan's pages draw on them, so their cache keys include it,
    read with one tiny query instead of scanning the agency tables."""

    version = models.BigIntegerField(default=0)
    # A fresh random token per write: a key stays new even where the counter repeats (a database restored,
    # a test's transaction rolled back) while the shared cache still holds parts keyed by the old one.
    token = models.CharField(max_length=32, default="")

    class Meta:
        verbose_name = _("dấu phiên bản danh mục cơ quan")
        verbose_name_plural = _("dấu phiên bản danh mục cơ quan")

    def __str__(self) -> str:
        return str(self.version)
