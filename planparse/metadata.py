"""Document metadata: type, number, issuer, place, date, title (trích yếu) and cited documents (based_on)."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

from .apparatus import ministry_name
from .model import CitedDocument, DocumentMeta
from .text import agency_key, collapse_spaces, fix_tone_placement
from .tree import Line

_DOC_TYPES = (
    "KẾ HOẠCH|CHƯƠNG TRÌNH HÀNH ĐỘNG|CHƯƠNG TRÌNH|QUYẾT ĐỊNH|CHỈ THỊ|KẾT LUẬN|NGHỊ QUYẾT|ĐỀ ÁN|THÔNG BÁO|"
    "HƯỚNG DẪN|CÔNG VĂN|CÔNG ĐIỆN|THÔNG TƯ|NGHỊ ĐỊNH|QUY CHẾ|QUY ĐỊNH"
)
_TYPE_LINE = re.compile(rf"^\s*({_DOC_TYPES})\s*$")
# a space is often typed (or left by a signing stamp) before the "/" of the symbol: "Số: 193 /UBND-KT"; a web
# copy's table row may open the line ("| Số: 467/TB-VPCP | Hà Nội, ngày …")
_NUMBER = re.compile(r"^\s*(?:\|\s*)?Số\s*[:.]?\s*([0-9][\w\-/.&]*(?:\s*/\s*[\w\-/.&]*)?\w)", re.I)
# the place may end in its number ("Phường 1", "Quận 3"); searched only in lines with "ngày", as the place part
# tries up to 40 characters at every position of a line
_PLACE_DATE = re.compile(
    r"([^,\d]{2,40}(?:\s\d{1,2})?),\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})"
)
# round 25: an unsigned copy leaves the day (and often the month) blank for the office to fill in on signing
_PLACE_UNDATED = re.compile(
    r"^\s*([^,\d]{2,40}),\s*ngày\s+(?:[.…_]+\s*)?tháng\s+(?:\d{1,2}|[.…_]+)?\s*năm\s+\d{4}"
)
# what stands before the place on its line: a table's bar, a layout's gap, emphasis marks, the symbol "/UBND-NLN"
_BEFORE_PLACE = re.compile(r"[|*_]|\S*/\S*|\s{2,}")


def _place(found: str) -> str | None:
    """The place of a place-date line: its last run of words, which starts with a capital ("Lào Cai", "Hà Nội",
    "Thành phố Hồ Chí Minh"), not what a layout or a table put before it on the line."""
    place = _BEFORE_PLACE.split(found)[-1].strip(" .:;-")
    return place if place[:1].isupper() else None


_CITE_TYPES = (
    "Kết luận|Nghị quyết|Quyết định|Chỉ thị|Kế hoạch|Chương trình hành động|Chương trình|Nghị định|"
    "Thông tư liên tịch|Thông tư|Công văn|Đề án|Hướng dẫn|Thông báo|Công điện|Luật"
)
_CITE = re.compile(
    rf"\b({_CITE_TYPES})\s+(?:số\s+)?(\d+[\w\-/.&]*\w|\d+)"
    r"(?:\s+ngày\s+(?:(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})|(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})))?"
    # the issuer ends where the cited title starts, however it is cased ("… của Chính phủ Ban hành Chương trình …")
    r"(?:\s+(?:của|do)\s+(.+?)(?=\s+(?i:về|ban\s+hành|phê\s+duyệt|quy\s+định|hướng\s+dẫn|triển\s+khai|thực\s+hiện|"
    r"trên|đã|tại|để|nhằm|năm|và|cụ\s+thể)\b|[,;.:()“”\"]|$))?"
)
_ISSUER_HEAD = re.compile(
    r"^(?:ỦY|UỶ|UBND|BỘ|SỞ|BAN|TỈNH|THÀNH|HỘI|VĂN PHÒNG|CÔNG AN|HĐND|CỤC|CHI CỤC|TRƯỜNG|TRUNG TÂM|THANH TRA"
    r"|ĐẢNG (?:BỘ|ỦY|UỶ)|HUYỆN|XÃ|PHƯỜNG"
    # the central state's letterheads: "THỦ TƯỚNG CHÍNH PHỦ", "CHÍNH PHỦ", "QUỐC HỘI", "NGÂN HÀNG NHÀ NƯỚC VIỆT NAM" …
    r"|THỦ TƯỚNG|CHÍNH PHỦ|QUỐC HỘI|CHỦ TỊCH NƯỚC|TÒA ÁN|TOÀ ÁN|VIỆN|KIỂM TOÁN|NGÂN HÀNG|BẢO HIỂM|TỔNG CỤC|HỌC VIỆN"
    r"|ĐẠI HỌC|LIÊN HIỆP|MẶT TRẬN)",
    re.I,
)
_PREAMBLE_ISSUER = re.compile(
    r"(Ủy ban nhân dân|Uỷ ban nhân dân|UBND)\s+(tỉnh|thành phố|Tỉnh|Thành phố)\s+ban\s+hành"
)
_LEVEL_LINE = re.compile(r"^(?:TỈNH|THÀNH\s+PHỐ|HUYỆN|QUẬN|THỊ\s+XÃ|XÃ|PHƯỜNG|ĐẶC\s+KHU)\s+\S")
_LETTER_SUBJECT = re.compile(r"^\s*V/v\.?\s+(.+)$")
_PREAMBLE = re.compile(r"(?:Căn\s+cứ|Thực\s+hiện|Triển\s+khai|Trên\s+cơ\s+sở|Nhằm|Để)\b|.{200}", re.I)
_PROVINCE = re.compile(r"\b(?:tỉnh|Tỉnh|thành phố|Thành phố)\s+((?:[A-ZĐÂÊÔƠƯÁÀẢÃẠ][\wÀ-ỹ]*\s?){1,3})")


def read_metadata(text: str, header: list[Line], body_start: int) -> DocumentMeta:
    """Metadata from the header lines (letterhead, number, place-date, type, title) and citations in the text."""
    meta = DocumentMeta()
    title_lines: list[str] = []
    cased_title: str | None = None
    in_title = False
    subject: str | None = None
    letterhead = next((t.strip().upper() for t in _letterhead_lines(header) if _ISSUER_HEAD.match(t)), None)
    cased_open = False  # a sentence-case title wrapped onto the next line goes on in lower case
    for ln in header:
        t = ln.text
        if cased_open and cased_title and t[:1].islower() and not _PREAMBLE.match(t):
            cased_title = f"{cased_title} {t.strip()}"
            continue
        cased_open = False
        if (m := _LETTER_SUBJECT.match(t)) and not subject:
            subject = collapse_spaces(m.group(1))  # a letter's trích yếu: "V/v triển khai …"
        elif (m := _NUMBER.match(t)) and not meta.number:
            meta.number = re.sub(r"\s+", "", m.group(1))
            if not meta.date and "ngày" in t and (m := _PLACE_DATE.search(t, m.end())):
                _take_place_date(
                    meta, m
                )  # a web copy's row: "Số: 252/KH-… | Hà Nội, ngày 11 tháng 11 năm 2013"
        elif (
            not meta.date and "ngày" in t and not _PREAMBLE.match(t.lstrip()) and (m := _PLACE_DATE.search(t))
        ):
            _take_place_date(meta, m)
        elif not meta.place and "ngày" in t and (m := _PLACE_UNDATED.match(t)):
            meta.place = _place(
                m.group(1)
            )  # "Lương Minh, ngày    tháng 01 năm 2026": an unsigned copy's blank day
        elif _TYPE_LINE.match(t) and not meta.type:
            meta.type, in_title = t.strip().capitalize(), True
        elif in_title and _authority_line(t, letterhead):
            in_title = (
                False  # "ỦY BAN NHÂN DÂN TỈNH X" over the preamble of a decision: who decides, not the title
            )
        elif in_title and t.upper() == t and not _PREAMBLE_ISSUER.search(t):
            title_lines.append(t)
        elif in_title and not title_lines and not cased_title and not _PREAMBLE.match(t):
            cased_title, in_title, cased_open = t.strip(), False, True  # a title typed in sentence case
        elif in_title:
            in_title = False
    body = text[body_start:]
    meta.issuer = _issuer(header, text, meta)
    meta.letterhead = "\n".join(t.strip() for t in _letterhead_lines(header)) or None
    if title_lines and meta.type:
        prose = " ".join(ln.text for ln in header if ln.text.upper() != ln.text) + " " + body
        meta.title = meta.type + " " + recase(" ".join(title_lines), prose)
    elif cased_title and meta.type:
        first = cased_title.split()[0]
        lowered = first.lower() if first[1:] == first[1:].lower() else first  # "UBND" keeps its case
        meta.title = f"{meta.type} {lowered}{cased_title[len(first) :]}"
    elif subject and not meta.type:
        # a letter (công văn) has no type line; its "V/v …" line under the number is its trích yếu
        meta.type = "Công văn"
        meta.title = f"Công văn về việc {subject}"
    skip = {ln.text for ln in header if ln.text.upper() == ln.text}
    meta.based_on = cited_documents(text, skip, meta.number)
    return meta


def attached_plan(lines: list[Line], text: str) -> dict[str, str] | None:
    """Type and title of the plan a decision issues ("KẾ HOẠCH" + "Phát triển du lịch …", or both on one
    upper-case line), the title recased from the prose like the document's own."""
    if not lines:
        return None
    first = lines[0].text.strip()
    m = re.match(r"(KẾ\s+HOẠCH|CHƯƠNG\s+TRÌNH(?:\s+HÀNH\s+ĐỘNG)?|ĐỀ\s+ÁN)\b\s*(.*)$", first)
    if not m:
        return None
    kind = collapse_spaces(m.group(1)).capitalize()
    parts = [m.group(2)] + [ln.text.strip() for ln in lines[1:]]
    title = collapse_spaces(" ".join(p for p in parts if p))
    if title and title.upper() == title:
        # the prose only: the upper-case title itself, further down the text, would give back its own capitals
        title = recase(title, _mixed_case_prose(text))
    return {"type": kind, "title": f"{kind} {title[:1].lower()}{title[1:]}" if title else kind}


