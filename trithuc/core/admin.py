import json

from django.contrib import admin
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.forms.models import model_to_dict

from trithuc.core import audit
from trithuc.core.models import AuditEvent, Membership


def _snapshot(obj) -> dict:
    """A JSON-safe copy of a row's own fields, for the before/after of an audit row."""
    data = model_to_dict(obj, exclude=["password"])
    return json.loads(json.dumps(data, cls=DjangoJSONEncoder, default=str))


class AuditedModelAdmin(admin.ModelAdmin):
    """Admin edits are changes like any other: each writes an AuditEvent with before and after."""

    def save_model(self, request, obj, form, change):
        before = _snapshot(type(obj).objects.get(pk=obj.pk)) if change and obj.pk else None
        with transaction.atomic():
            super().save_model(request, obj, form, change)
            action = f"admin.{obj._meta.model_name}.{'change' if change else 'add'}"
            audit.record(actor=request.user, action=action, target=obj, before=before, after=_snapshot(obj))

    def delete_model(self, request, obj):
        before = _snapshot(obj)
        with transaction.atomic():
            audit.record(
                actor=request.user, action=f"admin.{obj._meta.model_name}.delete", target=obj, before=before
            )
            super().delete_model(request, obj)

    def delete_queryset(self, request, queryset):
        with transaction.atomic():
            for obj in queryset:
                audit.record(
                    actor=request.user,
                    action=f"admin.{obj._meta.model_name}.delete",
                    target=obj,
                    before=_snapshot(obj),
                )
            super().delete_queryset(request, queryset)


@admin.register(Membership)
class MembershipAdmin(AuditedModelAdmin):
    list_display = ["user", "agency", "role"]
    list_filter = ["role", "agency__kind"]
    search_fields = ["user__username", "user__last_name", "agency__name"]
    autocomplete_fields = ["agency"]


@admin.register(AuditEvent)
class AuditEventAdmin(admin.ModelAdmin):
    """Read-only: the audit log is evidence, so nobody edits or deletes it here."""

    list_display = ["time", "actor", "action", "target_repr", "request_id"]
    list_filter = ["action"]
    search_fields = ["target_repr", "request_id", "actor__username"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
