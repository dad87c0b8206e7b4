import ipaddress
import re
import time
import uuid
from collections.abc import Callable
from contextvars import ContextVar
from functools import wraps
from typing import Any
from urllib.parse import unquote_plus

from django.conf import settings
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils.http import url_has_allowed_host_and_scheme

from trithuc.core.error_views import bad_request
from trithuc.core.errors import ServiceError, error_body, error_status

current_request_id: ContextVar[str] = ContextVar("current_request_id", default="")
current_ip: ContextVar[str] = ContextVar("current_ip", default="")

# An id a proxy or a client may pass on: letters, digits, dot, dash, underscore; anything else is replaced.
_REQUEST_ID = re.compile(r"[A-Za-z0-9._-]{1,64}")


class RequestIdMiddleware:
    """Stamps every request with an id that audit rows carry, so one click's changes can be traced."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        given = request.headers.get("X-Request-ID", "")
        request_id = given if _REQUEST_ID.fullmatch(given) else uuid.uuid4().hex
        request.id = request_id  # type: ignore[attr-defined]
        token = current_request_id.set(request_id)
        ip_token = current_ip.set(client_ip(request))
        try:
            response = self.get_response(request)
        finally:
            current_request_id.reset(token)
            current_ip.reset(ip_token)
        response["X-Request-ID"] = request_id
        return response


def client_ip(request: HttpRequest) -> str:
    """The client's address: audit rows and the login lockout (per user and address) use it.

    Behind PROXY_COUNT proxies whose nearest one connects from TRUSTED_PROXIES, the address the farthest proxy
    saw, counted from the right of X-Forwarded-For (what a client writes there itself is further left and is
    never used); from anywhere else, the connection's own address, whatever the header says."""
    remote = request.META.get("REMOTE_ADDR") or ""
    proxies = settings.PROXY_COUNT
    if proxies <= 0 or remote not in settings.TRUSTED_PROXIES:
        return remote[:45]
    forwarded = [
        part.strip() for part in request.headers.get("X-Forwarded-For", "").split(",") if part.strip()
    ]
    if len(forwarded) < proxies:
        return remote[:45]
    try:  # an address as a proxy writes it (no port, no name); anything else is not believed
        return str(ipaddress.ip_address(forwarded[-proxies]))
    except ValueError:
        return remote[:45]


_HEADINGS = {
    400: "Thao tác không thực hiện được",
    403: "Không có quyền",
    404: "Không tìm thấy",
    409: "Dữ liệu đã thay đổi",
    422: "Dữ liệu không hợp lệ",
}


class ServiceErrorMiddleware:
    """The pages' side of the error map (core.errors): a refusal a view did not show beside its form becomes a
    Vietnamese page with the map's status (409 for a stale version, 422 for invalid input, ...), not a 500.
    The API answers the same map in JSON (api.api)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if not isinstance(exception, (ServiceError, ValidationError)):
            return None  # Http404 and PermissionDenied: Django's own (Vietnamese) pages
        status = error_status(exception)
        body = error_body(exception)
        if request.path.startswith("/api/"):
            return JsonResponse(body, status=status)
        referer = request.headers.get("Referer", "")
        back = referer if url_has_allowed_host_and_scheme(referer, allowed_hosts={request.get_host()}) else ""
        context = {"heading": _HEADINGS.get(status, _HEADINGS[400]), "message": body["detail"], "back": back}
        return render(request, "refused.html", context, status=status)


class SecurityHeadersMiddleware:
    """Content-Security-Policy and related headers on every response (Django 5.2 has no built-in CSP)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        response.setdefault("Content-Security-Policy", settings.CONTENT_SECURITY_POLICY)
        response.setdefault("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
        response.setdefault("Cross-Origin-Opener-Policy", "same-origin")
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            # What a signed-in user sees may hold personal data (the registry, reports, exports, the API):
            # neither the browser nor a proxy keeps a copy.
            response.setdefault("Cache-Control", "no-store")
        return response


class IdleSessionMiddleware:
    """Slides the session's expiry while the user is active, writing the session at most once a minute.

    A page that polls by itself (an import's progress, every second) is not the user being active: views marked
    with `poll_view` do not slide it, so a tab left open on a progress bar still ends its session when idle."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_view(
        self, request: HttpRequest, view_func: Callable[..., HttpResponse], view_args: Any, view_kwargs: Any
    ) -> None:
        session = getattr(request, "session", None)
        if getattr(view_func, "is_poll", False) or session is None or not request.user.is_authenticated:
            return None
        now = int(time.time())
        if now - session.get("_seen", 0) >= settings.SESSION_RENEW_SECONDS:
            session["_seen"] = now  # marks the session modified: saved with a fresh expiry
        return None


def poll_view(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Marks a view that pages call on a timer (HTMX `every 1s`): it does not keep the session alive, and once
    the session has ended it asks the page to reload (which then shows the login page) instead of answering
    with the login form swapped into the progress bar."""

    @wraps(view)
    def polled(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not request.user.is_authenticated and request.headers.get("HX-Request"):
            response = HttpResponse(status=204)
            response["HX-Refresh"] = "true"
            return response
        return view(request, *args, **kwargs)

    polled.is_poll = True  # type: ignore[attr-defined]
    return polled


class RefuseNulMiddleware:
    """A NUL character in the address (%00) is refused with 400 before any view looks anything up.

    PostgreSQL cannot hold NUL in text, so a NUL in a path argument or a filter reached a query as a 500
    (/api/v1/agencies/<code>); no address of TriThuc has a use for one.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if "\x00" in request.path or "\x00" in unquote_plus(request.META.get("QUERY_STRING", "")):
            return bad_request(request)
        return self.get_response(request)
