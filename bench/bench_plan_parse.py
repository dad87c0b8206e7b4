"""Bench the plan parser: accuracy on the shared corpus and throughput on ~1 MB of plan text.

Prints two lines:
  plan_import: task_f1=… lead_acc=… deadline_f1=… recurrence_f1=… docs=… per_doc=slug:tasks,leads;…
      the scorer's own figures: ../shared/tools/score_plan.py run with the CLI as PARSER_CMD;
  plan_parse: mb_per_s=… ms_per_mb=… largest_mb=… ms_seed=… pdf30_s=… pdf_pages=…
      median of a few in-process runs on the corpus bodies concatenated to ~1 MB, and on the seed plan;
      pdf30_s: read_text + parse_plan on a ~30-page PDF laid out from corpus plans (goal < 5 s).
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

from planparse import parse_plan, read_text  # noqa: E402

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
        f"ms_seed={_median_ms(seed, 15):.1f} {pdf_figure()}"
    )


PDF_PAGES = 30


def pdf_figure() -> str:
    """`pdf30_s=…`: a PDF of at least PDF_PAGES pages, laid out with fpdf2 from corpus plans (letterhead, running
    footer, page numbers, ruled appendix tables: planparse/tests/pdf_maker.py), read and parsed; median of 3."""
    from planparse.tests.pdf_maker import fonts_available, plan_pdf

    if not fonts_available() or not CORPUS.exists():
        return "pdf30_s=skipped"
    import pypdfium2

    paragraphs: list[str] = []
    data, pages = b"", 0
    for path in sorted((CORPUS / "raw").glob("*.txt"), key=lambda p: -p.stat().st_size):
        paragraphs += [ln.strip() for ln in path.read_text(encoding="utf-8").split("\n") if ln.strip()]
        data = plan_pdf(paragraphs, footer="Kế hoạch thử đo tốc độ")
        pages = len(pypdfium2.PdfDocument(data))
        if pages >= PDF_PAGES:
            break
    times = []
    for _ in range(3):
        started = time.perf_counter()
        parse_plan(read_text(data, "pdf"))
        times.append(time.perf_counter() - started)
    return f"pdf30_s={statistics.median(times):.2f} pdf_pages={pages}"


def main() -> int:
    print(accuracy(), flush=True)
    print(throughput(), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
