"""A .docx as its reader sees it: Word's automatic numbering written out, body paragraphs and tables in order.

python-docx returns a paragraph's runs only; the "II.", "1.", "a)" a reader sees on the page are often Word's
automatic numbering, kept in numbering.xml (and reached through the paragraph's style), so a plan numbered that
way lost every ref. This module reads the package's XML directly (lxml, entities and network off) and:

- numbers each paragraph as Word does: numId/ilvl from the paragraph or its style (basedOn chain, a list
  level linked to the style), numId 0 = no number; abstractNum levels with num lvlOverride (startOverride, a
  whole lvl); lvlText "%1.%2."; numFmt decimal, letters (plain a..z, as Word counts, no "đ"), Roman, bullets;
  counters shared by the nums of one abstractNum, deeper levels restarting when a higher one advances
  (lvlRestart), a num with a startOverride restarting its list the first time it is used;
- reads the body only: headers, footers, footnotes, comments live in other parts; text boxes, drawings and
  mc:AlternateContent (and its fallback) are skipped; deleted (w:del, w:moveFrom) and hidden (w:vanish) text
  and field instructions are left out, inserted text kept;
- writes a table row as one line, cells joined by " | " (the corpus convention): a horizontally merged cell
  (gridSpan) once, a vertically merged continuation (vMerge) repeating the text of the cell above so each row
  stands on its own (its lead agency or deadline is the one the merged cell shows beside it); a letterhead
  or signature table (the national or party motto, "Nơi nhận") one cell per line, as the corpus writes it;
- turns a manual line break into a new line where the reader sees a new line of its own, and into a space
  where it only wraps a sentence (the next part starts in lower case, is not an item "b) …", after no closing
  punctuation); tabs become spaces.
"""

from __future__ import annotations

import io
import os
import posixpath
import re
import shutil
import signal
import subprocess
import tempfile
import unicodedata
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lxml import etree  # type: ignore[import-untyped]

from .reader import ReadError

W_MAIN = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
OFFICE_DOCUMENT = "/officeDocument"

# Inline containers whose runs are part of the paragraph's visible text.
_INLINE_WRAPPERS = {
    "hyperlink",
    "smartTag",
    "sdt",
    "sdtContent",
    "customXml",
    "fldSimple",
    "ins",
    "moveTo",
    "bdo",
    "dir",
}
# Never visible in the body: tracked deletions, text boxes and drawings, field codes, notes and comments marks.
_SKIPPED = {
    "pPr",
    "rPr",
    "del",
    "moveFrom",
    "drawing",
    "pict",
    "object",
    "txbxContent",
    "instrText",
    "delText",
    "delInstrText",
    "footnoteReference",
    "endnoteReference",
    "commentReference",
    "annotationRef",
    "sectPr",
    "proofErr",
    "bookmarkStart",
    "bookmarkEnd",
}
_SENTENCE_END = re.compile(r"[.;!?…][”\")]?\s*$")
_ITEM_START = re.compile(r"^\s*(?:[a-zđ]\)|\(?\d{1,2}[.)]|[-–—•+])\s")
# Symbol/Wingdings bullets live in the private use area; a reader sees a bullet, the parser knows "•".
_KEPT_BULLETS = "-–—+•"


class DocxStructureError(Exception):
    """The zip is not a WordprocessingML package (no main document part)."""


@dataclass
class Level:
    """One level of a list definition (w:lvl)."""

    start: int = 1
    fmt: str = "decimal"
    text: str = ""
    restart: int | None = None  # w:lvlRestart: 1-based level after which it restarts; 0 = never
    legal: bool = False  # w:isLgl: every level shown as decimal
    suffix: str = "tab"
    style: str | None = None  # w:pStyle: the paragraph style linked to this level


@dataclass
class Num:
    """A w:num: an abstractNum plus per-level overrides."""

    abstract: str
    start_overrides: dict[int, int] = field(default_factory=dict)
    level_overrides: dict[int, Level] = field(default_factory=dict)