def _mixed_case_prose(text: str) -> str:
    """The text's lines not written in capitals, joined, as far as `recase` reads (RECASE_WORDS words): a long
    text's later lines are never looked at, so they are not upper-cased to be compared."""
    kept: list[str] = []
    words = 0
    for ln in text.split("\n"):
        if ln.upper() != ln:
            kept.append(ln)
            words += len(ln.split())
            if words > RECASE_WORDS:
                break
    return " ".join(kept)


def _take_place_date(meta: DocumentMeta, m: re.Match[str]) -> None:
    """The place and date of a place-date match (`_PLACE_DATE`), the place only when one is read."""
    meta.place = _place(m.group(1)) or meta.place
    meta.date = _date(m.group(4), m.group(3), m.group(2))


def _date(y: str, m: str, d: str) -> date | None:
    try:
        return date(int(y), int(m), int(d))
    except ValueError:
        return None


def _issuer(header: list[Line], text: str, meta: DocumentMeta) -> str | None:
    """Letterhead issuer ("ỦY BAN NHÂN DÂN TỈNH NGHỆ AN"), or the preamble's "Ủy ban nhân dân tỉnh ban hành" + province."""
    lines = _letterhead_lines(header)
    for k, t in enumerate(lines):
        if t.upper() == t and _ISSUER_HEAD.match(t) and "CỘNG HÒA" not in t and "CỘNG HOÀ" not in t:
            nxt = lines[k + 1].strip() if k + 1 < len(lines) else ""
            if not _LEVEL_LINE.search(t) and nxt.upper() == nxt and _LEVEL_LINE.match(nxt):
                t = f"{t.strip()} {nxt}"  # "ỦY BAN NHÂN DÂN" over "TỈNH X": one name on two lines
                k += 1
                nxt = lines[k + 1].strip() if k + 1 < len(lines) else ""
            if nxt and nxt.upper() == nxt and _BODY_HEAD.match(nxt) and "CỘNG H" not in nxt:
                t = f"{t.strip()} {nxt}"  # "UBND TỈNH X" over "SỞ Y": the body under its authority
            return _letterhead_issuer(collapse_spaces(t.strip()), text)
    m = _PREAMBLE_ISSUER.search(text)
    if not m:
        return None
    province = _main_province(text)
    if province and not meta.place:
        meta.place = province
    unit = m.group(2).lower()
    return f"Ủy ban nhân dân {unit}" + (f" {province}" if province else "")


