"""The seed plan (Kế hoạch thực hiện Kết luận 52-KL/TW), imported from its text: the demo's plan and the one the
tests find stored at set-up."""

import json
from pathlib import Path

from trithuc.core.permissions import SYSTEM
from trithuc.plans.models import Plan
from trithuc.plans.services.plan_import import document_find, plan_import_file

FIXTURES = Path(__file__).resolve().parent / "fixtures"
SEED_TEXT = FIXTURES / "ke-hoach-kl52-lam-dong.txt"
SEED_META = FIXTURES / "ke-hoach-kl52-lam-dong.meta.json"


def seed_plan_code() -> str:
    """The seed plan's code (kl52), as its .meta.json gives it: the demo names its plan by it."""
    return str(json.loads(SEED_META.read_text(encoding="utf-8"))["code"])


def seed_plan_in_force() -> Plan | None:
    """The seed plan's version in force, found by its code (None before the demo imported it)."""
    return Plan.objects.filter(code=seed_plan_code(), is_current=True).select_related("document").first()


def seed_plan_ensure() -> Plan:
    """The current version of the seed plan, imported first when the system does not have it."""
    meta = json.loads(SEED_META.read_text(encoding="utf-8"))
    existing = document_find(
        number=meta.get("number") or "",
        issuer=meta["issuer"],
        issued_on=None,
        title=meta["title"],
        year=meta["year"],
    )
    if existing:
        return existing.plans.get(is_current=True)
    return plan_import_file(actor=SYSTEM, path=SEED_TEXT, meta=meta)
