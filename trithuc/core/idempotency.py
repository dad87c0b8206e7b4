"""Once per form: a double click or a resent page must not create a progress update, an event or a proposal
twice (#16). The page gives each create form a one-time key (`{% once_field %}`); the view, decorated with
`once_per_submission`, claims the key before it runs: the first POST claims it and its redirect is kept as
the result, a repeat is sent to that result instead of running again. A refused POST (the form shown again
with its errors) gives the key back, so the corrected form, carrying the same key, still goes through once.

The claim is a unique row (core.Submission), so it holds across gunicorn workers; keys older than a day are
removed as new ones are claimed."""

import datetime as dt
import re
import secrets
from collections.abc import Callable
from functools import wraps
from typing import Any

from django.contrib import messages
from django.db import IntegrityError, transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils import timezone

from trithuc.core.models import Submission

FIELD = "submission"
_KEY = re.compile(r"[0-9a-f]{32}")
REPEATED = "Biểu mẫu này đã được gửi; đây là kết quả của lần gửi trước (không tạo thêm bản ghi)."
RUNNING = "Biểu mẫu này đang được xử lý từ lần gửi trước; hãy chờ giây lát rồi tải lại trang."


def new_key() -> str:
    return secrets.token_hex(16)


def _claim(user: Any, key: str) -> Submission | None:
    """The row of an earlier sending with this key, or None when this sending is the first (and now owns it)."""
    try:
        with transaction.atomic():
            Submission.objects.create(user=user, key=key)
    except IntegrityError:
        return Submission.objects.filter(user=user, key=key).first()
    Submission.objects.filter(created_at__lt=timezone.now() - dt.timedelta(days=1)).delete()
    return None


def once_per_submission(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Run a create view's POST once per form key; see the module's docstring."""

    @wraps(view)
    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        key = request.POST.get(FIELD, "") if request.method == "POST" else ""
        if not _KEY.fullmatch(key) or not request.user.is_authenticated:
            return view(request, *args, **kwargs)  # no key (a script, an old page): as before
        earlier = _claim(request.user, key)
        if earlier is not None:
            if earlier.result_url:
                messages.info(request, REPEATED)
                return redirect(earlier.result_url)
            messages.warning(request, RUNNING)
            return redirect(request.get_full_path())
        try:
            response = view(request, *args, **kwargs)
        except BaseException:
            Submission.objects.filter(user=request.user, key=key).delete()
            raise
        if response.status_code in (301, 302, 303) and response.get("Location"):
            Submission.objects.filter(user=request.user, key=key).update(
                result_url=response["Location"][:500]
            )
        else:  # refused: the form comes back with its errors and the same key
            Submission.objects.filter(user=request.user, key=key).delete()
        return response

    return wrapped
