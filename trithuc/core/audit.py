"""Explicit audit rows (Zulip style): services call record() inside their transaction."""

from typing import Any

from django.db import models

from trithuc.core.middleware import current_ip, current_request_id
from trithuc.core.models import AuditEvent
from trithuc.core.permissions import SYSTEM


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