@dataclass
class Style:
    """A paragraph style's numbering and parent."""

    based_on: str | None = None
    num_id: str | None = None
    ilvl: int | None = None


def roman(n: int) -> str:
    """1 -> I, 4 -> IV, 2025 -> MMXXV (Word writes 0 and negatives as decimal)."""
    if n <= 0:
        return str(n)
    out = []
    for value, sign in (
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ):  # fmt: skip
        count, n = divmod(n, value)
        out.append(sign * count)
    return "".join(out)


def letter(n: int) -> str:
    """Word's letter numbering: a..z, then aa..zz, aaa.. (the letter repeated), on the plain Latin alphabet."""
    if n <= 0:
        return str(n)
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def format_number(n: int, fmt: str) -> str:
    """A counter value in a w:numFmt; formats Word draws from other scripts fall back to decimal."""
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "upperRoman":
        return roman(n)
    if fmt == "lowerRoman":
        return roman(n).lower()
    if fmt == "lowerLetter":
        return letter(n)
    if fmt == "upperLetter":
        return letter(n).upper()
    if fmt == "none":
        return ""
    if fmt == "decimalEnclosedParen":
        return f"({n})"
    if fmt == "decimalEnclosedFullstop":
        return f"{n}."
    if fmt == "decimalEnclosedCircle" and 1 <= n <= 20:
        return chr(0x2460 + n - 1)
    return str(n)


def bullet_text(text: str) -> str:
    """A bullet level's glyph as the parser's bullet: "-", "–", "+" as written, any other symbol "•"."""
    glyph = text.strip()
    if not glyph:
        return ""
    return glyph if glyph in _KEPT_BULLETS else "•"


class Numbering:
    """Counters of Word's automatic numbering, advanced paragraph by paragraph in document order."""

    def __init__(
        self, abstracts: dict[str, dict[int, Level]], nums: dict[str, Num], styles: dict[str, Style]
    ):
        self.abstracts = abstracts
        self.nums = nums
        self.styles = styles
        self.counters: dict[str, dict[int, int]] = {}
        self.started: set[str] = set()

    def level(self, num_id: str, ilvl: int) -> Level | None:
        num = self.nums.get(num_id)
        if num is None:
            return None
        if ilvl in num.level_overrides:
            return num.level_overrides[ilvl]
        return self.abstracts.get(num.abstract, {}).get(ilvl)

    def start(self, num_id: str, ilvl: int) -> int:
        num = self.nums[num_id]
        if ilvl in num.start_overrides:
            return num.start_overrides[ilvl]
        lvl = self.level(num_id, ilvl)
        return lvl.start if lvl else 1

    def style_numbering(self, style_id: str | None) -> tuple[str | None, int | None]:
        """numId and ilvl a paragraph style gives, following basedOn (the nearest definition wins)."""
        num_id: str | None = None
        ilvl: int | None = None
        seen: set[str] = set()
        while style_id and style_id not in seen:
            seen.add(style_id)
            style = self.styles.get(style_id)
            if style is None:
                break
            if num_id is None and style.num_id is not None:
                num_id = style.num_id
            if ilvl is None and style.ilvl is not None:
                ilvl = style.ilvl
            style_id = style.based_on
        return num_id, ilvl

    def linked_level(self, num_id: str, style_id: str | None) -> int | None:
        """The level whose w:pStyle names this style (a heading style linked to a multilevel list)."""
        num = self.nums.get(num_id)
        if num is None or not style_id:
            return None
        for ilvl, lvl in self.abstracts.get(num.abstract, {}).items():
            if lvl.style == style_id:
                return ilvl
        return None

    def label(self, num_id: str | None, ilvl: int | None, style_id: str | None) -> str:
        """The number Word draws before this paragraph, and advance the counters ("" when unnumbered)."""
        s_num, s_ilvl = self.style_numbering(style_id)
        if num_id is None:
            num_id = s_num
        if num_id is None or num_id == "0" or num_id not in self.nums:
            return ""
        if ilvl is None:
            ilvl = s_ilvl if s_ilvl is not None else self.linked_level(num_id, style_id) or 0
        lvl = self.level(num_id, ilvl)
        if lvl is None:
            return ""
        num = self.nums[num_id]
        counters = self.counters.setdefault(num.abstract, {})
        if num_id not in self.started:
            self.started.add(num_id)
            for k in num.start_overrides:
                counters.pop(k, None)  # this list starts again at its override
        counters[ilvl] = counters[ilvl] + 1 if ilvl in counters else self.start(num_id, ilvl)
        for deeper in [k for k in counters if k > ilvl]:
            deeper_lvl = self.level(num_id, deeper)
            after = deeper_lvl.restart if deeper_lvl and deeper_lvl.restart is not None else deeper
            if after and ilvl < after:
                del counters[deeper]
        if lvl.fmt == "bullet":
            text = bullet_text(lvl.text)
        else:

            def value(m: re.Match[str]) -> str:
                k = int(m.group(1)) - 1
                n = counters[k] if k in counters else self.start(num_id, k)
                k_lvl = self.level(num_id, k)
                fmt = "decimal" if lvl.legal or k_lvl is None else k_lvl.fmt
                return format_number(n, fmt)

            text = re.sub(r"%([1-9])", value, lvl.text)
        if not text:
            return ""
        return text + ("" if lvl.suffix == "nothing" else " ")


