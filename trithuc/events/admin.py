"""Administrators correct events and recommendations (audited); participant links stay out of the admin because
they are personal data read through the registry's rules."""

from django.contrib import admin

from trithuc.core.admin import AuditedModelAdmin
from trithuc.events import models


@admin.register(models.Event)
class EventAdmin(AuditedModelAdmin[models.Event]):
    list_display = ["title", "kind", "organiser", "start_on", "status"]
    list_filter = ["kind", "status"]
    search_fields = ["title"]
    date_hierarchy = "start_on"
    raw_id_fields = ["plan_item", "created_by"]


@admin.register(models.Recommendation)
class RecommendationAdmin(AuditedModelAdmin[models.Recommendation]):
    list_display = ["text", "answering_agency", "deadline", "answered_on"]
    list_filter = ["answering_agency"]
    search_fields = ["text"]
    raw_id_fields = ["event", "answered_by"]
