"""Render a web copy (Markdown) to the corpus .txt conventions: one paragraph per line.

usage: python corpus/heldout/md2txt.py SOURCE.md [SOURCE.source.json] > DIR/raw/<slug>.txt

Always: hard line wraps are joined, bold/italic marks dropped, each cell of the multi-line letterhead and signature
tables (cells separated by a line holding only "|") becomes one line, one-line Markdown table rows become
"a | b | c" with empty trailing cells dropped; the text is NFC.

With a render spec (the `render` object of a source.json, line numbers of the Markdown blob, 1-based, ranges
inclusive), the general conversions of the shared conventions are added (rules such as "-------" dropped, heading
marks "#" dropped) and the document's own choices are applied as data:
  keep   [a, b]         only these lines (site chrome before and after dropped)
  drop   [[a, b], ...]  lines dropped (chrome inside, appendices left out)
  join   [n, ...]       line n continues the paragraph before it, across blank lines and cell boundaries
  break  [n, ...]       line n starts a paragraph
  reflow [[a, b], ...]  lines hard-wrapped without blank lines: a paragraph starts at a "-"/"+" bullet, at a line
                        opening with bold ("**", a heading), after a paragraph that is all bold and after a line
                        ending a sentence ("."); a paragraph's first line holding only a list marker ("1.", "-")
                        joins the next
  tables [{"lines": [a, b], "cols": [n1, n2, ..., n]}, ...]
                        a multi-line table ("|" before every cell and after the last) written one row per line
                        with " | ": row k has cols[k] cells, the last count repeating. Its rows cannot be read from
                        the Markdown alone (an empty cell and a row end are both an empty "|" line), so the counts
                        are data; each row must end where two "|" lines meet, or the spec is refused.
Without a spec the rendering is the first version's (rules kept), whose bytes the held-out sets record.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path
from typing import Any

RULE = re.compile(r"-{3,}|_{3,}|={3,}")
HEADING_MARK = re.compile(r"#{1,6}(?:\s+|$)")
LIST_MARK = re.compile(r"(?:[-+]|\d+(?:\.\d+)*\.?|[a-zđ]\)|[IVX]+\.)")
BULLET = re.compile(r"[-+](?:\s|$)")
ALL_BOLD = re.compile(r"\*\*[^*]+\*\*")


def _clean(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("**", "").replace("*", "")).strip()


def _row(s: str) -> str | None:
    """A one-line Markdown table row as "a | b | c" (None for a separator row or an empty one)."""
    cells = [_clean(c) for c in s.strip("|").split("|")]
    if all(re.fullmatch(r"-*", c) for c in cells):
        return None
    while cells and not cells[-1]:
        cells.pop()
    return " | ".join(cells) if cells else None


def render(src: str, spec: dict[str, Any] | None = None) -> str:
    if spec is None:
        return _render_plain(src)
    return _render_spec(src.split("\n"), spec)


def _render_plain(src: str) -> str:
    out: list[str] = []
    para: list[str] = []

    def flush() -> None:
        text = _clean(" ".join(para))
        if text:
            out.append(text)
        para.clear()

    for line in src.split("\n"):
        s = line.rstrip()
        if s.strip() == "|":  # cell boundary of a multi-line letterhead/signature table
            flush()
            continue
        if s.startswith("|") and s.endswith("|") and s.count("|") > 2:  # a one-line Markdown table row
            flush()
            row = _row(s)
            if row is not None:
                out.append(row)
            continue
        if not s.strip():
            flush()
            continue
        para.append(s.strip())
    flush()
    return unicodedata.normalize("NFC", "\n".join(out)) + "\n"


def _lines(spans: list[list[int]]) -> set[int]:
    return {n for a, b in spans for n in range(a, b + 1)}


def _table_rows(lines: list[str], first: int, last: int, cols: list[int]) -> list[str]:
    """Rows of the multi-line table on blob lines first..last (1-based), cols[k] cells in row k."""
    if lines[first - 1].strip() != "|" or lines[last - 1].strip() != "|":
        raise ValueError(f"table {first}-{last}: must start and end with a '|' line")
    cells: list[str] = []
    cur: list[str] = []
    for s in (x.strip() for x in lines[first : last - 1]):
        if s == "|":
            cells.append(_clean(" ".join(cur)))
            cur = []
        elif not RULE.fullmatch(s):
            cur.append(s)
    cells.append(_clean(" ".join(cur)))
    rows: list[str] = []
    i = 0
    while i < len(cells):
        n = cols[min(len(rows), len(cols) - 1)]
        row = cells[i : i + n]
        if len(row) < n:
            raise ValueError(f"table {first}-{last}: row {len(rows) + 1} has {len(row)} cells, not {n}")
        i += n
        if i < len(cells):
            if cells[i]:
                raise ValueError(f"table {first}-{last}: row {len(rows) + 1} does not end where two '|' meet")
            i += 1
        while row and not row[-1]:
            row.pop()
        rows.append(" | ".join(row))
    return [r for r in rows if r]


def _starts_paragraph(prev: str, para: list[str], cur: str) -> bool:
    """In a reflow range: does the text line `cur` start a paragraph after `prev` (the raw lines of `para`)?"""
    before = _clean(prev)
    if len(para) == 1 and LIST_MARK.fullmatch(before):  # "1." or "-" alone opening a paragraph
        return False
    if BULLET.match(cur) or cur.startswith("**"):
        return True
    if ALL_BOLD.fullmatch(" ".join(para)):
        return True
    return before.endswith(".")


def _render_spec(lines: list[str], spec: dict[str, Any]) -> str:
    first, last = spec.get("keep", [1, len(lines)])
    dropped = _lines(spec.get("drop", []))
    joins, breaks = set(spec.get("join", [])), set(spec.get("break", []))
    reflow = _lines(spec.get("reflow", []))
    tables = {t["lines"][0]: t for t in spec.get("tables", [])}
    out: list[str] = []
    para: list[str] = []
    boundary = False  # a blank line or a cell boundary since the last text line

    def flush() -> None:
        text = _clean(" ".join(para))
        if text:
            out.append(text)
        para.clear()

    n = first
    while n <= last:
        if n in dropped:
            n += 1
            continue
        if n in tables:
            flush()
            a, b = tables[n]["lines"]
            out.extend(_table_rows(lines, a, b, tables[n]["cols"]))
            boundary, n = True, b + 1
            continue
        s = HEADING_MARK.sub("", lines[n - 1].strip(), count=1)
        if not s or s == "|":
            boundary = True
        elif RULE.fullmatch(s) or not _clean(s):  # a rule, or emphasis marks alone ("** **")
            pass
        elif s.startswith("|") and s.endswith("|") and s.count("|") > 2:
            flush()
            row = _row(s)
            if row is not None:
                out.append(row)
            boundary = True
        else:
            if n in joins:
                new = False
            elif boundary or n in breaks:
                new = True
            else:
                new = n in reflow and bool(para) and _starts_paragraph(para[-1], para, s)
            if new:
                flush()
            para.append(s)
            boundary = False
        n += 1
    flush()
    return unicodedata.normalize("NFC", "\n".join(out)) + "\n"


if __name__ == "__main__":
    source = json.loads(Path(sys.argv[2]).read_text(encoding="utf-8")) if len(sys.argv) > 2 else {}
    sys.stdout.write(render(Path(sys.argv[1]).read_text(encoding="utf-8"), source.get("render")))
