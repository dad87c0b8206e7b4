"""The number and day a signing stamp writes into the blanks of the letterhead are read in their place.

Signing software leaves "Số:      /KH-UBND" and "ngày    tháng    năm 2026" blank in the page's text and draws
the figures in the appearance of signature fields (widget annotations), appended to the file as an incremental
update; PDFium's text page leaves annotations out. The PDF here is made the same way: a page laid out with
fpdf2, then an update that adds signature widgets whose appearances draw the figures, one through nested form
XObjects in a WinAnsi font, the others in a font whose codes only its ToUnicode map explains.
"""

from __future__ import annotations

import re

import pytest
from fpdf import FPDF

from planparse import parse_plan, read_text
from planparse.tests.pdf_maker import REGULAR, fonts_available

pytestmark = pytest.mark.skipif(not fonts_available(), reason="DejaVu fonts not installed")

BASELINE = 100.0  # pt from the page's top
TO_UNICODE = b"""/CIDInit /ProcSet findresource begin 12 dict begin begincmap
1 begincodespacerange <00> <FF> endcodespacerange
1 beginbfrange <01> <0A> <0030> endbfrange
1 beginbfchar <20> <0020> endbfchar
endcmap CMapName currentdict /CMap defineresource pop end end"""


def _page() -> tuple[bytes, float, list[float]]:
    """The page with its blanks: the PDF, its height, and the x where each blank starts (number, day, month)."""
    pdf = FPDF(unit="pt", format="A4")
    pdf.add_font("Serif", fname=str(REGULAR))
    pdf.set_font("Serif", size=12)
    pdf.add_page()
    pdf.text(60, 60, "ỦY BAN NHÂN DÂN")
    pdf.text(300, 60, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    blanks = []
    x = 60.0
    pdf.text(x, BASELINE, "Số:")
    blanks.append(x + pdf.get_string_width("Số: "))
    pdf.text(blanks[-1] + 30, BASELINE, "/KH-UBND")
    x = 300.0
    for piece, gap in (("Hà Nội, ngày", 20), ("tháng", 16), ("năm 2026", 0)):
        pdf.text(x, BASELINE, piece)
        x += pdf.get_string_width(piece + " ")
        if gap:
            blanks.append(x)
            x += gap
    pdf.text(250, 140, "KẾ HOẠCH")
    pdf.text(120, 156, "Tổ chức lễ hội văn hóa thành phố năm 2026")
    pdf.text(60, 190, "Ủy ban nhân dân thành phố ban hành Kế hoạch như sau:")
    pdf.text(60, 206, "1. Sở Văn hóa chủ trì tổ chức lễ hội, hoàn thành trước ngày 30/9/2026.")
    return bytes(pdf.output()), pdf.h, blanks


def _form(obj: int, bbox: str, content: bytes, resources: str) -> bytes:
    return (
        f"{obj} 0 obj\n<< /Type /XObject /Subtype /Form /BBox [{bbox}] /Resources << {resources} >> "
        f"/Length {len(content)} >>\nstream\n".encode()
        + content
        + b"\nendstream\nendobj\n"
    )


def _signed(base: bytes, height: float, stamps: list[tuple[float, bytes, str]]) -> bytes:
    """`base` with an incremental update adding one signature widget per (x, text bytes, font) to page 1."""
    objects = [int(n) for n in re.findall(rb"(\d+) 0 obj", base)]
    page = re.search(
        rb"(\d+) 0 obj\s*<<((?:(?!endobj).)*?/Type\s*/Page\b(?:(?!endobj).)*?)>>\s*endobj", base, re.S
    )
    assert page is not None
    start = int(re.findall(rb"startxref\s+(\d+)", base)[-1])
    next_obj = max(objects) + 1
    body = b""
    offsets: dict[int, int] = {}

    def add(chunk: bytes, number: int) -> None:
        nonlocal body
        offsets[number] = len(base) + len(body)
        body += chunk

    simple, mapped = next_obj, next_obj + 1
    add(
        f"{simple} 0 obj\n<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>\nendobj\n".encode(),
        simple,
    )
    add(
        f"{mapped + 1} 0 obj\n<< /Length {len(TO_UNICODE)} >>\nstream\n".encode()
        + TO_UNICODE
        + b"\nendstream\nendobj\n",
        mapped + 1,
    )
    add(
        f"{mapped} 0 obj\n<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode {mapped + 1} 0 R >>\nendobj\n".encode(),
        mapped,
    )
    n = mapped + 2
    widgets = []
    for x, text, font in stamps:
        font_obj = simple if font == "simple" else mapped
        draw = b"BT\n1 0 0 1 0.5 4.5 Tm\n/F1 12 Tf\n(" + text + b")Tj\nET"
        inner, outer, widget = n, n + 1, n + 2
        add(_form(inner, "0 0 28 20", draw, f"/Font << /F1 {font_obj} 0 R >>"), inner)
        add(_form(outer, "0 0 28 20", b"q 1 0 0 1 0 0 cm /n2 Do Q", f"/XObject << /n2 {inner} 0 R >>"), outer)
        bottom = height - BASELINE - 4.5
        add(
            f"{widget} 0 obj\n<< /Type /Annot /Subtype /Widget /FT /Sig /T (Signature{widget}) /F 132 "
            f"/Rect [{x - 0.5:.2f} {bottom:.2f} {x + 27.5:.2f} {bottom + 20:.2f}] /P {page.group(1).decode()} 0 R "
            f"/AP << /N {outer} 0 R >> >>\nendobj\n".encode(),
            widget,
        )
        widgets.append(widget)
        n += 3
    annots = " ".join(f"{w} 0 R" for w in widgets)
    add(
        page.group(1) + b" 0 obj\n<<" + page.group(2) + f" /Annots [{annots}] >>\nendobj\n".encode(),
        int(page.group(1)),
    )
    xref = b"xref\n" + b"".join(f"{k} 1\n{offsets[k]:010d} 00000 n \n".encode() for k in sorted(offsets))
    root = re.findall(rb"/Root\s+(\d+ \d+ R)", base)[-1].decode()
    trailer = (
        f"trailer\n<< /Size {n} /Root {root} /Prev {start} >>\nstartxref\n{len(base) + len(body)}\n%%EOF\n"
    )
    return base + body + xref + trailer.encode()


def test_the_number_and_day_drawn_by_signature_widgets_are_read_in_their_blanks() -> None:
    base, height, (number_x, day_x, month_x) = _page()
    signed = _signed(
        base,
        height,
        [(number_x, b"173", "simple"), (day_x, b"\x03\x09", "mapped"), (month_x, b"\x05", "mapped")],
    )
    unsigned_lines = read_text(base, "pdf").splitlines()
    assert any(re.fullmatch(r"Số: ?/KH-UBND", ln) for ln in unsigned_lines)
    lines = read_text(signed, "pdf").splitlines()
    assert "Số: 173 /KH-UBND" in lines
    assert "Hà Nội, ngày 28 tháng 4 năm 2026" in lines
    document = parse_plan("\n".join(lines)).document
    assert document.number == "173/KH-UBND"
    assert str(document.date) == "2026-04-28"


def test_a_widget_with_a_broken_appearance_is_left_out() -> None:
    base, height, (number_x, _, _) = _page()
    signed = _signed(base, height, [(number_x, b"173", "simple")])
    broken = signed.replace(b"/AP << /N", b"/AP << /X")
    lines = read_text(broken, "pdf").splitlines()
    assert any(re.fullmatch(r"Số: ?/KH-UBND", ln) for ln in lines)
