"""Bench the plan parser: accuracy on every corpus document and throughput on ~1 MB of plan text.

Prints:
  plan_import: task_f1=… lead_acc=… deadline_f1=… recurrence_f1=… docs=…
      over every document of ../shared/corpus and of the project's corpus/ (and of any directory named in
      PLAN_CORPUS_DIRS, separated by ":"), pooled the way ../shared/tools/score_plan.py pools its overall line:
      task, deadline and recurrence counts summed over the documents before F1 (micro), lead = right/scored;
  plan_import_kept_apart: … docs=…      the same figures over the sets corpus/held-out.txt lists (no rule written
      from them: the issue's goal for plans never seen), and plan_import_seen: over every other document;
  plan_import_family: FAMILY … docs=…   the same figures over the documents of one family (source.json);
  plan_import_doc: SLUG …                one document's figures, with its counts (tasks=matched/gold got= leads=);
  plan_parse: mb_per_s=… ms_per_mb=… largest_mb=… ms_seed=… docx50_s=… pdf30_s=… pdf_pages=…
      median of a few in-process runs on the corpus bodies concatenated to ~1 MB, and on the seed plan, each
      run cold (planparse's kept answers emptied first);
      docx50_s: read_text + parse_plan of a ~50-page .docx built from the corpus text with Word's automatic
      numbering (section headings numbered through their style) and tables (goal < 2 s);
      pdf30_s: read_text + parse_plan on a ~30-page PDF laid out from corpus plans (goal < 5 s);
      docs_ms_per_mb: every corpus document parsed once, cold, time over size (real plans, no repetition).
"""

from __future__ import annotations

import functools
import importlib.util
import json
import os
import re
import shlex
import statistics
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"
PROJECT_CORPUS = ROOT / "corpus"
RESTORED = ROOT / "var" / "corpus"  # corpus/restore.py --out var/corpus
SCORER = SHARED / "tools" / "score_plan.py"
SEED_SLUG = "lamdong-kl52-2020-tri-thuc"
RUNS = 5
RAW_KINDS = (".txt", ".docx", ".pdf")  # the scorer's order: the first that exists is the document
sys.path.insert(0, str(ROOT))

from planparse import parse_plan, read_text  # noqa: E402


def corpus_dirs() -> list[Path]:
    """The shared corpus, the project's corpus/, the sets corpus/restore.py brought back into var/corpus (`make
    bench` does that where the fetched mirrors are) and any extra directory, each only if it holds gold."""
    extra = [Path(d) for d in os.environ.get("PLAN_CORPUS_DIRS", "").split(os.pathsep) if d]
    restored = sorted(p for p in RESTORED.glob("*") if p.is_dir()) if RESTORED.is_dir() else []
    return [d for d in dict.fromkeys((CORPUS, PROJECT_CORPUS, *restored, *extra)) if (d / "gold").is_dir()]


def _set_name(corpus: Path) -> str:
    """How a corpus directory is named on its `plan_import_set:` line: shared, project, or its own folder."""
    if corpus == CORPUS:
        return "shared"
    if corpus == PROJECT_CORPUS:
        return "project"
    return corpus.name


def held_out_sets() -> set[str]:
    """The sets no rule has been written from: corpus/restore.py reads `corpus/held-out.txt` for every tool."""
    spec = importlib.util.spec_from_file_location("restore", PROJECT_CORPUS / "restore.py")
    assert spec is not None and spec.loader is not None
    restore = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(restore)
    held: set[str] = restore.held_out_sets()
    return held


@functools.cache
def _scorer() -> ModuleType:
    """score_plan.py as a module, so the bench uses its matching and F1 rather than a copy of them; loaded once (the
    brittleness bench asks for it per document and rewriting)."""
    spec = importlib.util.spec_from_file_location("score_plan", SCORER)
    if spec is None or spec.loader is None:
        raise SystemExit(f"scorer missing: {SCORER}")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@dataclass
class Tally:
    """Counts of score_plan.score_doc, summable over documents (micro-averaging, as the scorer's overall)."""

    gold: int = 0
    got: int = 0
    matched: int = 0
    lead_ok: int = 0
    lead_n: int = 0
    d: list[int] = field(default_factory=lambda: [0, 0, 0])
    rc: list[int] = field(default_factory=lambda: [0, 0, 0])
    docs: int = 0

    def add(self, s: dict) -> None:
        for k in ("gold", "got", "matched", "lead_ok", "lead_n"):
            setattr(self, k, getattr(self, k) + s[k])
        self.d = [a + b for a, b in zip(self.d, s["d"], strict=True)]
        self.rc = [a + b for a, b in zip(self.rc, s["rc"], strict=True)]
        self.docs += 1

    def figures(self, f1) -> str:
        task = f1(self.matched, self.got - self.matched, self.gold - self.matched)[0]
        lead = self.lead_ok / self.lead_n if self.lead_n else 0.0
        return (
            f"task_f1={task:.3f} lead_acc={lead:.3f} deadline_f1={f1(*self.d)[0]:.3f} "
            f"recurrence_f1={f1(*self.rc)[0]:.3f}"
        )


