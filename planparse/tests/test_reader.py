"""read_text on generated .docx/.pdf files and on unreadable input; CLI exit codes."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path
from typing import Any

import pytest

from planparse import ReadError, read_text
from planparse.cli import main


def _pdf_with_text(lines: list[str]) -> bytes:
    """A minimal one-page PDF with a Helvetica text stream (ASCII only), xref offsets computed."""
    ops = ["BT", "/F1 12 Tf", "14 TL", "50 780 Td"]
    for ln in lines:
        ops.append(f"({ln}) Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("ascii")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for n, obj in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(f"{n} 0 obj\n".encode() + obj + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def _docx_bytes() -> bytes:
    import docx

    document = docx.Document()
    document.add_paragraph("KẾ HOẠCH")
    document.add_paragraph("I. NHIỆM VỤ")
    document.add_paragraph(
        "1. Sở Khoa học và Công nghệ chủ trì tổ chức hội thảo (hoàn thành trong quý IV/2025)."
    )
    table = document.add_table(rows=2, cols=3)
    for i, cell in enumerate(["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì"]):
        table.rows[0].cells[i].text = cell
    for i, cell in enumerate(["1", "Xây dựng cơ sở dữ liệu trí thức", "Sở Nội vụ"]):
        table.rows[1].cells[i].text = cell
    document.add_paragraph("Đoạn cuối sau bảng.")
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def test_txt_is_nfc() -> None:
    assert read_text("Hoa\u0300".encode(), "txt") == "Hoà"


def test_docx_paragraphs_and_table_in_order() -> None:
    lines = read_text(_docx_bytes(), "docx").split("\n")
    assert lines[0] == "KẾ HOẠCH"
    table_at = lines.index("STT | Nội dung nhiệm vụ | Cơ quan chủ trì")
    assert lines[table_at + 1] == "1 | Xây dựng cơ sở dữ liệu trí thức | Sở Nội vụ"
    assert lines[table_at - 1].startswith("1. Sở Khoa học")
    assert lines[-1] == "Đoạn cuối sau bảng."


def test_pdf_text_layer() -> None:
    text = read_text(
        _pdf_with_text(["KE HOACH", "I. NHIEM VU", "1. Xay dung co so du lieu tri thuc."]), "pdf"
    )
    assert "I. NHIEM VU" in text.split("\n")
    assert "Xay dung co so du lieu" in text


def _blank_pdf(password: str | None = None) -> bytes:
    """A page with no text at all (fpdf2), encrypted with a user password when one is given."""
    from fpdf import FPDF

    pdf = FPDF(format=(200, 200))
    pdf.add_page()
    if password:
        pdf.set_encryption(owner_password="chu-" + password, user_password=password)
    return bytes(pdf.output())


@pytest.mark.parametrize(
    ("data", "kind", "fragment"),
    [
        (b"", "txt", "rỗng"),
        (b"   \n ", "docx", "rỗng"),
        (os.urandom(512), "docx", "hỏng"),
        (b"%PDF-1.4 garbage garbage", "pdf", "PDF"),
        (b"abc", "odt", "Không hỗ trợ"),
    ],
)
def test_unreadable_inputs(data: bytes, kind: str, fragment: str) -> None:
    with pytest.raises(ReadError) as exc:
        read_text(data, kind)
    assert fragment in exc.value.message


def test_encrypted_pdf() -> None:
    with pytest.raises(ReadError) as exc:
        read_text(_blank_pdf("secret"), "pdf")
    assert "mật khẩu" in exc.value.message


def test_pdf_without_text_layer() -> None:
    with pytest.raises(ReadError) as exc:
        read_text(_blank_pdf(), "pdf")
    assert "bản quét" in exc.value.message


def test_cli_bad_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "hong.docx"
    bad.write_bytes(os.urandom(256))
    assert main([str(bad), "--json"]) == 2
    out, err = capsys.readouterr()
    assert out == "" and "hỏng" in err


def test_cli_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--json", str(tmp_path / "khong-co.txt")]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err


def test_cli_prints_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "kh.docx"
    path.write_bytes(_docx_bytes())
    assert main(["--json", str(path)]) == 0
    data = json.loads(capsys.readouterr().out)
    tasks = [i for i in data["items"] if i["kind"] == "task"]
    assert tasks[0]["lead"] == ["Sở Khoa học và Công nghệ"]
    assert tasks[0]["deadline"] == "2025-12-31"


@pytest.mark.parametrize(
    ("data", "kind", "fragment"),
    [
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "doc", ".doc"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "docx", "mật khẩu"),  # encrypted .docx is OLE too
        (b"any content", "doc", "định dạng .docx"),
        (b"any content", "xlsx", ".txt, .docx hoặc .pdf"),
        (b"", "", "rỗng"),
        (b"not a pdf at all, just words", "pdf", "không phải tệp PDF"),
        (b"\xff\xfe\x41", "txt", "UTF-16"),
    ],
)
def test_clear_messages(
    data: bytes, kind: str, fragment: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # no LibreOffice: an old .doc gets the save-as message
    with pytest.raises(ReadError) as exc:
        read_text(data, kind)
    assert fragment in exc.value.message


def test_zip_bomb_docx_is_refused_before_unpacking() -> None:
    import io
    import zipfile

    from planparse import ReadError, read_text

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"0" * (50 * 1024 * 1024))  # 50 MB of zeros, ~50 KB packed
    try:
        read_text(buffer.getvalue(), "docx")
    except ReadError as error:
        assert "bom nén" in error.message
    else:
        raise AssertionError("a zip bomb was read")


_PLAN_LINE = (
    "Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện nhiệm vụ chuyển đổi số năm 2026 trên địa bàn tỉnh, "
    "giao Sở Nội vụ chủ trì tổ chức thực hiện; đồng thời hướng dẫn các xã, phường triển khai đúng hạn."
)
_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def _windows_1258(text: str) -> bytes:
    """Vietnamese as Windows-1258 stores it: letters it has, tone marks as combining bytes (Python's codec does
    not decompose)."""
    import unicodedata

    out = b""
    for char in text:
        try:
            out += char.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        marks = unicodedata.normalize("NFD", char)
        base = unicodedata.normalize("NFC", "".join(m for m in marks if m not in _TONES))
        out += base.encode("cp1258") + "".join(m for m in marks if m in _TONES).encode("cp1258")
    return out


@pytest.mark.parametrize(
    "encode",
    [
        lambda t: t.encode("utf-8"),
        lambda t: b"\xef\xbb\xbf" + t.encode("utf-8"),
        lambda t: t.encode("utf-16"),  # with its BOM
        lambda t: t.encode("utf-16-le"),  # no BOM: what Notepad's "Unicode" without signature gives
        lambda t: t.encode("utf-16-be"),
        _windows_1258,
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-bom", "utf-16-le", "utf-16-be", "windows-1258"],
)
def test_txt_in_every_unicode_and_windows_encoding_reads_the_same(encode: Any) -> None:
    text = f"KẾ HOẠCH\n{_PLAN_LINE}\n"
    assert read_text(encode(text), "txt") == text


# The same sentence as typed in the old fonts, byte for byte (each font shows its bytes as Vietnamese letters).
_TCVN3 = (
    "Uû ban nh©n d©n tØnh ban hµnh KÕ ho¹ch thùc hiÖn nhiÖm vô chuyÓn ®æi sè n¨m 2026 "
    "trªn ®Þa bµn tØnh, giao Së Néi vô chñ tr× tæ chøc thùc hiÖn."
)
_VNI = (
    "UÛy ban nhaân daân tænh ban haønh Keá hoaïch thöïc hieän nhieäm vuï chuyeån ñoåi soá naêm 2026 "
    "treân ñòa baøn tænh, giao Sôû Noäi vuï chuû trì toå chöùc thöïc hieän."
)


@pytest.mark.parametrize(
    "data",
    [
        _TCVN3.encode("latin-1"),  # the font's bytes, saved as an 8-bit text file
        _VNI.encode("latin-1"),
        _TCVN3.encode("utf-8"),  # copied out of Word as "Unicode" while still in the old font
        _VNI.encode("utf-8"),
        (_TCVN3 + " \x81").encode("latin-1"),  # a byte Windows-1258 leaves undefined
    ],
    ids=["tcvn3", "vni", "tcvn3-as-utf8", "vni-as-utf8", "tcvn3-undefined-byte"],
)
def test_txt_typed_in_tcvn3_or_vni_is_refused_with_a_message_not_stored_garbled(data: bytes) -> None:
    with pytest.raises(ReadError) as caught:
        read_text(data, "txt")
    assert "TCVN3" in caught.value.message and "Unicode" in caught.value.message


@pytest.mark.parametrize(
    "data",
    [b"KE HOACH\x00\x00\x00 nhiem vu 1", "Kế hoạch\x00 số 5".encode("utf-16-le")],
    ids=["utf-8", "utf-16"],
)
def test_txt_with_nul_characters_is_refused(data: bytes) -> None:
    with pytest.raises(ReadError) as caught:
        read_text(data, "txt")
    assert "NUL" in caught.value.message


def test_a_pdfs_split_characters_are_joined_and_lone_halves_dropped(monkeypatch) -> None:
    """A real Gazette PDF's formula came out of the text layer as UTF-16 halves ("\\ud835 \\udc54" for "𝑔"), and the
    plan could be neither printed nor stored; the halves are joined, a lone one dropped."""
    from planparse import reader

    monkeypatch.setattr(
        reader,
        "_read_pdf",
        lambda data: "Công thức:\n\ud835 \udc54 = \ud835\udc5b × 2\ud835\nĐiều 2. Sở Tài chính",
    )
    text = reader.read_text(b"%PDF-1.7 stub", "pdf")
    assert text == "Công thức:\n𝑔 = 𝑛 × 2\nĐiều 2. Sở Tài chính"
    text.encode("utf-8")  # storable and printable
