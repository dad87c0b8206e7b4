from django.contrib import admin

from trithuc.reporting import models


@admin.register(models.Holiday)
class HolidayAdmin(admin.ModelAdmin[models.Holiday]):
    list_display = ["date", "name", "is_off_day"]
    list_filter = ["is_off_day"]
    date_hierarchy = "date"
    search_fields = ["name"]


@admin.register(models.WorkingSaturday)
class WorkingSaturdayAdmin(admin.ModelAdmin[models.WorkingSaturday]):
    list_display = ["date", "note"]


@admin.register(models.ReportingRegime)
class ReportingRegimeAdmin(admin.ModelAdmin[models.ReportingRegime]):
    list_display = [
        "code",
        "plan_code",
        "name",
        "frequency",
        "agency_deadline_days",
        "department_deadline_days",
    ]
    list_filter = ["plan_code", "frequency"]


@admin.register(models.ReportingPeriod)
class ReportingPeriodAdmin(admin.ModelAdmin[models.ReportingPeriod]):
    list_display = [
        "regime",
        "year",
        "number",
        "start",
        "end",
        "agency_due",
        "department_due",
        "province_due",
    ]
    list_filter = ["regime", "year"]


@admin.register(models.Indicator)
class IndicatorAdmin(admin.ModelAdmin[models.Indicator]):
    list_display = ["regime", "position", "code", "name", "unit", "aggregation", "is_active"]
    list_editable = ["is_active"]
    list_filter = ["regime"]


@admin.register(models.AgencyReport)
class AgencyReportAdmin(admin.ModelAdmin[models.AgencyReport]):
    list_display = ["period", "agency", "status", "first_submitted_at", "decided_at"]
    list_filter = ["status", "period"]
    readonly_fields = ["status", "version", "first_submitted_at", "submitted_at", "decided_at"]


@admin.register(models.ConsolidatedReport)
class ConsolidatedReportAdmin(admin.ModelAdmin[models.ConsolidatedReport]):
    list_display = ["period", "number", "number_year", "is_issued", "dated", "created_at"]
    readonly_fields = ["docx", "xlsx", "number", "number_year", "is_issued"]