# the office that decides, written over a decision's preamble: "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH X", "BỘ TRƯỞNG BỘ Y"
_OFFICE = re.compile(
    r"^(?:CHỦ\s+TỊCH|BỘ\s+TRƯỞNG|THỦ\s+TƯỚNG|GIÁM\s+ĐỐC|TRƯỞNG\s+BAN|CHÁNH\s+VĂN\s+PHÒNG)\s+"
)


def _authority_line(line: str, letterhead: str | None) -> bool:
    """The letterhead's body (or its head) named again under a decision's title, alone on its line."""
    if not letterhead:
        return False
    whole = collapse_spaces(line.strip().upper())
    t = _OFFICE.sub("", whole)
    return letterhead in (t, whole) or (
        t.startswith(letterhead + " ") and bool(_LEVEL_LINE.match(t[len(letterhead) + 1 :]))
    )


def _letterhead_lines(header: list[Line]) -> list[str]:
    """The letterhead as a reader sees it: the first three header lines that are not a signed PDF's stamp or a page
    number, each without the motto column read onto it, the table cell around it or the underline typed after it
    ("-------"), and none from the number down. Read once, for the issuer, for the authority named again under a
    decision's title, and for the import page (`DocumentMeta.letterhead`), which checks the place it names."""
    lines = []
    for ln in header[:6]:
        if _BELOW_LETTERHEAD.match(ln.text):
            break  # the number, the trích yếu or "Kính gửi": the addressee's place is not the issuer's
        if not _STAMP.match(ln.text):
            lines.append(ln.text)
    return [_RULE_TAIL.sub("", _MOTTO_TAIL.sub("", _first_cell(t))) for t in lines[:3]]


