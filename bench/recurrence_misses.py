"""List every recurrence the parser misses, adds or reads with another period, document by document.

    PYTHONPATH=. .venv/bin/python bench/recurrence_misses.py [SET ...]

Round 48: the scorer counts recurrence per ref (gold's set of cycles against the parsed items' set, an extra item not
counted); this prints each ref where the two differ, with what a reader sees (the gold's `deadline_text` and the start of
its text, the parsed item's timing phrase and text), so that misses can be sorted by the wording that causes them.
`missed` = the item lacks a cycle the gold has (and adds none), `extra` = the item adds a cycle the gold lacks (and
misses none), `wrong` = both; `unmatched` marks a gold task no parsed item has the ref of (its miss is a task miss first).
The directories `bench_plan_parse.corpus_dirs()` finds are read, but never a set corpus/held-out.txt lists.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_plan_parse import _scorer, _set_name, corpus_dirs, document_of, held_out_sets  # noqa: E402

from planparse import parse_plan, read_text  # noqa: E402


def _misses(gold: dict, parsed: dict, norm_ref) -> list[str]:
    """The lines of one document: a head line per ref whose cycles differ, then the gold's and the item's timing."""
    gold_by: dict[str, list[dict]] = {}
    got_by: dict[str, list[dict]] = {}
    for t in gold["tasks"]:
        gold_by.setdefault(norm_ref(t["ref"]), []).append(t)
    for i in parsed.get("items", []):
        if (i.get("kind") or "task") == "task":
            got_by.setdefault(norm_ref(i.get("ref")), []).append(i)
    out = []
    for ref in sorted(set(gold_by) | set(got_by)):
        gts, its = gold_by.get(ref, []), got_by.get(ref, [])
        if its and not gts:
            continue  # an extra item: the scorer counts it against task precision only
        want = {t["recurrence"] for t in gts if t.get("recurrence")}
        have = {i["recurrence"] for i in its if i.get("recurrence")}
        if want == have:
            continue
        how = "missed" if have < want else "extra" if want < have else "wrong"
        out.append(f"  {ref}: {how} gold={sorted(want)} got={sorted(have)}{'' if its else ' unmatched'}")
        out += [f"    gold: {t.get('deadline_text')!r} | {t['text'][:120]}" for t in gts]
        out += [f"    got:  {i.get('deadline_text')!r} | {(i.get('text') or '')[:120]}" for i in its]
    return out


def seen_documents(sets: list[str]) -> list[tuple[str, Path, Path]]:
    """(set, gold, original) of every document of the sets not kept apart (of `sets` only, when given), in the order
    of `corpus_dirs`; a document whose original is not restored is left out. Shared by the misses listings."""
    apart = held_out_sets()
    out = []
    for corpus in corpus_dirs():
        name = _set_name(corpus)
        if name in apart or (sets and name not in sets):
            continue
        for gold_path in sorted((corpus / "gold").glob("*.json")):
            doc = document_of(corpus, gold_path.stem)
            if doc is not None:
                out.append((name, gold_path, doc))
    return out


def parsed_seen(sets: list[str]) -> Iterator[tuple[str, dict, dict]]:
    """("set/slug", gold, parse JSON) of every seen document of `seen_documents`: the loop each listing runs."""
    for name, gold_path, doc in seen_documents(sets):
        parsed = parse_plan(read_text(doc.read_bytes(), doc.suffix.lstrip("."))).to_dict()
        yield f"{name}/{gold_path.stem}", json.loads(gold_path.read_text(encoding="utf-8")), parsed


def print_misses(sets: list[str], misses: Callable[[dict, dict, Callable[[str], str]], list[str]]) -> None:
    """Each seen document's name over its lines of `misses(gold, parsed, norm_ref)`, when it has any."""
    norm_ref = _scorer().norm_ref
    for label, gold, parsed in parsed_seen(sets):
        lines = misses(gold, parsed, norm_ref)
        if lines:
            print(label)
            print("\n".join(lines))


def main(argv: list[str]) -> int:
    print_misses(argv, _misses)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
