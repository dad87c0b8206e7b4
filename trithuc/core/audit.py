"""Explicit audit rows (Zulip style): services call record() inside their transaction."""

import functools
import importlib
from typing import Any

from django.apps import apps
from django.db import models
from django.utils import timezone

from trithuc.core.actors import Actor, actor_user
from trithuc.core.errors import StaleVersion
from trithuc.core.middleware import current_ip, current_request_id
from trithuc.core.models import AuditEvent
from trithuc.core.permissions import SYSTEM
from trithuc.core.text import user_name


def record(
    *,
    actor: "Actor | None",
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
        actor=actor_user(actor),
        agency=agency,
        action=action,
        target_type=target._meta.label_lower if target is not None else "",
        target_id=str(target.pk) if target is not None else "",
        target_repr=str(target)[:300] if target is not None else "",
        data=data,
        request_id=current_request_id.get(),
        ip=current_ip.get(),
    )


# ---- what the audit log calls each action ---------------------------------------------------------------------

_ADMIN_VERBS = {"add": "thêm", "change": "sửa", "delete": "xóa"}


@functools.cache
def action_labels() -> dict[str, str]:
    """Every app's `audit_labels.LABELS` (code → Vietnamese label; a code ending in "." names a group). Read from
    the installed apps at first use, so core names no app."""
    labels: dict[str, str] = {}
    for config in apps.get_app_configs():
        try:
            module = importlib.import_module(f"{config.name}.audit_labels")
        except ModuleNotFoundError as error:
            if error.name != f"{config.name}.audit_labels":
                raise
            continue
        labels.update(module.LABELS)
    return labels


def action_label(action: str) -> str:
    """The Vietnamese label of an action; an action nobody named shows its group's label and its code."""
    labels = action_labels()
    if action in labels:
        return labels[action]
    parts = action.split(".")
    if len(parts) == 3 and parts[0] == "admin" and parts[2] in _ADMIN_VERBS:
        model = next((m for m in apps.get_models() if m._meta.model_name == parts[1]), None)
        if model is not None:
            return f"Quản trị: {_ADMIN_VERBS[parts[2]]} {model._meta.verbose_name}"
    for end in range(len(parts) - 1, 0, -1):
        group = ".".join(parts[:end]) + "."
        if group in labels:
            return f"{labels[group]} ({action})"
    return action


def action_choices() -> list[tuple[str, str]]:
    """The audit filter's choices: each group, then its actions, in the order the apps list them."""
    labels = action_labels()
    groups = [code for code in labels if code.endswith(".")]
    choices: list[tuple[str, str]] = []
    for group in groups:
        choices.append((group, f"{labels[group]} (tất cả)"))
        choices.extend(
            (code, f"— {label}")
            for code, label in labels.items()
            if not code.endswith(".") and code.startswith(group) and _group_of(code, groups) == group
        )
    return choices


def _group_of(code: str, groups: list[str]) -> str:
    return max((g for g in groups if code.startswith(g)), key=len, default="")


def stale_version(target: models.Model, *, actor: Actor, noun: str, actions: tuple[str, ...]) -> StaleVersion:
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
