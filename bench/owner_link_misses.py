"""List every lead miss where the assignment section gives the owner, with the duties a reader weighs, document by
document; or every document's figures, to compare two versions of the parser.

    PYTHONPATH=. .venv/bin/python bench/owner_link_misses.py [--figures] [--jobs N] [SET ...]

Round 59: round 56 sorted the seen lead misses by kind; the largest kind is an item the parser gives to the duty of
another body of the assignment section ("Tổ chức thực hiện": "1. Sở X: chủ trì …; 2. Sở Y: …") than the body the gold
names. Each miss prints its kind, `linked` (the parsed item's owner came from a duty, `section_III`, and is another
body) or `unlinked` (the gold gives a duty's body, the parser links none), the gold's and the parsed owners, the start
of the item's text, then the assignment duties by their similarity to the item (the five nearest, and any of the
gold's body further down), each with its rank, similarity, body and opening words, `*` marking the gold's body and `>`
the duties the parser linked; round 73: a last line under each miss, and a count at the end, say where the gold body's
nearest duty stands (first, second or third, further, none: `_bucket`). `--figures` prints one JSON line per document
instead (set, slug, the scorer's counts), so that two versions' outputs can be compared line by line. The directories
`bench_plan_parse.corpus_dirs()` finds are read, but never a set corpus/held-out.txt lists.
"""

from __future__ import annotations

import json
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_plan_parse import _scorer  # noqa: E402
from recurrence_misses import seen_documents  # noqa: E402

from planparse import parse_plan, read_text  # noqa: E402
from planparse.linker import similarity  # noqa: E402
from planparse.model import PlanItem  # noqa: E402

SHOWN = 5  # duties shown per miss, nearest first


def _documents(sets: list[str]) -> list[tuple[str, Path, Path]]:
    """(set, gold, raw document) of every seen document, in the order of `corpus_dirs`."""
    return seen_documents(sets)


def _duty_lines(item: PlanItem, glead: list[str], duties: list[PlanItem], same) -> list[str]:
    """The duties nearest the item (and any of the gold's body), one line each; the last line names the rank of the
    gold body's nearest duty (`_bucket`)."""
    texts = []
    for d in duties:
        text = d.text
        for name in d.lead + d.coordinators:
            text = text.replace(name, " ")
        texts.append(text)
    row = similarity([item.text], texts)[0]
    order = sorted(range(len(duties)), key=lambda j: (-row.get(j, 0.0), j))
    lines = []
    nearest: int | None = None
    for rank, j in enumerate(order):
        d = duties[j]
        gold_body = any(same(g, x) for g in glead for x in d.lead)
        if gold_body and nearest is None:
            nearest = rank + 1
        if rank >= SHOWN and not gold_body:
            continue
        mark = ("*" if gold_body else " ") + (">" if item.ref in d.implements else " ")
        lines.append(f"    {mark}{rank + 1:>3} {row.get(j, 0.0):.2f} {d.ref} {d.lead} | {d.text[:100]}")
    lines.append(f"    gold body's nearest duty: {_bucket(nearest)}")
    return lines


def _bucket(rank: int | None) -> str:
    """Round 73: where the gold body's nearest duty stands among the duties nearest the item — first (the parser
    weighed another body more), second or third (a near rival won), further (the gold reads a duty the words hardly
    share), none (no duty of the gold's body: a pointer, a heading, or a body the section does not name)."""
    if rank is None:
        return "none"
    return "1" if rank == 1 else "2-3" if rank <= 3 else "4+"


def _one(job: tuple[str, Path, Path], figures: bool) -> tuple[str, list[str]]:
    set_name, gold_path, doc = job
    scorer = _scorer()
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    plan = parse_plan(read_text(doc.read_bytes(), doc.suffix.lstrip(".")))
    parsed = plan.to_dict()
    key = f"{set_name}/{gold_path.stem}"
    if figures:
        s = scorer.score_doc(parsed, gold)
        return key, [json.dumps({"doc": key, **s}, ensure_ascii=False)]
    items = list(plan.items)  # every item, in reading order (children are listed too)
    duties = [i for i in items if i.kind == "task" and i.category == "assignment" and i.lead]
    got_by: dict[str, list[PlanItem]] = {}
    for i in items:
        if i.kind == "task":
            got_by.setdefault(scorer.norm_ref(i.ref), []).append(i)
    lines: list[str] = []
    for t in gold["tasks"]:
        its = got_by.get(scorer.norm_ref(t["ref"]), [])
        glead = t["lead"] if t.get("lead_source") in ("explicit", "section_III", "table") else []
        if not its or not glead:
            continue
        got = [x for i in its for x in i.lead]
        if scorer.sets_match(glead, got):
            continue
        sources = {i.lead_source for i in its}
        if "section_III" in sources:
            kind = "linked"
        elif t.get("lead_source") == "section_III" and duties:
            kind = "unlinked"
        else:
            continue
        lines.append(f"  {t['ref']}: {kind} gold={glead} got={got} ({'/'.join(map(str, sources))})")
        lines.append(f"    item: {its[0].text[:140]}")
        lines += _duty_lines(its[0], glead, duties, scorer.same_agency)
    return key, lines


def main(argv: list[str]) -> int:
    figures = "--figures" in argv
    jobs = 1
    if "--jobs" in argv:
        jobs = int(argv[argv.index("--jobs") + 1])
    sets = [a for k, a in enumerate(argv) if not a.startswith("--") and (k == 0 or argv[k - 1] != "--jobs")]
    docs = _documents(sets)
    if jobs > 1:
        with ProcessPoolExecutor(jobs) as pool:
            results = list(pool.map(_one, docs, [figures] * len(docs)))
    else:  # in this process (a test loads the script by path, so its functions cannot be sent to workers)
        results = [_one(doc, figures) for doc in docs]
    counts: dict[str, int] = {}
    ranks: dict[str, int] = {}
    for key, lines in results:
        if not lines:
            continue
        if figures:
            print("\n".join(lines))
            continue
        print(key)
        print("\n".join(lines))
        for ln in lines:
            if ln.startswith("  ") and not ln.startswith("    "):
                kind = ln.split(": ", 2)[1].split()[0]
                counts[kind] = counts.get(kind, 0) + 1
            elif ln.startswith("    gold body's nearest duty: "):
                bucket = ln.rsplit(" ", 1)[1]
                ranks[bucket] = ranks.get(bucket, 0) + 1
    if not figures:
        print("# " + " ".join(f"{k}={v}" for k, v in sorted(counts.items())))
        order = ["1", "2-3", "4+", "none"]
        print("# gold body's nearest duty: " + " ".join(f"{k}={ranks[k]}" for k in order if k in ranks))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
