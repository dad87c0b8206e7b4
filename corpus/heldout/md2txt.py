"""Render a held-out web copy (Markdown) to the corpus .txt conventions: one paragraph per line.

usage: python corpus/heldout/md2txt.py SOURCE.md > DIR/raw/<slug>.txt
Hard line wraps are joined, bold/italic marks dropped, each cell of the multi-line letterhead and signature tables
(cells separated by a line holding only "|") becomes one line, one-line Markdown table rows become "a | b | c"
with empty trailing cells dropped; the text is NFC.
"""

import re
import sys
import unicodedata
from pathlib import Path


def _clean(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("**", "").replace("*", "")).strip()


def render(src: str) -> str:
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
            cells = [_clean(c) for c in s.strip("|").split("|")]
            if all(re.fullmatch(r"-*", c) for c in cells):
                continue
            while cells and not cells[-1]:
                cells.pop()
            if cells:
                out.append(" | ".join(cells))
            continue
        if not s.strip():
            flush()
            continue
        para.append(s.strip())
    flush()
    return unicodedata.normalize("NFC", "\n".join(out)) + "\n"


if __name__ == "__main__":
    sys.stdout.write(render(Path(sys.argv[1]).read_text(encoding="utf-8")))