class DocxReader:
    """Text of one .docx package; `lines()` yields the body's lines."""

    def __init__(self, data: bytes) -> None:
        self._default_style: str | None = None
        self._style_links: dict[str, str] = {}
        self._carry = ""  # text of paragraphs whose mark was deleted, joining the next paragraph
        # one parser per reader: an lxml parser must not be shared between threads (web and worker)
        self.parser = etree.XMLParser(
            resolve_entities=False, no_network=True, huge_tree=False, remove_comments=True
        )
        self.archive = zipfile.ZipFile(io.BytesIO(data))
        self.names = set(self.archive.namelist())
        main = self._main_part()
        root = self._xml(main)
        if root is None:
            raise DocxStructureError(main)
        ns = etree.QName(root).namespace
        if ns not in (W_MAIN, W_STRICT):  # a workbook or presentation under a .docx name
            raise DocxStructureError(main)
        self.w = f"{{{ns}}}"
        rels = self._relationships(main)
        styles = self._styles(self._xml(rels.get("styles", "word/styles.xml")))
        abstracts, nums = self._numbering(self._xml(rels.get("numbering", "word/numbering.xml")))
        self.numbering = Numbering(abstracts, nums, styles)
        self._resolve_style_links()
        body = root.find(f"{self.w}body")
        self.body = body if body is not None else root

    # ---- package ------------------------------------------------------------------------------------------

    def _xml(self, name: str) -> Any:
        if name not in self.names:
            return None
        return etree.fromstring(self.archive.read(name), self.parser)

    def _main_part(self) -> str:
        rels = self._xml("_rels/.rels")
        if rels is not None:
            for rel in rels.iter(f"{{{REL_NS}}}Relationship"):
                if rel.get("Type", "").endswith(OFFICE_DOCUMENT):
                    return str(rel.get("Target", "")).lstrip("/")
        return "word/document.xml"

    def _relationships(self, part: str) -> dict[str, str]:
        """styles / numbering part names by relationship type, relative to the main part."""
        folder, name = posixpath.split(part)
        rels = self._xml(posixpath.join(folder, "_rels", name + ".rels"))
        out: dict[str, str] = {}
        if rels is None:
            return out
        for rel in rels.iter(f"{{{REL_NS}}}Relationship"):
            kind = rel.get("Type", "").rsplit("/", 1)[-1]
            target = str(rel.get("Target", ""))
            if kind in ("styles", "numbering") and rel.get("TargetMode") != "External":
                path = target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target)
                out[kind] = posixpath.normpath(path)
        return out

    def _val(self, el: Any, child: str) -> str | None:
        found = el.find(f"{self.w}{child}") if el is not None else None
        return None if found is None else found.get(f"{self.w}val")

    def _int(self, el: Any, child: str) -> int | None:
        value = self._val(el, child)
        return _to_int(value)

    def _num_pr(self, ppr: Any) -> tuple[str | None, int | None]:
        num_pr = ppr.find(f"{self.w}numPr") if ppr is not None else None
        if num_pr is None:
            return None, None
        return self._val(num_pr, "numId"), self._int(num_pr, "ilvl")

    def _styles(self, root: Any) -> dict[str, Style]:
        out: dict[str, Style] = {}
        if root is None:
            return out
        for el in root.iter(f"{self.w}style"):
            if el.get(f"{self.w}type") not in ("paragraph", "numbering"):  # a numbering style: numStyleLink
                continue
            style_id = el.get(f"{self.w}styleId")
            if not style_id:
                continue
            num_id, ilvl = self._num_pr(el.find(f"{self.w}pPr"))
            out[style_id] = Style(self._val(el, "basedOn"), num_id, ilvl)
            if el.get(f"{self.w}default") in ("1", "true", "on"):
                self._default_style = style_id
        return out

    def _level(self, el: Any) -> Level:
        restart = self._int(el, "lvlRestart")
        start = self._int(el, "start")
        text = self._val(el, "lvlText") or ""
        if not text and el.find(f"{self.w}lvlPicBulletId") is not None:
            text = "•"  # a picture bullet
        return Level(
            start=1 if start is None else start,
            fmt=self._val(el, "numFmt") or "decimal",
            text=text,
            restart=restart,
            legal=self._on(el.find(f"{self.w}isLgl")),
            suffix=self._val(el, "suff") or "tab",
            style=self._val(el, "pStyle"),
        )

    def _numbering(self, root: Any) -> tuple[dict[str, dict[int, Level]], dict[str, Num]]:
        abstracts: dict[str, dict[int, Level]] = {}
        links: dict[str, str] = {}
        nums: dict[str, Num] = {}
        if root is None:
            return abstracts, nums
        for el in root.iter(f"{self.w}abstractNum"):
            aid = el.get(f"{self.w}abstractNumId")
            levels = {}
            for lvl in el.findall(f"{self.w}lvl"):
                levels[_to_int(lvl.get(f"{self.w}ilvl")) or 0] = self._level(lvl)
            abstracts[aid] = levels
            link = self._val(el, "numStyleLink")
            if link:
                links[aid] = link
        for el in root.iter(f"{self.w}num"):
            num = Num(self._val(el, "abstractNumId") or "")
            for override in el.findall(f"{self.w}lvlOverride"):
                ilvl = _to_int(override.get(f"{self.w}ilvl")) or 0
                start = self._int(override, "startOverride")
                if start is not None:
                    num.start_overrides[ilvl] = start
                lvl = override.find(f"{self.w}lvl")
                if lvl is not None:
                    num.level_overrides[ilvl] = self._level(lvl)
            nums[el.get(f"{self.w}numId")] = num
        self._style_links = links
        return abstracts, nums

    def _resolve_style_links(self) -> None:
        """An abstractNum with numStyleLink takes its levels from the list its numbering style points to."""
        n = self.numbering
        for aid, style_id in self._style_links.items():
            target_num, _ = n.style_numbering(style_id)
            target = n.nums.get(target_num or "")
            if target and target.abstract != aid and target.abstract in n.abstracts:
                for num in n.nums.values():
                    if num.abstract == aid:
                        num.abstract = target.abstract

    # ---- body -----------------------------------------------------------------------------------------------

    def lines(self) -> Iterator[str]:
        """The body's paragraphs and table rows, in order."""
        yield from self._blocks(self.body)
        yield from self._flush()

    def _local(self, el: Any) -> str:
        tag = el.tag
        return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""

    def _flush(self) -> Iterator[str]:
        """Text of a deleted paragraph mark with no paragraph after it to join."""
        if self._carry.strip():
            yield self._carry.strip()
        self._carry = ""

    def _blocks(self, container: Any) -> Iterator[str]:
        for el in container:
            tag = self._local(el)
            if tag == "p":
                text = self._paragraph(el, in_table=False)
                if text is not None:
                    yield text
            elif tag == "tbl":
                yield from self._flush()
                yield from self._table(el)
            elif tag in ("sdt", "sdtContent", "customXml", "ins", "moveTo"):
                yield from self._blocks(el)

    def _paragraph(self, p: Any, *, in_table: bool) -> str | None:
        """The paragraph's text with its number, None for a deleted paragraph; breaks as described above."""
        ppr = p.find(f"{self.w}pPr")
        parts: list[str] = []
        self._runs(p, parts)
        text = self._join_breaks(parts, in_table)
        mark = ppr.find(f"{self.w}rPr") if ppr is not None else None
        if mark is not None and mark.find(f"{self.w}del") is not None:
            # A deleted paragraph mark: what is left of the paragraph joins the next one (which keeps its own
            # mark, so its number and style); a paragraph deleted whole leaves no line and takes no number.
            self._carry += text
            return None
        text, self._carry = self._carry + text, ""
        num_id, ilvl = self._num_pr(ppr)
        style = self._val(ppr, "pStyle") or self._default_style
        return self.numbering.label(num_id, ilvl, style) + text.strip()

    def _runs(self, el: Any, parts: list[str]) -> None:
        """Visible text pieces; a break is the marker "\n"."""
        w = self.w
        for child in el:
            tag = self._local(child)
            if not tag or tag in _SKIPPED or etree.QName(child).namespace == MC:
                continue
            if tag == "r":
                rpr = child.find(f"{w}rPr")
                if rpr is not None and self._on(rpr.find(f"{w}vanish")):
                    continue
                self._runs(child, parts)
            elif tag == "t":
                parts.append(child.text or "")
            elif tag in ("tab", "ptab"):
                parts.append(" ")
            elif tag in ("br", "cr"):
                parts.append("\n")
            elif tag == "noBreakHyphen":
                parts.append("-")
            elif tag == "sym":
                parts.append(_symbol(child.get(f"{w}char", "")))
            elif tag in _INLINE_WRAPPERS:
                self._runs(child, parts)

    def _on(self, el: Any) -> bool:
        return el is not None and el.get(f"{self.w}val", "true") not in ("0", "false", "off")

    @staticmethod
    def _join_breaks(parts: list[str], in_table: bool) -> str:
        """Lines of a paragraph: a break is a new line when a new line starts there, else a space."""
        segments = re.split(r"\n+", re.sub(r"[ \t\u00a0]{2,}", " ", "".join(parts)))
        out = ""
        for seg in segments:
            if not seg.strip():
                continue
            if not out:
                out = seg
            elif in_table or _wraps(out, seg):
                out = out.rstrip() + " " + seg.strip()
            else:
                out = out.rstrip() + "\n" + seg.strip()
        return out

    # ---- tables ---------------------------------------------------------------------------------------------

    def _wrapped(self, el: Any, tag: str) -> Iterator[Any]:
        """Children with this tag, also inside content controls and custom XML wrappers."""
        for child in el:
            local = self._local(child)
            if local == tag:
                yield child
            elif local in ("sdt", "sdtContent", "customXml"):
                yield from self._wrapped(child, tag)

    def _cell_paragraphs(self, tc: Any) -> list[str]:
        """A cell's non-empty paragraphs (with their numbers); a nested table's rows as paragraphs."""
        pieces: list[str] = []
        for el in tc:
            tag = self._local(el)
            if tag == "p":
                text = self._paragraph(el, in_table=True)
                if text and text.strip():
                    pieces.append(text.strip())
            elif tag == "tbl":
                pieces.extend(self._flush())
                pieces.extend(row.replace(" | ", " ") for row in self._table(el))
            elif tag in ("sdt", "sdtContent", "customXml"):
                pieces.extend(self._cell_paragraphs(el))
        pieces.extend(self._flush())
        return pieces

    def _frame(self, tbl: Any) -> bool:
        """Every row one cell, and a table inside one of them."""
        rows = list(self._wrapped(tbl, "tr"))
        if not rows or any(len(list(self._wrapped(tr, "tc"))) != 1 for tr in rows):
            return False
        return any(self._local(el) == "tbl" for tr in rows for tc in self._wrapped(tr, "tc") for el in tc)

    def _table(self, tbl: Any) -> Iterator[str]:
        """One line per row, cells joined by " | "; a letterhead or signature table one cell per line."""
        w = self.w
        if self._frame(tbl):
            # a one-column table that holds another table is a frame drawn round the content (a boxed
            # appendix, a page laid out in a cell): the reader reads what is inside as paragraphs and rows
            for tr in self._wrapped(tbl, "tr"):
                for tc in self._wrapped(tr, "tc"):
                    yield from self._blocks(tc)
                    yield from self._flush()
            return
        rows: list[list[tuple[list[str], bool]]] = []  # cells: (paragraphs, is a vertical-merge continuation)
        above: dict[int, list[str]] = {}  # grid column -> paragraphs of the cell that starts there
        for tr in self._wrapped(tbl, "tr"):
            trpr = tr.find(f"{w}trPr")
            if trpr is not None and trpr.find(f"{w}del") is not None:
                continue
            col = (self._int(trpr, "gridBefore") or 0) if trpr is not None else 0
            cells: list[tuple[list[str], bool]] = []
            current: dict[int, list[str]] = {}
            for tc in self._wrapped(tr, "tc"):
                tcpr = tc.find(f"{w}tcPr")
                span = max(1, self._int(tcpr, "gridSpan") or 1) if tcpr is not None else 1
                vmerge = tcpr.find(f"{w}vMerge") if tcpr is not None else None
                continued = vmerge is not None and vmerge.get(f"{w}val", "continue") == "continue"
                paragraphs = above.get(col, []) if continued else self._cell_paragraphs(tc)
                current[col] = paragraphs
                cells.append((paragraphs, continued))
                col += span
            above = current
            rows.append(cells)
        if rows and _is_layout(rows[0]):
            yield from _layout_lines(rows)
            return
        for cells in rows:
            texts = [" ".join(paragraphs) for paragraphs, _ in cells]
            while texts and not texts[-1]:
                texts.pop()
            if texts:
                yield " | ".join(texts)


