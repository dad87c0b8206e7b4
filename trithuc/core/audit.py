"""Explicit audit rows (Zulip style): services call record() inside their transaction."""

from typing import Any

from django.db import models
from django.utils import timezone

from trithuc.core.errors import StaleVersion
from trithuc.core.middleware import current_ip, current_request_id
from trithuc.core.models import AuditEvent
from trithuc.core.permissions import SYSTEM
from trithuc.core.text import user_name


def record(
    *,
    actor: Any,
    action: str,
    target: models.Model | None = None,
    agency: Any = None,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    extra: dict[str, Any] | None = None,
) -> AuditEvent:
    data: dict[str, Any] = dict(extra or {})
    if actor is SYSTEM:
        data["via"] = "system"
    if before is not None:
        data["before"] = before
    if after is not None:
        data["after"] = after
    return AuditEvent.objects.create(
        actor=actor if getattr(actor, "is_authenticated", False) else None,
        agency=agency,
        action=action,
        target_type=target._meta.label_lower if target is not None else "",
        target_id=str(target.pk) if target is not None else "",
        target_repr=str(target)[:300] if target is not None else "",
        data=data,
        request_id=current_request_id.get(),
        ip=current_ip.get(),
    )


def stale_version(target: models.Model, *, actor: Any, noun: str, actions: tuple[str, ...]) -> StaleVersion:
    """The refusal of a save made from an older version of `target` (optimistic locking, as reports do): it
    names who saved the record last and when, from the audit trail, the reader included (an older tab of
    one's own is the common case)."""
    last = (
        AuditEvent.objects.filter(
            target_type=target._meta.label_lower, target_id=str(target.pk), action__in=actions
        )
        .select_related("actor")
        .order_by("-time", "-id")
        .first()
    )
    who = ""
    if last is not None:
        who = f" bởi {user_name(last.actor)}" if last.actor_id else " bởi hệ thống"
        if last.actor_id and last.actor_id == getattr(actor, "pk", None):
            who += " (chính bạn, ở một trang khác)"
    when = timezone.localtime(last.time) if last is not None else None
    at = f" lúc {when:%H:%M} ngày {when:%d/%m/%Y}" if when else ""
    return StaleVersion(
        f"{noun} đã được sửa{at}{who} sau khi bạn mở trang này, nên thay đổi của bạn chưa được lưu. "
        "Hãy mở lại trang để xem nội dung mới rồi sửa lại.",
        field="version",
    )
