"""Shared view helpers: one place turns a ServiceError into a form error."""

from django import forms
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.http import Http404, JsonResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache

from trithuc.core.errors import ServiceError
from trithuc.core.forms import AuditFilterForm
from trithuc.core.selectors import AuditFilters, audit_search, can_read_audit


def add_service_error(form: forms.Form, error: ServiceError) -> None:
    field = error.field if error.field in form.fields else None
    form.add_error(field, error.message)


@login_required
def audit_list(request):
    if not can_read_audit(request.user):
        raise Http404
    form = AuditFilterForm(request.GET or None)
    filters = AuditFilters(**form.cleaned_data) if form.is_valid() else AuditFilters()
    page = Paginator(audit_search(request.user, filters), 50).get_page(request.GET.get("trang"))
    return render(request, "core/audit_list.html", {"form": form, "page": page})


@never_cache
def healthz(request):
    """Liveness: the process answers."""
    return JsonResponse({"status": "ok"})


@never_cache
def readyz(request):
    """Readiness: the database answers and has every migration applied."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            executor = MigrationExecutor(connection)
        pending = executor.migration_plan(executor.loader.graph.leaf_nodes())
    except Exception as error:  # any database failure means "not ready", with the reason
        return JsonResponse({"status": "unavailable", "reason": type(error).__name__}, status=503)
    if pending:
        return JsonResponse({"status": "migrations pending", "count": len(pending)}, status=503)
    return JsonResponse({"status": "ready"})
