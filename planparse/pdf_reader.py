"""A PDF's text layer read as a reader reads the page, one paragraph per line (the corpus .txt convention).

pypdfium2 (PDFium) gives each character with its box and the page's drawn lines; it was chosen by measuring
(docs/plan-import.md has the figures): it extracts the text of real decrees much faster than pdfplumber and
pypdf, with the same words and diacritics. From the boxes, per document:
1. words and lines by position (the order a reader sees, not the order the file stores the text);
2. ruled tables: one row per line, cells joined by " | ", merged cells read once;
3. side-by-side blocks (the letterhead, "Nơi nhận" beside the signature): each cell on its own line;
4. running headers and footers (the same line at the same place on most pages) and bare page numbers dropped;
5. wrapped lines joined back into paragraphs, hyphenated words re-joined.
The text a form field's appearance draws (a signing stamp's number and day) is added in its place (_Stamps).
"""

from __future__ import annotations

import ctypes
import itertools
import math
import re
import threading
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace

from .reader import ReadError
from .text import cites_article, legacy_encoding

SEND_DOCX = "Hãy gửi bản .docx của văn bản (hoặc PDF xuất trực tiếp từ Word)."
NOT_PDF = f"Tệp không phải tệp PDF hoặc đã bị hỏng. {SEND_DOCX}"
BROKEN = f"Tệp PDF bị hỏng hoặc không đầy đủ (có thể tải lên bị gián đoạn), không đọc được. {SEND_DOCX}"
ENCRYPTED = (
    "Tệp PDF được đặt mật khẩu nên không đọc được; hãy gỡ mật khẩu rồi tải lên lại, "
    "hoặc gửi bản .docx của văn bản."
)
NO_TEXT = (
    "Tệp PDF không có lớp chữ (có thể là bản quét hoặc ảnh chụp), nên không đọc được nội dung. " + SEND_DOCX
)
LEGACY_FONT = "Tệp PDF dùng phông chữ tiếng Việt cũ (TCVN3/VNI), nên chữ đọc ra bị sai dấu. " + SEND_DOCX

_LOCK = threading.Lock()  # PDFium is not thread-safe; imports may parse in worker threads
TEXT_PAGE_CHARS = 100  # a page with fewer visible characters has no real text layer (a scan, maybe a stamp)
WORD_GAP = 0.12  # em: a wider gap between two glyphs splits a word even without a space (justified text squeezes spaces)
COLUMN_GAP = 1.5  # em: a gap this wide can start a side-by-side block (when another line joins it)
WIDE_GAP = 3.0  # em: a gap this wide starts a side-by-side block even on its own
RULE = 2.5  # pt: a drawn line thinner than this is a table rule or a separator
SNAP = 2.0  # pt: rules this close are the same rule


@dataclass
class Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    space_before: float | None = None  # the middle of the typed space read just before it in the file
    space_after: float | None = None  # the middle of the typed space read just after it in the file
    stamped: bool = False  # drawn by an annotation's appearance (a signing stamp): a word of its own


@dataclass
class Line:
    """A line of text on a page; `fixed` lines (table rows, cells of side-by-side blocks) are never joined."""

    page: int
    words: list[Word]
    text: str = ""
    fixed: bool = False
    cells: list[str] = field(default_factory=list)
    table: tuple[int, ...] = ()  # a table row: the rounded x of its column rules
    at: float | None = None  # where it sorts on the page (the cells of one block row share their row's top)

    x0: float = field(init=False)
    x1: float = field(init=False)
    top: float = field(init=False)
    bottom: float = field(init=False)
    size: float = field(init=False)  # the font size most of its words have

    def __post_init__(self) -> None:
        words = self.words
        if not self.text:
            self.text = " ".join(w.text for w in words)
        self.x0, self.x1 = (words[0].x0, words[-1].x1) if words else (0.0, 0.0)
        self.top = min((w.top for w in words), default=0.0)
        self.bottom = max((w.bottom for w in words), default=0.0)
        self.size = Counter(round(w.size, 1) for w in words).most_common(1)[0][0] if words else 0.0


def read_pdf(data: bytes) -> str:
    """The document's text, one paragraph per line; a scan, an encrypted or a broken file raises ReadError."""
    if b"%PDF" not in data[:1024]:
        raise ReadError(NOT_PDF)
    if b"%%EOF" not in data[-2048:]:  # cut short: PDFium would silently read the pages that survived
        raise ReadError(BROKEN)
    pages, pictures, widths = _read_pages(data)
    visible = [sum(len(ln.text.replace(" ", "")) for ln in page) for page in pages]
    scanned = sum(1 for v, picture in zip(visible, pictures, strict=True) if picture and v < TEXT_PAGE_CHARS)
    if sum(visible) < 20 or scanned * 2 >= len(pages):
        raise ReadError(NO_TEXT)
    if legacy_encoding(" ".join(ln.text for page in pages for ln in page)):
        raise ReadError(LEGACY_FONT)
    notes: list[Line] = []
    lines = _drop_running_lines(pages, widths, notes)
    return "\n".join(_paragraphs(lines, widths=widths) + _paragraphs(notes, widths=widths))


def _read_pages(data: bytes) -> tuple[list[list[Line]], list[bool], list[float]]:
    """Each page's lines, whether the page holds a picture (a scanned page is one picture), and its width."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    with _LOCK:
        try:
            document = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as exc:
            if getattr(exc, "err_code", None) == raw.FPDF_ERR_PASSWORD:
                raise ReadError(ENCRYPTED) from exc
            raise ReadError(BROKEN) from exc
        try:
            pages: list[list[Line]] = []
            pictures: list[bool] = []
            widths: list[float] = []
            stamps = _Stamps(data)
            for index in range(len(document)):
                page = document[index]
                try:
                    turn = _page_turn(page)
                    pages.append(_page_lines(page, index, stamps, turn))
                    images = page.get_objects(filter=[raw.FPDF_PAGEOBJ_IMAGE], max_depth=3)
                    pictures.append(next(iter(images), None) is not None)
                    widths.append(float(page.get_height() if turn else page.get_width()))
                finally:
                    page.close()
            return pages, pictures, widths
        except ReadError:
            raise
        except Exception as exc:  # PDFium raises on damaged page content
            raise ReadError(BROKEN) from exc
        finally:
            document.close()


# ---- one page: characters -> words -> tables, side-by-side blocks, lines ------------------------------------


# round 79 (set 56): a landscape table set on portrait pages, its text drawn turned a quarter (the page itself not
# rotated), is read turned back: each glyph's box and each rule is mapped into the frame the text is written in, so
# words, lines and ruled cells come out as on any page (read as stored, every glyph is a line of its own)
TURN_SHARE = 0.5  # of a page's visible characters: drawn at one quarter turn, the page is read in their frame
_QUARTER = math.pi / 2


def _page_turn(page: object) -> int:
    """90 or 270 when most of the page's visible characters are drawn a quarter turn from the horizontal (the text
    reading down, or up, the page), else 0."""
    import pypdfium2.raw as raw

    textpage = page.get_textpage()  # type: ignore[attr-defined]
    try:
        count = raw.FPDFText_CountChars(textpage)
        turns: Counter[int] = Counter()
        for i in range(count):
            code = raw.FPDFText_GetUnicode(textpage, i)
            if code <= 0x20 or chr(code).isspace():
                continue
            turns[_char_turn(raw.FPDFText_GetCharAngle(textpage, i))] += 1
    finally:
        textpage.close()
    total = sum(turns.values())
    for turn in (90, 270):
        if total and turns[turn] > TURN_SHARE * total:
            return turn
    return 0


def _char_turn(angle: float) -> int:
    """A glyph's angle (radians, as PDFium gives it) rounded to the nearest quarter turn, in degrees."""
    if angle < 0:
        return 0
    return (round(angle / _QUARTER) % 4) * 90


def _turned(turn: int, width: float, height: float) -> Callable[[float, float], tuple[float, float]]:
    """Maps a point (x, y down from the page's top) into the frame of text turned `turn` degrees."""
    if turn == 270:  # reading up the page: lines follow each other rightwards
        return lambda x, y: (height - y, x)
    if turn == 90:  # reading down the page: lines follow each other leftwards
        return lambda x, y: (y, width - x)
    return lambda x, y: (x, y)


def _page_lines(page: object, index: int, stamps: _Stamps | None = None, turn: int = 0) -> list[Line]:
    height = page.get_bbox()[3]  # type: ignore[attr-defined]  # y is measured down from the page's top edge
    width = page.get_bbox()[2]  # type: ignore[attr-defined]
    move = _turned(turn, width, height) if turn else None
    textpage = page.get_textpage()  # type: ignore[attr-defined]
    try:
        words = _words(textpage, height, turn, move)
    finally:
        textpage.close()
    if stamps is not None and not turn:
        words += _stamp_words(page, index, height, stamps)
    horizontal, vertical = _rules(page, height, move)
    tables = _tables(horizontal, vertical)
    rows: list[Line] = []
    free: list[Word] = []
    claimed: dict[int, list[Word]] = {}
    for w in words:
        cx, cy = (w.x0 + w.x1) / 2, (w.top + w.bottom) / 2
        for t, table in enumerate(tables):
            if table.contains(cx, cy):
                claimed.setdefault(t, []).append(w)
                break
        else:
            free.append(w)
    for t, table in enumerate(tables):
        rows.extend(table.rows(claimed.get(t, []), index))
    typed = [w for w in free if _is_rule_text(w.text)]  # "________" under the issuer or the motto
    horizontal += [(w.x0, w.x1, w.bottom) for w in typed]
    free = [w for w in free if not _is_rule_text(w.text)]
    lines = _side_by_side(_group_lines(free, index), horizontal)
    return sorted(lines + rows, key=lambda ln: ln.top if ln.at is None else ln.at)


def _words(
    textpage: object,
    height: float,
    turn: int = 0,
    move: Callable[[float, float], tuple[float, float]] | None = None,
) -> list[Word]:
    """Characters in the file's order, split into runs at spaces, line changes and gaps wider than WORD_GAP.

    A run is a whole word or a piece of one (a word is not always drawn in one go): _group_lines joins the
    pieces by position. Only a typed space counts as one: PDFium adds a space of its own ("generated") at every
    jump in the file's order, such as the jump to a glyph drawn later from a fallback font.

    `turn` and `move` (a page read turned, _page_turn): only the glyphs drawn at that turn are read, their boxes
    mapped into its frame; the few drawn upright on such a page (the Gazette's running header) are left out.
    """
    import pypdfium2.raw as raw

    count = raw.FPDFText_CountChars(textpage)
    box = raw.FS_RECTF()
    box_ref = ctypes.byref(box)
    unicode_of, box_of, size_of, generated, angle_of = (
        raw.FPDFText_GetUnicode,
        raw.FPDFText_GetLooseCharBox,
        raw.FPDFText_GetFontSize,
        raw.FPDFText_IsGenerated,
        raw.FPDFText_GetCharAngle,
    )
    words: list[Word] = []
    chars: list[str] = []
    x0 = x1 = top = bottom = size = 0.0
    space: float | None = None  # the middle of the typed space just read
    space_before: float | None = None

    def flush(space_after: float | None = None) -> None:
        if chars:
            words.append(Word("".join(chars), x0, x1, top, bottom, size, space_before, space_after))
            chars.clear()

    for i in range(count):
        code = unicode_of(textpage, i)
        if code in (0xFFFE, 0x2):  # PDFium's mark for a hyphen at a line end
            code = 0x2D
        if code <= 0x20 or code in (0xA0, 0x3000) or chr(code).isspace():
            typed = not generated(textpage, i) and box_of(textpage, i, box_ref)
            space = (box.left + box.right) / 2 if typed else None
            if typed and move is not None:
                space = (
                    sum(move(x, height - (box.top + box.bottom) / 2)[0] for x in (box.left, box.right)) / 2
                )
            flush(space)
            continue
        if not box_of(textpage, i, box_ref):
            continue
        left, right, c_top, c_bottom = box.left, box.right, height - box.top, height - box.bottom
        if move is not None:
            if _char_turn(angle_of(textpage, i)) != turn:
                flush()
                continue
            (ax, ay), (bx, by) = move(left, c_top), move(right, c_bottom)
            left, right, c_top, c_bottom = min(ax, bx), max(ax, bx), min(ay, by), max(ay, by)
        if chars:
            same_line = abs((c_top + c_bottom) / 2 - (top + bottom) / 2) < 0.5 * max(bottom - top, 1.0)
            if not same_line or left < x1 - 0.5 * size or left - x1 > WORD_GAP * size:
                flush()
        if not chars:
            x0, top, bottom = left, c_top, c_bottom
            size = _font_size(size_of(textpage, i), c_bottom - c_top)
            space_before = space
        space = None
        chars.append(chr(code))
        x1 = max(x1, right) if len(chars) > 1 else right
        top, bottom = min(top, c_top), max(bottom, c_bottom)
    flush()
    return words


