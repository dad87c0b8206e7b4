"""The coordinator's corrections of an import draft, replayed on the parser's JSON.

The parser's output (`PlanImport.parsed`) is never changed: each correction is a small record in
`PlanImport.corrections`, and what the preview shows and confirmation writes is the parser's JSON with the
corrections applied in order. Undoing one is removing it and replaying the rest, so any correction can be
undone until confirmation; one that no longer applies (it named an item an undone split had made) is
dropped with it. Pure functions on the JSON: no database, so the page and the confirmation agree.
"""

import copy
import re
from typing import Any

from trithuc.core.errors import ServiceError

KINDS = ("task", "note", "section")
RECURRENCES = ("yearly", "half-yearly", "quarterly", "monthly")
OPS = (
    "agency",
    "lead",
    "suggested_leads",
    "kind",
    "deadline",
    "recurrence",
    "move",
    "level",
    "merge",
    "split",
)
STRUCTURAL = {"move", "level", "merge", "split"}
_OWN_LABEL = re.compile(r"^\(?([a-zđ]|\d{1,3}|[IVXLC]{1,6})[.)\-]\s", re.I)


def corrections_apply(
    parsed: dict[str, Any] | None,
    corrections: list[dict[str, Any]],
    base_choices: dict[str, str] | None = None,
) -> tuple[dict[str, Any], dict[str, str], list[dict[str, Any]], list[dict[str, Any]]]:
    """(effective JSON, agency choices, corrections applied, corrections that no longer apply); a draft not
    parsed yet (`parsed` None) counts as an empty plan."""
    state = copy.deepcopy(parsed or {"items": [], "warnings": [], "document": {}})
    state.setdefault("items", [])
    state["renamed"] = {}
    choices = dict(base_choices or {})
    applied, dropped = [], []
    for correction in corrections:
        trial = copy.deepcopy(state)
        trial_choices = dict(choices)
        try:
            correction_apply(trial, trial_choices, correction)
        except ServiceError:
            dropped.append(correction)
            continue
        state, choices = trial, trial_choices
        applied.append(correction)
    return state, choices, applied, dropped


def correction_apply(state: dict[str, Any], choices: dict[str, str], c: dict[str, Any]) -> None:
    """Apply one correction in place; a correction that does not fit the draft raises ServiceError."""
    op = c.get("op")
    if op == "agency":
        if c.get("choice"):
            choices[c["phrase"]] = c["choice"]
        else:
            choices.pop(c["phrase"], None)
        return
    rows = state["items"]
    if op == "suggested_leads":
        suggested = suggested_lead_rows(rows)
        if not suggested:
            raise ServiceError("Không còn nhiệm vụ nào có cơ quan chủ trì gợi ý.")
        for row in suggested:  # the suggestion (the plan's coordinating body) becomes the owner as written
            row["lead_source"], row["confidence"] = "explicit", 1.0
        return
    row = _row(rows, c.get("ref"))
    if op == "kind":
        if c.get("kind") not in KINDS:
            raise ServiceError(f"Loại mục không hợp lệ ở {row['ref']}.")
        row["kind"] = c["kind"]
    elif op == "deadline":
        row["deadline"] = c.get("deadline") or None
    elif op == "recurrence":
        if c.get("recurrence") and c["recurrence"] not in RECURRENCES:
            raise ServiceError(f"Chu kỳ không hợp lệ ở {row['ref']}.")
        row["recurrence"] = c.get("recurrence") or None
    elif op == "lead":
        row["lead"] = [c["choice"]]
        row["lead_source"] = "explicit"
        row["confidence"] = 1.0
    elif op == "move":
        _move(state, row, c.get("parent") or None)
    elif op == "level":
        _level(state, row, c.get("direction"))
    elif op == "merge":
        _merge(state, row, _row(rows, c.get("into")))
    elif op == "split":
        _split(state, row, int(c.get("at") or 0))
    else:
        raise ServiceError("Loại chỉnh sửa không hợp lệ.")


def _row(rows: list[dict[str, Any]], ref: str | None) -> dict[str, Any]:
    for row in rows:
        if row["ref"] == ref:
            return row
    raise ServiceError(f"Không có mục {ref} trong bản nháp.")


def subtree(rows: list[dict[str, Any]], ref: str) -> list[str]:
    """The item and everything under it, in document order."""
    members = {ref}
    for row in rows:  # rows are in document order: a child always comes after its parent
        if row.get("parent") in members:
            members.add(row["ref"])
    return [row["ref"] for row in rows if row["ref"] in members]


def _suffix(row: dict[str, Any]) -> str:
    """What the item's own number adds to its parent's ref ("II.1.a" under "II.1" → ".a")."""
    ref: str = row["ref"]
    parent = row.get("parent")
    if parent and ref.startswith(parent) and len(ref) > len(parent):
        return ref[len(parent) :]
    last = re.split(r"(?=[.\-])", ref)[-1]
    return last if last[:1] in ".-" else "." + last


