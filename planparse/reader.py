"""Read .txt/.docx/.pdf bytes into NFC text, one paragraph per line; unreadable input raises ReadError."""

from __future__ import annotations

import io
import re
import zipfile

from .text import cites_article, legacy_encoding, nfc

ACCEPTED = "Chỉ nhận tệp .txt, .docx hoặc .pdf."
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Word 97-2003, and Office files encrypted with a password


class ReadError(Exception):
    """A file that cannot be read; `message` is shown to the user as is (Vietnamese)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def read_text(data: bytes, kind: str) -> str:
    """Extract the text of a .txt, .docx or .pdf file."""
    kind = (kind or "").lower().lstrip(".")
    if not data or not data.strip():
        raise ReadError("Tệp rỗng, không có nội dung để đọc.")
    readers = {"txt": _read_txt, "docx": _read_docx, "doc": _read_doc, "pdf": _read_pdf}
    if kind == "docx" and data.startswith(_OLE_MAGIC):
        kind = "doc"  # a .doc renamed, or a .docx under a password (LibreOffice refuses that one too)
    if kind not in readers:
        raise ReadError(f"Không hỗ trợ định dạng “{kind or '?'}”. {ACCEPTED}")
    text = _mend_surrogates(readers[kind](data)).translate(_HORNED_U)
    text = "\n".join(
        line.rstrip() for line in nfc(text).replace("\r\n", "\n").replace("\r", "\n").split("\n")
    )
    if not text.strip():
        raise ReadError("Tệp không có nội dung văn bản đọc được.")
    return text


# round 74 (set 23): some PDF fonts map the Vietnamese "ư" to "ƣ" (U+01A3, Latin "oi", no letter of Vietnamese) in
# their text layer, so a page that shows "Sở Công Thương" reads "Thƣơng": the letter is put back
_HORNED_U = str.maketrans({"\u01a3": "\u01b0", "\u01a2": "\u01af"})


_SURROGATE_PAIR = re.compile(r"([\ud800-\udbff])\s?([\udc00-\udfff])")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def _mend_surrogates(text: str) -> str:
    """A PDF's text layer may give a character beyond the first plane (a formula's italic "𝑔") as its two UTF-16
    halves, even with a space between them: the halves are joined into the character, and a half left alone, which
    no text can hold (it cannot be stored or printed), is dropped."""
    if not _SURROGATE.search(text):
        return text
    text = _SURROGATE_PAIR.sub(
        lambda m: (m.group(1) + m.group(2)).encode("utf-16", "surrogatepass").decode("utf-16"), text
    )
    return _SURROGATE.sub("", text)


UTF16_BROKEN = "Không giải mã được tệp văn bản (UTF-16 hỏng). Hãy lưu lại tệp ở dạng Unicode (UTF-8)."
NOT_UNICODE = "Không giải mã được tệp văn bản: hãy lưu lại tệp ở dạng Unicode (UTF-8) rồi tải lên lại."
NUL_BYTES = (
    "Tệp văn bản chứa ký tự rỗng (NUL), có thể không phải tệp văn bản thuần. "
    "Hãy lưu lại tệp ở dạng Unicode (UTF-8) rồi tải lên lại."
)
LEGACY_TXT = (
    "Tệp văn bản được gõ bằng bảng mã tiếng Việt cũ (TCVN3/ABC hoặc VNI), nên chữ đọc ra bị sai dấu. "
    "Hãy chuyển sang Unicode (ví dụ bằng công cụ chuyển mã của Unikey) rồi lưu ở dạng UTF-8 và tải lên lại."
)


def _read_txt(data: bytes) -> str:
    """Plain text in whatever encoding Vietnamese offices save: UTF-8 (with or without BOM), UTF-16 (with a BOM,
    or without one, told by where the NUL bytes fall) or Windows-1258. NUL characters and text typed in the old
    TCVN3/VNI code pages are refused with a message: nothing garbled is handed on."""
    text = _decode_txt(data)
    if "\x00" in text:
        raise ReadError(NUL_BYTES)
    if legacy_encoding(nfc(text)):
        raise ReadError(LEGACY_TXT)
    from .pdf_reader import is_layout_text, read_layout_text  # the PDF reader imports this module

    text = strip_common_indent(text)
    if is_layout_text(text):  # a PDF's text layer saved with its page layout: read it as the PDF is read
        return read_layout_text(text.replace("\r\n", "\n"))
    joined = join_paragraph_blocks(text)
    return join_hard_wrapped(joined) if joined is text else joined


def strip_common_indent(text: str) -> str:
    """Round 90: the spaces or tabs that every non-blank line of a plain text starts with (a copy of a Word file
    whose paragraphs are all indented alike) carry no structure, so they are stripped, as `textwrap.dedent` would;
    an indent deeper than the others (a sub-item, a layout column) keeps what it has beyond the common one. Lines
    of spaces only are left for the reader's own trimming. A text with one line at its left edge is unchanged."""
    lines = text.replace("\r\n", "\n").split("\n")
    body = [ln for ln in lines if ln.strip()]
    if not body:
        return text
    prefix = min(ln[: len(ln) - len(ln.lstrip(" \t"))] for ln in body)
    while prefix and not all(ln.startswith(prefix) for ln in body):
        prefix = prefix[:-1]
    if not prefix:
        return text
    return "\n".join(ln[len(prefix) :] if ln.strip() else ln for ln in lines)


