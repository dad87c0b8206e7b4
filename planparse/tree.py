"""Lines of a plan -> item tree with corpus-style refs (II.2.b, III.4-3, II.1.+2, PL.I.3) and spans."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import cache, lru_cache

from .deadlines import find_deadline, parse_deadline
from .model import PlanItem, descendants
from .owners import (
    acting_subject,
    assigns_work,
    body_label,
    heading_agencies,
    item_owners,
    kind_asked,
    passive_maker,
    plausible_subject,
    scan_agency_phrase,
    starts_with_action,
    subject_owners,
)
from .text import MEETING, cap, cites_article

# Paragraphs the document did not number get a ref of their own to keep them apart: "III[p2]", and "III[closing]"
# for a section's last one (see _Builder). They have no number to show a reader.
_UNNUMBERED_REF = re.compile(r"\[(?:p\d+|closing)\]$")


def ref_is_unnumbered(ref: str) -> bool:
    """Whether `ref` names a paragraph the document did not number (a ref this module made up)."""
    return bool(_UNNUMBERED_REF.search(ref or ""))


_ROMAN = re.compile(r"^\s*([IVX]{1,5})\s*(?:[.)]|[-–](?=\s*\S))\s*(\S.*)$")
_PART = re.compile(r"^\s*(?:Phần|PHẦN)\s+([IVX]{1,5}|\d{1,2})\b\s*[.:\-–]?\s*(.*)$")
_ARTICLE = re.compile(r"^\s*Điều\s+(\d+)\s*[.:]?\s*(.*)$")
_SECTION_WORD = re.compile(r"^\s*(?:Mục|MỤC)\s+(\d{1,2})\s*[.:\-–]?\s*(\S.*)$")
_UPPER = re.compile(r"^\s*([A-HK-UWYĐ])\s*[.)]\s+(\S.*)$")
# round 28: "2.1.a. Thành lập …", "4.2.b) …": a letter extending a dotted number is one level below it
_DOTTED = re.compile(
    cap(
        r"^\s*(\d{1,2}(?:\.\d{1,2})+(?:\.[a-zđ](?=[.)]\s))?)"
        r"(?:\.\s+|(?<=[a-zđ])\)\s+|\s+(?=[A-ZĐÀ-Ỹ“\"(])|\.(?=[A-ZĐÀ-Ỹ]))(\S.*)$"
    )
)
_ARABIC = re.compile(cap(r"^\s*(\d{1,2})\s*(?:\.\s+|\.(?=[A-ZĐÀ-Ỹ])|[-–]\s+)(\S.*)$"))
_ARABIC_PAREN = re.compile(r"^\s*(\d{1,2})\s*\)\s*(\S.*)$")
# "(1)" and "(1)." are one marker, as "a)" and "a." (the dotted letter before a capital: "a. Với …")
_PAREN = re.compile(r"^\s*\(\s*(\d{1,2}|[a-zđ])\s*\)\.?\s*(\S.*)$")
# round 17: "(i)", "(ii)", "(iii)" … under a request ("b) … đề nghị:" over "(i) Tập đoàn X báo cáo …"): a list of its own
_PAREN_ROMAN = re.compile(r"^\s*\(\s*([ivx]{2,5})\s*\)\.?\s*(\S.*)$")
_LETTER = re.compile(cap(r"^\s*([a-zđ])\s*(?:\)|\.(?=\s+[A-ZĐÀ-Ỹ]))\s*(\S.*)$"))
# round 36 (set 35): paragraphs numbered in words, "Thứ nhất, …", "Thứ hai, …" or "Một là, …", "Hai là, …": a
# numbering a reader sees, as "1.", "2." (the ordinal word and its comma or colon are the marker; a weekday's "Thứ
# hai, ngày …" is a date, not a number)
_ORDINALS = {
    "nhất": 1, "hai": 2, "ba": 3, "tư": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10,
}  # fmt: skip
_CARDINALS = {
    "một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10,
}  # fmt: skip
_ORDINAL = re.compile(
    r"^\s*(?:\*\*|__)?\s*(?:(?:thứ|THỨ|Thứ)\s+(?P<th>\w+)|(?P<la>\w+)\s+(?:là|LÀ))\s*(?:\*\*|__)?\s*[,:]"
    r"(?:\s*(?:\*\*|__))?\s*(?P<rest>\S.*)$"
)
_WEEKDAY_DATE = re.compile(r"^(?:ngày\s+)?\d{1,2}\s*[/-]\s*\d{1,2}|^ngày\s", re.I)
_DASH = re.compile(r"^\s*[-–—]\s*(\S.*)$")
# round 46: a schedule's stage written as a label line, unnumbered but counted in its own words ("Tuần 1 (15-21/11) –
# Giai đoạn “Tuyên truyền”:", "Đợt 2:", "Bước 1:"): a heading numbered by its count, over the work of that stage
_PHASE = re.compile(
    r"^\s*(?:Tuần|Đợt|Giai\s+đoạn|Bước|Vòng|Phần|Buổi)\s+(\d{1,2})(?![\d/.,])(?:\s*[(–—-][^:]{0,120})?:\s*$"
)
_BULLET = re.compile(r"^\s*[•·●▪◦*►▸➢➤❖■□✓\uf0a7\uf0b7\uf0d8\uf076]\s*(\S.*)$")
_PLUS = re.compile(r"^\s*\+\s*(\S.*)$")
BULLETS = ("dash", "plus", "bullet")
NUMBERED = (
    "arabic",
    "arabic_paren",
    "paren",
    "paren_letter",
    "paren_roman",
    "letter",
    "upper",
    "section_word",
    "ordinal",
    "phase",
)
# round 25 (set 26): "letter_part" is a plan's top level written as capital letters over Roman or numbered
# sections ("A. MỤC ĐÍCH, YÊU CẦU" / "B. NHIỆM VỤ" over "I.", "II." / "C. TỔ CHỨC THỰC HIỆN" over "1.", "2.")
TOP = ("roman", "part", "article", "letter_part")
PARTS = ("roman", "part", "letter_part")
# the letters parts are written in, in order: the Latin run or the Vietnamese one ("D.", "Đ.", "E.", "G.")
PART_LETTERS = "ABCDĐEFGH"
_APPENDIX = re.compile(r"^\s*(?:PHỤ\s+LỤC|Phụ\s+lục)\b\s*(\S*)")
_APPENDIX_TITLE = re.compile(
    r"^\s*Phụ\s+lục(?:\s+(?:số\s+)?[IVX\d]{1,4})?\s*[.:]?\s*"
    r"(?P<rest>$|\(\s*(?:Ban\s+hành\s+)?[Kk]èm\s+theo\b[^)]*\)\s*$|[^()]*$"
    r"|[^()]*\(\s*(?:Ban\s+hành\s+)?[Kk]èm\s+theo\b[^)]*\)\s*$)"
)
_TRAILING_NOTE = re.compile(r"\(\s*(?:Ban\s+hành\s+)?[Kk]èm\s+theo\b[^)]*\)\s*$")
# round 17: a web copy may keep the emphasis marks of a bold "Nơi nhận" ("__Nơi nhận__:", "**Nơi nhận:**")
_STOP = re.compile(r"^\s*(?:\*\*|__)?\s*(?:Nơi\s+nhận|TM\.\s|KT\.\s|Nơi\s+gửi)")
_TERMINAL = re.compile(r"[.;:!?…]\s*$")
_VALID_ROMAN = re.compile(r"^(?:X{0,3})(?:IX|IV|V?I{0,3})$")
LABELS = {
    "task": r"Nhiệm\s+vụ|Nội\s+dung|Tên\s+nhiệm\s+vụ|Công\s+việc",
    "owner": r"(?:Cơ\s+quan|Đơn\s+vị|Bộ\s+phận)(?:\s+được\s+giao)?\s+thực\s+hiện|Trách\s+nhiệm(?:\s+thực\s+hiện)?|Phân\s+công",
    "lead": r"(?:Cơ\s+quan|Đơn\s+vị|Bộ\s+phận)\s+chủ\s+trì|Chủ\s+trì",
    "coord": r"(?:Cơ\s+quan|Đơn\s+vị|Bộ\s+phận)\s+phối\s+hợp|Phối\s+hợp",
    # the unit that prepares the work for the body that decides ("Bộ phận tham mưu: công chức Tư pháp"): it
    # leads where no label names a lead, and is the first coordinator of the one named
    "advise": r"(?:Cơ\s+quan|Đơn\s+vị|Bộ\s+phận)\s+tham\s+mưu",
    "time": r"Thời\s+gian|Thời\s+hạn|Tiến\s+độ",
    "product": r"Sản\s+phẩm|Kết\s+quả",
}
# Words a label may add before its colon: "Đơn vị chủ trì tham mưu thực hiện:", "Thời hạn hoàn thành:"; round 19: a
# Party programme names who directs the work ("Trách nhiệm chỉ đạo thực hiện: Đảng ủy Ủy ban nhân dân tỉnh.")
_LABEL_QUALIFIERS = (
    r"thực\s+hiện|tham\s+mưu|hoàn\s+thành|dự\s+kiến|đầu\s+ra|cụ\s+thể|chính|chủ\s+yếu|nhiệm\s+vụ|"
    r"triển\s+khai|chỉ\s+đạo|chịu\s+trách\s+nhiệm|công\s+việc|kiểm\s+tra|giám\s+sát|tổ\s+chức|báo\s+cáo|ban\s+hành|trình|"
    r"\((?:tham\s+mưu|thực\s+hiện)\)"
)
_LABEL_RE = re.compile(
    r"^(?:"
    + "|".join(f"(?P<{k}>{v})" for k, v in LABELS.items())
    + rf")(?:\s+(?:{_LABEL_QUALIFIERS}))*\s*:\s*(?P<value>.*)$",
    re.I | re.S,
)


@dataclass
class Line:
    """One paragraph of the NFC text with its code-point offsets."""

    start: int
    end: int
    text: str


@dataclass
class Tree:
    """Parsed item tree plus the header lines the metadata reader needs."""

    items: list[PlanItem]
    header: list[Line]
    body_start: int = 0
    appendix_refs: list[str] = field(default_factory=list)
    attached: list[Line] = field(default_factory=list)  # type line and title of a plan a decision issues


def split_lines(text: str) -> list[Line]:
    """Split into non-blank lines keeping offsets."""
    out: list[Line] = []
    pos = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            out.append(Line(pos + lead, pos + lead + len(stripped), stripped))
        pos += len(raw) + 1
    return out


def store_label(cells: dict[str, str], key: str, value: str) -> None:
    """Keep a label's value in an item's cells; "Cơ quan thực hiện" names the owners like "Chủ trì" does,
    but is remembered as such (its catch-all "có liên quan" parts coordinate rather than lead)."""
    value = value.strip().rstrip(" .;")
    if not value:
        return
    if key == "owner":
        cells.setdefault("owner", value)
        key = "lead"
    cells.setdefault(key, value)


def parse_label(text: str) -> tuple[str, str] | None:
    """ "Cơ quan thực hiện: Sở X" -> ("owner", "Sở X")."""
    m = _LABEL_RE.match(text.strip())
    if not m:
        return None
    key = next(k for k in LABELS if m.group(k))
    return key, m.group("value").strip()


@lru_cache(maxsize=8192)  # pure; a line is read as itself and as the line after the one before it
def _marker(line: str) -> tuple[str, str, str] | None:
    """(marker style, number, rest) of a numbered or bulleted line.

    Styles are told apart by their shape ("I." and "I-" are one style, "1." and "1)" two), so a document's
    hierarchy can be read from the order its styles first appear in (see `_Builder`).
    """
    m = _ROMAN.match(line)
    if m and _VALID_ROMAN.match(m.group(1)):
        return "roman", m.group(1), m.group(2)
    m = _PART.match(line)
    if m and (m.group(1).isdigit() or _VALID_ROMAN.match(m.group(1))):
        return "part", m.group(1), m.group(2)
    for kind, rx in (
        ("article", _ARTICLE),
        ("section_word", _SECTION_WORD),
        ("dotted", _DOTTED),
        ("arabic", _ARABIC),
        ("arabic_paren", _ARABIC_PAREN),
        ("paren", _PAREN),
        ("letter", _LETTER),
        ("upper", _UPPER),
    ):
        m = rx.match(line)
        if m and not (kind == "article" and cites_article(line)):
            num = m.group(1)
            if kind == "paren" and not num.isdigit():
                kind = "paren_letter"
            return (f"dotted{num.count('.')}" if kind == "dotted" else kind), num, m.group(2)
    m = _PAREN_ROMAN.match(line)
    if m and _VALID_ROMAN.match(m.group(1).upper()):
        return "paren_roman", m.group(1), m.group(2)
    found = _ordinal(line)
    if found:
        return "ordinal", str(found[0]), found[1]
    m = _PHASE.match(line)
    if m:
        return "phase", m.group(1), line.strip()
    for kind, rx in (("dash", _DASH), ("plus", _PLUS), ("bullet", _BULLET)):
        m = rx.match(line)
        if m:
            return kind, "", m.group(1)
    return None


def _ordinal(line: str) -> tuple[int, str] | None:
    """round 36 (set 35): (number, rest) of a paragraph numbered in words ("Thứ nhất, …" → 1, "Ba là, …" → 3), the
    first word capitalised as a paragraph's first word is ("Thứ hai, …", "THỨ HAI: …"; "thứ hai" inside a sentence
    is no number), unless it is a weekday's date ("Thứ hai, ngày 12/5 …")."""
    m = _ORDINAL.match(line)
    if m is None:
        return None
    word = m.group("th") or m.group("la")
    first = line.lstrip(" *_")[:1]
    if not first.isupper():
        return None
    n = _ORDINALS.get(word.lower()) if m.group("th") else _CARDINALS.get(word.lower())
    if n is None or (m.group("th") and _WEEKDAY_DATE.match(m.group("rest"))):
        return None
    return n, m.group("rest")


def _bodies_heading(item: PlanItem) -> bool:
    """A numbered heading that only names bodies, its groups parted by ";" ("13. Các sở, ngành có liên quan; Ủy ban
    nhân dân các xã, phường"): the ";" parts names, not clauses, so the paragraph under it is its body."""
    text = item.text.strip()
    return (
        item.marker in NUMBERED
        and ";" in text
        and len(text.split()) <= 40
        and not _TERMINAL.search(text)
        and len(heading_agencies(text)) >= 2
    )


_REPEAT = re.compile(r"\[\d+\]$")


def repeated(ref: str) -> bool:
    """Does the ref end in the "[2]" of a number written again? (No "]", no such end: the regex is skipped.)"""
    return "]" in ref and _REPEAT.search(ref) is not None


def without_repeat(ref: str) -> str:
    r"""The ref without the "[2]" of a number written again (`re.sub(r"\[\d+\]$", "", ref)`)."""
    return _REPEAT.sub("", ref) if "]" in ref else ref


# round 22: a bullet that names a topic ("- Về bảo trì, sửa chữa …; đảm bảo an toàn công trình") without ending a
# sentence: the heading of the bullets of another style under it, however long
_TOPIC_DASH = re.compile(r"^Về\s")


class _Builder:
    """Stack machine: a marker type already on the stack closes the items above it."""

    def __init__(self) -> None:
        self.items: list[PlanItem] = []
        self.stack: list[PlanItem] = []
        self.refs: set[str] = set()
        self.next_dup: dict[str, int] = {}
        self.bullets: dict[tuple[int, str], int] = {}
        self.order: list[str] = []
        self.label_anchor: PlanItem | None = None
        self.label_run: list[PlanItem] = []
        self.paragraphs = 0
        self.parts: set[int] = set()  # starts of the lines that are lettered parts (`lettered_parts`)
        self.ordinal = 0  # the last paragraph numbered in words ("Hai là, …" → 2; `ordinal_follows`)
        self.phase = 0  # the last stage label ("Tuần 2 (…):" → 2; `phase_follows`)
        self.quoting: PlanItem | None = None  # the item whose quotation is still open (`_quotation_line`)
        self.quote_lines = 0
        self.quoted = ""  # the quotation's own lines: a stray mark in the words before it does not close it

    def _unique(self, ref: str) -> str:
        """ref, or ref[2], ref[3] … when taken (a counter per base ref keeps this linear)."""
        base, n = ref, self.next_dup.get(ref, 2)
        while ref in self.refs:
            ref, n = f"{base}[{n}]", n + 1
        self.next_dup[base] = n
        self.refs.add(ref)
        return ref

    def _ref(self, kind: str, num: str, parent: PlanItem | None) -> str:
        pref = parent.ref if parent else ""
        if parent is not None and parent.marker in PARTS:
            pref = without_repeat(pref)  # under a numeral written twice ("V." again): "V.1", as read
        elif parent is not None and parent.marker != "paragraph" and repeated(parent.parent or ""):
            # deeper under that numeral ("IV." again, its "1." then "a)"): "IV.1.a", as read, not "IV.1[2].a"
            pref = without_repeat(pref)
        join = (pref + ".") if pref else ""
        if kind == "letter_part":
            return num
        if kind in ("roman", "part"):
            # under a lettered part the part's letter leads the ref ("B.I", "B.II"): C and D may number afresh
            under_letter = parent is not None and parent.marker in ("letter_part", "appendix")
            return num if kind == "roman" and not under_letter or not parent else join + num
        if kind == "article":
            return f"Điều {num}"
        if kind.startswith("dotted"):
            # "2.1.3" under "2.1." (under "2.") is cited by its last part under the item whose number it
            # extends: II.2.1.3, not II.2.1.2.1.3; the nearest numbered ancestor whose number is its prefix
            parts = num.split(".")
            for anc in reversed(self.stack):
                if anc.marker not in ("arabic", "arabic_paren") and not anc.marker.startswith("dotted"):
                    break
                have = anc.title.split(".")
                if len(have) < len(parts) and parts[: len(have)] == have:
                    return anc.ref + "." + ".".join(parts[len(have) :])
            return join + num
        if kind in NUMBERED:
            return join + num
        key = (id(parent), kind)
        self.bullets[key] = self.bullets.get(key, 0) + 1
        sep = ".+" if kind == "plus" else "-"
        return f"{pref}{sep}{self.bullets[key]}"

    def _rank(self, kind: str) -> int:
        """Level of a numbering style, as a reader infers it: a style met for the first time sits one level
        below the numbered item it appears under ("1.1." first seen under "1." goes between "1." and "a)"),
        or at the top when nothing is open. Later uses keep that level."""
        if kind not in self.order:
            above = next((it.marker for it in reversed(self.stack) if it.marker not in BULLETS), None)
            at = self.order.index(above) + 1 if above in self.order else 0
            self.order.insert(at, kind)
        return self.order.index(kind)

    def _label_owner(self, kind: str, rest: str) -> None:
        """A label bullet ("- Thời gian hoàn thành: …", "- Đơn vị chủ trì: …") after numbered steps that carry
        no labels of their own ("2.1. …" / "- …" / "(1) …" / "(2) …" / "- Thời gian …") labels the item whose
        bullets came before the steps: the steps are part of it, the labels are its."""
        if len(self.stack) < 2 or self.stack[-1].marker in BULLETS or self.stack[-1].children:
            return
        found = parse_label(rest)
        if not found or found[0] == "task":
            return
        for j in range(len(self.stack) - 2, -1, -1):
            anc, above = self.stack[j], self.stack[j + 1 :]
            if any(it.marker in BULLETS or it.children for it in above):
                return
            if (id(anc), kind) in self.bullets:
                steps = [c for c in anc.children if c.marker == above[0].marker]
                if all(not c.children for c in steps):
                    del self.stack[j + 1 :]
                return

    def add(self, kind: str, num: str, rest: str, line: Line) -> PlanItem:
        if kind in BULLETS:
            self._label_owner(kind, rest)
            # bullets nest under whatever is open; a bullet of the same style on the stack is a sibling
            idx = next((i for i in range(len(self.stack) - 1, -1, -1) if self.stack[i].marker == kind), None)
        else:
            rank = self._rank(kind)
            idx = next(
                (
                    i
                    for i, it in enumerate(self.stack)
                    if it.marker not in BULLETS
                    and it.marker in self.order
                    and self.order.index(it.marker) >= rank
                ),
                None,
            )
        if idx is not None:
            del self.stack[idx:]
        if kind not in BULLETS:
            # a numbered list after a bullet that ends its sentence ("- Tài liệu: … ." then "(1) …", "(2) …")
            # belongs to the numbered item above the bullet; only a bullet that opens it ("- gồm:") holds it
            while (
                self.stack
                and self.stack[-1].marker in BULLETS
                and not self.stack[-1].text.rstrip().endswith(":")
            ):
                self.stack.pop()
        parent = self.stack[-1] if self.stack else None
        ref = self._unique(self._ref(kind, num, parent))
        item = PlanItem(
            ref, parent.ref if parent else None, "task", rest, (line.start, line.end), marker=kind
        )
        item.title = num if kind in NUMBERED or kind.startswith("dotted") else ""
        if parent:
            parent.children.append(item)
        self.stack.append(item)
        self.items.append(item)
        return item

    def ordinal_follows(self, num: str) -> bool:
        """round 36: a paragraph numbered in words is an item when it opens a run ("Thứ nhất", "Một là") or goes on
        with the one before ("Ba là" after "Hai là"); a lone "Thứ hai, …" is a sentence that starts with a word."""
        n = int(num)
        if n != 1 and n != self.ordinal + 1:
            return False
        self.ordinal = n
        return True

    def phase_follows(self, num: str) -> bool:
        """round 46: a stage label is a heading when it opens a run ("Tuần 1") or goes on with the one before."""
        n = int(num)
        if n != 1 and n != self.phase + 1:
            return False
        self.phase = n
        return True

    def roman_item(self, num: str) -> bool:
        """ "(i)" opens a list numbered "(i)", "(ii)" … unless it follows "(h)" of a lettered list; "(v)", "(x)" go
        on with an open roman list."""
        if num == "i":
            return not any(it.marker == "paren_letter" and it.title == "h" for it in self.stack)
        return num in ("v", "x") and any(it.marker == "paren_roman" for it in self.stack)

    def restart(self) -> None:
        """A new document begins (the plan attached to a decision): its numbering starts afresh."""
        self.stack = []
        self.order = []
        self.bullets = {}

    def absorb(self, line: Line, text: str, opens_list: bool = False) -> bool:
        """Attach an unnumbered paragraph to the open item: a heading's body or a wrapped sentence.

        A numbered title that ends with a full stop ("a. Với trận mưa lớn diện rộng.") takes the paragraph
        under it as its body too when bullets follow that paragraph: it is the lead-in of the title's list."""
        top = self.stack[-1] if self.stack else None
        if top is None or top.children or top.heading or top.marker in ("row", "group"):
            return False
        if GENERAL_RULE.match(text):  # "Trong quá trình thực hiện …" closes the plan, it is no item's body
            return False
        if sender_closing(text):
            # round 53 (set 41): nor is the sender's closing ("Trên đây là Kế hoạch …") the body of a short last line
            # with no full stop (a slogan, "3. Thôn xóm bình yên - Nhân dân hạnh phúc")
            return False
        # round 63: a numbered sentence that shows a title ("2. Giao Văn phòng … trang trí hội trường với tiêu đề:"
        # over a one-cell banner "HỘI NGHỊ" / "LÀM VIỆC VỚI …") keeps its own text: the banner's capital lines go on
        # it, they are no body that replaces it; what follows the banner is no part of the item
        if not top.heading and (top.marker in NUMBERED or top.marker in BULLETS):
            shown = top.text.split("\n")
            if (top.text.rstrip().endswith(":") or len(shown) > 1) and _showing_banner(shown[0]):
                if _banner_line(text) and not _opens_appendix(text):
                    self.append(top, line)
                    return True
                if len(shown) > 1:
                    return False
        short = len(top.text.split()) <= 40 and ";" not in top.text and not _TERMINAL.search(top.text)
        titled = (
            opens_list
            and (top.marker in NUMBERED or top.marker.startswith("dotted"))
            and len(top.text.split()) <= 25
            and top.text.rstrip().endswith(".")
            and "." not in top.text.rstrip()[:-1]  # one sentence: a title, not a paragraph of its own
        )
        if short or titled or top.text.rstrip().endswith(":") or _bodies_heading(top):
            top.heading, top.text = top.text, text
            top.span = (top.span[0], line.end)
            return True
        return False

    def append(self, item: PlanItem, line: Line) -> None:
        """`line` goes on `item`'s text on a line of its own (a lead-in, a sentence broken by a hard line break, a
        citation's continuation); the item's span reaches the line's end."""
        item.text = item.text + "\n" + line.text
        item.span = (item.span[0], line.end)

    def lead_in(self, line: Line, follow: tuple[str, str, str] | None) -> bool:
        """round 31: a paragraph ending in ":" right before a numbered list, under a titled numbered item that has its
        body but no items yet ("3. Phương hướng …" / "Thời gian tới, …" / "… Chính phủ yêu cầu các Bộ trưởng …
        những nội dung sau:" / "a) …"), is the lead-in of that item's list: it joins the item's body, not the
        section's paragraphs, so the list's items read their owner from it."""
        top = self.stack[-1] if self.stack else None
        if top is None or top.children or not top.heading or top.marker not in NUMBERED:
            return False
        if follow is None or follow[0] in BULLETS or not line.text.rstrip().endswith(":"):
            return False
        self.append(top, line)
        return True

    def continue_sentence(self, line: Line, kind: str, lone: bool) -> bool:
        """A bullet that merely continues a long unfinished sentence (a hard line break in the source).

        A numbered title without a full stop ("1. Xây dựng đề án …") followed by its bullets is a heading,
        not an unfinished sentence: only a lone bullet (no sibling follows it) continues a numbered item that
        already runs clauses together (";") or is too long for a title.
        """
        top = self.stack[-1] if self.stack else None
        if top is None or top.children or top.marker in ("row", "group", kind):
            return False
        if len(top.text.split()) < 20 or _TERMINAL.search(top.text):
            return False
        if top.marker not in BULLETS and (not lone or ";" not in top.text and len(top.text.split()) < 40):
            return False
        if top.marker in BULLETS and not lone and _TOPIC_DASH.match(top.text):
            return False  # round 22: "- Về bảo trì …; đảm bảo an toàn …" over "+ …", "+ …": a topic over its list
        self.append(top, line)
        return True

    def continue_inline(self, line: Line, num: str) -> bool:
        """A "(2)" line whose "(1)" stands inside the open item ("… gồm: (1) Cải tạo …;" broken before "(2)")
        goes on with that item's inline list; it is no item of its own."""
        top = self.stack[-1] if self.stack else None
        if top is None or top.children or top.marker in ("paren", "row", "group") or not num.isdigit():
            return False
        inline = [rf"(?<!^)\(\s*{n}\s*\)(?!\.)" for n in {1, int(num) - 1}]
        if int(num) < 2 or not all(re.search(rx, top.text.strip()) for rx in inline):
            return False
        self.append(top, line)
        return True

    def label(self, key: str, value: str) -> bool:
        """An unnumbered label line ("Đơn vị chủ trì: …", "Thời gian thực hiện: …") after one or more bullets
        gives its field to each bullet of that run (the run since the last label block under the same parent);
        after a numbered item it gives it to that item."""
        top = self.stack[-1] if self.stack else None
        if top is None or top.marker in ("row", "group", "appendix") or top.children:
            return False
        if top is not self.label_anchor:
            parent = self.stack[-2] if len(self.stack) > 1 else None
            run = [top]
            if top.marker in BULLETS and parent is not None:
                for sib in reversed(parent.children[:-1]):
                    if sib.marker != top.marker or sib.cells or sib.children:
                        break
                    run.insert(0, sib)
            self.label_anchor, self.label_run = top, run
        for item in self.label_run:
            store_label(item.cells, key, value)
        return True

    def paragraph(self, line: Line) -> PlanItem:
        section = self.stack[0] if self.stack else None
        if section is not None and section.marker in BULLETS and not section.text.rstrip().endswith(":"):
            # round 81: a run of dashes at the top level is a list, not a section: the prose after its last dash
            # ("- Thời gian: …", "- Địa điểm: …", then "Sở X đề nghị Công ty A …") is the body's, not that dash's
            section = None
        self.paragraphs += 1
        ref = self._unique(f"{section.ref if section else ''}[p{self.paragraphs}]")
        item = PlanItem(ref, section.ref if section else None, "note", line.text, (line.start, line.end))
        item.marker = "paragraph"
        if section:
            section.children.append(item)
        self.items.append(item)
        return item


_INSPECTED_HEADER = re.compile(
    r"(?:cơ\s+quan|đơn\s+vị|địa\s+phương|địa\s+bàn|tổ\s+chức)[^|]*?(?:được|bị)\s+"
    r"(?:kiểm\s+tra|thanh\s+tra|giám\s+sát|khảo\s+sát)"
)
# round 21: a column of names of bodies ("Tên đơn vị", "Tên cơ quan, đơn vị", "Tên trường"): a list of who takes part
_NAME_HEADER = re.compile(
    r"tên\s+(?:các\s+)?(?:đơn\s+vị|cơ\s+quan|trường|tổ\s+chức|doanh\s+nghiệp|cơ\s+sở|địa\s+phương|xã|phường)"
    r"(?:\s*[,/]\s*(?:đơn\s+vị|cơ\s+quan|trường|tổ\s+chức|doanh\s+nghiệp|cơ\s+sở|địa\s+phương|xã|phường))*"
)
# round 32: a header whose subject is a kind of body followed by a verb of charge ("Bộ phụ trách tiếp nhận, xử lý",
# "Sở chịu trách nhiệm", "Cơ quan giải quyết"): the column names who does each row's work
_BODY_IN_CHARGE = re.compile(
    r"(?:bộ|sở|ban|ngành|cơ\s+quan|đơn\s+vị)(?:\s*,\s*(?:bộ|sở|ban|ngành|cơ\s+quan|đơn\s+vị))*\s+"
    r"(?:phụ\s+trách|chịu\s+trách\s+nhiệm|tiếp\s+nhận|xử\s+lý|giải\s+quyết)\b"
)
_HEADER_CELL_WORDS = 12  # a header cell names a column; a longer cell is a row's content
# round 79 (set 56): a header cell that opens with the work ("Nhiệm vụ chủ trì", "Nội dung chủ trì thực hiện") holds
# the tasks its row's unit leads, whatever it says of leading; the unit is then a column named by the body alone
# ("Đơn vị", "Cơ quan"), which answers for the row when no column says "chủ trì" of a body (a bare "Đơn vị" beside
# figures is their unit of measure)
_WORK_FIRST = re.compile(r"(?:nhiệm\s+vụ|nội\s+dung|công\s+việc)\b(?!\s+(?:phối\s+hợp|theo\s+dõi))")
_BODY_ALONE = re.compile(
    r"(?:đơn\s+vị|cơ\s+quan)(?:\s*(?:/|,|và|hoặc)\s*(?:đơn\s+vị|cơ\s+quan|địa\s+phương))?"
)


def _table_columns(cells: list[str]) -> dict[int, str] | None:
    """Map header cells to roles from their words: STT, Nhiệm vụ / Nội dung (task), Sản phẩm, Chủ trì / Cơ quan
    chủ trì (lead), Phối hợp, Thời gian / Thời hạn hoàn thành, Ghi chú.

    "Trách nhiệm thực hiện", "Đơn vị / Cơ quan thực hiện" name the lead when no column says "chủ trì"; a
    column that follows the work ("Theo dõi, kiểm tra, đôn đốc") names a monitor, not a coordinator, and the
    person answerable ("Người đứng đầu chịu trách nhiệm") is no agency column. A row of long cells is content,
    not a header.
    """
    # round 28: a row's number makes it a row, also when a Markdown row's edge bar puts an empty cell before it
    # ("| 2 | Số hóa hồ sơ | Sở Tư pháp chủ trì | Năm 2027 |" names a lead and a year as a header would)
    first = next((c.strip() for c in cells if c.strip()), "")
    if not cells or re.fullmatch(r"\d+(?:\.\d+)*\.?", first):
        return None
    if any(len(c.split()) > _HEADER_CELL_WORDS for c in cells):
        return None
    roles: dict[int, str] = {}
    answerable: list[int] = []
    unit_leads = any(
        _WORK_FIRST.match(low) and "chủ trì" in low for low in (collapse(c.lower()) for c in cells)
    )
    for i, c in enumerate(cells):
        low = collapse(c.lower())
        if re.fullmatch(r"s?tt|số\s+(?:tt|thứ\s+tự)", low):
            roles[i] = "stt"
        elif _WORK_FIRST.match(low):
            roles[i] = "task"  # round 79: "Nhiệm vụ chủ trì" is the work a unit leads, not who leads it
        elif re.search(r"chủ\s+trì\s+(?:việc\s+)?(?:theo\s+dõi|đánh\s+giá|giám\s+sát)", low):
            # round 15: "Cơ quan chủ trì theo dõi, đánh giá" over indicators names who tracks each figure, not
            # who does the work (no article charges those bodies with the rows)
            roles[i] = "monitor"
        elif "chủ trì" in low:  # "Cơ quan chủ trì, phối hợp" holds both, the chair first
            roles[i] = "lead"
        elif "phối hợp" in low:
            roles[i] = "coord"
        elif re.search(r"theo\s+dõi|đôn\s+đốc|giám\s+sát", low):
            roles[i] = "monitor"
        elif re.search(r"người\s+đứng\s+đầu|lãnh\s+đạo\s+phụ\s+trách", low):
            roles[i] = "head"
        elif _INSPECTED_HEADER.search(low):
            roles[i] = "inspected"  # "Đơn vị được kiểm tra": each row is an inspection of that unit
        elif (
            _BODY_IN_CHARGE.match(low)
            or (unit_leads and _BODY_ALONE.fullmatch(low))
            or re.search(
                r"(?:cơ\s+quan|đơn\s+vị)\b.*\bthực\s+hiện|trách\s+nhiệm|phân\s+công"
                r"|(?:người|cán\s+bộ|công\s+chức|bộ\s+phận|cá\s+nhân)\b.*\b(?:thực\s+hiện|phụ\s+trách)",
                low,
            )
        ):  # a department's own plan gives each row to a person ("Người thực hiện", "Cán bộ phụ trách")
            answerable.append(i)
        elif re.search(r"thời\s+(gian|hạn)|tiến\s+độ|^năm\s+\d{4}$", low):
            roles[i] = "time"
        elif re.search(r"sản\s+phẩm|kết\s+quả", low):
            roles[i] = "product"
        elif re.search(r"ghi\s+chú", low):
            roles[i] = "note"
        elif _NAME_HEADER.fullmatch(low):
            roles[i] = "name"  # round 21: "Tên đơn vị", "Tên trường": the bodies a list names, no work
        elif re.search(r"nhiệm\s+vụ|nội\s+dung|tên|giải\s+pháp|hoạt\s+động|công\s+việc", low):
            roles.setdefault(i, "task")
    if "lead" not in roles.values() and answerable:
        roles[answerable[0]] = "lead"
    if "lead" in roles.values() and "task" not in roles.values():
        # "TT | Chỉ tiêu | Chủ trì": a column that names no role holds what each row assigns to its owner (an
        # indicator, a target): the table hands it out, as a task table does
        free = [i for i in range(len(cells)) if i not in roles and cells[i].strip()]
        lead = min(i for i, r in roles.items() if r == "lead")
        # round 92: a table written owner first ("TT | Chủ trì | Chỉ tiêu", "TT | Bộ phụ trách … | Tỉnh kiến nghị |
        # Thông tin đề xuất") hands out the unnamed columns after it, as one written owner last those before it
        handed = [i for i in free if i < lead] or [i for i in free if i > lead]
        if handed:
            roles[handed[0]] = "indicator"
            for i in handed[1:]:
                # round 32: "TT | Tỉnh kiến nghị | Thông tin đề xuất | Bộ phụ trách …": which of several unnamed
                # columns holds the work is seen on the first row (`_Table.settle`): the one with the longest text
                roles[i] = "free"
    task = next((i for i, r in roles.items() if r == "task"), None)
    if task is not None and not {"time", "product"} & set(roles.values()):
        # round 22: "Nội dung | Mục tiêu | Cơ quan chủ trì": a column of target figures beside what each row
        # measures, and no timing or product, makes the rows targets (MỤC TIÊU), whoever answers for them
        for i in range(task + 1, len(cells)):
            if i not in roles and _TARGET_HEADER.fullmatch(collapse(cells[i].lower())):
                roles[i] = "target"
    work = bool({"task", "inspected", "indicator"} & set(roles.values()))
    return roles if work and len(roles) >= 2 else None


_TARGET_HEADER = re.compile(r"(?:mục|chỉ)\s+tiêu(?:\s+(?:(?:đến\s+)?năm|giai\s+đoạn)\s+[\d\s–-]+)?")


def _header_like(cells: list[str]) -> bool:
    """A header row of some table (a first cell "TT"/"STT", short cells of words), task table or not."""
    first = collapse(cells[0].lower()) if cells else ""
    return (
        len(cells) >= 2
        and bool(re.fullmatch(r"s?tt|số\s+(?:tt|thứ\s+tự)", first))
        and all(len(c.split()) <= _HEADER_CELL_WORDS and not re.fullmatch(r"[\d.,]+", c) for c in cells)
    )


def collapse(s: str) -> str:
    return " ".join(s.split())  # as `re.sub(r"\\s+", " ", s).strip()`


_DEFAULT_COLUMNS = {0: "stt", 1: "task", 2: "lead", 3: "coord", 4: "time", 5: "product"}
_YEAR_WORD = re.compile(r"\bnăm\s+((?:19|20)\d{2})\b(?!\s*[-–])", re.I)


class _Table:
    """Task table state: header roles, current group, ref prefix, the year its dates default to."""

    def __init__(self, prefix: str, root: PlanItem, in_body: bool = False) -> None:
        self.prefix = prefix
        self.root = root
        self.columns: dict[int, str] = dict(_DEFAULT_COLUMNS)
        self.group: PlanItem | None = None
        self.year: str | None = None
        self.in_body = in_body
        self.count = 0
        self.last: list[str] | None = None  # cells of the last row, for rows under merged cells
        self.last_stt = ""
        self.data = False  # its header names no work and no owner: a table of figures, places or targets
        self.width = 0  # the cells of its header row (0 while it has none)
        self.repeat: tuple[dict[int, str], int] | None = None  # a header repeated without its STT cell
        self.part: PlanItem | None = None  # the lettered part ("A | …") over its roman group rows
        self.romans = False  # a roman group row was read (a lettered row after one is no part)
        self.in_full = False  # its rows' numbers carry their group's ("2.1" under "II"): cited as numbered


_WORK_HEADER = re.compile(
    r"nhiệm\s+vụ|nội\s+dung|giải\s+pháp|hoạt\s+động|công\s+việc|tên|đề\s+án|dự\s+án|chương\s+trình"
    r"|chủ\s+trì|phối\s+hợp|thực\s+hiện|trách\s+nhiệm|cơ\s+quan|đơn\s+vị",
    re.I,
)
_STT_HEADER = re.compile(r"s?tt|số\s+(?:tt|thứ\s+tự)", re.I)
# round 41: what a name column may name that is work all the same ("Tên nhiệm vụ", "Tên đề án", "Tên dự án")
_WORK_NOUN = re.compile(
    r"nhiệm\s+vụ|nội\s+dung|giải\s+pháp|hoạt\s+động|công\s+việc|đề\s+án|dự\s+án|chương\s+trình|đề\s+tài"
    r"|văn\s+bản|kế\s+hoạch|danh\s+mục|chỉ\s+tiêu|sự\s+kiện",
    re.I,
)
_NAME_CELL = re.compile(r"^(?:họ\s+và\s+)?tên(?![\wÀ-ỹ])", re.I)
# the roles a register's header may hold besides its name column: a number, a remark
_REGISTER_ROLES = {"stt", "task", "note", "name"}


def register_header(roles: dict[int, str], cells: list[str]) -> bool:
    """round 41: a header whose only column of work names a thing ("Tên công trình", "Tên mỏ", "Họ và tên", not
    "Tên nhiệm vụ" or "Tên dự án") and that has no column for who acts (Chủ trì, Phối hợp, Đơn vị thực hiện …), by
    when (Thời gian, Tiến độ) or what comes of it (Sản phẩm): the table lists things with their particulars (owner,
    place, source, measures), a register as data_header's tables of figures and places are, and its rows are not
    tasks, whoever the particulars name."""
    if not set(roles.values()) <= _REGISTER_ROLES:
        return False
    names = [collapse(cells[i].lower()) for i, r in roles.items() if r == "task" and i < len(cells)]
    # every column read as work must be such a name: "Họ và tên | … | Nhiệm vụ được phân công" hands out duties
    return bool(names) and all(_NAME_CELL.match(c) and not _WORK_NOUN.search(c) for c in names)


def data_header(cells: list[str]) -> bool:
    """A table's header row ("TT | Chỉ tiêu | ĐVT | Năm 2026", "STT | Địa điểm quan trắc | Tọa độ") whose
    columns name neither work (Nhiệm vụ, Nội dung, Tên …) nor who does it (Chủ trì, Cơ quan thực hiện …):
    its rows are figures, places or targets, not tasks."""
    if len(cells) < 2 or not _STT_HEADER.fullmatch(collapse(cells[0])):
        return False
    return not any(_WORK_HEADER.search(c) or _BODY_IN_CHARGE.match(collapse(c.lower())) for c in cells[1:])


def _group_heading(cells: list[str], stt: str, line: Line) -> tuple[str, str] | None:
    """A group row: a merged cell "I. NHÓM NHIỆM VỤ …", or "I | NHÓM NHIỆM VỤ …" with nothing else filled."""
    if len(cells) == 1:
        m = _ROMAN.match(line.text) or _UPPER.match(line.text)
        if m and (_VALID_ROMAN.match(m.group(1)) or len(m.group(1)) == 1):
            return m.group(1), m.group(2)
        return None
    filled = [c for c in cells if c]
    if len(filled) == 1 and not stt:
        # " | I. Kinh tế số": a group row whose number stands in its text cell, the STT cell left empty
        m = _ROMAN.match(filled[0])
        if m and _VALID_ROMAN.match(m.group(1)):
            return m.group(1), m.group(2)
    num = stt.rstrip(".")
    group_number = re.fullmatch(r"[IVX]{1,5}|[A-HK-UWYĐ]", num) and (_VALID_ROMAN.match(num) or len(num) == 1)
    if len(filled) == 2 and cells[0].rstrip(".") == num and group_number:
        return num, filled[1]
    return None


def _table_line(b: _Builder, t: _Table, line: Line) -> None:
    cells = [c.strip() for c in line.text.split("|")]
    if len(cells) >= 2 and t.last is None and not t.root.children and data_header(cells):
        t.data = True
        return
    if len(cells) >= 2:
        header = _table_columns(cells)
        if header and _repeated_header(t, header):
            t.last = None
            if "stt" not in header.values() and len(cells) < t.width:
                t.repeat = (header, len(cells))
            return
        if header:
            # a new table starts: nothing merges across it
            t.columns, t.last, t.width = header, None, len(cells)
            t.data = "target" in header.values() or register_header(header, cells)
            year = _YEAR_WORD.search(line.text)
            t.year = year.group(1) if year else t.year
            return
        if _header_like(cells):
            t.data, t.last, t.group = True, None, None  # "TT | Chỉ tiêu | ĐVT | Năm 2026 …": no task column
            return
    if t.repeat is not None and len(cells) > 2:
        # the rows under a header repeated without its STT cell show which of the two they follow: as many
        # cells as the repeat, they have no number of their own; as many as the first header, they keep it
        if len(cells) == t.repeat[1]:
            t.columns, t.width = t.repeat
        t.repeat = None
    stt_col = next((i for i, r in t.columns.items() if r == "stt"), None)
    numbered = _numbered_task_cell(t, cells, stt_col)
    if (
        numbered is not None
    ):  # the row's number stands in its task cell ("1. Xây dựng …"), as Word numbered it
        stt, cells[numbered[0]] = numbered[1], numbered[2]
        _add_row(b, t, line, cells, stt)
        return
    if stt_col is None and len(cells) >= 2:  # no STT column: rows are numbered in order, as a reader counts
        t.count += 1
        _add_row(b, t, line, cells, str(t.count))
        return
    stt = cells[stt_col].rstrip(".") if stt_col is not None and stt_col < len(cells) else ""
    stt = _STT_IN_BRACKET.sub(r"\1", stt)  # round 110: "1)" and "(1)" number row 1, as "1." does
    stt = re.sub(r"(?<![\d])0+(?=\d)", "", stt)  # "09" is row 9, "1.05" row 1.5
    lettered = re.fullmatch(r"([a-zđ])\)", stt)
    if lettered and stt_col is not None and re.match(r"\d", t.last_stt) and any(cells[stt_col + 1 :]):
        # round 20: "a)", "b)" under row "1" are its sub-rows, as "1.1", "1.2" are
        stt = f"{t.last_stt.split('.')[0]}.{lettered.group(1)}"
    if len(cells) >= 2 and re.fullmatch(r"\d{1,3}(?:\.\d{1,2})*(?:\.[a-zđ])?", stt):
        _add_row(b, t, line, cells, stt)  # "1.2" is a sub-row of row 1, as numbered
        return
    lone_group = (
        not stt and len([c for c in cells if c]) == 1 and _group_heading(cells, stt, line) is not None
    )
    if (
        stt in ("-", "+")
        and stt_col is not None
        and t.last is not None
        and _assigns_nothing_itself(t)
        and any(cells[stt_col + 1 :])
    ):
        # round 70 (set 28): "4 | Hoàn thiện … |" (no owner, no timing) over "- | Công trình … | Bộ X | …" rows: each
        # dash row is a part of row 4, with its own owner, as a row under a merged STT cell is
        stt = ""
    if not stt and t.last is not None and _runs_on_task_cell(t, cells):
        return
    if len(cells) >= 2 and not stt and t.last is not None and any(cells[1:]) and not lone_group:
        # a row under a merged STT cell: another task of that number; merged cells repeat the row above
        above = {t.columns.get(i, f"col{i}"): c for i, c in enumerate(t.last)}
        filled = [
            c or (above.get(t.columns.get(i, ""), "") if t.columns.get(i) != "task" else "")
            for i, c in enumerate(cells)
        ]
        _add_row(b, t, line, filled, t.last_stt, unit_line=_unit_line(t, cells))
        return
    group = _group_heading(cells, stt, line) or _next_group_row(t, cells, stt)
    if group:
        _lost_group_rows(b, t, group[0])
        roman = _roman_number(group[0]) is not None
        # round 84: a lettered row over roman group rows ("A | PHÁT TRIỂN …" / "I | …" / "II | …" / "B | …") is a
        # part of the table: its groups are cited under its letter ("PL.A.II", "PL.B.I"), as the body's lettered
        # parts lead their sections' refs; in a table that opened on roman groups a lettered row is a group of its own
        holder = t.part if roman and t.part is not None else t.root
        ref = b._unique(f"{holder.ref}.{group[0]}")
        g = PlanItem(ref, holder.ref, "section", group[1], (line.start, line.end), marker="group")
        g.category = t.root.category
        holder.children.append(g)
        b.items.append(g)
        t.group, t.count, t.last = g, 0, None
        if roman:
            t.romans = True
        elif t.part is not None or not t.romans:
            t.part = g
    elif len(cells) == 1 and not t.in_body:
        year = _YEAR_WORD.search(line.text)  # a caption: "… NĂM 2026"
        if year and not re.search(r"kèm\s+theo", line.text, re.I):
            t.year = year.group(1)


_STT_IN_BRACKET = re.compile(r"^\(?(\d{1,3}(?:\.\d{1,2})*)\)$")


def _runs_on_task_cell(t: _Table, cells: list[str]) -> bool:
    """round 113 (set 65 read as seen): an unnumbered table line that fills only the task column and opens in lower
    case (" | trực tuyến và định kỳ tổ chức đánh giá, công bố kết quả.") goes on with the task cell of the row above,
    a sentence cut mid-way as a copy wraps a cell: it is that row's text, no row of its own. Words the row already
    ends with (a copy repeating the cell's last line) are not said twice."""
    filled = {t.columns.get(i): c for i, c in enumerate(cells) if c}
    text = filled.get("task", "")
    if len(filled) != 1 or not text or not text[0].islower():
        return False
    row = next((c for c in reversed((t.group or t.root).children) if c.marker == "row"), None)
    if row is None or row.kind != "task":
        return False
    tail = row.text[-len(text) :]
    if SequenceMatcher(None, collapse(text.lower()), collapse(tail.lower())).ratio() < 0.8:
        row.text = f"{row.text.rstrip()} {text}"
        if row.cells.get("task"):
            row.cells["task"] = row.text
    return True


def _next_group_row(t: _Table, cells: list[str], stt: str) -> tuple[str, str] | None:
    """round 108 (set 65 read as seen): the next roman group row after one read ("IV | Phát triển nhân lực … |  |  |
    | năm tiếp theo" under group III), its title in the task column, with a stray cell filled (words of the row above
    carried over into the timing column) but no owner, is still a group row: its number, the successor of the group
    before it, says so, as a reader counts the groups. The stray words are no row of their own."""
    num = stt.rstrip(".")
    now = _roman_number(t.group.ref.rsplit(".", 1)[-1]) if t.group is not None else None
    if now is None or _roman_number(num) != now + 1 or not _VALID_ROMAN.match(num):
        return None
    roles = {t.columns.get(i): c for i, c in enumerate(cells) if c}
    if not roles.get("task") or {"lead", "coord"} & set(roles):
        return None
    return num, roles["task"]


_ROMAN_DIGITS = {"I": 1, "V": 5, "X": 10}


def _roman_number(num: str) -> int | None:
    """ "VII" → 7; None for anything but a roman numeral of I, V and X."""
    if not num or any(c not in _ROMAN_DIGITS for c in num):
        return None
    values = [_ROMAN_DIGITS[c] for c in num]
    return sum(-v if k + 1 < len(values) and v < values[k + 1] else v for k, v in enumerate(values))


def _row_number(row: PlanItem) -> int | None:
    head = (row.title or "").split(".")[0]
    return int(head) if head.isdigit() else None


def _lost_group_rows(b: _Builder, t: _Table, number: str) -> None:
    """round 83 (set 60): a copy that lost a stretch of its table (cut off, a page missing) runs rows numbered afresh
    ("… 7 | … / 8 | … / 2 | … / 3 | …") under the group read before, with no group row between, and then a group row
    skips numbers ("VII" after "II"). The rows numbered afresh belong to the group just before the one that follows
    them ("VI"), whose heading row is what the copy lost: a reader counts back from the next group, he does not read
    them as second rows 2, 3 … of the group above. A row repeating the number above (lines under a merged STT cell)
    numbers nothing afresh."""
    current = t.group
    new_value = _roman_number(number)
    old_value = _roman_number((current.ref.rsplit(".", 1)[-1]) if current is not None else "")
    if current is None or new_value is None or old_value is None or new_value - old_value < 2:
        return
    rows = [c for c in current.children if c.marker == "row"]
    top = [(k, _row_number(r)) for k, r in enumerate(rows) if "." not in (r.title or "")]
    cut = next(
        (
            k
            for (k, n), (_j, m) in zip(top[1:], top[:-1], strict=True)
            if n is not None and m is not None and n < m
        ),
        None,
    )
    if cut is None:
        return
    moved = rows[cut:]
    if any(_row_number(r) is None or "-" in r.ref.rsplit(".", 1)[-1] for r in moved):
        return
    lost = PlanItem(
        b._unique(f"{t.prefix}.{_roman_text(new_value - 1)}"),
        t.root.ref,
        "section",
        "",
        (moved[0].span[0], moved[0].span[0]),
        marker="group",
    )
    lost.category = t.root.category
    t.root.children.insert(t.root.children.index(current) + 1, lost)
    b.items.insert(b.items.index(moved[0]), lost)
    for row in moved:
        current.children.remove(row)
        b.refs.discard(row.ref)
        row.ref, row.parent = b._unique(f"{lost.ref}.{row.title}"), lost.ref
        lost.children.append(row)


def _repeated_header(t: _Table, header: dict[int, str]) -> bool:
    """round 84: a header row met again inside a table (repeated under each group row, as a word processor repeats it
    at each page or the writer at each part) whose columns name the same roles in the same order as the table's own
    header, its STT cell aside: the table goes on, its group and numbering unbroken."""
    if not t.width or not t.root.children:
        return False

    def roles(columns: dict[int, str]) -> list[str]:
        return [r for _i, r in sorted(columns.items()) if r != "stt"]

    return roles(header) == roles(t.columns)


def _numbers_in_full(b: _Builder, t: _Table, stt: str) -> None:
    """round 84: a table whose rows carry their group's number ("2.1", "2.2" under "II", "5.1.3" under a group "5")
    numbers its rows in full, as the body numbers its items: a row is cited by its number as written under the
    table or its lettered part ("PL.A.2.1", "PL.B.5.1.3"), not under the group as well ("PL.A.II.2.1"); a group's
    lone row "3" under "III" is then "PL.A.3". The rows read before the table showed it are renamed."""
    if t.in_full or t.group is None or "." not in stt:
        return
    number = _roman_number(t.group.ref.rsplit(".", 1)[-1].split("[")[0])
    if number is None or stt.split(".")[0] != str(number):
        return
    t.in_full = True
    cited = t.part or t.root
    for group in [g for g in b.items if g.marker == "group" and g.parent in (t.root.ref, cited.ref)]:
        for row in group.children:
            if row.marker == "row" and row.title:
                b.refs.discard(row.ref)
                row.ref = b._unique(f"{cited.ref}.{row.title}")


def _roman_text(n: int) -> str:
    out = ""
    for value, digits in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + digits, n - value
    return out


def _unit_line(t: _Table, cells: list[str]) -> bool:
    """round 79 (set 56): a table by unit ("STT | Đơn vị | Nhiệm vụ chủ trì | …": the owner's column before the
    work's) numbers its units, not its tasks: a line under a unit's merged number and owner cells is the unit's next
    task, cited by the unit's number and its place under it ("2-3"), as a reader counts them."""
    lead = next((i for i, r in t.columns.items() if r == "lead"), None)
    task = next((i for i, r in t.columns.items() if r == "task"), None)
    return lead is not None and task is not None and lead < task and lead < len(cells) and not cells[lead]


def _unit_ref(b: _Builder, parent: PlanItem, stt: str) -> str:
    """The ref of a unit's next line ("PL.II.2-3"); its first line, cited "PL.II.2" while it stood alone, becomes
    "PL.II.2-1"."""
    base = f"{parent.ref}.{stt}"
    mine = [c for c in parent.children if c.marker == "row" and c.title == stt]
    if mine and mine[0].ref == base:
        b.refs.discard(base)
        mine[0].ref = f"{base}-1"
        b.refs.add(mine[0].ref)
    return f"{base}-{len(mine) + 1}"


def _assigns_nothing_itself(t: _Table) -> bool:
    """The numbered row the last rows come under names no owner, partner or timing of its own."""
    parent = t.group or t.root
    head = next((c for c in parent.children if c.marker == "row" and c.title == t.last_stt), None)
    return head is not None and not head.cells.keys() & {"lead", "coord", "time"}


_ROW_NUMBER = re.compile(r"^(\d{1,3}(?:\.\d{1,2})*)[.)]?\s+(?=\S)")


def _numbered_task_cell(t: _Table, cells: list[str], stt_col: int | None) -> tuple[int, str, str] | None:
    """(task column, number, text) when the STT cell is missing or empty and the task cell opens with the
    row's number."""
    if len(cells) < 2 or (stt_col is not None and stt_col < len(cells) and cells[stt_col]):
        return None
    col = next((i for i, r in t.columns.items() if r == "task"), None)
    if col is None or col >= len(cells) or col == stt_col:
        return None
    m = _ROW_NUMBER.match(cells[col])
    if not m or "." not in m.group(0) and ")" not in m.group(0):
        return None  # "1." or "1)" numbers a row; "2026 …" or "3 lớp …" does not
    return col, re.sub(r"(?<![\d])0+(?=\d)", "", m.group(1)), cells[col][m.end() :]


_CLOCK_TIME = re.compile(
    r"^\s*(?:Từ\s+)?\d{1,2}\s*(?:h|giờ|:)\s*(?:\d{2})?(?:\s*phút)?(?:\s*(?:[-–]|đến)\s*\d{1,2}\s*(?:h|giờ|:)\s*(?:\d{2})?)?\s*(?:phút\s*)?$",
    re.I,
)


def _settle_free_columns(t: _Table, cells: list[str]) -> None:
    """round 32: of the unnamed columns before the owner column, the first row's longest cell holds the work (a
    proposal, an indicator); the short ones beside it (who proposed, a unit) are no part of it."""
    unnamed = sorted(i for i, r in t.columns.items() if r in ("indicator", "free"))
    if not any(t.columns[i] == "free" for i in unnamed):
        return
    words = {i: len(cells[i].split()) if i < len(cells) else 0 for i in unnamed}
    work = max(unnamed, key=lambda i: (words[i], -i))
    for i in unnamed:
        if i == work:
            t.columns[i] = "indicator"
        else:
            del t.columns[i]


def _add_row(b: _Builder, t: _Table, line: Line, cells: list[str], stt: str, unit_line: bool = False) -> None:
    _settle_free_columns(t, cells)
    parent = t.group or t.root
    roles = {t.columns.get(i, f"col{i}"): c for i, c in enumerate(cells)}
    text = (
        roles.get("task")
        or roles.get("inspected")
        or roles.get("indicator")
        or next((c for c in cells[1:] if c), "")
    )
    if t.last is not None and stt == t.last_stt and roles.get("product"):
        above = {t.columns.get(i, f"col{i}"): c for i, c in enumerate(t.last)}
        if text == above.get("task") and roles["product"] != above.get("product"):
            # a second product under a merged task cell (Word repeats the merged cell on each row): what
            # this row adds is its product, with its own owner and timing
            text = roles["product"]
    _numbers_in_full(b, t, stt)
    cited = (t.part or t.root) if t.in_full else parent
    ref = b._unique(_unit_ref(b, parent, stt) if unit_line else f"{cited.ref}.{stt}")
    row = PlanItem(ref, parent.ref, "task", text, (line.start, line.end), marker="row", category="appendix")
    row.cells = {k: v for k, v in roles.items() if v}
    if t.data or (
        _CLOCK_TIME.match(roles.get("time", "")) and not {"lead", "coord", "head"} & set(t.columns.values())
    ):
        # round 21: a table whose rows are timed by the hour ("8h30 - 8h35 | Tuyên bố lí do …") and name no one to
        # do them is a meeting's running order, not work
        row.label = "data"
    if t.year:
        row.cells["year"] = t.year
    if "." in stt:  # a sub-row "1.2": row "1" only names the group when it assigns nothing itself
        head = next((c for c in reversed(parent.children) if c.title == stt.rsplit(".", 1)[0]), None)
        if head is not None and (
            not head.cells.keys() & {"lead", "coord", "time"}
            or (
                "task" in t.columns.values()
                and not head.cells.get("task")
                and len(head.cells.keys() - {"stt", "year"}) == 1
            )
        ):
            # round 84: "5.1 |  | Thương mại" over "5.1.1", "5.1.2": a numbered row whose work cell is empty and
            # that names one thing only titles the sub-rows under it
            head.label = "heading"
    row.title = stt
    t.last, t.last_stt = cells, stt
    parent.children.append(row)
    b.items.append(row)


_ATTACHED = re.compile(r"^\s*\(?\s*(?:Ban\s+hành\s+)?kèm\s+theo\s+(?:Quyết\s+định|Nghị\s+quyết)\b", re.I)
_DOC_TYPE_START = re.compile(r"^\s*(?:KẾ\s+HOẠCH|CHƯƠNG\s+TRÌNH|ĐỀ\s+ÁN)\s+\S")
_ISSUES_PLAN = re.compile(r"(?:ban\s+hành|phê\s+duyệt)\s+kèm\s+theo|kèm\s+theo\s+Quyết\s+định\s+này", re.I)
_NAMES_APPENDIX = re.compile(r"kèm\s+theo\s+\S+(?:\s+\S+)?\s+này\s+(?:các\s+)?Phụ\s+lục", re.I)
_DOC_TYPE_LINE = re.compile(r"^\s*(?:KẾ\s+HOẠCH|CHƯƠNG\s+TRÌNH(?:\s+HÀNH\s+ĐỘNG)?|ĐỀ\s+ÁN)\s*$")


_ARTICLE_REF = re.compile(r"^(Điều \d+)(\[\d+\])?(?=$|[.\[])")


def _attached_articles_as_read(items: list[PlanItem], attached_at: int) -> None:
    """round 71 (set 49): a regulation a decision issues numbers its articles afresh ("Điều 1. Phạm vi điều chỉnh"
    after the decision's "Điều 1. Ban hành kèm theo …"); a reader cites the regulation's "Điều 3.1.a", the body of the
    document, and the decision's articles only wrap it. Where the two numberings meet, the regulation's article keeps
    the plain number ("Điều 3") and the decision's takes the mark of a number written again ("Điều 3[2]")."""
    wrapped = {m.group(1) for i in items[:attached_at] if (m := _ARTICLE_REF.match(i.ref)) and not m.group(2)}
    swap: dict[str, str] = {}
    for item in items[attached_at:]:
        m = _ARTICLE_REF.match(item.ref)
        if m and m.group(2) and m.group(1) in wrapped and item.marker == "article":
            swap.setdefault(m.group(1), m.group(1) + m.group(2))
    if not swap:
        return

    def renamed(ref: str | None, decision: bool) -> str | None:
        m = _ARTICLE_REF.match(ref) if ref else None
        if ref is None or m is None:
            return ref
        if decision and not m.group(2) and m.group(1) in swap:
            return swap[m.group(1)] + ref[m.end() :]
        if not decision and m.group(2) and swap.get(m.group(1)) == m.group(0):
            return m.group(1) + ref[m.end() :]
        return ref

    old = [(i.ref, i.parent) for i in items]
    for k, item in enumerate(items):
        item.ref = renamed(item.ref, k < attached_at) or item.ref
        item.parent = renamed(item.parent, k < attached_at)
    if len({i.ref for i in items}) != len(items):  # a number taken a third time: keep the refs as built
        for item, (ref, parent) in zip(items, old, strict=True):
            item.ref, item.parent = ref, parent


def build_tree(text: str) -> Tree:
    """Parse the plan's lines into items; header lines before the first section are kept for metadata.

    Reading stops at the signature block ("Nơi nhận", "TM.") and resumes at an appendix or at a plan the
    document issues ("KẾ HOẠCH" on its own line, "(Ban hành kèm theo Quyết định …)"): a decision's
    articles are then only the wrapper of the attached plan, whose numbering starts afresh.
    """
    lines = _join_header_rows(
        _join_cell_lines(_split_glued_recipients(_split_run_on_steps(_unwrap_emphasis(split_lines(text)))))
    )
    parts = lettered_parts(lines)
    first = _first_body_line(lines, parts)
    b = _Builder()
    b.parts = parts
    table: _Table | None = None
    stopped = False
    appendices: list[str] = []
    attached_at: int | None = None
    attached: list[Line] = []
    title_end = -1  # the last title line of an attached plan: metadata, not an item
    titled = False  # between an appendix's title and its first numbered line
    for k in range(first, len(lines)):
        line = lines[k]
        if k <= title_end:
            continue
        if _opens_appendix(line.text) or (stopped and _attachment_note(lines, k)):
            if (
                not _opens_appendix(line.text)
                and k > first
                and lines[k - 1].text.upper() == lines[k - 1].text
            ):
                line = lines[k - 1]  # the attachment's title stands above its "(Kèm theo Kế hoạch số …)"
            prefix = "PL" if not appendices else f"PL{len(appendices) + 1}"
            appendices.append(prefix)
            root = PlanItem(
                b._unique(prefix), None, "section", line.text, (line.start, line.end), marker="appendix"
            )
            root.category = "appendix"
            b.items.append(root)
            b.stack = [root]
            table, stopped = _Table(prefix, root), False
            if _prose_appendix(lines, k + 1):
                table = None  # round 31: its work is numbered prose, read as the body is read
            elif _prose_before_table(lines, k + 1):
                table, titled = None, True  # its title lines are no plan it attaches
            continue
        register = _register_title(lines, k) if b.items else None
        if register is not None:
            # round 44: "DANH SÁCH / Xã, phường trọng điểm … / (Ban hành kèm theo Quyết định số …)" after the
            # signature: a list the decision issues, read as an appendix (its lines say what is listed, no work
            # unless one names who does it), not as a plan it issues
            prefix = "PL" if not appendices else f"PL{len(appendices) + 1}"
            appendices.append(prefix)
            root = PlanItem(
                b._unique(prefix),
                None,
                "section",
                register.text,
                (register.start, register.end),
                marker="appendix",
            )
            root.category = "appendix"
            b.items.append(root)
            b.stack = [root]
            table, stopped = None, False
            continue
        if titled and _marker(line.text) is not None:
            titled = False
        if (table is None or table.in_body) and not titled and _starts_attached_plan(lines, k, b):
            heading = _attached_heading(lines, k)
            if attached_at is None and any(_ISSUES_PLAN.search(i.text) for i in b.items):
                attached_at = len(b.items)  # the decision before it only wraps the plan it issues
                attached = heading
            if heading and heading[0] is line:
                title_end = k + len(heading) - 1
            b.restart()
            table, stopped = None, False
            continue
        if stopped:
            continue
        if table is not None and table.in_body and " | " not in line.text and not _group_before_row(lines, k):
            table = None
        if table is not None:
            _table_line(b, table, line)
            continue
        if _STOP.match(line.text):
            stopped = True
            continue
        if " | " in line.text and b.stack:
            cells = [c.strip() for c in line.text.split("|")]
            if _table_columns(cells):
                # a table belongs to the heading it stands under, not to a sentence that ends before it
                parent = next(
                    (
                        it
                        for it in reversed(b.stack)
                        if not _TERMINAL.search(it.text)
                        or it.text.endswith(":")
                        or it.heading.rstrip().endswith(":")
                    ),
                    b.stack[0],
                )
                table = _Table(parent.ref, parent, in_body=True)
                years = set(_YEAR_WORD.findall(parent.heading or parent.text))
                table.year = years.pop() if len(years) == 1 else None  # "1. Lịch triển khai năm 2026"
                _table_line(b, table, line)
                continue
        if _introduces_table(b, line, lines[k + 1] if k + 1 < len(lines) else None):
            top = b.stack[-1]
            at = text.find(top.text, top.span[0])
            top.text = text[at : line.end] if at >= 0 else top.text
            top.span = (top.span[0], line.end)
            continue
        _body_line(b, line, lines[k + 1] if k + 1 < len(lines) else None)
    if attached_at is not None:
        for item in b.items[:attached_at]:
            item.category = "wrapper"
        _attached_articles_as_read(b.items, attached_at)
    elif appendices:
        # round 29 (set 30): the article that issues the appendix task list ("Điều 1. Ban hành kèm theo Nghị quyết
        # này Phụ lục danh mục các nhiệm vụ …") only wraps it, as a decision wraps the plan it issues
        for item in b.items:
            if (
                item.marker == "article"
                and _ISSUES_PLAN.search(item.text)
                and _NAMES_APPENDIX.search(item.text)
            ):
                item.category = "wrapper"
    _close_lists(b.items)
    _addressee_paragraphs(b.items)
    b.items = _duties_before_list(b.items)
    _schedule_paragraphs(b.items)
    _continuing_paragraphs(b.items)
    _dated_steps_after_lead_in(b.items)
    b.items = _unnumbered_duties(b.items)
    _mark_closing(b.items)
    appendices = _name_appendices(b.items, appendices)
    start = lines[first].start if first < len(lines) else len(text)
    return Tree(b.items, lines[:first], start, appendices, attached)


def _in_appendix(ref: str | None, prefix: str) -> bool:
    return ref is not None and (ref == prefix or ref.startswith((prefix + ".", prefix + "[")))


def _appendix_of(ref: str | None, prefixes: list[str] | set[str]) -> str | None:
    """The prefix among `prefixes` whose appendix holds ref (`_in_appendix`), found by ref's head (what comes before
    its first "." or "["), one look-up instead of a test per appendix. The prefixes are "PL", "PL2" …, which hold
    neither mark, so at most one matches and it is ref's head."""
    if ref is None:
        return None
    head = _REF_HEAD.match(ref)
    p = head.group(0) if head else ref
    return p if p in prefixes else None


_REF_HEAD = re.compile(r"[^.\[]*")


# what `classify` reads a row of these labels as: no task, so a table of such rows hands out no work
_ROW_LABEL_KIND = {"heading": "section", "data": "note"}


def _name_appendices(items: list[PlanItem], prefixes: list[str]) -> list[str]:
    """round 22: appendix rows are PL.<group>.<STT> whichever appendix holds them: the appendices that hand out work
    are PL, PL2 … in order, and one that yields no task (a table of targets or figures) takes a number after them,
    so a targets table before the task table does not push the tasks to PL2."""
    if not prefixes:
        return prefixes
    # one pass over the items, each placed by its ref's head (a test of every item per appendix was quadratic)
    held = set(prefixes)
    # a row labelled a heading (round 84: "5.1 |  | Thương mại" over its sub-rows) or data is read as a section or
    # a note (`classify`), hands out no work: an indicator table whose group row is such a heading is no task list
    work = (i for i in items if i.kind == "task" and i.label not in _ROW_LABEL_KIND)
    tasks = {_appendix_of(i.ref, held) for i in work} - {None}
    order = [p for p in prefixes if p in tasks] + [p for p in prefixes if p not in tasks]
    names = {p: "PL" if k == 0 else f"PL{k + 1}" for k, p in enumerate(order)}
    if all(names[p] == p for p in prefixes):
        return prefixes

    def renamed(ref: str | None) -> str | None:
        p = _appendix_of(ref, held)
        return ref if p is None or ref is None else names[p] + ref[len(p) :]

    for item in items:
        item.ref, item.parent = renamed(item.ref) or item.ref, renamed(item.parent)
    return [names[p] for p in prefixes]


# round 20: a line a web copy sets in Markdown emphasis whole ("*(Kèm theo Quyết định số … )*", "**Nơi nhận:**")
_EMPHASIS = re.compile(r"^(\*{1,2}|_{1,2})(?=[^\s*_])(.*?[^\s*_])\1$")


def _unwrap_emphasis(lines: list[Line]) -> list[Line]:
    """A line wrapped whole in "*…*" or "**…**" (italics, bold of a Markdown copy) is read as its words: the
    marks are how the page showed it, not text ("*(Kèm theo Quyết định …)*" still says what the plan is
    attached to). A bullet ("* Nội dung …", the star then a space) is no emphasis."""
    out: list[Line] = []
    for line in lines:
        m = _EMPHASIS.match(line.text)
        if m:
            mark = len(m.group(1))
            line = Line(line.start + mark, line.end - mark, m.group(2))
        out.append(line)
    return out


# round 20: a web copy of a task table written one cell per line under its header row ("| TT | Nội dung | Cơ quan chủ
# trì | Cơ quan phối hợp |", "| --- | … |", then "1", "Tổ chức …", "Cục A", "Vụ B", "Quý III/2026", "2", …)
_CELL_STT = re.compile(r"^(?:(\d{1,3})\.?|(\d{1,3})\.(\d{1,2})\.?|([a-zđ])[.)]|([IVX]{1,5})\.?)$")
_RULE_ROW = re.compile(r"^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?$")
_LETTERS = "abcdđeghiklmnopqrstuvxy"


def _row_cells(text: str) -> list[str]:
    """The cells of a row written with "|" between them, the edge bars of a Markdown row dropped."""
    text = text.strip()
    if text.startswith("|") and text.endswith("|") and len(text) > 1:
        text = text[1:-1]
    return [c.strip() for c in text.split("|")]


def _starts_row(text: str, last: tuple[int, int, str]) -> tuple[int, int, str] | None:
    """The place of a cell-per-line row number after the row numbered `last` (top number, sub-number, letter):
    "1" … "n+1", "n.1", "a)" then the next letter; a number out of sequence is a cell (a count, a year)."""
    m = _CELL_STT.match(text)
    if not m:
        return None
    top, sub, letter = last
    if m.group(1):
        n = int(m.group(1))
        return (n, 0, "") if n in (1, top + 1) else None
    if m.group(2):
        n, k = int(m.group(2)), int(m.group(3))
        return (n, k, "") if n == top and k in (1, sub + 1) else None
    if m.group(4):
        at = _LETTERS.find(m.group(4))
        expected = 0 if not letter else _LETTERS.find(letter) + 1
        return (top, sub, m.group(4)) if at == expected else None
    return (0, 0, "") if _VALID_ROMAN.match(m.group(5)) else None  # a group "I", "II": numbers restart


def _banner_line(text: str) -> bool:
    """round 63: a line in capitals with no mark of its own ("HỘI NGHỊ", "LÀM VIỆC VỚI ĐOÀN KIỂM TRA …"): a title
    shown as written, as a one-cell banner table prints it."""
    letters = re.sub(r"[^\wÀ-ỹ]|\d|_", "", text)
    return len(letters) > 3 and letters.upper() == letters and not _marker(text)


def _showing_banner(text: str) -> bool:
    """round 63: a sentence of work that ends by announcing the title it shows ("… trang trí hội trường với tiêu
    đề:", "… in băng rôn với nội dung:"): at least eight words, its text not itself in capitals."""
    return len(text.split()) >= 8 and text.upper() != text and text.rstrip().endswith(":")


def _table_ends(text: str) -> bool:
    letters = re.sub(r"[^\wÀ-ỹ]|\d|_", "", text)
    return (
        "|" in text
        or bool(_STOP.match(text))
        or _opens_appendix(text)
        or (len(text.split()) >= 2 and letters.upper() == letters and len(letters) > 3)
    )


def _join_cell_lines(lines: list[Line]) -> list[Line]:
    """A task table whose rows are written one cell per line (a web page's table copied as text: the header a
    "|" row, then "1", "Tổ chức …", "Cục A", "Vụ B; các cơ quan …", "Quý III/2026", "a)", …) is read as the
    rows it writes: each row number in sequence opens a row, the lines up to the next are its cells in the
    header's order (a header cell written on its own line after the header row, "Thời gian thực hiện", is the
    header's last). A group row fills only its first cells; a row broken over two (more lines than columns)
    goes on in its first text cells, in order, as the second half of a split row writes them."""
    out: list[Line] = []
    k = 0
    while k < len(lines):
        line = lines[k]
        out.append(line)
        k += 1
        if "|" not in line.text:
            continue
        header = _row_cells(line.text)
        roles = _table_columns(header)
        if not roles or roles.get(0) != "stt" or k >= len(lines):
            continue
        j = k + 1 if _RULE_ROW.match(lines[k].text) else k
        extra: list[Line] = []
        while j < len(lines) and not _starts_row(lines[j].text, (0, 0, "")) and len(extra) < 2:
            wider = _table_columns([*header, *(x.text for x in extra), lines[j].text])
            if not wider or len(wider) <= len(roles) + len(extra) or _table_ends(lines[j].text):
                break
            extra.append(lines[j])
            j += 1
        rows: list[list[Line]] = []
        last = (0, 0, "")
        n = len(header) + len(extra)
        while j < len(lines) and not _table_ends(lines[j].text):
            at = _starts_row(lines[j].text, last)
            if at is not None:
                rows.append([lines[j]])
                last = at
            elif not rows or len(rows[-1]) >= 2 * n - 1:
                break
            else:
                rows[-1].append(lines[j])
            j += 1
        if len([r for r in rows if len(r) >= 3]) < 2:
            continue  # not a table written cell by cell: the lines are read as they stand
        cols = [*header, *(x.text for x in extra)]
        head_end = (extra[-1] if extra else line).end
        out[-1] = Line(line.start, head_end, " | ".join(cols))
        task = next((i for i, r in roles.items() if r == "task"), 1)
        for row in rows:
            cells = [x.text for x in row[:n]] + [""] * (n - len(row))
            for i, more in enumerate(row[n:]):
                col = min(task + i, n - 1)
                cells[col] = f"{cells[col]} {more.text}".strip()
            out.append(Line(row[0].start, row[-1].end, " | ".join(cells)))
        k = j
    return out


# round 92: a header over two rows as a web copy writes it (corpus README): the first row with the merged cell once
# ("Cơ quan thực hiện", "Thời gian thực hiện"), the second with the cells under it alone ("Chủ trì | Phối hợp",
# "Bắt đầu | Hoàn thành"). What the merged cell and the cells under it speak of: who acts, or when.
_OWNER_WORDS = re.compile(
    r"chủ\s+trì|phối\s+hợp|thực\s+hiện|phụ\s+trách|trách\s+nhiệm|cơ\s+quan|đơn\s+vị", re.I
)
_TIME_WORDS = re.compile(r"thời\s+(?:gian|hạn)|tiến\s+độ", re.I)
_SUB_TIME = re.compile(
    r"bắt\s+đầu|khởi\s+(?:công|động)|hoàn\s+thành|kết\s+thúc|thời\s+(?:gian|hạn)|tiến\s+độ", re.I
)
_STARTS = re.compile(r"bắt\s+đầu|khởi\s+(?:công|động)", re.I)


def _merged_family(cell: str) -> str | None:
    return "time" if _TIME_WORDS.search(cell) else "owner" if _OWNER_WORDS.search(cell) else None


def _sub_family(cell: str) -> str | None:
    if re.search(r"chủ\s+trì|phối\s+hợp|phụ\s+trách", cell, re.I):
        return "owner"
    return "time" if _SUB_TIME.search(cell) else None


def _two_row_header(header: list[str], subs: list[str]) -> list[str] | None:
    """round 92: the header a header row and the row of sub-headers under it write together, one cell a column:
    the merged cell (the one header cell that speaks of what every sub-header does: who acts over "Chủ trì | Phối
    hợp", when over "Bắt đầu | Hoàn thành") gives way to its sub-headers, each read under it ("Cơ quan thực hiện
    Chủ trì"; a start stays a start). None when the rows are not such a pair."""
    if len(subs) < 2 or any(not c or re.search(r"\d", c) or len(c.split()) > 6 for c in subs):
        return None
    family = {_sub_family(c) for c in subs}
    kind = family.pop() if len(family) == 1 else None
    roles = _table_columns(header) if kind is not None else None
    if kind is None or roles is None:
        return None
    # the work ("Nội dung thực hiện") and the person answerable ("Người đứng đầu chịu trách nhiệm") are no owners' cell
    fits = {"owner": (None, "lead", "coord"), "time": ("time",)}[kind]
    merged = [k for k, c in enumerate(header) if _merged_family(c) == kind and roles.get(k) in fits]
    if len(merged) > 1 and kind == "owner":
        # "Cơ quan chủ trì | Cơ quan thực hiện": the cell over the two is the one that names neither
        merged = [k for k in merged if _sub_family(header[k]) != "owner"]
    if len(merged) != 1:
        return None
    k = merged[0]
    under = [c if kind == "time" and _STARTS.search(c) else f"{header[k]} {c}" for c in subs]
    cells = [*header[:k], *under, *header[k + 1 :]]
    return cells if _table_columns(cells) is not None else None


def _join_header_rows(lines: list[Line]) -> list[Line]:
    """round 92: a task table's header written over two rows (`_two_row_header`) is read as one header row, so
    each column of the rows under it has its role (the deadline in the column under "Hoàn thành", not the one the
    first header row's cells would put it in)."""
    out: list[Line] = []
    k = 0
    while k < len(lines):
        line = lines[k]
        if k + 1 < len(lines) and " | " in line.text and " | " in lines[k + 1].text:
            cells = _two_row_header(_row_cells(line.text), _row_cells(lines[k + 1].text))
            if cells is not None:
                out.append(Line(line.start, lines[k + 1].end, " | ".join(cells)))
                k += 2
                continue
        out.append(line)
        k += 1
    return out


_ATTACHED_TO = re.compile(
    r"^\s*\(\s*(?:Ban\s+hành\s+)?[Kk]èm\s+theo\s+(?:Kế\s+hoạch|Thông\s+báo|Công\s+văn|Chương\s+trình|Văn\s+bản)\b"
)


_STEP_AT = re.compile(r"^\s*\(\s*(\d{1,2})\s*\)\.\s")
_STEP_INSIDE = re.compile(cap(r"\s\(\s*(\d{1,2})\s*\)\.\s+(?=[A-ZĐÀ-Ỹ])"))


def _split_run_on_steps(lines: list[Line]) -> list[Line]:
    """ "(2). Xây dựng …" run into the line before it ("… 096.808.7683 (2). Xây dựng …", a line break lost in the
    copy) after "(1). …" opened a line: the step starts a line of its own. Only the "(n)." form (with its full
    stop) after "(n-1)." at a line start counts; an inline "(1) …; (2) …" list is left alone."""
    out: list[Line] = []
    last = 0
    for line in lines:
        at = _STEP_AT.match(line.text)
        if at:
            last = int(at.group(1))
        inside = _STEP_INSIDE.search(line.text) if last else None
        if inside and int(inside.group(1)) == last + 1:
            cut = inside.start() + 1
            head, tail = line.text[:cut].rstrip(), line.text[cut:]
            out.append(Line(line.start, line.start + len(head), head))
            out.append(Line(line.start + cut, line.end, tail))
            last += 1
            continue
        out.append(line)
    return out


# round 19: a layout copy sets the last sentence and the recipients' heading side by side ("… yêu cầu các Sở, ngành
# triển khai thực hiện./. Nơi nhận:"): the heading closes the body from where it starts
_GLUED_RECIPIENTS = re.compile(r"(?<=\./\.)\s*(?=(?:\*\*|__)?\s*Nơi\s+nhận\s*:?\s*$)")


def _split_glued_recipients(lines: list[Line]) -> list[Line]:
    out: list[Line] = []
    for line in lines:
        glued = _GLUED_RECIPIENTS.search(line.text)
        if glued:
            head, tail = line.text[: glued.start()], line.text[glued.end() :]
            out.append(Line(line.start, line.start + len(head), head))
            out.append(Line(line.start + glued.end(), line.end, tail))
            continue
        out.append(line)
    return out


def _prose_appendix(lines: list[Line], k: int) -> bool:
    """round 31: an appendix with no table, whose work is numbered prose ("1. Bộ Tài chính chủ trì, phối hợp …:"
    over "a) …", "b) …"): no line up to the next appendix is a table row, and its first line after the title and
    the attachment note is a numbered item."""
    first: str | None = None
    for ln in lines[k:]:
        if _opens_appendix(ln.text):
            break
        if " | " in ln.text:
            return False
        if first is None and _marker(ln.text) is not None:
            first = ln.text
    return first is not None and _marker(first) is not None


# round 79 (set 56): an appendix of tasks by body that writes its common tasks as numbered sentences ("I. NHIỆM VỤ
# CHUNG" / "1. Phối hợp chặt chẽ … ." …) before the table of each body's tasks ("II. NHIỆM VỤ CỤ THỂ" / "STT | Đơn
# vị | …"): the sentences are read as the body is read and the table, from its header row, as a table in the body
PROSE_BEFORE_TABLE = 2


def _prose_before_table(lines: list[Line], k: int) -> bool:
    """Two numbered sentences or more stand between the appendix's title and its first table row."""
    prose = 0
    for ln in lines[k:]:
        if _opens_appendix(ln.text):
            return False
        if " | " in ln.text:
            return prose >= PROSE_BEFORE_TABLE
        mk = _marker(ln.text)
        if mk is not None and mk[0] == "arabic" and _TERMINAL.search(ln.text) and ln.text.upper() != ln.text:
            prose += 1
    return False


# round 44: the title of a list a document issues ("DANH SÁCH / Tuyến, địa bàn trọng điểm …", "DANH SÁCH THÀNH VIÊN
# …"): places, people or things listed, not a list of work ("DANH SÁCH NHIỆM VỤ …")
_LIST_TITLE = re.compile(
    r"^DANH\s+SÁCH(?!\s+(?:CÁC\s+)?(?:NHIỆM\s+VỤ|CÔNG\s+VIỆC|HOẠT\s+ĐỘNG|GIẢI\s+PHÁP|DỰ\s+ÁN|ĐỀ\s+ÁN|CHƯƠNG\s+TRÌNH"
    r"|KẾ\s+HOẠCH|PHÂN\s+CÔNG))(?![\wÀ-ỹ])"
)


def _register_title(lines: list[Line], k: int) -> Line | None:
    """The "DANH SÁCH …" title line a line or two above "(Ban hành kèm theo Quyết định …)", if it is one."""
    if _restarted_register(lines, k):
        return lines[k]
    if not _ATTACHED.match(lines[k].text) or not lines[k].text.lstrip().startswith("("):
        return None
    for j in range(k - 1, max(k - 4, -1), -1):
        if _LIST_TITLE.match(lines[j].text.strip()):
            return lines[j]
    return None


def _restarted_register(lines: list[Line], k: int) -> bool:
    """round 51: a "DANH SÁCH …" title in capitals on its own line, after the body's parts, over a list that numbers
    its groups afresh ("DANH SÁCH CÁC TRƯỜNG … DỰ KIẾN TỔ CHỨC" / "I. TRƯỜNG PHỔ THÔNG" after the plan's "V."): the
    register the plan attaches (its signature page lost or never typed), not a paragraph of the plan's last part."""
    text = lines[k].text.strip()
    if not _LIST_TITLE.match(text) or text.upper() != text or k + 1 >= len(lines):
        return False
    nxt = _marker(lines[k + 1].text)
    if nxt is None or nxt[0] != "roman" or nxt[1] != "I":
        return False
    return any((mk := _marker(ln.text)) is not None and mk[0] == "roman" and mk[1] == "I" for ln in lines[:k])


def _attachment_note(lines: list[Line], k: int) -> bool:
    """After the signature, "(Kèm theo Kế hoạch số …)" under a title opens what the document attaches (a task
    table titled "BẢNG PHÂN CÔNG NHIỆM VỤ" rather than "PHỤ LỤC"), when a table follows."""
    if not _ATTACHED_TO.match(lines[k].text):
        return False
    return any(" | " in ln.text for ln in lines[k + 1 : k + 4])


def _opens_appendix(text: str) -> bool:
    """ "PHỤ LỤC …" in capitals, or "Phụ lục I" alone, followed by its title in capitals ("Phụ lục I: THỜI
    GIAN, ĐƠN VỊ ĐƯỢC KIỂM TRA") or by what it is attached to ("Phụ lục I (Kèm theo Kế hoạch số …)")."""
    if not _APPENDIX.match(text):
        return False
    if text.upper() == text:
        return True
    # round 32: "PHỤ LỤC <TITLE> (Kèm theo Công văn số …)": the capital title and its attachment note on one line
    # (a web copy's rendering joins them); the note is written in ordinary case
    bare = _TRAILING_NOTE.sub("", text).strip()
    if bare != text.strip() and bare.upper() == bare and text.lstrip().startswith("PHỤ"):
        return True
    m = _APPENDIX_TITLE.match(text)
    if not m:
        return False
    rest = m.group("rest")
    # round 29: a PDF line may carry the title and the note together ("Phụ lục DANH MỤC … (Kèm theo Nghị quyết …)")
    rest = _TRAILING_NOTE.sub("", rest).strip() if not rest.startswith("(") else rest
    return not rest or rest.startswith("(") or (rest.upper() == rest and len(rest.split()) >= 2)


def _attached_heading(lines: list[Line], k: int) -> list[Line]:
    """The attached plan's type line and the title lines after it (up to its first numbered line)."""
    out = [lines[k]] if not _ATTACHED.match(lines[k].text) else []
    for line in lines[k + 1 : k + 6]:
        if _marker(line.text) or _ATTACHED.match(line.text) or line.text.upper() != line.text and out[1:]:
            break
        out.append(line)
    return out


def _starts_attached_plan(lines: list[Line], k: int, b: _Builder) -> bool:
    """ "KẾ HOẠCH" alone on a line (or "(Ban hành kèm theo Quyết định …)") after the body began."""
    if not b.items:
        return False
    text = lines[k].text
    if _DOC_TYPE_LINE.match(text):
        return True
    if (
        _DOC_TYPE_START.match(text)
        and text.upper() == text
        and any(_ISSUES_PLAN.search(i.text) for i in b.items)
    ):
        return True
    if _ATTACHED.match(text):
        prev = lines[k - 1].text if k else ""
        return not _DOC_TYPE_LINE.match(prev)
    return False


def _introduces_table(b: _Builder, line: Line, nxt: Line | None) -> bool:
    """An unnumbered paragraph right before a task table, under an item whose heading ends with ":" and that
    already has a paragraph of body ("b) Tổ chức chương trình …:" / "Nội dung chương trình …" / "Sở X chủ
    trì … gồm 10 chuyên mục, cụ thể:" / table): the item's body goes on to its table."""
    top = b.stack[-1] if b.stack else None
    if top is None or nxt is None or top.children or top.marker in ("row", "group", "appendix"):
        return False
    if not top.heading.rstrip().endswith(":") or top.text == top.heading or _marker(line.text):
        return False
    if " | " in line.text or " | " not in nxt.text or parse_label(line.text):
        return False
    return _table_columns([c.strip() for c in nxt.text.split("|")]) is not None


def _group_before_row(lines: list[Line], k: int) -> bool:
    """A body table's group row written as one merged cell ("II. NHÓM …") is followed by a row."""
    nxt = lines[k + 1].text if k + 1 < len(lines) else ""
    mk = _marker(lines[k].text)
    return bool(mk and mk[0] in ("roman", "upper") and " | " in nxt and re.match(r"\s*\d", nxt))


# "* Giải pháp trước mắt:" over dashes: a hand-typed star that labels a group of bullets, not a level of them
_STAR_LABEL = re.compile(r"^\s*\*\s*[^:]{2,160}:\s*$")


def _body_line(b: _Builder, line: Line, nxt: Line | None = None) -> None:
    if _quotation_line(b, line):
        return
    mk = _marker(line.text)
    if mk and line.start in b.parts:
        mk = ("letter_part", mk[1], mk[2])
    follow = _marker(nxt.text) if nxt else None
    lone = not (mk and follow and follow[0] == mk[0])
    if mk and mk[0] == "bullet" and _STAR_LABEL.match(line.text) and follow and follow[0] in ("dash", "plus"):
        b.paragraph(line)  # the bullets under it go on being numbered under the item above the label
        return
    if mk and mk[0] == "ordinal" and not b.ordinal_follows(mk[1]):
        mk = None
    if mk and mk[0] == "phase" and not b.phase_follows(mk[1]):
        mk = None
    if mk and mk[0] == "paren_letter" and b.roman_item(mk[1]):
        mk = ("paren_roman", mk[1], mk[2])
    if mk and mk[0] == "paren" and b.continue_inline(line, mk[1]):
        return
    if mk and mk[0] in BULLETS and b.continue_sentence(line, mk[0], lone):
        return
    if mk and (mk[0] in BULLETS and _cites_under_paragraph(b, mk[2], nxt) or _continues_citation(b, mk)):
        b.append(b.items[-1], line)
        return
    if mk:
        b.add(mk[0], mk[1], mk[2], line)
        return
    if " | " in line.text and b.stack:
        return  # a table row without a header that names a task column
    labs = _line_labels(line.text)
    if labs and labs[0][0] != "task" and b.label(*labs[0]):
        for lab in labs[1:]:
            b.label(*lab)
        return
    if not b.absorb(line, line.text, bool(follow and follow[0] in BULLETS)) and not b.lead_in(line, follow):
        b.paragraph(line)


# round 22: a dash that names a document by its number ("- Văn bản hợp nhất số 48/VBHN-BNNMT ngày …;", "- Nghị
# định số 06/2022/NĐ-CP …"): a citation, not a duty
_CITED_DOCUMENT = re.compile(
    r"^(?:Văn\s+bản(?:\s+hợp\s+nhất)?|Bộ\s+luật|Luật|Nghị\s+định|Nghị\s+quyết|Thông\s+tư(?:\s+liên\s+tịch)?"
    r"|Quyết\s+định|Chỉ\s+thị|Công\s+văn|Kế\s+hoạch|Thông\s+báo|Chương\s+trình|Hướng\s+dẫn)"
    + cap(r"\s+(?:số\s+)?\d+(?:/[\dA-ZĐÀ-Ỹa-zđ.-]+)*/[A-ZĐÀ-Ỹ][\wĐ.-]*")
)


# round 41: a provision cited by its article, clause or point, or a document by its number, before the quotation
_PROVISION = re.compile(
    r"(?<![\wÀ-ỹ])(?:[Đđ]iều\s+\d+|[Kk]hoản\s+\d+|[Đđ]iểm\s+[a-zđ\d])(?![\wÀ-ỹ])"
    + cap(r"|số\s+\d+[\w.]*/[\w./-]*[A-ZĐ]")
)
# … whose words come first or after "Tại/Theo", and that says them ("quy định:", "nêu rõ:")
_PROVISION_SPEAKS = re.compile(
    r"^(?:(?:Tại|Theo)\s+(?:(?:hướng\s+dẫn|quy\s+định)\s+tại\s+)?)?(?:(?:các\s+)?(?:[Đđ]iểm|[Kk]hoản|[Đđ]iều|[Mm]ục|[Pp]hụ\s+lục)\s|(?:Bộ\s+)?[Ll]uật\s"
    r"|(?:Nghị\s+(?:định|quyết)|Thông\s+tư|Quyết\s+định|Chỉ\s+thị|Văn\s+bản|Công\s+văn|Kế\s+hoạch)\s+(?:số\s)?)"
    # round 58 (set 46): the guidance or rule the letter follows, then the provision ("Theo hướng dẫn tại Mục I.4
    # Công văn số … như sau:"), and the provision saying what it rules on ("Tại Điều 21 Nghị định số … quy định về
    # Chế độ tập sự:")
    r"[^:]*?\s(?:(?:quy\s+định(?:\s+về\s[^:]{1,120}?)?|nêu(?:\s+rõ)?|ghi(?:\s+rõ)?)(?:\s+như\s+sau)?|như\s+sau)\s*:$",
    re.I,
)
_OPEN_QUOTES = '“"'
_CLOSE_QUOTES = ("”", '"')


def _quotation(text: str) -> tuple[str, str | None] | None:
    """The words before a line's first opening quote, and what follows its closing quote (None when the quotation runs
    on past the line's end); None when the line opens no quotation after some words."""
    text = text.strip()
    at = min((k for k in (text.find(q) for q in _OPEN_QUOTES) if k >= 0), default=-1)
    if at <= 0:
        return None
    quoted = text[at + 1 :]
    close = min((k for k in (quoted.find(q) for q in _CLOSE_QUOTES) if k >= 0), default=-1)
    return text[:at].rstrip(), (None if close < 0 else quoted[close + 1 :].strip(" .;,"))


def quotes_provision(text: str) -> bool:
    """round 41: a line that cites a provision and then quotes it whole ("Tại điểm b khoản 3 Điều 12 Nghị quyết số
    254/2025/QH15 … quy định: “b) Không tổ chức lập …”", the quotation closing at the line's end): the law's own
    words, with its own "b)" and "2.", not work asked of anyone, whoever its sentences name. The words before the
    quotation are the provision saying it ("Tại …, Theo …, Điều …, Nghị quyết số … quy định:"), not a request
    ("Đề nghị Sở X thực hiện đúng: “…”", "Thực hiện đúng quy định tại khoản 2 Điều 5: “…”")."""
    text = text.strip()
    at = min((k for k in (text.find(q) for q in _OPEN_QUOTES) if k >= 0), default=-1)
    if at <= 0:
        return False
    intro, quoted = text[:at].rstrip(), text[at + 1 :].rstrip().rstrip(".;,").rstrip()
    return quoted.endswith(_CLOSE_QUOTES) and provision_speaks(intro)


def quotes_provision_only(text: str) -> bool:
    """round 43: the same quotation as an item's whole content, whether it closes at the line's end, runs on past it,
    or is followed by words that give no work: the letter sets out the law it rests on, and the work, if any, follows
    in its own item ("Tại điểm b khoản 3 Điều 12 … quy định: “b) Không tổ chức lập …”. Theo đó, …")."""
    if quotes_provision(text):
        return True
    found = _quotation(text)
    if found is None or not _citation_speaks(found[0]):
        return False
    rest = found[1]
    return rest is None or not (GIVES.search(rest) or assigns_work(rest) or starts_with_action(rest))


def provision_speaks(intro: str) -> bool:
    """Do the words end by a provision saying what follows ("Tại khoản 4 Điều 7 Nghị định số … quy định:"), with no
    work given in them?"""
    intro = intro.strip()
    return bool(_PROVISION_SPEAKS.match(intro) and _PROVISION.search(intro)) and not assigns_work(intro)


def _opens_quotation(text: str) -> bool:
    return text.lstrip()[:1] in _OPEN_QUOTES


def _quotation_closed(text: str) -> bool:
    return text.count("“") <= text.count("”") and text.count('"') % 2 == 0


def _cited_line(item: PlanItem) -> str:
    """The item's last line without its dash: the words a quotation on the next line may stand under."""
    last = item.text.split("\n")[-1]
    dash = _DASH.match(last)
    return dash.group(1) if dash else last


_QUOTATION_LINES = 40  # a quotation left open runs no further than this: the closing mark was lost


def _quotation_line(b: _Builder, line: Line) -> bool:
    """round 41: a quotation on lines of its own under the words that cite it ("- Tại khoản 4 Điều 7 … quy định:" /
    "“4. Cơ quan … .”", or over several lines with the provision's own "1.", "2."): the lines up to its closing mark
    go on the citing item, they are the law's words and no items."""
    if b.quoting is not None:
        b.append(b.quoting, line)
        b.quote_lines += 1
        b.quoted += "\n" + line.text
        if _quotation_closed(b.quoted) or b.quote_lines >= _QUOTATION_LINES:
            b.quoting = None
        return True
    last = b.items[-1] if b.items else None
    if last is None or not _opens_quotation(line.text) or not _cites_before_quotation(_cited_line(last)):
        return False
    b.append(last, line)
    if not _quotation_closed(line.text):
        b.quoting, b.quote_lines, b.quoted = last, 1, line.text
    return True


def _cites_before_quotation(cited: str) -> bool:
    """The words a quotation on the next lines stands under: a provision saying it (round 41), or a request to apply
    a provision it cites that ends by announcing it (round 50, set 43: "- Thứ nhất: … Đề nghị Đoàn Luật sư vận dụng
    theo hướng dẫn tại điểm a, b và c khoản 2 Điều 32 Nghị định số … để hoàn thiện hồ sơ, cụ thể:" over "“…2. Hồ sơ
    …, gồm:" / "a) …" / "c) …;”."): the quoted lines are the provision's words on the request, not items."""
    cited = cited.strip()
    return _citation_speaks(cited) or (cited.endswith(":") and _PROVISION.search(cited) is not None)


def _citation_speaks(intro: str) -> bool:
    """`provision_speaks`, and round 58 (set 46): the same citation whose colon was left out, or written as a stray
    closing mark ("Tại Điều 23 Nghị định số … quy định về Chế độ, chính sách đối với người tập sự”" over "“1. Trong
    thời gian tập sự, …"): the quotation on the next line is still the provision's words."""
    intro = intro.strip()
    if provision_speaks(intro):
        return True
    return not intro.endswith(":") and provision_speaks(intro.rstrip('”"').rstrip(" .;") + ":")


def _cites_under_paragraph(b: _Builder, rest: str, nxt: Line | None = None) -> bool:
    """Dashes that each name a document by its number under an unnumbered paragraph ending in ":" ("Bộ … đã ban
    hành các Văn bản hợp nhất …, cụ thể:" over "- Văn bản hợp nhất số 48/VBHN-BNNMT …;"): the documents the
    paragraph speaks of, part of it, not duties (and the paragraphs after them stay paragraphs of the letter)."""
    last = b.items[-1] if b.items else None
    # round 26: the same under a numbered topic line whose body is that paragraph ("1. Về phổ biến văn bản …" over
    # "Yêu cầu … cập nhật các văn bản quy phạm pháp luật sau:" over "- Nghị định số 24/2026/NĐ-CP …")
    body = last is not None and (
        last.marker == "paragraph" or bool(last.heading) and last.text != last.heading and not last.children
    )
    opening = last.text.split("\n")[0].rstrip() if last is not None else ""
    return (
        last is not None
        and body
        and opening.endswith(":")
        and bool(
            _CITED_DOCUMENT.match(rest.strip())
            or quotes_provision(rest)
            or nxt is not None
            and _opens_quotation(nxt.text)
            and provision_speaks(rest)
            or _GROUNDS_OPEN.search(opening)
            and _NAMED_DOCUMENT.match(rest.strip())
        )
    )


# round 51: a paragraph that ends by announcing its grounds ("Đề nghị các Ban … (…), căn cứ quy định tại:", "…, căn
# cứ vào các văn bản sau:") opens a list of documents, whether each names its number or only its kind and name ("-
# Luật Luật sư năm 2006 …;", "- Điều lệ Liên đoàn … ban hành kèm theo Quyết định số …;", "- Hướng dẫn số 31- HD/…")
_GROUNDS_OPEN = re.compile(
    r"(?<![\wÀ-ỹ])căn\s+cứ(?:\s+(?:vào|theo))?(?:\s+(?:các|những))?"
    r"(?:\s+(?:quy\s+định|văn\s+bản)(?:\s+(?:tại|của|sau(?:\s+đây)?|như\s+sau))?)?\s*:$",
    re.I,
)
# … a dash that opens with a kind of document (then its number or its name): under such a paragraph, a document cited
_NAMED_DOCUMENT = re.compile(
    cap(
        r"^(?:Văn\s+bản(?:\s+hợp\s+nhất)?|Bộ\s+luật|Luật|Pháp\s+lệnh|Nghị\s+định|Nghị\s+quyết|Thông\s+tư"
        r"(?:\s+liên\s+tịch)?|Quyết\s+định|Chỉ\s+thị|Công\s+văn|Kế\s+hoạch|Thông\s+báo|Chương\s+trình|Hướng\s+dẫn"
        r"|Kết\s+luận|Điều\s+lệ|Quy\s+chế|Quy\s+định|Đề\s+án)\s+\S"
    )
)


# round 24: a line that ends on a citation word ("… theo quy định tại Khoản" / "3 - Điều 61 Luật Lâm nghiệp …"): the
# number on the next line is what it cites, not an item
# (as running text writes it: "Khoản", "điều", not the capitals of a heading such as "I. QUAN ĐIỂM")
_CITATION_WORD_END = re.compile(r"(?<![\wÀ-ỹ])(?:[Kk]hoản|[Đđ]iều|[Đđ]iểm|[Ss]ố)\s*$")
_WRAPPED_WORDS = 15  # a line that long is a wrapped sentence, not a title ("4. Phát triển …, ứng dụng số")


def _continues_citation(b: _Builder, mk: tuple[str, str, str]) -> bool:
    """A numbered line whose number completes a citation the line before left open at its end ("… tại Khoản" then
    "3 - Điều 61 …", "… Nghị định số" then "06/2022 …") continues that line: it is no item of its own."""
    last = b.items[-1] if b.items else None
    if last is None or not mk[1][:1].isdigit():
        return False
    before = last.text.split("\n")[-1]
    return len(before.split()) >= _WRAPPED_WORDS and bool(_CITATION_WORD_END.search(before))


_PART_BLOCKERS = ("roman", "part", "article", "arabic", "arabic_paren")


def _next_part_letter(prev: str, letter: str) -> bool:
    """Does `letter` follow `prev` in a run of parts? "D." goes on with "Đ." or "E.", "E." with "F." or "G."."""
    i, j = PART_LETTERS.find(prev), PART_LETTERS.find(letter)
    return i >= 0 and j > i and all(c in "ĐF" for c in PART_LETTERS[i + 1 : j])


def _part_title(rest: str) -> bool:
    """A part's title is a heading: short, not a clause of a sentence ("A. Nguyễn Văn B, …;" is no part)."""
    rest = rest.strip()
    return bool(rest) and rest[0].isupper() and len(rest.split()) <= 25 and not rest.endswith((",", ";"))


def lettered_parts(lines: list[Line]) -> set[int]:
    """Starts of the lines that are a plan's top level written in capital letters, round 25 (set 26).

    "A. MỤC ĐÍCH, YÊU CẦU", "B. NỘI DUNG, NHIỆM VỤ …", "C. …", "D. TỔ CHỨC THỰC HIỆN": capitals A, B, C … in
    sequence, the first before any numbered section of the document (since its last signature block), each
    a heading over Roman or numbered sections (the first numbered line after it is "I." or "1."). A lone "A."
    (an initial, one item of a list) or letters under a Roman section stay what they were."""
    marks = [_marker(ln.text) for ln in lines]
    found: set[int] = set()
    k = 0
    while k < len(lines):
        mk = marks[k]
        if not (mk and mk[0] == "upper" and mk[1] == "A" and _part_title(mk[2])):
            k += 1
            continue
        back = k - 1
        while back >= 0 and not _STOP.match(lines[back].text):
            above = marks[back]
            if above and (above[0] in _PART_BLOCKERS or above[0].startswith("dotted")):
                break
            back -= 1
        if back >= 0 and not _STOP.match(lines[back].text):
            k += 1
            continue  # numbered sections above it: a letter under them, not a part
        run, last, j = [k], "A", k + 1
        while j < len(lines) and not _STOP.match(lines[j].text):
            mk = marks[j]
            if mk and mk[0] == "upper" and _next_part_letter(last, mk[1]) and _part_title(mk[2]):
                run.append(j)
                last = mk[1]
            j += 1
        ends = [*run[1:], j]

        def over_sections(a: int, b: int) -> bool:
            first = next((m for m in marks[a + 1 : b] if m and m[0] not in BULLETS), None)
            # round 91: a part over "1)", "2)" is as much a part as one over "1.", "2."
            return first is not None and (
                first[0] in ("roman", "part", "arabic", "arabic_paren") or first[0].startswith("dotted")
            )

        if len(run) >= 2 and all(over_sections(a, b) for a, b in zip(run, ends, strict=True)):
            found.update(lines[i].start for i in run)
        k = j
    return found


def _first_body_line(lines: list[Line], parts: frozenset[int] | set[int] = frozenset()) -> int:
    """Index of the first section heading (I., Điều 1); header lines come before it.

    The heading is looked for before the signature block ("Nơi nhận", "TM.") first: a letter numbered "1.",
    "2." whose attachment after the signature is a list headed "I. …" begins at its "1.", not at that list.
    """
    end = next((i for i, ln in enumerate(lines) if i and _STOP.match(ln.text)), len(lines))
    quoted = _inside_quotations(lines)  # round 41: a quotation's own "Điều 5.", "1." open no body

    @cache
    def prose() -> list[int]:
        """The lines before the signature written as prose, the addressees' left out (only asked for when nothing
        numbered opens the body before the signature: most plans never need it)."""
        addressees = _addressee_lines(lines[:end])
        return [i for i, ln in enumerate(lines[:end]) if i not in addressees and _prose_paragraph(ln.text)]

    for stop in dict.fromkeys((end, len(lines))):
        if stop > end and any(_request_start(lines[i].text) is not None for i in prose()):
            # round 72: a letter with nothing numbered before its signature whose prose asks for work begins at that
            # prose; the numbered lines after the signature are its attachment (a list of the firms that have
            # reported), read only where an appendix or an attached plan opens
            break
        for i, ln in enumerate(lines[:stop]):
            mk = _marker(ln.text)
            if (mk and mk[0] in TOP or ln.start in parts) and i not in quoted:
                return i
        # round 91: "1." and "1)" are one tier: a reader's body opens at the first item numbered either way, not at
        # a stray "3 - …" (a wrapped "khoản 3 - Điều 12", read in the "1." style) below a list numbered "1)", "2)"
        for styles in (("upper",), ("arabic", "arabic_paren"), ("paren",)):
            for i, ln in enumerate(lines[:stop]):
                mk = _marker(ln.text)
                if mk and mk[0] in styles and i not in quoted:
                    return i
    # nothing numbered at all (a notice or letter whose duties are plain paragraphs): the body begins at the
    # first paragraph written as prose, after the letterhead, the subject line and the addressees
    return prose()[0] if prose() else len(lines)


def _inside_quotations(lines: list[Line]) -> set[int]:
    """The lines after one that opens a quotation it does not close, up to the line that closes it (at most
    `_QUOTATION_LINES`): a provision quoted on lines of its own, whose numbers are the law's."""
    inside: set[int] = set()
    k = 0
    while k < len(lines):
        text = lines[k].text
        if _opens_quotation(text) and not _quotation_closed(text):
            j = k + 1
            while j < len(lines) and j - k < _QUOTATION_LINES:
                inside.add(j)
                text += "\n" + lines[j].text
                if _quotation_closed(text):
                    break
                j += 1
            k = j
        k += 1
    return inside


_KINH_GUI = re.compile(r"^\s*Kính\s+gửi\s*:?\s*$", re.I)


def _addressee_lines(lines: list[Line]) -> set[int]:
    """The dashes under a "Kính gửi:" standing alone on its line ("- Các Sở: Nông nghiệp và Môi trường, Xây dựng,
    Công Thương;", "- Ủy ban nhân dân xã X."): the addressees of a letter, header lines however long a dash
    grows once its wrapped lines are joined, never its first paragraph of prose."""
    found: set[int] = set()
    for k, ln in enumerate(lines):
        if not _KINH_GUI.match(ln.text):
            continue
        j = k + 1
        while j < len(lines) and (mk := _marker(lines[j].text)) and mk[0] in BULLETS:
            found.add(j)
            j += 1
            # round 22: an addressee wrapped onto a line of its own ("- Chủ các công trình phải tổ chức quan trắc" /
            # "thuỷ văn chuyên dùng …;"): the dash has not ended and the line goes on in lower case
            while (
                j < len(lines)
                and not re.search(r"[.;,:]$", lines[j - 1].text)
                and lines[j].text[:1].islower()
                and not _marker(lines[j].text)
            ):
                found.add(j)
                j += 1
    return found


def addressee_names(lines: list[Line]) -> list[str]:
    """round 22: the addressees a letter's "Kính gửi:" lists, one per dash, its wrapped lines joined, without the dash
    and the closing ";" or "."."""
    found = sorted(_addressee_lines(lines))
    names: list[str] = []
    for j in found:
        mk = _marker(lines[j].text)
        if mk and mk[0] in BULLETS:
            names.append(mk[2].strip())
        elif names:
            names[-1] += " " + lines[j].text.strip()
    return [re.sub(r"\s+", " ", n).rstrip(" ;.,") for n in names]


_HEADER_LINE = re.compile(r"^(?:V/v|Về\s+việc|Kính\s+gửi|Số\s*:|Số\s+\d|CỘNG\s+H)", re.I)
_PROSE_WORDS = 12


def _prose_paragraph(text: str) -> bool:
    """A paragraph of running text: a dozen words or more ending as a sentence, not a header line."""
    return (
        len(text.split()) >= _PROSE_WORDS
        and bool(_TERMINAL.search(text.replace("./.", ".")))
        and " | " not in text
        and not _HEADER_LINE.match(text)
        and text.upper() != text
    )


def _close_lists(items: list[PlanItem]) -> None:
    """An unnumbered paragraph with a subject of its own after the last bullet of a numbered item ("2.1.4. …"
    over "- …", "- …", then "Chủ đầu tư và các nhà thầu … phải hoàn thành trước ngày …") closes that item's
    list: it is the item's closing paragraph (`2.1.4[closing]`), not a paragraph of the whole section."""
    by_ref = {i.ref: i for i in items}
    for k in range(1, len(items)):
        para, before = items[k], items[k - 1]
        if para.marker != "paragraph" or before.marker not in BULLETS:
            continue
        after = items[k + 1] if k + 1 < len(items) else None
        if after is None or not (after.marker in NUMBERED or after.marker.startswith("dotted")):
            continue  # the list goes on, prose follows, or the section ends: the paragraph closes no item
        owner: PlanItem | None = before
        while owner is not None and owner.marker in BULLETS:
            owner = by_ref.get(owner.parent or "")
        if owner is None or owner.marker in (*TOP, "appendix", "group", "row") or owner.marker == "paragraph":
            continue
        found = subject_owners(para.text)
        if not found or not found.lead:
            continue
        holder = by_ref.get(para.parent or "")
        if holder is not None and para in holder.children:
            holder.children.remove(para)
        para.ref, para.parent = f"{owner.ref}[closing]", owner.ref
        owner.children.append(para)


_DUTY_REF = re.compile(
    r"^[^\[]*\[\d+\]$"
)  # "1[2]": a further duty under an addressee heading; "[2]" in a letter


def _addressee_paragraphs(items: list[PlanItem]) -> None:
    """A numbered heading that only names whom it addresses ("1. Công an tỉnh, các sở, ngành", "2. Giao Sở X")
    over several unnumbered paragraphs: its first paragraph is its body, each further one another duty of the
    same addressee (`1[2]`, `1[3]`, as the corpus splits one numbered item), not a paragraph of the section."""
    by_ref = {i.ref: i for i in items}
    holder: PlanItem | None = None
    restated = False
    count = 1
    for para in items:
        if para.marker != "paragraph":
            named = (
                (
                    para.marker in NUMBERED or para.marker.startswith("dotted")
                )  # round 78: at any depth ("1.2.")
                and para.heading
                and all(c.marker == "paragraph" for c in para.children)
            )
            # round 78: "Đối với Sở X:" names a body, whose duties the paragraphs are, no matter restated
            restated = bool(
                named and _RESTATED_HEADING.match(para.heading or "") and not body_label(para.heading)
            )
            # round 78: a body label in any form ("3. Sở Nội vụ có trách nhiệm:") holds its paragraphs as its name does
            holder, count = (para, 1) if named and (body_label(para.heading) or restated) else (None, 1)
            continue
        if holder is None or para.ref.endswith("[closing]") or GENERAL_RULE.match(para.text):
            holder = None
            continue
        if sender_closing(para.text):
            holder = None  # round 52: the sender sums up or signs off; what follows is no duty of the heading either
            continue
        if restated and (_NOTICE_CLOSING.search(para.text) or not _own_subject(para.text)):
            holder = None
            continue
        count += 1
        section = by_ref.get(para.parent or "")
        if section is not None and para in section.children:
            section.children.remove(para)
        para.ref, para.parent, para.kind = f"{holder.ref}[{count}]", holder.ref, "task"
        holder.children.append(para)


# round 17: a notice's numbered item that restates a request ("1. Về kiến nghị …:") over unnumbered paragraphs, each
# answering with a body of its own ("Giao Bộ A …", "Bộ B khẩn trương …"): every paragraph is a duty of that item
# round 53 (set 41): or names its matter with "Đối với" ("đ) Đối với việc đánh giá hiệu quả …:" over "Đề nghị Nhà đầu
# tư … nộp báo cáo …" and "Giao Sở X có trách nhiệm thẩm định …"): the same label over the same paragraphs
_RESTATED_HEADING = re.compile(r"^(?:Về|Đối\s+với)\s[^\n]*:\s*$")


# the notice's closing formula ("Văn phòng Chính phủ thông báo để các cơ quan … biết, thực hiện."): no duty; round
# 41: a letter's, where the issuer gives its view or its answer ("Sở X có ý kiến để UBND các xã, phường biết, thực
# hiện./.", "… trả lời để Công ty biết"): it points back at what the letter asked, and asks nothing more
_NOTICE_CLOSING = re.compile(
    r"^[^.;]{0,80}?\b(?:thông\s+báo|có\s+ý\s+kiến|trả\s+lời|phúc\s+đáp)\s+(?:để|cho)\s[^.;]{0,200}?\bbiết\b"
)


# round 52: the sender closing the document, in its own voice: it sums the document up ("Trên đây là Kế hoạch …",
# "Trên đây là kết luận của đồng chí …; Văn phòng … thông báo và đề nghị … biết, thực hiện./.") or sends it for the
# addressees to know ("Trân trọng thông báo kết luận của đồng chí … để các sở, ngành … biết, thực hiện./."). It is the
# document's closing, not one more duty of the last heading it follows
_SENDS_FOR_NOTICE = re.compile(
    r"^(?:Trân\s+trọng\s+|Xin\s+)?(?:thông\s+báo|gửi)\s[^.;]{0,200}?\s(?:để|cho)\s[^.;]{0,200}?\bbiết(?![\wÀ-ỹ])",
    re.I,
)


def sender_closing(text: str) -> bool:
    """Is the paragraph the sender's closing: a summary of the document or the formula sending it to be known?"""
    t = text.strip()
    return bool(SUMMARY.match(t) or _SENDS_FOR_NOTICE.match(t))


def _own_subject(text: str) -> bool:
    found = item_owners(text, "", [])
    return bool(found and found[1] == "subject" and found[0].lead)


# round 18: an item that asks a report on the points it lists ("… tổng hợp báo cáo cụ thể về một số nội dung
# sau:" over "(1) Số hộ …", "(2) …"): the points are what the report holds, the item is the one task
_REPORT_CONTENTS = re.compile(
    r"báo\s+cáo[^.;:]{0,80}?\s(?:về\s+)?(?:một\s+số\s+|các\s+|những\s+)?nội\s+dung(?:\s+chủ\s+yếu|\s+chính)?"
    r"\s+(?:sau|như\s+sau)\s*:\s*$",
    re.I,
)


# round 64 (set 48): an item that makes a report and spells out what it comprises ("1. Xây dựng báo cáo tóm tắt tình
# hình thực hiện các chỉ số … gồm:" over "- Giai đoạn năm 2024: Kết quả đạt được, hạn chế …", "- Từ tháng 01/2025 đến
# nay: Tình hình triển khai …"): the act names the report a few words in and the list is what it holds, as a report
# asked on "các nội dung sau" is (round 18); the item is the one task, its points the report's parts
_REPORT_MADE = re.compile(
    r"^(?:[^\s.;:]+\s+){1,3}báo\s+cáo(?![\wÀ-ỹ])[^.;:]{0,200}?\s(?:bao\s+gồm|gồm)(?:\s+có)?\s*:\s*$", re.I
)


# round 44: a thing whose required make-up a list spells out ("- Báo cáo kết quả tự đánh giá … phải do lãnh đạo bộ,
# tỉnh phê duyệt, gồm các nội dung sau:" over "+ Bảng tổng hợp …;", "+ Giải trình …;"): the form of a product the
# work around it yields, its subject the thing, not a body; neither it nor its points are work
_PRODUCT_SPEC = re.compile(
    r"^(?P<subject>[^:;.]{3,160}?)\s(?:phải|cần)\s[^:;.]{0,120}?(?:bao\s+gồm|gồm)(?:\s+có)?(?:\s+(?:các|những))?"
    r"(?:\s+(?:nội\s+dung|phần|mục|thông\s+tin))?(?:\s+(?:sau\s+đây|như\s+sau|sau))?\s*:\s*$",
    re.I,
)


# round 43: a lead-in that announces the papers of a dossier ("Lập hồ sơ hoàn công cho từng hộ, bao gồm:", "Hồ sơ đề
# nghị gồm:", "Chuẩn bị các tài liệu sau:"): its sub-items are those papers ("Đơn đề nghị …;", "Biên bản xác nhận …;",
# "Các chứng từ …"), what the dossier holds, not work; the lead-in is the one task when it is work itself
_PAPERS_LEAD_IN = re.compile(
    r"(?<![\wÀ-ỹ])(?:hồ\s+sơ|giấy\s+tờ|tài\s+liệu|chứng\s+từ)(?![\wÀ-ỹ])[^.;:]{0,120}?"
    r"(?:bao\s+gồm|gồm(?:\s+có)?|như\s+sau|sau\s+đây|sau)\s*:\s*$"
    # or a label naming the dossier and nothing else ("Thành phần hồ sơ:", "Hồ sơ đề nghị hỗ trợ:")
    r"|^(?:Thành\s+phần\s+)?(?:hồ\s+sơ|giấy\s+tờ)(?![\wÀ-ỹ])[^.;:]{0,60}:\s*$",
    re.I,
)


def _bare_point(c: PlanItem) -> bool:
    """A point with nothing under it that names no body: a thing listed (a paper, a part, a report's content), not
    work handed to someone."""
    return not c.children and not scan_agency_phrase(c.text.strip(), 0)


def product_spec(item: PlanItem) -> bool:
    """Is the item the required make-up of a thing (no body its subject, no work given, no date) over plain
    points, none naming a body of its own?"""
    kids = [c for c in item.children if c.marker != "paragraph"]
    m = _PRODUCT_SPEC.match(item.text.strip())
    if not kids or m is None or GIVES.search(item.text) or find_deadline(item.text).date:
        return False
    subject = m.group("subject").strip()
    done_by = re.match(r"(?:phải|cần)\s+(?:được\s+)?do\s", item.text.strip()[m.end("subject") :].strip())
    if not done_by and (
        scan_agency_phrase(subject, 0) or starts_with_action(subject) or subject_owners(item.text)
    ):
        return False  # "… phải do lãnh đạo phê duyệt": the subject is a thing another makes or approves
    return all(_bare_point(c) for c in kids)


def dossier_papers(item: PlanItem) -> bool:
    """Does the item announce a dossier whose papers its sub-items list, each a bare noun phrase (no body, no
    verb of work, nothing under it)?"""
    kids = [c for c in item.children if c.marker != "paragraph"]
    return (
        bool(kids)
        and bool(_PAPERS_LEAD_IN.search(item.text))
        and all(_bare_point(c) and not starts_with_action(c.text) for c in kids)
    )


# round 84 (set 61): a step of work whose object is a list ("Xây dựng, tổ chức triển khai … một số nền tảng …, bao
# gồm:" over "- Nền tảng quản lý dược;", "- Nền tảng quản lý tiêm chủng; …"): the points name the things the one step
# builds, as a dossier's points name its papers (round 43)
_COMPOSED_OF = re.compile(r"(?<![\wÀ-ỹ])(?:bao\s+gồm|gồm(?:\s+có)?)\s*:\s*$", re.I)


def _things_worked_on(item: PlanItem) -> bool:
    """Is the item a step of work (a verb of work first, no case or label before it) ending "bao gồm:" over two
    points or more, each a bare noun phrase (no label, no body, no verb of work, nothing under it) opening on the
    words by which the step names the things ("nền tảng")? "Dự án 1: …" points name parts of a programme, each work of
    its own."""
    kids = [c for c in item.children if c.marker != "paragraph"]
    text = item.text.strip()
    low = " " + collapse(text.lower()) + " "
    return (
        len(kids) >= 2
        and bool(_COMPOSED_OF.search(text))
        and ":" not in text[:-1]
        and starts_with_action(text)
        and all(
            _bare_point(c)
            and ":" not in c.text
            and not starts_with_action(c.text)
            # each point is one of the things the step names ("… một số nền tảng …" over "- Nền tảng quản lý dược"),
            # not a duty of its own ("… các nhiệm vụ …, bao gồm:" over "- Huấn luyện, kiểm tra, cấp …")
            and f" {' '.join(c.text.lower().split()[:2])} " in low
            for c in kids
        )
    )


# round 53 (set 41): an act of telling people something whose object a list spells out ("- Tuyên truyền tiêu chuẩn, cơ
# cấu, số lượng đại biểu …, cụ thể:" over "+ Về tiêu chuẩn: …", "+ Về cơ cấu …", "+ Đề cao tiêu chuẩn …"): the points are
# what is told, the matter of the one act, as a report's points are its contents
_TELLS = r"(?:tuyên\s+truyền|phổ\s+biến|quán\s+triệt|truyền\s+thông|giới\s+thiệu)"
_TOLD_CONTENTS = re.compile(
    rf"^(?:(?:tiếp\s+tục|tập\s+trung|đẩy\s+mạnh|tăng\s+cường|thường\s+xuyên)\s+)?{_TELLS}(?![\wÀ-ỹ])[^.;:]{{3,300}}?"
    r",?\s*(?:cụ\s+thể|gồm|bao\s+gồm|như\s+sau|sau\s+đây|(?:các|những)\s+nội\s+dung(?:\s+chủ\s+yếu|\s+chính)?\s+sau)"
    r"\s*:\s*$",
    re.I,
)
# … unless a point is itself an act of telling or of holding an event, a way of doing the work ("+ Tổ chức hội nghị …")
_TELLING_POINT = re.compile(rf"^(?:{_TELLS}|tổ\s+chức)(?![\wÀ-ỹ])", re.I)


def report_contents(item: PlanItem) -> bool:
    """Does the item ask a report whose contents its sub-items list, none naming a body of its own? Round 53: or is
    it an act of telling whose matter they spell out, none of them work of its own?"""
    kids = [c for c in item.children if c.marker != "paragraph"]
    if not kids or not all(_bare_point(c) for c in kids):
        return False
    text = item.text.strip()
    if _REPORT_CONTENTS.search(text):
        return bool(scan_agency_phrase(text, 0) or _GIVES_LEAD.match(text))
    if _REPORT_MADE.match(text) and starts_with_action(text):
        return True  # round 64: "1. Xây dựng báo cáo tóm tắt … gồm:" over "- Giai đoạn năm 2024: Kết quả …"
    return bool(_TOLD_CONTENTS.match(text)) and not any(
        GIVES.search(c.text) or _TELLING_POINT.match(c.text.strip()) for c in kids
    )


_GIVES_LEAD = re.compile(r"(?:Giao|Đề\s+nghị|Yêu\s+cầu)\s", re.I)


# round 87 (set 51): a step that makes a document and spells out, after its colon, what the document holds ("Xây dựng,
# triển khai Kế hoạch bồi dưỡng … theo 2 nhóm năng lực … theo 3 cấp độ:" over "a) Bồi dưỡng về chuyên môn, nghiệp vụ"
# / "- Cấp độ phổ quát:" / "+ Bồi dưỡng về thể chế …"; "Xây dựng Chương trình … gồm:"): the step is the one task, the
# points under it, however deep, are the document's contents (its levels, subjects, forms, lecturers), as a report's
# parts are (round 64) and a dossier's papers (round 43). The act opens the item with a verb of making (others may
# follow it, "Xây dựng, triển khai"); the document is its object; the colon closes a breakdown of it ("gồm", "bao gồm",
# "theo <so many> …", "với các nội dung …"), not a list of work ("… các nhiệm vụ sau:").
_MAKES = r"(?:xây\s+dựng|lập|ban\s+hành|biên\s+soạn|soạn\s+thảo|thiết\s+kế)"
_ALSO_DOES = (
    r"(?:triển\s+khai|tổ\s+chức\s+thực\s+hiện|thực\s+hiện|hoàn\s+thiện|phê\s+duyệt|ban\s+hành|tổ\s+chức)"
)
_DOCUMENT = r"(?:kế\s+hoạch|chương\s+trình|đề\s+án|tài\s+liệu|bộ\s+tiêu\s+chí|bộ\s+công\s+cụ|khung|giáo\s+trình|báo\s+cáo)"
_DOCUMENT_MADE = re.compile(
    rf"^{_MAKES}(?:\s*(?:,|và)\s*{_ALSO_DOES})*\s+{_DOCUMENT}(?![\wÀ-ỹ])(?P<rest>[^:;]{{0,300}}):\s*$",
    re.I,
)
_BREAKDOWN = re.compile(
    r"(?<![\wÀ-ỹ])(?:bao\s+gồm|gồm(?:\s+có)?|theo\s+(?:\d+|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s"
    r"|với\s+(?:các|những)\s+nội\s+dung)",
    re.I,
)
_WORK_LISTED = re.compile(
    r"(?<![\wÀ-ỹ])(?:nhiệm\s+vụ|công\s+việc|hoạt\s+động|giải\s+pháp|biện\s+pháp)(?![\wÀ-ỹ])", re.I
)


# round 87: a lead-in whose subject is the plan's money ("Nguồn vốn thực hiện Đề án bao gồm nguồn ngân sách nhà nước …,
# để thực hiện các công việc:", "Kinh phí thực hiện Đề án … được bố trí từ các nguồn:") over points: they say where the
# money comes from or what it pays for ("- Đầu tư xây dựng công trình …", "- Đào tạo, tập huấn …"), as the items of a
# section titled by funds do (`_FUND_TITLE`); a point that hands work to a body or opens on one stays work
_FUNDS_LEAD_IN = re.compile(
    r"^(?:(?:Toàn\s+bộ|Tổng)\s+)?(?:nguồn\s+vốn|nguồn\s+kinh\s+phí|kinh\s+phí|ngân\s+sách|vốn\s+đầu\s+tư)(?![\wÀ-ỹ])"
    r"[^:;]{0,300}:\s*$",
    re.I,
)


def funds_points(item: PlanItem) -> list[PlanItem]:
    """See `_FUNDS_LEAD_IN`: the points under a lead-in on the plan's money that are no work of a body."""
    if item.kind != "section" or item.marker in ("appendix", "group", "row", *TOP):
        return []
    if not _FUNDS_LEAD_IN.match(item.text.strip()):
        return []
    return [
        d
        for d in descendants(item)
        if d.marker != "paragraph"
        and not (GIVES.search(d.text) or (_acts(d.text) and not starts_with_action(d.text)))
    ]


def document_contents(item: PlanItem) -> bool:
    """See `_DOCUMENT_MADE`: does the item make a document whose contents the points under it spell out, none of
    them handing work to a body or opening on a body of its own?"""
    m = _DOCUMENT_MADE.match(item.text.strip())
    below = [d for d in descendants(item) if d.marker != "paragraph"]
    if (
        m is None
        or not below
        or not _BREAKDOWN.search(m.group("rest"))
        or _WORK_LISTED.search(m.group("rest"))
    ):
        return False
    return not any(GIVES.search(d.text) or scan_agency_phrase(d.text.strip(), 0) for d in below)


def _continuing_paragraphs(items: list[PlanItem]) -> None:
    """round 17: an unnumbered paragraph between a numbered item and the next item of the same list ("1. Cấp ủy,
    chính quyền Thành phố phải …" / "Ủy ban nhân dân Thành phố chỉ đạo …" / "2. …") goes on with that item: a
    further duty (`1[2]`, as the corpus splits one numbered item) when it gives work, not a paragraph of the
    section."""
    by_ref = {i.ref: i for i in items}
    for k in range(1, len(items) - 1):
        para, nxt = items[k], items[k + 1]
        if para.marker != "paragraph" or not re.search(r"\[p\d+\]$", para.ref):
            continue
        after = k + 1
        while (
            after < len(items) - 1 and items[after].marker == "paragraph" and _ASIDE.match(items[after].text)
        ):
            # round 19: "(chi tiết Phụ lục 04 đính kèm)" between the paragraph and the next item; `_ASIDE` (defined
            # below) takes a paragraph that opens on a bracketed remark, the reading every document has had
            after += 1
        while (
            after < len(items) - 1 and items[after].marker == "paragraph" and _gives_work(items[after].text)
        ):
            # round 38: several paragraphs between the item and the next one, each giving work of its own ("1. Đề
            # nghị Đảng ủy, …" / "Đề nghị Mặt trận … thành lập …" / "Các cơ quan, đơn vị … phải sử dụng …" / "2. …"):
            # each goes on with the item, not only the last
            after += 1
        nxt = items[after]
        j = k - 1
        while (
            j >= 0 and items[j].marker == "paragraph" and items[j].parent and _DUTY_REF.search(items[j].ref)
        ):
            j -= 1  # a paragraph already read as a further duty of the item: the item holds this one too
        holder = items[j] if j >= 0 else None
        while holder is not None and holder.parent != nxt.parent and holder.parent in by_ref:
            holder = by_ref[holder.parent]  # round 18: after the report contents of the item ("(3) …")
        text = para.text.strip()
        last_owned = (
            holder is not None
            and _OWNER_COLON.match(text) is not None
            and not any(i.marker == holder.marker and i.parent == holder.parent for i in items[after:])
        )
        if (
            holder is None
            # round 50 (set 43): an article of a decision too ("Điều 5. … là tổ chức …" / "Trong thời hạn 60 ngày làm
            # việc, Ban Chủ nhiệm … có trách nhiệm tổ chức Đại hội …" / "Điều 6. …"): the paragraph's duty is `Điều 5[2]`
            or not (holder.marker in (*NUMBERED, "article") or holder.marker.startswith("dotted"))
            or (
                any(c.marker != "paragraph" for c in holder.children)
                and not report_contents(holder)
                and not last_owned
            )
            or (nxt.marker != holder.marker or nxt.parent != holder.parent)
            and not last_owned
            and not grounds_only(holder)
        ):
            continue
        if _CONTEXT_OPENER.match(text) or text.endswith(":") or GENERAL_RULE.match(text):
            continue
        if not _gives_work(text):
            continue
        section = by_ref.get(para.parent or "")
        if section is not None and para in section.children:
            section.children.remove(para)
        count = 1 + sum(
            1
            for c in holder.children
            if c.marker == "paragraph" and (not grounds_only(holder) or _DUTY_REF.search(c.ref))
        )  # round 51: after a body of grounds only, the duties it already holds (not the closing after them)
        numbers = [int(m.group(1)) for c in holder.children if (m := re.search(r"\[(\d+)\]$", c.ref))]
        count = max(numbers) if numbers else count
        para.ref, para.parent, para.kind = f"{holder.ref}[{count + 1}]", holder.ref, "task"
        holder.children.append(para)


def _dated_steps_after_lead_in(items: list[PlanItem]) -> None:
    """round 50 (set 43): an item whose lead-in ends with a colon and whose first paragraph is a dated milestone ("a)
    Triển khai cài đặt … cho cán bộ, nhân viên:" / "Chậm nhất đến ngày 30/6/2009, đảm bảo 100% máy trạm …") goes on
    with the unnumbered paragraphs right after it that each carry a date of their own ("Chậm nhất đến ngày 31/12/2009,
    …", "Có kế hoạch … ; đảm bảo đến ngày 31/12/2010 …"): each is a further milestone of the item (`a[2]`, `a[3]`), not
    a paragraph of the section. The first paragraph without a date of its own ends the milestones."""

    def opens(holder: PlanItem) -> bool:
        return (
            holder.marker != "paragraph"
            and holder.heading.rstrip().endswith(":")
            and holder.text != holder.heading
            and bool(find_deadline(holder.text).date)
        )

    _adopt_dated_paragraphs(items, opens, lambda text: bool(find_deadline(text).date), same_parent=True)


# round 51: a sub-heading that names the schedule of the work ("1. Tiến độ thực hiện", "Lịch trình triển khai")
_SCHEDULE_TITLE = re.compile(r"^(?:Tiến\s+độ|Lịch\s+trình|Lộ\s+trình)(?:\s+[^\s,.:;]+){0,3}\s*:?\s*$", re.I)


def _schedule_paragraphs(items: list[PlanItem]) -> None:
    """round 51: a numbered heading whose body opens with a period before a colon ("1. Tiến độ thực hiện" / "Từ ngày
    10/8/2025 đến ngày 30/9/2025: xây dựng dự thảo …"), followed by unnumbered paragraphs of the same shape ("Từ
    ngày 01/10/2025 đến ngày 05/10/2025: hoàn chỉnh …", "Tháng 7/2026: Tổ chức Hội nghị tổng kết."): a schedule
    whose lines are its steps, each dated by its own period (`1[2]`, `1[3]` …), not paragraphs of the section."""

    def opens(item: PlanItem) -> bool:
        return (
            (item.marker in NUMBERED or item.marker.startswith("dotted"))
            and bool(item.heading)
            and _dated_period_label(item.text)
        )

    _adopt_dated_paragraphs(items, opens, _dated_period_label, same_parent=False)


def _adopt_dated_paragraphs(
    items: list[PlanItem],
    opens: Callable[[PlanItem], bool],
    dated: Callable[[str], bool],
    *,
    same_parent: bool,
) -> None:
    """Rounds 50 and 51: the unnumbered paragraphs right after a childless item that `opens` a run of dated steps,
    each `dated` on its own, become the item's further steps (`1[2]`, `1[3]` …), tasks, out of their section; the
    first paragraph that is not ends the run."""
    by_ref = {i.ref: i for i in items}
    for k, holder in enumerate(items):
        if holder.children or not opens(holder):
            continue
        count = 1
        for para in items[k + 1 :]:
            if (
                para.marker != "paragraph"
                or not re.search(r"\[p\d+\]$", para.ref)
                or same_parent
                and para.parent != holder.parent
                or not dated(para.text)
            ):
                break
            section = by_ref.get(para.parent or "")
            if section is not None and para in section.children:
                section.children.remove(para)
            count += 1
            para.ref, para.parent, para.kind = f"{holder.ref}[{count}]", holder.ref, "task"
            holder.children.append(para)


def _dated_period_label(text: str) -> bool:
    when = _PERIOD_LABEL.match(text.strip())
    return bool(when and find_deadline(when.group(0)).date and text.strip()[when.end() :].strip())


# round 51: a period or a day that labels a line of a schedule, before its colon
_PERIOD_LABEL = re.compile(
    r"^(?:(?:Từ|Trong|Vào|Đến|Trước)\s+)?(?:ngày|tháng|quý|tuần|năm|\d)[^:;.]{0,60}?\d[^:;.]{0,20}?:\s*",
    re.I,
)


def grounds_only(item: PlanItem) -> bool:
    """round 51: is the item's body only a request that announces its grounds and the documents it rests on ("1.
    Đối với …" / "Đề nghị các Ban … (…), căn cứ quy định tại:" / "- Luật …;" / "- Nghị định số …")? The request
    is not yet said: the paragraph of work after the documents says it, and that paragraph is the item's duty."""
    if not item.heading or item.text == item.heading:
        return False
    lines = item.text.split("\n")
    if len(lines) < 2 or not _GROUNDS_OPEN.search(lines[0].rstrip()):
        return False
    return all(
        _NAMED_DOCUMENT.match(_cited_line_text(ln)) or _CITED_DOCUMENT.match(_cited_line_text(ln))
        for ln in lines[1:]
    )


def _cited_line_text(line: str) -> str:
    dash = _DASH.match(line)
    return (dash.group(1) if dash else line).strip()


def _gives_work(text: str) -> bool:
    """Does an unnumbered paragraph after an item give work (not open a list, state a rule or set the context)?"""
    text = text.strip()
    if _CONTEXT_OPENER.match(text) or text.endswith(":") or GENERAL_RULE.match(text):
        return False
    return assigns_work(text) or starts_with_action(text) or bool(passive_maker(text))


def _owned_sentence(text: str) -> bool:
    """Does the sentence give work to a body it names first ("Đề nghị Ủy ban nhân dân cấp xã chỉ đạo …", "Riêng
    Ủy ban nhân dân phường A cử đại diện …")?"""
    if assigns_work(text):
        return True
    found = item_owners(text, "", [])
    return bool(found and found[1] == "subject" and found[0].lead)


# "… và chỉ đạo Phòng A và các cơ sở …:" closing the lead-in: the part that opens the list after a duty of its own
_LIST_TAIL = re.compile(r"\s+và\s+(?=(?:chỉ\s+đạo|giao|yêu\s+cầu|đề\s+nghị|hướng\s+dẫn)\s)[^.;]*:\s*$", re.I)


def _duties_before_list(items: list[PlanItem]) -> list[PlanItem]:
    """round 21: a headed item whose paragraph opens its bullets after sentences of work of their own ("4. Đối với Ủy
    ban nhân dân cấp xã, các trường" / "Đề nghị Ủy ban nhân dân cấp xã chỉ đạo …: Chuẩn bị … . Riêng Ủy ban nhân dân
    phường A cử đại diện … và chỉ đạo …:" / "- …"): each such sentence is a duty of the item (`4[1]`, `4[2]`), and the
    last one's part before "và chỉ đạo …:" too; the bullets stay the list the last sentence opens."""
    out: list[PlanItem] = []
    for item in items:
        out.append(item)
        text = item.text.strip()
        if (
            item.marker not in NUMBERED
            or not item.heading
            or item.text == item.heading
            or not text.endswith(":")
            or not any(c.marker in BULLETS for c in item.children)
        ):
            continue
        starts = [0, *(m.end() for m in _LETTER_SENTENCE.finditer(text))]
        sentences = [text[a:z].strip() for a, z in zip(starts, [*starts[1:], len(text)], strict=True)]
        if len(sentences) < 2:
            continue
        duties = sentences[:-1]
        tail = _LIST_TAIL.search(sentences[-1])
        if tail:
            duties.append(sentences[-1][: tail.start()].strip())
        if not all(_owned_sentence(d) for d in duties):
            continue
        offset = item.span[0] + max(0, item.text.find(text))
        made = []
        for n, duty in enumerate(duties, 1):
            at = text.find(duty)
            para = PlanItem(
                f"{item.ref}[{n}]",
                item.ref,
                "note",
                duty,
                (offset + at, offset + at + len(duty)),
                marker="paragraph",
            )
            para.category = item.category
            made.append(para)
        item.children[:0] = made
        out.extend(made)
    return out


# round 21: "Các trường Trung học phổ thông tại Phụ lục I: Chuẩn bị đầy đủ báo cáo …": a body, a colon, its work
_OWNER_COLON = re.compile(cap(r"^(?:Các\s+|[A-ZĐÀ-Ỹ])[^:;.]{2,100}:\s*[A-ZĐÀ-Ỹa-zà-ỹđ]"))


_CONTEXT_OPENER = re.compile(r"^(?:Căn\s+cứ|Thực\s+hiện|Theo|Liên\s+quan|Xét|Tiếp\s+theo)(?![\wÀ-ỹ])", re.I)
_LETTER_SENTENCE = re.compile(cap(r"(?<=\.)\s+(?=[A-ZĐÀ-Ỹ])"))
_LETTER_CLAUSE = re.compile(cap(r";\s+(?=[A-ZĐÀ-Ỹ])"))


def _unnumbered_duties(items: list[PlanItem]) -> list[PlanItem]:
    """A letter or notice with nothing numbered: each paragraph that asks a named body to do something is a task,
    `[1]`, `[2]`, … in reading order over the document (the corpus's refs for unnumbered duties), and a paragraph
    holding two duties, each with its own subject after ";" ("Ủy ban nhân dân các xã có trách nhiệm …; Thủ trưởng
    các cơ quan chỉ đạo …"), gives two. The context it opens with ("Căn cứ …", "Thực hiện …", an occasion in a
    sentence of its own), a lead-in ending in ":" and a general rule are not duties."""
    # round 72: the appendix after the signature (a table of the firms that have reported) is no numbering of the body
    body = [i for i in items if i.category != "appendix"]
    if not body or any(i.marker != "paragraph" or i.parent is not None for i in body):
        return items
    out: list[PlanItem] = []
    count = 0
    for para in items:
        if para.category == "appendix":
            out.append(para)
            continue
        text = para.text.strip()
        start = _request_start(text)
        if start is None:
            out.append(para)
            continue
        scan = _quotations_blanked(text)
        cuts = [start]
        for m in _LETTER_CLAUSE.finditer(scan, start):
            if assigns_work(scan[cuts[-1] : m.start()]) and assigns_work(scan[m.end() :]):
                cuts.append(m.end())
        ends = [text.rfind(";", 0, c) for c in cuts[1:]] + [len(text)]
        for a, z in zip(cuts, ends, strict=True):
            count += 1
            offset = para.span[0] + para.text.find(text)
            duty = PlanItem(f"[{count}]", None, "note", text[a:z].strip(), (offset + a, offset + z))
            duty.marker = "paragraph"
            out.append(duty)
    return out


# round 72: the comma that ends the context a request opens with ("Thực hiện chức năng, nhiệm vụ được giao, Sở X yêu
# cầu …"), before a capital that may begin the body asking
_CONTEXT_COMMA = re.compile(cap(r",\s+(?=[A-ZĐÀ-Ỹ])"))


def _request_start(text: str) -> int | None:
    """Where a paragraph of a letter with nothing numbered begins asking a named body for work: its first sentence
    that assigns work (a quotation's sentences are its author's), or None. A lead-in ending in ":", a general rule
    and a notice's closing ask nothing; a paragraph opening with its context ("Căn cứ …", "Thực hiện …") asks only in
    the clause after that context (round 72: "Thực hiện chức năng, nhiệm vụ được giao, Sở X yêu cầu các đơn vị …
    khẩn trương …"), never in the context itself."""
    text = text.strip()
    if (
        text.endswith(":")
        or GENERAL_RULE.match(text)
        or _NOTICE_CLOSING.match(text)
        or _carries_out_only(text)
    ):
        return None  # round 72: nor does the request to carry out the letter as a whole, its closing
    scan = _quotations_blanked(text)  # round 41: a quotation's sentences are its author's, not the letter's
    if _CONTEXT_OPENER.match(text):
        # the context runs to the first clause in which a body asks ("…, Sở X yêu cầu/đề nghị …"), within the first
        # sentence and before any ";" (what the cited text itself assigns, "…; trong đó, UBND tỉnh giao Sở X …", is
        # context still)
        first = re.search(r";|(?<=\.)\s+(?=[A-ZĐÀ-Ỹ])", scan)
        stop = first.start() if first else len(scan)
        for m in _CONTEXT_COMMA.finditer(scan, 0, stop):
            asker = scan_agency_phrase(scan, m.end())
            if (
                asker is not None
                and _ASKS.match(scan, asker[1])
                and assigns_work(scan[m.end() :])
                and not _carries_out_only(scan[m.end() :])
            ):
                return m.end()
        return None
    starts = [0, *(m.end() for m in _LETTER_SENTENCE.finditer(scan))]
    # round 119: a later sentence that only closes the letter ("Trên đây là kết luận của …. Văn phòng X thông báo
    # và đề nghị các đơn vị biết, thực hiện./."): the sender's sign-off after its summary, no request of its own
    return next(
        (
            k
            for k in starts
            if assigns_work(scan[k:])
            and not (k and (_NOTICE_CLOSING.match(scan[k:]) or _carries_out_only(scan[k:])))
        ),
        None,
    )


_ASKS = re.compile(r"\s+(?:yêu\s+cầu|đề\s+nghị)\s", re.I)
# round 118: the sender's courtesy or announcement before its asking verb ("Sở X trân trọng đề nghị …", "Văn phòng X
# thông báo và đề nghị …", "Kính đề nghị …" with no sender named): the request is the same
_COURTEOUS_ASKS = re.compile(
    r"\s*(?:(?:trân\s+trọng|kính|xin)\s+|thông\s+báo\s+(?:và|,)\s*)?(?:yêu\s+cầu|đề\s+nghị)\s", re.I
)
_CARRY_OUT = re.compile(
    # round 118: the addressees asked first to know the letter ("… biết, nghiêm túc thực hiện./.", "… được biết và
    # thực hiện./."), and to attend to it or work together on it ("… quan tâm phối hợp thực hiện./."): the one thing
    # still carried out is the letter
    r"\s*(?:,\s*)?(?:(?:được\s+)?biết\s*(?:,|và)\s*)?"
    r"(?:(?:nghiêm\s+túc|khẩn\s+trương|chủ\s+động|quan\s+tâm)\s*,?\s+)*(?:phối\s+hợp\s*,?\s+)?(?:tổ\s+chức\s+)?"
    r"(?:triển\s+khai\s*,?\s*)?thực\s+hiện"
    r"(?:\s+(?:nghiêm\s+túc|có\s+hiệu\s+quả|đầy\s+đủ))?\s*[./]*\s*$",
    re.I,
)


def _carries_out_only(text: str) -> bool:
    """round 72: bodies told only to carry the letter out, by the sender or on their own ("Sở X yêu cầu các đơn vị
    nghiêm túc thực hiện./.", "…, Sở Công Thương và các đơn vị liên quan triển khai thực hiện./."): its closing.
    Round 118: the same request made with courtesy or with the announcement ("Sở X trân trọng đề nghị …", "Văn phòng
    X thông báo và đề nghị …"), or by the asking verb alone ("Đề nghị các đơn vị …"), and the letter to be known
    first or attended to ("… biết, nghiêm túc triển khai thực hiện./.", "… quan tâm phối hợp thực hiện./.")."""
    t = text.strip()
    opening = _COURTEOUS_ASKS.match(t)
    found = scan_agency_phrase(t, opening.end()) if opening else scan_agency_phrase(t, 0)
    if found is None:
        return False
    asked = None if opening else _ASKS.match(t, found[1]) or _COURTEOUS_ASKS.match(t, found[1])
    if asked:
        found = scan_agency_phrase(t, asked.end())
        if found is None:
            return False
    end = found[1]
    knows = re.search(r"\s(?:được\s+)?biết$", t[:end])
    if knows:  # round 118: "… các đơn vị biết, …": the scan takes the knowing for the name's last word
        end = knows.start()
    return bool(_CARRY_OUT.match(t, end))


_QUOTATION = re.compile(r"“[^“”]*”")


def _quotations_blanked(text: str) -> str:
    """text with what stands between “ and ” blanked out, each character a space (offsets kept): a paragraph that
    cites a provision and quotes it ("Tại khoản 4 Điều 7 … quy định: “… Sở Tài chính hướng dẫn …”") asks nothing
    of the bodies the quotation names."""
    return _QUOTATION.sub(lambda m: "“" + " " * (len(m.group(0)) - 2) + "”", text)


def body_items(items: list[PlanItem]) -> list[PlanItem]:
    """The items of the document's body, in order: no appendix, whether read as a table (its groups and rows) or as
    prose (`_prose_appendix`: its items keep the appendix's prefix)."""
    appendices = {i.ref for i in items if i.marker == "appendix"}
    return [
        i
        for i in items
        if i.category != "appendix"
        and i.marker not in ("appendix", "group", "row")
        and not _appendix_of(i.ref, appendices)
    ]


def _mark_closing(items: list[PlanItem]) -> None:
    """The last unnumbered paragraph of the body is the plan's closing paragraph. (Round 33, set 31: an appendix read
    as prose, `_prose_appendix`, is no part of the body: the paragraph before the signature still closes it.)"""
    body = body_items(items)
    if (
        len(body) > 1
        and body[-1].marker == body[-2].marker == "paragraph"
        and _ATTACHMENT_NOTE.match(body[-1].text)
    ):
        # round 84 (set 61): "(Kèm theo Phụ lục danh mục các nhiệm vụ …)" after the plan's last paragraph points at
        # what is attached; it closes nothing, the paragraph before it does
        body.pop()
    if len(body) > 1 and body[-1].marker == body[-2].marker == "paragraph" and SUMMARY.match(body[-1].text):
        body.pop()  # "Trên đây là Kế hoạch …" sums the plan up; the paragraph before it is the closing one
    elif (
        len(body) > 1
        and body[-1].marker == body[-2].marker == "paragraph"
        and (_NOTICE_CLOSING.match(body[-1].text.strip()) or _SIGNS_OFF.match(body[-1].text.strip()))
        and asks_of(body[-2].text)
        and re.search(r"\[p\d+\]$", body[-2].ref)  # round 81: a paragraph of the body, not a heading's duty
    ):
        # round 75 (set 50): "Đề nghị Công ty A … cử đại diện …" then "Sở X thông báo để Công ty A được biết và phối
        # hợp thực hiện./.": the sender's formula signs off; the request before it is the letter's closing one
        body.pop()
    if body and body[-1].marker == "paragraph":
        last = body[-1]
        last.ref = re.sub(r"\[p\d+\]$", "[closing]", last.ref)


SUMMARY = re.compile(r"^Trên\s+đây\s+là\s", re.I)
_ATTACHMENT_NOTE = re.compile(
    r"^\s*\((?:[^()]{0,20}?)(?:kèm\s+theo|chi\s+tiết\s+tại|có)\s+(?:các\s+)?phụ\s+lục[^()]*\)[.\s]*$", re.I
)
# round 75: the sender's formula, one sentence, what it announces and to whom written out ("Sở X thông báo kế hoạch
# kiểm tra để Công ty A biết, phối hợp thực hiện./.", "Thông báo để Công ty A phối hợp thực hiện./.")
_SIGNS_OFF = re.compile(
    r"^(?:Vậy,?\s+)?[^.;]{0,80}?(?<![\wÀ-ỹ])thông\s+báo(?:\s+[^.;]{0,80}?)?\s+(?:để|cho)\s+[^.;]{0,200}?(?<![\wÀ-ỹ])"
    r"(?:biết|phối\s+hợp|thực\s+hiện|triển\s+khai)(?![\wÀ-ỹ])[^.;]{0,120}[./\s]*$"
    # round 81: the addressee written straight after the verb, the sentence ending on its knowing and carrying out
    # ("Sở X thông báo Công ty A biết và thực hiện./.", "… thông báo các đơn vị được biết, phối hợp thực hiện./.")
    r"|^(?:Vậy,?\s+)?[^.;]{0,80}?(?<![\wÀ-ỹ])thông\s+báo\s+[^.;]{0,200}?(?<![\wÀ-ỹ])(?:được\s+)?biết"
    r"(?:\s*(?:,|và)\s*(?:phối\s+hợp\s+)?(?:triển\s+khai\s+)?thực\s+hiện)?[./\s]*$",
    re.I,
)


_ASSIGN_TITLE = re.compile(r"TỔ\s+CHỨC\s+THỰC\s+HIỆN|PHÂN\s+CÔNG|TRÁCH\s+NHIỆM", re.I)
_ROADMAP_TITLE = re.compile(r"LỘ\s+TRÌNH", re.I)
# round 79 (set 56): a scheme's phases ("VII. CÁC GIAI ĐOẠN THỰC HIỆN", "PHÂN KỲ THỰC HIỆN") are its roadmap: what
# each span of years brings, the work itself set out in the tasks and the assignment (a title that opens with the
# phases; "NHIỆM VỤ GIAI ĐOẠN 2026 - 2030" is a task section)
_PHASES_TITLE = re.compile(
    r"^(?:CÁC\s+)?(?:GIAI\s+ĐOẠN|PHÂN\s+KỲ|BƯỚC)\s+(?:THỰC\s+HIỆN|TRIỂN\s+KHAI)(?:\s+(?:ĐỀ\s+ÁN|CHƯƠNG\s+TRÌNH))?\s*$",
    re.I,
)
# round 79 (set 56): what a scheme's subject is ("II. VỊ TRÍ, VAI TRÒ CỦA TRUNG TÂM …", "VAI TRÒ CỦA …"): its standing and
# the roles it plays, said of the thing, as its viewpoints and targets are; no body is charged with them
_STANDING_TITLE = re.compile(r"^(?:VỊ\s+TRÍ|VAI\s+TRÒ)(?![\wÀ-ỹ])")
_TASK_TITLE = re.compile(r"NHIỆM\s+VỤ|GIẢI\s+PHÁP|NỘI\s+DUNG|HOẠT\s+ĐỘNG", re.I)
# funds and the other resources a plan allocates: capital, and the land of a plan that implements a quy hoạch
# ("Kế hoạch sử dụng đất", "Nhu cầu sử dụng đất"): its items state allocations and figures, not tasks
_FUND_TITLE = re.compile(
    r"KINH\s+PHÍ|NGUỒN\s+VỐN|NGUỒN\s+LỰC|(?:KẾ\s+HOẠCH|NHU\s+CẦU|QUỸ)\s+(?:SỬ\s+DỤNG\s+)?ĐẤT(?![\wÀ-ỹ])"
    # round 19: a section of the capital ("IV. VỐN ĐẦU TƯ", "KHÁI TOÁN VỐN ĐẦU TƯ"): what the money goes to
    r"|^(?:(?:KHÁI\s+TOÁN|TỔNG|DỰ\s+KIẾN|NHU\s+CẦU)\s+)*VỐN\s+ĐẦU\s+TƯ(?:\s+THỰC\s+HIỆN)?\s*$",
    re.I,
)
_PURPOSE_TITLE = re.compile(
    r"MỤC\s+ĐÍCH|YÊU\s+CẦU|MỤC\s+TIÊU|ĐỐI\s+TƯỢNG|PHẠM\s+VI|QUAN\s+ĐIỂM|CĂN\s+CỨ|SỰ\s+CẦN\s+THIẾT|THỰC\s+TRẠNG|HIỆN\s+TRẠNG"
    r"|CHỈ\s+TIÊU|ĐÁNH\s+GIÁ\s+(?:CHUNG|NGUY\s+CƠ|RỦI\s+RO|THỰC\s+TRẠNG|TÁC\s+ĐỘNG|TÌNH\s+HÌNH)|NGUY\s+CƠ|TÌNH\s+HÌNH"
    r"|KẾT\s+QUẢ\s+(?:ĐẠT\s+ĐƯỢC|THỰC\s+HIỆN)|BỐI\s+CẢNH|TẦM\s+NHÌN|TỒN\s+TẠI|HẠN\s+CHẾ|NGUYÊN\s+NHÂN"
    r"|DANH\s+MỤC(?!\s+(?:các\s+)?(?:NHIỆM\s+VỤ|CÔNG\s+VIỆC|HOẠT\s+ĐỘNG|GIẢI\s+PHÁP))"
    # who attends an event ("THÀNH PHẦN HỘI NGHỊ", "THÀNH PHẦN THAM DỰ", "ĐẠI BIỂU MỜI"): guests, not owners
    r"|THÀNH\s+PHẦN\s+(?:THAM\s+(?:DỰ|GIA)|DỰ|MỜI|HỘI\s+NGHỊ|ĐẠI\s+HỘI|CUỘC\s+HỌP|PHIÊN\s+HỌP|BUỔI|LỄ|ĐẠI\s+BIỂU)"
    r"|ĐẠI\s+BIỂU\s+(?:THAM\s+DỰ|MỜI|KHÁCH\s+MỜI)|KHÁCH\s+MỜI"
    # round 43: the running order of a meeting ("3. Trình tự tổ chức hội nghị cử tri", "Chương trình hội nghị", "Kịch
    # bản buổi lễ"): what is done at the meeting, step by step, by whoever is there, not the plan's work
    # (round 42 read the same from "Thứ tự", "Trình tự phiên họp", "Chương trình kỳ họp", "… buổi làm việc")
    r"|(?:TRÌNH\s+TỰ|CHƯƠNG\s+TRÌNH|KỊCH\s+BẢN|DIỄN\s+BIẾN|THỨ\s+TỰ)\s+(?:TỔ\s+CHỨC\s+|TIẾN\s+HÀNH\s+|LÀM\s+VIỆC\s+)?"
    r"(?:CỦA\s+)?(?:CÁC\s+)?(?:HỘI\s+NGHỊ|CUỘC\s+HỌP|PHIÊN\s+HỌP|KỲ\s+HỌP|BUỔI\s+(?:LỄ|HỌP|GẶP\s+MẶT|LÀM\s+VIỆC)|LỄ"
    r"|ĐẠI\s+HỘI)(?![\wÀ-ỹ])",
    re.I,
)
# round 39 (set 37): a heading that reports what a check found or describes a thing ("1. Kết quả kiểm tra", "KẾT
# QUẢ THANH TRA", "1. Thông tin về công trình", "THÔNG TIN CHUNG VỀ DỰ ÁN", "THÔNG SỐ KỸ THUẬT CHỦ YẾU CỦA …"): its
# items are findings or particulars, not work (the work follows under "Kiến nghị", "Yêu cầu …")
_FINDINGS_TITLE = re.compile(
    r"^(?:KẾT\s+QUẢ\s+(?:KIỂM\s+TRA|THANH\s+TRA|GIÁM\s+SÁT|KHẢO\s+SÁT|RÀ\s+SOÁT|XÁC\s+MINH)"
    r"|THÔNG\s+TIN\s+(?:CHUNG\s+)?VỀ|THÔNG\s+TIN\s+CHUNG|(?:CÁC\s+)?THÔNG\s+SỐ\s+KỸ\s+THUẬT)(?![\wÀ-ỹ])",
    re.I,
)
# round 39 (set 37): requirements addressed to a party ("2. Yêu cầu đối với chủ đầu tư", "Yêu cầu đối với các đơn vị
# thi công", "YÊU CẦU ĐỐI VỚI SỞ X") hand that party its work, unlike a plan's "Mục đích, yêu cầu"
_PARTY_NOUN = (
    r"(?:chủ\s+(?:đầu\s+tư|dự\s+án|cơ\s+sở|doanh\s+nghiệp|mỏ|kho|phương\s+tiện|hộ)|nhà\s+thầu|doanh\s+nghiệp"
    r"|đơn\s+vị|cơ\s+quan|tổ\s+chức|cá\s+nhân|công\s+ty|người\s+(?:sử\s+dụng|đứng\s+đầu))(?![\wÀ-ỹ])"
)
_PARTY_REQUIREMENTS = re.compile(r"^(?:các\s+)?yêu\s+cầu\s+đối\s+với\s+(?P<party>\S.*?)\s*:?\s*$", re.I)
_PARTY_NOUN_RE = re.compile(rf"^(?:các\s+|những\s+)?{_PARTY_NOUN}", re.I)
# a word in capitals after a space: the name goes on with a proper name ("Công ty A", "Sở Xây dựng")
PROPER_NAME = re.compile(cap(r"\s[A-ZĐÀ-Ỹ]"))


def party_noun(name: str) -> bool:
    """Is the name only a kind or role of body ("chủ đầu tư", "Công ty", "các đơn vị"), no proper name?"""
    m = _PARTY_NOUN_RE.match(name.strip())
    return m is not None and not PROPER_NAME.search(name.strip()[m.end() :])


def requirements_party(title: str) -> str | None:
    """The party a "Yêu cầu đối với …" heading addresses (a role or a named body), or None."""
    m = _PARTY_REQUIREMENTS.match(title.strip())
    if not m or len(m.group("party").split()) > 10:
        return None
    party = m.group("party")
    if _PARTY_NOUN_RE.match(party) or scan_agency_phrase(party, 0):
        return party
    return None


# a forecast of the situation the plan faces ("Dự báo tình hình …", "Dự báo diễn biến …"), as an assessment is
_FORECAST = re.compile(
    r"^Dự\s+báo\s+(?:tình\s+hình|diễn\s+biến|xu\s+hướng|khả\s+năng|nguy\s+cơ)(?![\wÀ-ỹ])", re.I
)
# A section that says whom, what and how a campaign reaches, or the criteria and files of an award ("PHẠM VI,
# ĐỐI TƯỢNG VÀ NỘI DUNG THI ĐUA", "ĐỐI TƯỢNG, NỘI DUNG VÀ HÌNH THỨC TUYÊN TRUYỀN", "TIÊU CHUẨN, HỒ SƠ KHEN
# THƯỞNG"): its items are tasks only where they name who does them.
# round 51: a part of a plan titled only by the particulars of the event it organises — who organises it, when and
# where ("II. ĐƠN VỊ TỔ CHỨC - THỜI GIAN - ĐỊA ĐIỂM", "THỜI GIAN, ĐỊA ĐIỂM TỔ CHỨC"): it describes the event (its
# organisers, its dates, its programme), the work is handed out elsewhere; an item there that has a body act is work
_PARTICULAR = (
    r"(?:(?:ĐƠN\s+VỊ|CƠ\s+QUAN)\s+(?:TỔ\s+CHỨC|CHỦ\s+TRÌ|PHỐI\s+HỢP)|BAN\s+TỔ\s+CHỨC"
    r"|THỜI\s+GIAN(?:\s+TỔ\s+CHỨC)?|ĐỊA\s+ĐIỂM(?:\s+TỔ\s+CHỨC)?"
    # round 58 (set 46): who attends is a particular of the meeting too ("II. THỜI GIAN, THÀNH PHẦN")
    r"|THÀNH\s+PHẦN(?:\s+(?:THAM\s+DỰ|DỰ(?:\s+HỌP)?|MỜI))?)"
)
_PARTICULARS_TITLE = re.compile(
    rf"^{_PARTICULAR}(?:\s*(?:,|-|–|\s(?:VÀ|và))\s*{_PARTICULAR})+\s*:?\s*$", re.I
)
# round 58 (set 46): a part of a telegram or an invitation that is one particular of the meeting written as a label
# and its value ("II. Địa điểm: Trực tiếp tại Trụ sở Chính phủ và kết nối trực tuyến đến …", over "1. Dự tại điểm
# cầu …:" and its dashes of who sits where): the meeting's place and its attendees, not work; an item there whose
# body acts ("- Ủy ban nhân dân các tỉnh … chịu trách nhiệm kết nối đường truyền …") is work
_PARTICULAR_LABEL = re.compile(r"^(?:Thời\s+gian|Địa\s+điểm|Thành\s+phần)(?:\s+[^\s:]+){0,3}\s*:\s*\S", re.I)
# round 64 (set 48): a meeting's agenda written as a label and its value, one of an invitation's points beside "Thời
# gian: …" and "Địa điểm: …" ("3. Nội dung: Họp đánh giá công tác cải cách hành chính năm 2025 và triển khai phương
# hướng, nhiệm vụ năm 2026."): what the meeting is about, worded as work no one is given; a value that names a body
# first or gives work ("Nội dung: Sở X báo cáo …", "Nội dung: Giao …") is left to the other rules
_AGENDA_LABEL = re.compile(
    r"^Nội\s+dung(?:\s+(?:làm\s+việc|họp|cuộc\s+họp|hội\s+nghị|phiên\s+họp|kỳ\s+họp|buổi\s+(?:làm\s+việc|họp)))?\s*:\s*(?=\S)",
    re.I,
)


def _agenda_label(text: str) -> bool:
    """See `_AGENDA_LABEL`."""
    m = _AGENDA_LABEL.match(text.strip())
    if m is None:
        return False
    value = text.strip()[m.end() :]
    return not (scan_agency_phrase(value, 0) or GIVES.search(value))


# round 75 (set 50): any other label of a few words written as one of those numbered points ("1. Giai đoạn kiểm tra:
# Giai đoạn hoàn thành thi công …", "6. Phương pháp kiểm tra: Kiểm tra, đối chiếu hồ sơ …; Nghe báo cáo …"): another
# particular of the meeting or the inspection (its stage, its method, its dress), no work; a label that is itself
# work or an act ("Nhiệm vụ:", "Phân công:", "Chuẩn bị:", "Đề nghị:") or a value that names a body first or gives
# work is left to the other rules
_POINT_LABEL = re.compile(r"^([^\s:;.,()]+(?:\s+[^\s:;.,()]+){0,4})\s*:\s*(?=\S)")


def _particular_point(text: str) -> bool:
    """See `_POINT_LABEL`."""
    t = text.strip()
    m = _POINT_LABEL.match(t)
    if m is None:
        return False
    label, value = m.group(1), t[m.end() :]
    if (
        starts_with_action(label)
        or scan_agency_phrase(label, 0)
        or _title_category(label, True) in ("tasks", "assignment", "roadmap")
    ):
        return False
    return not (scan_agency_phrase(value, 0) or GIVES.search(value) or assigns_work(value))


_SCOPE_TITLE = re.compile(r"PHẠM\s+VI|ĐỐI\s+TƯỢNG|TIÊU\s+CHUẨN|TIÊU\s+CHÍ|HỒ\s+SƠ", re.I)
# What is said and through which channels ("NỘI DUNG, HÌNH THỨC", "NỘI DUNG VÀ PHƯƠNG THỨC TRUYỀN THÔNG"): the
# messages and the channels of a communication, its scope, not work; its items are tasks only where they name who
# does them. A heading that also names the work ("NỘI DUNG, NHIỆM VỤ VÀ HÌNH THỨC …") is a task section.
_CONTENT_FORM_TITLE = re.compile(
    r"^NỘI\s+DUNG(?:\s+[^\s,.:;]+){0,3}?\s*(?:,|VÀ)\s*(?:HÌNH\s+THỨC|PHƯƠNG\s+THỨC|KÊNH)(?![\wÀ-ỹ])", re.I
)
# round 43: the same at any depth, where a sub-heading names only the messages or the channels of a communication
# ("2. Nội dung tuyên truyền", "3. Hình thức tuyên truyền", "b) Nội dung, hình thức truyền thông") under a section of
# work: its dashes are topics ("- Ý nghĩa, tầm quan trọng của cuộc bầu cử.") and channels ("- Treo băng rôn …"), not
# tasks, unless they name who does them
_MESSAGE_CHANNEL_TITLE = re.compile(
    r"^(?:NỘI\s+DUNG|HÌNH\s+THỨC|PHƯƠNG\s+THỨC|KÊNH)(?:\s*(?:,|và)\s*(?:NỘI\s+DUNG|HÌNH\s+THỨC|PHƯƠNG\s+THỨC|KÊNH))*"
    r"\s+(?:TUYÊN\s+TRUYỀN|TRUYỀN\s+THÔNG|PHỔ\s+BIẾN)(?![\wÀ-ỹ])(?:\s+[^\s,.:;]+){0,4}\s*:?\s*$",
    re.I,
)
# An inspection plan says how it inspects ("PHƯƠNG PHÁP / HÌNH THỨC KIỂM TRA") and whom the team is made of
# ("THÀNH PHẦN ĐOÀN KIỂM TRA"): that describes the inspections, it assigns nothing. What it inspects ("NỘI DUNG
# KIỂM TRA") is no task either when a schedule table holds the inspections themselves (see parser).
_INSPECTION_TITLE = re.compile(
    r"^(?:(?P<what>NỘI\s+DUNG)|PHƯƠNG\s+PHÁP|PHƯƠNG\s+THỨC|HÌNH\s+THỨC|CÁCH\s+THỨC|THÀNH\s+PHẦN)"
    r"(?:\s+|[^.:;]{0,40}?\s)(?:ĐOÀN\s+)?(?:KIỂM\s+TRA|THANH\s+TRA|GIÁM\s+SÁT|KHẢO\s+SÁT)(?![\wÀ-ỹ])",
    re.I,
)
# What an emulation campaign judges and gives, not work: what units compete on ("Nội dung thi đua"), the criteria
# ("Tiêu chí thi đua", "Tiêu chí đánh giá, xếp loại"), the ranking or scoring method ("Cách thức xếp hạng", "Thang
# điểm") and the awards ("KHEN THƯỞNG", "Hình thức khen thưởng"). A heading that also names how the work is done
# ("NỘI DUNG THI ĐUA, PHƯƠNG ÁN TRIỂN KHAI, …") is not one of them. Round 69: a sub-heading may open with "Về"
# ("8.1. Về nội dung thi đua"), the same title.
_CRITERIA_TITLE = re.compile(
    r"^(?:VỀ\s+)?(?:NỘI\s+DUNG\s+(?:[^\s,.:;]+\s+){0,2}?THI\s+ĐUA|TIÊU\s+CHÍ|THANG\s+ĐIỂM|CÁCH\s+(?:THỨC\s+)?(?:XẾP\s+(?:HẠNG|LOẠI)|CHẤM\s+ĐIỂM|TÍNH\s+ĐIỂM)"
    r"|(?:HÌNH\s+THỨC\s+|MỨC\s+|CƠ\s+CẤU\s+)?KHEN\s+THƯỞNG\s*$)(?![\wÀ-ỹ])",
    re.I,
)
# round 47: a contest and its rulebook ("2.4. Cuộc thi Sáng tạo nội dung “…”", "THỂ LỆ CUỘC THI", "Quy định của
# cuộc thi", "Cơ cấu giải thưởng"): who may enter, how entries are judged, the prizes and the organisers' rights are
# the terms of the contest, judged as an emulation's criteria are; "Tổ chức cuộc thi …" is work and does not match
_CONTEST_TITLE = re.compile(
    r"^(?:THỂ\s+LỆ|(?:CUỘC|HỘI)\s+THI|QUY\s+(?:ĐỊNH|CHẾ)\s+(?:CỦA\s+|VỀ\s+)?(?:CUỘC|HỘI)\s+THI"
    r"|(?:CƠ\s+CẤU\s+)?GIẢI\s+THƯỞNG\s*:?\s*$"
    # round 51: a title about the contest's entries, their fields and conditions, or its rounds ("LĨNH VỰC VÀ QUY
    # ĐỊNH VỀ BÀI DỰ THI", "QUY TRÌNH TỔ CHỨC VÀ CÁC VÒNG THI CẤP TRƯỜNG"): the contest's terms and format
    r"|[^.:;]{0,80}?(?<![\wÀ-ỹ])(?:BÀI|ĐIỀU\s+KIỆN|LĨNH\s+VỰC|HỒ\s+SƠ|VÒNG)\s+(?:DỰ\s+)?THI)(?![\wÀ-ỹ])",
    re.I,
)
_HOW_WORK = re.compile(
    r"PHƯƠNG\s+ÁN|TRIỂN\s+KHAI|NHIỆM\s+VỤ|GIẢI\s+PHÁP|TỔ\s+CHỨC\s+THỰC\s+HIỆN|HOẠT\s+ĐỘNG", re.I
)
# A heading about the award itself, whatever side of it it names (its forms, numbers, files, procedure, timing:
# "SỐ LƯỢNG ĐỀ NGHỊ KHEN THƯỞNG", "THỦ TỤC, HỒ SƠ VÀ THỜI GIAN KHEN THƯỞNG"): the award closes the heading as the
# noun the rest qualifies. A field of work that includes awarding ("Thi đua khen thưởng", "Công tác thi đua, khen
# thưởng", "Sơ kết, tổng kết, khen thưởng") is work, not the award.
_AWARD_TITLE = re.compile(r"^[^.:;]{0,80}?(?<![\wÀ-ỹ])KHEN\s+THƯỞNG\s*:?\s*$", re.I)
_AWARD_FIELD = re.compile(r"THI\s+ĐUA|SƠ\s+KẾT|TỔNG\s+KẾT|CÔNG\s+TÁC", re.I)
GENERAL_RULE = re.compile(
    # round 25 (set 26): "Quá trình thực hiện nếu có khó khăn …" is the same standing rule without its "Trong"
    r"^(?:(?:Trong\s+)?quá\s+trình\s+(?:(?:tổ\s+chức|triển\s+khai)\s+){0,2}(?:thực\s+hiện|triển\s+khai)"
    r"(?:\s+(?:các\s+)?(?:Kế\s+hoạch|Chỉ\s+thị|Kết\s+luận|Chương\s+trình|Đề\s+án|Quyết\s+định|nhiệm\s+vụ)"
    r"(?:\s+này|\s+được\s+giao)?)?\s*(?:,|nếu|khi)"
    # round 52: a commune's units too ("Các bộ phận, ngành, đoàn thể có liên quan phối hợp với bộ phận Tư pháp có trách
    # nhiệm thực hiện các nhiệm vụ được giao trong mục II …"), the partner they work with named on the way
    r"|Các\s+(?:cơ\s+quan|đơn\s+vị|sở|ban|ngành|địa\s+phương|bộ\s+phận|phòng)[^.;]{0,80}có\s+trách\s+nhiệm\s+(?:hoàn\s+thành|thực\s+hiện)"
    r"\s+(?:đúng|đầy\s+đủ|(?:nghiêm\s+túc\s+)?(?:các\s+)?nhiệm\s+vụ\s+được\s+(?:giao|phân\s+công))"
    # "Trong phạm vi, lĩnh vực quản lý của mình, chủ động phối hợp … thực hiện các nhiệm vụ được giao tại Kế hoạch
    # này": a body's share of the document within its remit, the tasks given it elsewhere (round 57, following round
    # 54's convention: "… tham gia phối hợp triển khai thực hiện Kế hoạch này", a charge to carry out the document
    # itself, is a task, as the shared hanoi-310 V.4-1 reads one)
    r"|Trong\s+phạm\s+vi[^.;]{0,80}?của\s+mình\s*,[^.;]{0,160}?(?:triển\s+khai|thực\s+hiện)\s+"
    r"(?:các\s+)?nhiệm\s+vụ\s+(?:được\s+giao\s+)?(?:tại|trong|theo)\s+"
    r"(?:Kế\s+hoạch|Chương\s+trình|Chỉ\s+thị|Văn\s+bản|Công\s+văn)\s+này\s*[./]*\s*$"
    r"|Kinh\s+phí\s+thực\s+hiện[^.;]{0,30}(?:từ|do|được)"
    # a funding statement: the money is the subject, its source the predicate ("Kinh phí tổng kiểm kê do ngân
    # sách nhà nước bảo đảm …", "Nguồn kinh phí … được bố trí từ …"), whatever heading it stands under
    r"|(?:Nguồn\s+)?Kinh\s+phí\b[^.;:]{0,200}?(?:\bđược\s+(?:bố\s+trí|cấp|bảo\s+đảm|đảm\s+bảo|lồng\s+ghép|phân\s+bổ)"
    r"|\bdo\s+ngân\s+sách|\btừ\s+(?:nguồn|ngân\s+sách|dự\s+toán)"
    # "Kinh phí đầu tư tập trung cho hạ tầng …; kinh phí thường xuyên dành cho …": what the money goes to
    r"|\b(?:dành|tập\s+trung)\s+cho\s"
    # "Kinh phí phục vụ … được thực hiện theo quy định tại Thông tư …", "Kinh phí khen thưởng: Từ nguồn …": the
    # rule or the source the money follows
    r"|(?:\bđược\s+)?\bthực\s+hiện\s+theo\s+(?:quy\s+định|hướng\s+dẫn)|:\s*(?:[Tt]ừ|[Dd]o)\s+(?:nguồn|ngân\s+sách))"
    # a body told to report what goes wrong while it works ("Đoàn kiểm tra trong quá trình kiểm tra … nếu có vấn đề
    # gì phát sinh, khó khăn, vướng mắc … thì báo cáo …"): a standing rule, whoever its subject
    r"|[^.;]{0,80}?\btrong\s+quá\s+trình\s[^.;]{0,120}?\bnếu\s+(?:có|phát\s+sinh|gặp)\s[^.;]{0,120}?(?:khó\s+khăn|vướng\s+mắc)"
    # round 76 (set 38): an item that is only the invitation to report the difficulties that arise for another to
    # resolve them ("c) Kịp thời phản ánh những khó khăn, vướng mắc phát sinh để Sở X hướng dẫn hoặc tổng hợp, báo cáo
    # cấp có thẩm quyền xem xét giải quyết."): the same standing rule, written as an item of its own without "Trong
    # quá trình … nếu"; no date, no other work (a report of them with no one to resolve them, "Kịp thời báo cáo những
    # vướng mắc phát sinh trong quá trình thí điểm.", stays work, round 45)
    r"|(?:Kịp\s+thời\s+|Chủ\s+động\s+)?(?:phản\s+ánh|báo\s+cáo|đề\s+xuất)(?:\s*,\s*(?:phản\s+ánh|báo\s+cáo|đề\s+xuất))*"
    r"\s+(?:kịp\s+thời\s+)?(?:về\s+)?(?:các\s+|những\s+)?(?:khó\s+khăn|vướng\s+mắc)[^;.\d]{0,120}?\s(?:để|nhằm)\s"
    r"[^;.\d]{0,120}?(?:hướng\s+dẫn|giải\s+quyết|tháo\s+gỡ|xử\s+lý)(?![\wÀ-ỹ])[^;.\d]*\.?\s*$"
    # "Tuân thủ đầy đủ các quy định pháp luật về an toàn thông tin … trong quá trình triển khai thực hiện.": keeping
    # the law, asked of everyone, when the item asks nothing else ("…; tăng cường lực lượng bảo vệ kho …" does)
    r"|(?:Tuân\s+thủ|Chấp\s+hành)\s+(?:(?:đầy\s+đủ|nghiêm\s+túc|nghiêm|đúng)\s+)?(?:các\s+)?quy\s+định\s+(?:của\s+)?pháp\s+luật[^;]*$"
    r"|(?:Hoàn\s+toàn\s+)?[Cc]hịu\s+trách\s+nhiệm\s+trước\s+[^.;]{0,80}?\b(?:nếu|khi)\s+(?:để\s+(?:xảy\s+ra|xảy|ra)|xảy\s+ra)"
    r"|(?:Hoàn\s+toàn\s+)?[Cc]hịu\s+trách\s+nhiệm\s+(?:toàn\s+diện\s+|hoàn\s+toàn\s+)?trước\s+[^.;,]{0,60}?\s+về\s+"
    r"|(?:\(?\s*)?(?:Chi\s+tiết|Cụ\s+thể|Nội\s+dung\s+chi\s+tiết|Danh\s+mục[^.;]{0,40})\s+(?:tại|theo|như|ở)\s+(?:các\s+)?Phụ\s+lục"
    # round 27 (set 27): what becomes of the body's work the appendix table leaves out ("Các hoạt động tại mục II …
    # không nêu tại Phụ lục … thì được thực hiện theo Nghị quyết số …"): a rule about other items, no work of its own
    r"|Các\s+(?:hoạt\s+động|nhiệm\s+vụ|nội\s+dung)\b[^.;]{0,120}?\bkhông\s+(?:được\s+)?(?:nêu|có|quy\s+định)\s"
    r"[^.;]{0,120}?\bthì\s+(?:được\s+)?(?:thực\s+hiện|triển\s+khai)\s+theo\s)",
    re.I,
)


# round 17: a conclusion's sub-heading names its topic after "Về" ("1. Về đánh giá tình hình hoạt động từ tháng
# 6/2022 đến nay"); an assessment so named looks back as "1. Đánh giá tình hình …" does
_TOPIC_OF = re.compile(r"^Về\s+(?=đánh\s+giá|kết\s+quả|tình\s+hình)", re.I)


# round 17: a sub-heading that says what a publication or a document holds ("1. Bản tin sinh hoạt thường kỳ, tập
# trung vào các nhóm nội dung", "2. Báo cáo gồm các nội dung sau:"): its items are that content, tasks only where
# they name who does them (as a campaign's messages are); a body or an action before it makes it work
_CONTENTS_OF = re.compile(
    r"^(?P<subject>[^,:;.]{2,80}?),?\s+(?:tập\s+trung\s+vào|gồm|bao\s+gồm)\s+(?:các|những)\s+(?:nhóm\s+)?"
    r"nội\s+dung(?:\s+(?:chính|chủ\s+yếu|sau))*\s*:?\s*$",
    re.I,
)


def _contents_of(title: str) -> bool:
    m = _CONTENTS_OF.match(title)
    if not m:
        return False
    subject = m.group("subject").strip()
    return not scan_agency_phrase(subject, 0) and not starts_with_action(subject)


# round 42: a bracketed aside in a sub-heading ("a) Nội dung kiểm tra (Đối với Ban Công tác Mặt trận các thôn):")
# says whom it concerns; the title is the words outside it
_ASIDE = re.compile(r"\s*\([^()]{1,80}\)")


@lru_cache(maxsize=8192)  # pure: every item under a heading asks it again
def _title_category(title: str, top_level: bool, article: bool = False) -> str | None:
    """Category a heading gives its items: assignment, tasks, funding or purpose.

    round 80 (set 52): an article's title names its matter by its opening words ("Điều 1. Phạm vi điều chỉnh",
    "Điều 9. Nguồn vốn thực hiện"); one that opens on a step ("Điều 3. Chấp thuận … tại khu vực không có yêu cầu lập
    quy hoạch …", "Điều 18. Giám định nguyên nhân sự cố …", "Điều 9. Quản lý … dự án sử dụng … nguồn vốn …") is
    that step's, whatever word of targets, findings or funds its object holds."""
    t = title.strip()
    if not t:
        return None
    if not top_level:
        t = _TOPIC_OF.sub("", t)
        if _contents_of(t):
            return "scope"
    if _FINDINGS_TITLE.match(t):
        return "purpose"
    if _CONTEST_TITLE.match(t) and not _HOW_WORK.search(t):
        return "criteria"
    if not top_level and _MESSAGE_CHANNEL_TITLE.match(t):
        return "scope"
    if requirements_party(t):
        return "tasks"
    if not top_level and _FORECAST.match(t):
        # "1. Dự báo tình hình úng ngập trong mùa mưa năm 2026:": the situation ahead, no work
        return "purpose"
    if not top_level and len((_ASIDE.sub("", t) if "(" in t else t).split()) > 6:
        # a longer sub-heading still states targets, funds or a catalogue when it opens with them ("Mục tiêu
        # phát triển và tầm nhìn đến năm 2045", "Nguồn lực và việc sử dụng nguồn lực …", "Danh mục các dự án dự
        # kiến ưu tiên đầu tư và phân kỳ thực hiện") and ends without a full stop
        if t.endswith((".", ";", ":")) or len(t.split()) > 20:
            return None
        for cat, rx in (("purpose", _PURPOSE_TITLE), ("funding", _FUND_TITLE)):
            m = rx.search(t)
            if m and m.start() == 0:
                return cat
        return None
    inspection = _INSPECTION_TITLE.match(t)
    if inspection:
        return "inspected" if inspection.group("what") else "inspection"
    if top_level and (_PARTICULARS_TITLE.match(t) or _PARTICULAR_LABEL.match(t)):
        return "particulars"
    if top_level and _SCOPE_TITLE.match(t):
        return "scope"
    if top_level and _CONTENT_FORM_TITLE.match(t) and not _HOW_WORK.search(t):
        return "scope"
    if _CRITERIA_TITLE.match(t) and not _HOW_WORK.search(t):
        return "award" if re.search(r"KHEN\s+THƯỞNG\s*$", t, re.I) else "criteria"
    rules = (
        ("assignment", _ASSIGN_TITLE),
        ("roadmap", _ROADMAP_TITLE),
        ("roadmap", _PHASES_TITLE),
        ("tasks", _TASK_TITLE),
        ("funding", _FUND_TITLE),
        ("purpose", _PURPOSE_TITLE),
        ("purpose", _STANDING_TITLE),
    )
    for cat, rx in rules:
        m = rx.search(t)
        if m and (top_level and not (article and cat in ("funding", "purpose")) or m.start() == 0):
            return cat
    if _AWARD_TITLE.match(t) and len(t.split()) <= 12 and not (_HOW_WORK.search(t) or _AWARD_FIELD.search(t)):
        return "award"
    return None


# round 22: a duty that cites a provision and then spells it out ("… theo quy định tại khoản 1, Điều 49 Nghị định số
# 62/2025/NĐ-CP …, cụ thể:")
_PROVISION_SPELT = re.compile(
    r"(?<![\wÀ-ỹ])quy\s+định\s+tại\s+(?:điểm\s+\S+\s*,?\s*)?(?:khoản\s+\d+|Điều\s+\d+)[^:;]{0,200}?,?\s*cụ\s+thể\s*:\s*$",
    re.I,
)


# round 77: one reading of a meeting's or an inspection's particulars, whatever the layout a document writes them in:
# a label and its value ("2. Thời gian: …", "- Địa điểm: …", "Thành phần mời: …" unnumbered), a title over its value
# on the next line ("II. THỜI GIAN" / "08 giờ …"), a title over a list ("I. THÀNH PHẦN" over dashes, "Thành phần tham
# dự:" over the dashes after it), one title naming two of them ("III. THỜI GIAN, ĐỊA ĐIỂM"). The facets are the
# particulars' own nouns, each with the few words that tie it to the meeting ("Thời gian kiểm tra", "Thành phần dự
# họp", "Nội dung làm việc"); a plan's "Thời gian thực hiện" or "Nội dung tuyên truyền" is none of them. It replaces
# the readings written one layout at a time: round 58's agenda title beside a Roman "THỜI GIAN, THÀNH PHẦN" part,
# round 64's and round 75's label points counted at the top level only, round 75's attendees and agenda points.
_PARTICULAR_NOUNS = {
    "time": r"Thời\s+gian",
    "place": r"Địa\s+điểm",
    "attendees": r"Thành\s+phần",
    "chair": r"Chủ\s+trì|Chủ\s+tọa",
    "agenda": r"Nội\s+dung|Chương\s+trình",
    "manner": r"Hình\s+thức|Phương\s+pháp|Phương\s+thức|Cách\s+thức|Giai\s+đoạn",
}
_OF_MEETING = (
    r"(?:tổ\s+chức|họp|hội\s+nghị|cuộc\s+họp|phiên\s+họp|kỳ\s+họp|buổi\s+(?:làm\s+việc|họp)|làm\s+việc|kiểm\s+tra"
    r"|khảo\s+sát|giám\s+sát|thanh\s+tra|tham\s+(?:dự|gia)|dự|(?:được\s+)?mời|đại\s+biểu|đoàn|khai\s+mạc)"
)
_FACET_TITLE = re.compile(
    "^(?:"
    + "|".join(f"(?P<{k}>{v})" for k, v in _PARTICULAR_NOUNS.items())
    + rf")(?:\s+{_OF_MEETING}){{0,2}}$",
    re.I,
)
_FACET_LINE = re.compile(r"^(?P<label>[^:;.()]{2,60}?)\s*:\s*(?P<value>\S.*)$", re.S)
_FACET_JOIN = re.compile(r"\s*(?:,|\s[-–]\s|\s(?:và|VÀ)\s)\s*")
_LINE_BULLET = re.compile(r"^[-+•*–]\s*")
# the particulars an item names and the value it gives them, None when it is a title over the lines that give it
Facets = tuple[frozenset[str], str | None]


# a label names particulars only if it opens on one: most lines are turned away here, before the split
_FACET_START = re.compile("^(?:" + "|".join(_PARTICULAR_NOUNS.values()) + ")", re.I)


def _facets_of(label: str) -> frozenset[str]:
    label = label.strip().rstrip(" :")
    if not _FACET_START.match(label):
        return frozenset()
    found: set[str] = set()
    for part in _FACET_JOIN.split(label):
        f = _FACET_TITLE.match(part)
        if f is None:
            return frozenset()
        found.add(next(k for k in _PARTICULAR_NOUNS if f.group(k)))
    return frozenset(found)


def line_facets(text: str) -> Facets:
    """See `_PARTICULAR_NOUNS`: the particulars a line names (none: an empty set) and the value it writes beside them
    ("- Thời gian làm việc: 08 giờ …" → time and "08 giờ …"; "Thành phần tham dự:" → attendees and no value)."""
    t = _LINE_BULLET.sub("", text.strip())
    m = _FACET_LINE.match(t)
    label, value = (m.group("label"), m.group("value")) if m else (t, None)
    named = _facets_of(label)
    return named, value if named else None


def meeting_facets(item: PlanItem) -> Facets:
    """`line_facets` of an item; a title over its value on the next line ("II. THỜI GIAN" / "08 giờ …") is read from
    the heading the reader split off, its text the value."""
    if item.heading:
        named = _facets_of(item.heading)
        return named, (item.text.strip() or None) if named else None
    return line_facets(item.text)


def header_times(lines: list[str]) -> list[str]:
    """round 77: the meeting's time written among the lines before the first numbered item ("…, cụ thể:" over "-
    Thời gian làm việc: …", "- Địa điểm: …", "- Thành phần tham dự:"), when those lines name two of its time, place
    and attendees."""
    read = [line_facets(t) for t in lines]
    named = set().union(*(f for f, _ in read)) if read else set()
    if len(named & {"time", "place", "attendees"}) < 2:
        return []
    return [v for f, v in read if "time" in f and v]


def _list_of(item: PlanItem, by_ref: dict[str, PlanItem]) -> str | None:
    """The list an item stands in: its parent's, an unnumbered line the reader hung under a dash counting as one of
    the dash's siblings ("Địa điểm: …" after the last attendee's dash)."""
    parent = by_ref.get(item.parent) if item.parent else None
    if item.marker == "paragraph" and parent is not None and parent.marker in BULLETS:
        return parent.parent
    return item.parent


@dataclass
class Particulars:
    """round 77: a meeting's or an inspection's particulars (see `_PARTICULAR_NOUNS`): the lists that give two of
    its time, place and attendees (`lists`), the items there naming a particular (`facets`), and the bullets after
    an unnumbered title line that are its value ("Thành phần tham dự:" over the attendees' dashes, `governed`)."""

    lists: set[str | None] = field(default_factory=set)
    facets: dict[int, Facets] = field(default_factory=dict)
    governed: set[int] = field(default_factory=set)

    def holds(self, item: PlanItem, by_ref: dict[str, PlanItem]) -> bool:
        return _list_of(item, by_ref) in self.lists


def read_particulars(items: list[PlanItem], by_ref: dict[str, PlanItem]) -> Particulars:
    """See `Particulars`."""
    named: dict[str | None, set[str]] = {}
    facets: dict[int, Facets] = {}
    for item in items:
        if item.marker in ("appendix", "group", "row") or item.ref.endswith("[closing]"):
            continue
        found = meeting_facets(item)
        if found[0]:
            facets[id(item)] = found
            named.setdefault(_list_of(item, by_ref), set()).update(found[0])
    lists = {k for k, v in named.items() if len(v & {"time", "place", "attendees"}) >= 2}
    out = Particulars(lists)
    out.facets = {id(i): facets[id(i)] for i in items if id(i) in facets and out.holds(i, by_ref)}
    title: PlanItem | None = None
    for item in items:
        if item.marker == "paragraph" or item.marker not in BULLETS:
            title = None
            if (
                item.marker == "paragraph"
                and not item.children
                and out.facets.get(id(item), (None, "x"))[1] is None
            ):
                title = item  # "Thành phần tham dự:" alone on its line, over the dashes after it
            continue
        if title is not None and _list_of(item, by_ref) == _list_of(title, by_ref):
            out.governed.add(id(item))
    return out


def classify(items: list[PlanItem]) -> None:
    """Set category and kind: headings are sections, lowest actionable items tasks, purposes and rules notes."""
    by_ref = {i.ref: i for i in items}
    # round 58, 64, 75, 77: a meeting's or an inspection's particulars, read one way whatever their layout
    found = read_particulars(items, by_ref)
    for item in items:
        if item.category == "wrapper":  # the decision that issues an attached plan
            item.kind = "section" if item.children else "note"
            continue
        if item.marker in ("appendix", "group", "row"):
            item.category = "appendix"
            row_kind = _ROW_LABEL_KIND.get(item.label or "", "task")
            if row_kind == "task" and _BOARD_ROLE.match(item.text.strip()):
                row_kind = (
                    "note"  # round 46: a membership table's row ("1 | Nguyễn Văn A | PHT | TV"): a seat
                )
            item.kind = row_kind if item.marker == "row" else "section"
            continue
        parent = by_ref.get(item.parent) if item.parent else None
        own = _title_category(item.heading or item.text, item.marker in TOP, item.marker == "article")
        has_kids = any(c.marker != "paragraph" for c in item.children)
        if (
            own == "tasks"
            and parent is not None
            and parent.category == "purpose"
            and requirements_party(item.heading or item.text)
        ):
            own = (
                "purpose"  # round 39: "2. Yêu cầu đối với các cơ quan, đơn vị" inside "I. MỤC ĐÍCH, YÊU CẦU"
            )
        if (
            own is None
            and parent is not None
            and parent.category == "purpose"
            and _ASSIGN_TITLE.match(item.heading or item.text)
            and heading_agencies(item.heading or item.text)
        ):
            # round 71 (set 49): "2. Trách nhiệm của Sở Nông nghiệp và Môi trường" under an article whose title names
            # an assessment ("Lập, thẩm định báo cáo đánh giá tác động môi trường …"): the body's share of the step,
            # its work, however long the body's name (a sub-heading this long gives no category of its own)
            own = "tasks"
        if own == "tasks" and parent is not None and parent.category == "scope":
            own = "scope"  # "2. Nội dung tuyên truyền" under "ĐỐI TƯỢNG, NỘI DUNG VÀ HÌNH THỨC …"
        if (
            own is None
            and parent is not None
            and parent.category == "funding"
            and _SCHEDULE_TITLE.match(item.heading or item.text)
        ):
            own = "tasks"  # round 51: "1. Tiến độ thực hiện" under "IV. TIẾN ĐỘ VÀ KINH PHÍ …": dated steps, not funds
        if id(item) in found.facets and (item.heading or has_kids and found.facets[id(item)][1] is None):
            # round 58: "I. NỘI DUNG LÀM VIỆC" beside "II. THỜI GIAN, THÀNH PHẦN": the agenda; round 75: "1. Thành
            # phần" over its dashes, "5. Nội dung kiểm tra:" over the inspectors' checks; round 77: "II. THỜI GIAN"
            # over its value, "3. Thành phần mời" over its dashes, whatever the numbering; a label with its value
            # over lines of its own ("1. Thời gian: Căn cứ tình hình …, tổ chức …" over "- Từ ngày …: Ban X họp …")
            # is left to the other rules: the lines may be the steps of the work
            own = "particulars"
        if own == "tasks" and parent is not None and parent.category == "particulars":
            own = "particulars"  # round 51: "c) Nội dung chương trình" of an event the part describes: its programme
        if (
            own == "tasks"
            and parent is not None
            and parent.category == "inspected"
            and _CONTENTS_LABEL.match(item.heading or item.text)
        ):
            own = "inspected"  # "2. Nội dung đánh giá" under "NỘI DUNG GIÁM SÁT, ĐÁNH GIÁ"
        if (
            own not in (None, "tasks", "assignment")
            and item.marker == "article"
            and not (has_kids or item.heading)
            and (GIVES.search(item.text) or assigns_work(item.text))
        ):
            # round 55: an article that is one sentence giving work ("Điều 4. Phê duyệt danh mục công trình; giao Công
            # an xã chủ trì kiểm tra …") is no title, whatever word in it a title would open with ("danh mục")
            own = None
        if own and (has_kids or item.heading or item.marker in TOP):
            item.category = own
        else:
            item.category = parent.category if parent else "tasks"
        if id(item) in found.governed or id(item) in found.facets and not has_kids:
            item.category = (
                "particulars"  # round 77: "Thành phần tham dự:" and the dashes after it, "Địa điểm: …"
            )
        item.kind = _leaf_kind(item, parent) if not has_kids else "section"
        if (
            found.holds(item, by_ref)
            and item.marker != "paragraph"
            and not has_kids
            and not item.heading
            and (_agenda_label(item.text) or _particular_point(item.text))
        ):
            # round 64: "3. Nội dung: Họp đánh giá …" beside "4. Thời gian: …", "5. Địa điểm: …": the agenda
            item.category, item.kind = "particulars", "note"
    grouped: set[int] = set()
    for item in list(items):
        if item.kind == "section" and item.marker not in ("appendix", "group"):
            grouped.update(id(d) for c in _labelled_group(item) for d in [c, *descendants(c)])
    for item in list(items):
        if id(item) in grouped:
            continue
        if item.kind == "section" and (
            item.marker not in ("appendix", "group", *TOP) or _labelled_article(item)
        ):
            _block(item, items)
        elif item.kind == "task" and not item.cells and item.marker not in ("row", "paragraph"):
            _inline_labels(item)
    _shared_labels(items, by_ref)
    before = {id(b): a for a, b in zip(items, items[1:], strict=False)}
    for (
        item
    ) in items:  # "- Phối hợp hướng dẫn … . Trong đó:" over "+ Sở A: …", "+ Sở B: …": the whole is a task
        if (
            _parts_follow(item)
            or _work_before_bullets(item)
            or _dated_work_before_list(item)
            or _duty_before_lead_in(item, before)
            or _funding_duty_before_list(item)
        ):
            item.kind = "task"
    for item in items:
        _quantities(item)
    _announced_conditions(items)
    for item in items:
        kids = [c for c in item.children if c.marker not in ("paragraph", "row")]
        if (
            item.marker in TOP
            and len(kids) >= 3
            and 2 * sum(event_programme(c.text) for c in kids) >= len(kids)
        ):
            # most of the section says what the meeting itself does: it is the meeting's programme, and its
            # other points (the criteria it weighs, where its minutes go) are part of that programme too
            for d in descendants(item):
                d.kind = "note" if d.kind == "task" else d.kind
    for item in items:
        if (
            item.kind == "section"
            and item.marker not in ("appendix", "group", "row", *TOP)
            and _RULES_HEADING.match(item.heading or "")
            and _CITED_PROVISION_LEAD_IN.match(item.text.strip())
        ):
            # round 42: "4. Quy định về thành phần, số lượng cử tri tham dự hội nghị" over "Căn cứ điểm a khoản 1 Điều 6
            # Nghị quyết số …, hội nghị cử tri phải đảm bảo số lượng như sau:": the rules a provision sets, restated
            for d in descendants(item):
                d.kind = "note" if d.kind == "task" and not GIVES.search(d.text) else d.kind
    for item in items:
        if (
            item.kind == "section"
            and item.marker not in ("appendix", "group", "row", *TOP)
            and _FIELD_HEADING.match((item.heading or item.text).strip())
        ):
            # round 44: "b) Đối tượng, số lượng mẫu điều tra XHH:" over "- Đối với cấp bộ, …:" over "+ Lãnh đạo cấp
            # vụ: Khảo sát tất cả …": the field's values (who, how many), no work unless one gives it or a body acts
            for d in descendants(item):
                value = re.sub(
                    r"^[^:;.]{2,80}:\s*", "", d.text.strip()
                )  # "+ Lãnh đạo cấp vụ: …": the group named
                if d.kind == "task" and not (GIVES.search(d.text) or assigns_work(d.text) or _acts(value)):
                    d.kind = "note"
    for item in items:
        if (
            item.kind == "section"
            and item.marker not in ("appendix", "group", "row", *TOP)
            and product_spec(item)
        ):
            # round 44: "- Báo cáo … phải do lãnh đạo … phê duyệt, gồm các nội dung sau:" over its contents
            item.kind = "note"
            for c in item.children:
                if c.marker != "paragraph":
                    c.kind, c.category = "note", "contents"
    for item in items:
        if (
            item.kind == "section"
            and item.marker not in ("appendix", "group", "row")
            and report_contents(item)
        ):
            item.kind = "task"
            for c in item.children:
                if c.marker != "paragraph":
                    c.kind, c.category = "note", "contents"
    for item in items:
        if (
            item.kind == "section"
            and item.marker not in ("appendix", "group", "row", *TOP)
            and document_contents(item)
        ):
            # round 87: "Xây dựng, triển khai Kế hoạch … theo 3 cấp độ:" over the plan's levels and subjects
            item.kind = "task"
            for d in descendants(item):
                if d.marker != "paragraph":
                    d.kind, d.category = "note", "contents"
    for item in items:
        if (
            item.kind == "section"
            and item.marker not in ("appendix", "group", "row", *TOP)
            and (dossier_papers(item) or _things_worked_on(item))
        ):
            # round 43: "- Lập hồ sơ hoàn công …, bao gồm:" over "+ Đơn đề nghị …;", "+ Biên bản …": the papers are
            # what the dossier holds; making it is the task, a bare "Hồ sơ đề nghị gồm:" none
            text = item.text.strip()
            if starts_with_action(text) or scan_agency_phrase(text, 0) or _GIVES_LEAD.match(text):
                item.kind = "task"
            for c in item.children:
                if c.marker != "paragraph":
                    c.kind, c.category = "note", "contents"
    for item in items:
        if (
            item.kind == "section"
            and item.marker not in ("appendix", "group", "row", *TOP)
            and _PROVISION_SPELT.search(item.text)
        ):
            # round 22: "+ Bảo đảm … các yêu cầu … theo quy định tại khoản 1, Điều 49 Nghị định số …, cụ thể:" over
            # "(i) …", "(ii) …": the duty is the item, its list spells out the provision it cites
            item.kind = "task"
            for d in descendants(item):
                if d.marker != "paragraph":
                    d.kind, d.category = "note", "contents"
    for item in items:
        _inspection_with_contents(item, items)
        if item.kind == "task" and (_closing_article(item.text) or _effect_clause(item, by_ref)):
            # round 15: a decision's closing articles ("Quyết định này có hiệu lực kể từ ngày ký …", "Bộ trưởng, …
            # chịu trách nhiệm thi hành Quyết định này") are no tasks, also where the programme is in its Điều 1;
            # round 55: nor are the clauses of an article titled by its effect
            item.kind = "note"
    _enclosures(items)
    _wording_lists(items)
    _accounts_of_done_work(items)
    inside: set[int] = set()
    for item in items:  # parents come before their children: the outermost described item is the task
        if id(item) in inside:
            continue
        if (
            item.kind == "section"
            and item.marker not in ("appendix", "group", *TOP)
            and only_when(item.heading or item.text)
            and not days_window(item.heading or item.text)
        ):
            for d in descendants(item):  # "1.1. Đợt 1: Từ 13h30 ngày …" over who attends that session
                inside.add(id(d))
                d.kind = "note" if d.kind == "task" else d.kind
            continue
        if (
            item.kind == "section"
            and item.marker not in ("appendix", "group", *TOP)
            and _described(item)
            and not _under_task(item, by_ref)
        ):
            item.kind = "task"
            for d in descendants(item):
                inside.add(id(d))
                d.kind = "note" if d.kind == "task" else d.kind
            continue
        timing = _event_facets(item)
        if timing is not None and item.kind == "section" and not _under_task(item, by_ref):
            # round 51: "2. Chương trình …" over "2.1. Hình thức và thời gian", "2.2. Nội dung", "2.3. Tài liệu …":
            # one event, its facets describe it; a facet's line that names who makes something ("Tài liệu … do
            # Tạp chí X phối hợp với … biên soạn.") is work of its own
            item.kind = "task"
            if timing:
                store_label(item.cells, "time", timing)
            for d in descendants(item):
                inside.add(id(d))
                if d.kind == "task" and not (d.marker == "paragraph" and _DUTY_REF.search(d.ref)):
                    d.kind = "task" if _names_its_maker(d) else "note"
    _summary_lists(items)


# round 55: a regulation's too ("Quy chế này có hiệu lực …", "… chịu trách nhiệm thi hành Quy định này")
_ACT = r"(?:Quyết\s+định|Chỉ\s+thị|Nghị\s+quyết|Thông\s+tư|Quy\s+chế|Quy\s+định|Điều\s+lệ)\s+này"
_CLOSING_ARTICLE = re.compile(
    rf"^{_ACT}\s+có\s+hiệu\s+lực|chịu\s+trách\s+nhiệm\s+thi\s+hành\s+{_ACT}\s*[./]*\s*$", re.I
)


def _closing_article(text: str) -> bool:
    """`_CLOSING_ARTICLE.search(text)`, searched only in a text that says "này" (both its forms end the act's name
    with it): most items do not, and the search tries its long second form at every word."""
    return "này" in text.lower() and bool(_CLOSING_ARTICLE.search(text))


# round 55: an article titled by its effect ("Điều 3. Hiệu lực thi hành." over "1. Nghị quyết này có hiệu lực …" and "2.
# Các nhiệm vụ trong Chương trình hành động … tiếp tục được triển khai thực hiện và cập nhật theo Phụ lục … ban hành
# tại Nghị quyết này."; "Điều khoản thi hành", "Điều khoản chuyển tiếp"): its clauses say from when and over what the
# act holds, what it replaces and what goes on under it; a clause that gives work or names a body doing it stays work
_EFFECT_TITLE = re.compile(
    r"^(?:Hiệu\s+lực(?:\s+thi\s+hành)?(?:\s+và\s+trách\s+nhiệm\s+thi\s+hành)?|Điều\s+khoản\s+(?:thi\s+hành|chuyển\s+tiếp)"
    r"|Quy\s+định\s+chuyển\s+tiếp)\s*[.:]?\s*$",
    re.I,
)


def _effect_clause(item: PlanItem, by_ref: dict[str, PlanItem]) -> bool:
    """A clause of an article titled by its effect, or such an article's own text under its title ("Điều 7. Điều
    khoản thi hành" / "Quy chế này thay thế Quy chế …"), that gives no work."""
    if item.marker == "article" and item.heading:
        article: PlanItem | None = item
    else:
        article = by_ref.get(item.parent) if item.parent else None
        if article is not None and article.marker == "article" and item.marker == "paragraph":
            return False
    if article is None or article.marker != "article":
        return False
    if not _EFFECT_TITLE.match((article.heading or article.text).strip()):
        return False
    t = item.text.strip()
    return not (GIVES.search(t) or assigns_work(t) or _acts(t))


# a heading that only names a kind of content ("Nội dung giám sát", "Nội dung đánh giá"), no matter checked
_CONTENTS_LABEL = re.compile(r"^Nội\s+dung(?:\s+[^\s,.:;]+){0,3}\s*:?\s*$", re.I)
# "+ Đầu tư mới trạm 5G: 35 trạm (Trong đó: …);": a label and how many, the size of the work above it
_QUANTITY = re.compile(
    r"^[^:;.]{2,80}:\s*(?:khoảng\s+|tối\s+thiểu\s+|ít\s+nhất\s+)?\d[\d.,]*\s+[^\d\s/]", re.I
)


def _quantities(item: PlanItem) -> None:
    """An item whose "+" lines only count its parts ("+ Lắp đặt mới trạm 3G/4G: 58 trạm (Trong đó: VNPT: 25
    trạm, …);") is one task: the lines are its quantities, not tasks of their own."""
    if item.kind != "section" or item.marker in ("appendix", "group", "row", *TOP):
        return
    parts = [c for c in item.children if c.marker != "paragraph"]
    if len(parts) < 2 or any(c.marker != "plus" or c.children for c in parts):
        return
    if all(_QUANTITY.match(c.text) for c in parts):
        item.kind = "task"
        for c in parts:
            c.kind = "note"


# an inspection named by its verb ("- Giám sát việc tiếp nhận …", "- Kiểm tra việc …"): an activity, not a point
CHECK_VERB = re.compile(r"^(?:Kiểm\s+tra|Giám\s+sát|Thanh\s+tra|Khảo\s+sát)(?![\wÀ-ỹ])", re.I)


def _inspection_with_contents(item: PlanItem, items: list[PlanItem]) -> None:
    """Under a heading that says what is checked ("III. NỘI DUNG KIỂM TRA, GIÁM SÁT"), a numbered item is one
    check ("1. Giám sát việc thành lập …") and the bullets under it are the points it looks at ("- Cơ cấu,
    thành phần …", "- Việc ban hành …"): the check is the task, its check-list is its content. Only when every
    bullet names a check of its own by its verb ("- Giám sát việc …", "- Kiểm tra việc …") are the bullets the
    checks. A timing line among the points ("* Thời gian thực hiện: …") times the check."""
    if (
        item.category != "inspected"
        or item.kind != "section"
        or item.marker in ("appendix", "group", "row", *TOP)
    ):
        return
    if _CONTENTS_LABEL.match(item.heading or item.text) and not any(
        CHECK_VERB.match(c.text) for c in item.children
    ):
        # "1. Nội dung giám sát", "2. Nội dung đánh giá": the heading names a kind of content, not a check; what
        # it lists (whose monitoring covers what, the points an evaluation weighs) is the contents, not work,
        # unless it lists checks by their verb ("a) Kiểm tra việc …")
        for d in descendants(item):
            d.kind = "note" if d.kind == "task" else d.kind
            d.category = "contents"
        return
    bullets = [c for c in item.children if c.marker in BULLETS]
    if not bullets or any(c.marker == "paragraph" for c in item.children if c.kind == "task"):
        return
    if (len(bullets) >= 2 or _CONTENTS_LABEL.match(_ASIDE.sub("", item.heading or item.text))) and all(
        CHECK_VERB.match(c.text) for c in bullets
    ):
        return  # round 42: under a label of contents ("b) Nội dung kiểm tra (Đối với …):") one check is one too
    item.kind = "task"
    times: list[str] = []
    inner = [d for b in bullets for d in [b, *descendants(b)]]
    for d in inner:
        d.kind = "note" if d.kind in ("task", "section") else d.kind
        label = parse_label(d.text)
        if label and label[0] == "time":
            times.append(label[1].strip() or " ".join(k.text for k in d.children))
    # "* Thời gian thực hiện:" standing as a paragraph among the points, over the lines that give the time
    end = max(d.span[1] for d in inner)
    star = next(
        (
            p
            for p in items
            if p.marker == "paragraph"
            and item.span[0] < p.span[0] < end
            and (lab := parse_label(p.text.strip().lstrip("*").strip())) is not None
            and lab[0] == "time"
            and not lab[1].strip()
        ),
        None,
    )
    if star is not None:
        times.append(" ".join(d.text for d in inner if d.span[0] > star.span[0]))
    if times and not item.cells.get("time"):
        item.cells["time"] = times[-1]
    lead_in = subject_owners(
        bullets[0].text
    )  # "- Ban Thường trực … giám sát việc … Cụ thể:" names who checks
    if lead_in and len(lead_in.lead) == 1 and not item.cells.get("lead"):
        item.cells["lead"] = lead_in.lead[0]


def _under_task(item: PlanItem, by_ref: dict[str, PlanItem]) -> bool:
    """round 33 (set 30): is the item part of a task above it? "b. Địa điểm, số điểm quan trắc" over "- Địa điểm
    quan trắc: …", "- Số điểm quan trắc: …" describes the monitoring of "1.1.2. Vùng nuôi tôm hùm lồng, bè", a task
    already (its labelled block, "a. Thời gian thực hiện: …"): a specification of that task, not a task of its own."""
    seen: set[str] = set()
    parent = by_ref.get(item.parent) if item.parent else None
    while parent is not None and parent.ref not in seen:
        if parent.kind == "task":
            return True
        seen.add(parent.ref)
        parent = by_ref.get(parent.parent) if parent.parent else None
    return False


# round 33 (set 31): a lead-in that says what was already done ("Thực hiện Quy chế làm việc …, tại Phiên họp Chính phủ,
# các Bộ đã có báo cáo Chính phủ như sau:"): the items under it recount it ("1. Bộ Tài chính báo cáo về …"), no work
# is asked; not "đã được giao … như sau:", work handed out earlier that still stands
_DONE_BEFORE = re.compile(
    r"(?<![\wÀ-ỹ])đã\s+(?:có\s+)?(?:báo\s+cáo|trình\s+bày|thực\s+hiện|triển\s+khai|hoàn\s+thành|tổ\s+chức|thảo\s+luận)"
    r"(?![\wÀ-ỹ])[^.;:]{0,120}?(?:như\s+sau|sau\s+đây)\s*:\s*$",
    re.I,
)


def _accounts_of_done_work(items: list[PlanItem]) -> None:
    """The items under a lead-in that recounts what was already done (`_DONE_BEFORE`) are notes, not tasks."""
    for item in items:
        if item.kind != "section" or item.marker in ("appendix", "group", "row"):
            continue
        if not _DONE_BEFORE.search(item.text.strip()):
            continue
        for d in descendants(item):
            d.kind = "note" if d.kind == "task" else d.kind


_DESCRIPTION = re.compile(cap(r"^([A-ZĐÀ-Ỹ][^:;.!?()0-9]{1,80}?)\s*:\s*(.*)$"), re.S)


def description_label(text: str) -> str | None:
    """The label of a line that describes something rather than assigning it: "Điểm quan trắc: …", "Hình
    thức: …", "Số lượng: 5.000 cuốn", "Cửa sông A: lấy mẫu 01 vị trí". Not an agency ("Sở X: chủ trì …"),
    not a date or a period ("Năm 2026: …", digits), not an owner or timing label, not an action ("Tổ chức
    tập huấn: …")."""
    m = _DESCRIPTION.match(text.strip())
    if not m or len(m.group(1).split()) > 12:
        return None
    label, value = m.group(1).strip(), m.group(2)
    if _OWNER_OR_TIME.match(label) or starts_with_action(label):
        return None
    if heading_agencies(label) or scan_agency_phrase(label, 0) or _acts(value):
        return None
    return label


# round 33 (set 30): "- Khi môi trường có diễn biến bất thường …; khi khu vực NTTS xảy ra dịch bệnh; …" under
# "1.2. Quan trắc, giám sát môi trường NTTS đột xuất": the occasions of the work above, no work of their own
_OCCASION = re.compile(r"^\s*Khi\s+\S", re.I)
_THEN = re.compile(r"(?<![\wÀ-ỹ])thì(?![\wÀ-ỹ])", re.I)


def _occasion(text: str) -> bool:
    """Does the line only name when the work above it is done ("Khi …; khi …"), with no "thì" and no body that
    acts in any of its clauses? (Only a line with nothing under it, beside a line that describes the work: "a. Khi
    hạn ở mức trung bình" over what to do then is a case of its own.)"""
    if not _OCCASION.match(text) or _THEN.search(text):
        return False
    return not any(_acts(part) for part in re.split(r"[,;]\s*", text)[1:] if part.strip())


_TIME_HEADING = re.compile(r"(?:Thời\s+gian|Thời\s+hạn)(?![\wÀ-ỹ])", re.I)
_OWNER_OR_TIME = re.compile("|".join(LABELS[k] for k in ("owner", "lead", "coord", "time")), re.I)


def _acts(text: str) -> bool:
    """Does the text open with an agency doing something ("Các cơ quan … chủ động rà soát …")?"""
    if re.match(r"\s*Báo\s+cáo(?![\wÀ-ỹ])", text):
        return False  # "Báo cáo tình hình …" opens with the verb (or the report), not a newspaper ("Báo X")
    found = subject_owners(text) if text.strip() else None
    return bool(found and found.lead)


def _described(item: PlanItem) -> bool:
    """An item whose sub-items all describe it ("a) Nguồn nước cấp" over "- Điểm quan trắc: …", "- Thông số,
    tần suất …: …"; "2. Tuyên truyền …" over "- Nội dung: …", "- Hình thức: …", "- Số lượng: …"; "1. Kiểm tra
    công tác chỉ đạo:" over "- Việc ban hành …", "- Việc bố trí …") is one task: the label lines say where,
    what and how much of it, they are not tasks of their own."""
    if item.category in ("purpose", "funding", "particulars", "criteria", "award") or item.lead:
        # round 51: an event's particulars, a contest's terms ("• Mỗi trường chỉ được thắng một lần …" over "- Quà
        # tặng: …", "- Tổng số giải thưởng: …") are described, they describe no work
        return False
    if only_when(item.heading or item.text):
        return False  # a session's date over the particulars of that session: no work at all
    kids = [c for c in item.children if c.marker != "paragraph"]
    if len(kids) < 2 or any(c.marker == "row" for c in kids):
        return False
    if any(g.marker not in (*BULLETS, "paragraph") for c in kids for g in c.children):
        # "2. Các giải pháp:" over "2.1. Giải pháp chung:" over its own numbered items: structure
        return False
    if any(_acts(g.text) for c in kids for g in c.children if g.marker in BULLETS):
        # round 69 (set 47): "3. Việc tổ chức hội nghị cử tri …:" over "3.2. Việc tổ chức hội nghị cử tri nơi cư trú"
        # over "- Ban Thường trực … phối hợp với … triệu tập và chủ trì hội nghị …": a sub-item whose bullet names a
        # body doing something gives that body work, it does not describe the item above
        return False
    if any(_heads_work(c) for c in kids):
        # round 52: "8. Về nâng cao năng lực …" over "a) Đào tạo và bồi dưỡng:" over "- Tổ chức các khóa tập huấn …",
        # "- Hợp tác với các trường …": a label whose own bullets each open with work heads that work, it does not
        # describe the item above
        return False
    return all(
        (
            description_label(c.heading if c.heading else c.text)
            or _MATTER.match(c.text)
            or contact_line(c.text)
            or (not c.children and _occasion(c.text))
        )
        and not (c.heading and _acts(c.text))
        for c in kids
    ) and not all(_occasion(c.text) for c in kids)


def _heads_work(item: PlanItem) -> bool:
    """Does the item hold bullets, every one opening with work ("- Tổ chức …", "- Mời gọi …")?"""
    bullets = [g for g in item.children if g.marker in BULLETS]
    return bool(bullets) and all(starts_with_action(g.text) for g in bullets)


# round 51: the facets an event is described by, each a short sub-heading naming no work ("2.1. Hình thức và thời
# gian", "2.2. Nội dung", "2.3. Tài liệu hướng nghiệp", "2.4. Danh sách chuyên gia, báo cáo viên", "6.1. Mục đích")
_FACET_WORDS = 8


def _facet_title(title: str) -> bool:
    t = title.strip().rstrip(":").strip()
    return (
        0 < len(t.split()) <= _FACET_WORDS
        and not t.endswith((".", ";", ","))
        and not starts_with_action(t)
        and not scan_agency_phrase(t, 0)
        and not _acts(t)
    )


_EVENT_FACET = re.compile(r"(?<![\wÀ-ỹ])(?:Hình\s+thức|Địa\s+điểm)(?![\wÀ-ỹ])", re.I)


def _event_facets(item: PlanItem) -> str | None:
    """round 51: is the numbered item one event described by facets — its sub-items are all numbered sub-headings
    that only name a facet (`_facet_title`), one of them its time and one its form or place ("Hình thức và thời
    gian") — rather than a heading over work? Its timing (the time label under the time facet, "" when it gives
    none), else None."""
    if item.marker not in NUMBERED and not item.marker.startswith("dotted"):
        return None
    if item.category in ("purpose", "funding", "particulars", "criteria", "award", "scope") or item.lead:
        return None
    kids = [c for c in item.children if c.marker != "paragraph"]
    if len(kids) < 2 or not all(
        c.marker not in BULLETS and c.marker != "row" and _facet_title(c.heading or c.text) for c in kids
    ):
        return None
    times = [c for c in kids if _TIME_HEADING.search(c.heading or c.text)]
    if not times or not any(_EVENT_FACET.search(c.heading or c.text) for c in kids):
        return (
            None  # an event is held somewhere in some form: "Hình thức và thời gian", "Thời gian, địa điểm"
        )
    for d in descendants(times[0]):
        label = parse_label(d.text)
        if label and label[0] == "time" and label[1].strip():
            return label[1].strip()
    return ""


def _names_its_maker(item: PlanItem) -> bool:
    """Does the line say which body makes or does what it names ("Tài liệu … do Tạp chí X phối hợp với … biên
    soạn.")? Then it is work of that body, wherever it stands."""
    text = item.text.strip()
    made = _MADE_BY.match(text)
    if made and not scan_agency_phrase(made.group("thing"), 0) and scan_agency_phrase(text, made.end()):
        return True
    return bool(passive_maker(text)) or _acts(text)


# "<thing> do <body> … <verb>": what a body makes ("Tài liệu hướng nghiệp do Tạp chí X phối hợp với … biên soạn.")
_MADE_BY = re.compile(r"^(?P<thing>[^,;:.()]{2,80}?)\s+do\s+(?=\S)")


def _summary_lists(items: list[PlanItem]) -> None:
    """round 51: bullets under a section's opening paragraph that announce what its numbered items then set out
    ("Chương trình … gồm 05 chương trình như sau:" over "- Chương trình A.", "- Chương trình B." before "2.
    Chương trình A", "3. Chương trình B"): each bullet names a later item, the list is a summary, no tasks."""
    for item in items:
        kids = [c for c in item.children if c.marker != "paragraph"]
        bullets = [c for c in kids if c.marker in BULLETS and not c.children]
        if len(bullets) < 2 or kids[: len(bullets)] != bullets:
            continue
        later = [_title_key(c.heading or c.text) for c in kids[len(bullets) :] if c.marker not in BULLETS]
        if len(later) < len(bullets):
            continue
        if all(any(_restates(_title_key(b.text), t) for t in later) for b in bullets):
            for b in bullets:
                b.kind = "note" if b.kind == "task" else b.kind


def _title_key(text: str) -> str:
    t = re.sub(r"[“”\"'.,;:()–-]", " ", text.lower())
    return " ".join(t.split())


def _restates(bullet: str, title: str) -> bool:
    if not bullet or not title:
        return False
    if bullet in title or title in bullet:
        return True
    return SequenceMatcher(None, bullet, title).ratio() >= _RESTATED


_RESTATED = 0.8


_CONTACT = re.compile(r"^[^:]{2,160}:\s*([\d\s.,;()+/–-]{8,}?)\s*[.;]?$")


def contact_line(text: str) -> bool:
    """ "- Công ty A: 0243.974.62.25 – 0243.976.22.45.": who to call and the number, the particulars of the item
    above it (a hotline), not work given to the body named."""
    m = _CONTACT.match(text.strip())
    return m is not None and sum(ch.isdigit() for ch in m.group(1)) >= 8


# "Việc ban hành kế hoạch …", "Việc bố trí kinh phí …": a matter named as a noun (what an inspection looks at,
# what a task covers), not an instruction
_MATTER = re.compile(r"^Việc\s+\S")


_INLINE_LABEL = re.compile(
    r"(?:(?<=[.;(])|(?<=\s[-–]))\s*(?="
    + "|".join(LABELS[k] for k in ("owner", "lead", "coord", "time", "product"))
    + r")(?:\S+\s+){0,6}?\S+?\s*:",
    re.I,
)


def _line_labels(text: str) -> list[tuple[str, str]]:
    """The labels of a label line; one line may hold several after semicolons ("Đơn vị chủ trì: Phòng A; Đơn
    vị phối hợp: Phòng B, Phòng C."), each its own field."""
    first = parse_label(text)
    if first is None:
        return []
    cuts = [
        m.start()
        for m in _INLINE_LABEL.finditer(text)
        if m.start() and parse_label(text[m.start() :].strip())
    ]
    if not cuts:
        return [first]
    out: list[tuple[str, str]] = []
    for a, z in zip([0, *cuts], [*cuts, len(text)], strict=True):
        found = parse_label(text[a:z].strip())
        if found:
            out.append((found[0], found[1].strip().rstrip(";. ")))
    return out


def _inline_labels(item: PlanItem) -> None:
    """Labels written inside the item's sentence ("Rà soát … . Đơn vị chủ trì: Sở X; thời gian hoàn thành:
    Quý II/2026."): the text before the first label is the task, each label gives its field."""
    if ":" not in item.text:
        return  # every label ends on its colon: the look-behinds of `_INLINE_LABEL` are not tried at each letter
    starts = [m for m in _INLINE_LABEL.finditer(item.text) if parse_label(item.text[m.start() :].strip())]
    if not starts:
        return
    for k, m in enumerate(starts):
        end = starts[k + 1].start() if k + 1 < len(starts) else len(item.text)
        found = parse_label(item.text[m.start() : end].strip())
        if found:
            store_label(item.cells, found[0], found[1].strip().rstrip(";.) "))
    if item.cells:
        item.text = item.text[: starts[0].start()].rstrip(" ;(–-")  # stays a substring of its span


# What a steering body or its head is and may do, not work it is given: "Trưởng Ban Chỉ đạo chịu trách nhiệm
# chung …", "… có quyền quyết định …", "Ban Chỉ đạo được sử dụng con dấu …, tự giải thể sau khi …", "Các thành
# viên làm việc theo chế độ kiêm nhiệm"
_ROLE_STATEMENT = re.compile(
    r"^(?:(?:(?:Phó\s+)?Trưởng\s+[Bb]an|Ban\s+Chỉ\s+đạo|Tổ\s+giúp\s+việc|(?:Các\s+)?[Tt]hành\s+viên)[^.;:,]{0,60}?\s*:?\s+)?"
    r"(?:chịu\s+trách\s+nhiệm\s+(?:chung|toàn\s+diện)|có\s+(?:toàn\s+)?quyền|được\s+(?:quyền|phép|sử\s+dụng\s+con\s+dấu)"
    # "Phụ trách chung, trực tiếp điều hành, chịu trách nhiệm trước … về …" (the head's charge and whom it answers
    # to), "Quyết định những vấn đề thuộc phạm vi … của Ban Chỉ đạo"
    r"|phụ\s+trách\s+chung\b[^.;]{0,120}?chịu\s+trách\s+nhiệm\s+trước|quyết\s+định\s+(?:các|những)\s+(?:vấn\s+đề|nội\s+dung|việc)\s+(?:thuộc|trong)"
    r"|sử\s+dụng\s+con\s+dấu|tự\s+giải\s+thể|(?:làm\s+việc|hoạt\s+động)\s+theo\s+chế\s+độ\s+kiêm\s+nhiệm)(?![\wÀ-ỹ])",
    re.I,
)


# round 17: "- Chịu trách nhiệm toàn diện trước Chính phủ … về công tác ứng phó …, chủ động chỉ đạo …; kịp thời báo
# cáo …": whom a body answers to, joined to work it is to do (a later clause opening with an action), is that work
# round 52: whomever it answers to and however ("Chịu trách nhiệm trước pháp luật và trước cơ quan có thẩm quyền về việc
# quản lý, sử dụng … tài sản được giao; chủ động báo cáo …"), answering joined to work to do is that work
_ANSWERS_FOR = re.compile(
    r"^(?:Hoàn\s+toàn\s+)?[Cc]hịu\s+trách\s+nhiệm\s+(?:toàn\s+diện\s+|hoàn\s+toàn\s+)?trước\s"
)
_CLAUSE_BREAK = re.compile(r"[,;]\s+")


# round 43: a body answering for what it hands in or for what may go wrong, not for work to do: "Cơ sở khám bệnh …
# chịu trách nhiệm về tính chính xác của các chi phí …", "Chịu trách nhiệm theo quy định về nội dung báo cáo …",
# "Chủ tịch Ủy ban nhân dân các xã chịu trách nhiệm trước pháp luật … nếu để xảy ra …". Answering "về việc quản lý,
# sử dụng …" names an activity, and stays work
_ANSWERS_FOR_CONTENT = re.compile(
    r"^(?:(?P<subject>[^.;:]{2,120}?)\s+)?(?:phải\s+)?(?:hoàn\s+toàn\s+|tự\s+)?chịu\s+trách\s+nhiệm"
    r"(?:\s+theo\s+quy\s+định)?(?:\s+(?:toàn\s+diện\s+)?trước\s+[^.;]{1,160}?)?\s+"
    r"(?:về\s+(?:(?:những|các)\s+)?(?:tính\s+(?:chính\s+xác|trung\s+thực|hợp\s+pháp|pháp\s+lý|đầy\s+đủ)|nội\s+dung|số\s+liệu)"
    r"|(?:nếu|khi)\s+để\s+(?:xảy\s+ra|xảy|ra))(?![\wÀ-ỹ])",
    re.I,
)


# round 45: a kind of unit named by what it does, no head word the owners know ("Cơ sở khám bệnh, chữa bệnh chịu
# trách nhiệm về tính chính xác của các chi phí …"): a short capitalised name with no verb of work anywhere in it
_UNIT_NAME_WORDS = 8


def _named_unit(subject: str) -> bool:
    return (
        subject[:1].isupper()
        and len(subject.split()) <= _UNIT_NAME_WORDS
        and not any(starts_with_action(subject[w.start() :]) for w in re.finditer(r"(?<!\S)\S", subject))
    )


def _answers_for_content(text: str) -> bool:
    """Does the item only say what a body (named first, or the heading's) answers for: the content or accuracy of
    what it hands in, or what it lets happen, with no later clause of work ("…; chủ động báo cáo …")?"""
    t = text.strip()
    m = _ANSWERS_FOR_CONTENT.match(t) if "chịu" in t.lower() else None  # "… chịu trách nhiệm …"
    if not m:
        return False
    subject = (m.group("subject") or "").strip()
    if subject:
        # the body that answers, named alone ("Bộ Y tế", "Chủ đầu tư và các nhà thầu tham gia …"), not the first
        # part of a joint predicate ("Sở X chủ trì thẩm định và …", "Tổ chức kiểm tra, …")
        if re.search(r"(?:,|\bvà)$", subject) or starts_with_action(subject):
            return False
        found = scan_agency_phrase(subject, 0)
        if not (found and found[1] >= len(subject)) and not _acts(t) and not _named_unit(subject):
            return False
    return not any(
        starts_with_action(t[b.end() :]) and not _ANSWERS_FOR_CONTENT.match(t[b.end() :])
        for b in re.finditer(r";\s+|\.\s+(?=[A-ZĐÀ-Ỹ])", t)
    )


# round 43: a statement of what a thing is ("Chính sách ưu đãi người có công … là chủ trương lớn, nhất quán của Đảng
# và Nhà nước.", "Thị trường các-bon được coi là công cụ kinh tế …", "Doanh nghiệp công nghệ số là lực lượng tiên
# phong …"): it characterises, and hands no work unless a later sentence does ("Thi đua là động lực …. Mở rộng …");
# a body named as an office ("Sở X là cơ quan thường trực …", "là đầu mối …") holds that role, and stays work
_CHARACTERISES = re.compile(
    # (round 50, set 43: the subject may carry a short bracket of its name, "Đoàn Luật sư tỉnh A (mới) là tổ chức …")
    r"^(?P<subject>(?:[^,;:.“”\"()]|\([^()\s,;:]{1,12}\)){3,80}?)\s+(?:được\s+(?:coi|xác\s+định|xem|đánh\s+giá)\s+)?là\s+"
    r"(?!(?:các\s+|một\s+)?(?:cơ\s+quan|đơn\s+vị|đầu\s+mối|thành\s+viên|người|bộ\s+phận|thường\s+trực|ngày|tháng|năm)(?![\wÀ-ỹ]))"
    r"(?=[^\d\s])",
    re.I,
)
# a sentence that opens with a preposition ("Thông qua thị trường các-bon, tạo thêm …") goes on describing
_PREPOSITION_OPENING = re.compile(r"^(?:Thông\s+qua|Qua|Với|Trong|Đối\s+với|Về|Theo|Từ|Để)(?![\wÀ-ỹ])", re.I)
# where `_characterises` parts the item's statements: a full stop or a semicolon before a capital (round 101: this
# pattern was named _SENTENCE_BREAK, and round 25's full-stop-only _SENTENCE_BREAK further down silently rebound the
# name, so `_characterises` had read that one since round 43)
_FULL_STOP_OR_SEMICOLON_BREAK = re.compile(cap(r"(?<=[.;])\s+(?=[A-ZĐÀ-Ỹ])"))


# round 52: the same statement asked as a way of seeing it ("Xác định rõ việc nâng cao các chỉ số … là nhiệm vụ thường
# xuyên, cấp bách của toàn hệ thống chính trị, …", "Xác định công tác giảm nghèo bền vững là nhiệm vụ chính trị …",
# "Coi … là …"): to regard a thing as something is no work unless a clause after it gives some
_REGARD_AS = re.compile(
    r"^(?:Xác\s+định|Coi)(?:\s+rõ)?\s+(?P<subject>[^.;:“”\"]{3,240}?)\s+là\s+"
    r"(?!(?:các\s+|một\s+)?(?:cơ\s+quan|đơn\s+vị|đầu\s+mối|thành\s+viên|người|bộ\s+phận|thường\s+trực|sở|ban|ngành"
    r"|ủy\s+ban|UBND)(?![\wÀ-ỹ]))(?=[^\d\s])",
    re.I,
)
_CLAUSE_OPENING = re.compile(r";\s+|\.\s+(?=[A-ZĐÀ-Ỹ])")


def _regards_as(text: str) -> bool:
    t = text.strip()
    m = _REGARD_AS.match(t)
    if m is None or GIVES.search(t) or assigns_work(t) or scan_agency_phrase(m.group("subject"), 0):
        return False
    return not any(starts_with_action(t[c.end() :]) for c in _CLAUSE_OPENING.finditer(t, m.end()))


# round 76 (set 38): "Lấy X là (làm) Y" takes X as Y ("Lấy kết quả thực hiện … là một trong những tiêu chí quan trọng
# để đánh giá, xếp loại …"): the sentence opens with its verb and tells the body to apply X so, it says not what X is
_TAKES_AS = re.compile(r"^Lấy\s+(?!ý\s+kiến)\S", re.I)


def _characterises(text: str) -> bool:
    """Is every sentence of the item a statement of what a thing is or does, none handing out work?"""
    t = text.strip()
    if _regards_as(t):
        return True
    m = _CHARACTERISES.match(t)
    if (
        not m
        or re.match(r"(?:Trên\s+đây|Đây|Đó)(?![\wÀ-ỹ])", m.group("subject"), re.I)
        or starts_with_action(m.group("subject"))
        or _TAKES_AS.match(m.group("subject"))
    ):
        return False
    if GIVES.search(t) or assigns_work(t):
        return False
    return not any(
        (starts_with_action(part) and not _PREPOSITION_OPENING.match(part)) or assigns_work(part)
        for part in _FULL_STOP_OR_SEMICOLON_BREAK.split(t)[1:]
    )


def _answers_and_acts(text: str) -> bool:
    t = text.strip()
    return bool(_ANSWERS_FOR.match(t)) and any(
        starts_with_action(t[m.end() :]) for m in _CLAUSE_BREAK.finditer(t)
    )


# round 43: a field of the plan named by its label, whatever words qualify the label before the colon ("Thời gian
# thực hiện Kế hoạch: Từ khi ban hành đến hết năm 2030.", "Số lượng đơn vị kiểm tra: Tối thiểu 20% …", "Đối tượng:
# Là …", "Hình thức biểu quyết: …", "Kết quả tín nhiệm: …", "Kinh phí thực hiện: …"): its value says when, how many,
# whom, how or with what money, not work; `parse_label` reads only the labels whose words name a task's column
_FIELD_LABEL = re.compile(
    r"^(?:Thời\s+gian|Thời\s+hạn|Số\s+lượng|Đối\s+tượng|Kết\s+quả|Hình\s+thức|Kinh\s+phí)(?:\s+[^\s:]+){0,5}\s*:\s*(?=\S)",
    re.I,
)
_DATED_ACT_WORDS = (
    8  # a time label's value that long beside its date is a dated act ("Hồ sơ … gửi về Sở X trước ngày …")
)


def _field_value(text: str) -> bool:
    """Is the item a labelled field whose value is no act of its own: no body acting in it and, after a time label,
    no more than a date and a few words?"""
    m = _FIELD_LABEL.match(text.strip())
    if not m:
        return False
    value = text.strip()[m.end() :]
    if _acts(value) or GIVES.search(value) or assigns_work(value):
        return False
    dl = find_deadline(value)
    return not (dl.text and len(value.split()) - len(dl.text.split()) > _DATED_ACT_WORDS)


# round 46: a budget line, what the money is for and its sum only ("Tuyên truyền (in ấn, standee): 1.000.000đ.",
# "Giải thưởng: 3 triệu đồng"): what is spent on what, not work
_MONEY_LINE = re.compile(
    r"^[^:]{2,160}:\s*(?:khoảng\s+|dự\s+kiến\s+)?\d{1,3}(?:[.,]\d{3})*(?:[.,]\d+)?\s*"
    r"(?:đ|đồng|VNĐ|VND|(?:nghìn|ngàn|triệu|tỷ)\s+đồng)\s*[.;]?$",
    re.I,
)
# round 46: the seat a board's member holds, all a membership table's "Nhiệm vụ" cell says ("TV", "Thư ký", "Phó
# Trưởng ban", "Ủy viên thường trực")
_BOARD_ROLE = re.compile(
    r"^(?:TV|UV|Thành\s+viên|[ỦU][ỷy]\s+viên|Thư\s+k[ýíiy]|(?:Phó\s+)?(?:Trưởng|Chủ\s+tịch|Tổ\s+trưởng)"
    r"(?:\s+(?:ban|đoàn|hội\s+đồng|tiểu\s+ban|tổ))?|Tổ\s+phó)(?:\s+thường\s+trực)?\s*[.;]?$",
    re.I,
)


# The particulars of an event or an inspection round (time, place, who attends, who chairs it, what to wear
# or bring) are information for those taking part, not work given to anyone.
_INFO_LABEL = re.compile(
    r"^(?:Địa\s+điểm|Thành\s+phần|Đối\s+tượng\s+tham\s+(?:dự|gia)|Chủ\s+trì\s+(?:hội\s+nghị|buổi|cuộc)"
    r"|Người\s+chủ\s+trì|Phương\s+tiện|Trang\s+phục)(?:\s+[^\s:]+){0,5}\s*:",
    re.I,
)


# An approval in principle ("Thống nhất chủ trương …", "Đồng ý với đề xuất …") decides; it gives work only where
# it goes on to hand it to someone ("…; giao Sở X …").
_APPROVES = re.compile(
    r"^(?:Về\s[^:]{0,80}:\s*)?(?:Cơ\s+bản\s+)?(?:Thống\s+nhất|Đồng\s+ý|Chấp\s+thuận|Nhất\s+trí)\s+(?!giao\b)",
    re.I,
)
GIVES = re.compile(cap(r"(?<![\wÀ-ỹ])(?:[Gg]iao|[Đđ]ề\s+nghị|[Yy]êu\s+cầu)(?:\s+cho)?\s+(?:[A-ZĐÀ-Ỹ]|các\s)"))
# A requirement on how a thing is to be made, its subject the thing ("Phần mềm phải bảo đảm kết nối …", "Việc
# xây dựng cơ sở dữ liệu cần đáp ứng …"), not an agency
_REQUIRED = re.compile(
    # round 44: the thing may be named with a comma ("Kết quả tự đánh giá, chấm điểm của từng tiêu chí phải đính kèm
    # …"); a body named there is no thing (`_requirement` checks the subject)
    r"^([^;:.]{3,80}?)\s+(?:cần|phải|bắt\s+buộc\s+phải)\s+(?:được\s+)?(?:bảo\s+đảm|đảm\s+bảo|đáp\s+ứng|tuân\s+thủ|"
    r"phù\s+hợp|tương\s+thích|kết\s+nối|liên\s+thông"
    # round 44: what the thing must be or carry ("Các file điện tử … phải là bản chụp …", "Kết quả tự đánh giá … phải
    # đính kèm các tài liệu kiểm chứng …", "Phụ lục phải có xác nhận của lãnh đạo …")
    r"|là|có|đính\s+kèm|kèm\s+theo"
    # round 67: what a record must set down ("Biên bản phải ghi rõ thành phần, …", "Văn bản … phải thể hiện rõ …"), or
    # that it must be sent, in the passive with no sender ("Biên bản … phải được gửi đến Ban X ngay sau …")
    r"|ghi\s+rõ|ghi\s+đầy\s+đủ|thể\s+hiện|nêu\s+rõ|(?<=được\s)(?:gửi|chuyển|nộp))(?![\wÀ-ỹ])",
    re.I,
)


# round 25: a sentence after the approval that goes on to the work of carrying it out, its subject the body the
# approval answers ("Thống nhất với đề xuất của Bộ X … . Trong quá trình thực hiện, tiếp tục rà soát, cân đối, bố trí
# thêm …"), past an opener of when or on what basis; a rule for what may go wrong ("Trong quá trình thực hiện, nếu
# có vướng mắc, …") is no such work; a full stop before a capital parts the sentences (round 71's `_REMIT_ONLY` check
# reads it too: a remit of one sentence)
_FULL_STOP_BREAK = re.compile(cap(r"(?<=[.])\s+(?=[A-ZĐÀ-Ỹ])"))
# what opens a sentence without doing anything: a condition, a preposition, an auxiliary ("Về lâu dài, …", "Trong năm
# 2026, …", "Đã có …")
_IF_CLAUSE = re.compile(
    r"(?:nếu|khi|trường\s+hợp|về|theo|trong|để|nhằm|với|tại|đối\s+với|từ|đến|do|trước|sau\s+khi|là|gồm|bao\s+gồm"
    r"|được|đã|đang|sẽ|cần|phải|của)(?![\wÀ-ỹ])",
    re.I,
)
_WORK_OPENER = re.compile(
    r"^(?:(?:Trong\s+quá\s+trình|Trên\s+cơ\s+sở|Sau\s+khi|Căn\s+cứ)[^,.;:]{0,80}|Đồng\s+thời|Tiếp\s+theo)\s*,\s*",
    re.I,
)


def _goes_on_with_work(text: str) -> bool:
    for sentence in _FULL_STOP_BREAK.split(text.strip())[1:]:
        rest = _WORK_OPENER.sub("", sentence, count=1)
        if not _IF_CLAUSE.match(rest) and starts_with_action(rest):
            return True
    return False


# round 55: what a decision, resolution or regulation does by being issued, said by its article's opening verb ("Điều 1.
# Cho phép hợp nhất A, B thành C.", "Điều 2. Chỉ định ông A giữ chức …", "Thành lập Tổ công tác …", "Bổ nhiệm …",
# "Giải thể …", "Công nhận …", "Thu hồi …"): the issuer permits, appoints, establishes, and by that the act is done. In
# an article (`_ARTICLE`) only: the same verbs open work a body is given in a plan ("- Thành lập Đoàn kiểm tra …",
# "Phê duyệt kế hoạch giám sát …") or in an article's clause under a request ("Điều 2. … yêu cầu Chính phủ … sau đây:"
# over "3. Phê duyệt Đề án …")
_ISSUERS_VERB = (
    r"(?:Cho\s+phép|Phê\s+duyệt|Thông\s+qua|Công\s+nhận|Thành\s+lập|Kiện\s+toàn|Giải\s+thể|Hợp\s+nhất|Sáp\s+nhập"
    r"|Chia\s+tách|Bổ\s+nhiệm(?:\s+lại)?|Chỉ\s+định|Miễn\s+nhiệm|Cách\s+chức|Điều\s+động|Tặng|Khen\s+thưởng"
    r"|Kỷ\s+luật|Ban\s+hành|Bãi\s+bỏ|Hủy\s+bỏ|Thu\s+hồi|(?:Tạm\s+)?[Đđ]ình\s+chỉ|Công\s+bố|Đổi\s+tên|Đặt\s+tên|Quyết\s+định"
    r"|Cử(?=\s+(?:các\s+)?(?:ông|bà|đồng\s+chí)(?![\wÀ-ỹ])))(?![\wÀ-ỹ])"
)
_ISSUERS_ACT = re.compile(rf"^{_ISSUERS_VERB}", re.I)


# round 55: a charge anywhere in the item ("…; Tổ xung kích có trách nhiệm trực ban …", "… có nhiệm vụ …"), whether or
# not the owners know the body charged
_CHARGED = re.compile(
    r"(?<![\wÀ-ỹ])(?:có\s+(?:trách\s+nhiệm|nhiệm\s+vụ)|chịu\s+trách\s+nhiệm)(?![\wÀ-ỹ])", re.I
)


def _in_principle(text: str, article: bool = False) -> bool:
    """An approval in principle ("Thống nhất chủ trương …"), or in an article the issuer's own act (round 55), that
    hands no work: none given ("…; giao Sở X …"), none in a later sentence, and (round 55) no later clause in which a
    body acts or is charged ("Thành lập Tổ công tác …; Tổ công tác có nhiệm vụ rà soát …")."""
    t = text.strip()
    if not (_APPROVES.match(t) or article and _ISSUERS_ACT.match(t)):
        return False
    if GIVES.search(t) or _goes_on_with_work(t):
        return False
    return not any(
        _acts(rest) or assigns_work(rest) or _CHARGED.search(rest)
        for rest in (t[c.end() :] for c in _CLAUSE_OPENING.finditer(t))
    )


# round 17: a conclusion's appraisal ("a) Đánh giá cao nỗ lực của Chủ đầu tư …", "Ghi nhận, biểu dương và đánh giá
# cao …", "Hoan nghênh …") praises what was done; it gives work only where it goes on to hand it to someone
_APPRAISAL = re.compile(
    r"^(?:(?:Ghi\s+nhận|Biểu\s+dương)\s*(?:,|và)\s*)*(?:Đánh\s+giá\s+cao|Hoan\s+nghênh)(?![\wÀ-ỹ])", re.I
)


def _appraisal(text: str) -> bool:
    return bool(_APPRAISAL.match(text.strip())) and not GIVES.search(text)


# round 25: how a thing is built, in the passive with no maker ("Bản tin … được kết cấu theo hướng vừa …, vừa …",
# "Phần mềm được thiết kế theo hướng mở"): "theo hướng" gives the orientation of its design, a description of the
# thing as a requirement on it is ("theo hướng dẫn …" is a rule followed, not an orientation)
_BUILT_TOWARDS = re.compile(
    r"^([^,;:.]{3,80}?)\s+được\s+(?:[^\s,;:.]+\s+){1,2}?theo\s+hướng(?!\s+dẫn)(?![\wÀ-ỹ])", re.I
)


# round 52: an act named as a thing ("Việc xây dựng phần mềm phải xuất phát từ yêu cầu thực tiễn …", "Việc tổ chức hội
# nghị phải bảo đảm …"): whatever it must be or do is required of the act, how it is to be done; no body is its subject
_ACT_REQUIRED = re.compile(r"^(Việc\s[^;:.]{3,120}?)\s+(?:cần|phải|bắt\s+buộc\s+phải)\s+(?=\S)", re.I)


def _requirement(text: str) -> bool:
    m = (
        _REQUIRED.match(text.strip())
        or _BUILT_TOWARDS.match(text.strip())
        or _ACT_REQUIRED.match(text.strip())
    )
    if not m or GIVES.search(text):
        return False
    timing = find_deadline(text)
    if timing.date or timing.recurrence:
        return False  # "Hồ sơ … phải bảo đảm …; hoàn thành và gửi Sở X trước ngày …": timed work after all
    subject = m.group(1)
    if _RECORDS.search(text[m.end(1) :]) and any(
        starts_with_action(_THEN_ALSO.sub("", c)) for c in _NEXT_CLAUSE.split(text.strip())[1:]
    ):
        return False  # round 67: "Văn bản … phải thể hiện …; … . Đồng thời, hướng dẫn Nhà đầu tư …": work follows
    return not scan_agency_phrase(subject, 0) and not starts_with_action(subject) and not subject_owners(text)


_RECORDS = re.compile(
    r"^\s+(?:cần|phải|bắt\s+buộc\s+phải)\s+(?:được\s+)?(?:ghi\s+rõ|ghi\s+đầy\s+đủ|thể\s+hiện|nêu\s+rõ|gửi|chuyển|nộp)"
    r"(?![\wÀ-ỹ])",
    re.I,
)
_NEXT_CLAUSE = re.compile(r"[;.]\s+")
_THEN_ALSO = re.compile(r"^(?:Đồng\s+thời|Ngoài\s+ra|Sau\s+đó)\s*,?\s*", re.I)


# round 51: a line that only says what a body is in the work, a partner ("Là đơn vị đồng phối hợp tổ chức chương
# trình.", "Là cơ quan phối hợp."): the copula and a partner's role, one clause; a body that is the standing office,
# the focal point or the lead ("Là cơ quan thường trực, chủ trì tham mưu …") is charged with work and stays a task
_PARTNER_ROLE = re.compile(
    r"^Là\s+(?:một\s+)?(?:cơ\s+quan|đơn\s+vị|tổ\s+chức)\s+(?:đồng\s+)?(?:phối\s+hợp|tham\s+gia|tổ\s+chức)"
    r"(?![\wÀ-ỹ])(?![^;]*(?:chủ\s+trì|thường\s+trực|đầu\s+mối))[^;:]*$",
    re.I,
)
# round 71 (set 49): one sentence that only says which body is the focal point of the state's management of a matter
# ("Phòng Kinh tế … cấp xã là đơn vị đầu mối trực tiếp giúp Ủy ban nhân dân cấp xã quản lý nhà nước về cụm công nghiệp
# trên địa bàn theo phân cấp của Ủy ban nhân dân tỉnh."): its remit, a role with no duty; one that goes on with work
# ("…; chủ trì xây dựng …", "… có nhiệm vụ làm đầu mối và phối hợp …") stays a task
_REMIT_ONLY = re.compile(
    r"^[^;:.]{3,160}?\s+là\s+(?:cơ\s+quan|đơn\s+vị)\s+(?:đầu\s+mối|chuyên\s+môn)(?:\s+trực\s+tiếp)?"
    r"(?:\s+(?:giúp|tham\s+mưu(?:\s+(?:cho|giúp))?)\s+[^;:.,]{3,80}?)?\s+(?:thực\s+hiện\s+(?:chức\s+năng\s+)?)?"
    r"quản\s+lý\s+nhà\s+nước\s+(?:về|đối\s+với)\s[^;:]*?\.?$",
    re.I,
)
# a theme or slogan ("1. Chủ đề" over "“Dòng chảy …”") names the event, it gives no work
_INFO_HEADING = re.compile(r"(?:Địa\s+điểm|Thành\s+phần|Chủ\s+đề|Khẩu\s+hiệu|Thông\s+điệp)(?![\wÀ-ỹ])", re.I)
# a caveat ("+ Lưu ý: Không xem xét đơn nặc danh …") qualifies the work around it
_CAVEAT = re.compile(r"^(?:Lưu\s+ý|Chú\s+ý)\s*:", re.I)
_QUOTED = re.compile(r"^[“\"][^“”\"]+[”\"]\s*[.;]?$")
# round 39 (set 37): a disclaimer, an act as subject saying whose responsibility it leaves in place ("Việc kiểm tra
# của Đoàn kiểm tra … Do đó không thay thế, không làm giảm trách nhiệm của Chủ đầu tư …", "Việc thẩm định không
# miễn trừ trách nhiệm …"): it says what an act does not do, and gives no work
_DISCLAIMER = re.compile(
    r"^Việc\s[^;]{0,400}?(?<![\wÀ-ỹ])không\s+(?:thay\s+thế|làm\s+giảm|miễn\s+trừ|loại\s+trừ|thay\s+cho)"
    r"(?:\s*(?:,|và|hoặc)\s*không\s+[^\s,]+(?:\s+[^\s,]+)?)*\s+(?:cho\s+)?trách\s+nhiệm(?![\wÀ-ỹ])",
    re.I,
)
# A line that only says when ("Đợt 1: Từ 13h30 ngày 02/6/2026 (Thứ Ba).", "Buổi sáng: 8h00 ngày 5/3"): its
# words, once the label and every time word are gone, are nothing
_WHEN_LABEL = re.compile(r"^[^:;.]{1,30}:\s*")
_WHEN_WORDS = re.compile(
    r"(?<![\wÀ-ỹ])(?:từ|đến|ngày|lúc|vào|hồi|buổi|sáng|chiều|tối|thứ|hai|ba|tư|năm|sáu|bảy|chủ\s+nhật|tháng"
    r"|giờ|phút|h|\d+)(?![\wÀ-ỹ])|[\d/’'()\-–.,;:h]",
    re.I,
)


# What an event's own programme says it does ("Hội nghị thảo luận …", "Trường hợp … thì hội nghị biểu quyết
# …", "Theo quy định, Hội nghị … được thực hiện trong ngày …"): the meeting is the subject, no body is given work
_EVENT_SUBJECT = re.compile(
    r"^(?:(?:Theo|Sau|Tiếp\s+theo|Trước|Trong|Tại)[^,;:.]{0,40},\s*|Trường\s+hợp[^.;:]{0,150}?\s+thì\s+)?"
    r"(?:[Hh]ội\s+nghị|[Đđ]ại\s+hội|[Pp]hiên\s+họp|[Cc]uộc\s+họp|[Kk]ỳ\s+họp|[Bb]uổi\s+làm\s+việc)(?![\wÀ-ỹ])"
    r"(?:\s+(?:cử|bầu|thảo\s+luận|thông\s+qua|bàn|nghe|biểu\s+quyết|quyết\s+định|xem\s+xét|tiến\s+hành"
    r"|khai\s+mạc|bế\s+mạc|kết\s+thúc|lập)(?![\wÀ-ỹ])"
    r"|[^.;:]{0,200}?\s(?:được\s+(?:tổ\s+chức|thực\s+hiện|tiến\s+hành)|diễn\s+ra)(?![\wÀ-ỹ]))"
)
# A request to carry out the plan as a whole ("… yêu cầu các đồng chí … triển khai, thực hiện nghiêm túc kế
# hoạch này") gives no work of its own
WHOLE_PLAN = re.compile(
    r"(?:yêu\s+cầu|đề\s+nghị)\s[^.;]{0,160}?\s(?:tổ\s+chức\s+)?(?:triển\s+khai|thực\s+hiện)(?:\s*,?\s*thực\s+hiện)?"
    r"(?:\s+(?:nghiêm\s+túc|có\s+hiệu\s+quả|đầy\s+đủ))?\s+(?:[Kk]ế\s+hoạch|[Cc]hương\s+trình)\s+này\s*[./;]*\s*$"
    # round 19: the letter's last words, the request to carry it out with no object ("Yêu cầu Sở A, Sở B, các cơ quan,
    # đơn vị liên quan triển khai thực hiện./."): the letter as a whole, asked of its addressees; one that names a
    # body to lead or partner ("Đề nghị Sở X chủ trì, phối hợp … thực hiện./.") still assigns
    r"|^(?:[Yy]êu\s+cầu|[Đđ]ề\s+nghị)\s(?:(?!chủ\s+trì|phối\s+hợp)[^.;]){0,200}?\s(?:tổ\s+chức\s+)?"
    r"(?:triển\s+khai\s*,?\s*)?thực\s+hiện(?:\s+(?:nghiêm\s+túc|có\s+hiệu\s+quả|đầy\s+đủ))?\s*\./\.\s*$"
)


def asks_whole_plan(text: str) -> bool:
    """`WHOLE_PLAN.search(text)`, searched only in a text that ends either way it can ("… Kế hoạch này", "./."):
    its lazy gap is tried at every "yêu cầu"/"đề nghị" of every item otherwise."""
    return ("này" in text or "./." in text) and bool(WHOLE_PLAN.search(text))


# round 52: the same request or charge over the document as a whole with nothing to carry out but the document
# ("Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các Sở …, Chủ tịch UBND các xã … nghiêm túc thực hiện.", "Thủ trưởng các
# sở … chịu trách nhiệm triển khai thực hiện …"), then only the standing rule for what goes wrong ("Trong quá trình
# thực hiện nếu có khó khăn, vướng mắc … kịp thời báo cáo …", `GENERAL_RULE`): the document's closing request, numbered
# or not, gives no work of its own. Round 57 (round 54's convention, the shared hanoi-310 V.4-1 and hcm-172 IV.3): a
# charge that gives named bodies the duty ("có trách nhiệm") to carry the document out ("Thủ trưởng các Sở …; Chủ tịch
# UBND cấp xã căn cứ chức năng, nhiệm vụ được giao, có trách nhiệm triển khai thực hiện và tăng cường phối hợp …") is
# their task; answering for it ("chịu trách nhiệm", as `WHOLE_CHARGE`) and the sender's request stay general rules
_WHOLE_REQUEST = re.compile(
    r"^(?:[^.]{0,240}?\s)?(?:(?:[Yy]êu\s+cầu|[Đđ]ề\s+nghị)\s[^.;]{0,240}?|chịu\s+trách\s+nhiệm)\s+"
    r"(?:(?:nghiêm\s+túc|khẩn\s+trương|chủ\s+động)\s+)?(?:tổ\s+chức\s+)?(?:triển\s+khai\s*,?\s*)?thực\s+hiện"
    r"(?:\s+(?:các\s+nội\s+dung\s+(?:nêu\s+)?trên|(?:[Kk]ế\s+hoạch|[Vv]ăn\s+bản|[Cc]ông\s+văn|[Cc]hỉ\s+thị"
    r"|[Cc]hương\s+trình|[Tt]hông\s+báo)\s+này))?"
    r"(?:\s*(?:,|và)?\s*(?:nghiêm\s+túc|có\s+hiệu\s+quả|hiệu\s+quả|đầy\s+đủ|kịp\s+thời|đồng\s+bộ|theo\s+quy\s+định))*"
    r"(?:\s+và\s+tăng\s+cường\s+phối\s+hợp(?:\s+(?:bảo\s+đảm|đảm\s+bảo)\s+thực\s+hiện)?(?:\s*,?\s*(?:đồng\s+bộ|hiệu\s+quả|chặt\s+chẽ))*)?"
    r"\s*[.;]\s+(?P<rest>\S.*)$",
    re.S,
)


def asks_whole_document(text: str) -> bool:
    """Is the item the request to carry out the document as a whole, then only the rule for difficulties?"""
    m = _WHOLE_REQUEST.match(text.strip()) if "thực" in text else None  # "… thực hiện": in each of its forms
    if m is None:
        return False
    rest = m.group("rest")
    return bool(GENERAL_RULE.match(rest[:1].upper() + rest[1:]))


# "Thủ trưởng các sở …; Chủ tịch UBND các xã … chịu trách nhiệm tổ chức triển khai thực hiện nghiêm túc các nội
# dung nêu trên; …": the heads answer for the document as a whole, which gives no work of its own (round 57: the duty
# to carry it out, "… có trách nhiệm tổ chức triển khai thực hiện Kế hoạch này", is a charge and a task, as in
# `_WHOLE_REQUEST`)
WHOLE_CHARGE = re.compile(
    r"^[^.]{0,240}?\schịu\s+trách\s+nhiệm\s+(?:tổ\s+chức\s+)?(?:triển\s+khai\s*,?\s*)?(?:thực\s+hiện\s+)?"
    r"(?:nghiêm\s+túc\s+|đầy\s+đủ\s+|có\s+hiệu\s+quả\s+)?(?:các\s+nội\s+dung\s+(?:nêu\s+trên|trên)"
    r"|(?:các\s+nội\s+dung\s+(?:của\s+)?)?(?:[Kk]ế\s+hoạch|[Cc]ông\s+văn|[Vv]ăn\s+bản|[Cc]hỉ\s+thị|[Cc]hương\s+trình)\s+này)"
    r"(?![\wÀ-ỹ])"
)
# "Thực hiện các nhiệm vụ khác do … giao / theo yêu cầu của …", "Thực hiện nhiệm vụ theo phân công tại mục II Kế
# hoạch này": a catch-all or a pointer to duties given elsewhere, no work of its own
_CATCH_ALL_DUTY = re.compile(
    r"^(?:Thực\s+hiện|Làm|Hoàn\s+thành)\s+(?:các\s+|những\s+)?(?:nhiệm\s+vụ|công\s+việc)\s+"
    r"(?:khác(?![\wÀ-ỹ])|(?:được\s+)?(?:giao\s+)?(?:theo\s+)?(?:sự\s+)?phân\s+công\s+(?:tại|ở)\s)"
    # round 53 (set 41): the whole sentence is to do whatever one is handed, when one is handed it ("Các thành viên
    # khác trong tiểu ban căn cứ vào chức năng, nhiệm vụ, chủ động phối hợp với … triển khai, thực hiện các nhiệm vụ
    # có liên quan khi được Trưởng ban, Phó Trưởng ban phân công."): no work named, only the rule for later work
    r"|^[^.;]{0,240}?(?<![\wÀ-ỹ])(?:thực\s+hiện|làm)\s+(?:các\s+|những\s+)?(?:nhiệm\s+vụ|công\s+việc)"
    r"(?:\s+(?:có\s+liên\s+quan|liên\s+quan|khác))*\s+khi\s+được\s+[^.;]{0,100}?(?:phân\s+công|giao)\s*[./]*\s*$",
    re.I,
)
# round 57 (round 54's convention, the shared hcm-172 IV.2): a clause whose subject is only to do the tasks given to
# it elsewhere ("Các chuyên viên khác thực hiện các nhiệm vụ được Ban Thường trực phân công", "các chuyên viên … được
# phân công phụ trách thực hiện các nhiệm vụ theo Kế hoạch"): a catch-all, whoever its subject, as `_CATCH_ALL_DUTY`
# reads one without a subject
_GIVEN_TASKS = re.compile(
    r"(?:(?:có\s+trách\s+nhiệm|được\s+phân\s+công(?:\s+phụ\s+trách)?)\s+)?(?:thực\s+hiện|hoàn\s+thành|làm)\s+"
    r"(?:tốt\s+)?(?:các\s+|những\s+)?(?:nhiệm\s+vụ|công\s+việc)(?:\s+khác)?\s+"
    r"(?:(?:được|do)\s+(?:[^.;,]{1,60}?\s)?(?:giao|phân\s+công)|theo\s+(?:sự\s+)?(?:phân\s+công|yêu\s+cầu|[Kk]ế\s+hoạch))"
    r"[^.;,]{0,60}?\s*[.;]?\s*$",
    re.I,
)


# round 71 (set 49): bodies named only to act within their remit, with nothing to act on ("Các sở, ban, ngành có liên
# quan, Ủy ban nhân dân cấp xã thực hiện nhiệm vụ theo chức năng được Ủy ban nhân dân tỉnh giao.", "Các sở, ngành, …
# có trách nhiệm phối hợp theo chức năng, nhiệm vụ của đơn vị mình."): a catch-all, as round 57's, no work named; a
# collective with an object ("… phối hợp xây dựng phương án …") is a task (round 54)
_BY_REMIT = re.compile(
    r"^[^.;:]{0,200}?\s(?:có\s+trách\s+nhiệm\s+|chủ\s+động\s+)?(?:thực\s+hiện\s+(?:các\s+)?nhiệm\s+vụ"
    r"|phối\s+hợp(?:\s+thực\s+hiện)?)\s+theo\s+(?:đúng\s+)?chức\s+năng(?:\s*,\s*nhiệm\s+vụ)?(?:\s*,\s*quyền\s+hạn)?"
    r"(?:\s+(?:được\s+(?:[^.;,]{1,60}?\s)?giao|của\s+(?:đơn\s+vị|cơ\s+quan|ngành|địa\s+phương)\s+mình))?\s*[.;]?$",
    re.I,
)


def does_given_tasks(clause: str) -> bool:
    """Is the clause a body named first that is only to do the tasks given it (round 57)?"""
    t = clause.strip()
    found = scan_agency_phrase(t, 0)
    return found is not None and bool(_GIVEN_TASKS.match(t[found[1] :].lstrip()))


def rule_clause(text: str) -> bool:
    """round 57: is a piece cut from an item's text (a clause after ";", a later sentence with its own subject) no
    duty: the tasks given elsewhere (`does_given_tasks`), a standing rule (`GENERAL_RULE`), or what its body answers
    for (the accuracy of its figures, `_answers_for_content`)?"""
    t = text.strip()
    return does_given_tasks(t) or bool(GENERAL_RULE.match(t)) or _answers_for_content(t)


# round 19: what gives no work of its own, kept whole with the heading it is the body of: the tasks are set out in
# the appendix ("1. Các nhiệm vụ cần làm ngay trong năm 2026" over "Các nhiệm vụ … được xác định tại Phụ lục 2 kèm
# theo Chương trình; tổ chức thực hiện theo tiến độ … đề ra đối với từng nhiệm vụ"). Round 57 (round 54's convention):
# a body's share of the whole plan, to work with whoever leads ("8. Các sở, ban, ngành …" over "Phối hợp chặt chẽ với
# các cơ quan chủ trì trong tổ chức thực hiện Kế hoạch này."), is a charge to carry the plan out, a task, as the shared
# hanoi-310 V.4-1 reads "Phối hợp với Ban Quản lý … tổ chức thực hiện kế hoạch …"
_NO_OWN_WORK = re.compile(
    r"^(?:Các\s+|Những\s+)?nhiệm\s+vụ\b[^.;]{0,120}?\bđược\s+(?:xác\s+định|nêu|liệt\s+kê|quy\s+định)"
    r"(?:\s+(?:cụ\s+thể|chi\s+tiết))?\s+(?:tại|trong|ở)\s+(?:các\s+)?(?:biểu\s+)?Phụ\s+lục",
    re.I,
)
# "Việc triển khai Kế hoạch này phải được thực hiện bằng nhiều hình thức …": how the plan as a whole is to be
# carried out, its subject the carrying out, no body named
_HOW_PLAN = re.compile(
    r"^Việc\s+(?:tổ\s+chức\s+)?(?:triển\s+khai|thực\s+hiện)(?:\s*,?\s*thực\s+hiện)?\s+(?:các\s+nội\s+dung\s+(?:của\s+)?)?"
    r"(?:Kế\s+hoạch|Chương\s+trình|Đề\s+án|Quyết\s+định|Chỉ\s+thị)\s+này\s+(?:phải|cần)(?![\wÀ-ỹ])",
    re.I,
)
# "Nội dung kiểm tra phù hợp với nội dung quy định tại …": what a thing is to conform to, no actor
_CONFORMS = re.compile(
    r"^(?:Nội\s+dung|Hình\s+thức|Phương\s+pháp|Phương\s+thức|Quy\s+trình|Trình\s+tự|Thủ\s+tục)(?![\wÀ-ỹ])"
    r"[^,;:.]{0,60}?\s(?:phù\s+hợp\s+với|tuân\s+thủ|theo\s+quy\s+định\s+tại|(?:được\s+)?thực\s+hiện\s+theo)"
    r"(?![\wÀ-ỹ])"
)
# round 69 (set 47): one sentence whose subject is a list of the matter's facets (its form, principles, contents,
# time, file) and whose only predicate points to the rule that sets them ("Hình thức, nguyên tắc vận động; nội dung …
# được thực hiện theo các quy định tại Chương VI của Luật …", "Hồ sơ đề nghị … thực hiện theo quy định tại Quy chế …",
# "Nội dung, hình thức, thời gian tuyên truyền theo Hướng dẫn số …"): a pointer to a norm, no actor, no work
_FACETS_BY_RULE = re.compile(
    r"^(?:Nội\s+dung|Hình\s+thức|Phương\s+pháp|Phương\s+thức|Quy\s+trình|Trình\s+tự|Thủ\s+tục|Hồ\s+sơ|Nguyên\s+tắc"
    r"|Thời\s+gian|Tiêu\s+chuẩn|Điều\s+kiện|Cách\s+thức)(?![\wÀ-ỹ])[^.:]{0,250}?\s(?:(?:được\s+)?thực\s+hiện\s+)?theo\s+"
    r"(?:các\s+)?(?:quy\s+định|Hướng\s+dẫn|Quy\s+chế)(?![\wÀ-ỹ])[^.]*\.?\s*$",
    re.I,
)
# round 69 (set 47): a sentence whose subject is the time of an activity and whose predicate is the window it runs in
# ("Thời gian tổ chức các hội nghị … được tiến hành từ ngày … và kết thúc trước …", "Thời gian vận động diễn ra từ …"):
# the period during which something is allowed or held, no body given work
_WINDOW = re.compile(
    r"^Thời\s+gian\s[^.:;]{0,200}?\s(?:được\s+|sẽ\s+)?(?:tiến\s+hành|diễn\s+ra|kéo\s+dài|bắt\s+đầu)\s+"
    r"(?:kể\s+)?từ(?![\wÀ-ỹ])",
    re.I,
)
_ROLE_LINE = re.compile(cap(r"^([A-ZĐÀ-Ỹ][^:;.]{2,40}?)\s*:\s*(\S.*?)\s*[.;]?$"), re.S)


@lru_cache(maxsize=8192)  # pure
def only_when(text: str) -> bool:
    """Does the item only say when something takes place (a date or an hour, no work)?"""
    rest = _WHEN_LABEL.sub("", text.strip(), count=1)
    if not re.search(r"\d{1,2}\s*[/h]", rest):
        return False
    return not _WHEN_WORDS.sub(" ", rest).strip()


# round 42: a heading that names the rules on something ("Quy định về hình thức biểu quyết …"), and a lead-in that
# cites the provision setting them ("Căn cứ điểm e khoản 2 Điều 6 Nghị quyết số …:")
_RULES_HEADING = re.compile(r"^(?:Các\s+)?[Qq]uy\s+định\s+(?:về|chung)(?![\wÀ-ỹ])")
_CITED_PROVISION_LEAD_IN = re.compile(
    r"^(?:Căn\s+cứ|Theo(?:\s+quy\s+định\s+tại)?)\s+(?:(?:điểm\s+\S+|khoản\s+\d+|Điều\s+\d+)[\s,]*)+[^:]*:\s*$",
    re.I,
)
# round 44: a prohibition ("Nghiêm cấm mọi hình thức can thiệp …", "Tuyệt đối không …") and a rule of which text
# applies ("Khi các tiêu chuẩn … được sửa đổi, bổ sung thì được áp dụng theo quy định tại các văn bản sửa đổi …"):
# standing rules, no work of anyone's
_PROHIBITION = re.compile(r"^(?:Nghiêm\s+cấm|Cấm|Tuyệt\s+đối\s+không|Không\s+được)(?![\wÀ-ỹ])", re.I)
_RULE_APPLIES = re.compile(
    r"^(?:Khi|Nếu|Trường\s+hợp)(?![\wÀ-ỹ])[^.;]{0,300}?\sthì\s+(?:(?:sẽ\s+)?được\s+)?"
    r"(?:áp\s+dụng|thực\s+hiện|xử\s+lý|giải\s+quyết)\s+theo\s+(?:quy\s+định|các\s+văn\s+bản|văn\s+bản)",
    re.I,
)


def _standing_rule(text: str) -> bool:
    """round 44: a prohibition, or a case with the rule that then applies ("Khi … thì được áp dụng theo quy định …"),
    that gives no body work. `GENERAL_RULE`'s last branch is the narrower round-27 case of the same shape (items a
    table leaves out "thì được thực hiện theo …"), kept there because it also reads items that do not open with
    "Khi"/"Nếu"."""
    t = text.strip()
    return (
        bool(_PROHIBITION.match(t) or _RULE_APPLIES.match(t)) and not GIVES.search(t) and not assigns_work(t)
    )


# round 44: a contact point ("- Tiếp nhận, giải quyết vướng mắc của các bộ: Ông Nguyễn Văn A, Vụ X; số điện thoại:
# 0912…; email: …"): a person named with a telephone number or an e-mail address, whom to ask, not work
_PERSON = re.compile(
    cap(r"(?<![\wÀ-ỹ])(?:[Ôô]ng|[Bb]à|[Đđ]ồng\s+chí|[Đđ]/[Cc])\s+[A-ZĐÀ-Ỹ][\wÀ-ỹ]*\s+[A-ZĐÀ-Ỹ]")
)
_REACH = re.compile(
    r"(?<![\wÀ-ỹ])(?:(?:số\s+)?điện\s+thoại|ĐT|SĐT|di\s+động)\s*:?\s*\(?\+?\d[\d .()-]{6,}"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+",
    re.I,
)


# what any way of reaching someone in `_REACH` holds: an e-mail's "@" or a run of seven digits and signs
_REACH_SIGN = re.compile(r"@|\d[\d .()-]{6}")


def _contact_point(text: str) -> bool:
    return bool(_REACH_SIGN.search(text) and _PERSON.search(text) and _REACH.search(text))


# round 44: an item that approves or recognises what its points list ("Điều 1. Phê duyệt danh sách … cụ thể như
# sau:", "Công nhận các xã sau:", "Thông qua danh mục gồm:"): a point that is only a name ("1. Danh sách 01 tuyến …
# (Có phụ lục kèm theo).") is a thing approved, no work of anyone's
# round 55: the lead-in is one sentence however many submissions it cites on the way ("Điều 1. Thông qua 02 Chính sách
# của Luật … theo đề xuất của Bộ X tại các Tờ trình số …, số … và số …, cụ thể như sau:" over "- Chính sách 1: …"; 363
# characters, past round 44's 250); an article whose own act announces what it acts on ("Điều 1. Bãi bỏ các văn bản
# sau đây:" over "1. Chỉ thị số 05/2018/CT-UBND …;", "Điều 2. Thu hồi các giấy phép sau:") lists those things, no
# work (`_ISSUERS_ACT`; the people it names are `parser._rosters`')
_LEAD_IN_END = r"[^.;]{0,600}?(?:như\s+sau|sau\s+đây|sau|gồm(?:\s+có)?|bao\s+gồm)\s*:\s*$"
_APPROVAL_LEAD_IN = re.compile(rf"^(?:Phê\s+duyệt|Công\s+nhận|Thông\s+qua)(?![\wÀ-ỹ]){_LEAD_IN_END}", re.I)
_ACT_LEAD_IN = re.compile(rf"^{_ISSUERS_VERB}{_LEAD_IN_END}", re.I)


def _approved_point(item: PlanItem, under: PlanItem | None) -> bool:
    """Is the item a bare name (no verb of work first, no body, no work given) under a lead-in that approves, or
    under an article whose own act announces a list (round 55)?"""
    if under is None or item.children or item.heading or item.marker == "paragraph":
        return False
    lead_in = (under.heading or under.text).strip()
    if not (
        _APPROVAL_LEAD_IN.match(lead_in)
        or under.marker == "article"
        and _ACT_LEAD_IN.match(lead_in)
        and not (GIVES.search(lead_in) or assigns_work(lead_in))
    ):
        return False
    t = item.text.strip()
    return not (starts_with_action(t) or scan_agency_phrase(t, 0) or GIVES.search(t) or assigns_work(t))


# round 44: a sub-heading that only names a field of the work ("b) Đối tượng, số lượng mẫu điều tra:", "2. Phạm vi
# áp dụng", "Địa bàn triển khai"): what its points say is whom it concerns, how many, where ("+ Lãnh đạo cấp sở:
# Khảo sát tất cả …"), the values of that field, not work of their own
_FIELD_WORD = r"(?:đối\s+tượng|số\s+lượng|phạm\s+vi|địa\s+bàn|quy\s+mô)"
_FIELD_HEADING = re.compile(
    rf"^{_FIELD_WORD}(?:\s*(?:,|và)\s*{_FIELD_WORD})*(?:\s+[^\s:;.,]+){{0,6}}\s*:?\s*$",
    re.I,
)


def days_window(text: str) -> bool:
    """round 42: does the item give a window of days ("Đợt 1: Từ ngày 05/12/2025 đến ngày 20/02/2026:")? A phase
    of work, not a session: what is listed under it is done within it, not the particulars of one sitting."""
    if len(_FULL_DAY.findall(text)) < 2:
        return False
    found = find_deadline(text)
    return bool(found.period and found.period[0] < found.period[1] and found.period[1] == found.date)


_FULL_DAY = re.compile(
    r"(?<![\d/])\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}(?!\d)|ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}", re.I
)


# round 67: what those who attend do at the meeting ("Tại hội nghị cử tri nơi cư trú, cử tri đối chiếu với tiêu chuẩn
# … để nhận xét …"): the sentence sets itself at the meeting and its subject is no body; a body there ("Tại hội nghị,
# Ban Thường trực báo cáo …"), an action ("Tại hội nghị, tổ chức ký kết …") or work handed out is work
_AT_MEETING = re.compile(rf"^Tại\s+(?:các\s+)?{MEETING}[^,;:.]{{0,80}},\s*(?P<rest>\S.*)$", re.I | re.S)


def _at_meeting(text: str) -> bool:
    m = _AT_MEETING.match(text.strip())
    if not m:
        return False
    rest = m.group("rest")
    return not (scan_agency_phrase(rest, 0) or starts_with_action(rest) or GIVES.search(text) or _acts(rest))


def event_programme(text: str) -> bool:
    """Is the item a step of an event's own programme, the meeting its subject and no body named to act?"""
    if _at_meeting(text):
        return True
    if not _EVENT_SUBJECT.match(text.strip()):
        return False
    return not (GIVES.search(text) or re.search(cap(r"(?<![\wÀ-ỹ])do\s+(?:[A-ZĐÀ-Ỹ]|các\s)"), text))


def _role_line(text: str) -> bool:
    """ "Cơ quan chỉ đạo: Ủy ban nhân dân tỉnh.", "Đơn vị chủ trì thực hiện: Sở X." standing alone: a line
    that only says which bodies hold a role in the whole plan, with no work of its own."""
    m = _ROLE_LINE.match(text.strip())
    if not m or _acts(m.group(1)):
        return False
    return bool(heading_agencies(m.group(2)))


# the team a "how it inspects" section describes: how it works is part of that description
_CHECK_TEAM = re.compile(
    r"^(?:Các\s+)?(?:Đoàn|Tổ)\s+(?:công\s+tác\s+)?(?:kiểm\s+tra|giám\s+sát|thanh\s+tra)", re.I
)


def _organises_checks(text: str) -> bool:
    """Under "HÌNH THỨC / PHƯƠNG PHÁP KIỂM TRA, GIÁM SÁT" the forms of a check are described, not given ("Kiểm
    tra trực tuyến: …", "Thông qua kết luận kiểm tra."); an item whose subject is a body doing something ("Ban
    Thường trực … chủ trì tổ chức đoàn kiểm tra …") still gives that body work. A role line ("Trưởng đoàn: …")
    and the team's own way of working ("Đoàn kiểm tra làm việc … bằng hình thức trực tiếp") do not."""
    t = text.strip()
    if _SETS_UP_CHECKS.match(t):
        return True
    return _acts(t) and not re.match(r"^[^:;.]{2,30}:\s", t) and not _CHECK_TEAM.match(t)


# round 52: sending people to the checks, after a short label or none ("Phối hợp kiểm tra, giám sát: Cử đại diện lãnh
# đạo Ban Thường trực tham gia các Đoàn kiểm tra …", "Cử đại diện tham gia phối hợp kiểm tra, giám sát …"): the body
# of the plan staffs the checks, work of its own; how a check is done ("Kiểm tra trực tuyến: …", "Tham dự các cuộc
# họp …") stays the form described
_SETS_UP_CHECKS = re.compile(
    r"^(?:[^:;.]{2,40}:\s*)?Cử\s+(?:đại\s+diện|cán\s+bộ|thành\s+viên|lãnh\s+đạo|người|đồng\s+chí)(?![\wÀ-ỹ])"
)


_JUDGED = re.compile(r"^(?:Đối\s+với|Trường\s+hợp|Nếu)(?![\wÀ-ỹ])", re.I)
# the award itself is what a body's act is about ("… xem xét tặng Bằng khen …", "… quy định số lượng khen thưởng
# theo thẩm quyền"): granting or sizing the awards is what the section describes, not work it hands out
_AWARD_ACT = re.compile(
    r"^\s*(?:\S+\s+){0,4}?(?:khen\s+thưởng|tặng|[Bb]ằng\s+khen|[Gg]iấy\s+khen)(?![\wÀ-ỹ])"
)
_LEAD_LABEL = re.compile(r"^[^:;.]{2,160}?:\s+(?=\S)")


def _award_work(text: str) -> bool:
    """Under a heading about the awards (their numbers, files, procedure), an item is work when, after its
    label, a body does something other than grant or size the awards ("Khen thưởng cấp Nhà nước: Sở X phối hợp
    … báo cáo …"), or when it sets the date something is due ("Thời gian trình: Hồ sơ … gửi về Sở X trước ngày
    31/3/2026"). A quota ("Ban A: Không quá 05 cá nhân"), a file list or a rule followed is not."""
    t = text.strip()
    label = _LEAD_LABEL.match(t)
    rest = t[label.end() :] if label else t
    found = scan_agency_phrase(rest)
    if found and _acts(rest) and not _AWARD_ACT.match(rest[found[1] :]):
        return True
    return bool(find_deadline(t).date)


def _bare_name(text: str) -> bool:
    """Is the item nothing but the name of bodies, with no verb after it?"""
    t = text.strip().rstrip(" .;")
    found = scan_agency_phrase(t, 0) if t else None
    # round 51: a name may end in an abbreviated place the scan stops before ("… Đại học Quốc gia TP.HCM")
    if found is not None and _CONCERNED.search(found[0]) and _CONCERNED_MATTER.fullmatch(t, found[1]):
        return True  # round 67: "Các cơ quan, tổ chức, cá nhân có liên quan đến công tác bầu cử trên địa bàn xã."
    return found is not None and (found[1] >= len(t) or bool(_ABBREVIATED_TAIL.fullmatch(t, found[1])))


_ABBREVIATED_TAIL = re.compile(r"\.[A-ZĐ]{2,}")
# a name that ends "(có) liên quan" may say to what, a matter named by a noun ("… đến công tác bầu cử trên địa bàn
# xã"): still a name; "đến việc …", a clause with a verb of work, or a second clause is more than a name
_CONCERNED = re.compile(r"(?<![\wÀ-ỹ])liên\s+quan\s*$", re.I)
_CONCERNED_MATTER = re.compile(
    r"\s+(?:đến|tới)\s+(?!việc\s)(?:công\s+tác|hoạt\s+động|lĩnh\s+vực)\s[^,;:.()]{1,80}", re.I
)


# round 25: a list announced as the aspects, reasons or causes of something ("… có ý nghĩa hết sức quan trọng, … với
# các khía cạnh:", "… vì những lý do sau:", "… do các nguyên nhân chủ yếu sau:") explains it; its points, however
# they are marked ("Thứ nhất, …", "Thứ hai, …", dashes), argue and give no work, unless a point hands work to a body
_EXPLAINS = re.compile(
    r"(?<![\wÀ-ỹ])(?:với|vì|do|bởi|từ|ở|gồm|có|là)\s+(?:các|những)\s+(?:khía\s+cạnh|lý\s+do|nguyên\s+nhân|ý\s+nghĩa)"
    r"(?:\s+(?:sau(?:\s+đây)?|như\s+sau|chính|cơ\s+bản|chủ\s+yếu))*\s*:\s*$",
    re.I,
)
# the ordinal words that open the points of an argument ("Thứ nhất, …", "Thứ hai: …")
_ORDINAL_POINT = re.compile(
    r"^Thứ\s+(?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)(?![\wÀ-ỹ])\s*[,:.]?\s*", re.I
)


# round 39 (set 37): a paragraph labelled as the grounds of what its item states ("Lý do: Vi phạm quy định …, cụ thể
# như sau:", "Nguyên nhân: …:") announces the list after it as reasons
_REASONS_LABEL = re.compile(r"^(?:Lý\s+do|Nguyên\s+nhân|Căn\s+cứ\s+đề\s+xuất)\s*:.*:\s*$", re.I | re.S)


def _list_lead_in(item: PlanItem, under: PlanItem | None) -> str:
    """The unnumbered paragraph of the parent that stands right before the run of items this one belongs to."""
    if under is None:
        return ""
    kids = under.children
    at = next((k for k, c in enumerate(kids) if c is item), None)
    if at is None:
        return ""
    for c in reversed(kids[:at]):
        if c.marker == "paragraph":
            return c.text
        if c.marker != item.marker:
            return ""
    return ""


# round 43: a list announced as conditions, criteria or cases ("… và thuộc một trong các trường hợp sau:", "Đối tượng
# … được lập theo thứ tự ưu tiên sau đây:", "Việc hỗ trợ … phải bảo đảm yêu cầu sau đây:", "… hội nghị cử tri phải
# đảm bảo số lượng như sau:"), or a heading that names who benefits ("1. Xác định đối tượng được hỗ trợ"): its points
# say what a person or a thing must be or have ("Là người có tên trong danh sách …", "Hộ gia đình … là người cao
# tuổi.", "Nhà ở bị hư hỏng nặng …", "Đối với thôn có dưới 100 cử tri: …"), no work of anyone's
_CONDITIONS_LEAD_IN = re.compile(
    r"(?<![\wÀ-ỹ])(?:(?:một\s+trong\s+)?(?:các|những)\s+(?:trường\s+hợp|điều\s+kiện|tiêu\s+chí|tiêu\s+chuẩn)"
    r"|thứ\s+tự\s+ưu\s+tiên"
    r"|(?:phải|cần)\s+(?:bảo\s+đảm|đảm\s+bảo|đáp\s+ứng)\s+(?:(?:các|những)\s+)?"
    r"(?:yêu\s+cầu|điều\s+kiện|tiêu\s+chuẩn|tiêu\s+chí|số\s+lượng))"
    r"(?:\s+[^\s:;.]+){0,3}?\s+(?:sau(?:\s+đây)?|như\s+sau)\s*:\s*$",
    re.I,
)
_BENEFICIARIES_HEADING = re.compile(
    r"(?:(?<![\wÀ-ỹ])đối\s+tượng\s+(?:được\s+(?:hỗ\s+trợ|hưởng|xét|cấp|miễn|giảm|vay|ưu\s+tiên)|hưởng|thụ\s+hưởng|áp\s+dụng)"
    # a heading that opens with the conditions or standards themselves ("2. Điều kiện được hỗ trợ", "b) Tiêu chuẩn
    # xét chọn:")
    r"|^(?:Các\s+)?(?:điều\s+kiện|tiêu\s+chuẩn))(?![\wÀ-ỹ])[^.;:]*:?\s*$",
    re.I,
)
# the words a condition opens with: being, having, a state or a case ("Là …", "Đang sinh sống …", "Chưa được …",
# "Đối với trường hợp …"), which _PREDICATE counts among the openings of work
_STATE_OPENING = re.compile(
    r"^(?:Là|Đang|Đã|Chưa|Có|Không|Được|Bị|Thuộc|Đối\s+với|Trường\s+hợp|Nếu|Khi)(?![\wÀ-ỹ])", re.I
)


def _condition_point(item: PlanItem, under: PlanItem | None) -> bool:
    """Is the item a point of a list its lead-in or heading announces as conditions, criteria, cases, a priority
    order or the people a plan benefits, with no work of its own (no body acting, no verb of work first)?"""
    if under is None or item.heading:
        return False
    announced = (
        _CONDITIONS_LEAD_IN.search(under.text.strip())
        or _CONDITIONS_LEAD_IN.search(under.heading.strip())
        or (item.marker != "paragraph" and _CONDITIONS_LEAD_IN.search(_list_lead_in(item, under).strip()))
        or (
            under.marker not in TOP
            and len((under.heading or under.text).split()) <= 12
            and _BENEFICIARIES_HEADING.search((under.heading or under.text).strip())
        )
    )
    if not announced:
        return False
    return _condition_text(item.text)


def _condition_text(text: str) -> bool:
    """A condition's wording: no work given, no body acting, no verb of work first (a state or a case may be)."""
    t = text.strip()
    if GIVES.search(t) or assigns_work(t) or _acts(t):
        return False
    return not starts_with_action(t) or bool(_STATE_OPENING.match(t))


def _announced_conditions(items: list[PlanItem]) -> None:
    """round 43: an unnumbered paragraph announcing conditions or a priority order ("Đối tượng người được hỗ trợ được
    lập theo thứ tự ưu tiên sau đây:") over the dashes that follow it in the text, wherever the tree hangs them (the
    paragraph under the section, the dashes under its last item): those dashes are conditions, not tasks."""
    for k, item in enumerate(items):
        if item.marker != "paragraph" or not _CONDITIONS_LEAD_IN.search(item.text.strip()):
            continue
        run: list[PlanItem] = []
        for nxt in items[k + 1 :]:
            if nxt.marker == "paragraph" or nxt.children or (run and nxt.marker != run[0].marker):
                break
            run.append(nxt)
        if (
            run
            and run[0].marker in BULLETS
            and all(i.kind == "task" for i in run)
            and all(_condition_text(i.text) for i in run)
        ):
            for i in run:
                i.kind = "note"


def _explained_point(item: PlanItem, under: PlanItem | None) -> bool:
    """Is the item a point of a list its lead-in announces as aspects, reasons or causes, handing no work out?"""
    lead_in = item.heading or (under.heading or under.text if under is not None else "")
    if not _EXPLAINS.search(lead_in.strip()) and not (
        item.marker != "paragraph" and _REASONS_LABEL.match(_list_lead_in(item, under).strip())
    ):
        return False
    point = _ORDINAL_POINT.sub("", item.text.strip(), count=1)
    return not (GIVES.search(point) or assigns_work(point))


# round 25 (set 26): an item that opens with a horizon and then the share to reach ("Đến năm 2020, phấn đấu đạt 100%
# gia đình …", "Đến năm 2020, 100% người có công được …") states a target, not work
_TARGET_ITEM = re.compile(
    r"^(?:Phấn\s+đấu\s+)?đến\s+(?:hết\s+|cuối\s+)?năm\s+(?:19|20)\d{2}\s*,\s*(?:phấn\s+đấu\s+)?(?:(?:đạt|có)\s+)?"
    r"(?:trên\s+|ít\s+nhất\s+|tối\s+thiểu\s+)?\d+(?:[.,]\d+)?\s*%",
    re.I,
)


# round 42: "4. Kinh phí thực hiện: Kinh phí phục vụ … được thực hiện theo quy định tài chính hiện hành và dự toán …":
# where the money comes from, said in the passive, no body set to find or spend it
_FUNDING_LINE = re.compile(
    r"^Kinh\s+phí(?:\s+(?:thực\s+hiện|triển\s+khai|tổ\s+chức))?\s*:\s*(?P<value>\S.*)$", re.I | re.S
)
_FUNDED_BY = re.compile(
    r"(?<![\wÀ-ỹ])được\s+(?:thực\s+hiện|bảo\s+đảm|đảm\s+bảo|bố\s+trí|sử\s+dụng|chi|cấp|lập)\s+(?:theo|từ|trong)(?![\wÀ-ỹ])"
    r"|^(?:Từ\s+)?(?:nguồn|ngân\s+sách)(?![\wÀ-ỹ])",
    re.I,
)


def _funding_statement(text: str) -> bool:
    """round 42: a funding line that only says where the money comes from (`_FUNDING_LINE`, `_FUNDED_BY`), handing
    no body the work of finding or spending it, is no task. `GENERAL_RULE` reads the funding sentence ("Kinh phí …
    do ngân sách bảo đảm"); this reads the labelled field ("Kinh phí thực hiện: …"), whose value may name a body
    that finds the money, and then it is work."""
    m = _FUNDING_LINE.match(text.strip())
    if m is None:
        return False
    value = m.group("value")
    if not _FUNDED_BY.search(value) or GIVES.search(value):
        return False
    found = subject_owners(value)
    return not (found and found.lead)


# round 58 (set 46): the meeting itself named as the subject ("Hội nghị triển khai Chương trình …" under an
# invitation's "II. Nội dung"): the meeting is no body, what it is about is its agenda
_MEETING_NOUN = re.compile(rf"^{MEETING}", re.I)
# round 58 (set 46): the one thing asked of those invited is to come, as the invitation says ("Các đồng chí tham dự
# Hội nghị đúng thành phần và thời gian quy định./.", "Đề nghị các đại biểu dự họp đầy đủ, đúng giờ."): a rule of
# attendance, nothing to deliver; an item that asks more in other clauses ("… dự Hội nghị đúng thành phần được
# mời; cử 01 cán bộ …; xác nhận đại biểu …") is work
_ATTENDS_ONLY = re.compile(
    r"^(?:(?:Đề\s+nghị|Yêu\s+cầu|Kính\s+mời)\s+)?(?P<who>[^.;:]{0,80}?)(?<![\wÀ-ỹ])(?:tham\s+)?dự(?:\s+họp)?\s+"
    rf"(?:(?:{MEETING}|lễ(?![\wÀ-ỹ]))"
    r"[^.;:]{0,80}?\s)?(?:đúng\s+(?:thành\s+phần|giờ|thời\s+gian)|đầy\s+đủ)(?![\wÀ-ỹ])[^.;:]{0,80}[./\s]*$",
    re.I,
)


def asks_of(text: str) -> bool:
    """Does the paragraph open by asking someone ("Đề nghị Công ty A …", "Yêu cầu các đơn vị …"), also in the sender's
    voice with its name first (round 81: "Sở X đề nghị Công ty A chuẩn bị …", the one asked a body)?"""
    t = text.strip()
    if GIVES.match(t):
        return True
    found = scan_agency_phrase(t, 0)
    asked = _ASKS.match(t, found[1]) if found else None
    return asked is not None and scan_agency_phrase(t, asked.end()) is not None


def preparation_request(text: str) -> bool:
    """round 75 (set 50): is a closing paragraph of a document that gives a meeting's or an inspection's particulars a
    request for its preparation ("Đề nghị Công ty A thông báo cho các chủ thể … chuẩn bị đầy đủ hồ sơ …, cử đại diện
    … tham gia làm việc với Đoàn kiểm tra …")? Not one that only has the invited attend ("Đề nghị các đồng chí dự họp
    đúng thành phần, thời gian và địa điểm nêu trên./.") nor one asking the whole letter carried out."""
    t = text.strip()
    if not (asks_of(t) and assigns_work(t)):
        return False
    return not (_attends_only(t) or asks_whole_plan(t) or asks_whole_document(t) or _carries_out_only(t))


def _attends_only(text: str) -> bool:
    """`_ATTENDS_ONLY`, said of those invited: the words before the attending name who comes, not work done first
    ("Cử đại diện lãnh đạo tham dự đầy đủ các hội nghị …", "Bố trí cán bộ, … và tham dự đầy đủ các lớp tập huấn …"
    send or free someone: work)."""
    m = _ATTENDS_ONLY.match(text.strip()) if "dự" in text.lower() else None  # "(tham) dự …"
    if m is None:
        return False
    who = m.group("who").strip()
    return bool(who) and not starts_with_action(who) and len(who.split()) <= 8


def _closes_quotation(text: str) -> bool:
    """round 58 (set 46): does the item end with a closing quotation mark no mark in it opened ("6. Không bố trí,
    phân công công tác đối với người … khác”.", after the quoted "1." … "5." of a provision)? Its words are the
    quotation's last point, the law quoted, not work asked by the letter."""
    t = text.strip().rstrip(" .;/")
    return t.endswith("”") and text.count("”") > text.count("“")


# round 68: a preposition right after a body's name in a list of who attends goes on describing that body ("- Các đồng
# chí thành viên Ban Chỉ đạo quốc gia về dữ liệu (theo Quyết định số …)", "- Lãnh đạo các sở có liên quan của tỉnh"):
# the name's own field, source or owner, not a verb of work
_NAME_PREPOSITION = re.compile(r"(?:về|theo(?!\s+dõi)|của|thuộc|tại|trong|do|từ)(?![\wÀ-ỹ])", re.I)


# round 75 (set 50): a bracket in a list of who attends that has someone pass the invitation on ("- Trưởng Ban Dân tộc
# tỉnh, Phòng Chuyên môn thuộc Ban Dân tộc tỉnh (giao Ban Dân tộc tỉnh thông báo);"): how the attendee is invited, an
# arrangement of the attendance as "(do Công an tỉnh mời)" is, no work of the meeting's preparation
_ARRANGEMENT = re.compile(
    r"\((?:giao|đề\s+nghị)\s[^()]{2,80}?\s(?:thông\s+báo|mời|triệu\s+tập|báo\s+tin)(?:\s+[^\s()]+){0,3}\s*\)",
    re.I,
)
# round 75 (set 50): a label line of a meeting's or an inspection's particulars, then a sentence asking someone
# something ("- Thành phần tham dự: Công ty A (Chủ đầu tư). Đề nghị Công ty mời các đơn vị tư vấn …"): the label is
# who attends, the request after it is a duty of the preparation
_LABEL_OPENING = re.compile(r"^[^:;.()]{2,60}:\s*")
_NEXT_SENTENCE = re.compile(
    r"[.;]\s+(?=[A-ZĐÀ-Ỹ])|[.;,]\s+(?=(?:đề\s+nghị|yêu\s+cầu|giao)\s)"  # "…(Chủ đầu tư), đề nghị Công ty mời …"
)


def label_request(text: str) -> str | None:
    """See `_LABEL_OPENING`: the request sentence after the label's, or None."""
    t = text.strip()
    m = _LABEL_OPENING.match(t)
    if m is None:
        return None
    for cut in _NEXT_SENTENCE.finditer(t, m.end()):
        rest = t[cut.end() :]
        rest = rest[:1].upper() + rest[1:]
        if GIVES.match(rest) and assigns_work(rest):
            return rest
    return None


def _request_after_label(text: str) -> bool:
    return label_request(text) is not None


# round 75: who chairs, said as a line of the attendee list ("- Đồng chí Nguyễn Văn A, Phó Chủ tịch UBND tỉnh chủ
# trì."): the name and its role at the meeting, as the label "Chủ trì: …" is, no work
_CHAIRS = re.compile(
    r"\s*(?:chủ\s+trì|chủ\s+tọa|điều\s+hành)(?:\s+(?:Hội\s+nghị|hội\s+nghị|cuộc\s+họp|phiên\s+họp|buổi\s+làm\s+việc|họp))?"
    r"\s*[.;]?\s*$"
)


def _chairs_only(text: str) -> bool:
    """See `_CHAIRS`."""
    found = scan_agency_phrase(text.strip(), 0)
    return found is not None and bool(_CHAIRS.match(text.strip(), found[1]))


def _qualified_name(text: str) -> bool:
    """round 68: does the item open with a body's name followed by a preposition (its field, the decision naming it,
    whose it is) rather than by a verb? In a list of attendees that is one attendee described, not work."""
    found = scan_agency_phrase(text.strip(), 0)
    return found is not None and bool(_NAME_PREPOSITION.match(text.strip()[found[1] :].lstrip()))


# round 72: a line that labels a facet of a report ("Nội dung báo cáo: khối lượng thực hiện trong tuần …; khó khăn,
# vướng mắc …", "Hình thức báo cáo: bằng văn bản"): what the report asked for beside it holds or how it is sent, a
# field of that work and no work of its own
_REPORT_FACET = re.compile(
    r"^(?:Nội\s+dung|Hình\s+thức|Phương\s+thức|Mẫu|Biểu\s+mẫu|Đề\s+cương)\s+(?:gửi\s+)?báo\s+cáo\s*:", re.I
)


# round 72: what a body will do when the addressees fail ("Quá 24 tháng kể từ ngày … mà chủ đầu tư không triển khai …,
# Sở Công Thương sẽ tổng hợp, báo cáo UBND tỉnh xem xét, xử lý …", "Nếu … chưa hoàn thành …, Sở X sẽ …"): a case of
# failure, then a body and "sẽ" — the consequence announced, a sanction that may never come, no work given
_FAILURE_CASE = re.compile(
    r"^(?:Quá|Nếu|Trường\s+hợp|Sau|Hết|Khi)(?![\wÀ-ỹ])[^.;]{0,300}?(?<![\wÀ-ỹ])(?:không|chưa)(?![\wÀ-ỹ])[^.;]{0,300}?"
    r",\s*(?:thì\s+)?",
    re.I,
)


def _sanction(text: str) -> bool:
    """Is the text's first sentence a sanction (`_FAILURE_CASE`: a failure, then what a named body will do), with no
    later sentence giving work?"""
    t = text.strip()
    m = _FAILURE_CASE.match(t)
    if m is None:
        return False
    who = scan_agency_phrase(t, m.end())
    if who is None or not re.match(r"\s*sẽ\s", t[who[1] :]):
        return False
    rest = [x.end() for x in _LETTER_SENTENCE.finditer(t, who[1])]
    return not any(assigns_work(t[k:]) for k in rest)


# round 74 (set 23): an item that opens by citing a provision and tells in its own words what it lays down ("Tại Điều
# 12 Nghị định số 139/2025/NĐ-CP … quy định trách nhiệm của Ủy ban nhân dân cấp tỉnh quyết định … . Hiệu lực thi hành …
# quy định cụ thể tại Điều 21."), no sentence of it asking anyone or handing out work, explains the law (round 41 and
# 43 read the same provision quoted); "… . Đề nghị Đoàn Luật sư căn cứ quy định này bổ sung …" is a request
_CITES_FIRST = re.compile(
    r"^(?:Tại|Theo)\s+(?:(?:hướng\s+dẫn|quy\s+định)\s+tại\s+)?(?:các\s+)?(?:[Đđ]iểm|[Kk]hoản|[Đđ]iều|(?:Bộ\s+)?[Ll]uật"
    r"|Nghị\s+(?:định|quyết)|Thông\s+tư|Quyết\s+định)\s[^.;:]*?(?<![\wÀ-ỹ])quy\s+định(?![\wÀ-ỹ])"
)
_SENTENCE_END = re.compile(r"(?<=[.;])\s+(?=\S)")


def _restates_provision(text: str) -> bool:
    t = text.strip()
    if not _CITES_FIRST.match(t) or GIVES.search(t) or kind_asked(t):
        return False
    return not any(assigns_work(s) for s in _SENTENCE_END.split(t))


def _leaf_kind(item: PlanItem, under: PlanItem | None = None) -> str:
    if _TARGET_ITEM.match(item.text.strip()):
        return "note"
    if grounds_only(item) and any(c.marker == "paragraph" and _DUTY_REF.search(c.ref) for c in item.children):
        return "section"  # round 51: the request the grounds lead to is the duty paragraph after them
    if (
        item.marker == "paragraph"
        and not _DUTY_REF.search(item.ref)
        or item.category == "purpose"
        or item.category == "inspection"
        and not _organises_checks(item.text)
    ):
        return "note"
    if item.marker in PARTS and not item.heading:
        return "section"
    if item.category == "particulars" and _request_after_label(item.text):
        return (
            "task"  # round 75: "- Thành phần tham dự: Công ty A. Đề nghị Công ty mời …": the request is work
        )
    if item.category == "particulars" and not (
        GIVES.search(_ARRANGEMENT.sub("", item.text))
        or _acts(item.text)
        and assigns_work(item.text)
        and not _MEETING_NOUN.match(item.text.strip())
        and not _qualified_name(item.text)
        and not _chairs_only(item.text)
    ):
        # round 51: "- Từ ngày 10/11 đến ngày 28/11/2027.", "Chương trình được tổ chức tại …"; round 58 (set 46): a
        # body named with no work after it is who attends ("- Thủ tướng Chính phủ.", "- Các cơ quan thuộc Chính
        # phủ: Đài …, Đài …"), not its work
        return "note"
    if item.category == "appendix" and item.marker in NUMBERED and not item.heading and _bare_name(item.text):
        return "note"  # round 51: a register's entry ("1. Trường trung học phổ thông A;"): a name listed, no work
    if item.heading and _OWNER_NAME.match(item.heading.strip()) and _bare_name(item.text):
        return "note"  # round 51: "1. Đơn vị phối hợp" over "Trung tâm A, Bộ B; Đại học C.": who takes part, no work
    if item.category in ("scope", "inspected") and _bare_name(item.text):
        return "note"  # round 21: "III. ĐỐI TƯỢNG KIỂM TRA" over "Các cơ sở giáo dục … trên địa bàn tỉnh X.": whom, no work
    if item.category in ("criteria", "award") and not GIVES.search(item.text):
        # a criterion, the ranking method or an award ("Chủ tịch UBND tỉnh xem xét tặng Bằng khen …"); "… giao Sở
        # X thành lập đoàn …" is work, and so is a criterion's item that opens with a body doing something ("Các
        # sở, ban, ngành đưa nội dung thi đua vào giao ban …"), not one whose body comes only later in it. Under a
        # group "Đối với X" (in the item or as the heading above it) the items say how X is judged, whoever acts.
        found = item_owners(item.text, "", []) if item.category == "criteria" else None
        opens = bool(
            found and found[1] == "subject" and found[0].lead and scan_agency_phrase(item.text.strip(), 0)
        )
        judged = _JUDGED.match(item.text) or (
            under is not None and _JUDGED.match(under.heading or under.text)
        )
        if item.category == "award" and _award_work(item.text) and not judged:
            pass
        elif not opens or judged:
            return "note"  # "Đối với các xã: Nếu … thì …": how those named are judged, not their work
    if (GENERAL_RULE.match(item.text) or _ROLE_STATEMENT.match(item.text)) and not _answers_and_acts(
        item.text
    ):
        return "note"
    if _answers_for_content(item.text) or _characterises(item.text) or quotes_provision_only(item.text):
        return "note"
    if _restates_provision(item.text):
        return "note"  # round 74: "Tại Điều 12 Nghị định số … quy định trách nhiệm của … . Hiệu lực … tại Điều 21."
    if (
        _CAVEAT.match(item.text)
        or _QUOTED.match(item.text.strip())
        or asks_whole_plan(item.text)
        or asks_whole_document(item.text)
        or _DISCLAIMER.match(item.text.strip())
    ):
        return "note"
    if ";" not in item.text and _CATCH_ALL_DUTY.match(item.text) or _NO_OWN_WORK.match(item.text):
        return "note"
    # "… theo chức năng …": `_BY_REMIT` has it; its lazy opening is not tried on the many items without it
    if (
        "năng" in item.text.lower()
        and _BY_REMIT.match(item.text.strip())
        and scan_agency_phrase(item.text.strip(), 0)
    ):
        return "note"
    if _HOW_PLAN.match(item.text):
        return "note"
    if not item.heading and (only_when(item.text) or event_programme(item.text) or _role_line(item.text)):
        return "note"
    if (_CONFORMS.match(item.text) or _FACETS_BY_RULE.match(item.text.strip())) and not subject_owners(
        item.text
    ):
        return "note"
    if not item.heading and _WINDOW.match(item.text.strip()):
        return "note"
    if _funding_statement(item.text):
        return "note"
    label = parse_label(item.text)
    if label and label[0] in ("time", "product", "coord") and not item.heading:
        return "note"  # "3. Thời gian kiểm tra: Quý III/2026." states a field, it is not a task
    if _REPORT_FACET.match(item.text.strip()) and not item.heading:
        return "note"  # round 72: "- Nội dung báo cáo: khối lượng …; …": what the report asked for holds
    if _sanction(item.text):
        return "note"
    if _in_principle(item.text, item.marker == "article") or _requirement(item.text) or _appraisal(item.text):
        return "note"  # round 55: an article's own act ("Điều 1. Cho phép …", "Điều 2. Chỉ định ông A …") too
    if item.heading and _in_principle(item.heading) and _in_principle(f"{item.heading} {item.text}"):
        # round 36: an approval that opens a list ("Ba là, thống nhất phân tích … như sau:" over "Phương án 1: …"):
        # what it approves is its body, and it gives no work unless the body hands some out
        return "note"
    if (
        _explained_point(item, under)
        or _condition_point(item, under)
        or _approved_point(item, under)
        or _contact_point(item.text)
    ):
        return "note"
    if item.marker not in BULLETS and _closes_quotation(item.text):
        return "note"  # round 58: "6. Không bố trí … sang đơn vị sự nghiệp công lập khác”.": the quotation's tail
    if _attends_only(item.text):
        return "note"  # round 58: "- Các đồng chí tham dự Hội nghị đúng thành phần và thời gian quy định./."
    if _PARTNER_ROLE.match(item.text.strip()):
        return "note"  # round 51: "- Là đơn vị đồng phối hợp tổ chức chương trình.": a partner's place, its work follows
    if (
        "nước" in item.text.lower()  # "… quản lý nhà nước về …" ends every remit `_REMIT_ONLY` reads
        and _REMIT_ONLY.match(item.text.strip())
        and not _FULL_STOP_BREAK.search(item.text.strip())
    ):
        return (
            "note"  # round 71: "Phòng X là đơn vị đầu mối giúp … quản lý nhà nước về …": the remit, no duty
        )
    if _standing_rule(item.text):
        return "note"  # round 44: "Nghiêm cấm …", "Khi … thì được áp dụng theo quy định …": a standing rule
    if _INFO_LABEL.match(item.text) and not item.heading:
        return "note"  # "2. Địa điểm: Tại trụ sở …", "3. Thành phần: …": where and who attends, not work
    if not item.heading and _field_value(item.text):
        return "note"  # round 43: "Số lượng đơn vị kiểm tra: Tối thiểu 20% …", "Đối tượng: Là …": a field, not work
    if not item.heading and (_MONEY_LINE.match(item.text.strip()) or _BOARD_ROLE.match(item.text.strip())):
        return "note"  # round 46: "Tuyên truyền (in ấn, tờ rơi): 1.000.000đ." a budget line; "TV", "Thư ký": a seat
    if (
        (_TIME_HEADING.match(item.heading) or _INFO_HEADING.match(item.heading))
        and len(item.heading.split()) <= 6
        and not _acts(item.text)
    ):
        return "note"  # "1. Thời gian thi đua" over "Trong năm 2026 …": when, not what
    return "task"


# round 25 (set 26): a group's labels written as numbered headings over their values, without a colon ("1. Nội
# dung, biện pháp" over a), b) …; "2. Cơ quan chủ trì, phối hợp" over "a) Cơ quan chủ trì" and "b) Cơ quan phối
# hợp", each over dashes; "2. Chủ trì thực hiện" over dashes; "3. Thời gian thực hiện: …")
_WORK_WORD = r"(?:nội\s+dung|nhiệm\s+vụ|giải\s+pháp|biện\s+pháp|công\s+việc|hoạt\s+động)"
_CONTENT_NAME = re.compile(
    rf"^{_WORK_WORD}(?:\s*(?:,|và)\s*{_WORK_WORD})*(?:\s+(?:thực\s+hiện|chủ\s+yếu|chính|cụ\s+thể))?\s*:?\s*$",
    re.I,
)
_ROLE_WORD = r"(?:chủ\s+trì|phối\s+hợp|thực\s+hiện)"
_OWNER_NAME = re.compile(
    rf"^(?:(?:Cơ\s+quan|Đơn\s+vị|Bộ\s+phận)\s+)?(?P<roles>{_ROLE_WORD}(?:\s*(?:,|và)?\s*{_ROLE_WORD})*)\s*:?\s*$",
    re.I,
)


def _owner_roles(item: PlanItem) -> list[str] | None:
    """The roles an owner heading names ("Cơ quan chủ trì, phối hợp" -> lead, coord; "Đơn vị thực hiện" ->
    owner), or None when the item is no such heading."""
    m = _OWNER_NAME.match((item.heading or item.text).strip())
    if not m:
        return None
    roles = m.group("roles").lower()
    found = [key for key, word in (("lead", "chủ"), ("coord", "phối")) if word in roles]
    return found or ["owner"]


def _role_values(item: PlanItem, roles: list[str], out: dict[str, list[str]]) -> None:
    """The names an owner heading gives, by role: its own paragraph, its dashes, or its labelled sub-items."""
    if item.heading and item.text != item.heading:
        out.setdefault(roles[0], []).append(item.text)
    for c in item.children:
        label = parse_label(c.text)
        sub = _owner_roles(c)
        if label and label[0] in ("owner", "lead", "coord"):
            out.setdefault(label[0], []).append(label[1])
        elif sub is not None and c.marker not in BULLETS:
            _role_values(c, sub, out)
        elif c.marker in BULLETS:
            out.setdefault(roles[0], []).append(c.text)


def _labelled_group(item: PlanItem) -> list[PlanItem]:
    """A group of labelled sub-items (round 25, set 26): one sub-item names the work ("1. Nội dung, biện pháp" over
    a), b) …), the others who leads and partners it ("2. Cơ quan chủ trì, phối hợp") and when ("3. Thời gian thực
    hiện: …"). Every item of the work takes the group's labels, as a table's row takes its columns; the labels
    themselves are no tasks. An item's own cycle ("bổ sung … hằng năm") adds to the group's timing."""
    kids = [c for c in item.children if c.marker != "paragraph"]
    content = [
        c
        for c in kids
        if c.marker not in BULLETS
        and _CONTENT_NAME.match((c.heading or c.text).strip())
        and any(d.marker != "paragraph" for d in c.children)
    ]
    if len(content) != 1:
        return []
    values: dict[str, list[str]] = {}
    labels: list[PlanItem] = []
    for c in kids:
        if c is content[0]:
            continue
        label = parse_label(c.text)
        roles = _owner_roles(c)
        if label and label[0] in ("owner", "lead", "coord", "time"):
            values.setdefault(label[0], []).append(label[1])
        elif roles is not None and c.marker not in BULLETS:
            _role_values(c, roles, values)
        else:
            continue
        labels.append(c)
    if not labels or not values.keys() & {"owner", "lead", "coord"}:
        return []
    clean = {k: [v.strip().rstrip(" .;") for v in vs if v.strip().rstrip(" .;")] for k, vs in values.items()}
    leads, coords, owners = clean.get("lead", []), clean.get("coord", []), clean.get("owner", [])
    if leads:
        coords = coords + owners  # the unit that carries the work out beside the lead body works with it
    else:
        leads = owners
    cells: dict[str, str] = {}
    if leads:
        cells["lead"] = "; ".join(leads)
    if coords:
        cells["coord"] = "; ".join(coords)
    time = "; ".join(clean.get("time", []))
    for c in labels:
        for d in [c, *descendants(c)]:
            d.kind = "note" if d.kind in ("task", "section") else d.kind
            d.category = "labels"
    for d in descendants(content[0]):
        if d.kind != "task" or d.cells or d.marker == "paragraph":
            continue
        d.cells = dict(cells)
        if find_deadline(d.text).date:
            continue  # an item with its own date keeps it ("Tổng kết giai đoạn 2013-2015 vào năm 2015")
        if time:
            d.cells["time"] = time
            cycle = parse_deadline(d.text).recurrence
            if cycle:
                d.cells["cycle"] = cycle  # "Bổ sung phương tiện … hằng năm": recurs within the group's timing
    return labels


def _labelled_article(item: PlanItem) -> bool:
    """Round 29 (set 30): an article that restates one task in numbered labelled lines ("Điều 2. Điều chỉnh nhiệm
    vụ … như sau:" over "1. Tên nhiệm vụ: …", "2. Cơ quan chủ trì: …", "5. Thời gian hoàn thành: …") is that task's
    block, as a lettered block is: every line under it is a label, one names the work and one its owner."""
    if item.marker != "article" or not item.children:
        return False
    labels = [parse_label(c.text) for c in item.children if c.marker != "paragraph"]
    keys = {lab[0] for lab in labels if lab}
    return len(labels) >= 3 and all(labels) and "task" in keys and bool(keys & {"owner", "lead"})


# round 45: a time label qualified by the act its title opens with ("Đào tạo quản trị hệ thống …" over "- Thời gian
# đào tạo: Trong quá trình triển khai."): the time of that act, a label of the block as "Thời gian dự kiến:" is; a
# heading of fields ("Phạm vi, đối tượng, thời gian hỗ trợ" over "Thời gian hỗ trợ: …") opens with no act of its own
_QUALIFIED_TIME = re.compile(r"^(?:Thời\s+gian|Thời\s+hạn)\s+([^:;,.]{2,30}?)\s*:\s*(.*)$", re.S)


def _titles_own_time(text: str, title: str) -> tuple[str, str] | None:
    m = _QUALIFIED_TIME.match(text.strip())
    if m is None or len(m.group(1).split()) > 3:
        return None
    act = m.group(1).strip().lower()
    return ("time", m.group(2)) if title.strip().lower().startswith(act + " ") else None


def _block(item: PlanItem, items: list[PlanItem]) -> None:
    """A labelled block ("a) Nhiệm vụ:", "b) Cơ quan thực hiện:", "c) Thời gian:") is one task, or one per bullet.
    A block that also holds a list whose lead-in sets bodies to it ("d) Các hoạt động chính: …, các cơ quan, đơn
    vị phối hợp thực hiện các hoạt động sau:") is the setting of that list (its theme, its period), not a task."""
    title = item.heading or item.text
    if item.category == "particulars" and not _acts(title):
        return  # round 51: "1. Đơn vị tổ chức" over "- Đơn vị chủ trì: …": who organises the event described, no task
    labelled = [(c, parse_label(c.text) or _titles_own_time(c.text, title)) for c in item.children]
    fields = {lab[0]: (c, lab[1]) for c, lab in labelled if lab}
    if not fields.keys() & {"owner", "lead", "coord", "time"}:
        return
    if any(lab is None and c.children and acting_lead_in(c.text) for c, lab in labelled):
        return
    cells: dict[str, str] = {}
    for key, (child, value) in fields.items():
        child.kind, child.label = "note", key
        for sub in child.children:
            sub.kind = "note"
            sublabel = parse_label(sub.text)
            if sublabel:
                store_label(cells, *sublabel)
            elif key == "time" and not value.strip() and find_deadline(sub.text).date:
                sub.kind, sub.category = "task", item.category  # a dated milestone of the task
        if key == "time" and not value.strip():
            value = " ".join(sub.text for sub in child.children)  # "Thời gian thực hiện:" over its "+" lines
        store_label(cells, key, value)
    task_child = fields.get("task", (None, ""))[0]
    owner_label = fields.get("owner") or fields.get("lead")
    if task_child is not None and owner_label is not None:
        # a labelled sub-item ("- Nội dung: …" / "- Cơ quan thực hiện: …"): its labels are its fields, not a list,
        # so the "+" lines under them are the item's own (`III.2.a.+1`), as "a) Nhiệm vụ" bullets are its dashes
        plus = [p for c in (task_child, owner_label[0]) if c.marker in BULLETS for p in c.children]
        for n, p in enumerate((p for p in plus if p.marker == "plus"), 1):
            p.ref = f"{item.ref}.+{n}"
        owned = [p for p in owner_label[0].children if p.marker == "plus"]
        if not owner_label[1].strip() and len(owned) >= 2 and all(_owns_part(p.text) for p in owned):
            # "Cơ quan thực hiện:" over "+ Sở A chủ trì …", "+ Sở B đăng tải …": each body's part is a task
            item.kind = "section"
            for p in owned:
                p.kind, p.category = "task", item.category
                p.cells = {k: v for k, v in cells.items() if k not in ("owner", "lead", "coord")}
            return
    bullets = [c for c in task_child.children if c.marker in BULLETS] if task_child else []
    end = max(d.span[1] for d in descendants(item)) if item.children else item.span[1]
    if bullets:
        item.kind = "section"
        # dash bullets under "a) Nhiệm vụ:" are numbered as the block's own dashes (`1.2-1`); "+" items under a
        # dash "- Nhiệm vụ:" already have their place as written (`1-3.+1`), a "+" is no dash
        renumber = task_child is not None and task_child.marker not in BULLETS
        for n, b in enumerate(bullets, 1):
            if renumber:
                b.ref, b.parent = f"{item.ref}-{n}", item.ref
            b.kind, b.cells = "task", dict(cells)
            b.category = item.category
        return
    # an unlabelled line that lists its parts ("- Rà soát các văn bản …, bao gồm:" over "+" lines): each part
    # is a task of the block, with its owner and timing
    parts = [
        p
        for c, lab in labelled
        if lab is None and _INCLUDES.search(c.text)
        for p in c.children
        if p.marker == "plus"
    ]
    if parts:
        item.kind = "section"
        for p in parts:
            p.kind, p.cells, p.category = "task", dict(cells), item.category
        return
    # round 45: no line labelled as the work, but two or more unlabelled bullets that each open with work ("II.1.
    # Cài đặt hệ thống phần mềm" over "- Kiểm tra máy chủ …", "- Cài đặt … tại máy chủ …", "- Thời gian thực hiện:
    # Ngày 26, 27/12/2011"): the bullets are the steps of the work the title names, each a task with the block's
    # labels, as bullets under "Nhiệm vụ:" are; the title is their heading
    steps = [
        c
        for c, lab in labelled
        if lab is None and c.marker in BULLETS and not c.children and starts_with_action(c.text)
    ]
    unlabelled = [c for c, lab in labelled if lab is None]
    if "task" not in fields and len(steps) >= 2 and len(steps) == len(unlabelled):
        item.kind = "section"
        for c in steps:
            c.kind, c.cells, c.category = "task", dict(cells), item.category
        return
    for c, lab in labelled:
        if lab is None and _sub_heading_with_list(c):
            continue  # round 42: "3.3. Báo cáo kết quả Hội nghị" over its own dashes, typed under the block
        if lab is None:  # what the one task covers (an unlabelled line of its description)
            for d in [c, *descendants(c)]:
                d.kind = "note" if d.kind == "task" else d.kind
            # round 33 (set 30): a line of its description that counts its events a year ("- Số lượng: 02 hội
            # nghị/năm × 50 đại biểu/hội nghị") says the task comes round every year
            cycle = find_deadline(c.text).recurrence if description_label(c.text) else None
            if cycle and "cycle" not in cells:
                cells["cycle"] = cycle
    # numbered steps of the block, each with its own date ("(1) Tổ chức hội nghị lần thứ nhất: Chậm nhất ngày
    # …", "(2) …"): milestones of the one task, each a task with the block's owner and its own date
    steps = [c for c, lab in labelled if lab is None and c.marker in NUMBERED and not c.children]
    if len(steps) >= 2 and all(find_deadline(c.text).date for c in steps):
        for c in steps:
            c.kind, c.category = "task", item.category
            c.cells = {k: v for k, v in cells.items() if k != "time"}
    item.kind, item.cells, item.span = "task", cells, (item.span[0], end)
    item.heading = item.heading or item.text
    item.text = fields["task"][1] if "task" in fields and fields["task"][1] else item.text


def _sub_heading_with_list(item: PlanItem) -> bool:
    """round 42: a numbered sub-heading ("3.3. Báo cáo kết quả Hội nghị") that holds its own list of dashes, under a
    labelled block ("3. Hội nghị …" / "Nội dung: …" / "- Thời gian: …"): the next step after the block, typed one level
    too deep, not a line describing the block's task; its dashes are read as they are."""
    if not item.marker.startswith("dotted") or item.text.rstrip().endswith(":"):
        return False
    kids = [c for c in item.children if c.marker != "paragraph"]
    # its dashes are steps of work, not labelled particulars ("- Số điểm quan trắc: 03 điểm", "- Mẫu nước: …")
    return len(kids) >= 2 and all(c.marker in BULLETS and not description_label(c.text) for c in kids)


def acting_lead_in(text: str) -> list[str]:
    """Who a list's lead-in sets to do it in a clause of its own ("Căn cứ tình hình thực tế, các cơ quan, đơn
    vị, địa phương phối hợp thực hiện các hoạt động sau:"): the first clause that opens with a body and its verb."""
    if not text.rstrip().endswith(":"):
        return []
    for pos in [0, *(m.end() for m in re.finditer(r",\s+", text))]:
        clause = text[pos:]
        found = acting_subject(clause) if plausible_subject(clause) else None
        if found and found.lead:
            return found.lead
    return []


def _owns_part(text: str) -> bool:
    """Does the line open with a body doing something ("Sở X chủ trì, phối hợp …", "Sở Y đăng tải …")?"""
    found = subject_owners(text)
    return bool(found and found.lead and scan_agency_phrase(text.strip(), 0))


# a complete statement of work whose parts follow, one per body ("… thuộc phạm vi quản lý. Trong đó:")
_SHARED_OUT = re.compile(r"[.;]\s*(?:Trong\s+đó|Cụ\s+thể)\s*:\s*$")


def _parts_follow(item: PlanItem) -> bool:
    """A stated task whose parts follow, each given to its own body: the parts are tasks and so is the whole."""
    if (
        item.kind != "section"
        or item.marker in ("appendix", "group", "row", *TOP)
        or not _SHARED_OUT.search(item.text)
    ):
        return False
    kids = [c for c in item.children if c.marker != "paragraph"]
    return len(kids) >= 2 and all(c.kind == "task" and not c.children and _acts(c.text) for c in kids)


# "Bộ Tài chính gửi kèm bộ Cẩm nang gồm:", "Kèm theo Công văn này là các tài liệu sau:": what is sent along
_ENCLOSES = re.compile(r"(?:gửi\s+kèm|kèm\s+theo)(?![\wÀ-ỹ])[^.;]{0,120}?(?:gồm|sau|như\s+sau)\s*:\s*$", re.I)


def _enclosures(items: list[PlanItem]) -> None:
    """The bullets after a paragraph that announces what is sent along with the document ("… gửi kèm bộ tài liệu
    gồm:" over "- Cẩm nang …", "- Slide …") list enclosures, not tasks; the numbered item they happen to stand
    under is read on its own again."""
    for para in items:
        if (
            para.marker != "paragraph"
            and para.heading
            and para.text != para.heading
            and _ENCLOSES.search(para.text)
        ):
            # "2. Lồng ghép … ." took the enclosure line under it as the lead-in of the bullets: give it back
            listed = [c for c in para.children if c.marker in BULLETS]
            for c in listed:
                for d in [c, *descendants(c)]:
                    d.kind = "note" if d.kind in ("task", "section") else d.kind
            if (
                listed
                and len(listed) == len(para.children)
                and para.marker not in ("appendix", "group", *TOP)
            ):
                para.text, para.heading = para.heading, ""
                para.kind = _leaf_kind(para)
            continue
        if para.marker != "paragraph" or not _ENCLOSES.search(para.text):
            continue
        holder = next((i for i in items if para in i.children), None)
        if holder is None:
            continue
        after = holder.children[holder.children.index(para) + 1 :]
        listed = []
        for c in after:
            if c.marker not in BULLETS:
                break
            listed.append(c)
        for c in listed:
            for d in [c, *descendants(c)]:
                d.kind = "note" if d.kind in ("task", "section") else d.kind
        rest = [c for c in holder.children if c.marker != "paragraph" and c not in listed]
        if (
            listed
            and holder.kind == "section"
            and not rest
            and holder.marker not in ("appendix", "group", *TOP)
        ):
            holder.kind = _leaf_kind(holder)


# round 51: the words of a slogan or a message, quoted in a list as written ("- Chung một quyết tâm - Vì cộng đồng
# không ma túy"): short, and closed by no full stop or semicolon, as the lines of a list of work are
_WORDING_LINE_WORDS = 20
_WORDING = re.compile(r"(?<![\wÀ-ỹ])(?:khẩu\s+hiệu|thông\s+điệp|chủ\s+đề)(?![\wÀ-ỹ])", re.I)
# round 53 (set 41): a title that is the wording itself, however qualified ("V. KHẨU HIỆU TUYÊN TRUYỀN", "Các khẩu
# hiệu hành động", "Thông điệp truyền thông chính"), no work set on it
_WORDING_TITLE = re.compile(
    r"^(?:(?:các|những|một\s+số)\s+)?(?:câu\s+)?(?:khẩu\s+hiệu|thông\s+điệp)"
    r"(?:\s+(?:tuyên\s+truyền|truyền\s+thông|cổ\s+động|hành\s+động|chính|chủ\s+đạo|trọng\s+tâm))*\s*:?\s*$",
    re.I,
)
# round 53: a cry ("Nhiệt liệt chào mừng Ngày bầu cử … !", "Đảng Cộng sản Việt Nam quang vinh muôn năm!") is wording
# whatever body it hails or act it urges, up to the length of a long line
_CRY_WORDS = 40


def _cry(item: PlanItem) -> bool:
    text = item.text.strip()
    return not item.children and "\n" not in text and text.endswith("!") and len(text.split()) <= _CRY_WORDS


def _wording_line(item: PlanItem) -> bool:
    text = item.text.strip()
    return _cry(item) or (
        not item.children
        and "\n" not in text
        and len(text.split()) <= _WORDING_LINE_WORDS
        and not text.endswith((".", ";", ":", ","))
        and not _acts(text)
    )


def _wording_lists(items: list[PlanItem]) -> None:
    """round 51: a numbered item whose title sets work on wording — slogans, messages, themes, the words
    `_INFO_HEADING` knows, after the words of the work ("5. Lựa chọn và thực hiện Khẩu hiệu tuyên truyền tại đơn
    vị") — over bullets that are
    each such wording (`_wording_line`): the bullets are the words to use, not tasks; the item is the one task.
    Round 53 (set 41): a heading that is the wording itself, at any level ("V. KHẨU HIỆU TUYÊN TRUYỀN" over "1.
    Nhiệt liệt chào mừng …!", "2. …"), and any list whose every point (two or more) cries out, hold wording too,
    numbered or bulleted; such a heading sets no work and stays a section."""
    for item in items:
        if item.kind != "section" or item.marker in ("appendix", "group", "row", "paragraph"):
            continue
        title = (item.heading or item.text).strip()
        kids = [c for c in item.children if c.marker != "paragraph"]
        if len(kids) < 2:
            continue
        if _WORDING_TITLE.match(title) or all(_cry(c) for c in kids):
            if all(_wording_line(c) for c in kids):
                for c in kids:
                    c.kind, c.category = "note", "contents"
            continue
        if item.marker not in NUMBERED and not item.marker.startswith("dotted"):
            continue
        wording = _WORDING.search(title)
        if wording is None or wording.start() == 0:
            continue  # "2. Khẩu hiệu" alone names the wording (`_INFO_HEADING`), "Chọn … các khẩu hiệu" sets work on it
        if not all(c.marker in BULLETS and _wording_line(c) for c in kids):
            continue
        item.kind = "task"
        for c in kids:
            c.kind, c.category = "note", "contents"


def _work_before_bullets(item: PlanItem) -> bool:
    """ "1. Các cơ quan, đơn vị căn cứ chức năng … xây dựng kế hoạch … ; đề ra giải pháp … ." over "- Giới thiệu
    …", "- Báo cáo …": a numbered item that is a whole sentence of work of its own subject, closed by a full
    stop rather than opening a list with a colon, is a task besides the bullets that follow it."""
    if item.kind != "section" or item.marker not in NUMBERED or item.heading:
        return False
    text = item.text.strip()
    if not text.endswith(".") or ":" in text or len(text.split()) < 15 or not _acts(text):
        return (
            False  # an agency heading ("2. Trung tâm A.", "5. UBND các phường: A, B.") is no sentence of work
        )
    kids = [c for c in item.children if c.marker != "paragraph"]
    return bool(kids) and all(c.marker in BULLETS and c.kind == "task" for c in kids)


def _duty_before_lead_in(item: PlanItem, before: dict[int, PlanItem]) -> bool:
    """ "1. Công an tỉnh" / "Tham mưu giúp … tổ chức thực hiện tốt công tác … ." / "Trong đó giao … thực hiện:" over
    dashes (round 25, set 26): under an agency heading, a paragraph of work closed by a full stop, before a
    paragraph of its own that opens the dashes, is a duty of that agency besides its dashes."""
    if item.kind != "section" or item.marker not in NUMBERED or not item.heading or item.text == item.heading:
        return False
    body = item.text.strip()
    if not body.endswith(".") or ":" in body or len(body.split()) < 12 or GENERAL_RULE.match(body):
        return False
    if not heading_agencies(item.heading):
        return False
    kids = [c for c in item.children if c.marker != "paragraph"]
    lead_in = (
        before.get(id(kids[0])) if kids else None
    )  # the paragraph just before the first dash, wherever kept
    return (
        lead_in is not None
        and lead_in.marker == "paragraph"
        and lead_in.text.rstrip().endswith(":")
        and all(c.marker in BULLETS and c.kind == "task" for c in kids)
    )


# round 57 (round 54's convention: the funding duties of bodies are tasks, the shared hcm-172 III.3, hanoi-308 II.4.1):
# a body charged with funding work ("chủ động bố trí kinh phí …", "cân đối, bố trí ngân sách …", "lập dự toán kinh
# phí …"), written after the body's name
_FUNDING_DUTY = re.compile(
    r"\s*(?:(?:chủ\s+động|có\s+trách\s+nhiệm|kịp\s+thời)\s+)*"
    r"(?:(?:cân\s+đối|bố\s+trí|huy\s+động|bảo\s+đảm|đảm\s+bảo|lập(?:\s+kế\s+hoạch\s*,)?\s+dự\s+toán)\s*,?\s*)+"
    r"(?:đủ\s+)?(?:kinh\s+phí|ngân\s+sách|nguồn\s+vốn|vốn|nguồn\s+lực)(?![\wÀ-ỹ])",
    re.I,
)


def _funding_duty_before_list(item: PlanItem) -> bool:
    """ "9. Ủy ban nhân dân các phường, xã chủ động bố trí kinh phí từ nguồn vốn ngân sách địa phương …; đồng thời huy
    động các nguồn vốn hợp pháp khác … để triển khai thực hiện các nội dung của Kế hoạch trên địa bàn, tập trung một số
    nhiệm vụ cụ thể sau:" over dashes: a numbered item whose own subject is charged with funding work before it opens
    its list is a task as well as the heading of its dashes (round 57: the funding duty of a body is a task, round 54's
    convention; a sentence whose subject is the money, "Kinh phí … được bố trí từ các nguồn:", names no body)."""
    if item.kind != "section" or item.marker not in NUMBERED or item.heading:
        return False
    text = item.text.strip()
    found = scan_agency_phrase(text, 0)
    if not text.endswith(":") or found is None or not _FUNDING_DUTY.match(text, found[1]):
        return False
    kids = [c for c in item.children if c.marker != "paragraph"]
    return bool(kids) and all(c.marker in BULLETS for c in kids)


# round 24: "… trình Thủ tướng Chính phủ … trước ngày 20 tháng 10 năm 2024. Trong đó chú ý một số nội dung sau:" —
# a closing sentence that only opens the list after a full sentence of work
_LIST_OPENER = re.compile(r"^(?P<work>.+[.;])\s+(?P<opener>[^.;:]{0,120}:)\s*$", re.S)


def _dated_work_before_list(item: PlanItem) -> bool:
    """ "2. Bộ Tài chính … hoàn thiện dự thảo Đề án, trình … trước ngày 20 tháng 10 năm 2024. Trong đó chú ý một số
    nội dung sau:" over "- Về …:" dashes: a numbered item whose text is a complete task — its own subject doing
    the work and its own date — before a last sentence that opens the list is a task as well as the heading of its
    dashes. A heading that only names a topic, or work with no date of its own, stays a heading."""
    if item.kind != "section" or item.marker not in NUMBERED or item.heading:
        return False
    m = _LIST_OPENER.match(item.text.strip())
    if m is None:
        return False
    work = m.group("work")
    if len(work.split()) < 15 or not _acts(work) or not find_deadline(work).date:
        return False
    kids = [c for c in item.children if c.marker != "paragraph"]
    return bool(kids) and all(c.marker in BULLETS for c in kids)


def _shared_labels(items: list[PlanItem], by_ref: dict[str, PlanItem]) -> None:
    """Numbered items with no labels of their own just before one whose label lines close the group ("3.1. …",
    "3.2. …", "3.3. …" then "- Thời gian thực hiện: …", "- Đơn vị chủ trì: …"): the labels after the group
    are the group's, as the unbulleted label lines after a run of bullets are each bullet's."""
    for item in items:
        if item.kind != "task" or not item.cells or not any(c.label for c in item.children):
            continue
        parent = by_ref.get(item.parent or "")
        if parent is None or item.marker not in NUMBERED and not item.marker.startswith("dotted"):
            continue
        kids = parent.children
        for sib in reversed(kids[: kids.index(item)]):
            if sib.marker != item.marker or sib.children or sib.cells or sib.kind != "task" or sib.heading:
                break
            if find_deadline(sib.text).date or _acts(sib.text):
                break  # a step with its own timing or its own owner is no part of the labelled group
            sib.cells = dict(item.cells)


_INCLUDES = re.compile(
    r"(?<![\wÀ-ỹ])gồm\s*(?:các\s+(?:nội\s+dung|hoạt\s+động|việc)\s+(?:sau|như\s+sau)\s*)?:\s*$", re.I
)