def _retitle(state: dict[str, Any], refs: list[str], suffixes: dict[str, str]) -> None:
    """New refs for moved items and their children: the parent's ref plus the item's own number, kept unique."""
    rows = state["items"]
    by_ref = {row["ref"]: row for row in rows}
    renamed: dict[str, str] = {}
    taken = {row["ref"] for row in rows if row["ref"] not in refs}
    for old in refs:  # parents first (document order)
        row = by_ref[old]
        parent = renamed.get(row.get("parent"), row.get("parent"))
        own = suffixes[old]
        new = (parent + own) if parent else own.lstrip(".-")
        while new in taken:
            new += "'"
        taken.add(new)
        renamed[old] = new
    for row in rows:
        if row["ref"] in renamed:
            row["ref"] = renamed[row["ref"]]
        if row.get("parent") in renamed:
            row["parent"] = renamed[row["parent"]]
        row["implements"] = [renamed.get(r, r) for r in row.get("implements") or []]
    _record_renames(state, renamed)


def _record_renames(state: dict[str, Any], renamed: dict[str, str]) -> None:
    """Keep, per original ref, the ref it has now (warnings and links follow their item)."""
    history = state["renamed"]
    for original, now in list(history.items()):
        if now in renamed:
            history[original] = renamed[now]
    for old, new in renamed.items():
        if old not in history.values():
            history.setdefault(old, new)


def _place(rows: list[dict[str, Any]], refs: list[str], after: str | None) -> list[dict[str, Any]]:
    """Take the rows of `refs` out and put them back right after `after` (at the end when None)."""
    moving = [row for row in rows if row["ref"] in refs]
    rest = [row for row in rows if row["ref"] not in refs]
    if after is None:
        return rest + moving
    position = next(i for i, row in enumerate(rest) if row["ref"] == after) + 1
    return rest[:position] + moving + rest[position:]


def _last_of(rows: list[dict[str, Any]], ref: str, excluding: list[str]) -> str:
    return [r for r in subtree(rows, ref) if r not in excluding][-1]


def _move(state: dict[str, Any], row: dict[str, Any], parent: str | None, after: str | None = None) -> None:
    rows = state["items"]
    moving = subtree(rows, row["ref"])
    if parent is not None:
        _row(rows, parent)
        if parent in moving:
            raise ServiceError(f"Không thể đưa mục {row['ref']} vào chính nó hoặc mục con của nó.")
    if parent == row.get("parent") and after is None:
        return
    suffixes = {ref: _suffix(_row(rows, ref)) for ref in moving}
    if after is None and parent is not None:
        after = _last_of(rows, parent, moving)
    state["items"] = _place(rows, moving, after)
    row["parent"] = parent
    _retitle(state, moving, suffixes)


def _level(state: dict[str, Any], row: dict[str, Any], direction: str | None) -> None:
    rows = state["items"]
    if direction == "up":
        if not row.get("parent"):
            raise ServiceError(f"Mục {row['ref']} đã ở cấp cao nhất.")
        parent = _row(rows, row["parent"])
        moving = subtree(rows, row["ref"])
        _move(state, row, parent.get("parent"), after=_last_of(rows, parent["ref"], moving))
    elif direction == "down":
        siblings = [r for r in rows if r.get("parent") == row.get("parent")]
        position = next(i for i, r in enumerate(siblings) if r["ref"] == row["ref"])
        if position == 0:
            raise ServiceError(f"Không có mục cùng cấp đứng trước {row['ref']} để đưa vào.")
        _move(state, row, siblings[position - 1]["ref"])
    else:
        raise ServiceError("Hướng đổi cấp không hợp lệ.")


def _merge(state: dict[str, Any], row: dict[str, Any], into: dict[str, Any]) -> None:
    rows = state["items"]
    if into["ref"] in subtree(rows, row["ref"]):
        raise ServiceError(f"Không thể gộp mục {row['ref']} vào chính nó hoặc mục con của nó.")
    into["text"] = f"{into['text'].rstrip()} {row['text'].lstrip()}".strip()
    into["span"] = [min(into["span"][0], row["span"][0]), max(into["span"][1], row["span"][1])]
    for key in ("lead", "coordinators", "implements"):
        into[key] = list(dict.fromkeys([*(into.get(key) or []), *(row.get(key) or [])]))
    if not into.get("deadline") and not into.get("recurrence"):
        for key in ("deadline", "deadline_text", "period", "recurrence", "recurrence_anchors"):
            into[key] = row.get(key)
    if into.get("lead") and into.get("lead_source") in (None, "inferred") and row.get("lead_source"):
        into["lead_source"] = row["lead_source"]
    for child in [r for r in rows if r.get("parent") == row["ref"]]:
        _move(state, child, into["ref"])
    rows = state["items"]
    state["items"] = [r for r in rows if r["ref"] != row["ref"]]
    for r in state["items"]:
        r["implements"] = [into["ref"] if x == row["ref"] else x for x in r.get("implements") or []]
        r["implements"] = [x for x in dict.fromkeys(r["implements"]) if x != r["ref"]]
    _record_renames(state, {row["ref"]: into["ref"]})