_BELOW_LETTERHEAD = re.compile(r"^\W*(?:Số\b|Số:|Kính\s+gửi|V/v\b)", re.I)


def _first_cell(line: str) -> str:
    """round 25: a web copy lays the letterhead and the motto out as one table row ("| VĂN PHÒNG CHÍNH PHỦ ------- |
    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM … |"): the letterhead is its first cell."""
    if "|" not in line:
        return line
    cells = [c.strip() for c in line.split("|")]
    return next((c for c in cells if c), line)


_RULE_TAIL = re.compile(r"\s+[-_=*]{3,}\s*$")
# a signed PDF's stamp ("Ký bởi: …", "Cơ quan: …", "Ngày ký: …") and a page number, printed over the letterhead
_STAMP = re.compile(r"^\s*(?:(?:Ký bởi|Cơ quan|Ngày ký|Thời gian ký|Email)\s*:|\d{1,4}\s*$)")
# the two letterhead columns read as one line: "THỦ TƯỚNG CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
_MOTTO_TAIL = re.compile(r"\s+(?:-{3,}\s+)?CỘNG\s+H(?:ÒA|OÀ)\s+XÃ\s+HỘI\b.*$")


def _main_province(text: str) -> str | None:
    names = Counter(collapse_spaces(m.group(1)) for m in _PROVINCE.finditer(text))
    return names.most_common(1)[0][0] if names else None


