"""Dataclasses of a parsed plan; `ParsedPlan.to_dict()` gives the JSON of plan-parse.schema.json."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from .deadlines import Deadline


@dataclass
class PlanItem:
    """One numbered or bulleted item of the plan (section heading, task or note)."""

    ref: str
    parent: str | None
    kind: str
    text: str
    span: tuple[int, int]
    marker: str = ""
    title: str = ""
    heading: str = ""
    lead: list[str] = field(default_factory=list)
    coordinators: list[str] = field(default_factory=list)
    lead_source: str | None = None
    confidence: float | None = None
    deadline: Deadline = field(default_factory=Deadline)
    implements: list[str] = field(default_factory=list)
    same_as: list[str] = field(default_factory=list)
    category: str = "tasks"
    label: str | None = None
    cells: dict[str, str] = field(default_factory=dict)
    children: list[PlanItem] = field(default_factory=list, repr=False)
    note: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The item as the schema's JSON object."""
        dl = self.deadline
        out: dict[str, Any] = {
            "ref": self.ref,
            "parent": self.parent,
            "kind": self.kind,
            "text": self.text,
            "span": [self.span[0], self.span[1]],
            "lead": list(self.lead),
            "coordinators": list(self.coordinators),
            "lead_source": self.lead_source,
            "deadline": _iso(dl.date),
            "deadline_text": dl.text,
            "period": [_iso(dl.period[0]), _iso(dl.period[1])] if dl.period else None,
            "recurrence": dl.recurrence,
            "recurrence_anchors": list(dl.anchors),
            "implements": list(self.implements),
        }
        if self.confidence is not None:
            out["confidence"] = round(self.confidence, 3)
        if self.same_as:
            out["same_as"] = list(self.same_as)
        if dl.start:
            out["start"] = _iso(dl.start)
        return out


@dataclass
class CitedDocument:
    """A document the plan cites (căn cứ, thực hiện, triển khai …)."""

    type: str | None
    number: str | None
    date: dt.date | None
    issuer: str | None

    def to_dict(self) -> dict[str, Any]:
        return {"type": self.type, "number": self.number, "date": _iso(self.date), "issuer": self.issuer}


@dataclass
class DocumentMeta:
    """Header metadata of the plan itself."""

    type: str | None = None
    number: str | None = None
    issuer: str | None = None
    place: str | None = None
    date: dt.date | None = None
    title: str | None = None
    based_on: list[CitedDocument] = field(default_factory=list)
    attached_plan: dict[str, str] | None = None  # {"type", "title"} of the plan a decision issues
    letterhead: str | None = None  # the lines over the number, as read (`metadata._letterhead_lines`)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "type": self.type,
            "number": self.number,
            "issuer": self.issuer,
            "place": self.place,
            "date": _iso(self.date),
            "title": self.title,
            "based_on": [d.to_dict() for d in self.based_on],
        }
        if self.attached_plan:
            out["attached_plan"] = dict(self.attached_plan)
        if self.letterhead:
            out["letterhead"] = self.letterhead
        return out


@dataclass
class Agency:
    """A distinct agency or group named in the plan, with every spelling met."""

    name: str
    matched_from: list[str] = field(default_factory=list)
    known: bool | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"name": self.name, "matched_from": list(self.matched_from)}
        if self.known is not None:
            out["known"] = self.known
        return out


@dataclass
class Warning:
    """Something a user should check after import; message in Vietnamese."""

    ref: str | None
    code: str
    message: str

    def to_dict(self) -> dict[str, Any]:
        return {"ref": self.ref, "code": self.code, "message": self.message}


@dataclass
class ParsedPlan:
    """Result of `parse_plan`."""

    document: DocumentMeta
    items: list[PlanItem]
    agencies: list[Agency]
    warnings: list[Warning]
    text: str = field(default="", repr=False)
    targets: list[Any] = field(default_factory=list)  # planparse.targets.Target: figures of MỤC TIÊU

    def to_dict(self) -> dict[str, Any]:
        """The JSON of shared/schemas/plan-parse.schema.json, plus "targets" (the schema allows extra keys)."""
        return {
            "document": self.document.to_dict(),
            "items": [i.to_dict() for i in self.items],
            "agencies": [a.to_dict() for a in self.agencies],
            "warnings": [w.to_dict() for w in self.warnings],
            "targets": [t.to_dict() for t in self.targets],
        }

    def tasks(self) -> list[PlanItem]:
        """Items of kind task."""
        return [i for i in self.items if i.kind == "task"]

    def item(self, ref: str) -> PlanItem | None:
        """The item with this ref, if any."""
        return next((i for i in self.items if i.ref == ref), None)


def descendants(item: PlanItem) -> list[PlanItem]:
    """Every item under `item`, depth first in document order."""
    out: list[PlanItem] = []
    for child in item.children:
        out.append(child)
        out.extend(descendants(child))
    return out


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None