def _decode_txt(data: bytes) -> str:
    encoding = _utf16_encoding(data)
    if encoding:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError as exc:
            raise ReadError(UTF16_BROKEN) from exc
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1258")
    except UnicodeDecodeError as exc:
        # Bytes Windows-1258 leaves undefined: TCVN3 capitals use some of them.
        if legacy_encoding(nfc(data.decode("cp1258", errors="replace"))):
            raise ReadError(LEGACY_TXT) from exc
        raise ReadError(NOT_UNICODE) from exc


def _utf16_encoding(data: bytes) -> str | None:
    """UTF-16 by its BOM, or, without one, by its NUL bytes: Vietnamese text is mostly ASCII letters and spaces,
    whose high byte is 0, so one of the two byte positions is NUL far more often than the other."""
    if data.startswith(b"\xff\xfe"):
        return "utf-16"
    if data.startswith(b"\xfe\xff"):
        return "utf-16"
    sample = data[:4096]
    pairs = len(sample) // 2
    if pairs < 2:
        return None
    even, odd = sample[0 : 2 * pairs : 2].count(0), sample[1 : 2 * pairs : 2].count(0)
    if odd >= 0.3 * pairs and even <= 0.05 * pairs:
        return "utf-16-le"
    if even >= 0.3 * pairs and odd <= 0.05 * pairs:
        return "utf-16-be"
    return None


def _read_docx(data: bytes) -> str:
    """Word as the reader sees it (automatic numbering, body order, merged cells): see docx_reader."""
    from .docx_reader import docx_text

    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise ReadError("Tệp .docx bị hỏng hoặc không đúng định dạng Word.")
    _refuse_zip_bomb(data)
    try:
        return docx_text(data)
    except Exception as exc:  # lxml and zipfile raise many types on corrupt input
        raise ReadError("Tệp .docx bị hỏng hoặc không đúng định dạng Word.") from exc


def _read_doc(data: bytes) -> str:
    """An old .doc (or an OLE-wrapped .docx): converted by LibreOffice when installed, then read as .docx."""
    from .docx_reader import doc_to_docx

    # a .docx saved under a .doc name; an old .doc is a compound file even when a zip is embedded in it (a Word
    # object inside the letter ends the file with a zip's directory, and `is_zipfile` looks only at the end)
    if not data.startswith(_OLE_MAGIC) and zipfile.is_zipfile(io.BytesIO(data)):
        return _read_docx(data)
    if not _is_compound_file(data):
        # LibreOffice reads anything as some document (garbage becomes a page of odd letters): refuse first,
        # with the advice a failed conversion gets (a damaged file, or one under a password).
        from .docx_reader import CONVERT_FAILED

        raise ReadError(CONVERT_FAILED)
    return _read_docx(doc_to_docx(data))


