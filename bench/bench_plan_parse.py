"""Bench the plan parser: accuracy on the shared corpus and throughput on ~1 MB of plan text.

Prints two lines:
  plan_import: task_f1=… lead_acc=… deadline_f1=… recurrence_f1=… docs=… per_doc=slug:tasks,leads;…
      the scorer's own figures: ../shared/tools/score_plan.py run with the CLI as PARSER_CMD;
  plan_parse: mb_per_s=… ms_per_mb=… largest_mb=… ms_seed=… docx50_s=…
      median of a few in-process runs on the corpus bodies concatenated to ~1 MB, and on the seed plan;
      docx50_s: read_text + parse_plan of a ~50-page .docx built from the corpus text with Word's automatic
      numbering (section headings numbered through their style) and tables (goal < 2 s).
"""

from __future__ import annotations

import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"
SCORER = SHARED / "tools" / "score_plan.py"
SEED_SLUG = "lamdong-kl52-2020-tri-thuc"
RUNS = 5
sys.path.insert(0, str(ROOT))

from planparse import parse_plan  # noqa: E402

_DOC_LINE = re.compile(r"^(\S+): tasks (\d+)/(\d+) .*?lead (\d+)/(\d+)")
_OVERALL = re.compile(r"^overall: (task_f1=\S+ lead_acc=\S+ deadline_f1=\S+ recurrence_f1=\S+ docs=\d+)")


def accuracy() -> str:
    """The scorer's overall figures and per-document tasks/leads, from running score_plan.py on the CLI."""
    if not SCORER.exists() or not CORPUS.exists():
        return "plan_import: docs=0 skipped=no-corpus"
    cmd = f"{sys.executable} -m planparse --json"
    out = subprocess.run(
        [sys.executable, str(SCORER), cmd, str(CORPUS)], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    per_doc, overall = [], None
    for line in out.splitlines():
        if m := _DOC_LINE.match(line):
            slug = m.group(1).split("-")[0]
            per_doc.append(f"{slug}:{m.group(2)}/{m.group(3)},{m.group(4)}/{m.group(5)}")
        elif m := _OVERALL.match(line):
            overall = m.group(1)
    if overall is None:
        raise SystemExit(f"scorer printed no overall line:\n{out}")
    return f"plan_import: {overall} per_doc={';'.join(per_doc)}"


def megabyte_text() -> str:
    """Corpus plans concatenated to ~1 MB: bodies first, then their appendices (no renumbering)."""
    bodies, appendices = [], []
    for path in sorted((CORPUS / "raw").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        body, _, rest = text.partition("\nPHỤ LỤC")
        bodies.append(re.split(r"\nNơi nhận", body)[0])
        if rest:
            appendices.append("PHỤ LỤC" + rest)
    body, appendix = "\n".join(bodies) + "\n", "\n".join(appendices) + "\n"
    n = 1
    while len(((body * n) + (appendix * n)).encode()) < 1_000_000:
        n += 1
    return body * n + appendix * n


def _median_ms(text: str, runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        parse_plan(text)
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def throughput() -> str:
    if not CORPUS.exists():
        return "plan_parse: skipped=no-corpus"
    big = megabyte_text()
    mb = len(big.encode()) / 1_000_000
    ms = _median_ms(big)
    seed = (CORPUS / "raw" / f"{SEED_SLUG}.txt").read_text(encoding="utf-8")
    return (
        f"plan_parse: mb_per_s={mb / (ms / 1000):.2f} ms_per_mb={ms / mb:.0f} largest_mb={mb:.1f} "
        f"ms_seed={_median_ms(seed, 15):.1f} {docx_speed()}"
    )


DOCX_PAGES = 50
PAGE_CHARS = 2800  # an A4 page of a plan in 13-14 pt Times New Roman


def numbered_docx(pages: int = DOCX_PAGES) -> bytes:
    """Corpus plans as one .docx whose numbers are Word's: "I."/"1."/"-"/"+" as list levels (the Roman level
    through a paragraph style), tables with STT cells numbered by Word and merged group rows, each plan its
    own list (see planparse/tests/wordbuild.add_plan_text). As in `megabyte_text`, bodies (cut at "Nơi
    nhận", which ends a plan's reading) come first and appendices after, cycled until `pages` pages."""
    from planparse.tests.wordbuild import WordDoc, add_plan_text

    bodies, appendices = [], []
    for path in sorted((CORPUS / "raw").glob("*.txt")):
        body, _, rest = path.read_text(encoding="utf-8").partition("\nPHỤ LỤC")
        bodies.append(re.split(r"\nNơi nhận", body)[0])
        if rest:
            appendices.append("PHỤ LỤC" + rest)
    plans = bodies + appendices
    doc = WordDoc()
    budget, k = pages * PAGE_CHARS, 0
    while budget > 0:
        budget -= add_plan_text(doc, plans[k % len(plans)], roman_style=f"Muc{k}", budget=budget)
        k += 1
    return doc.save()


def docx_speed(runs: int = 3) -> str:
    """docx50_s=…: median seconds to read and parse the ~50-page numbered .docx."""
    from planparse import read_text

    data = numbered_docx()
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        parse_plan(read_text(data, "docx"))
        times.append(time.perf_counter() - started)
    return f"docx50_s={statistics.median(times):.2f}"


def main() -> int:
    print(accuracy(), flush=True)
    print(throughput(), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