# The national motto heads every state document's letterhead, the party's its own (Nghị định 30/2020/NĐ-CP,
# Hướng dẫn 36-HD/VPTW); the signature block starts with the distribution list "Nơi nhận".
_MOTTO = re.compile(r"CỘNG\s+H(?:ÒA|OÀ)\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM|ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM")
_SIGNATURE = re.compile(r"^\s*NƠI\s+NHẬN")


def _is_layout(first_row: list[tuple[list[str], bool]]) -> bool:
    """A letterhead or signature table: laid out in two columns, read cell by cell, not as a data row."""
    cells = [unicodedata.normalize("NFC", " ".join(paragraphs)).upper() for paragraphs, _ in first_row]
    return any(_MOTTO.search(c) for c in cells) or bool(cells and _SIGNATURE.match(cells[0]))


def _layout_lines(rows: list[list[tuple[list[str], bool]]]) -> Iterator[str]:
    """Cell by cell, row by row (the corpus convention); upper-case paragraphs of one cell are one heading
    broken over lines ("ỦY BAN NHÂN DÂN" / "TỈNH …") and join, other paragraphs stay lines of their own."""
    for cells in rows:
        for paragraphs, continued in cells:
            if continued:
                continue
            line = ""
            for para in paragraphs:
                if line and line.upper() == line and para.upper() == para:
                    line += " " + para
                else:
                    if line:
                        yield line
                    line = para
            if line:
                yield line


