"""A plan written with Word's automatic numbering parses into II.1.a refs; old .doc files go through LibreOffice."""

from __future__ import annotations

import json
import os
import stat
import sys
import time
import zipfile
from pathlib import Path

import jsonschema
import pytest

from planparse import ReadError, parse_plan, read_text
from planparse.cli import main
from planparse.docx_reader import CONVERT_FAILED, CONVERT_TIMEOUT, NO_CONVERTER, LegacyWordError, doc_to_docx
from planparse.tests.conftest import load_schema
from planparse.tests.wordbuild import PLAN_LEVELS, Lvl, WordDoc, set_numbering


def auto_numbered_plan() -> bytes:
    """A small plan whose every number is Word's: Roman sections, 1./2. items, a)/b) letters, "-" bullets."""
    doc = WordDoc()
    outline = doc.list(PLAN_LEVELS)
    doc.letterhead(
        ["ỦY BAN NHÂN DÂN", "TỈNH KIỂM THỬ"], "Số: 12/KH-UBND", "Kiểm Thử, ngày 02 tháng 12 năm 2025"
    )
    doc.para("KẾ HOẠCH")
    doc.para("Triển khai chuyển đổi số trong cơ quan nhà nước năm 2026")
    doc.para("MỤC ĐÍCH, YÊU CẦU", outline, 0)
    doc.para("Nâng cao hiệu quả quản lý nhà nước.", outline, 1)
    doc.para("NHIỆM VỤ, GIẢI PHÁP", outline, 0)
    doc.para("Hoàn thiện thể chế", outline, 1)
    doc.para(
        "Sở Tư pháp chủ trì rà soát các văn bản quy phạm pháp luật, hoàn thành trong quý II/2026.", outline, 2
    )
    doc.para("Sở Nội vụ chủ trì xây dựng quy chế phối hợp, hoàn thành trước ngày 30/9/2026.", outline, 2)
    doc.para("Phát triển hạ tầng số", outline, 1)
    doc.para(
        "Sở Khoa học và Công nghệ chủ trì nâng cấp trung tâm dữ liệu của tỉnh trong năm 2026.", outline, 2
    )
    doc.para("TỔ CHỨC THỰC HIỆN", outline, 0)
    doc.para("Sở Khoa học và Công nghệ", outline, 1)
    doc.para("Chủ trì, theo dõi, đôn đốc các cơ quan tổ chức thực hiện Kế hoạch này.", outline, 3)
    doc.para("Báo cáo kết quả thực hiện về Ủy ban nhân dân tỉnh trước ngày 15/12 hằng năm.", outline, 3)
    return doc.save()


def test_an_auto_numbered_plan_parses_into_refs_a_reader_sees() -> None:
    text = read_text(auto_numbered_plan(), "docx")
    plan = parse_plan(text)
    by_ref = {i.ref: i for i in plan.items}
    assert {
        "I",
        "II",
        "II.1",
        "II.1.a",
        "II.1.b",
        "II.2",
        "II.2.a",
        "III",
        "III.1",
        "III.1-1",
        "III.1-2",
    } <= set(by_ref)
    assert by_ref["II.1.a"].kind == "task" and by_ref["II.1.a"].lead == ["Sở Tư pháp"]
    assert (
        by_ref["II.1.a"].deadline.date is not None
        and by_ref["II.1.a"].deadline.date.isoformat() == "2026-06-30"
    )
    assert by_ref["II.2.a"].lead == ["Sở Khoa học và Công nghệ"]
    assert by_ref["III.1-2"].deadline.recurrence == "yearly"
    jsonschema.Draft202012Validator(load_schema()).validate(plan.to_dict())


def test_spans_point_at_the_numbered_text_the_preview_shows() -> None:
    text = read_text(auto_numbered_plan(), "docx")
    plan = parse_plan(text)
    spans = {i.ref: text[i.span[0] : i.span[1]] for i in plan.items}
    assert spans["II"].startswith("II. NHIỆM VỤ")
    assert spans["II.1.b"].startswith("b) Sở Nội vụ chủ trì")
    assert spans["III.1-1"].startswith("- Chủ trì, theo dõi")