def _split(state: dict[str, Any], row: dict[str, Any], at: int) -> None:
    text = row["text"]
    first, second = text[:at].rstrip(), text[at:].strip()
    if not first or not second:
        raise ServiceError(f"Chỗ tách nằm ngoài nội dung của mục {row['ref']}.")
    rows = state["items"]
    new = copy.deepcopy(row)
    row["text"], new["text"] = first, second
    start, end = row["span"]
    if end - start == len(text):
        row["span"], new["span"] = [start, start + at], [start + at, end]
    deadline_text = row.get("deadline_text") or ""
    if deadline_text and deadline_text in second and deadline_text not in first:
        for key in ("deadline", "deadline_text", "period", "recurrence", "recurrence_anchors"):
            row[key] = None if key != "recurrence_anchors" else []
    elif deadline_text:
        for key in ("deadline", "deadline_text", "period", "recurrence"):
            new[key] = None
        new["recurrence_anchors"] = []
    new["implements"] = []
    found = _OWN_LABEL.match(second)
    own = "." + found.group(1) if found else _suffix(row)
    parent = row.get("parent")
    taken = {r["ref"] for r in rows}
    new["ref"] = (parent + own) if parent else own.lstrip(".")
    while new["ref"] in taken:
        new["ref"] += "'"
    last = subtree(rows, row["ref"])[-1]
    position = next(i for i, r in enumerate(rows) if r["ref"] == last) + 1
    rows.insert(position, new)


def split_points(text: str, limit: int = 12) -> list[tuple[int, str]]:
    """Where an item could be cut in two: after a sentence, a clause or before an inner "a)", "-", "+"."""
    points = []
    for found in re.finditer(r"(?<=[.;:])\s+(?=\S)|\s+(?=(?:[-+•]|[a-zđ]\)|\d{1,2}[.)])\s)", text):
        at = found.end()
        if 0 < at < len(text):
            points.append((at, text[at : at + 60].strip() + ("…" if len(text) - at > 60 else "")))
    return points[:limit]


KIND_LABELS = {"task": "nhiệm vụ", "note": "nội dung chung (không phải nhiệm vụ)", "section": "đề mục"}
RECURRENCE_LABELS = {
    "yearly": "hằng năm",
    "half-yearly": "6 tháng",
    "quarterly": "hằng quý",
    "monthly": "hằng tháng",
}


def suggested_lead_rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Tasks whose owner is only the parser's suggestion (an `inferred` lead), which one correction can accept."""
    return [r for r in rows if r["kind"] == "task" and r.get("lead") and r.get("lead_source") == "inferred"]


def correction_label(c: dict[str, Any], state: dict[str, Any], choice_name: str = "") -> str:
    """One Vietnamese sentence for the list of corrections, written before it is applied."""
    op, ref = c.get("op"), c.get("ref")
    target = choice_name or c.get("choice") or "giữ nguyên như văn bản"
    if op == "agency":
        return f"Cơ quan “{c.get('phrase')}” → {target}"
    if op == "lead":
        return f"Mục {ref}: chủ trì → {target}"
    if op == "suggested_leads":
        count = len(suggested_lead_rows(state.get("items", [])))
        return f"Giao chủ trì theo gợi ý cho {count} nhiệm vụ"
    if op == "kind":
        return f"Mục {ref}: đánh dấu là {KIND_LABELS.get(c.get('kind') or '', c.get('kind'))}"
    if op == "deadline":
        return f"Mục {ref}: thời hạn → {_vn_date(c.get('deadline')) or 'không có'}"
    if op == "recurrence":
        return f"Mục {ref}: định kỳ → {RECURRENCE_LABELS.get(c.get('recurrence') or '', 'không')}"
    if op == "move":
        return (
            f"Chuyển mục {ref} vào dưới mục {c['parent']}"
            if c.get("parent")
            else f"Chuyển mục {ref} lên cấp cao nhất"
        )
    if op == "level":
        return f"Mục {ref}: {'lên một cấp' if c.get('direction') == 'up' else 'xuống một cấp'}"
    if op == "merge":
        return f"Gộp mục {ref} vào mục {c.get('into')}"
    if op == "split":
        try:
            text = _row(state.get("items", []), ref)["text"]
            head = text[int(c.get("at") or 0) :].strip()[:40]
        except (ServiceError, ValueError):
            head = ""
        return f"Tách mục {ref} tại “{head}…”"
    return "Chỉnh sửa"


def _vn_date(value: str | None) -> str:
    if not value:
        return ""
    year, month, day = value.split("-")
    return f"{day}/{month}/{year}"
