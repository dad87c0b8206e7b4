"""Shared view helpers: one place turns a ServiceError into a form error."""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.forms import PasswordChangeForm
from django.contrib.auth.views import PasswordChangeDoneView, PasswordChangeView
from django.core.paginator import Paginator
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.db.models.fields.files import FieldFile
from django.http import (
    FileResponse,
    Http404,
    HttpRequest,
    HttpResponse,
    HttpResponsePermanentRedirect,
    JsonResponse,
)
from django.shortcuts import redirect, render
from django.templatetags.static import static
from django.urls import reverse_lazy
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.views.decorators.cache import never_cache
from django_otp import user_has_device

from trithuc.core import audit, two_factor
from trithuc.core.errors import ServiceError, error_status
from trithuc.core.forms import AuditFilterForm
from trithuc.core.selectors import AuditFilters, audit_search, can_read_audit


def add_service_error(form: forms.BaseForm, error: ServiceError) -> int:
    """Show a service's refusal beside its field (above the form for a hidden one, such as a version; each of
    its `field_errors` beside its own field when it lists several) and
    return the map's status for the page (409 for a stale version), so the page answers as the API does."""
    for name, message in error.field_errors or [(error.field, error.message)]:
        field = name if name in form.fields and not form.fields[name].widget.is_hidden else None
        form.add_error(field, message)
    return error_status(error)


def stored_file_response(file: FieldFile) -> FileResponse:
    """A stored file as a download, named as it was stored (without the folders of its storage path)."""
    return FileResponse(file.open("rb"), as_attachment=True, filename=(file.name or "").rsplit("/", 1)[-1])


@login_required
def audit_list(request: HttpRequest) -> HttpResponse:
    if not can_read_audit(request.user):
        raise Http404
    form = AuditFilterForm(request.GET or None)
    filters = AuditFilters(**form.cleaned_data) if form.is_valid() else AuditFilters()
    page = Paginator(audit_search(request.user, filters), 50).get_page(request.GET.get("trang"))
    return render(request, "core/audit_list.html", {"form": form, "page": page})


@never_cache
def healthz(request: HttpRequest) -> HttpResponse:
    """Liveness: the process answers."""
    return JsonResponse({"status": "ok"})


@never_cache
def readyz(request: HttpRequest) -> HttpResponse:
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


class TokenForm(forms.Form):
    token = forms.CharField(
        label="Mã 6 số",
        max_length=8,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
    )


@login_required
def two_factor_setup(request: HttpRequest) -> HttpResponse:
    assert request.user.is_authenticated  # login_required
    if not two_factor.can_use_two_factor(request.user):
        raise Http404
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            two_factor.two_factor_confirm(
                actor=request.user, request=request, token=form.cleaned_data["token"]
            )
        except ServiceError as error:
            add_service_error(form, error)
        else:
            messages.success(request, "Đã bật xác thực hai lớp.")
            return redirect("dashboard:overview")
    enabled = user_has_device(request.user)
    device = None if enabled else two_factor.device_pending(request.user)
    context = {
        "form": form,
        "enabled": enabled,
        "device": device,
        "secret": two_factor.device_secret(device) if device else "",
        "qr": mark_safe(two_factor.qr_svg(device.config_url)) if device else "",  # segno's own markup
    }
    return render(request, "core/two_factor_setup.html", context)


@login_required
def two_factor_verify(request: HttpRequest) -> HttpResponse:
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            two_factor.two_factor_verify(request=request, token=form.cleaned_data["token"])
        except ServiceError as error:
            add_service_error(form, error)
        else:
            target = request.GET.get("next", "")
            return redirect(
                target if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}) else "/"
            )
    return render(request, "core/two_factor_verify.html", {"form": form})


def favicon(request: HttpRequest) -> HttpResponse:
    """Browsers ask for /favicon.ico on their own; the icon is a static file (its address has a hash in production)."""
    return HttpResponsePermanentRedirect(static("favicon.svg"))


class PasswordChange(PasswordChangeView):
    """Every user changes their own password here (the admin is for staff only): the old one is asked, the
    validators of settings apply, the session stays open and the others end; an audit row records it."""

    template_name = "core/password_change.html"
    success_url = reverse_lazy("core:password_change_done")

    def form_valid(self, form: PasswordChangeForm) -> HttpResponse:
        response = super().form_valid(form)
        assert self.request.user.is_authenticated  # the view asks for a signed-in user
        audit.record(actor=self.request.user, action="auth.password_change", target=self.request.user)
        return response


class PasswordChangeDone(PasswordChangeDoneView):
    template_name = "core/password_change_done.html"
