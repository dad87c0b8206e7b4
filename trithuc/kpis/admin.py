from django.contrib import admin

from trithuc.kpis.models import Target


@admin.register(Target)
class TargetAdmin(admin.ModelAdmin[Target]):
    list_display = ("plan_code", "text", "value", "unit", "year", "yearly", "status", "indicator")
    list_filter = ("plan_code", "status")
    search_fields = ("text",)
