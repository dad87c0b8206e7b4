"""planparse: parse Vietnamese implementation plans (Kế hoạch) into a task tree. Pure Python, no Django."""

from __future__ import annotations

from .deadlines import Deadline, find_deadline, parse_deadline
from .model import Agency, CitedDocument, DocumentMeta, ParsedPlan, PlanItem, Warning
from .parser import coordinates_plan, parse_plan, plan_year
from .reader import ReadError, read_text
from .text import agency_key, fix_tone_placement, nfc, search_key, strip_accents
from .tree import ref_is_unnumbered

__all__ = [
    "Agency",
    "CitedDocument",
    "Deadline",
    "DocumentMeta",
    "ParsedPlan",
    "PlanItem",
    "ReadError",
    "Warning",
    "agency_key",
    "coordinates_plan",
    "find_deadline",
    "fix_tone_placement",
    "nfc",
    "parse_deadline",
    "parse_plan",
    "plan_year",
    "read_text",
    "ref_is_unnumbered",
    "search_key",
    "strip_accents",
]
