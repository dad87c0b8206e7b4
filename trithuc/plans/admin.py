from typing import TypeVar

from django.contrib import admin

from trithuc.core.admin import AuditedModelAdmin
from trithuc.plans.models import Assignment, Document, Plan, PlanItem, ProgressUpdate
from trithuc.plans.services.stamp import plans_changed

_Row = TypeVar("_Row", PlanItem, ProgressUpdate)


class PlanRowsAdmin(AuditedModelAdmin[_Row]):
    """An edit of a plan's items or progress renews that plan's pages, as the services do (the plan and
    document rows are part of the stamp themselves)."""

    def rows_changed(self, objs: list[_Row]) -> None:
        plans_changed(obj.plan_id if isinstance(obj, PlanItem) else obj.item.plan_id for obj in objs)


@admin.register(Document)
class DocumentAdmin(AuditedModelAdmin[Document]):
    list_display = ["doc_type", "number", "issuer", "issued_on", "year"]
    search_fields = ["number", "title", "issuer"]
    exclude = ["text"]
    filter_horizontal = ["based_on"]


@admin.register(Plan)
class PlanAdmin(AuditedModelAdmin[Plan]):
    list_display = ["__str__", "version", "is_current", "coordinator"]


class AssignmentInline(admin.TabularInline[Assignment, PlanItem]):
    model = Assignment
    extra = 0
    autocomplete_fields = ["agency"]


@admin.register(PlanItem)
class PlanItemAdmin(PlanRowsAdmin[PlanItem]):
    list_display = ["ref", "kind", "plan", "deadline", "recurrence"]
    list_filter = ["kind", "plan"]
    search_fields = ["ref", "text"]
    inlines = [AssignmentInline]
    exclude = ["implements"]


@admin.register(ProgressUpdate)
class ProgressUpdateAdmin(PlanRowsAdmin[ProgressUpdate]):
    list_display = ["item", "agency", "status", "completed_on", "created_at"]
    list_filter = ["status", "agency"]
