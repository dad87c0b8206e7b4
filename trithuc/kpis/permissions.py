"""Who sees and who sets a plan's targets: every plan reader sees them (experts do not); the plan's
coordinator confirms, corrects and discards them (DESIGN §2)."""

from typing import Any

from trithuc.core import permissions
from trithuc.reporting.permissions import is_plan_coordinator


def can_read_kpis(user: Any) -> bool:
    return permissions.can_read_plans(user)


def can_manage_kpis(user: Any, plan: Any) -> bool:
    return is_plan_coordinator(user, plan)
