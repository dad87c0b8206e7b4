"""Numeric targets (chỉ tiêu) from a plan's MỤC TIÊU section: "đến năm 2030, 100% …", "ít nhất 10 doanh nghiệp".

Rules, not phrase lists: an item is in scope when it or a heading above it starts with "mục tiêu"; a clause's
target is a percentage, a quantity after a comparator word, or the quantity that opens the clause (the object
of its verb); later quantities in a clause that already has a percentage qualify it ("100% khu … có tối thiểu
1 trạm") unless they open a new enumerated part ("100 doanh nghiệp …, 50 doanh nghiệp …"). The year is the
item's own "đến (hết) năm YYYY" / "giai đoạn YYYY - YYYY", else the heading's above it; "mỗi năm" makes it
yearly. Sentences about today ("Hiện nay …") are baselines, not targets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Any

from .model import PlanItem
from .text import nfc, strip_accents

AT_LEAST = "at_least"
AT_MOST = "at_most"
EXACTLY = "exactly"

# A number as Vietnamese documents write it: 3.000 (thousands), 2,5 (decimals), 02 (a leading zero).
_NUMBER = re.compile(r"(?<![\w./,-])(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(?![\w/-]|[.,]\d)")
_PERCENT = re.compile(r"\s*%")
# Comparator words read on the accent-free key, just before a number (or "trở lên" just after).
_AT_LEAST = re.compile(
    r"(?:it nhat|toi thieu|tren|hon|vuot|khong duoi|khong it hon|≥|>=|>)\s*$",
)
_AT_MOST = re.compile(r"(?:toi da|duoi|khong qua|khong vuot qua|con|≤|<=|<)\s*$")
_TARGET_VERB = re.compile(r"(?:dat|phan dau|bao dam|dam bao|co|la|top)\s*$")
_OR_MORE = re.compile(r"^\s*(?:\S+\s+){0,6}?tro len")
_RANK = re.compile(r"top\s*$")
_YEARLY = re.compile(r"\b(?:moi nam|hang nam|hang nam|binh quan (?:moi )?nam|/\s*nam)\b")
_YEAR_BY = re.compile(r"(?:den|toi|truoc|vao|trong|cuoi)\s+(?:het\s+|cuoi\s+)?nam\s+(\d{4})")
_YEAR_SPAN = re.compile(r"(?:giai doan|thoi ky|tu nam)\s+(\d{4})\s*(?:-|–|den)\s*(?:nam\s+)?(\d{4})")
# Words after which a number is a date, a document number or a label, never a quantity.
_NOT_QUANTITY_BEFORE = re.compile(
    r"(?:nam|ngay|thang|so|giai doan|khoa|muc|dieu|khoan|diem|lan thu|thu|quy)\s*$"
)
_BASELINE = re.compile(r"^\s*(?:hien nay|hien co|hien tai|nam \d{4} (?:da|co))\b")
_SCOPE = re.compile(r"^\s*(?:[ivxlc]+[.\-)]\s*|\d+[.)]\s*)?muc tieu\b")
# A clause ends at ";" or a sentence's full stop; "trong đó" and "đồng thời" open a part of their own.
_CLAUSE_END = re.compile(r";|\.(?=\s+[A-ZĐÂĂÊÔƠƯÁÀẢÃẠ])|,?\s+(?=trong đó\b|đồng thời\b)", re.IGNORECASE)
# Units of one syllable (a measure or a classifier), so "3.000 lượt nhân lực" reads as "lượt".
_ONE_SYLLABLE_UNITS = frozenset(
    [
        "người",
        "lượt",
        "lần",
        "trạm",
        "xã",
        "hộ",
        "ha",
        "km",
        "m2",
        "tấn",
        "kg",
        "tỷ",
        "triệu",
        "nghìn",
        "ngàn",
        "cái",
        "chiếc",
    ]
)
_MONEY = re.compile(r"^(tỷ|triệu|nghìn|ngàn)\s+đồng\b", re.IGNORECASE)
_STOP_WORDS = frozenset(
    [
        "của",
        "về",
        "trong",
        "tại",
        "đạt",
        "có",
        "được",
        "và",
        "hoặc",
        "với",
        "cho",
        "từ",
        "đến",
        "theo",
        "trên",
        "dưới",
        "là",
        "để",
        "đã",
        "sẽ",
        "các",
        "những",
        "mỗi",
    ]
)
_MAX_OPENING_WORDS = 6  # a quantity this close to a clause's start is its verb's object


@dataclass(frozen=True)
class Target:
    """A proposed target: what the plan promises, in figures, and where it says so."""

    ref: str
    text: str
    value: Decimal
    value_text: str
    unit: str
    comparator: str
    year: int | None
    yearly: bool

    def to_dict(self) -> dict[str, Any]:
        value: int | float = (
            int(self.value) if self.value == self.value.to_integral_value() else float(self.value)
        )
        return {
            "ref": self.ref,
            "text": self.text,
            "value": value,
            "value_text": self.value_text,
            "unit": self.unit,
            "comparator": self.comparator,
            "year": self.year,
            "yearly": self.yearly,
        }


def find_targets(items: list[PlanItem]) -> list[Target]:
    """Every target of the items under a MỤC TIÊU heading, in document order."""
    by_ref = {i.ref: i for i in items}
    out: list[Target] = []
    last_heading_year: dict[str | None, int | None] = {}
    for item in items:
        chain = _chain(item, by_ref)
        if not any(_opens_on_scope(_label(i)) for i in chain):
            continue
        if item.kind == "section" and _is_heading(item):
            # A heading's year holds for what follows it, also a paragraph the tree hung one level up.
            year = _year(_key(_label(item)))
            for ancestor in chain[1:]:
                last_heading_year[ancestor.ref] = year
            continue
        inherited = next((_year(_key(_label(i))) for i in chain[1:] if _year(_key(_label(i)))), None)
        if inherited is None and item.parent is not None:
            inherited = last_heading_year.get(item.parent)
        out.extend(_item_targets(item, inherited))
    return out


@lru_cache(maxsize=4096)
def _key(text: str) -> str:
    """Lower case without accents, same length as the text (so offsets agree). Cached: every item reads the
    headings above it again."""
    return strip_accents(nfc(text).lower())


# `_SCOPE` is looked for in a label's first words: what comes before "mục tiêu" is blanks and a numeral
_SCOPE_READ = 40
_SCOPE_LEAD = re.compile(r"[\s\divxlc.\-)]*")


def _opens_on_scope(label: str) -> bool:
    """`_SCOPE.match(_key(label))`, read on the key of the label's first words: every item of a plan is asked
    whether it or a heading above it opens on "Mục tiêu", and stripping the accents of its whole text cost more
    than the rest of the targets. Cut before a space, the key of the head is the head of the key (no letter's case,
    composition or accent reaches over a space); only a lead of blanks and numerals as long as the head can put
    the words past the cut, and then the whole label is read."""
    cut = label.find(" ", _SCOPE_READ)
    if cut < 0:
        return bool(_SCOPE.match(_key(label)))
    head = _key(label[:cut])
    if _SCOPE.match(head):
        return True
    lead = _SCOPE_LEAD.match(head)
    return lead is not None and lead.end() >= len(head) - len("muc tieu") and bool(_SCOPE.match(_key(label)))


def _chain(item: PlanItem, by_ref: dict[str, PlanItem]) -> list[PlanItem]:
    chain = [item]
    while chain[-1].parent and chain[-1].parent in by_ref and len(chain) < 20:
        chain.append(by_ref[chain[-1].parent])
    return chain


def _label(item: PlanItem) -> str:
    return item.heading or item.text


def _is_heading(item: PlanItem) -> bool:
    """A section with its own numbers ("1. 100% cán bộ …") is a target, not a heading."""
    return not (item.text and _PERCENT.search(item.text) and len(item.text) > 60)


def _year(key: str) -> int | None:
    span = _YEAR_SPAN.search(key)
    if span:
        return int(span.group(2))
    by = _YEAR_BY.search(key)
    return int(by.group(1)) if by else None


def _item_targets(item: PlanItem, inherited_year: int | None) -> list[Target]:
    text = item.text
    out: list[Target] = []
    start = 0
    for end_match in [*_CLAUSE_END.finditer(text), None]:
        end = end_match.start() if end_match else len(text)
        clause = text[start:end]
        if end_match:
            start = end_match.end()
        out.extend(_clause_targets(item.ref, clause, text, inherited_year))
    return out


def _clause_targets(ref: str, clause: str, item_text: str, inherited_year: int | None) -> list[Target]:
    if _BASELINE.match(_key(clause)):
        return []
    stripped = _strip_parentheses(clause)
    lead = len(stripped) - len(stripped.lstrip(" ,:-–"))
    body = stripped[lead:]
    key_item = _key(item_text)
    yearly = bool(_YEARLY.search(_key(clause)))
    year = None if yearly else (_year(_key(clause)) or _year(key_item) or inherited_year)
    found: list[Target] = []
    has_percent = False
    for match in _NUMBER.finditer(body):
        before = body[: match.start()]
        key_before = _key(before)
        if _NOT_QUANTITY_BEFORE.search(key_before) or _looks_like_year(match, body):
            continue
        after = body[match.end() :]
        percent = _PERCENT.match(after)
        unit = "%" if percent else _unit(after)
        if not unit:
            continue
        comparator = _comparator(key_before, _key(after[percent.end() if percent else 0 :]))
        rank = bool(_RANK.search(key_before))
        opening = len(key_before.split()) <= _MAX_OPENING_WORDS
        new_part = bool(re.search(r"[,:]\s*(?:\S+\s+)?$", before)) and found and not has_percent
        if has_percent and not new_part:
            continue  # a qualifier of the percentage target before it
        if not (percent or comparator or rank or opening or new_part or _TARGET_VERB.search(key_before)):
            continue
        if rank:
            unit, comparator = "thứ hạng", AT_MOST
        elif new_part and not comparator:
            comparator = found[-1].comparator  # "ít nhất 100 …, 50 …": the list shares its comparator
        has_percent = has_percent or bool(percent)
        found.append(
            Target(
                ref=ref,
                text=_tidy(clause),
                value=_value(match),
                value_text=match.group(0) + ("%" if percent else ""),
                unit=unit,
                comparator=comparator or EXACTLY,
                year=year,
                yearly=yearly,
            )
        )
    return found


def _strip_parentheses(text: str) -> str:
    """Examples in brackets ("(10 Gbps)", "(xoài, nhãn, …)") are never the target; blank them, keep offsets."""
    return re.sub(r"\([^()]*\)", lambda m: " " * len(m.group(0)), text)


def _looks_like_year(match: re.Match[str], body: str) -> bool:
    number = int(match.group(1).replace(".", ""))
    if not 1900 <= number <= 2100 or match.group(2):
        return False
    return not _PERCENT.match(body[match.end() :])


def _unit(after: str) -> str:
    """The counted noun after a number: one syllable for a measure word, else two ("doanh nghiệp")."""
    money = _MONEY.match(after.strip())
    if money:
        return money.group(0).lower()
    words: list[str] = []
    after = re.split(r"\s{2,}", after.lstrip(), maxsplit=1)[0]  # a blanked bracket ends the noun
    for raw in after.split()[:2]:
        word = raw.strip(",;:.()“”\"'")
        if not word or not re.match(r"^[^\W\d_]+$", word) or word.lower() in _STOP_WORDS:
            break
        words.append(word)
        if raw != word or word.lower() in _ONE_SYLLABLE_UNITS:
            break
    return " ".join(words)


def _comparator(key_before: str, key_after: str) -> str | None:
    if _AT_LEAST.search(key_before) or _OR_MORE.match(key_after):
        return AT_LEAST
    if _AT_MOST.search(key_before):
        return AT_MOST
    return None


def _value(match: re.Match[str]) -> Decimal:
    whole = match.group(1).replace(".", "")
    return Decimal(f"{whole}.{match.group(2)}") if match.group(2) else Decimal(whole)


def _tidy(clause: str) -> str:
    text = " ".join(clause.split()).strip(" ,;:-–")
    return text[:1].upper() + text[1:] if text else text
