"""Every corpus document is scoreable: its original is there and its gold follows the corpus README's schema.

The bench pools ../shared/corpus with the project's corpus/; a gold with a duplicate ref, a deadline that is
not ISO or a family missing from source.json would silently skew those figures, so each is checked here.
"""

from __future__ import annotations

import copy
import datetime
import json
import re
from pathlib import Path
from typing import Any

import pytest

from .conftest import CORPUS

PROJECT_CORPUS = Path(__file__).resolve().parents[2] / "corpus"
RAW_KINDS = (".txt", ".docx", ".pdf")
TASK_KEYS = ("ref", "text", "lead", "coordinators", "deadline_text", "deadline", "recurrence", "lead_source")
RECURRENCES = {None, "yearly", "half-yearly", "quarterly", "monthly"}
LEAD_SOURCES = {"explicit", "section_III", "table", "inferred"}
SOURCE_KEYS = ("title", "issuer", "number", "date", "source", "format_notes", "family")
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_ISO_PARTIAL = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


def _is_iso_day(value: Any) -> bool:
    if not isinstance(value, str) or not _ISO_DAY.fullmatch(value):
        return False
    try:
        datetime.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _str_list(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(x, str) and x.strip() for x in value)


def task_problems(task: dict[str, Any]) -> list[str]:
    """What is wrong with one gold task (empty when it follows the README)."""
    ref = task.get("ref", "?")
    out = [f"{ref}: missing {k}" for k in TASK_KEYS if k not in task]
    if out:
        return out
    if not isinstance(task["ref"], str) or not task["ref"].strip():
        out.append(f"{ref}: empty ref")
    if not isinstance(task["text"], str) or not task["text"].strip():
        out.append(f"{ref}: empty text")
    for key in ("lead", "coordinators"):
        if not _str_list(task[key]):
            out.append(f"{ref}: {key} is not a list of names")
    if task["deadline"] is not None and not _is_iso_day(task["deadline"]):
        out.append(f"{ref}: deadline {task['deadline']!r} is not an ISO date")
    if task["deadline_text"] is not None and not isinstance(task["deadline_text"], str):
        out.append(f"{ref}: deadline_text is neither text nor null")
    if task["deadline"] is not None and task["deadline_text"] is None:
        out.append(f"{ref}: a deadline with no deadline_text")
    if task["recurrence"] not in RECURRENCES:
        out.append(
            f"{ref}: recurrence {task['recurrence']!r} not in {sorted(r for r in RECURRENCES if r)} or null"
        )
    if task["lead_source"] not in LEAD_SOURCES:
        out.append(f"{ref}: lead_source {task['lead_source']!r} not in {sorted(LEAD_SOURCES)}")
    if task["lead_source"] == "inferred" and not task.get("note"):
        out.append(f"{ref}: an inferred lead needs a note saying why")
    anchors = task.get("recurrence_anchors")
    if anchors is not None and (not _str_list(anchors) or task["recurrence"] is None):
        out.append(f"{ref}: recurrence_anchors need a recurrence and must be a list of text")
    return out


def gold_problems(gold: dict[str, Any], slug: str) -> list[str]:
    """What is wrong with one gold file: its keys, unique refs and each task."""
    out = []
    if gold.get("doc") != slug:
        out.append(f"doc is {gold.get('doc')!r}, not the file's slug {slug!r}")
    if not _str_list(gold.get("sections")):
        # empty when the document has no headings (a letter of numbered requests), as the shared README allows
        out.append("sections must list the top-level headings")
    if not _str_list(gold.get("agencies")):
        out.append("agencies must be a list of names")
    if not isinstance(gold.get("annotation_notes"), str):
        out.append("annotation_notes missing")
    tasks = gold.get("tasks")
    if not isinstance(tasks, list) or not tasks:
        return [*out, "no tasks"]
    refs = [t.get("ref") for t in tasks]
    out += [f"ref {r!r} annotated twice" for r in sorted({r for r in refs if refs.count(r) > 1}, key=str)]
    for task in tasks:
        out += task_problems(task)
    return out


def source_problems(source: dict[str, Any]) -> list[str]:
    """What is wrong with a raw/<slug>.source.json: the README's keys, an ISO date and a family."""
    out = [f"source.json lacks {k}" for k in SOURCE_KEYS if k not in source]
    for key in ("title", "issuer", "source", "family"):
        if key in source and not (isinstance(source[key], str) and source[key].strip()):
            out.append(f"source.json {key} is empty")
    if "date" in source and not (isinstance(source["date"], str) and _ISO_PARTIAL.fullmatch(source["date"])):
        out.append(f"source.json date {source['date']!r} is not ISO")
    family = source.get("family")
    if isinstance(family, str) and ("(" in family or len(family) > 40):
        # the bench pools documents by family: a description instead of a kind makes one line per document
        out.append(
            f"source.json family {family[:40]!r}… describes the document; name its kind (details in format_notes)"
        )
    return out


