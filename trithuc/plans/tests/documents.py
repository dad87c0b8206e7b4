"""Real .docx and .pdf files of a plan's text, made in the test (python-docx, fpdf2 with a Vietnamese font)."""

import io
from pathlib import Path

DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def docx_bytes(text: str) -> bytes:
    import docx

    document = docx.Document()
    for line in text.splitlines():
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def pdf_bytes(text: str) -> bytes:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(auto=True, margin=15)
    pdf.add_page()
    pdf.add_font("DejaVu", fname=str(DEJAVU))
    pdf.set_font("DejaVu", size=11)
    for line in text.splitlines():
        if line.strip():
            pdf.multi_cell(0, 6, line.strip(), new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def encrypted_pdf_bytes(text: str) -> bytes:
    """The plan's PDF locked with a password needed to open it."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.add_font("DejaVu", fname=str(DEJAVU))
    pdf.set_font("DejaVu", size=11)
    for line in text.splitlines()[:20]:
        if line.strip():
            pdf.multi_cell(0, 6, line.strip(), new_x="LMARGIN", new_y="NEXT")
    pdf.set_encryption(owner_password="chu-so-huu", user_password="mat-khau")
    return bytes(pdf.output())


def scanned_pdf_bytes(pages: int = 2) -> bytes:
    """Pages that are only pictures, as a scanner makes them: no text layer."""
    from fpdf import FPDF
    from PIL import Image, ImageDraw

    pdf = FPDF(format="A4")
    for page in range(pages):
        picture = Image.new("L", (600, 850), 255)
        ImageDraw.Draw(picture).text((50, 50), f"KE HOACH - trang {page + 1}", fill=0)
        buffer = io.BytesIO()
        picture.save(buffer, format="PNG")
        pdf.add_page()
        pdf.image(buffer, x=0, y=0, w=pdf.w)
    return bytes(pdf.output())