def _parse_doc(path: Path | None) -> dict:
    """The CLI's JSON for one document, run as the scorer runs its PARSER_CMD; nothing parsed -> no items."""
    if path is None:
        return {"items": []}
    cmd = shlex.split(f"{sys.executable} -m planparse --json") + [str(path)]
    p = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    try:
        return json.loads(p.stdout)
    except json.JSONDecodeError:
        print(f"# {path.name}: no JSON (rc={p.returncode}) {p.stderr.strip()[-200:]}", file=sys.stderr)
        return {"items": []}


def document_of(corpus: Path, slug: str) -> Path | None:
    """The document a gold scores: the first of RAW_KINDS that exists in the set's raw/."""
    raw = corpus / "raw"
    return next((raw / f"{slug}{ext}" for ext in RAW_KINDS if (raw / f"{slug}{ext}").exists()), None)


def accuracy() -> list[str]:
    """Overall, per-family and per-document figures over every corpus directory."""
    dirs = corpus_dirs()
    if not SCORER.exists() or not dirs:
        return ["plan_import: docs=0 skipped=no-corpus"]
    scorer = _scorer()
    total, families, sets, doc_lines = Tally(), {}, {}, []
    held_out, kept_apart, seen = held_out_sets(), Tally(), Tally()
    golds = [(corpus, gold_path) for corpus in dirs for gold_path in sorted((corpus / "gold").glob("*.json"))]
    # each document is parsed in its own process (as the scorer's PARSER_CMD runs it), one per core at once: the
    # figures do not depend on the order, and the bench's time budget does
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        parsed = list(
            pool.map(_parse_doc, [document_of(corpus, gold_path.stem) for corpus, gold_path in golds])
        )
    for (corpus, gold_path), got in zip(golds, parsed, strict=True):
        apart = sets.setdefault(_set_name(corpus), Tally())
        slug = gold_path.stem
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        source = corpus / "raw" / f"{slug}.source.json"
        meta = json.loads(source.read_text(encoding="utf-8")) if source.exists() else {}
        family = meta.get("family") or "unknown"
        s = scorer.score_doc(got, gold)
        one = Tally()
        one.add(s)
        total.add(s)
        apart.add(s)
        (kept_apart if _set_name(corpus) in held_out else seen).add(s)
        families.setdefault(family, Tally()).add(s)
        doc_lines.append(
            f"plan_import_doc: {slug} {one.figures(scorer.f1)} "
            f"tasks={s['matched']}/{s['gold']} got={s['got']} leads={s['lead_ok']}/{s['lead_n']}"
        )
    lines = [f"plan_import: {total.figures(scorer.f1)} docs={total.docs}"]
    lines += [
        f"plan_import_{name}: {t.figures(scorer.f1)} docs={t.docs}"
        for name, t in (("kept_apart", kept_apart), ("seen", seen))
        if t.docs
    ]
    lines += [
        f"plan_import_set: {name} {t.figures(scorer.f1)} docs={t.docs}" for name, t in sets.items() if t.docs
    ]
    lines += [
        f"plan_import_family: {name.replace(' ', '_')} {t.figures(scorer.f1)} docs={t.docs}"
        for name, t in sorted(families.items())
    ]
    return lines + doc_lines


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


def _forget_answers() -> None:
    """Empty every answer planparse keeps per text (its functools caches), so that a timed run reads its text
    cold, as a worker reads a plan it has never seen, instead of reusing the answers of the run before."""
    import functools
    import gc

    for obj in gc.get_objects():
        if isinstance(obj, functools._lru_cache_wrapper) and str(getattr(obj, "__module__", "")).startswith(
            "planparse"
        ):
            obj.cache_clear()


def _median_ms(text: str, runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        _forget_answers()
        started = time.perf_counter()
        parse_plan(text)
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def corpus_ms_per_mb() -> str:
    """`docs_ms_per_mb=…`: every corpus document's text parsed once, cold, its time summed over its size: real
    plans without the repetition of the 1 MB text (each of its plans appears several times, and a plan's later
    copies find some answers already kept)."""
    from planparse import read_text

    texts = []
    for corpus in corpus_dirs():
        for gold in sorted((corpus / "gold").glob("*.json")):
            doc = document_of(corpus, gold.stem)
            if doc is not None:
                texts.append(read_text(doc.read_bytes(), doc.suffix))
    total = 0.0
    for text in texts:
        _forget_answers()
        started = time.perf_counter()
        parse_plan(text)
        total += time.perf_counter() - started
    mb = sum(len(t.encode()) for t in texts) / 1_000_000
    return f"docs_ms_per_mb={total * 1000 / mb:.0f} docs_mb={mb:.2f}" if mb else "docs_ms_per_mb=skipped"


def throughput() -> str:
    if not CORPUS.exists():
        return "plan_parse: skipped=no-corpus"
    big = megabyte_text()
    mb = len(big.encode()) / 1_000_000
    ms = _median_ms(big)
    seed = (CORPUS / "raw" / f"{SEED_SLUG}.txt").read_text(encoding="utf-8")
    return (
        f"plan_parse: mb_per_s={mb / (ms / 1000):.2f} ms_per_mb={ms / mb:.0f} largest_mb={mb:.1f} "
        f"ms_seed={_median_ms(seed, 15):.1f} {docx_speed()} {pdf_figure()} {corpus_ms_per_mb()}"
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
    for line in accuracy():
        print(line, flush=True)
    print(throughput(), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
