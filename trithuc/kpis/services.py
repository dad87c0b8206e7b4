"""Writes to plan targets: proposals from the plan's text, the coordinator's confirmation, corrections, discards."""

from decimal import Decimal
from typing import Any

from django.db import transaction
from django.utils import timezone

import planparse
from trithuc.core import audit
from trithuc.core.actors import Actor, actor_user
from trithuc.core.errors import Forbidden, NotFound, ServiceError
from trithuc.core.permissions import SYSTEM
from trithuc.kpis.models import Target
from trithuc.kpis.permissions import can_manage_kpis
from trithuc.plans.models import Plan
from trithuc.reporting.models import Indicator


def _check(actor: Actor, plan: Plan) -> None:
    if not can_manage_kpis(actor, plan):
        raise Forbidden("Chỉ cán bộ điều phối kế hoạch mới xác nhận, sửa hoặc bỏ chỉ tiêu.")


@transaction.atomic
def targets_propose(*, actor: Actor, plan: Plan) -> list[Target]:
    """The targets planparse reads in the MỤC TIÊU of the version in force, as proposals; one already there
    (proposed, confirmed or discarded: same item and figure as written) is not proposed again."""
    _check(actor, plan)
    if not plan.source_text.strip():
        raise ServiceError("Kế hoạch này không lưu toàn văn nên không đề xuất được chỉ tiêu.")
    found = [t.to_dict() for t in planparse.parse_plan(plan.source_text).targets]
    made = _propose(plan, found)
    audit.record(actor=actor, action="kpi.propose", target=plan, after={"proposed": len(made)})
    return made


@transaction.atomic
def targets_propose_from_import(*, plan: Plan, parsed: dict[str, Any]) -> list[Target]:
    """The targets of the import's parse JSON, proposed when the import stores the plan (no one to ask: the
    coordinator confirms them on the KPI page)."""
    made = _propose(plan, list(parsed.get("targets") or []))
    if made:
        audit.record(actor=SYSTEM, action="kpi.propose", target=plan, after={"proposed": len(made)})
    return made


def _propose(plan: Plan, found: list[dict[str, Any]]) -> list[Target]:
    existing = Target.objects.filter(plan_code=plan.code)
    seen = {t.source_key for t in existing if t.source_key}
    position = max((t.position for t in existing), default=0)
    made = []
    for parsed in found:
        key = f"{parsed['ref']}|{parsed['value_text']}|{parsed['unit']}"[:160]
        if key in seen:
            continue
        seen.add(key)
        position += 1
        made.append(
            Target.objects.create(
                plan_code=plan.code,
                text=str(parsed["text"])[:2000],
                value=Decimal(str(parsed["value"])),
                unit=str(parsed["unit"])[:32],
                comparator=parsed["comparator"],
                year=parsed.get("year"),
                yearly=bool(parsed.get("yearly")),
                source_ref=str(parsed["ref"])[:64],
                source_key=key,
                position=position,
            )
        )
    return made


@transaction.atomic
def target_confirm(
    *,
    actor: Actor,
    plan: Plan,
    target: Target,
    text: str,
    value: Decimal,
    unit: str,
    comparator: str,
    year: int | None,
    yearly: bool,
    indicator: Indicator | None,
) -> Target:
    """The coordinator's reading of the target: what the parser proposed, as corrected, now tracked."""
    _check(actor, plan)
    if target.plan_code != plan.code:
        raise NotFound("Chỉ tiêu không thuộc kế hoạch này.")
    if not yearly and year is None:
        raise ServiceError("Hãy nhập năm phải đạt chỉ tiêu, hoặc chọn “hằng năm”.", field="year")
    if value < 0:
        raise ServiceError("Giá trị mục tiêu không được âm.", field="value")
    if indicator is not None and indicator.regime.plan_code != plan.code:
        raise ServiceError(
            "Chỉ tiêu báo cáo này thuộc chế độ báo cáo của kế hoạch khác; hãy chọn một chỉ tiêu của kế hoạch này.",
            field="indicator",
        )
    before = _snapshot(target)
    target.text, target.value, target.unit = text.strip(), value, unit.strip()
    target.comparator, target.year, target.yearly = comparator, (None if yearly else year), yearly
    target.indicator = indicator
    target.status = Target.Status.CONFIRMED
    target.confirmed_by = actor_user(actor)
    target.confirmed_at = timezone.now()
    target.full_clean()
    target.save()
    audit.record(actor=actor, action="kpi.confirm", target=target, before=before, after=_snapshot(target))
    return target


@transaction.atomic
def target_discard(*, actor: Actor, plan: Plan, target: Target) -> Target:
    """Not a target after all (a figure describing today, a qualifier): kept as discarded so it is not proposed
    again."""
    _check(actor, plan)
    if target.plan_code != plan.code:
        raise NotFound("Chỉ tiêu không thuộc kế hoạch này.")
    target.status = Target.Status.DISCARDED
    target.save(update_fields=["status", "updated_at"])
    audit.record(actor=actor, action="kpi.discard", target=target)
    return target


def target_create(
    *,
    actor: Actor,
    plan: Plan,
    text: str,
    value: Decimal,
    unit: str,
    comparator: str = Target.Comparator.AT_LEAST,
    year: int | None = None,
    yearly: bool = False,
    indicator: Indicator | None = None,
    source_ref: str = "",
) -> Target:
    """A target the coordinator adds by hand (or the demo), confirmed at once."""
    _check(actor, plan)
    position = (Target.objects.filter(plan_code=plan.code).order_by("-position").first() or Target()).position
    target = Target.objects.create(
        plan_code=plan.code, text=text, value=value, unit=unit, source_ref=source_ref, position=position + 1
    )
    return target_confirm(
        actor=actor,
        plan=plan,
        target=target,
        text=text,
        value=value,
        unit=unit,
        comparator=comparator,
        year=year,
        yearly=yearly,
        indicator=indicator,
    )


def _snapshot(target: Target) -> dict[str, Any]:
    return {
        "text": target.text,
        "value": str(target.value),
        "unit": target.unit,
        "comparator": target.comparator,
        "year": target.year,
        "yearly": target.yearly,
        "indicator": target.indicator_id,
        "status": target.status,
    }
