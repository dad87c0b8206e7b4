import json
from typing import Any, TypeVar

from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import GroupAdmin, UserAdmin
from django.contrib.auth.models import Group, User
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models, transaction
from django.db.models import QuerySet
from django.forms.models import model_to_dict
from django.http import HttpRequest, HttpResponse

from trithuc.core import audit
from trithuc.core.models import AuditEvent, Membership

admin.site.site_header = "TriThuc — Trang quản trị"
admin.site.site_title = "TriThuc — Quản trị"
admin.site.index_title = "Quản trị hệ thống"


_M = TypeVar("_M", bound=models.Model)


def _snapshot(obj: models.Model) -> dict[str, Any]:
    """A JSON-safe copy of a row's own fields, for the before/after of an audit row."""
    data = model_to_dict(obj, exclude=["password"])
    copy: dict[str, Any] = json.loads(json.dumps(data, cls=DjangoJSONEncoder, default=str))
    return copy


class AuditedModelAdmin(admin.ModelAdmin[_M]):
    """Admin edits are changes like any other: each writes an AuditEvent with before and after, and tells
    `rows_changed` (where an app renews the stamps its cached pages are keyed by), in the same transaction."""

    def rows_changed(self, objs: list[_M]) -> None:
        """Called with the rows just saved or about to be deleted, inside the edit's transaction."""

    def save_model(self, request: HttpRequest, obj: _M, form: Any, change: bool) -> None:
        before = _snapshot(type(obj)._default_manager.get(pk=obj.pk)) if change and obj.pk else None
        with transaction.atomic():
            super().save_model(request, obj, form, change)
            action = f"admin.{obj._meta.model_name}.{'change' if change else 'add'}"
            audit.record(actor=request.user, action=action, target=obj, before=before, after=_snapshot(obj))
            self.rows_changed([obj])

    def save_related(self, request: HttpRequest, form: Any, formsets: Any, change: bool) -> None:
        with transaction.atomic():
            super().save_related(request, form, formsets, change)
            self.rows_changed([form.instance])  # its inlines' rows belong to it

    def delete_model(self, request: HttpRequest, obj: _M) -> None:
        before = _snapshot(obj)
        with transaction.atomic():
            audit.record(
                actor=request.user, action=f"admin.{obj._meta.model_name}.delete", target=obj, before=before
            )
            self.rows_changed([obj])
            super().delete_model(request, obj)

    def delete_queryset(self, request: HttpRequest, queryset: QuerySet[_M]) -> None:
        with transaction.atomic():
            objs = list(queryset)
            for obj in objs:
                audit.record(
                    actor=request.user,
                    action=f"admin.{obj._meta.model_name}.delete",
                    target=obj,
                    before=_snapshot(obj),
                )
            self.rows_changed(objs)
            super().delete_queryset(request, queryset)


@admin.register(Membership)
class MembershipAdmin(AuditedModelAdmin[Membership]):
    list_display = ["user", "agency", "role"]
    list_filter = ["role", "agency__kind"]
    search_fields = ["user__username", "user__last_name", "agency__name"]
    autocomplete_fields = ["agency"]


@admin.register(AuditEvent)
class AuditEventAdmin(admin.ModelAdmin[AuditEvent]):
    """Read-only: the audit log is evidence, so nobody edits or deletes it here."""

    list_display = ["time", "actor", "action_label", "target_repr", "request_id"]
    list_filter = ["action"]

    @admin.display(description="hành động", ordering="action")
    def action_label(self, obj: AuditEvent) -> str:
        return audit.action_label(obj.action)

    search_fields = ["target_repr", "request_id", "actor__username"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: AuditEvent | None = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: AuditEvent | None = None) -> bool:
        return False


class AuditedUserAdmin(UserAdmin[User]):
    """Accounts are changed in the admin too: who changed whose account, which fields, and a new password.

    A user's row is personal data (name, e-mail), so the audit row names the fields that changed, not their
    values; group and permission changes are saved after the user row, so the row is written then.
    """

    def save_model(self, request: HttpRequest, obj: User, form: Any, change: bool) -> None:
        super().save_model(request, obj, form, change)
        self._audit_pending = (obj, change, sorted(form.changed_data))

    def save_related(self, request: HttpRequest, form: Any, formsets: Any, change: bool) -> None:
        super().save_related(request, form, formsets, change)
        obj, change, fields = getattr(
            self, "_audit_pending", (form.instance, change, sorted(form.changed_data))
        )
        fields = [f for f in fields if f not in ("password", "password1", "password2", "usable_password")]
        audit.record(
            actor=request.user,
            action=f"admin.user.{'change' if change else 'add'}",
            target=obj,
            extra={"fields": fields},
        )

    def user_change_password(self, request: HttpRequest, id: str, form_url: str = "") -> HttpResponse:
        response = super().user_change_password(request, id, form_url)
        if request.method == "POST" and response.status_code == 302:
            audit.record(
                actor=request.user, action="admin.user.password", target=self.get_object(request, id)
            )
        return response

    def delete_model(self, request: HttpRequest, obj: User) -> None:
        with transaction.atomic():
            audit.record(actor=request.user, action="admin.user.delete", target=obj)
            super().delete_model(request, obj)

    def delete_queryset(self, request: HttpRequest, queryset: QuerySet[User]) -> None:
        with transaction.atomic():
            for obj in queryset:
                audit.record(actor=request.user, action="admin.user.delete", target=obj)
            super().delete_queryset(request, queryset)


class AuditedGroupAdmin(AuditedModelAdmin[Group], GroupAdmin):
    """Groups carry permissions: every change is an audit row with before and after."""


admin.site.unregister(get_user_model())
admin.site.register(get_user_model(), AuditedUserAdmin)
admin.site.unregister(Group)
admin.site.register(Group, AuditedGroupAdmin)