def _is_compound_file(data: bytes) -> bool:
    """An OLE compound file as Word 97-2003 writes it ([MS-CFB]): the signature, the byte-order mark 0xFFFE at
    offset 28, a sector size of 512 or 4096 bytes, and a whole number of sectors after the header."""
    if len(data) < 1536 or not data.startswith(_OLE_MAGIC) or data[28:30] != b"\xfe\xff":
        return False
    sector = 1 << int.from_bytes(data[30:32], "little") if data[30:32] in (b"\x09\x00", b"\x0c\x00") else 0
    return sector > 0 and len(data) % sector == 0


MAX_UNZIPPED_BYTES = 200 * 1024 * 1024
MAX_RATIO = 200


def _refuse_zip_bomb(data: bytes) -> None:
    """A .docx is a zip: refuse one that would unpack to far more than any real plan (a zip bomb)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise ReadError("Tệp .docx bị hỏng hoặc không đúng định dạng Word.") from exc
    if unpacked > MAX_UNZIPPED_BYTES or unpacked > MAX_RATIO * max(len(data), 1) + 10 * 1024 * 1024:
        raise ReadError(
            "Tệp .docx bất thường: nội dung giải nén quá lớn so với tệp (nghi là “bom nén”), không đọc."
        )


def _read_pdf(data: bytes) -> str:
    from .pdf_reader import read_pdf  # layout-aware reading: planparse/pdf_reader.py

    return read_pdf(data)


WRAP_FILL = 0.75  # a line this close to a full line's length probably wrapped
_ITEM_START = re.compile(
    r"^\s*(?:[IVX]{1,5}\.|\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ]\)|[-–—•+]|Điều\s+\d+[.:]?)\s+[\w“\"(]", re.U
)
_LETTER_ITEM = re.compile(r"^\(?[a-zđ]\s*[.)](?:\s|$)")  # "a)", "b.", "(c)": an item even in lower case
_SENTENCE_END = re.compile(r"(?:[.;:!?…]|\./\.)[”\")]?$")


def join_wrapped_lines(text: str, *, plain: bool = False) -> str:
    """Undo a PDF's hard line wraps: one paragraph per line again.

    A line continues the one before when that one is nearly full (WRAP_FILL of a full line, the 90th
    percentile of line lengths) and either did not end a sentence and the line does not start a new item
    ("1. Xây …", "a) Rà …", "- Tổ …"; "27)." is not one), or it ended a clause and the line starts in lower
    case ("…công nghệ;" / "sử dụng quỹ…"). Table rows (" | ") are never joined. Justified text's runs of
    spaces collapse to one.

    `plain` (round 89): a plain text hard-wrapped at a common width (`join_hard_wrapped`). Its blank lines and
    each paragraph's first line stay as they are (indent, spacing), a paragraph never goes on across a blank line,
    and a line goes on the one before only when it starts in lower case, is no letter item ("a)", "b.", "c)"
    alone) and that one is no heading (in capitals): such a text is typed, so a line that starts in capitals was
    begun by its writer. A line that ends no sentence is continued whatever its length (a wrap falls where a word
    allows it); one that ends a clause only when it is nearly full (`_continues`).
    """
    if plain:
        return _join_plain(text)
    lines = [_collapsed(raw.strip()) for raw in text.split("\n")]
    lines = [ln for ln in lines if ln]
    if not lines:
        return ""
    full = _full_length(lines)
    out: list[str] = []
    prev = ""
    for line in lines:
        if out and len(prev) >= WRAP_FILL * full and _continues(prev, line):
            out[-1] = out[-1] + " " + line
        else:
            out.append(line)
        prev = line
    return "\n".join(out)


def _join_plain(text: str) -> str:
    raw = text.replace("\r\n", "\n").split("\n")
    full = _full_length([_collapsed(ln.strip()) for ln in raw if ln.strip() and " | " not in ln])
    out: list[str] = []
    prev = ""
    for line in raw:
        body = _collapsed(line.strip())
        if (
            prev
            and body[:1].islower()
            and not _LETTER_ITEM.match(body)
            and not prev.isupper()
            and _continues(prev, body)
            and (len(prev) >= WRAP_FILL * full or not _SENTENCE_END.search(prev))
        ):
            out[-1] = out[-1].rstrip() + " " + body
        else:
            out.append(line)
        prev = body
    return "\n".join(out)


def _collapsed(line: str) -> str:
    """Justified text's runs of spaces as one."""
    return re.sub(r"[ \t\u00a0]{2,}", " ", line)


