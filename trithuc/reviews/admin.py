"""Read-only: administrators look at reviews for support; every change goes through the pages' services."""

from django.contrib import admin

from trithuc.reviews import models


class ReadOnlyAdmin(admin.ModelAdmin):
    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(models.ReviewRequest)
class ReviewRequestAdmin(ReadOnlyAdmin):
    list_display = ["title", "kind", "requesting_agency", "status", "deadline"]
    list_filter = ["kind", "status"]
    search_fields = ["title", "project_code"]


@admin.register(models.PanelMember)
class PanelMemberAdmin(ReadOnlyAdmin):
    list_display = ["request", "intellectual", "role", "status"]
    list_filter = ["role", "status"]


@admin.register(models.ReminderLog)
class ReminderLogAdmin(ReadOnlyAdmin):
    list_display = ["member", "day", "sent_at"]
