"""Personal API tokens: created by their owner, shown once, revocable, always expiring."""

import datetime as dt
from typing import TYPE_CHECKING

from django.db import transaction
from django.utils import timezone

from trithuc.api.models import ApiToken, token_generate, token_hash
from trithuc.core import audit
from trithuc.core.actors import Actor, actor_user
from trithuc.core.errors import ServiceError

if TYPE_CHECKING:
    from django.contrib.auth.models import User

MAX_DAYS = 365


@transaction.atomic(durable=True)
def api_token_create(*, actor: Actor, name: str, days: int = 90) -> tuple[ApiToken, str]:
    """Returns the row and the raw token, which is never stored and cannot be shown again."""
    user = actor_user(actor)
    if user is None:
        raise ServiceError("Cần đăng nhập để tạo mã truy cập.")
    if not name.strip():
        raise ServiceError("Hãy đặt tên gợi nhớ cho mã truy cập.", field="name")
    if not 1 <= days <= MAX_DAYS:
        raise ServiceError(f"Thời hạn từ 1 đến {MAX_DAYS} ngày.", field="days")
    raw = token_generate()
    token = ApiToken.objects.create(
        user=user,
        name=name.strip()[:100],
        key_hash=token_hash(raw),
        prefix=raw[:10],
        expires_at=timezone.now() + dt.timedelta(days=days),
    )
    audit.record(
        actor=actor, action="api.token.create", target=token, after={"name": token.name, "days": days}
    )
    return token, raw


@transaction.atomic(durable=True)
def api_token_revoke(*, actor: Actor, token: ApiToken) -> None:
    if token.user_id != actor.pk and not getattr(actor, "is_superuser", False):
        raise ServiceError("Không thể thu hồi mã của người khác.")
    ApiToken.objects.filter(pk=token.pk, revoked_at__isnull=True).update(revoked_at=timezone.now())
    audit.record(actor=actor, action="api.token.revoke", target=token)


def api_token_authenticate(raw: str) -> "User | None":
    """The user of an active token, or None; touches last use at most once a minute."""
    token = ApiToken.objects.select_related("user").filter(key_hash=token_hash(raw)).first()
    if token is None or not token.is_active or not token.user.is_active:
        return None
    now = timezone.now()
    if token.last_used_at is None or now - token.last_used_at > dt.timedelta(minutes=1):
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
    return token.user