def docx_text(data: bytes) -> str:
    """The text a reader sees in a .docx: one paragraph or table row per line."""
    return "\n".join(DocxReader(data).lines())


def _symbol(char: str) -> str:
    """A w:sym character; a symbol font's private-use glyph (a tick, a box) has no text."""
    code = int(char, 16) if re.fullmatch(r"[0-9A-Fa-f]{2,4}", char) else 0
    return chr(code) if 0x20 <= code < 0xE000 else ""


def _to_int(value: str | None) -> int | None:
    """A number attribute; a malformed one (hand-edited or generated files) is None, not an error."""
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def _wraps(before: str, after: str) -> bool:
    """A manual break inside a sentence: what follows starts in lower case, is not an item ("b) …", "- …") and
    what precedes did not end a sentence or clause (a label "Thời gian:" does continue on the next line)."""
    return after.lstrip()[:1].islower() and not _ITEM_START.match(after) and not _SENTENCE_END.search(before)


# ---- old Word files ----------------------------------------------------------------------------------------

DOC_CONVERT_TIMEOUT = 60.0  # seconds; LibreOffice converts a real plan in a few
_SAVE_AS_DOCX = (
    "hãy mở tệp bằng Word, gỡ mật khẩu nếu có, chọn Lưu thành (Save As) định dạng .docx rồi tải lên lại."
)
NO_CONVERTER = (
    "Tệp Word cũ (.doc) hoặc tệp Word có mật khẩu chưa đọc được vì máy chủ chưa cài LibreOffice để chuyển đổi; "
    + _SAVE_AS_DOCX
)
CONVERT_FAILED = (
    "Không chuyển được tệp Word cũ (.doc) sang .docx (tệp hỏng hoặc có mật khẩu); " + _SAVE_AS_DOCX
)
CONVERT_TIMEOUT = "Chuyển tệp Word cũ (.doc) sang .docx quá lâu nên đã dừng; " + _SAVE_AS_DOCX


