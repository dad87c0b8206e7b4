"""Optional second factor (TOTP, django-otp) for coordinators and administrators.

Once a user has confirmed a device, every page but the verification page asks for the six-digit code after
the password, until the session ends.
"""

import base64
from collections.abc import Callable
from typing import Any

from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django_otp import login as otp_login
from django_otp import user_has_device
from django_otp.plugins.otp_totp.models import TOTPDevice

from trithuc.core import audit, permissions
from trithuc.core.errors import ServiceError

TWO_FACTOR_ROLES = frozenset({permissions.Role.COORDINATOR, permissions.Role.ADMINISTRATOR})
OPEN_PATHS = ("/tai-khoan/xac-minh/", "/dang-xuat/", "/static/", "/healthz", "/readyz", "/api/")


def can_use_two_factor(user: Any) -> bool:
    return permissions.has_role(user, *TWO_FACTOR_ROLES)


def device_pending(user: Any) -> TOTPDevice:
    """The user's unconfirmed device, made on first visit, so the secret shown stays the same until confirmed."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    return device or TOTPDevice.objects.create(user=user, name="Ứng dụng xác thực", confirmed=False)


def device_secret(device: TOTPDevice) -> str:
    return base64.b32encode(device.bin_key).decode()


@transaction.atomic(durable=True)
def two_factor_confirm(*, actor: Any, request: HttpRequest, token: str) -> None:
    if not can_use_two_factor(actor):
        raise ServiceError("Chỉ cán bộ điều phối và quản trị dùng xác thực hai lớp.")
    device = TOTPDevice.objects.select_for_update().filter(user=actor, confirmed=False).first()
    if device is None or not device.verify_token(token.strip()):
        raise ServiceError("Mã xác thực không đúng; hãy nhập mã 6 số đang hiện trên ứng dụng.", field="token")
    TOTPDevice.objects.filter(user=actor).exclude(pk=device.pk).delete()
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    otp_login(request, device)
    audit.record(actor=actor, action="auth.two_factor.enable", target=actor)


def two_factor_verify(*, request: HttpRequest, token: str) -> None:
    device = TOTPDevice.objects.filter(user=request.user, confirmed=True).first()
    if device is None or not device.verify_token(token.strip()):
        audit.record(actor=request.user, action="auth.two_factor.failed", target=request.user)
        raise ServiceError("Mã xác thực không đúng.", field="token")
    otp_login(request, device)
    audit.record(actor=request.user, action="auth.two_factor.verified", target=request.user)


class TwoFactorRequiredMiddleware:
    """After the password, a user with a confirmed device must give the code before anything else."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        if (
            user is not None
            and user.is_authenticated
            and not user.is_verified()
            and not request.path.startswith(OPEN_PATHS)
            and _has_device(request)
        ):
            return redirect(f"{reverse('core:two_factor_verify')}?next={request.get_full_path()}")
        return self.get_response(request)


def _has_device(request: HttpRequest) -> bool:
    """Whether the user has a confirmed device, asked once per session (a device is only added by the user
    themselves, in a session that is then verified)."""
    if "_has_otp_device" not in request.session:
        request.session["_has_otp_device"] = user_has_device(request.user)
    return bool(request.session["_has_otp_device"])
