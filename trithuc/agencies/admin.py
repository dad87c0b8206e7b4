from typing import TypeVar

from django.contrib import admin
from django.http import HttpRequest

from trithuc.agencies.models import Agency, AgencyAlias, AgencyGroup, AgencySuccession, ProvinceProfile
from trithuc.agencies.services import agencies_changed
from trithuc.core.admin import AuditedModelAdmin

_Row = TypeVar("_Row", Agency, AgencyGroup, ProvinceProfile)


class AgencyRowsAdmin(AuditedModelAdmin[_Row]):
    """An edit of the agencies renews every plan's pages, as the agencies services do."""

    def rows_changed(self, objs: list[_Row]) -> None:
        agencies_changed()


class AliasInline(admin.TabularInline[AgencyAlias, Agency]):
    model = AgencyAlias
    extra = 1
    fields = ["alias"]


class SuccessionInline(admin.TabularInline[AgencySuccession, Agency]):
    model = AgencySuccession
    fk_name = "predecessor"
    extra = 0


@admin.register(Agency)
class AgencyAdmin(AgencyRowsAdmin[Agency]):
    list_display = ["name", "short_name", "kind", "valid_from", "valid_to"]
    list_filter = ["kind"]
    search_fields = ["name", "short_name", "aliases__alias"]
    inlines = [AliasInline, SuccessionInline]


@admin.register(AgencyGroup)
class AgencyGroupAdmin(AgencyRowsAdmin[AgencyGroup]):
    list_display = ["name", "code"]


@admin.register(ProvinceProfile)
class ProvinceProfileAdmin(AgencyRowsAdmin[ProvinceProfile]):
    """One row: it can be added once and changed, never deleted (documents read their letterhead from it)."""

    list_display = ["__str__", "place", "department_name"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return super().has_add_permission(request) and not ProvinceProfile.objects.exists()

    def has_delete_permission(self, request: HttpRequest, obj: ProvinceProfile | None = None) -> bool:
        return False
