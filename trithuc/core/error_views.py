"""Django's own error answers (a refused CSRF check, a bad request, a refused permission) in Vietnamese:
a page for the browser, JSON under /api/ where a program reads the answer."""

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.template import loader

CSRF_MESSAGE = (
    "Phiên làm việc của biểu mẫu đã hết hạn hoặc trình duyệt đang chặn cookie, nên thao tác chưa được thực "
    "hiện. Hãy tải lại trang rồi thử lại."
)
BAD_REQUEST_MESSAGE = "Yêu cầu không hợp lệ."
FORBIDDEN_MESSAGE = "Bạn không có quyền thực hiện thao tác này."


def _answer(request: HttpRequest, status: int, template: str, message: str) -> HttpResponse:
    if request.path.startswith("/api/"):
        return JsonResponse({"detail": message}, status=status)
    return render(request, template, {"message": message}, status=status)


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    """CSRF_FAILURE_VIEW: the reason is for the log (Django writes it), not for the user."""
    return _answer(request, 403, "403_csrf.html", CSRF_MESSAGE)


def bad_request(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    """Drawn without the request's context: a bad Host is refused before the user is known."""
    if request.path.startswith("/api/"):
        return JsonResponse({"detail": BAD_REQUEST_MESSAGE}, status=400)
    return HttpResponse(loader.render_to_string("400.html"), status=400)


def permission_denied(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return _answer(request, 403, "403.html", FORBIDDEN_MESSAGE)
