"""Words drawn in pieces from two fonts come out whole.

A PDF often draws one word in several runs: a glyph the font lacks is drawn afterwards from a fallback font
(LibreOffice does this with Liberation Serif, which lacks some precomposed Vietnamese letters), a bold letter
or a symbol comes from another font. Read in the file's order, with PDFium's guessed spaces at each jump,
"TỈNH" came out "T Ỉ NH". Two real PDFs: one laid out here with fpdf2 (the later glyphs drawn after the
whole page from a second font), one printed by LibreOffice from a .docx set in a font that lacks them.
"""

from __future__ import annotations

import ctypes
import io
import os
import re
import subprocess
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from fpdf import FPDF

from planparse import read_text
from planparse.tests.marks import SOFFICE, needs_soffice
from planparse.tests.pdf_maker import FONTS, REGULAR, fonts_available

SECOND = FONTS / "DejaVuSans.ttf"

# [...] marks the glyphs drawn afterwards from the second font, at the place left for them in the line
PIECED = [
    "ỦY BAN NHÂN DÂN T[Ỉ]NH KHÁNH HÒA",
    "C[Ộ]NG HÒA XÃ H[Ộ]I CH[Ủ] NGHĨA VI[Ệ]T NAM",
    "K[Ế] HO[Ạ]CH",
    "Căn c[ứ] Ngh[ị] quy[ế]t s[ố] 76/NQ-CP ngày 15/7/2021 c[ủ]a Chính ph[ủ];",
    "[Ủ]y ban nhân dân t[ỉ]nh ban hành K[ế] ho[ạ]ch c[ả]i cách hành chính nhà n[ướ]c",
    "1. S[ở] N[ộ]i v[ụ] ch[ủ] trì, ph[ố]i h[ợ]p v[ớ]i các s[ở], ban, ngành [để] rà soát,",
    "hoàn thành trong quý II/2026 [(]báo cáo[)] tr[ướ]c ngày 30/9/2026.",
]


def _pieced_pdf(lines: list[str]) -> bytes:
    """Each line drawn in the first font with gaps; the bracketed glyphs of the whole page drawn last."""
    pdf = FPDF(unit="pt", format="A4")
    pdf.add_font("First", fname=str(REGULAR))
    pdf.add_font("Second", fname=str(SECOND))
    pdf.add_page()
    later: list[tuple[float, float, str]] = []
    for n, line in enumerate(lines):
        x, y = 60.0, 80.0 + 22 * n
        for piece in re.findall(r"\[[^\]]+\]|[^\[]+", line):
            second = piece.startswith("[")
            text = piece.strip("[]")
            pdf.set_font("Second" if second else "First", size=13)
            if second:
                later.append((x, y, text))
            else:
                pdf.text(x, y, text)
            x += pdf.get_string_width(text)
    pdf.set_font("Second", size=13)
    for x, y, text in later:
        pdf.text(x, y, text)
    return bytes(pdf.output())


@pytest.mark.skipif(not (fonts_available() and SECOND.exists()), reason="DejaVu fonts missing")
def test_a_word_drawn_in_pieces_from_two_fonts_reads_whole() -> None:
    read = read_text(_pieced_pdf(PIECED), "pdf")
    assert read.split() == " ".join(PIECED).replace("[", "").replace("]", "").split()


NARROW = [
    "Sở Nội vụ chủ trì, phối hợp với các sở, ban, ngành rà soát và báo cáo",
    "Ủy ban nhân dân tỉnh ban hành Kế hoạch cải cách hành chính nhà nước",
]


@pytest.mark.skipif(not fonts_available(), reason="DejaVu fonts missing")
def test_words_parted_by_a_narrow_typed_space_stay_apart() -> None:
    """Justified or condensed text can leave less room for a space than WORD_GAP: the typed space decides."""
    pdf = FPDF(unit="pt", format="A4")
    pdf.add_font("First", fname=str(REGULAR))
    pdf.add_page()
    pdf.set_font("First", size=13)
    pdf.set_char_spacing(-2.5)  # every advance 2.5 pt shorter: a space leaves a gap under 0.12 em
    pdf.text(60, 80, NARROW[0])
    pdf.set_char_spacing(0)
    pdf.text(60, 110, NARROW[1])
    expected = " ".join(NARROW).split()
    assert read_text(bytes(pdf.output()), "pdf").split() == expected


