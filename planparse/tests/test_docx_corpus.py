"""Every corpus plan written as a Word user would (automatic numbering, tables) reads back as its text."""

from __future__ import annotations

import re

import pytest

from planparse import parse_plan, read_text
from planparse.tests.conftest import CORPUS, corpus_slugs
from planparse.tests.wordbuild import WordDoc, add_plan_text


def _lines(text: str) -> list[str]:
    """Non-blank lines with spacing normalised (the reader writes one space where the source had several)."""
    out = []
    for line in text.split("\n"):
        line = re.sub(r"\s*\|\s*", " | ", re.sub(r"\s+", " ", line)).strip()
        if line:
            out.append(line)
    return out


@pytest.mark.parametrize("slug", corpus_slugs())
def test_an_auto_numbered_corpus_plan_reads_back_as_its_text(slug: str) -> None:
    text = (CORPUS / "raw" / f"{slug}.txt").read_text(encoding="utf-8")
    doc = WordDoc()
    add_plan_text(doc, text, roman_style="MucLon")
    numbered = sum(1 for p in doc.document.paragraphs if p._p.pPr is not None and p._p.pPr.numPr is not None)
    assert numbered  # the numbers the reader must write back come from numbering.xml
    read = read_text(doc.save(), "docx")
    assert _lines(read) == _lines(text)
    ours = [(i.ref, i.kind) for i in parse_plan(read).items]
    assert ours == [(i.ref, i.kind) for i in parse_plan(text).items]