def _full_length(lines: list[str]) -> int:
    """The length of a full line: the 90th percentile, so that a few long lines (tables, titles) do not set it."""
    lengths = sorted(len(ln) for ln in lines)
    return lengths[int(0.9 * (len(lengths) - 1))]


def _continues(prev: str, line: str) -> bool:
    if " | " in prev or " | " in line:
        return False
    if not _SENTENCE_END.search(prev):
        return (
            not _ITEM_START.match(line) or cites_article(line) or not line.split(maxsplit=1)[-1][:1].isupper()
        )
    return line[:1].islower() and not _ITEM_START.match(line)


_PAGE_NUMBER = re.compile(r"^\d{1,3}$")


def join_paragraph_blocks(text: str) -> str:
    """round 80 (set 52): a scan's text (OCR) that parts its paragraphs by blank lines and wraps each paragraph at
    the page's width, with no indent, is read one paragraph a line again. Inside a block of lines a line goes on
    the one before when that one ends no sentence and the line starts no new item (`_continues`), or ends a
    clause and the line starts in lower case; across a blank line (a title wrapped round a blank, a paragraph
    broken by a page and its page number) only a nearly full line ending no sentence goes on with a line in lower
    case. A text that is not laid out so (one paragraph a line, blank lines only between sections) is returned
    as it is."""
    norm = text.replace("\r\n", "\n")
    blocks = [
        [ln.strip() for ln in block.split("\n") if ln.strip()] for block in re.split(r"\n[ \t]*\n", norm)
    ]
    blocks = [[_collapsed(ln) for ln in block] for block in blocks if block]
    lines = [ln for block in blocks for ln in block]
    if len(lines) < 40:
        return text
    full = _full_length(lines)
    if full > 130:  # paragraphs on one line each
        return text
    inner = [(block[i], block[i + 1]) for block in blocks for i in range(len(block) - 1)]
    wrapped = [
        (a, b)
        for a, b in inner
        if len(a) >= WRAP_FILL * full and not _SENTENCE_END.search(a) and b[:1].islower()
    ]
    if len(blocks) * 4 < len(lines) or len(wrapped) * 3 < len(inner) or len(wrapped) < 10:
        return text
    out: list[str] = []
    prev = ""
    for block in blocks:
        if len(block) == 1 and _PAGE_NUMBER.match(block[0]) and out:
            out.append(block[0])  # a page number: read past it, the paragraph may go on after it
            continue
        for k, line in enumerate(block):
            if k == 0:
                goes_on = (
                    bool(out)
                    and len(prev) >= WRAP_FILL * full
                    and not _SENTENCE_END.search(prev)
                    and line[:1].islower()
                    and not _ITEM_START.match(line)
                )
                if goes_on and _PAGE_NUMBER.match(out[-1]):
                    out.pop()  # the page number that broke the paragraph
            else:
                goes_on = _continues(prev, line) and (len(prev) >= WRAP_FILL * full or line[:1].islower())
            if goes_on:
                out[-1] = out[-1] + " " + line
            else:
                out.append(line)
            prev = line
    return "\n".join(out)


def join_hard_wrapped(text: str) -> str:
    """round 89: a plain text hard-wrapped near one width (a web copy, an e-mail, a PDF's text pasted), with no
    blank line between its paragraphs, is read one paragraph a line again (`join_wrapped_lines(plain=True)`).
    Told by its lines: the full line (`_full_length`, table rows left out) is short (at most 130 characters) and
    at least one line in five is a nearly full line that ends no sentence followed by a line that starts in lower
    case and starts no item: a wrap. A text written one paragraph a line is returned as it is."""
    lines = [_collapsed(ln.strip()) for ln in text.replace("\r\n", "\n").split("\n")]
    body = [ln for ln in lines if ln and " | " not in ln]
    if len(body) < 8:
        return text
    full = _full_length(body)
    if full > 130:
        return text
    wraps = sum(
        len(a) >= WRAP_FILL * full
        and not _SENTENCE_END.search(a)
        and b[:1].islower()
        and not _ITEM_START.match(b)
        for a, b in zip(lines, lines[1:], strict=False)
    )
    if wraps < 3 or wraps * 5 < len(body):
        return text
    return join_wrapped_lines(text, plain=True)