PRINTED = [
    "ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA",
    "KẾ HOẠCH",
    "Cải cách hành chính nhà nước giai đoạn 2026 - 2030",
    "Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách "
    "hành chính nhà nước giai đoạn 2021 - 2030;",
    "1. Sở Nội vụ chủ trì, phối hợp với các sở, ban, ngành rà soát, đánh giá thực trạng đội ngũ cán bộ, "
    "công chức làm công tác cải cách hành chính; hoàn thành trong quý II/2026.",
    "2. Sở Tài chính chủ trì tham mưu bố trí kinh phí thực hiện Kế hoạch, hoàn thành trước ngày 30/9/2026.",
]
# DejaVu Serif cut to Latin-1: LibreOffice takes the letters it lacks from another font, glyph by glyph
LATIN_ONLY = "Plan Test Serif"


def _latin_only_font(folder: Path) -> None:
    """A font without the Vietnamese letters (as Liberation Serif 1.x on many machines), and a fontconfig
    file that adds it to the machine's fonts, so the fallback does not depend on what is installed."""
    from fontTools import subset
    from fontTools.ttLib import TTFont

    font = TTFont(str(REGULAR))
    subsetter = subset.Subsetter(subset.Options())
    subsetter.populate(unicodes=range(0x20, 0x100))
    subsetter.subset(font)
    for record in font["name"].names:
        if record.nameID in (1, 4, 16):
            record.string = LATIN_ONLY
        elif record.nameID == 6:
            record.string = LATIN_ONLY.replace(" ", "")
    (folder / "fonts").mkdir()
    font.save(str(folder / "fonts" / "PlanTestSerif.ttf"))
    (folder / "fonts.conf").write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n'
        f"  <cachedir>{folder}/fc-cache</cachedir>\n  <dir>{folder}/fonts</dir>\n"
        '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n</fontconfig>\n',
        encoding="utf-8",
    )


def _docx(paragraphs: list[str], font: str) -> bytes:
    document = docx.Document()
    style = document.styles["Normal"]
    style.font.name = font
    style.font.size = docx.shared.Pt(13)
    fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), font)
    for text in paragraphs:
        document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _print_with_libreoffice(data: bytes, folder: Path) -> bytes:
    source = folder / "ke-hoach.docx"
    source.write_bytes(data)
    subprocess.run(
        [
            str(SOFFICE),
            f"-env:UserInstallation=file://{folder}/profile",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
        env={**os.environ, "FONTCONFIG_FILE": str(folder / "fonts.conf")},
    )
    return (folder / "ke-hoach.pdf").read_bytes()


def _fonts_of_letters(data: bytes) -> set[str]:
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    names: set[str] = set()
    buffer = ctypes.create_string_buffer(256)
    flags = ctypes.c_int()
    document = pdfium.PdfDocument(data)
    try:
        textpage = document[0].get_textpage()
        for i in range(raw.FPDFText_CountChars(textpage)):
            if chr(raw.FPDFText_GetUnicode(textpage, i)).isalpha():
                raw.FPDFText_GetFontInfo(textpage, i, buffer, len(buffer), ctypes.byref(flags))
                names.add(buffer.value.decode(errors="replace").split("+")[-1])
    finally:
        document.close()
    return names


@needs_soffice
@pytest.mark.skipif(not fonts_available(), reason="DejaVu fonts missing")
def test_a_pdf_printed_by_libreoffice_with_fallback_glyphs_reads_whole_words(tmp_path: Path) -> None:
    _latin_only_font(tmp_path)
    data = _print_with_libreoffice(_docx(PRINTED, LATIN_ONLY), tmp_path)
    fonts = _fonts_of_letters(data)
    assert any(LATIN_ONLY.replace(" ", "") in name for name in fonts), fonts  # the test font was used
    assert len(fonts) >= 2, fonts  # and letters it lacks came from another font, word by word
    assert read_text(data, "pdf").split() == " ".join(PRINTED).split()
