"""The seed plan: tree, refs, spans, and agreement with its gold annotation (computed, not hard-coded)."""

from __future__ import annotations

import importlib.util
import json
from types import ModuleType
from typing import Any

import jsonschema
import pytest

from planparse import ParsedPlan, parse_plan

from .conftest import CORPUS, SCHEMA, SHARED, corpus_slugs


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("score_plan", SHARED / "tools" / "score_plan.py")
    if spec is None or spec.loader is None:
        pytest.fail("scorer missing: ../shared/tools/score_plan.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def seed_plan(seed_text: str) -> ParsedPlan:
    return parse_plan(seed_text)


def test_sections_and_refs(seed_plan: ParsedPlan) -> None:
    sections = [i for i in seed_plan.items if i.parent is None]
    assert [s.ref for s in sections] == ["I", "II", "III"]
    assert [s.text for s in sections if s.kind == "section"] == [
        "MỤC ĐÍCH, YÊU CẦU",
        "NHIỆM VỤ VÀ GIẢI PHÁP",
        "TỔ CHỨC THỰC HIỆN",
    ]
    refs = {i.ref for i in seed_plan.items}
    assert {"II.2.đ", "III.3", "III.8.b", "II.5"} <= refs
    assert seed_plan.item("II.2.đ") is not None and seed_plan.item("II.2.đ").parent == "II.2"  # type: ignore[union-attr]


def test_kinds(seed_plan: ParsedPlan) -> None:
    kinds = {i.ref: i.kind for i in seed_plan.items}
    assert kinds["I.1"] == kinds["I.3"] == "note"
    assert kinds["II.1"] == kinds["III.7"] == "section"
    assert kinds["II.1.a"] == kinds["III.3"] == "task"
    closing = [i for i in seed_plan.items if i.ref.endswith("[closing]")]
    assert closing and closing[0].kind == "note"


def test_spans_contain_text(seed_plan: ParsedPlan, seed_text: str) -> None:
    for item in seed_plan.items:
        a, b = item.span
        assert 0 <= a < b <= len(seed_text)
        assert item.text in seed_text[a:b], item.ref


def test_against_gold(seed_plan: ParsedPlan, seed_gold: dict[str, Any]) -> None:
    sp = _scorer()
    got = {sp.norm_ref(i.ref): i for i in seed_plan.tasks()}
    gold = {sp.norm_ref(t["ref"]): t for t in seed_gold["tasks"]}
    assert set(got) == set(gold)
    for ref, t in gold.items():
        item = got[ref]
        if t["lead_source"] in ("explicit", "section_III"):
            assert sp.sets_match(t["lead"], item.lead), (ref, t["lead"], item.lead)
        assert (item.deadline.date.isoformat() if item.deadline.date else None) == t["deadline"], ref
        assert item.deadline.recurrence == t["recurrence"], ref
        if t["lead_source"] == "section_III":
            assert item.lead_source == "section_III" and item.confidence is not None
            assert 0.0 <= item.confidence <= 1.0


def test_links_cover_gold(seed_plan: ParsedPlan, seed_gold: dict[str, Any]) -> None:
    """Most gold links are found (the linker is generic, so a few extra or missing links are tolerated)."""
    got = {(i.ref, t) for i in seed_plan.items for t in i.implements}
    gold = {(r, t) for r, ts in seed_gold["links"].items() for t in ts}
    assert len(got & gold) / len(gold) >= 0.8


def test_metadata(seed_plan: ParsedPlan) -> None:
    doc = seed_plan.document
    assert doc.type == "Kế hoạch"
    assert doc.issuer == "Ủy ban nhân dân tỉnh Lâm Đồng"
    assert doc.title and doc.title.startswith("Kế hoạch thực hiện Kết luận số 52-KL/TW")
    cited = {(d.number, d.date.isoformat() if d.date else None, d.issuer) for d in doc.based_on}
    assert ("52-KL/TW", "2019-05-30", "Ban Bí thư") in cited
    assert ("142/QĐ-TTg", "2020-01-21", "Thủ tướng Chính phủ") in cited
    assert ("09-NQ/TU", "2017-04-18", "Tỉnh ủy Lâm Đồng") in cited
    assert ("582/QĐ-UBND", "2018-03-30", "UBND tỉnh") in cited
    assert any(w.code == "missing_number" for w in seed_plan.warnings)


def test_agency_matcher_canonicalises(seed_text: str) -> None:
    plan = parse_plan(
        seed_text, agency_matcher=lambda n: "Sở KH&CN" if "Khoa học và Công nghệ" in n else None
    )
    assert plan.item("III.1.a").lead == ["Sở KH&CN"]  # type: ignore[union-attr]
    assert any(a.known for a in plan.agencies) and any(a.known is False for a in plan.agencies)
    assert any(w.code == "unmatched_agency" for w in plan.warnings)


@pytest.mark.parametrize("slug", corpus_slugs())
def test_corpus_validates_against_schema(slug: str) -> None:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    text = (CORPUS / "raw" / f"{slug}.txt").read_text(encoding="utf-8")
    plan = parse_plan(text)
    data = plan.to_dict()
    jsonschema.validate(data, schema)
    for item in data["items"]:
        assert item["text"] in text[item["span"][0] : item["span"][1]]
    json.dumps(data, ensure_ascii=False)


def test_link_precision_on_seed(seed_plan: ParsedPlan, seed_gold: dict[str, Any]) -> None:
    """Links pass their owner and overdue status on: precision first (every link found is a gold link)."""
    got = {(i.ref, t) for i in seed_plan.items for t in i.implements}
    gold = {(r, t) for r, ts in seed_gold["links"].items() for t in ts}
    assert got <= gold, sorted(got - gold)
    assert len(got) >= 0.85 * len(gold)


def test_a_megabyte_parses_whole() -> None:
    """~1 MB of concatenated plan bodies parses into every copy's tasks. Its speed is measured by `make bench`
    (plan_parse: mb_per_s), never by a timed assertion here."""
    import re

    bodies = []
    for slug in corpus_slugs():
        text = (CORPUS / "raw" / f"{slug}.txt").read_text(encoding="utf-8")
        bodies.append(re.split(r"\n(?:Nơi nhận|PHỤ LỤC)", text)[0])
    one = "\n".join(bodies) + "\n"
    copies = 1_000_000 // len(one.encode()) + 1
    plan = parse_plan(one * copies)
    assert len(plan.tasks()) > 1000
    assert len(plan.tasks()) >= copies * len(parse_plan(one).tasks()) * 0.9
