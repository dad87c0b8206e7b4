"""Build real .docx files with Word's automatic numbering for tests (python-docx plus WordprocessingML by hand).

`WordDoc` starts from python-docx's template with its list definitions removed, then adds abstractNum/num
definitions, paragraph styles that carry numbering, paragraphs with w:numPr, tables with merged cells, and
the odd structures (text boxes, tracked changes) a real plan file holds. `save()` gives the .docx bytes.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from typing import Any

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
# Namespaces of the raw paragraphs tests write (text boxes come as mc:AlternateContent, wps and VML).
RAW_NS = (
    f'xmlns:w="{W}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)


@dataclass
class Lvl:
    """One list level: numFmt, lvlText ("%1.", "%1.%2.", "(%1)"), start, optional lvlRestart / suffix / pStyle."""

    fmt: str
    text: str
    start: int = 1
    restart: int | None = None
    suffix: str | None = None
    style: str | None = None
    legal: bool = False
    picture: bool = False  # a picture bullet (w:lvlPicBulletId) with no text
    font: str | None = None  # the label's font (w:rPr/w:rFonts): Word's round bullet is "\uf0b7" in Symbol
    indent: tuple[int, int] | None = None  # (left, hanging) in twips: where the text and the number stand

    def xml(self, ilvl: int) -> str:
        parts = [f'<w:start w:val="{self.start}"/>', f'<w:numFmt w:val="{self.fmt}"/>']
        if self.restart is not None:
            parts.append(f'<w:lvlRestart w:val="{self.restart}"/>')
        if self.style:
            parts.append(f'<w:pStyle w:val="{self.style}"/>')
        if self.legal:
            parts.append("<w:isLgl/>")
        if self.picture:
            parts.append('<w:lvlPicBulletId w:val="0"/>')
        if self.suffix:
            parts.append(f'<w:suff w:val="{self.suffix}"/>')
        parts.append(f'<w:lvlText w:val="{self.text}"/><w:lvlJc w:val="left"/>')
        if self.indent:
            parts.append(f'<w:pPr><w:ind w:left="{self.indent[0]}" w:hanging="{self.indent[1]}"/></w:pPr>')
        if self.font:
            f = self.font
            parts.append(f'<w:rPr><w:rFonts w:ascii="{f}" w:hAnsi="{f}" w:hint="default"/></w:rPr>')
        return f'<w:lvl w:ilvl="{ilvl}">{"".join(parts)}</w:lvl>'


# The usual outline of a Vietnamese plan: I. / 1. / a) / - / +
PLAN_LEVELS = [
    Lvl("upperRoman", "%1."),
    Lvl("decimal", "%2."),
    Lvl("lowerLetter", "%3)"),
    Lvl("bullet", "-"),
    Lvl("bullet", "+"),
]


class WordDoc:
    """A python-docx document plus list definitions and numbered paragraphs."""

    def __init__(self) -> None:
        self.document: Any = docx.Document()
        self.numbering: Any = self.document.part.numbering_part.element
        for child in list(self.numbering):
            self.numbering.remove(child)
        self._abstracts = 0
        self._nums = 0
        self.style_num: dict[str, int] = {}  # numbered style -> its numId

    # ---- definitions ----------------------------------------------------------------------------------------

    def abstract(self, levels: list[Lvl], *, style_link: str | None = None) -> int:
        """Add an abstractNum with these levels (ilvl 0, 1, …), or one that takes its levels from a numbering
        style (w:numStyleLink); returns its id."""
        aid = self._abstracts
        self._abstracts += 1
        body = "".join(lvl.xml(i) for i, lvl in enumerate(levels))
        if style_link:
            body = f'<w:numStyleLink w:val="{style_link}"/>' + body
        el = parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{aid}">'
            f'<w:multiLevelType w:val="multilevel"/>{body}</w:abstractNum>'
        )
        first_num = self.numbering.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(el)  # schema order: every abstractNum before the nums
        else:
            self.numbering.append(el)
        return aid

    def num(
        self,
        abstract_id: int,
        *,
        start_overrides: dict[int, int] | None = None,
        level_overrides: dict[int, Lvl] | None = None,
    ) -> int:
        """Add a w:num for an abstractNum, with optional lvlOverride (startOverride and/or a whole lvl)."""
        self._nums += 1
        num_id = self._nums
        overrides = ""
        for ilvl in sorted(set(start_overrides or {}) | set(level_overrides or {})):
            inner = ""
            if start_overrides and ilvl in start_overrides:
                inner += f'<w:startOverride w:val="{start_overrides[ilvl]}"/>'
            if level_overrides and ilvl in level_overrides:
                inner += level_overrides[ilvl].xml(ilvl)
            overrides += f'<w:lvlOverride w:ilvl="{ilvl}">{inner}</w:lvlOverride>'
        self.numbering.append(
            parse_xml(
                f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>'
                f"{overrides}</w:num>"
            )
        )
        return num_id

    def list(self, levels: list[Lvl]) -> int:
        """An abstractNum and one num for it; returns the numId."""
        return self.num(self.abstract(levels))

    def style(
        self,
        style_id: str,
        *,
        num_id: int | None = None,
        ilvl: int | None = None,
        based_on: str | None = None,
        kind: str = "paragraph",
    ) -> None:
        """A paragraph (or numbering) style, optionally numbered (w:numPr in its pPr) and based on another."""
        num_pr = ""
        if num_id is not None:
            self.style_num[style_id] = num_id
        if num_id is not None or ilvl is not None:
            inner = "" if ilvl is None else f'<w:ilvl w:val="{ilvl}"/>'
            inner += "" if num_id is None else f'<w:numId w:val="{num_id}"/>'
            num_pr = f"<w:pPr><w:numPr>{inner}</w:numPr></w:pPr>"
        parent = f'<w:basedOn w:val="{based_on}"/>' if based_on else ""
        self.document.styles.element.append(
            parse_xml(
                f'<w:style {nsdecls("w")} w:type="{kind}" w:styleId="{style_id}">'
                f'<w:name w:val="{style_id}"/>{parent}{num_pr}</w:style>'
            )
        )

    # ---- content ----------------------------------------------------------------------------------------------

    def para(
        self, text: str = "", num_id: int | None = None, ilvl: int | None = None, style: str | None = None
    ) -> Any:
        """A paragraph; numId/ilvl go into its w:numPr, `style` into w:pStyle. Returns the w:p element."""
        p = self.document.add_paragraph(text)._p
        set_numbering(p, num_id, ilvl, style)
        return p

    def xml_para(self, inner: str) -> Any:
        """A paragraph from raw WordprocessingML content (runs, w:ins, w:del, text boxes …)."""
        p = parse_xml(f"<w:p {RAW_NS}>{inner}</w:p>")
        self.document.element.body.find(qn("w:sectPr")).addprevious(p)
        return p

    def table(self, rows: list[list[str]]) -> Any:
        """A table with these texts; returns the python-docx Table (merge or number its cells after)."""
        table = self.document.add_table(rows=len(rows), cols=max(len(r) for r in rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                table.rows[r].cells[c].text = text
        return table

    def letterhead(self, issuer: list[str], number: str, place_date: str) -> None:
        """The two-column letterhead table of a Vietnamese state document (issuer over two paragraphs)."""
        table = self.table([["", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"], [number, place_date]])
        cell = table.cell(0, 0)
        cell.text = issuer[0]
        for line in issuer[1:]:
            cell.add_paragraph(line)
        table.cell(0, 1).add_paragraph("Độc lập - Tự do - Hạnh phúc")

    def save(self) -> bytes:
        buffer = io.BytesIO()
        self.document.save(buffer)
        return buffer.getvalue()


_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}


def roman_value(numeral: str) -> int:
    """ "XIV" -> 14."""
    values = [_ROMAN_VALUES[c] for c in numeral]
    return sum(-v if i + 1 < len(values) and values[i + 1] > v else v for i, v in enumerate(values))


class AutoNumber:
    """Picks the w:num that makes Word draw a typed number: the list goes on when the number is the next one,
    otherwise a new num of the same list with a startOverride at that number (Word's "Set numbering value")."""

    def __init__(self, doc: WordDoc, abstract_id: int) -> None:
        self.doc, self.abstract = doc, abstract_id
        self.num = doc.num(abstract_id)
        self.counters: dict[int, int] = {}

    def use(self, level: int, n: int | None = None) -> int:
        """The numId for a paragraph at this level showing number n (None: a bullet, any number)."""
        if n is not None and n != self.counters.get(level, 0) + 1:
            self.num = self.doc.num(self.abstract, start_overrides={level: n})
        self.counters[level] = n if n is not None else self.counters.get(level, 0) + 1
        for deeper in [k for k in self.counters if k > level]:
            del self.counters[deeper]
        return self.num


# Typed markers a plan's text uses, as levels of PLAN_LEVELS; letters stay typed (Word's letters have no "đ").
_TYPED = (
    (0, re.compile(r"([IVX]{1,5})\. (?=\S)"), roman_value),
    (1, re.compile(r"(\d{1,2})\. (?=\S)"), int),
    (3, re.compile(r"()- (?=\S)"), None),
    (4, re.compile(r"()\+ (?=\S)"), None),
)


def add_plan_text(
    doc: WordDoc, text: str, *, roman_style: str | None = None, budget: int | None = None
) -> int:
    """Write a plan's corpus text into the document the way a Word user would have: "I. ", "1. ", "- ", "+ "
    as automatic numbering (the Roman level through the style `roman_style` when given), " | " lines as tables
    with their STT cells numbered by Word and one-cell rows merged across, everything else as typed. Stops
    after `budget` characters; returns the characters written."""
    outline = AutoNumber(doc, doc.abstract(PLAN_LEVELS))
    if roman_style:
        doc.style(roman_style, num_id=outline.num, ilvl=0)
    written = 0
    rows: list[list[str]] = []
    for line in [*(ln.strip() for ln in text.split("\n")), ""]:
        if " | " in line:
            rows.append([c.strip() for c in line.split(" | ")])
            continue
        if rows:
            _add_rows(doc, rows)
            rows = []
        if not line or (budget is not None and written >= budget):
            continue
        written += len(line)
        for level, rx, value in _TYPED:
            m = rx.match(line)
            if m:
                num = outline.use(level, value(m.group(1)) if value else None)
                if level == 0 and roman_style and num == doc.style_num.get(roman_style):
                    doc.para(line[m.end() :], style=roman_style)
                else:
                    doc.para(line[m.end() :], num, level)
                break
        else:
            doc.para(line)
    return written


def _add_rows(doc: WordDoc, rows: list[list[str]]) -> None:
    width = max(len(r) for r in rows)
    table = doc.table([r + [""] * (width - len(r)) for r in rows])
    stt = AutoNumber(doc, doc.abstract([Lvl("decimal", "%1")]))
    for r, row in enumerate(rows):
        if len(row) == 1 and width > 1:
            merge_horizontal(table, r, 0, width - 1)
        elif re.fullmatch(r"\d{1,3}", row[0]):
            cell = table.cell(r, 0)
            cell.text = ""
            set_numbering(cell.paragraphs[0]._p, stt.use(0, int(row[0])), 0)


def set_numbering(p: Any, num_id: int | None, ilvl: int | None, style: str | None = None) -> None:
    """Put w:pStyle and w:numPr on a w:p (numId 0 switches numbering off)."""
    if num_id is None and ilvl is None and style is None:
        return
    ppr = p.get_or_add_pPr()
    if style is not None:
        ppr.insert(0, parse_xml(f'<w:pStyle {nsdecls("w")} w:val="{style}"/>'))
    if num_id is not None or ilvl is not None:
        inner = "" if ilvl is None else f'<w:ilvl w:val="{ilvl}"/>'
        inner += "" if num_id is None else f'<w:numId w:val="{num_id}"/>'
        ppr.insert(1 if style is not None else 0, parse_xml(f"<w:numPr {nsdecls('w')}>{inner}</w:numPr>"))


def merge_vertical(table: Any, column: int, first_row: int, last_row: int) -> None:
    """Merge a column's cells vertically the way Word writes it (vMerge restart, then continue with no text)."""
    top = table.cell(first_row, column)
    for r in range(first_row + 1, last_row + 1):
        table.cell(r, column).text = ""
    top.merge(table.cell(last_row, column))


def merge_horizontal(table: Any, row: int, first_col: int, last_col: int) -> None:
    """Merge cells of a row (one w:tc with gridSpan), keeping the first cell's text only."""
    for c in range(first_col + 1, last_col + 1):
        table.cell(row, c).text = ""
    table.cell(row, first_col).merge(table.cell(row, last_col))


def text_of(data: bytes) -> list[str]:
    """The lines planparse reads from .docx bytes."""
    from planparse import read_text

    return read_text(data, "docx").split("\n")
