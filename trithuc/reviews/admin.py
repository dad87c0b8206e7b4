"""Read-only: administrators look at reviews for support; every change goes through the pages' services."""

from typing import TypeVar

from django.contrib import admin
from django.db.models import Model
from django.http import HttpRequest

from trithuc.reviews import models

_M = TypeVar("_M", bound=Model)


class ReadOnlyAdmin(admin.ModelAdmin[_M]):
    def has_add_permission(self, request: HttpRequest, obj: _M | None = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: _M | None = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: _M | None = None) -> bool:
        return False


@admin.register(models.ReviewRequest)
class ReviewRequestAdmin(ReadOnlyAdmin[models.ReviewRequest]):
    list_display = ["title", "kind", "requesting_agency", "status", "deadline"]
    list_filter = ["kind", "status"]
    search_fields = ["title", "project_code"]


@admin.register(models.PanelMember)
class PanelMemberAdmin(ReadOnlyAdmin[models.PanelMember]):
    list_display = ["request", "intellectual", "role", "status"]
    list_filter = ["role", "status"]


@admin.register(models.ReminderLog)
class ReminderLogAdmin(ReadOnlyAdmin[models.ReminderLog]):
    list_display = ["member", "day", "sent_at"]