def test_cli_reads_an_auto_numbered_docx(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "ke-hoach.docx"
    path.write_bytes(auto_numbered_plan())
    assert main([str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    tasks = {i["ref"]: i for i in data["items"] if i["kind"] == "task"}
    assert {"II.1.a", "II.1.b", "II.2.a"} <= set(tasks)
    assert data["document"]["number"] == "12/KH-UBND"


def test_metadata_comes_from_the_letterhead_table() -> None:
    meta = parse_plan(read_text(auto_numbered_plan(), "docx")).document
    assert meta.number == "12/KH-UBND"
    assert meta.date is not None and meta.date.isoformat() == "2025-12-02"
    assert meta.place == "Kiểm Thử"
    assert meta.issuer == "Ủy ban nhân dân tỉnh Kiểm Thử"


def test_a_numbered_task_table_reads_as_appendix_rows() -> None:
    doc = WordDoc()
    doc.para("I. NHIỆM VỤ")
    doc.para("1. Các sở, ngành thực hiện nhiệm vụ tại Phụ lục kèm theo.")
    doc.para("PHỤ LỤC")
    table = doc.table(
        [
            ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành"],
            ["", "Xây dựng cơ sở dữ liệu cán bộ", "Sở Nội vụ", "Quý III/2026"],
            ["", "Cập nhật cổng thông tin điện tử", "Văn phòng UBND tỉnh", "Tháng 12/2026"],
        ]
    )
    stt = doc.list([Lvl("decimal", "%1")])
    for r in (1, 2):
        set_numbering(table.cell(r, 0).paragraphs[0]._p, stt, 0)
    plan = parse_plan(read_text(doc.save(), "docx"))
    rows = {i.ref: i for i in plan.items if i.marker == "row"}
    assert set(rows) == {"PL.1", "PL.2"}
    assert rows["PL.2"].lead == ["Văn phòng UBND tỉnh"]


# ---- old .doc ---------------------------------------------------------------------------------------------------

# The header of an OLE compound file as Word 97-2003 writes one: signature, byte-order mark, 512-byte sectors.
OLE = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 20 + b"\xfe\xff\x09\x00").ljust(1536, b"\0")


def _stub_soffice(folder: Path, body: str) -> Path:
    """A fake `soffice` on PATH: a Python script run with this interpreter."""
    folder.mkdir(exist_ok=True)
    script = folder / "soffice"
    script.write_text(f"#!{sys.executable}\nimport sys, pathlib, shutil, time\nargs = sys.argv[1:]\n{body}\n")
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return script


def _converting_stub(tmp_path: Path, docx_bytes: bytes) -> Path:
    """A stub that checks the command line it gets and writes the prepared .docx where LibreOffice would."""
    prepared = tmp_path / "prepared.docx"
    prepared.write_bytes(docx_bytes)
    log = tmp_path / "args.json"
    _stub_soffice(
        tmp_path / "bin",
        f"import json\npathlib.Path({str(log)!r}).write_text(json.dumps(args))\n"
        "out = pathlib.Path(args[args.index('--outdir') + 1])\n"
        "src = pathlib.Path(args[-1])\n"
        f"shutil.copy({str(prepared)!r}, out / (src.stem + '.docx'))",
    )
    return log


def test_old_doc_without_libreoffice_gets_a_save_as_docx_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(LegacyWordError) as exc:
        read_text(OLE, "doc")
    assert isinstance(exc.value, ReadError) and exc.value.message == NO_CONVERTER
    assert "định dạng .docx" in NO_CONVERTER
    path = tmp_path / "ke-hoach.doc"
    path.write_bytes(OLE)
    assert main([str(path), "--json"]) == 2
    out, err = capsys.readouterr()
    assert out == "" and NO_CONVERTER in err


def test_old_doc_is_converted_by_soffice_when_installed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    log = _converting_stub(tmp_path, auto_numbered_plan())
    monkeypatch.setenv("PATH", f"{tmp_path / 'bin'}{os.pathsep}{os.environ.get('PATH', '')}")
    text = read_text(OLE, "doc")
    assert "II. NHIỆM VỤ, GIẢI PHÁP" in text.split("\n")
    args = json.loads(log.read_text())
    assert "--headless" in args and args[args.index("--convert-to") + 1] == "docx"
    assert args[-1].endswith(".doc") and not Path(args[-1]).exists()  # the temporary directory is gone


def test_a_docx_under_a_doc_name_is_read_directly(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    assert "I. MỤC ĐÍCH, YÊU CẦU" in read_text(auto_numbered_plan(), "doc").split("\n")


def test_a_failed_conversion_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _stub_soffice(tmp_path / "bin", "sys.exit(1)")
    monkeypatch.setenv("PATH", f"{tmp_path / 'bin'}{os.pathsep}{os.environ.get('PATH', '')}")
    with pytest.raises(LegacyWordError) as exc:
        read_text(OLE, "docx")  # an OLE file named .docx: a renamed .doc or a password-protected .docx
    assert exc.value.message == CONVERT_FAILED and "mật khẩu" in CONVERT_FAILED


def test_a_converter_that_writes_no_docx_is_a_failure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _stub_soffice(
        tmp_path / "bin",
        "out = pathlib.Path(args[args.index('--outdir') + 1])\n"
        "(out / (pathlib.Path(args[-1]).stem + '.docx')).write_bytes(b'not a zip')",
    )
    monkeypatch.setenv("PATH", f"{tmp_path / 'bin'}{os.pathsep}{os.environ.get('PATH', '')}")
    with pytest.raises(LegacyWordError) as exc:
        read_text(OLE, "doc")
    assert exc.value.message == CONVERT_FAILED


def test_a_hanging_converter_is_stopped_with_its_children(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pid_file = tmp_path / "child.pid"
    _stub_soffice(
        tmp_path / "bin",
        "import subprocess\n"
        f"child = subprocess.Popen([{sys.executable!r}, '-c', 'import time; time.sleep(120)'])\n"
        f"pathlib.Path({str(pid_file)!r}).write_text(str(child.pid))\n"
        "time.sleep(120)",
    )
    monkeypatch.setenv("PATH", f"{tmp_path / 'bin'}{os.pathsep}{os.environ.get('PATH', '')}")
    with pytest.raises(LegacyWordError) as exc:
        doc_to_docx(OLE, timeout=2)
    assert exc.value.message == CONVERT_TIMEOUT
    child = int(pid_file.read_text())
    assert _dies(child)  # the grandchild (LibreOffice's soffice.bin) was killed with the group


def _dies(pid: int) -> bool:
    """Whether the process is gone within a few seconds (SIGKILL is delivered asynchronously)."""
    for _ in range(100):
        if not _alive(pid):
            return True
        time.sleep(0.05)
    return False


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    status = Path(f"/proc/{pid}/stat")
    return not (status.exists() and status.read_text().split()[2] == "Z")  # a zombie is dead


def test_converted_bytes_are_a_real_docx(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _converting_stub(tmp_path, auto_numbered_plan())
    monkeypatch.setenv("PATH", f"{tmp_path / 'bin'}{os.pathsep}{os.environ.get('PATH', '')}")
    import io

    assert "word/numbering.xml" in zipfile.ZipFile(io.BytesIO(doc_to_docx(OLE))).namelist()


@pytest.mark.parametrize(
    "data", [b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", OLE[:1000], OLE[:28] + b"\0\0" + OLE[30:]]
)
def test_a_broken_doc_is_refused_before_libreoffice_reads_it(
    data: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    """LibreOffice opens any bytes as some document (a page of odd letters): a file that is not an OLE compound
    file is refused first."""
    monkeypatch.setattr(
        "planparse.docx_reader.doc_to_docx", lambda _data: pytest.fail("LibreOffice was called")
    )
    with pytest.raises(ReadError, match="tệp hỏng hoặc có mật khẩu"):
        read_text(data, "doc")


def test_an_old_doc_ending_in_an_embedded_zip_is_still_converted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A real ministry's letter (.doc with a Word object inside) ends with a zip's directory, so `is_zipfile`
    said yes and it was read as a broken .docx ("Tệp .docx bị hỏng"); a compound file is converted."""
    import io

    embedded = io.BytesIO()
    with zipfile.ZipFile(embedded, "w") as z:
        z.writestr("word/document.xml", "<w:document/>")
    data = OLE + embedded.getvalue()
    data += b"\0" * (-len(data) % 512)  # the object sits in whole sectors, as in the real file
    assert zipfile.is_zipfile(io.BytesIO(data))  # what misled the reader
    _converting_stub(tmp_path, auto_numbered_plan())
    monkeypatch.setenv("PATH", f"{tmp_path / 'bin'}{os.pathsep}{os.environ.get('PATH', '')}")
    assert "II. NHIỆM VỤ, GIẢI PHÁP" in read_text(data, "doc").split("\n")
