"""Reads of the audit log: who may search which rows (DESIGN §2: coordinator, leader, administrator all;
the registry officer the registry's own access rows)."""

import datetime as dt
from dataclasses import dataclass
from typing import Any

from django.db.models import Q, QuerySet

from trithuc.core import permissions
from trithuc.core.models import AuditEvent

AUDIT_ALL_ROLES = frozenset(
    {permissions.Role.COORDINATOR, permissions.Role.LEADER, permissions.Role.ADMINISTRATOR}
)


def can_read_audit(user: Any) -> bool:
    return permissions.has_role(user, *AUDIT_ALL_ROLES, permissions.Role.REGISTRY_OFFICER)


def audit_qs_visible_to(user: Any) -> QuerySet[AuditEvent]:
    events = AuditEvent.objects.select_related("actor", "agency")
    if permissions.has_role(user, *AUDIT_ALL_ROLES):
        return events
    if permissions.has_role(user, permissions.Role.REGISTRY_OFFICER):
        return events.filter(action__startswith="registry.")
    return events.none()


@dataclass(frozen=True)
class AuditFilters:
    q: str = ""
    action: str = ""
    actor: str = ""
    request_id: str = ""
    ip: str = ""
    date_from: dt.date | None = None
    date_to: dt.date | None = None


def audit_search(user: Any, filters: AuditFilters) -> QuerySet[AuditEvent]:
    events = audit_qs_visible_to(user)
    if filters.q:
        events = events.filter(Q(target_repr__icontains=filters.q) | Q(target_id=filters.q))
    if filters.action.endswith("."):
        events = events.filter(action__startswith=filters.action)
    elif filters.action:
        events = events.filter(action=filters.action)
    if filters.actor:
        events = events.filter(actor__username__icontains=filters.actor)
    if filters.request_id:
        events = events.filter(request_id=filters.request_id)
    if filters.ip:
        events = events.filter(ip=filters.ip)
    if filters.date_from:
        events = events.filter(time__date__gte=filters.date_from)
    if filters.date_to:
        events = events.filter(time__date__lte=filters.date_to)
    return events.order_by("-time", "-id")