class LegacyWordError(ReadError):
    """An old binary Word file (.doc) that could not be converted; the message says to save it as .docx."""


def converter() -> str | None:
    """LibreOffice's command on PATH, if installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def doc_to_docx(data: bytes, *, timeout: float = DOC_CONVERT_TIMEOUT) -> bytes:
    """Convert an old .doc with `soffice --headless --convert-to docx` in a private temporary directory.

    The child runs in its own process group with its own LibreOffice profile (parallel conversions do not
    wait on one profile lock); on timeout the whole group is killed, so no soffice.bin is left behind.
    """
    command = converter()
    if command is None:
        raise LegacyWordError(NO_CONVERTER)
    with tempfile.TemporaryDirectory(prefix="planparse-doc-") as tmp:
        folder = Path(tmp)
        source, out = folder / "ke-hoach.doc", folder / "out"
        source.write_bytes(data)
        out.mkdir()
        args = [
            command,
            f"-env:UserInstallation={(folder / 'profile').as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            "docx",
            "--outdir",
            str(out),
            str(source),
        ]
        try:
            child = subprocess.Popen(
                args,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                cwd=tmp,
                start_new_session=True,
            )
        except OSError as exc:
            raise LegacyWordError(CONVERT_FAILED) from exc
        try:
            child.wait(timeout=timeout)
        except subprocess.TimeoutExpired as exc:
            _kill_group(child)
            raise LegacyWordError(CONVERT_TIMEOUT) from exc
        result = out / "ke-hoach.docx"
        if child.returncode != 0 or not result.is_file() or not zipfile.is_zipfile(result):
            raise LegacyWordError(CONVERT_FAILED)
        return result.read_bytes()


def _kill_group(child: subprocess.Popen[bytes]) -> None:
    try:
        os.killpg(child.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        child.kill()
    child.wait()


__all__ = [
    "DocxReader",
    "DocxStructureError",
    "LegacyWordError",
    "Numbering",
    "doc_to_docx",
    "docx_text",
    "format_number",
    "letter",
    "roman",
]
