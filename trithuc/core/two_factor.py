"""Optional second factor (TOTP, django-otp) for coordinators and administrators.

Once a user has confirmed a device, every path but the verification page, logout, static files and the health
checks asks for the six-digit code after the password, until the session ends (issue 16, High 2).
"""

import base64
import functools
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

import segno
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.models import AnonymousUser
from django.db import transaction
from django.db.models import BooleanField, Exists, ExpressionWrapper, OuterRef, Q
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect
from django.urls import reverse
from django_otp import device_classes, user_has_device
from django_otp import login as otp_login
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from trithuc.core import audit, permissions
from trithuc.core.errors import Forbidden, ServiceError
from trithuc.core.prepared import prepared_raw

if TYPE_CHECKING:
    from django.contrib.auth.models import User

TWO_FACTOR_ROLES = frozenset({permissions.Role.COORDINATOR, permissions.Role.ADMINISTRATOR})
API_PREFIX = "/api/"
STATIC_PREFIX = "/" + settings.STATIC_URL.lstrip("/")
API_REFUSAL = (
    "Phiên đăng nhập này chưa nhập mã xác thực hai lớp: hãy nhập mã 6 số tại trang /tai-khoan/xac-minh/ "
    "rồi thử lại, hoặc dùng mã truy cập API (Authorization: Bearer)."
)


def can_use_two_factor(user: Any) -> bool:
    return permissions.has_role(user, *TWO_FACTOR_ROLES)


def device_pending(user: Any) -> TOTPDevice:
    """The user's unconfirmed device, made on first visit, so the secret shown stays the same until confirmed."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    return device or TOTPDevice.objects.create(user=user, name="Ứng dụng xác thực", confirmed=False)


def device_secret(device: TOTPDevice) -> str:
    return base64.b32encode(device.bin_key).decode()


@transaction.atomic(durable=True)
def two_factor_confirm(*, actor: "User", request: HttpRequest, token: str) -> None:
    """Only a signed-in user sets up a second factor (the page asks for a login)."""
    if not can_use_two_factor(actor):
        raise Forbidden("Chỉ cán bộ điều phối và quản trị dùng xác thực hai lớp.")
    device = TOTPDevice.objects.select_for_update().filter(user=actor, confirmed=False).first()
    if device is None or not device.verify_token(token.strip()):
        raise ServiceError("Mã xác thực không đúng; hãy nhập mã 6 số đang hiện trên ứng dụng.", field="token")
    TOTPDevice.objects.filter(user=actor).exclude(pk=device.pk).delete()
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    otp_login(request, device)
    audit.record(actor=actor, action="auth.two_factor.enable", target=actor)


def two_factor_verify(*, request: HttpRequest, token: str) -> None:
    assert request.user.is_authenticated  # the form is shown to a signed-in user only
    device = TOTPDevice.objects.filter(user=request.user, confirmed=True).first()
    allowed = device is not None and device.verify_is_allowed()[0]
    if device is None or not device.verify_token(token.strip()):
        audit.record(actor=request.user, action="auth.two_factor.failed", target=request.user)
        raise ServiceError(_refusal(device, token.strip(), allowed), field="token")
    otp_login(request, device)
    audit.record(actor=request.user, action="auth.two_factor.verified", target=request.user)


def _refusal(device: TOTPDevice | None, token: str, allowed: bool) -> str:
    """Why a code was refused, so a person who typed the right code twice is not told it is wrong."""
    if device is None:
        return "Mã xác thực không đúng."
    if not allowed:
        return "Đã nhập sai nhiều lần liên tiếp; hãy đợi vài giây rồi nhập mã mới trên ứng dụng."
    if not (token.isdigit() and len(token) == device.digits):
        return f"Mã xác thực gồm {device.digits} chữ số."
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time()
    if totp.verify(int(token), device.tolerance, 0):  # right code, but at or before the last step used
        return (
            "Mã này vừa được dùng để đăng nhập; hãy đợi ứng dụng hiện mã mới (tối đa 30 giây) rồi nhập mã đó."
        )
    return "Mã xác thực không đúng."


def qr_svg(text: str) -> str:
    """The set-up address as a QR code in inline SVG (no image request, nothing the CSP blocks)."""
    return segno.make(text, error="m").svg_inline(
        scale=5, title="Mã QR để thêm tài khoản vào ứng dụng xác thực"
    )


class TwoFactorRequiredMiddleware:
    """The one place of the second-factor rule: a session whose user has a confirmed device and has not
    given the code gets the code page, logout, static files and the health checks, nothing else. Pages
    (exports and the admin included) are sent to the code page; the API answers a JSON 401. An API token is
    not a session: beside a half-logged-in session the token alone decides who is asking."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not _is_open(request.path) and session_needs_second_factor(request):
            if not request.path.startswith(API_PREFIX):
                query = urlencode({"next": request.get_full_path()})
                return redirect(f"{reverse('core:two_factor_verify')}?{query}")
            if not request.headers.get("Authorization", "").startswith("Bearer "):
                return JsonResponse({"detail": API_REFUSAL}, status=401)
            request.user = AnonymousUser()  # the session counts for nothing; the token must authenticate
        return self.get_response(request)


def session_needs_second_factor(request: HttpRequest) -> bool:
    """Whether the session's user has a confirmed device and this session has not given its code. Asked on
    every request (one indexed query until the code is given), so a device confirmed from another session or
    by the administrator applies at once to sessions opened before it."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated or user.is_verified():
        return False
    has_device = getattr(user, "has_otp_device", None)  # loaded with the user by SessionUserBackend
    return user_has_device(user, confirmed=True) if has_device is None else bool(has_device)


class SessionUserBackend(ModelBackend):
    """Django's model backend, whose session user comes with whether a confirmed device exists, in the same
    query: the second-factor rule is asked on every request without a query of its own (the main pages keep
    their budget of 20 queries)."""

    def get_user(self, user_id: Any) -> Any:
        try:
            found = prepared_raw(_session_user, int(user_id))
        except (TypeError, ValueError):  # a session key that is no user id
            return None
        user = found[0] if found else None
        return user if user is not None and self.user_can_authenticate(user) else None


def _session_user(user_id: int) -> Any:
    """The session's user with whether a confirmed device exists (SQL made once: core.prepared)."""
    return (
        get_user_model()
        ._default_manager.annotate(
            has_otp_device=ExpressionWrapper(_device_exists(), output_field=BooleanField())
        )
        .filter(pk=user_id)
    )


def _device_exists() -> Q:
    """A confirmed device of any installed kind (TOTP today), as `user_has_device` counts them."""
    condition = Q()
    for model in device_classes():
        condition |= Q(Exists(model.objects.filter(user=OuterRef("pk"), confirmed=True)))
    return condition or Q(pk__in=[])


@functools.cache
def _open_paths() -> frozenset[str]:
    return frozenset(
        reverse(name) for name in ("core:two_factor_verify", "logout", "core:healthz", "core:readyz")
    )


def _is_open(path: str) -> bool:
    return path in _open_paths() or path.startswith(STATIC_PREFIX)
