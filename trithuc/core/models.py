from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


def field_column(model: type[models.Model], name: str) -> str:
    """The table column of a model's own field (for raw SQL); `name` is the field's name, not its attname."""
    field = model._meta.get_field(name)
    if not isinstance(field, models.Field) or not field.column:
        raise TypeError(f"{model.__name__}.{name} has no column of its own")
    return field.column


class BaseModel(models.Model):
    """Every domain row knows when it was made and last changed."""

    created_at = models.DateTimeField(_("tạo lúc"), auto_now_add=True)
    updated_at = models.DateTimeField(_("cập nhật lúc"), auto_now=True)

    class Meta:
        abstract = True


class Membership(BaseModel):
    """A user's role in one agency: the single source of what a user may see and do (DESIGN §2)."""

    class Role(models.TextChoices):
        COORDINATOR = "coordinator", _("Cán bộ điều phối (Sở KH&CN)")
        REPORTER = "reporter", _("Cán bộ báo cáo của đơn vị")
        HEAD = "head", _("Lãnh đạo đơn vị")
        LEADER = "leader", _("Lãnh đạo UBND tỉnh")
        UNION_OFFICER = "union_officer", _("Cán bộ Liên hiệp các Hội")
        REGISTRY_OFFICER = "registry_officer", _("Cán bộ quản lý cơ sở dữ liệu trí thức")
        EXPERT = "expert", _("Chuyên gia, trí thức")
        ADMINISTRATOR = "administrator", _("Quản trị hệ thống")

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships")
    agency = models.ForeignKey("agencies.Agency", on_delete=models.PROTECT, related_name="memberships")
    role = models.CharField(_("vai trò"), max_length=32, choices=Role.choices)

    class Meta:
        verbose_name = _("phân quyền")
        verbose_name_plural = _("phân quyền")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "agency", "role"], name="membership_unique_user_agency_role"
            )
        ]

    def __str__(self) -> str:
        return f"{self.user} · {self.get_role_display()} · {self.agency}"


class AuditEvent(models.Model):
    """One row per change or personal-data access; written explicitly by services, never by signals."""

    time = models.DateTimeField(_("thời điểm"), auto_now_add=True, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    agency = models.ForeignKey(
        "agencies.Agency", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    action = models.CharField(_("hành động"), max_length=64, db_index=True)
    target_type = models.CharField(_("loại đối tượng"), max_length=64)
    target_id = models.CharField(_("mã đối tượng"), max_length=64, blank=True)
    target_repr = models.CharField(_("đối tượng"), max_length=300, blank=True)
    data = models.JSONField(_("dữ liệu"), default=dict, blank=True)
    request_id = models.CharField(_("mã yêu cầu"), max_length=64, blank=True, db_index=True)
    ip = models.CharField(_("địa chỉ IP"), max_length=45, blank=True)

    class Meta:
        verbose_name = _("nhật ký")
        verbose_name_plural = _("nhật ký")
        ordering = ["-time", "-id"]
        indexes = [models.Index(fields=["target_type", "target_id"])]

    def __str__(self) -> str:
        return f"{self.time:%d/%m/%Y %H:%M} {self.action} {self.target_repr}"


class Submission(models.Model):
    """One sending of a create form (core.idempotency): the key the page gave the form, once per user. A second
    POST with the same key (a double click, a resent page) is answered with the first one's result page
    instead of creating the record twice."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    key = models.CharField(max_length=32)
    result_url = models.CharField(max_length=500, blank=True)  # empty while the first sending is running
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "key"], name="submission_once_per_user")]

    def __str__(self) -> str:
        return f"{self.user_id}:{self.key}"