def _font_size(reported: float, box_height: float) -> float:
    """The glyph's size in points. PDFium reports the size the font was set at, which is 1 where a file scales its
    text by the text matrix instead (some signed Gazette prints): every em-based gap of this module would then be
    a twelfth of a point and every kerned letter a word of its own ("H à N ội, ngà y"). The glyph's box says its
    real size."""
    return reported if reported >= 0.5 * box_height else box_height


def _group_lines(words: list[Word], page: int) -> list[Line]:
    """Words on the same baseline band, left to right, pieces of one word joined (_join_pieces)."""
    lines: list[list[Word]] = []
    top = bottom = 0.0
    for w in sorted(words, key=lambda w: ((w.top + w.bottom) / 2, w.x0)):
        mid = (w.top + w.bottom) / 2
        if lines and abs(mid - (top + bottom) / 2) < 0.35 * max(bottom - top, w.bottom - w.top):
            lines[-1].append(w)
            top, bottom = min(top, w.top), max(bottom, w.bottom)
            continue
        lines.append([w])
        top, bottom = w.top, w.bottom
    return [Line(page, _join_pieces(sorted(ws, key=lambda w: w.x0))) for ws in lines]


def _join_pieces(words: list[Word]) -> list[Word]:
    """Runs of one line (left to right) that touch are one word, as they would be within a run.

    A word is often drawn in several runs, out of order: a glyph missing from the font is drawn afterwards
    from a fallback font, a bold letter or a symbol comes from another font. Read in the file's order
    those pieces would come out as separate words ("T Ỉ NH" for "TỈNH").
    """
    out: list[Word] = []
    for w in words:
        a = out[-1] if out else None
        if a is None or not (_touching(a, w) or _mark_of(a, w)):
            out.append(w)
            continue
        out[-1] = replace(
            a,
            text=a.text + w.text,
            x1=max(a.x1, w.x1),
            top=min(a.top, w.top),
            bottom=max(a.bottom, w.bottom),
            space_after=w.space_after,
        )
    return out


def _mark_of(a: Word, b: Word) -> bool:
    """b is a tone mark drawn apart over the last letter of a ("Tô" and "̉ng" for "Tổng", read as "Tô ̉ng"): a
    combining mark never begins a word, it belongs to the letter before it (round 14)."""
    return unicodedata.combining(b.text[0]) > 0 and b.x0 <= a.x1 + 0.5 * max(a.size, b.size)


def _touching(a: Word, b: Word) -> bool:
    """b starts where a ends (the gap rule of _words), in the same font size, with no typed space between."""
    size = max(a.size, b.size, 1.0)
    if a.stamped or b.stamped:
        return False
    if not -0.5 * size <= b.x0 - a.x1 <= WORD_GAP * size or abs(a.size - b.size) > 0.1 * size:
        return False
    if abs((a.top + a.bottom) / 2 - (b.top + b.bottom) / 2) >= 0.5 * max(a.bottom - a.top, 1.0):
        return False
    # a typed space in the gap parts them, however narrow (justified or condensed text)
    low, high = a.x1 - WORD_GAP * size, b.x0 + WORD_GAP * size
    return not any(x is not None and low <= x <= high for x in (a.space_after, b.space_before))


def _fragments(line: Line, gap: float) -> list[list[Word]]:
    """A line cut where the space between two words is wider than `gap` em (tab stops, side-by-side cells)."""
    out: list[list[Word]] = []
    for w in line.words:
        if out and w.x0 - out[-1][-1].x1 <= gap * max(w.size, 1.0):
            out[-1].append(w)
        else:
            out.append([w])
    return out


_RULE_TEXT = re.compile(r"^[_\-–—=]{3,}$")


def _is_rule_text(text: str) -> bool:
    """A separator typed as characters ("________") under the issuer or the motto."""
    return bool(_RULE_TEXT.match(text))


# ---- drawn lines and ruled tables -----------------------------------------------------------------------


# (start, end, at): a horizontal stroke is (x0, x1, y), a vertical one (y0, y1, x); y down from the top
Segment = tuple[float, float, float]


def _rules(
    page: object, height: float, move: Callable[[float, float], tuple[float, float]] | None = None
) -> tuple[list[Segment], list[Segment]]:
    """Horizontal and vertical strokes of the page's paths (borders drawn as lines or as thin filled boxes);
    `move` maps them into a turned page's frame (_turned)."""
    import pypdfium2.raw as raw

    horizontal: list[Segment] = []
    vertical: list[Segment] = []
    point_x, point_y = ctypes.c_float(), ctypes.c_float()
    matrix = raw.FS_MATRIX()
    fill_mode, stroke = ctypes.c_int(), ctypes.c_int()
    red, green, blue, alpha = (ctypes.c_uint() for _ in range(4))
    for obj in page.get_objects(filter=[raw.FPDF_PAGEOBJ_PATH], max_depth=3):  # type: ignore[attr-defined]
        handle = obj.raw
        if not raw.FPDFPageObj_GetMatrix(handle, ctypes.byref(matrix)):
            continue
        raw.FPDFPath_GetDrawMode(handle, ctypes.byref(fill_mode), ctypes.byref(stroke))
        colour = raw.FPDFPageObj_GetStrokeColor if stroke.value else raw.FPDFPageObj_GetFillColor
        colour(handle, ctypes.byref(red), ctypes.byref(green), ctypes.byref(blue), ctypes.byref(alpha))
        if alpha.value == 0 or min(red.value, green.value, blue.value) >= 250:
            continue  # an invisible (white) border
        if not stroke.value:  # a filled box is a rule only when thin; otherwise it is shading behind text
            left, bottom, right, top = obj.get_bounds()
            if min(right - left, top - bottom) > RULE:
                continue
        a, b, c, d, e, f = matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f
        start: tuple[float, float] | None = None
        prev: tuple[float, float] | None = None
        for s in range(raw.FPDFPath_CountSegments(handle)):
            segment = raw.FPDFPath_GetPathSegment(handle, s)
            if not raw.FPDFPathSegment_GetPoint(segment, ctypes.byref(point_x), ctypes.byref(point_y)):
                continue
            px, py = point_x.value, point_y.value
            p = (a * px + c * py + e, height - (b * px + d * py + f))
            if move is not None:
                p = move(*p)
            kind = raw.FPDFPathSegment_GetType(segment)
            if kind == raw.FPDF_SEGMENT_MOVETO:
                start = p
            elif kind == raw.FPDF_SEGMENT_LINETO and prev is not None:
                _stroke(prev, p, horizontal, vertical)
            prev = p
            if raw.FPDFPathSegment_GetClose(segment) and start is not None:
                _stroke(p, start, horizontal, vertical)
                prev = start
    return _merge(horizontal), _merge(vertical)


def _stroke(
    p: tuple[float, float], q: tuple[float, float], horizontal: list[Segment], vertical: list[Segment]
) -> None:
    (x0, y0), (x1, y1) = p, q
    if abs(y0 - y1) <= RULE and abs(x1 - x0) > 3:
        horizontal.append((min(x0, x1), max(x0, x1), (y0 + y1) / 2))
    elif abs(x0 - x1) <= RULE and abs(y1 - y0) > 3:
        vertical.append((min(y0, y1), max(y0, y1), (x0 + x1) / 2))


def _merge(segments: list[Segment]) -> list[Segment]:
    """Collinear strokes that touch become one (a border drawn cell by cell, or as a thin filled box)."""
    out: list[Segment] = []
    cluster: list[Segment] = []
    for seg in sorted(segments, key=lambda s: s[2]) + [(0.0, 0.0, math.inf)]:
        if cluster and seg[2] - cluster[0][2] > SNAP:
            merged: list[Segment] = []
            for start, end, _at in sorted(cluster):
                if merged and start <= merged[-1][1] + SNAP:
                    merged[-1] = (merged[-1][0], max(merged[-1][1], end), merged[-1][2])
                else:
                    merged.append((start, end, cluster[0][2]))
            out.extend(merged)
            cluster = []
        cluster.append(seg)
    return out


@dataclass
class Table:
    ys: list[float]  # row rules, top to bottom
    xs: list[float]  # column rules, left to right
    vertical: list[Segment]
    horizontal: list[Segment] = field(default_factory=list)

    def contains(self, x: float, y: float) -> bool:
        return self.xs[0] - 1 <= x <= self.xs[-1] + 1 and self.ys[0] - 1 <= y <= self.ys[-1] + 1

    def rows(self, words: list[Word], page: int) -> list[Line]:
        """One Line per row band; a cell is bounded by the column rules that cross that band (merged cells)."""
        bands = list(zip(self.ys, self.ys[1:], strict=False))
        cells: list[list[list[Word]]] = []
        bounds: list[list[float]] = []
        for top, bottom in bands:
            mid = (top + bottom) / 2
            cuts = [
                x
                for x in self.xs
                if any(abs(x - v[2]) <= SNAP and v[0] - 1 <= mid <= v[1] + 1 for v in self.vertical)
            ]
            cuts = sorted(set([self.xs[0], *cuts, self.xs[-1]]))
            bounds.append(cuts)
            cells.append([[] for _ in cuts[1:]])
        for w in words:
            cx, cy = (w.x0 + w.x1) / 2, (w.top + w.bottom) / 2
            for r, (top, bottom) in enumerate(bands):
                if top - 1 <= cy <= bottom + 1:
                    c = _column(bounds[r], cx)
                    while r > 0 and not self._ruled(r, bounds[r][c], bounds[r][c + 1]):
                        r -= 1  # a rule that stops short of this cell: the cell spans the band above too
                        c = _column(bounds[r], cx)
                    cells[r][c].append(w)
                    break
        signature = tuple(round(x) for x in self.xs)
        out: list[Line] = []
        for r, row in enumerate(cells):
            texts = [_cell_text(ws, page) for ws in row]
            while texts and not texts[-1]:
                texts.pop()
            if not any(texts):
                continue
            anchor = Word("", self.xs[0], self.xs[-1], bands[r][0], bands[r][1], 0.0)
            out.append(Line(page, [anchor], " | ".join(texts), fixed=True, cells=texts, table=signature))
        return out

    def _ruled(self, r: int, x0: float, x1: float) -> bool:
        """Whether the row rule at ys[r] crosses the cell between x0 and x1 (a rule drawn only under the
        right-hand columns splits a row into sub-rows; the cells to its left are shared by them)."""
        if not self.horizontal:
            return True
        mid = (x0 + x1) / 2
        y = self.ys[r]
        return any(abs(h[2] - y) <= SNAP and h[0] - SNAP <= mid <= h[1] + SNAP for h in self.horizontal)


def _column(cuts: list[float], x: float) -> int:
    return max(0, min(len(cuts) - 2, sum(1 for c in cuts[1:-1] if c <= x)))


def _cell_text(words: list[Word], page: int) -> str:
    lines = _group_lines(words, page)
    return _join_texts([ln.text for ln in lines])