# a body under the authority its letterhead names first: "UBND TỈNH X / SỞ Y", "BỘ X / CỤC Y",
# "BAN CHẤP HÀNH TRUNG ƯƠNG / BAN Y", "ĐẢNG BỘ TỈNH X / ĐẢNG ỦY Y"
_BODY_HEAD = re.compile(
    r"^(?:SỞ|BAN|PHÒNG|CỤC|CHI CỤC|VỤ|TRƯỜNG|TRUNG TÂM|VĂN PHÒNG|THANH TRA|ĐẢNG ỦY|ĐẢNG UỶ|BỆNH VIỆN|VIỆN"
    r"|BỘ CHỈ HUY|CÔNG AN|KHO BẠC|QUỸ|ĐÀI|BÁO|ỦY BAN KIỂM TRA|UỶ BAN KIỂM TRA)\s+\S"
)
_PARENT = re.compile(
    r"^(?:(?:ỦY|UỶ)\s+BAN\s+NHÂN\s+DÂN|UBND|ĐẢNG\s+BỘ|TỈNH\s+(?:ỦY|UỶ)|THÀNH\s+(?:ỦY|UỶ)|HUYỆN\s+(?:ỦY|UỶ))"
    r"\s+(?P<level>(?:TỈNH|THÀNH\s+PHỐ|HUYỆN|QUẬN|THỊ\s+XÃ|XÃ|PHƯỜNG|ĐẶC\s+KHU)\s+)?"
    r"|^BAN\s+CHẤP\s+HÀNH\s+TRUNG\s+ƯƠNG\s+|^BỘ\s+"
    # round 25: the Front's committee over its standing board ("ỦY BAN MTTQ VIỆT NAM XÃ X / BAN THƯỜNG TRỰC")
    r"|^(?:ỦY|UỶ)\s+BAN\s+(?:MTTQ|MẶT\s+TRẬN\s+TỔ\s+QUỐC)\s+VIỆT\s+NAM\s+"
)
# round 25: a department over the unit it governs, the department named with its place ("SỞ GDĐT TỈNH ĐỒNG THÁP",
# "SỞ Y TẾ THÀNH PHỐ HÀ NỘI"); the place is taken as one to three words, the unit's own kind word ending it
_DEPARTMENT_PARENT = re.compile(
    r"^SỞ\s+(?:\S+\s+){1,8}?(?P<level>(?:TỈNH|THÀNH\s+PHỐ)\s+)(?P<place>(?:\S+\s+){0,2}?\S+)\s+(?="
    + _BODY_HEAD.pattern[1:]
    + ")"
)
_LEVEL_END = re.compile(r"(?:^|\s)(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường)$")


