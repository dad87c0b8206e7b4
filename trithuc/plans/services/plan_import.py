"""Turning a parsed plan (the planparse JSON contract) into stored documents, items and assignments."""

import datetime as dt
from typing import Any

from django.db import transaction

from trithuc.agencies.selectors import AgencyMatcher
from trithuc.core import audit
from trithuc.core.errors import ServiceError
from trithuc.core.text import agency_key, search_key
from trithuc.plans.models import Assignment, Document, Plan, PlanItem

COORDINATION_PHRASE = agency_key("tổ chức thực hiện kế hoạch này")


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def document_find(
    *, number: str, issuer: str, issued_on: dt.date | None, title: str = "", year: int | None = None
):
    """A document by its identity: number + issuer + date, or issuer + title + year when it has no number."""
    if number:
        return Document.objects.filter(number=number, issuer=issuer, issued_on=issued_on).first()
    return Document.objects.filter(number="", issuer=issuer, title=title, year=year).first()


def _document_metadata(parsed: dict[str, Any], meta: dict[str, Any] | None) -> dict[str, Any]:
    """What the user (or a .meta.json) said wins over what the parser read."""
    doc = dict(parsed.get("document") or {})
    for key, value in (meta or {}).items():
        if value is not None:
            doc[key] = value
    issued_on = _date(doc.get("date"))
    return {
        "doc_type": doc.get("type") or "Kế hoạch",
        "number": doc.get("number") or "",
        "issuer": doc.get("issuer") or "",
        "issued_on": issued_on,
        "year": doc.get("year") or (issued_on.year if issued_on else None),
        "place": doc.get("place") or "",
        "title": doc.get("title") or "",
        "based_on": doc.get("based_on") or [],
    }


@transaction.atomic(durable=True)
def plan_create_from_parsed(
    *, actor: Any, parsed: dict[str, Any], text: str, meta: dict[str, Any] | None = None
) -> Plan:
    """Store a parsed plan in one transaction: nothing is saved when any part of it fails."""
    fields = _document_metadata(parsed, meta)
    based_on = fields.pop("based_on")
    if document_find(**{k: fields[k] for k in ("number", "issuer", "issued_on", "title", "year")}):
        raise ServiceError("Văn bản này đã có trong hệ thống (trùng số, cơ quan ban hành và ngày ban hành).")
    document = Document.objects.create(text=text, **fields)
    document.based_on.set([_cited_document(ref) for ref in based_on])
    matcher = AgencyMatcher.load()
    plan = Plan.objects.create(document=document)
    items = _create_items(plan, parsed.get("items") or [])
    _create_assignments(items, parsed.get("items") or [], matcher)
    plan.coordinator = _coordinator(items)
    plan.save(update_fields=["coordinator"])
    audit.record(
        actor=actor,
        action="plan.import",
        target=plan,
        after={
            "document": str(document),
            "items": len(items),
            "tasks": sum(i.is_task for i in items.values()),
        },
    )
    return plan


def _cited_document(ref: dict[str, Any]) -> Document:
    number, issuer, issued_on = ref.get("number") or "", ref.get("issuer") or "", _date(ref.get("date"))
    found = document_find(number=number, issuer=issuer, issued_on=issued_on)
    if found:
        return found
    return Document.objects.create(
        doc_type=ref.get("type") or "",
        number=number,
        issuer=issuer,
        issued_on=issued_on,
        year=issued_on.year if issued_on else None,
    )


def _create_items(plan: Plan, rows: list[dict[str, Any]]) -> dict[str, PlanItem]:
    objs = []
    for position, row in enumerate(rows):
        period = row.get("period") or [None, None]
        objs.append(
            PlanItem(
                plan=plan,
                ref=row["ref"],
                position=position,
                kind=row["kind"],
                text=row["text"],
                search_text=search_key(row["text"]),
                span_start=row["span"][0],
                span_end=row["span"][1],
                deadline_text=row.get("deadline_text") or "",
                deadline=_date(row.get("deadline")),
                period_start=_date(period[0]),
                period_end=_date(period[1]),
                recurrence=row.get("recurrence") or "",
                recurrence_anchors=row.get("recurrence_anchors") or [],
            )
        )
    if len({o.ref for o in objs}) != len(objs):
        raise ServiceError("Kế hoạch có hai mục trùng số hiệu; hãy kiểm tra lại cách đánh số.")
    by_ref = {o.ref: o for o in PlanItem.objects.bulk_create(objs)}
    for row in rows:
        if row.get("parent") in by_ref:
            by_ref[row["ref"]].parent = by_ref[row["parent"]]
    PlanItem.objects.bulk_update([o for o in by_ref.values() if o.parent_id], ["parent"])
    links = [
        PlanItem.implements.through(from_planitem_id=by_ref[row["ref"]].pk, to_planitem_id=by_ref[target].pk)
        for row in rows
        for target in row.get("implements") or []
        if target in by_ref
    ]
    PlanItem.implements.through.objects.bulk_create(links)
    return by_ref


def _create_assignments(
    items: dict[str, PlanItem], rows: list[dict[str, Any]], matcher: AgencyMatcher
) -> None:
    objs = []
    for row in rows:
        source = row.get("lead_source") or Assignment.Source.EXPLICIT
        for role, phrases in (
            (Assignment.Role.LEAD, row.get("lead")),
            (Assignment.Role.COORDINATE, row.get("coordinators")),
        ):
            for phrase in dict.fromkeys(phrases or []):
                found = matcher.match(phrase)
                objs.append(
                    Assignment(
                        item=items[row["ref"]],
                        role=role,
                        phrase=phrase[:255],
                        agency=found.agency,
                        group=found.group,
                        source=source,
                        confidence=row.get("confidence"),
                    )
                )
    Assignment.objects.bulk_create(objs)


def _coordinator(items: dict[str, PlanItem]) -> Any:
    """The plan's coordinator is whoever leads "tổ chức thực hiện kế hoạch này" (Sở KH&CN in the seed)."""
    for item in items.values():
        if COORDINATION_PHRASE in agency_key(item.text):
            lead = item.assignments.filter(role=Assignment.Role.LEAD, agency__isnull=False).first()
            if lead:
                return lead.agency
    return None


def plan_import_text(*, actor: Any, text: str, meta: dict[str, Any] | None = None) -> Plan:
    """Parse a plan's text with planparse and store it; the command line and the demo use this."""
    import planparse

    matcher = AgencyMatcher.load()

    def known_name(phrase: str) -> str | None:
        found = matcher.match(phrase)
        return found.name if found.matched else None

    parsed = planparse.parse_plan(text, agency_matcher=known_name)
    return plan_create_from_parsed(actor=actor, parsed=parsed.to_dict(), text=text, meta=meta)
