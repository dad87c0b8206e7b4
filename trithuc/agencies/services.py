"""Writes on agencies: the seed list and the explicit, logged transfer of open tasks to a successor."""

import datetime as dt
import json
from pathlib import Path
from typing import Any

from django.db import transaction

from trithuc.agencies.models import Agency, AgencyAlias, AgencyGroup, AgencySuccession
from trithuc.core.text import agency_key

SEED_FILE = Path(__file__).resolve().parent / "fixtures" / "agencies.json"


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


@transaction.atomic
def agencies_seed(*, path: Path = SEED_FILE) -> dict[str, int]:
    """Create or update the province's agencies, groups and 2025 lineage; running it twice changes nothing."""
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    created = 0
    by_code: dict[str, Agency] = {}
    for row in data["agencies"]:
        agency, was_created = Agency.objects.update_or_create(
            code=row["code"],
            defaults={
                "name": row["name"],
                "short_name": row.get("short_name", ""),
                "kind": row["kind"],
                "valid_from": _date(row.get("valid_from")),
                "valid_to": _date(row.get("valid_to")),
            },
        )
        created += was_created
        by_code[agency.code] = agency
        for alias in {row["name"], row.get("short_name") or row["name"], *row.get("aliases", [])}:
            if not AgencyAlias.objects.filter(agency=agency, key=agency_key(alias)).exists():
                AgencyAlias(agency=agency, alias=alias).save()
    for row in data["agencies"]:
        if row.get("parent"):
            Agency.objects.filter(pk=by_code[row["code"]].pk).update(parent=by_code[row["parent"]])
    for row in data["successions"]:
        AgencySuccession.objects.update_or_create(
            predecessor=by_code[row["predecessor"]],
            successor=by_code[row["successor"]],
            remit=row.get("remit", ""),
            defaults={
                "effective_date": _date(row["effective_date"]),
                "is_primary": row.get("is_primary", True),
                "decision": row.get("decision", ""),
            },
        )
    for row in data["groups"]:
        AgencyGroup.objects.update_or_create(
            code=row["code"],
            defaults={"name": row["name"], "member_kinds": row["member_kinds"], "phrases": row["phrases"]},
        )
    return {"agencies": len(by_code), "created": created, "groups": len(data["groups"])}