def _tables(horizontal: list[Segment], vertical: list[Segment]) -> list[Table]:
    """Groups of crossing rules with at least two rows and two columns of borders."""
    if len(horizontal) < 2 or len(vertical) < 2:
        return []
    parent = list(range(len(horizontal) + len(vertical)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, (hx0, hx1, hy) in enumerate(horizontal):
        for j, (vy0, vy1, vx) in enumerate(vertical):
            if hx0 - SNAP <= vx <= hx1 + SNAP and vy0 - SNAP <= hy <= vy1 + SNAP:
                parent[find(i)] = find(len(horizontal) + j)
    groups: dict[int, tuple[list[Segment], list[Segment]]] = {}
    for i, h in enumerate(horizontal):
        groups.setdefault(find(i), ([], []))[0].append(h)
    for j, v in enumerate(vertical):
        groups.setdefault(find(len(horizontal) + j), ([], []))[1].append(v)
    tables: list[Table] = []
    for hs, vs in groups.values():
        ys, xs = _snap([h[2] for h in hs]), _snap([v[2] for v in vs])
        # a single box (a frame round the page or a note) is not a table
        if (
            len(ys) >= 2
            and len(xs) >= 2
            and len(ys) + len(xs) > 4
            and xs[-1] - xs[0] > 30
            and ys[-1] - ys[0] > 8
        ):
            tables.append(Table(ys, xs, vs, hs))
    return tables


def _snap(values: list[float]) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > SNAP:
            out.append(v)
    return out


# ---- side-by-side blocks: the letterhead, "Nơi nhận" beside the signature ------------------------------


_CELL_START = re.compile(r"^(?:Số\s*[:.]|V/v\b|Về\s+việc\b|Kính\s+gửi\b|[^,\d]{2,40},\s*ngày\b)", re.I)


def _side_by_side(lines: list[Line], horizontal: list[Segment]) -> list[Line]:
    """A block written in two columns (a borderless table) read cell by cell, each cell on its own line.

    The block starts at a line with a gap of COLUMN_GAP em or more and takes in the lines around it that
    either have such a gap or stay on one side, aligned (left edge or centre) with a line already in that
    column and clear of the other column. A column is cut into cells at a drawn or typed separator and where
    a form line of the letterhead begins ("Số:", "V/v", "<place>, ngày …"); cells at one height are written
    left then right.
    """
    out: list[Line] = []
    i = 0
    while i < len(lines):
        gaps = _fragments(lines[i], COLUMN_GAP)
        parts = _glue_label(gaps)
        if len(parts) < 2 or _stretched(lines[i]):
            out.append(lines[i])
            i += 1
            continue
        words = lines[i].words
        first = 2 if len(parts) < len(gaps) else 1  # not at a list number's tab
        cut = max(range(first, len(words)), key=lambda k: words[k].x0 - words[k - 1].x1)  # the widest gap
        block = _Block()
        block.add(lines[i], words[:cut], words[cut:])
        last_bottom = lines[i].bottom
        j = i + 1
        while j < len(lines) and lines[j].top - last_bottom < 2.5 * max(lines[j].size, 1.0):
            if not block.take(lines[j]):
                break
            last_bottom = lines[j].bottom
            j += 1
        widest = max(b[0].x0 - a[-1].x1 for a, b in zip(parts, parts[1:], strict=False))
        if j == i + 1 and widest < WIDE_GAP * max(lines[i].size, 1.0):
            out.append(lines[i])  # one line with a wide space, not a block
        else:
            out.extend(_cells(block.columns, horizontal, lines[i].page))
        i = max(j, i + 1)
    return out


# round 94: a list's number as Word draws it before a tab ("I.", "1.", "a)", "-", a Symbol bullet)
_LIST_LABEL = re.compile(
    r"^(?:[IVXLC]{1,6}[.)\-]|[A-ZĐ][.)]|\d{1,3}(?:\.\d{1,3})*[.)]|\(\d{1,3}\)|[a-zđ][.)]|[-–—•+*]|[\ue000-\uf8ff])$"
)


def _glue_label(parts: list[list[Word]]) -> list[list[Word]]:
    """A line's parts at gaps of COLUMN_GAP em (`_fragments`), a list's number kept with its text: Word's automatic
    numbering sets the number at the list's indent and a tab takes the text to the hanging indent, a gap as wide as
    a column's ("I.        MỤC ĐÍCH"), and the next level's number stands under that text, so a heading and its
    first item read as two columns of a borderless table. Round 94 (bench/metamorphic.py's `word_pdf`)."""
    if len(parts) >= 2 and len(parts[0]) == 1 and _LIST_LABEL.match(parts[0][0].text):
        return [parts[0] + parts[1], *parts[2:]]
    return parts


STRETCH_EVEN = 0.75  # a justified line's spaces are all about as wide as its widest


def _stretched(line: Line) -> bool:
    """round 46: a justified line stretched across the measure (its last word a long URL pushed to the next line:
    "10/12:     Nộp     03     dự     án …     link"): every space after the first (a bullet's tab may differ) is
    about as wide as the widest, where two blocks side by side part at one gap far wider than their spaces."""
    ws = line.words
    gaps = [b.x0 - a.x1 for a, b in zip(ws[1:], ws[2:], strict=False)]
    return len(gaps) >= 4 and min(gaps) >= STRETCH_EVEN * max(gaps)


class _Block:
    """The two columns of a side-by-side block as they are taken in."""

    def __init__(self) -> None:
        self.columns: list[list[tuple[Line, list[Word]]]] = [[], []]

    def add(self, line: Line, left: list[Word], right: list[Word]) -> None:
        for c, ws in enumerate((left, right)):
            if ws:
                self.columns[c].append((line, ws))

    def take(self, line: Line) -> bool:
        """Add the line if it belongs to the block: split by a wide gap, or on one side and aligned."""
        parts = _glue_label(_fragments(line, COLUMN_GAP))
        size = max(line.size, 1.0)
        left_end = max(ws[-1].x1 for _, ws in self.columns[0])
        right_start = min(ws[0].x0 for _, ws in self.columns[1])
        if len(parts) >= 2:
            for k in range(1, len(parts)):  # the gap between the columns, not a blank left for the day
                left, right = [w for p in parts[:k] for w in p], [w for p in parts[k:] for w in p]
                if left[-1].x1 < right_start + size and right[0].x0 > left_end - size:
                    self.add(line, left, right)
                    return True
            return False
        ws = parts[0]
        gap = COLUMN_GAP * size / 2
        for c in (0, 1):
            clear = ws[-1].x1 < right_start - gap if c == 0 else ws[0].x0 > left_end + gap
            if clear and self._aligned(c, ws, size):
                self.add(line, ws if c == 0 else [], ws if c == 1 else [])
                return True
        return False

    def _aligned(self, c: int, ws: list[Word], size: float) -> bool:
        """Right column (motto, date, signature): centred under one of its lines. Left column: centred under
        its first line (the issuer), or flush with one of its lines ("Nơi nhận", "V/v")."""
        x0, centre = ws[0].x0, (ws[0].x0 + ws[-1].x1) / 2
        column = self.columns[c]
        centred_under = column if c == 1 else column[:1]
        return any(abs(centre - (o[0].x0 + o[-1].x1) / 2) <= 2 * size for _, o in centred_under) or (
            c == 0 and any(abs(x0 - o[0].x0) <= size for _, o in column)
        )


def _cells(columns: list[list[tuple[Line, list[Word]]]], horizontal: list[Segment], page: int) -> list[Line]:
    cells: list[tuple[float, int, list[Word], list[str]]] = []  # top, column, words, texts
    for c, column in enumerate(columns):
        prev_bottom: float | None = None
        for _ln, ws in column:
            text = " ".join(w.text for w in ws)
            top = min(w.top for w in ws)
            x0, x1 = ws[0].x0, ws[-1].x1
            ruled = prev_bottom is not None and any(
                prev_bottom - 1 <= y <= top + 1 and h0 < x1 and h1 > x0 for h0, h1, y in horizontal
            )
            if not cells or cells[-1][1] != c or ruled or _CELL_START.match(text):
                cells.append((top, c, list(ws), [text]))
            else:
                cells[-1][2].extend(ws)
                cells[-1][3].append(text)
            prev_bottom = max(w.bottom for w in ws)
    rows: list[list[tuple[float, int, list[Word], list[str]]]] = []
    for cell in sorted(cells, key=lambda cell: cell[0]):
        size = max(w.size for w in cell[2])
        if rows and cell[0] - rows[-1][0][0] < 1.2 * size and all(c[1] != cell[1] for c in rows[-1]):
            rows[-1].append(cell)
        else:
            rows.append([cell])
    out: list[Line] = []
    for row in rows:
        at = min(cell[0] for cell in row)
        for _top, _c, ws, texts in sorted(row, key=lambda cell: cell[1]):
            out.append(Line(page, ws, _join_texts(texts), fixed=True, at=at))
    return out


# ---- running headers, footers, page numbers ------------------------------------------------------------


_PAGE_NUMBER = re.compile(r"^[-–—\s]*(?:Trang\s+)?\d{1,4}(?:\s*/\s*\d{1,4})?[-–—\s]*$", re.I)
EDGE_LINES = 2  # lines looked at from the top and from the bottom of each page
RUNNING_CHARS = 160  # a running header or footer is one short line


def _drop_running_lines(
    pages: list[list[Line]], widths: list[float] | None = None, notes: list[Line] | None = None
) -> list[Line]:
    """Short lines repeated at the same place on at least half the pages (2 at least), and bare page numbers.
    Each page's footnotes (`_footnotes`) go to `notes` when it is given, to be read after the text.

    `widths` (each page's width): where some pages are turned sideways, a running line sits at another place on
    them; a line repeated on half the pages of its own frame (2 at least) runs too."""

    def key(ln: Line) -> tuple[str, int]:
        return re.sub(r"\d+", "#", ln.text.strip().lower()), round(ln.top / 6)

    edges = [page[:EDGE_LINES] + page[-EDGE_LINES:] for page in pages]
    seen = Counter(k for edge in edges for k in {key(ln) for ln in edge if not ln.table})
    running = {k for k, n in seen.items() if n * 2 >= len(pages) and n >= 2 and len(k[0]) <= RUNNING_CHARS}
    frame = [round(w / 50) for w in widths] if widths and len(widths) == len(pages) else [0] * len(pages)
    framed = Counter(
        (f, k) for f, edge in zip(frame, edges, strict=True) for k in {key(ln) for ln in edge if not ln.table}
    )
    size = Counter(frame)
    running_in = {
        fk
        for fk, n in framed.items()
        if len(size) > 1 and n * 2 >= size[fk[0]] and n >= 2 and len(fk[1][0]) <= RUNNING_CHARS
    }
    out: list[Line] = []
    for f, page, edge in zip(frame, pages, edges, strict=True):
        ids = {id(ln) for ln in edge if not ln.table}
        for ln in page:
            if id(ln) in ids and (
                key(ln) in running
                or (f, key(ln)) in running_in
                or (len(pages) > 1 and _PAGE_NUMBER.match(ln.text))
            ):
                continue
            out.append(ln)
    if notes is not None:
        found = _footnotes(out)
        notes.extend(ln for ln in out if id(ln) in found)
        out = [ln for ln in out if id(ln) not in found]
    return _continue_tables(out)


# ---- page footnotes (round 62) ------------------------------------------------------------------------------


_FOOTNOTE_MARK = re.compile(r"^(?:\d{1,2}|\(\d{1,2}\)|\*{1,3}|\(\*{1,3}\))$")
_DUMP_FOOTNOTE = re.compile(r"^(\d{1,2})\s+\S")  # "1 Các quy định …": a number and a space, no "." or ")"
FOOTNOTE_WIDER = 1.1  # of the page's usual line end: a dump's footnote lines, in small print, run past it


def _footnotes(lines: list[Line]) -> set[int]:
    """The ids of each page's footnote lines. They are read after the text (their own page margins, not the
    body's), so a sentence that runs onto the next page is read whole and a footnote never stands between two
    items.

    In a PDF a footnote is small print at the page's foot opened by its mark set smaller still (a superscript
    "1", "(1)", "*"), or by the mark alone on its line: the page's last lines, all smaller than the text. A
    number at a page's foot in the text's own size ("1. …", an item) is body text. In a layout dump every
    character is one size: there the footnote starts after an empty row in the page's lower half with a number
    and a space ("1 Các quy định …", an item has "1." or "1)"), and either its lines run past the page's usual
    line end (small print holds more characters) or the body above carries its mark glued to a word ("sản1.")."""
    pages: dict[int, list[Line]] = {}
    for ln in lines:
        pages.setdefault(ln.page, []).append(ln)
    sizes: Counter[float] = Counter()
    for ln in lines:
        if not ln.fixed and ln.size:
            sizes[round(ln.size)] += len(ln.text)
    body = sizes.most_common(1)[0][0] if sizes else 0.0
    dump = len(sizes) == 1 and round(_EM) in sizes and all(w.size == _EM for ln in lines for w in ln.words)
    notes: set[int] = set()
    for own in pages.values():
        start = _dump_footnote(own) if dump else _pdf_footnote(own, body)
        if start is not None:
            notes.update(id(ln) for ln in own[start:])
    return notes


def _pdf_footnote(own: list[Line], body: float) -> int | None:
    """Where a PDF page's footnotes start (the index of their first line), or None."""
    k = len(own)
    while k and not own[k - 1].table and not own[k - 1].fixed and 0 < own[k - 1].size < body - 0.9:
        k -= 1
    if k == 0:
        return None
    for i in range(k, len(own)):
        first, ln = own[i].words[0], own[i]
        small_mark = _FOOTNOTE_MARK.match(first.text) and (
            first.size < ln.size - 0.9 or (len(ln.words) == 1 and i + 1 < len(own))
        )
        if small_mark:
            return i
    return None


def _dump_footnote(own: list[Line]) -> int | None:
    """Where a dump page's footnotes start, or None."""
    if len(own) < 4:
        return None
    top, bottom = own[0].top, own[-1].top
    for i in range(1, len(own)):
        ln, prev = own[i], own[i - 1]
        m = _DUMP_FOOTNOTE.match(ln.text)
        if not m or ln.fixed or ln.table or ln.top - prev.bottom < _ROW or ln.top - top < (bottom - top) / 2:
            continue
        ends = sorted(o.x1 for o in own[:i] if not o.fixed)
        usual = ends[int(0.9 * (len(ends) - 1))] if ends else 0.0
        glued = re.compile(rf"[^\W\d_]{m.group(1)}[.,;:]?$")  # "sản1.": the mark set after a word
        wider = usual > 0 and any(o.x1 > FOOTNOTE_WIDER * usual for o in own[i:])
        marked = any(glued.search(w.text) for o in own[:i] for w in o.words)
        if wider or marked:
            return i
    return None


def _continue_tables(lines: list[Line]) -> list[Line]:
    """A table that runs onto the next page: its repeated header row is dropped, and a row split by the
    page break (first cell empty) is joined to the row it continues. Only the page's first row continues
    one: a later row of that page with an empty first cell is a sub-row of its own (the second result of a
    row whose dividing rule crosses only the right-hand columns)."""
    out: list[Line] = []
    header: dict[tuple[int, ...], str] = {}
    joined = -1  # the page whose first row was last joined to the row before it
    sizes: Counter[float] = Counter()
    for ln in lines:
        if not ln.fixed and ln.size:
            sizes[round(ln.size)] += len(ln.text)
    body = sizes.most_common(1)[0][0] if sizes else 0.0  # the text's size; footnotes are smaller
    held: list[Line] = []  # footnotes at the foot of a page the table runs over: read after the table
    waiting: tuple[int, ...] = ()  # the table they wait for
    for ln in lines:
        if held and ln.table != waiting:
            out.extend(held)
            held = []
        if ln.table and ln.table in header and not held:
            k = len(out)
            while k and not out[k - 1].table and 0 < out[k - 1].size < body and out[k - 1].page < ln.page:
                k -= 1
            last = out[k - 1] if k else None
            if k < len(out) and last and last.table == ln.table and all(o.page == last.page for o in out[k:]):
                held, waiting = out[k:], ln.table  # the foot of the page under the table's last row
                del out[k:]
        prev = out[-1] if out else None
        if ln.table and ln.table not in header:
            header[ln.table] = ln.text
        elif ln.table and prev is not None and prev.table == ln.table and prev.page < ln.page:
            if ln.text == header.get(ln.table):
                continue
            if ln.cells and not ln.cells[0] and prev.cells and joined != ln.page and not _fresh_row(ln.cells):
                joined = ln.page
                width = max(len(prev.cells), len(ln.cells))
                cells = [
                    _join_texts([a, b])
                    for a, b in zip(prev.cells + [""] * width, ln.cells + [""] * width, strict=False)
                ][:width]
                out[-1] = Line(prev.page, prev.words, " | ".join(cells), True, cells, prev.table)
                continue
        out.append(ln)
    return out + held


# round 79 (set 56): a table grouped by unit, the unit's cell merged down over several task rows, leaves that cell
# empty on the next page too: a page's first row with an empty first cell is then a row of its own, not the rest of
# the row cut by the break. A cut row goes on mid-sentence in some cell; a row of its own starts every cell afresh.
_FRESH_CELL = re.compile(r"^(?:\(\d{1,2}\)|\d)")


def _fresh_row(cells: list[str]) -> bool:
    """Whether a row whose first cell is empty starts anew: two cells or more hold text and each starts as a cell
    starts (a capital, a number, a "(1)" list), none going on with a word cut at the page's foot."""
    filled = [c.strip() for c in cells if c.strip()]
    return len(filled) >= 2 and all(c[0].isupper() or _FRESH_CELL.match(c) for c in filled)


# ---- paragraphs ---------------------------------------------------------------------------------------------


_ITEM_START = re.compile(
    r"^\s*(?:[IVXLC]{1,6}[.\-]|\d{1,3}(?:\.\d{1,2})*[.)]|\(\d{1,2}\)|[a-zđ]\)|[-–—•+*]|Điều\s+\d+[.:]?)\s+(\S)",
    re.U,
)
_SENTENCE_END = re.compile(r"[.;:!?…][”\")]?$")


@dataclass
class _Layout:
    left: dict[int, float]  # per page: the margin most lines start at
    right: dict[int, float]  # per page: where full lines end
    pitch: float  # the usual distance between two lines of a paragraph
    indents: bool  # paragraphs start with a first-line indent
    slack: float = 0.0  # how far short of the right margin a full line may end (0: two em)
    wraps: dict[int, list[float]] = field(default_factory=dict)  # per dump page: where wrapped lines start
    flush: dict[int, float] = field(
        default_factory=dict
    )  # per page of justified text: its text block's right edge


def _layout(lines: list[Line], per_page: bool = False, widths: list[float] | None = None) -> _Layout:
    """`per_page`: a layout dump, whose pages each start at their leftmost text and whose justified lines, counted
    in characters of one width, end up to a tenth of the line short of the margin.

    `widths` (each page's width): a document that turns some pages sideways (a decision in portrait, its task
    table in landscape) sets its text in two frames; each frame has its own margins, or the landscape pages'
    footnotes would put the right margin where no portrait line reaches and no paragraph would be joined."""
    body = [ln for ln in lines if not ln.fixed]
    layout = _Layout({}, {}, 0.0, False)
    if not body:
        return layout
    frames: dict[int, list[Line]] = {}
    for ln in body:
        width = widths[ln.page] if widths and ln.page < len(widths) else 0.0
        frames.setdefault(round(width / 50), []).append(ln)
    margins = {frame: _margins(own) for frame, own in frames.items()}
    left, right = _margins(body)
    pages: dict[int, list[Line]] = {}
    for ln in body:
        pages.setdefault(ln.page, []).append(ln)
    for page, own in pages.items():
        dumped = per_page and len(own) >= 3
        frame = round((widths[page] if widths and page < len(widths) else 0.0) / 50)
        framed = margins[frame] if len(frames) > 1 and len(frames[frame]) >= 3 else (left, right)
        layout.left[page], layout.right[page] = _margins(own, dump=True) if dumped else framed
    if per_page:
        layout.slack = LAYOUT_SLACK * (right - left)
        for page, own in pages.items():
            layout.wraps[page] = _wrap_starts(own, layout.right[page])
    steps = sorted(
        b.top - a.top
        for a, b in zip(body, body[1:], strict=False)
        if a.page == b.page and 0 < b.top - a.top < 3 * max(a.size, 1.0)
    )
    layout.pitch = steps[len(steps) // 2] if steps else 0.0
    if not per_page:
        layout.flush = _flush_edges(pages, layout)
    starts = [b for a, b in zip(body, body[1:], strict=False) if not _full(a, layout, b)]
    indented = sum(1 for ln in starts if ln.x0 - layout.left[ln.page] > 0.8 * ln.size)
    layout.indents = bool(starts) and indented * 2 >= len(starts)
    return layout


FLUSH = 0.6  # em, about a character's width: a line ending this close to the text block's right edge fills it
FLUSH_SHARE = 0.7  # of the lines ending near the right margin, the share that end flush in justified text
FLUSH_LINES = 5  # lines on a page that give it its own right edge; flush lines that make a document justified


def _flush_edges(pages: dict[int, list[Line]], layout: _Layout) -> dict[int, float]:
    """Round 96: each page's text block right edge, where a justified document's wrapped lines end: a high
    percentile of the page's own line ends (the document's margin for a page of few lines). Empty unless the text
    is justified: of the lines that end within two em of the edge, most end within a character of it (ragged text
    spreads them over the two em)."""
    edges: dict[int, float] = {}
    near = flush = 0
    for page, own in pages.items():
        ends = sorted(ln.x1 for ln in own)
        edge = ends[int(0.9 * (len(ends) - 1))] if len(ends) >= FLUSH_LINES else layout.right.get(page, 0.0)
        edges[page] = edge
        for ln in own:
            size = max(ln.size, 1.0)
            if len(ln.words) >= 3 and ln.x1 >= edge - 2 * size:
                near += 1
                flush += abs(ln.x1 - edge) <= FLUSH * size
    return edges if flush >= FLUSH_LINES and flush >= FLUSH_SHARE * near else {}


def _margins(lines: list[Line], dump: bool = False) -> tuple[float, float]:
    """The left margin is the leftmost start shared by several lines (first lines may all be indented).

    In a layout dump's page (`dump`) it is the leftmost start of the lines that reach the right margin: a
    paragraph's wrapped lines do, a narrow block left of the text (a letter's "V/v" lines) does not, and the
    dump's characters place that block left of the body, where a PDF's coordinates do not."""
    ends = sorted(ln.x1 for ln in lines)
    right = ends[int(0.9 * (len(ends) - 1))]
    full = [ln for ln in lines if ln.x1 >= right - 2 * max(ln.size, 1.0)]
    if dump and len(full) >= 2:
        return float(min(round(ln.x0) for ln in full)), right
    starts = Counter(round(ln.x0) for ln in lines)
    common = starts.most_common(1)[0][1]
    left = min(x for x, n in starts.items() if n >= min(3, common))
    return float(left), right


WRAP_STARTS_MIN = 2  # full lines starting at one place that make it a margin of wrapped lines


def _wrap_starts(lines: list[Line], right: float) -> list[float]:
    """Round 60: where a dump page's wrapped lines start. pdftotext keeps each page's own offset, and a copy may
    shift a block of it (a page's paragraphs set three characters in from the text of the page after it, or a
    note longer than the page set at its left edge), so the page's one left margin can miss the start its
    wrapped lines share: a place where two lines or more start right after a full line that ended no sentence
    (a paragraph's first lines, after a sentence's end, do not count), neither opening an item."""
    starts: Counter[int] = Counter()
    for a, b in zip(lines, lines[1:], strict=False):
        if a.fixed or b.fixed or a.page != b.page or _ITEM_START.match(b.text):
            continue
        if a.x1 >= right - 2 * max(a.size, 1.0) and not _SENTENCE_END.search(a.text):
            starts[round(b.x0)] += 1
    return sorted(float(x) for x, n in starts.items() if n >= WRAP_STARTS_MIN)


def _back_at_wrap_start(prev: Line, ln: Line, layout: _Layout) -> bool:
    """Round 60: in a dump, a line that starts left of the full line before it, where the page's wrapped lines
    start and within a first-line indent of it, is that line's paragraph wrapped (the first line was indented,
    the rest come back to the block's margin), unless it opens an item or is a heading in capitals."""
    size = max(ln.size, 1.0)
    width = layout.right.get(ln.page, 0.0) - layout.left.get(ln.page, 0.0)
    return (
        prev.page == ln.page
        and (not layout.pitch or ln.top - prev.top <= 1.45 * layout.pitch)
        and 1.5 * size <= prev.x0 - ln.x0 <= LAYOUT_INDENT * width
        and any(abs(ln.x0 - x) <= 0.8 * size for x in layout.wraps.get(ln.page, []))
        and not _ITEM_START.match(ln.text)
        and not _capitals(ln)
    )


def _full(ln: Line, layout: _Layout, following: Line | None = None) -> bool:
    """The line reaches the right margin, or the next line's first word would not have fitted after it
    (ragged text wraps early before a long word such as "46/2002/QĐ-UBND")."""
    right = layout.right.get(ln.page, 0.0)
    if ln.x1 >= right - (layout.slack or 2 * ln.size):
        return True
    if following is None or following.fixed or not following.words:
        return False
    first = following.words[0]
    return ln.x1 + 0.3 * ln.size + (first.x1 - first.x0) > right - max(0.5 * ln.size, layout.slack / 2)


def _centred(ln: Line, layout: _Layout) -> bool:
    left, right = layout.left.get(ln.page, 0.0), layout.right.get(ln.page, 0.0)
    return ln.x0 - left > ln.size and abs((ln.x0 + ln.x1) / 2 - (left + right) / 2) < 2 * max(ln.size, 1.0)


# round 46: Word's bullet glyphs as a PDF keeps them: a Symbol/Wingdings glyph of the private use area, or the
# letter "o" (Courier New, the second level of Word's default bullets) set apart from the text by a tab
_BULLET_GLYPHS = "•·●▪◦►▸➢➤❖■□✓"


def _bullet_word(ln: Line) -> bool:
    """The line opens with a bullet glyph standing alone before its text."""
    if ln.fixed or len(ln.words) < 2:
        return False
    first, second = ln.words[0].text, ln.words[1]
    if len(first) != 1:
        return False
    if "\ue000" <= first <= "\uf8ff" or first in _BULLET_GLYPHS:
        return True
    return first == "o" and second.x0 - ln.words[0].x1 >= 0.6 * max(ln.size, 1.0)


def _bulleted(ln: Line) -> Line:
    """A bullet line reads with the parser's bullet "•" (as the .docx reader gives any symbol bullet), so its
    wrapped lines join it under a hanging indent and the item is a bullet, not a line starting with "o"."""
    if not _bullet_word(ln):
        return ln
    words = [replace(ln.words[0], text="•"), *ln.words[1:]]
    return Line(ln.page, words, fixed=ln.fixed, cells=ln.cells, table=ln.table, at=ln.at)


def _paragraphs(lines: list[Line], per_page: bool = False, widths: list[float] | None = None) -> list[str]:
    lines = [_bulleted(ln) for ln in lines]
    layout = _layout(lines, per_page, widths)
    out: list[str] = []
    prev: Line | None = None
    starts: list[float] = []  # where wrapped lines of the current paragraph may start
    for ln in lines:
        if prev is not None and _continues(prev, ln, layout, starts):
            out[-1] = _join_texts([out[-1], ln.text])
            starts = [layout.left.get(ln.page, 0.0), ln.x0, ln.x0]  # the third: where it has wrapped
        else:
            out.append(ln.text)
            starts = [layout.left.get(ln.page, 0.0)]
            # a hanging indent: wrapped lines under the text after the marker (round 94: "a." too, any number a
            # Word list draws: _LIST_LABEL)
            if len(ln.words) > 1 and (_ITEM_START.match(ln.text) or _LIST_LABEL.match(ln.words[0].text)):
                starts.append(ln.words[1].x0)
        prev = ln
    return [re.sub(r"\s{2,}", " ", p).strip() for p in out if p.strip()]


def _continues(prev: Line, ln: Line, layout: _Layout, starts: list[float]) -> bool:
    if prev.fixed or ln.fixed or abs(prev.size - ln.size) > 1.0:
        return False
    size = max(ln.size, 1.0)
    if not _full(prev, layout, ln):
        if layout.slack and layout.indents and _wrapped_at_margin(prev, ln, layout):
            return True
        return (  # a centred title wrapped before a lower-case word goes on
            _centred(prev, layout)
            and _centred(ln, layout)
            and ln.text[:1].islower()
            and not _ITEM_START.match(ln.text)
            and not _ITEM_START.match(prev.text)
            and prev.page == ln.page
            and ln.top - prev.bottom < size
        )
    if prev.page == ln.page and layout.pitch and ln.top - prev.top > 1.45 * layout.pitch:
        return False  # spacing between paragraphs
    if prev.page != ln.page:
        if _capitals(ln):
            return False  # round 46: a title in capitals at the top of a page (an appendix) starts anew
        # round 94: the paragraph's wrap starts carried over to the page's margin, so an item set with a hanging
        # indent goes on under its text at the top of the next page
        shift = layout.left.get(ln.page, 0.0) - layout.left.get(prev.page, 0.0)
        starts = [x + shift for x in starts] or [layout.left.get(ln.page, 0.0)]
    if not any(abs(ln.x0 - x) <= 0.8 * size for x in starts) and not _back_at_wrap_start(prev, ln, layout):
        return False  # indented otherwise than the paragraph's wrapped lines: a new paragraph
    ends = bool(_SENTENCE_END.search(prev.text))
    marker = None if cites_article(ln.text) else _ITEM_START.match(ln.text)
    if marker and (ends or marker.group(1).isupper() or marker.group(1).isdigit()):
        return _wrapped_flush(prev, ln, layout, starts)
    if ends and ln.text[:1].isupper():
        return layout.indents  # without first-line indents a sentence end at a line end reads as a break
    return True


def _wrapped_flush(prev: Line, ln: Line, layout: _Layout, starts: list[float]) -> bool:
    """Round 96: in justified text, a line that fills the text block to its right edge goes on, whatever the
    next line starts with: the wrap can put an item's marker at a line's start ("… khóa" / "XI. Giải quyết …",
    "nhiệm kỳ 2025" / "- 2030, …"), where a heading or an item's last line stops short. Only when the full line
    ends no sentence and is no heading in capitals, and the next line starts at the text block's left edge or
    where the paragraph has already wrapped (`starts`' third place), not under a hanging indent deeper in; a
    bullet glyph is never a wrap's."""
    edge = layout.flush.get(prev.page)
    if edge is None or _SENTENCE_END.search(prev.text) or _capitals(prev) or _capitals(ln):
        return False
    if prev.x1 < edge - FLUSH * max(prev.size, 1.0) or ln.text.startswith("•"):
        return False
    size = max(ln.size, 1.0)
    return any(abs(ln.x0 - x) <= 0.8 * size for x in [starts[0], *starts[2:]])


def _capitals(ln: Line) -> bool:
    """A line set in capitals, two words at least ("DANH SÁCH CÁC TRƯỜNG …", "PHỤ LỤC")."""
    letters = [c for c in ln.text if c.isalpha()]
    return len(ln.words) >= 2 and len(letters) >= 6 and all(c.isupper() for c in letters)


def _wrapped_at_margin(prev: Line, ln: Line, layout: _Layout) -> bool:
    """In a layout dump with first-line indents, a line back at the margin after one that ended no sentence is
    the same paragraph wrapped, however short the line before it came out in characters."""
    left, size = layout.left.get(ln.page, 0.0), max(ln.size, 1.0)
    width = layout.right.get(ln.page, 0.0) - left
    # round 60: the margin may be where the page's wrapped lines start (`_wrap_starts`) rather than its left edge
    margin = next((m for m in [left, *layout.wraps.get(ln.page, [])] if abs(ln.x0 - m) <= 0.8 * size), None)
    return (
        prev.page == ln.page
        and ln.top - prev.top <= 1.45 * layout.pitch
        and margin is not None
        and margin - 0.8 * size <= prev.x0 <= margin + LAYOUT_INDENT * width
        and not _SENTENCE_END.search(prev.text)
        and not (_centred(prev, layout) and prev.x1 - prev.x0 < 0.7 * width)  # a title, not an indented line
        and not _ITEM_START.match(ln.text)
    )


def _join_texts(parts: list[str]) -> str:
    """Join wrapped pieces with a space; a word hyphenated at the line end is joined back (the hyphen kept in
    codes such as "NĐ-CP", "2021-2030", dropped between two lower-case letters); a piece opening with a dash on its
    own ("PO43-" / "- P)", round 96) is no rest of a broken word."""
    out = ""
    for part in (p.strip() for p in parts):
        if not part:
            continue
        if out.endswith("-") and len(out) > 1 and out[-2].isalnum() and not re.match(r"[-–—]\s", part):
            out = out[:-1] + part if out[-2].islower() and part[0].islower() else out + part
        else:
            out = f"{out} {part}" if out else part
    return out


# ---- text drawn by form-field appearances (a signing stamp writes the number and day into the blanks) -------


class _Stamps:
    """The text that widget annotations' appearance streams draw, read from the file's objects.

    PDFium's text page leaves annotations out, and the signing software's stamp fonts come out as U+0000 even
    after flattening; so the strings the appearance draws are decoded here (ToUnicode, else WinAnsi) with pypdf,
    opened only for a page that has such a widget, while PDFium still gives where they are drawn.
    """

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.reader: object = None
        self.unreadable = False  # pypdf could not open the file: tried once, not again for every widget

    def text(self, page: int, annot: int) -> tuple[str, float, float]:
        """The appearance's text, and the lower-left corner of its box (which lands on the rect's)."""
        if self.reader is None:
            if self.unreadable:
                raise ValueError("pypdf cannot read this PDF")
            import io

            from pypdf import PdfReader

            try:
                self.reader = PdfReader(io.BytesIO(self.data))
            except Exception:
                self.unreadable = True
                raise
        widget = self.reader.pages[page]["/Annots"][annot].get_object()  # type: ignore[attr-defined]
        form = widget["/AP"]["/N"].get_object()
        x0, y0, x1, y1 = (float(v) for v in form.get("/BBox", (0, 0, 0, 0)))
        return "".join(_drawn_text(form, 0)), min(x0, x1), min(y0, y1)


def _drawn_text(form: object, depth: int) -> list[str]:
    """The strings a form XObject shows (Tj, TJ, ', "), following the forms it draws (Do), in order."""
    from pypdf.generic import ContentStream

    if depth > 4:
        return []
    resources = form.get("/Resources") or {}  # type: ignore[attr-defined]
    fonts = resources.get("/Font") or {}
    forms = resources.get("/XObject") or {}
    out: list[str] = []
    decode = _font_decoder(None)
    for operands, op in ContentStream(form, None).operations:
        if op == b"Tf" and operands and operands[0] in fonts:
            decode = _font_decoder(fonts[operands[0]].get_object())
        elif op in (b"Tj", b"'", b'"') and operands:
            out.append(decode(bytes(operands[-1].original_bytes)))
        elif op == b"TJ" and operands:
            out.extend(decode(bytes(s.original_bytes)) for s in operands[0] if hasattr(s, "original_bytes"))
        elif op == b"Do" and operands and operands[0] in forms:
            xobject = forms[operands[0]].get_object()
            if xobject.get("/Subtype") == "/Form":
                out.extend(_drawn_text(xobject, depth + 1))
    return out


def _font_decoder(font: object) -> Callable[[bytes], str]:
    """Bytes to text by the font's ToUnicode map (two-byte codes for a Type0 font), else as WinAnsi."""
    width = 2 if font is not None and font.get("/Subtype") == "/Type0" else 1  # type: ignore[attr-defined]
    unicode: dict[int, str] = {}
    if font is not None and "/ToUnicode" in font:  # type: ignore[operator]
        unicode = _to_unicode(font["/ToUnicode"].get_object().get_data())  # type: ignore[index]

    def decode(raw: bytes) -> str:
        if width == 1 and not unicode:
            return raw.decode("cp1252", errors="ignore")
        codes = [int.from_bytes(raw[i : i + width], "big") for i in range(0, len(raw) - width + 1, width)]
        return "".join(unicode.get(c, "") for c in codes)

    return decode


_HEX = re.compile(rb"<([0-9A-Fa-f]+)>")


def _to_unicode(cmap: bytes) -> dict[int, str]:
    """A ToUnicode CMap's bfchar and bfrange entries (the forms signing software writes)."""
    out: dict[int, str] = {}

    def text(hexa: bytes) -> str:
        return bytes.fromhex(hexa.decode()).decode("utf-16-be", errors="ignore")

    for block in re.findall(rb"beginbfchar(.*?)endbfchar", cmap, re.S):
        pairs = _HEX.findall(block)
        for src, dst in zip(pairs[::2], pairs[1::2], strict=False):
            out[int(src, 16)] = text(dst)
    for block in re.findall(rb"beginbfrange(.*?)endbfrange", cmap, re.S):
        for line in block.splitlines():
            parts = _HEX.findall(line)
            if len(parts) != 3:  # the array form ([<..> <..>]) is left out
                continue
            low, high, first = int(parts[0], 16), int(parts[1], 16), int(parts[2], 16)
            for k, code in enumerate(range(low, min(high, low + 255) + 1)):
                out[code] = chr(first + k) if first + k < 0x110000 else ""
    return out


def _stamp_words(page: object, index: int, height: float, stamps: _Stamps) -> list[Word]:
    """One word per widget whose appearance draws text, where PDFium places that text on the page.

    A malformed annotation is skipped: the stamp is an extra, never a reason not to read the page.
    """
    import pypdfium2.raw as raw

    words: list[Word] = []
    for i in range(raw.FPDFPage_GetAnnotCount(page)):
        annot = raw.FPDFPage_GetAnnot(page, i)
        if not annot:
            continue
        try:
            if raw.FPDFAnnot_GetSubtype(annot) != raw.FPDF_ANNOT_WIDGET:
                continue
            boxes = [
                b
                for k in range(raw.FPDFAnnot_GetObjectCount(annot))
                for b in _text_boxes(raw.FPDFAnnot_GetObject(annot, k), 0)
            ]
            if not boxes:
                continue
            word = _stamp_word(annot, boxes, height, *stamps.text(index, i))
            if word is not None:
                words.append(word)
        except Exception:  # noqa: BLE001 - a broken annotation or appearance: read the page without it
            continue
        finally:
            raw.FPDFPage_CloseAnnot(annot)
    return words


def _text_boxes(obj: object, depth: int) -> list[tuple[float, float, float, float, float]]:
    """(left, bottom, right, top, font size) of each text object an appearance draws, in the appearance's space."""
    import pypdfium2.raw as raw

    kind = raw.FPDFPageObj_GetType(obj)
    if kind == raw.FPDF_PAGEOBJ_FORM and depth < 4:
        return [
            b
            for k in range(raw.FPDFFormObj_CountObjects(obj))
            for b in _text_boxes(raw.FPDFFormObj_GetObject(obj, k), depth + 1)
        ]
    if kind != raw.FPDF_PAGEOBJ_TEXT:
        return []
    left, bottom, right, top, size = (ctypes.c_float() for _ in range(5))
    if not raw.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
        return []
    raw.FPDFTextObj_GetFontSize(obj, size)
    return [(left.value, bottom.value, right.value, top.value, size.value)]


def _stamp_word(
    annot: object,
    boxes: list[tuple[float, float, float, float, float]],
    height: float,
    text: str,
    x: float,
    y: float,
) -> Word | None:
    """The appearance's text as one word, its box mapped from the appearance's space onto the annotation's rect."""
    import pypdfium2.raw as raw

    text = " ".join(text.split())
    if not text:
        return None
    rect = raw.FS_RECTF()
    if not raw.FPDFAnnot_GetRect(annot, rect):
        return None
    dx, dy = min(rect.left, rect.right) - x, min(rect.bottom, rect.top) - y
    left, right = min(b[0] for b in boxes) + dx, max(b[2] for b in boxes) + dx
    bottom, top = min(b[1] for b in boxes) + dy, max(b[3] for b in boxes) + dy
    size = max(b[4] for b in boxes) or (top - bottom)
    return Word(text, left, right, height - top, height - bottom, size, stamped=True)


# ---- a PDF's text layer already dumped to text with its layout (pdftotext -layout, "Save as text") ----------

# In a layout dump a character is one column and a line one row: a word's box is rebuilt from its columns so the
# page reading above (side-by-side blocks, running lines, paragraphs) applies as it does to the PDF itself.
_CHAR = 1.0  # width of a column
_EM = 2.0  # a character is about half an em wide
_ROW = 2.4  # rows are 1.2 em apart
_LAYOUT_GAP = re.compile(r"\S {4,}\S")  # a gap no justified line has: two columns side by side
_LAYOUT_INDENT = re.compile(r"^ {2,}\S")
LAYOUT_MIN_LINES = 8
LAYOUT_SLACK = 0.1  # of the line's width
LAYOUT_INDENT = 0.15  # of the line's width: the deepest first-line indent


def is_layout_text(text: str) -> bool:
    """Whether a text file is a page layout dump rather than one paragraph per line: pages parted by form feeds,
    or lines hard-wrapped at one width with indents and the letterhead's two columns side by side."""
    lines = [ln for ln in text.split("\n") if ln.strip()]
    if len(lines) < LAYOUT_MIN_LINES:
        return False
    if "\f" in text:
        return True
    lengths = sorted(len(ln.rstrip()) for ln in lines)
    width = lengths[int(0.9 * (len(lengths) - 1))]
    if width > 130:  # paragraphs on one line each
        return False
    columns = sum(1 for ln in lines[:40] if _LAYOUT_GAP.search(ln.strip()))
    indented = sum(1 for ln in lines if _LAYOUT_INDENT.match(ln))
    if columns == 0 or indented * 5 < len(lines):
        return False
    # the letterhead's two columns side by side and a fifth of the lines indented by spaces (text typed one
    # paragraph a line has neither); a second two-column line, lines wrapped at one width or half the lines
    # indented confirm it (a form feed lost in copying must not decide)
    wrapped = sum(
        1 for ln in lines if len(ln.rstrip()) >= 0.8 * width and not _SENTENCE_END.search(ln.rstrip())
    )
    return columns >= 2 or wrapped * 4 >= len(lines) or indented * 2 >= len(lines)


def read_layout_text(text: str) -> str:
    """The layout dump read as its PDF is read: one paragraph per line, the letterhead's columns apart, running
    headers and page numbers dropped, borderless tables one row per line (_DumpTable)."""
    pages: list[list[Line]] = []
    table: _DumpTable | None = None  # a table still open at the end of the page before
    text = text.expandtabs(8)
    for index, page in enumerate(text.split("\f") if "\f" in text else _pages_by_number(text)):
        rows: list[list[Word]] = []
        horizontal: list[Segment] = []
        for row, raw in enumerate(page.split("\n")):
            top = row * _ROW
            words = [
                Word(m.group(), m.start() * _CHAR, m.end() * _CHAR, top, top + _EM, _EM)
                for m in re.finditer(r"\S+", raw)
            ]
            horizontal += [(w.x0, w.x1, w.bottom) for w in words if _is_rule_text(w.text)]
            rows.append([w for w in words if not _is_rule_text(w.text)])
        lines: list[Line] = []
        start = 0
        found = _dump_tables(rows, index, table, drift="\f" not in text)
        table = found[-1][3] if found else None
        for first, end, table_lines, _open in found:
            lines += _side_by_side([Line(index, ws) for ws in rows[start:first] if ws], horizontal)
            lines += table_lines
            start = end
        lines += _side_by_side([Line(index, ws) for ws in rows[start:] if ws], horizontal)
        if lines:
            pages.append(_subject_cell(lines))
    notes: list[Line] = []
    lines = _drop_running_lines(pages, notes=notes)
    return "\n".join(_paragraphs(lines, per_page=True) + _paragraphs(notes, per_page=True))


_BARE_NUMBER = re.compile(r"^ +(?:- *)?(\d{1,3})(?: *-)?$")
PAGE_NUMBER_INDENT = (
    0.25  # of the text's width: a page number stands centred (or right), not in a number column
)
PAGE_NUMBERS_MIN = 3


def _pages_by_number(text: str) -> list[str]:
    """A dump whose form feeds were lost, cut into its pages after their numbers: lines that hold nothing but a
    number, indented well into the page, whose numbers run up one page at a time (a page may go unnumbered: a
    step of two), three at least. A number alone in a table's number column is not indented so far."""
    lines = text.split("\n")
    lengths = sorted(len(ln.rstrip()) for ln in lines if ln.strip())
    if not lengths:
        return [text]
    width = lengths[int(0.9 * (len(lengths) - 1))]
    found = [
        (i, int(m.group(1)))
        for i, ln in enumerate(lines)
        if (m := _BARE_NUMBER.match(ln.rstrip())) and len(ln) - len(ln.lstrip()) >= PAGE_NUMBER_INDENT * width
    ]
    # the longest run of numbers going up by one or two in the order they come
    best: list[list[int]] = []
    for k, (_i, n) in enumerate(found):
        prev = [best[j] for j in range(k) if 1 <= n - found[j][1] <= 2]
        best.append([*max(prev, key=len, default=[]), k])
    chain = max(best, key=len, default=[])
    if len(chain) < PAGE_NUMBERS_MIN:
        return [text]
    cuts = [found[k][0] + 1 for k in chain]
    return ["\n".join(lines[a:b]) for a, b in zip([0, *cuts], [*cuts, len(lines)], strict=True)]


_SUBJECT = re.compile(r"^(?:V/v|Về\s+việc)\b", re.I)
SUBJECT_WIDTH = 0.75  # of the page's usual line end: a subject cell's lines end before it


def _subject_cell(lines: list[Line]) -> list[Line]:
    """A letter's "V/v …" block under the letterhead, wrapped in a narrow left column, is one cell, as in the PDF.

    The dump places it by characters, so it rarely lines up with the letterhead's column closely enough to join the
    side-by-side block: its lines are taken while they follow on the next row and stay short of the text's width.

    Round 60: short of three quarters of the page's usual width (the 90th percentile of its line ends, as
    `_margins` takes the right margin), no longer of its longest line: one line running far past the text (a note a copy put on top) made
    every body line narrow, and a paragraph's wrapped "về việc …" line was taken for the subject."""
    ends = sorted(ln.x1 for ln in lines)
    limit = SUBJECT_WIDTH * ends[int(0.9 * (len(ends) - 1))] if ends else 0.0
    out: list[Line] = []
    i = 0
    while i < len(lines):
        ln = lines[i]
        if not _SUBJECT.match(ln.text) or ln.x1 > limit:
            out.append(ln)
            i += 1
            continue
        # a cell of the letterhead's block may already hold its first lines: go on from its last row
        cell, j, last = [ln], i + 1, max(w.top for w in ln.words)
        while j < len(lines) and not lines[j].fixed and lines[j].top - last <= 1.5 * _ROW:
            if lines[j].x1 > limit or _CELL_START.match(lines[j].text):
                break
            cell.append(lines[j])
            last = lines[j].top
            j += 1
        words = [w for c in cell for w in c.words]
        out.append(Line(ln.page, words, _join_texts([c.text for c in cell]), fixed=True, at=ln.at))
        i = j
    return out


# A table in a layout dump has no rules: its columns are bands of character columns parted by gutters (columns
# blank on nearly every line of the table), and each row's cells are centred on the line that holds its number.
_STT_WORD = re.compile(r"^S?TT$")
_ROW_NUMBER = re.compile(r"^(?:\d{1,3}|[IVXLC]{1,6}|[IVXLC]{1,6}\.\d{1,2}|\d{1,2}\.\d{1,2})[.)]?$")
_APPENDIX_HEADING = re.compile(r"^(?:PHỤ LỤC|Phụ lục)(?: (?:số )?[0-9IVXLC]{1,5}[.:]?)?$")
HEADER_LINES = 4  # at most this many lines of a header above (and below) the line with "STT"
LOWER_START = 3  # cost of a row starting where a cell goes on in lower case (a sentence wrapped, not begun)


@dataclass
class _DumpTable:
    cuts: list[float]  # where each column after the first starts
    stt: float  # where the number column ends: a line starting left of it is no longer the table's
    signature: tuple[int, ...]
    runs: list[tuple[int, int]] = field(
        default_factory=list
    )  # the header's columns (its words parted by blanks)
    parts: dict[int, list[list[Word]]] = field(default_factory=dict)  # each line's split, by the line's id
    bands: _Bands | None = (
        None  # columns that drift from line to line: words are given their column row by row
    )
    header: list[list[Word]] = field(default_factory=list)

    def cells(self, lines: list[list[Word]], header: bool = False) -> list[str]:
        return self._texts(self.split(ws, header) for ws in lines)

    def _texts(self, splits: Iterable[list[list[Word]]]) -> list[str]:
        """The cells' texts of a row given each of its lines split into columns, empty cells at its end dropped."""
        per: list[list[str]] = [[] for _ in range(len(self.cuts) + 1)]
        for parts in splits:
            for c, part in enumerate(parts):
                if part:
                    per[c].append(" ".join(w.text for w in part))
        texts = [_join_texts(p) for p in per]
        while texts and not texts[-1]:
            texts.pop()
        return texts

    def split(self, ws: list[Word], header: bool = False) -> list[list[Word]]:
        key = id(ws) * 2 + header
        if key not in self.parts:
            self.parts[key] = self._split(ws, header)
        return self.parts[key]

    def _split(self, ws: list[Word], header: bool) -> list[list[Word]]:
        """A line's words by column. Text pushed right by a long cell on its left comes one blank after it: a
        cell starts at the first word past the cut, or at a word a wider gap parts from the one before it just
        short of or past the cut."""
        parts: list[list[Word]] = [[] for _ in range(len(self.cuts) + 1)]
        if header:  # the header's words stand apart in their columns
            for w in ws:
                parts[max((k for k, r in enumerate(self.runs) if r[0] <= w.x0), default=0)].append(w)
            return parts
        i = 0
        if ws and (_ROW_NUMBER.match(ws[0].text) or _STT_WORD.match(ws[0].text)) and ws[0].x0 < self.stt:
            parts[0].append(ws[0])
            i = 1
            if _group_line(ws):
                parts[1] += ws[1:]
                return parts
        for c, cut in enumerate(self.cuts, start=1):
            past = next((j for j in range(i, len(ws)) if ws[j].x0 >= cut), len(ws))
            wide = next(
                (
                    j
                    for j in range(max(i, 1), len(ws))
                    if ws[j].x0 - ws[j - 1].x1 >= 2 * _CHAR and cut - 3 * _CHAR <= ws[j].x0 <= cut + 6 * _CHAR
                ),
                None,
            )
            j = past if wide is None else wide
            parts[c - 1] += ws[i:j]
            i = j
        parts[-1] += ws[i:]
        return parts

    def line(self, lines: list[list[Word]], page: int, header: bool = False) -> Line | None:
        cells = self.cells(lines, header) if header or self.bands is None else self.row_cells(lines)
        if not any(cells):
            return None
        words = [w for ws in lines for w in ws]
        top, bottom = min(w.top for w in words), max(w.bottom for w in words)
        anchor = Word("", min(w.x0 for w in words), max(w.x1 for w in words), top, bottom, _EM)
        return Line(page, [anchor], " | ".join(cells), fixed=True, cells=cells, table=self.signature)

    def row_cells(self, lines: list[list[Word]]) -> list[str]:
        """The row's cells when its columns drift (see _Bands.assign)."""
        assert self.bands is not None
        return self._texts(self.bands.assign(lines, self))


# A cell's text read as a time (a year, a period of years, a date, a quarter, "Hằng năm"): only a tie-breaker
# when a word that touches the cell on its left could start either cell.
_TIMING_CELL = re.compile(
    r"^(?:(?:Trước|Sau|Trong|Từ|Đến|Năm|Quý\s+[IV]{1,3}|Tháng\s+\d{1,2}|ngày)[\s,/]*)*"
    r"(?:\d{1,2}/){0,2}(?:19|20)\d\d(?:\s*[-–]\s*(?:\d{1,2}/){0,2}(?:19|20)\d\d)?$"
    r"|^(?:Hằng|Hàng)\s+(?:năm|quý|tháng|tuần)$",
    re.I,
)
CHUNK_GAP = 2 * _CHAR  # words this far apart or more are apart in the dump: a cell's line ends between them
SPLIT_COST = 2.0  # a cell cut where only one blank parts the words
LOWER_COST = 3.0  # a cell's line cut off starting in lower case (most cells start their line with a capital)
OVERLAP_COST = 10.0  # a cell's line lying over the text another column holds on another line of the row
TIMING_BONUS = 2.0
ALIGN = 3 * _CHAR  # lines of one cell share their left edge or their middle this closely
DRIFT = (
    10 * _CHAR
)  # how far a column's line may sit off its other lines (pdftotext's drift, up to ten characters)
SHIFT_COST = (
    0.1  # a row's groups matched to columns as far off the header as they need, the nearer the better
)


def _chunks(ws: list[Word]) -> list[list[Word]]:
    """A line's runs of words parted by two blanks or more."""
    out: list[list[Word]] = []
    for w in ws:
        if out and w.x0 - out[-1][-1].x1 < CHUNK_GAP:
            out[-1].append(w)
        else:
            out.append([w])
    return out


def _mid(ws: list[Word]) -> float:
    return (ws[0].x0 + ws[-1].x1) / 2


def _spread(xs: list[float]) -> float:
    m = sorted(xs)[len(xs) // 2]
    return sum(abs(x - m) for x in xs) / len(xs)


@dataclass
class _Bands:
    """A table whose columns drift by several characters from line to line (pdftotext places each line's words by
    their own widths, and a long cell pushes the next one right until only one blank parts them): its columns are
    found row by row. `mids` are the middles of the header's columns after the number column, where rows are
    matched to until a row shows every column on lines of its own (`learn`)."""

    mids: list[float]
    runs: list[tuple[int, int]]  # the header's columns after the number column
    seen: list[list[float]] = field(default_factory=list)  # where complete rows put each column's middle
    seen_left: list[list[float]] = field(default_factory=list)  # and its left edge
    places: list[float] = field(default_factory=list)  # the columns' middles the row being read is matched to
    shift: float = 0.0  # how far the row being read sits right of them

    def assign(self, lines: list[list[Word]], table: _DumpTable) -> list[list[list[Word]]]:
        """Each line's words by column, decided within the row. The runs of words two blanks apart from the rest
        are the lines of the row's cells: runs on different lines that share their middle (a centred cell) or
        left edge (wrapped text) within a few characters are one column, and the row's groups take the columns
        in order, the whole row as far off them as it sits (complete rows place the columns, else the header).
        A run that lies over another line's run holds two cells or more: it is cut, where one blank parts two
        words, into the pieces that best fit the row's other lines in their columns (left edge or middle, as
        those lines are set), lie over no other column's line, begin with a capital, and, as a tie-breaker,
        read as a time where the column's other lines do."""
        width = len(table.cuts) + 1
        heads, groups, chunks, every, items = self._runs(lines, table)
        column = self._columns(items, width)
        placed = set(column)
        for _i, ch in every:
            if (
                id(ch) not in column
            ):  # a run of two cells or more starts at the latest in the column whose lines
                near = min(items, key=lambda it: abs(it[1][0].x0 - ch[0].x0))  # start nearest
                column[id(ch)] = column[id(near[1])]
        out: list[list[list[Word]]] = []
        for i, cs in enumerate(chunks):
            parts: list[list[Word]] = [[] for _ in range(width)]
            parts[0] += heads[i]
            if groups[i]:
                parts[1] += lines[i][1:]
                out.append(parts)
                continue
            line_runs: list[tuple[int, int, list[Word]]] = []  # (earliest column, column, words)
            for ch in cs:
                prev = line_runs[-1][1] if line_runs else 1
                c = max(column[id(ch)], prev)
                if line_runs and prev == c:
                    line_runs[-1] = (line_runs[-1][0], c, line_runs[-1][2] + ch)
                else:
                    low = c if id(ch) in placed else min(c, prev + 1 if line_runs else 1)
                    line_runs.append((low, c, ch))
            others = [(column[id(ch)], ch) for j, ch in items if j != i]
            for k, (low, c, run) in enumerate(line_runs):
                last = line_runs[k + 1][1] - 1 if k + 1 < len(line_runs) else width - 1
                for col, piece in self._cut(run, low, c, last, others):
                    parts[col] += piece
            out.append(parts)
        return out

    def _runs(
        self, lines: list[list[Word]], table: _DumpTable
    ) -> tuple[
        list[list[Word]],
        list[bool],
        list[list[list[Word]]],
        list[tuple[int, list[Word]]],
        list[tuple[int, list[Word]]],
    ]:
        """The row's lines: each one's number, whether it is a group row, its runs of words; all the runs, and
        those that place the columns."""
        heads: list[list[Word]] = []
        chunks: list[list[list[Word]]] = []
        groups: list[bool] = []
        for ws in lines:
            head: list[Word] = []
            if ws and (_ROW_NUMBER.match(ws[0].text) or _STT_WORD.match(ws[0].text)) and ws[0].x0 < table.stt:
                head, ws = ws[:1], ws[1:]
            heads.append(head)
            groups.append(bool(head) and _group_line(head + ws))
            chunks.append([] if groups[-1] else _chunks(ws))
        every = [(i, ch) for i, cs in enumerate(chunks) for ch in cs]
        # a run over another line's run (not a line of the same centred or flush cell) holds two cells or more:
        # it neither places the columns nor is a line they are fitted to
        merged = {
            id(ch)
            for i, ch in every
            for j, r in every
            if i != j
            and ch[0].x0 + _CHAR < r[0].x0
            and r[-1].x1 <= ch[-1].x1 + ALIGN
            and abs(_mid(ch) - _mid(r)) > ALIGN
        }
        items = [(i, ch) for i, ch in every if id(ch) not in merged] or every
        return heads, groups, chunks, every, items

    def learn(self, lines: list[list[Word]], table: _DumpTable) -> None:
        """A row that shows every column on lines of their own tells where the body puts them (a dump may set
        the whole body several characters off its header): the body's columns are then placed from such rows."""
        items = self._runs(lines, table)[4]
        clusters = self._groups(items)
        if len(clusters) == len(self.mids):
            for k, ks in enumerate(clusters):
                self.seen[k].append(sum(_mid(items[j][1]) for j in ks) / len(ks))
                self.seen_left[k].append(min(items[j][1][0].x0 for j in ks))

    def _groups(self, items: list[tuple[int, list[Word]]]) -> list[list[int]]:
        """Runs of different lines sharing their middle (a centred cell) or left edge (wrapped text), linked."""
        parent = list(range(len(items)))

        def find(k: int) -> int:
            while parent[k] != k:
                parent[k] = parent[parent[k]]
                k = parent[k]
            return k

        pairs = [
            (a, b) for a in range(len(items)) for b in range(a + 1, len(items)) if items[a][0] != items[b][0]
        ]
        # the lines of a centred cell first: a short one may start where another column does
        for a, b in pairs:
            if abs(_mid(items[a][1]) - _mid(items[b][1])) <= ALIGN:
                parent[find(a)] = find(b)
        size = Counter(find(k) for k in range(len(items)))
        # then wrapped lines, sharing their left edge, unless it would join two cells' lines
        for a, b in pairs:
            ra, rb = find(a), find(b)
            if abs(items[a][1][0].x0 - items[b][1][0].x0) <= _CHAR and ra != rb and 1 in (size[ra], size[rb]):
                parent[ra] = rb
                size[rb] += size[ra]
        members: dict[int, list[int]] = {}
        for k in range(len(items)):
            members.setdefault(find(k), []).append(k)
        return sorted(members.values(), key=lambda ks: min(items[k][1][0].x0 for k in ks))

    def _columns(self, items: list[tuple[int, list[Word]]], width: int) -> dict[int, int]:
        """The column of each run of the row: its group's place among the row's groups, matched in order to the
        columns (where complete rows put them, else where the header does)."""
        clusters = self._groups(items)
        mids = [sum(_mid(items[k][1]) for k in ks) / len(ks) for ks in clusters]
        lefts = [min(items[k][1][0].x0 for k in ks) for ks in clusters]
        n, m = len(clusters), len(self.mids)
        if not n:
            return {}
        learned = all(self.seen)
        places = [sum(v) / len(v) for v in self.seen] if learned else self.mids
        edges = [sum(v) / len(v) for v in self.seen_left] if learned else [float(r[0]) for r in self.runs]
        # the groups take the columns in order; the whole row may sit a few characters off them (a dump's lines
        # drift), so the match is the one whose groups lie most evenly off their columns, each by its middle or
        # its left edge (a centred cell, or wrapped text whose last line is short)
        best: tuple[float, tuple[int, ...], float] = (float("inf"), (), 0.0)
        for cols in itertools.combinations(range(m), n) if n <= m else ():
            offs = [
                (mid - places[c], left - edges[c]) for mid, left, c in zip(mids, lefts, cols, strict=True)
            ]
            for shift in sorted({o for pair in offs for o in pair}):
                cost = sum(min(abs(a - shift), abs(b - shift)) for a, b in offs) + SHIFT_COST * abs(shift)
                if cost < best[0]:
                    best = (cost, cols, shift)
        self.shift = best[2]
        cols = best[1] or tuple(min(range(m), key=lambda c: abs(mid - places[c])) for mid in mids)
        self.places = places
        out: dict[int, int] = {}
        last = 0
        for ks, c in zip(clusters, cols, strict=True):
            last = max(last, c)
            for k in ks:
                out[id(items[k][1])] = last + 1
        return out

    def _fit(self, piece: list[Word], c: int, others: list[tuple[int, list[Word]]]) -> float:
        refs = [r for col, r in others if col == c]
        if (
            not refs
        ):  # a column the row shows on no other line: where the header puts it, as far off as the row
            return abs(_mid(piece) - self.places[c - 1] - self.shift) / 2
        lefts = min(abs(piece[0].x0 - r[0].x0) for r in refs)
        mids = min(abs(_mid(piece) - _mid(r)) for r in refs)
        if len(refs) < 2:
            return min(lefts, mids)
        # the column's other lines in the row tell how it is set: flush left (wrapped text) or centred
        return mids if _spread([_mid(r) for r in refs]) < _spread([r[0].x0 for r in refs]) else lefts

    def _piece_cost(
        self, piece: list[Word], c: int, lead: list[Word], others: list[tuple[int, list[Word]]]
    ) -> float:
        """What a piece of a run costs in column c; `lead` holds the (up to two) words of the run before it, none
        for the run's first piece."""
        cost = self._fit(piece, c, others)
        if lead:
            cost += SPLIT_COST + (LOWER_COST if piece[0].text[:1].islower() else 0.0)
        cost += OVERLAP_COST * sum(
            1 for col, r in others if col != c and piece[0].x0 < _mid(r) < piece[-1].x1
        )
        if lead and _TIMING_CELL.match(" ".join(w.text for w in piece)):
            if any(_TIMING_CELL.match(" ".join(w.text for w in lead[-j:] + piece)) for j in (1, 2)):
                return cost  # a time cut in two: the bonus is for the whole of it
            refs = [r for col, r in others if col == c]
            if all(_TIMING_CELL.match(" ".join(w.text for w in r)) for r in refs):
                cost -= TIMING_BONUS
        return cost

    def _cut(
        self, run: list[Word], low: int, c: int, last: int, others: list[tuple[int, list[Word]]]
    ) -> list[tuple[int, list[Word]]]:
        """The run cut into pieces for columns low … last (in order, a column may be skipped; the first in
        low … c), the cheapest way; a cut only where one blank parts two words."""
        if (last <= c and low == c) or len(run) < 2:
            return [(c, run)]
        n = len(run)
        cuts = [j for j in range(1, n) if run[j].x0 - run[j - 1].x1 < CHUNK_GAP]
        memo: dict[tuple[int, int, int], float] = {}

        def piece(i: int, j: int, col: int) -> float:
            if (i, j, col) not in memo:
                memo[(i, j, col)] = self._piece_cost(run[i:j], col, run[max(0, i - 2) : i], others)
            return memo[(i, j, col)]

        ends = [*cuts, n]
        inf = float("inf")
        # best[(j, col)]: the cheapest pieces of run[:j], the last one in column col
        best: dict[tuple[int, int], tuple[float, tuple[int, int] | None]] = {}
        for j in ends:
            for col in range(low, c + 1):
                best[(j, col)] = (piece(0, j, col), None)
        # a column's line starts no further left than its other lines in the row (or, where it has none, where
        # the other rows put it) less the drift: no cut is tried left of that
        earliest = {
            col: min([r[0].x0 for k, r in others if k == col] or [self.places[col - 1] + self.shift - DRIFT])
            - DRIFT
            for col in range(low, last + 1)
        }
        for i in cuts:
            for col in range(low, last + 1):
                here = best.get((i, col))
                if here is None or here[0] == inf:
                    continue
                for j in (e for e in ends if e > i):
                    for nxt in range(col + 1, last + 1):
                        if run[i].x0 < earliest[nxt]:
                            continue
                        v = here[0] + piece(i, j, nxt)
                        if v < best.get((j, nxt), (inf, None))[0] - 1e-9:
                            best[(j, nxt)] = (v, (i, col))
        # the whole run in column c wins ties: a run is cut only where that is cheaper
        end = min(
            (k for k in best if k[0] == n),
            key=lambda k: (best[k][0] - (1e-6 if k[1] == c and best[k][1] is None else 0.0), k[1]),
        )
        pieces: list[tuple[int, list[Word]]] = []
        j, col = end
        while True:
            prev = best[(j, col)][1]
            i = prev[0] if prev else 0
            pieces.append((col, run[i:j]))
            if prev is None:
                break
            j, col = prev
        return pieces[::-1]


def _bands(table: _DumpTable) -> _Bands:
    runs = table.runs[1:]
    return _Bands([(a + b) / 2 for a, b in runs], runs, [[] for _ in runs], [[] for _ in runs])


def _dump_tables(
    rows: list[list[Word]], page: int, table: _DumpTable | None, drift: bool = False
) -> list[tuple[int, int, list[Line], _DumpTable | None]]:
    """The borderless tables on a page of a layout dump: (first row, end row, its lines, the table if it runs on
    to the next page). A table opens at a header whose first cell is "STT"/"TT", or goes on from the page before."""
    out: list[tuple[int, int, list[Line], _DumpTable | None]] = []
    r = 0
    first_content = next((i for i, ws in enumerate(rows) if ws), len(rows))
    while r < len(rows):
        head = next(
            (
                i
                for i in range(r, len(rows))
                if rows[i] and _STT_WORD.match(rows[i][0].text) and len(rows[i]) > 2
            ),
            None,
        )
        before = sum(1 for ws in rows[:head] if ws) if head is not None else len(rows)
        if table is not None and r == 0 and before > HEADER_LINES + 1:  # no header repeated at the page's top
            lines, end = _dump_body(rows, first_content, page, table, [], True)
            if end > first_content:
                out.append((first_content, end, lines, table if not any(rows[end:]) else None))
                r = end
            table = None
            continue
        if head is None:
            break
        above = 0
        while above < HEADER_LINES and head - above - 1 >= r and rows[head - above - 1]:
            above += 1
        below = 0
        while below < above and head + below + 1 < len(rows) and rows[head + below + 1]:
            nxt = rows[head + below + 1][0]
            if _ROW_NUMBER.match(nxt.text) and nxt.x0 < rows[head][0].x1:
                break
            below += 1
        header = [ws for ws in rows[head - above : head + below + 1] if ws]
        new = _dump_columns(header, rows[head + below + 1 :], rows[head][0], drift)
        if new is None:
            r = head + 1
            continue
        # the header repeated on the next page, its cells laid out a character or two apart (two of them one blank
        # apart): its words, each in the nearest of the columns of the page before, are the same header
        repeated = (
            table is not None
            and new.signature != table.signature
            and before <= HEADER_LINES + 1
            and _nearest_cells(table.runs, header) == _nearest_cells(table.runs, table.header)
        )
        if repeated and table is not None:
            new = _DumpTable(table.cuts, new.stt, table.signature, table.runs, bands=table.bands)
        new.header = header
        goes_on = table is not None and table.signature == new.signature and before <= HEADER_LINES + 1
        lines, end = _dump_body(rows, head + below + 1, page, new, [] if repeated else header, goes_on)
        out.append((head - above, end, lines, new if not any(rows[end:]) else None))
        table = None
        r = end
    return out


def _dump_columns(
    header: list[list[Word]], body: list[list[Word]], stt: Word, drift: bool = False
) -> _DumpTable | None:
    """Columns from the header (its words' extents, parted by two blanks) and the gutters of the lines below:
    between two header columns the cut is where the fewest lines have a character."""
    width = int(max(w.x1 for ws in header + body for w in ws)) + 1
    used = [False] * width
    for ws in header:
        for w in ws:
            for x in range(int(w.x0), int(w.x1)):
                used[x] = True
    runs: list[tuple[int, int]] = []
    for x in range(width):
        if used[x] and runs and x - runs[-1][1] <= 1:
            runs[-1] = (runs[-1][0], x + 1)
        elif used[x]:
            runs.append((x, x + 1))
    runs = _split_header_runs(runs, header)
    if len(runs) < 3 or runs[0][0] > stt.x0 or runs[0][1] > stt.x1 + 1:
        return None
    lines = [ws for ws in body if ws and not _group_line(ws)][:200]  # a group row's cell spans the columns
    filled = [0] * width
    for ws in lines:
        for w in ws:
            for x in range(int(w.x0), int(w.x1)):
                filled[x] += 1
    cuts: list[float] = []
    for (a0, a1), (b0, b1) in zip(runs, runs[1:], strict=False):
        low, high = (a0 + a1) // 2 + 1, (b0 + b1) // 2
        least = min(filled[low : high + 1])
        gutters: list[tuple[int, int]] = []  # runs of the emptiest columns: the widest is the gutter
        for x in range(low, high + 1):
            if filled[x] != least:
                continue
            if gutters and gutters[-1][1] == x:
                gutters[-1] = (gutters[-1][0], x + 1)
            else:
                gutters.append((x, x + 1))
        middle = (a1 + b0) / 2
        best = max(gutters, key=lambda g: (g[1] - g[0], -abs((g[0] + g[1]) / 2 - middle)))
        cuts.append(float(best[1]))
    cuts[0] = min(cuts[0], float(runs[1][0]))
    table = _DumpTable(cuts, stt.x1, (), runs)
    table.signature = _signature(table, header)
    table.bands = _bands(table) if drift else None
    return table


def _signature(table: _DumpTable, header: list[list[Word]]) -> tuple[int, ...]:
    """The table's columns and header text, as a key that tells its header repeated on the next page."""
    text = " | ".join(table.cells(header, header=True))
    return (len(table.runs), sum(ord(c) * (i + 1) for i, c in enumerate(text)) % 1_000_003)


def _nearest_cells(runs: list[tuple[int, int]], header: list[list[Word]]) -> list[list[str]]:
    """The header's words, each in the column it lies nearest (to tell a header repeated a little apart)."""
    cells: list[list[str]] = [[] for _ in runs]
    for ws in header:
        for w in ws:
            k = min(range(len(runs)), key=lambda k: max(runs[k][0] - w.x0, w.x1 - runs[k][1], 0.0))
            cells[k].append(w.text)
    return cells


def _split_header_runs(runs: list[tuple[int, int]], header: list[list[Word]]) -> list[tuple[int, int]]:
    """Two header cells that one line runs together ("tổ chức Cá nhân phụ trách", one blank apart) are parted
    where another header line leaves two blanks between its words and no word of any line crosses."""
    words = [w for ws in header for w in ws]
    out: list[tuple[int, int]] = []
    for a, b in runs:
        cuts = sorted(
            {
                int(y.x0)
                for ws in header
                for x, y in zip(ws, ws[1:], strict=False)
                if a <= x.x0
                and y.x1 <= b
                and y.x0 - x.x1 >= CHUNK_GAP
                and not any(w.x0 < y.x0 and w.x1 > y.x0 - _CHAR for w in words)
            }
        )
        for cut in cuts:
            out.append((a, cut))
            a = cut
        out.append((a, b))
    return out


def _dump_body(
    rows: list[list[Word]], first: int, page: int, table: _DumpTable, header: list[list[Word]], carried: bool
) -> tuple[list[Line], int]:
    """The table's rows from `first` to where it ends (a line starting in the number column with no number): a row
    is the span of lines around its numbered line that makes the rows most nearly centred on their numbers and
    starts no cell in the middle of a sentence (lines before the first number go on the row of the page before)."""
    out: list[Line] = []
    table.parts.clear()  # lines of another page may reuse the ids
    if header:
        head = table.line(header, page, header=True)
        if head is not None:
            out.append(head)
    end = first
    body: list[list[Word]] = []
    filled = [i for i, ws in enumerate(rows) if ws]
    edges = {filled[0], filled[-1]} if filled else set()
    while end < len(rows):
        ws = rows[end]
        if ws and ws[0].x0 < table.stt and not _ROW_NUMBER.match(ws[0].text):
            break
        if ws and _APPENDIX_HEADING.match(" ".join(w.text for w in ws)):
            break  # the next appendix's heading: a page that goes on from the table's is no longer its own
        if ws and end in edges and len(ws) == 1 and ws[0].x0 >= table.stt and _PAGE_NUMBER.match(ws[0].text):
            end += 1  # the page's number, above or below the table
            continue
        if ws:
            body.append(ws)
        end += 1
    while end > first and not rows[end - 1]:
        end -= 1
    numbered = [i for i, ws in enumerate(body) if _ROW_NUMBER.match(ws[0].text) and ws[0].x0 < table.stt]
    if not numbered:
        if carried and body:
            line = table.line(body, page)
            out += [line] if line else []
        return out, end
    lower = [_lower_starts(ws, table) for ws in body]
    n = len(body)

    def lopsided(start: int, number: int, last: int) -> int:
        up, down = number - start, last - number
        return min(abs(up - down), 1 + up)

    inf = 10**9
    # cost[s]: the best cost of the rows so far with the current row starting at s
    cost = {s: (0 if carried else 5 * s) + LOWER_START * lower[s] for s in range(numbered[0] + 1)}
    back: list[dict[int, int]] = []
    for i, number in enumerate(numbered[1:], start=1):
        prev = numbered[i - 1]
        nxt: dict[int, int] = {}
        how: dict[int, int] = {}
        for s2 in range(prev + 1, number + 1):
            best, arg = inf, -1
            for s1, c in cost.items():
                v = c + lopsided(s1, prev, s2 - 1)
                if v < best:
                    best, arg = v, s1
            nxt[s2], how[s2] = best + LOWER_START * lower[s2], arg
        cost = nxt
        back.append(how)
    s = min(cost, key=lambda s: (cost[s] + lopsided(s, numbered[-1], n - 1), s))
    starts = [s]
    for how in reversed(back):
        s = how[s]
        starts.append(s)
    starts.reverse()
    bounds = [*starts, n]
    if table.bands is not None:
        for a, b in zip(bounds, bounds[1:], strict=False):
            table.bands.learn(body[a:b], table)
    if bounds[0] > 0:
        line = table.line(body[: bounds[0]], page)
        out += [line] if line else []
    for a, b in zip(bounds, bounds[1:], strict=False):
        line = table.line(body[a:b], page)
        out += [line] if line else []
    return out, end


def _group_line(ws: list[Word]) -> bool:
    """A group row's line: a Roman number, then one run of text (its merged cell), "II    Cải cách thủ tục"."""
    return (
        len(ws) > 1
        and bool(re.fullmatch(r"[IVXLC]{1,6}(?:\.\d{1,2})?[.)]?", ws[0].text))
        and all(b.x0 - a.x1 < 2 * _CHAR for a, b in zip(ws[1:], ws[2:], strict=False))
    )


def _lower_starts(ws: list[Word], table: _DumpTable) -> int:
    """How many of the line's cells start in lower case (where the columns drift: its runs of words)."""
    if table.bands is not None:
        if ws and _ROW_NUMBER.match(ws[0].text) and ws[0].x0 < table.stt:
            ws = ws[1:]
        return sum(1 for run in _chunks(ws) if run[0].text[:1].islower())
    return sum(1 for part in table.split(ws)[1:] if part and part[0].text[:1].islower())
