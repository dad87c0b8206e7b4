"""bench/corpus_table.py: the per-document figures of a bench run joined with each document's set and source.

Lives here because pytest collects planparse/tests (pyproject testpaths), not bench/.
"""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

from .conftest import corpus_slugs, load_script

ROOT = Path(__file__).resolve().parents[2]
SEED = "lamdong-kl52-2020-tri-thuc"  # a document of ../shared/corpus, always there


def _table() -> ModuleType:
    return load_script(ROOT / "bench" / "corpus_table.py")


def test_a_document_line_becomes_a_row_with_its_set_family_and_figures() -> None:
    assert SEED in corpus_slugs()  # without ../shared this stops with a clear message, not a StopIteration
    bench = (
        "plan_import: task_f1=0.900 lead_acc=0.800 deadline_f1=0.700 recurrence_f1=0.600 docs=1\n"
        "plan_import_kept_apart: task_f1=0.810 lead_acc=0.800 deadline_f1=0.700 recurrence_f1=0.600 docs=1\n"
        "plan_import_set: shared task_f1=0.900 lead_acc=0.800 deadline_f1=0.700 recurrence_f1=0.600 docs=1\n"
        f"plan_import_doc: {SEED} task_f1=0.950 lead_acc=0.875 deadline_f1=0.500 recurrence_f1=1.000 "
        "tasks=19/20 got=20 leads=7/8\n"
        "plan_import_doc: no-such-document task_f1=0.000 lead_acc=0.000 deadline_f1=0.000 recurrence_f1=0.000\n"
    )
    text = _table().markdown(bench)
    row = next(ln for ln in text.splitlines() if f"`{SEED}`" in ln)
    cells = [c.strip() for c in row.strip("|").split("|")]
    assert cells[0] == "shared"
    assert cells[2] == "prose with an assignment section"  # the family of its source.json
    assert cells[5:] == ["0.950", "0.875", "0.500", "1.000", "19/20", "20", "7/8"]
    assert "no-such-document" not in text  # a line without a corpus document is no row
    assert "`plan_import: task_f1=0.900" in text
    assert "`plan_import_kept_apart: task_f1=0.810" in text  # the goal on plans never seen, beside the whole
    assert "plan_import_set:" not in text


def test_the_held_out_sets_are_those_listed() -> None:
    listed = _table().held_out_sets()
    text = (ROOT / "corpus" / "held-out.txt").read_text(encoding="utf-8")
    assert listed and all(name in text and (ROOT / "corpus" / name / "gold").is_dir() for name in listed)
    assert not any(name.startswith("#") for name in listed)