def _letterhead_issuer(upper: str, text: str) -> str:
    """The issuer a letterhead names, cased as the text writes it. Under an authority ("UBND TỈNH ĐỒNG THÁP SỞ
    GIÁO DỤC VÀ ĐÀO TẠO") the body below it issues the document, named with the authority's place ("Sở Giáo dục
    và Đào tạo tỉnh Đồng Tháp") so that the province it belongs to can still be told."""
    m = _PARENT.match(upper)
    if not m:
        unit = _DEPARTMENT_PARENT.match(upper)
        below = len(upper[: unit.end()].split()) if unit else 0
        words = upper.split()
        if unit and below < len(words) and _BODY_HEAD.match(" ".join(words[below:])):
            # a department over its unit ("SỞ GDĐT TỈNH X / TRƯỜNG THPT Y"): the unit issues, with the place
            body = _cased(" ".join(words[below:]), text)
            place = " ".join(w.capitalize() for w in unit.group("place").split())
            return f"{body} {unit.group('level').strip().lower()} {place}"
        return _cased(upper, text)
    words = upper.split()
    start = len(upper[: m.end()].split())  # the first word after the authority's kind and level
    first = start + 1 if m.group("level") else start  # a place has at least one word
    k = next((k for k in range(first, len(words)) if _BODY_HEAD.match(" ".join(words[k:]))), None)
    if k is None:
        return _cased(upper, text)
    body = _cased(" ".join(words[k:]), text)
    if upper.startswith("BAN CHẤP HÀNH TRUNG ƯƠNG"):
        return f"{body} Trung ương"
    if upper.startswith("BỘ "):
        return body
    name = " ".join(w.capitalize() for w in words[start:k])
    if not m.group("level"):
        return f"{body} {_cased(' '.join(words[:k]), text)}"  # "Ban Tuyên giáo Tỉnh ủy Lào Cai"
    if _LEVEL_END.search(body):
        return f"{body} {name}"  # "Đảng ủy Ủy ban nhân dân tỉnh" + "Lào Cai"
    return f"{body} {m.group('level').strip().lower()} {name}"


def _cased(upper: str, text: str) -> str:
    """A name written in capitals, cased as the text writes it elsewhere ("VĂN PHÒNG CHÍNH PHỦ" -> "Văn phòng Chính
    phủ"), a ministry's or department's name from the list of ministries, else in sentence case with places."""
    upper = fix_tone_placement(upper)  # the tone mark's old place ("UỶ"): one spelling to look for
    pattern = r"(?<![\wÀ-ỹ])" + r"\s+".join(map(re.escape, upper.split())) + r"(?![\wÀ-ỹ])"
    for found in re.finditer(pattern, text, re.I):
        written = collapse_spaces(found.group(0))
        if written.upper() != written and written[:1].isupper():
            return written
    head, _, rest = upper.partition(" ")
    known = ministry_name(rest) if head in ("SỞ", "BỘ") else None
    if known:
        return f"{head.capitalize()} {known}"
    return _proper_case(upper)


# round 25: a word with no vowel is no Vietnamese syllable but an abbreviation ("THPT", "GDĐT", "KH&CN", "MTTQ")
_ABBREVIATION = re.compile(
    r"[^\W\daăâeêioôơuưyáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]{2,}"
)


def _proper_case(upper: str) -> str:
    """ "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN" -> "Ủy ban nhân dân tỉnh Nghệ An": the place name after tỉnh stays capitalised."""
    words = upper.lower().split()
    out: list[str] = []
    proper = False
    for w in words:
        if w in ("ubnd", "hđnd") or _ABBREVIATION.fullmatch(w):  # abbreviations stay in capitals
            out.append(w.upper())
            continue
        out.append(w.capitalize() if proper else w)
        proper = proper or w in ("tỉnh", "phố", "huyện", "xã", "phường", "quận")
    s = re.sub(r"\bviệt nam\b", "Việt Nam", " ".join(out))  # the country's name, wherever it stands
    return s[0].upper() + s[1:] if s else s


_CORE_PUNCT = "“”\"'(),;:."


def _core(tok: str) -> str:
    return tok.strip(_CORE_PUNCT).lower()


RECASE_WORDS = 20000  # the title's words recur near the start; a huge body adds nothing


