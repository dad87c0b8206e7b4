from typing import Any

from django.contrib import admin

from trithuc.agencies.models import Agency, AgencyAlias, AgencyGroup, AgencySuccession, ProvinceProfile
from trithuc.agencies.services import agencies_changed
from trithuc.core.admin import AuditedModelAdmin


class AgencyRowsAdmin(AuditedModelAdmin):
    """An edit of the agencies renews every plan's pages, as the agencies services do."""

    def rows_changed(self, objs: list[Any]) -> None:
        agencies_changed()


class AliasInline(admin.TabularInline):
    model = AgencyAlias
    extra = 1
    fields = ["alias"]


class SuccessionInline(admin.TabularInline):
    model = AgencySuccession
    fk_name = "predecessor"
    extra = 0


@admin.register(Agency)
class AgencyAdmin(AgencyRowsAdmin):
    list_display = ["name", "short_name", "kind", "valid_from", "valid_to"]
    list_filter = ["kind"]
    search_fields = ["name", "short_name", "aliases__alias"]
    inlines = [AliasInline, SuccessionInline]


@admin.register(AgencyGroup)
class AgencyGroupAdmin(AgencyRowsAdmin):
    list_display = ["name", "code"]


@admin.register(ProvinceProfile)
class ProvinceProfileAdmin(AgencyRowsAdmin):
    """One row: it can be added once and changed, never deleted (documents read their letterhead from it)."""

    list_display = ["__str__", "place", "department_name"]

    def has_add_permission(self, request) -> bool:
        return super().has_add_permission(request) and not ProvinceProfile.objects.exists()

    def has_delete_permission(self, request, obj=None) -> bool:
        return False