def document_problems(corpus: Path, slug: str) -> list[str]:
    """Everything the bench needs of one document: one original, its provenance and a valid gold."""
    raw = corpus / "raw"
    originals = [raw / f"{slug}{ext}" for ext in RAW_KINDS if (raw / f"{slug}{ext}").exists()]
    out = []
    if not originals:
        out.append(f"no raw/{slug}.txt, .docx or .pdf")
    elif len(originals) > 1:
        out.append(f"a text rendering beside an original: {[p.name for p in originals]}")
    elif originals[0].stat().st_size == 0:
        out.append(f"{originals[0].name} is empty")
    source = raw / f"{slug}.source.json"
    if source.exists():
        out += source_problems(json.loads(source.read_text(encoding="utf-8")))
    else:
        out.append(f"no raw/{slug}.source.json")
    return out + gold_problems(
        json.loads((corpus / "gold" / f"{slug}.json").read_text(encoding="utf-8")), slug
    )


def _documents() -> list[Any]:
    return [
        pytest.param(CORPUS, gold.stem, id=f"shared/{gold.stem}")
        for gold in sorted((CORPUS / "gold").glob("*.json"))
    ]


def _project_golds() -> list[Path]:
    """The project's sets (corpus/<set>/gold/), whose originals are not in git: restore.py brings them back."""
    return sorted(PROJECT_CORPUS.glob("*/gold/*.json"))


@pytest.mark.parametrize(("corpus", "slug"), _documents())
def test_corpus_document_is_scoreable(corpus: Path, slug: str) -> None:
    assert document_problems(corpus, slug) == []


@pytest.mark.parametrize("gold", _project_golds(), ids=lambda p: f"{p.parent.parent.name}/{p.stem}")
def test_project_gold_and_provenance(gold: Path) -> None:
    """Each project gold follows the README's schema, and its sources/<slug>.source.json gives the provenance and a
    family the bench can pool by (the original itself is checked by restore.py against its hash)."""
    source = gold.parent.parent / "sources" / f"{gold.stem}.source.json"
    problems = gold_problems(json.loads(gold.read_text(encoding="utf-8")), gold.stem)
    if source.is_file():
        problems += source_problems(json.loads(source.read_text(encoding="utf-8")))
    else:
        problems.append(f"no sources/{gold.stem}.source.json")
    assert problems == []


def test_project_corpus_is_found() -> None:
    """The project's sets are where the check above looks (a moved folder would leave it checking nothing)."""
    assert len(_project_golds()) >= 200


def test_project_corpus_slugs_are_new() -> None:
    """A slug in both corpora, or in two project sets, would be scored twice by the bench under one name."""
    shared = {p.stem for p in (CORPUS / "gold").glob("*.json")}
    project = [p.stem for p in _project_golds()]
    assert not shared & set(project)
    assert len(project) == len(set(project))


_GOOD_TASK = {
    "ref": "II.1",
    "text": "Tổ chức tuyên truyền",
    "lead": ["Sở Tư pháp"],
    "coordinators": [],
    "deadline_text": "Quý IV/2025",
    "deadline": "2025-12-31",
    "recurrence": None,
    "lead_source": "explicit",
}
_GOOD_GOLD = {
    "doc": "x",
    "sections": ["I. MỤC ĐÍCH"],
    "tasks": [_GOOD_TASK],
    "agencies": ["Sở Tư pháp"],
    "annotation_notes": "",
}


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda g: g["tasks"].append(dict(_GOOD_TASK)), "annotated twice"),
        (lambda g: g["tasks"][0].update(deadline="31/12/2025"), "not an ISO date"),
        (lambda g: g["tasks"][0].update(deadline="2025-02-30"), "not an ISO date"),
        (lambda g: g["tasks"][0].update(recurrence="weekly"), "recurrence"),
        (lambda g: g["tasks"][0].update(lead="Sở Tư pháp"), "lead is not a list"),
        (lambda g: g["tasks"][0].update(lead_source="inferred"), "needs a note"),
        (lambda g: g["tasks"][0].pop("lead_source"), "missing lead_source"),
        (lambda g: g.update(doc="y"), "not the file's slug"),
        (lambda g: g.update(tasks=[]), "no tasks"),
    ],
)
def test_gold_check_finds_each_fault(change: Any, expected: str) -> None:
    gold = copy.deepcopy(_GOOD_GOLD)
    assert gold_problems(gold, "x") == []
    change(gold)
    assert any(expected in p for p in gold_problems(gold, "x"))


def test_document_check_needs_one_original_and_a_family(tmp_path: Path) -> None:
    (tmp_path / "raw").mkdir()
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "x.json").write_text(json.dumps(_GOOD_GOLD), encoding="utf-8")
    source = {k: "2025-11-20" if k == "date" else "a" for k in SOURCE_KEYS}
    (tmp_path / "raw" / "x.source.json").write_text(json.dumps(source), encoding="utf-8")
    assert any("no raw/x.txt" in p for p in document_problems(tmp_path, "x"))
    (tmp_path / "raw" / "x.docx").write_bytes(b"PK\x03\x04")
    assert document_problems(tmp_path, "x") == []
    (tmp_path / "raw" / "x.txt").write_text("KẾ HOẠCH", encoding="utf-8")
    assert any("beside an original" in p for p in document_problems(tmp_path, "x"))
    (tmp_path / "raw" / "x.txt").unlink()
    del source["family"]
    (tmp_path / "raw" / "x.source.json").write_text(json.dumps(source), encoding="utf-8")
    assert document_problems(tmp_path, "x") == ["source.json lacks family"]
    source["family"] = "letter assigning tasks (a dispatch: eight numbered items)"
    (tmp_path / "raw" / "x.source.json").write_text(json.dumps(source), encoding="utf-8")
    assert any("name its kind" in p for p in document_problems(tmp_path, "x"))