def recase(upper_title: str, prose: str) -> str:
    """Restore the casing of an upper-case title from the longest matching word runs of the prose."""
    words = upper_title.split()
    body = prose.split(None, RECASE_WORDS)[:RECASE_WORDS]  # no need to split the rest of a long text
    low = [w.strip(_CORE_PUNCT).lower() for w in body]  # _core, inline: this runs over a long text
    wanted = {_core(w) for w in words}  # only the title's words are looked up
    positions: dict[str, list[int]] = {}
    for p, w in enumerate(low):
        if w in wanted:
            positions.setdefault(w, []).append(p)
    out: list[str] = []
    i = 0
    while i < len(words):
        best, at = 0, -1
        head = _core(words[i])
        for p in positions.get(head, []):
            k = 0
            while i + k < len(words) and p + k < len(low) and low[p + k] == _core(words[i + k]):
                k += 1
            if k > best and not _shouted(body[p : p + k]):
                best, at = k, p
        if best >= 2:
            out.extend(_keep_punct(words[i + k], body[at + k]) for k in range(best))
            i += best
            continue
        w = words[i]
        out.append(w if re.search(r"\d", w) else w.lower())
        i += 1
    return " ".join(out)


def _shouted(run: list[str]) -> bool:
    """round 25: a run of prose words all in capitals ("… QUÁN TRIỆT, TRIỂN KHAI THỰC HIỆN" of a heading inside a
    line) is no casing to copy."""
    return all(w.upper() == w for w in run) and any(w.lower() != w for w in run)


def _keep_punct(title_word: str, prose_word: str) -> str:
    core = prose_word.strip("“”\"'(),;:.")
    m = re.match(r"^([“”\"'(]*)(.*?)([“”\"'(),;:.]*)$", title_word)
    return (m.group(1) + core + m.group(3)) if m else core


_RECIPIENTS = re.compile(r"\s*Nơi\s+nhận")
_DIGIT = re.compile(r"\d")


def cited_documents(text: str, skip_lines: set[str], own_number: str | None) -> list[CitedDocument]:
    """Every document cited by type + number (+ date, issuer); short mentions merge into their full form."""
    found: list[CitedDocument] = []
    for line in text.split("\n"):
        if not _DIGIT.search(line) or line.strip() in skip_lines or _RECIPIENTS.match(line):
            continue  # a citation has a number: a line without a digit is not scanned for one
        for m in _CITE.finditer(line):
            found.append(_cited(m))
    return _merge_cited([d for d in found if d.number != own_number])


def _cited(m: re.Match[str]) -> CitedDocument:
    d = None
    if m.group(5):
        d = _date(m.group(5), m.group(4), m.group(3))
    elif m.group(8):
        d = _date(m.group(8), m.group(7), m.group(6))
    issuer = m.group(9).strip() if m.group(9) else None
    return CitedDocument(m.group(1), m.group(2), d, issuer)


def _merge_cited(found: list[CitedDocument]) -> list[CitedDocument]:
    full = [d for d in found if re.search(r"[/\-]", d.number or "")]
    full_ids = {id(d) for d in full}
    out: list[CitedDocument] = []
    by_number: dict[str | None, list[CitedDocument]] = {}
    for d in full:
        same = [o for o in by_number.get(d.number, []) if _compatible(o, d)]
        if same:
            _fill(same[0], d)
        else:
            out.append(CitedDocument(d.type, d.number, d.date, d.issuer))
            by_number.setdefault(d.number, []).append(out[-1])
    # a short mention ("Kết luận số 52") is known when a full number starts with it ("52-KL/TW")
    known = {o.number for o in out} | {re.split(r"[-/]", o.number, maxsplit=1)[0] for o in out if o.number}
    for d in found:
        if id(d) in full_ids or d.number in known:
            continue
        out.append(CitedDocument(d.type, d.number, d.date, d.issuer))
        known.add(d.number)
    return out


def _compatible(a: CitedDocument, b: CitedDocument) -> bool:
    """Same number may recur in another year: dated mentions must agree, issuers must not conflict."""
    if a.date and b.date and a.date != b.date:
        return False
    return not (a.issuer and b.issuer and agency_key(a.issuer) != agency_key(b.issuer))


def _fill(target: CitedDocument, other: CitedDocument) -> None:
    target.date = target.date or other.date
    target.issuer = target.issuer or other.issuer
