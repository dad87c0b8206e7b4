"""List every deadline the parser reads otherwise than the gold on a matched task, document by document.

    PYTHONPATH=. .venv/bin/python bench/deadline_misses.py [--figures] [SET ...]

Round 61: the scorer tallies deadlines per ref (gold's set of dates against the parsed items' set); this prints each
matched ref where the two differ, with what a reader sees: the gold's `deadline_text`, the parsed item's timing phrase
and date, the start of the text and the chain of headings above it. `date` = both dated, other dates; `missed` = the
gold has a date, the parser none; `extra` = the parser dates what the gold leaves undated. --figures prints each
document's scorer counts (tasks, leads, deadlines and recurrences) instead, to compare two parsers. Sets corpus/held-out.txt lists are never read.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_plan_parse import _scorer  # noqa: E402
from recurrence_misses import parsed_seen, print_misses  # noqa: E402


def _chain(item: dict, by_ref: dict[str, dict]) -> str:
    """The headings above an item, outermost first, each cut short."""
    out, seen, ref = [], set(), item.get("parent")
    while ref and ref in by_ref and ref not in seen:
        seen.add(ref)
        up = by_ref[ref]
        out.append(
            f"{ref} {(up.get('text') or '')[:60]!r}"
            + (f" [{up.get('deadline_text')}]" if up.get("deadline_text") else "")
        )
        ref = up.get("parent")
    return " < ".join(out)


def _misses(gold: dict, parsed: dict, norm_ref) -> list[str]:
    gold_by: dict[str, list[dict]] = {}
    got_by: dict[str, list[dict]] = {}
    for t in gold["tasks"]:
        gold_by.setdefault(norm_ref(t["ref"]), []).append(t)
    items = parsed.get("items", [])
    by_ref = {i.get("ref"): i for i in items if i.get("ref")}
    for i in items:
        if (i.get("kind") or "task") == "task":
            got_by.setdefault(norm_ref(i.get("ref")), []).append(i)
    out = []
    for ref in sorted(set(gold_by) & set(got_by)):
        gts, its = gold_by[ref], got_by[ref]
        want = {t["deadline"] for t in gts if t.get("deadline")}
        have = {i["deadline"] for i in its if i.get("deadline")}
        if want == have:
            continue
        how = "missed" if not have else "extra" if not want else "date"
        out.append(f"  {ref}: {how} gold={sorted(want)} got={sorted(have)}")
        out += [f"    gold: {t.get('deadline_text')!r} | {t['text'][:110]}" for t in gts]
        for i in its:
            out.append(
                f"    got:  {i.get('deadline_text')!r} {i.get('period')!r} | {(i.get('text') or '')[:110]}"
            )
            out.append(f"    under: {_chain(i, by_ref)}")
    return out


def _figures(gold: dict, parsed: dict) -> dict:
    """The scorer's counts for one document (tasks, leads, deadline and recurrence tp/fp/fn)."""
    return _scorer().score_doc(parsed, gold)


def main(argv: list[str]) -> int:
    sets = [a for a in argv if a != "--figures"]
    if "--figures" not in argv:
        print_misses(sets, _misses)
        return 0
    for label, gold, parsed in parsed_seen(sets):
        print(json.dumps({"doc": label, **_figures(gold, parsed)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
