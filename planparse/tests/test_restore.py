"""corpus/restore.py on a tiny git mirror: the originals it brings back are the recorded bytes or nothing.

Lives here because pytest collects planparse/tests (pyproject testpaths), not corpus/.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import subprocess
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
DOC = b"PK\x03\x04 not really a docx, but bytes are bytes\n"
MD = "Số: 1/KH\n\n**1. Sở Nội vụ** chủ trì,\nthực hiện.\n"
# A thuvienphapluat-like copy: site chrome around a letterhead cell with a rule, a body hard-wrapped without blank
# lines (reflowed, one paragraph joined and one split by the spec), a table whose row ends look like empty cells.
WEB = """Đăng nhập
|
**ỦY BAN
NHÂN DÂN**
-------
|
|
Số: 2/KH
|
**I. NHIỆM
VỤ**
Mở đầu
thứ nhất.
Tiêu đề
Đoạn mới
-
Sở Nội vụ chủ trì,
thực hiện.
Câu bị ngắt.
Nối tiếp.
|
**TT**
|
**Chỉ tiêu**
|
|
**Năm**
|
|
1
|
Chè
|
|
|
2
|
Cà phê
|
5
|
Văn bản liên quan
"""
RENDER = {
    "keep": [2, 41],
    "drop": [[7, 9]],
    "join": [20],
    "break": [15],
    "reflow": [[10, 20]],
    "tables": [{"lines": [21, 41], "cols": [2, 1, 3]}],
}
WEB_TXT = """ỦY BAN NHÂN DÂN
I. NHIỆM VỤ
Mở đầu thứ nhất.
Tiêu đề
Đoạn mới
- Sở Nội vụ chủ trì, thực hiện.
Câu bị ngắt. Nối tiếp.
TT | Chỉ tiêu
Năm
1 | Chè
2 | Cà phê | 5
"""


def _restore() -> ModuleType:
    spec = importlib.util.spec_from_file_location("restore", ROOT / "corpus" / "restore.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _git(*args: str, cwd: Path) -> str:
    cmd = ["git", "-c", "user.name=t", "-c", "user.email=t@example.org", "-c", "commit.gpgsign=false", *args]
    return subprocess.run(cmd, cwd=cwd, check=True, capture_output=True, text=True).stdout.strip()


@pytest.fixture
def world(tmp_path: Path) -> tuple[Path, Path, str]:
    """A mirror laid out as `fetch` lays it out (MIRRORS/owner+name/repo, bare) and an empty corpus set."""
    work = tmp_path / "work"
    (work / "docs").mkdir(parents=True)
    (work / "docs" / "kế hoạch.docx").write_bytes(DOC)
    (work / "web.md").write_text(MD, encoding="utf-8")
    (work / "site.md").write_text(WEB, encoding="utf-8")
    _git("init", "-q", cwd=work)
    _git("add", ".", cwd=work)
    _git("commit", "-q", "-m", "docs", cwd=work)
    commit = _git("rev-parse", "HEAD", cwd=work)
    mirrors = tmp_path / "mirrors"
    _git("clone", "-q", "--bare", str(work), str(mirrors / "owner+name" / "repo"), cwd=tmp_path)
    for sub in ("sources", "gold"):
        (tmp_path / "set" / sub).mkdir(parents=True)
    return mirrors, tmp_path / "set", commit


def _add(corpus_set: Path, slug: str, **meta: Any) -> None:
    (corpus_set / "sources" / f"{slug}.source.json").write_text(json.dumps(meta), encoding="utf-8")
    (corpus_set / "gold" / f"{slug}.json").write_text('{"tasks": []}', encoding="utf-8")


def test_restore_checks_every_hash(world: tuple[Path, Path, str], tmp_path: Path) -> None:
    mirrors, corpus_set, commit = world
    restore = _restore()
    good = hashlib.sha256(DOC).hexdigest()
    where = {"repository": "owner/name", "commit": commit, "path": "docs/kế hoạch.docx"}
    _add(corpus_set, "a-ok", **where, sha256=good, blob=restore.git_blob_id(DOC))
    _add(corpus_set, "b-bad", **where, sha256="0" * 64)
    _add(corpus_set, "c-nomirror", **{**where, "repository": "other/repo"}, sha256=good)
    md = {"repository": "owner/name", "commit": commit, "path": "web.md"}
    txt = restore.md2txt(MD.encode())
    assert txt == "Số: 1/KH\n1. Sở Nội vụ chủ trì, thực hiện.\n".encode()
    md_sha = hashlib.sha256(MD.encode()).hexdigest()
    _add(corpus_set, "d-web", **md, sha256=md_sha, txt_sha256=hashlib.sha256(txt).hexdigest())
    _add(corpus_set, "e-web-bad", **md, sha256=md_sha, txt_sha256="1" * 64)
    site = {"repository": "owner/name", "commit": commit, "path": "site.md", "raw_from": "md2txt"}
    site["sha256"] = hashlib.sha256(WEB.encode()).hexdigest()
    web_txt = restore.md2txt(WEB.encode(), RENDER)
    assert web_txt.decode() == WEB_TXT
    _add(corpus_set, "f-site", **site, render=RENDER, txt_sha256=hashlib.sha256(web_txt).hexdigest())
    # Three cells a row puts a row end on "Năm", a cell with text: the spec is refused, nothing is written.
    bad_rows = {**RENDER, "tables": [{"lines": [21, 41], "cols": [3]}]}
    _add(corpus_set, "g-site-bad", **site, render=bad_rows)

    out = tmp_path / "out"
    results = {r.slug: r.status for r in restore.restore_set(corpus_set, mirrors, out)}

    assert results == {
        "a-ok": "ok",
        "b-bad": "hash mismatch",
        "c-nomirror": "missing mirror",
        "d-web": "ok",
        "e-web-bad": "hash mismatch",
        "f-site": "ok",
        "g-site-bad": "failed",
    }
    assert (out / "raw" / "a-ok.docx").read_bytes() == DOC
    assert (out / "raw" / "a-ok.source.json").exists() and (out / "gold" / "a-ok.json").exists()
    assert (out / "raw" / "d-web.txt").read_bytes() == txt
    assert (out / "raw" / "f-site.txt").read_bytes() == web_txt
    assert sorted(p.name for p in (out / "gold").iterdir()) == ["a-ok.json", "d-web.json", "f-site.json"]
    for failed in ("b-bad", "e-web-bad", "g-site-bad"):
        assert not list((out / "raw").glob(f"{failed}.*"))


def test_a_printed_stand_in_is_kept_while_its_source_is_unchanged(
    world: tuple[Path, Path, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`make bench` restores on every run; LibreOffice prints each stand-in PDF once, not once per run."""
    mirrors, corpus_set, commit = world
    restore = _restore()
    prints: list[bytes] = []

    def fake_print(docx: bytes) -> bytes:
        prints.append(docx)
        return b"%PDF-1.4 printed " + str(len(prints)).encode()

    monkeypatch.setattr(restore, "print_pdf", fake_print)
    where = {
        "repository": "owner/name",
        "commit": commit,
        "path": "docs/kế hoạch.docx",
        "raw_from": "soffice-pdf",
    }
    _add(corpus_set, "p-pdf", **where, sha256=hashlib.sha256(DOC).hexdigest())
    out = tmp_path / "out"

    first = restore.restore_set(corpus_set, mirrors, out)
    second = restore.restore_set(corpus_set, mirrors, out)
    assert [r.status for r in first + second] == ["stand-in", "stand-in"]
    assert len(prints) == 1
    assert (out / "raw" / "p-pdf.pdf").read_bytes() == b"%PDF-1.4 printed 1"

    # A changed provenance file (another document or spec) prints again.
    _add(corpus_set, "p-pdf", **where, sha256=hashlib.sha256(DOC).hexdigest(), note="changed")
    restore.restore_set(corpus_set, mirrors, out)
    assert len(prints) == 2
    assert (out / "raw" / "p-pdf.pdf").read_bytes() == b"%PDF-1.4 printed 2"


def test_a_text_only_read_file_gives_is_checked_or_asked_for(
    world: tuple[Path, Path, str], tmp_path: Path
) -> None:
    """A version no fetch snapshot holds: the text saved by hand is checked against its hash, else the call is named."""
    mirrors, corpus_set, _ = world
    restore = _restore()
    answer = "[Bản trích chữ tự động bằng pdftotext từ cv.pdf — 1 trang.]\n\nỦY BAN NHÂN DÂN\n1. Sở Nội vụ chủ trì.\n"
    text = "ỦY BAN NHÂN DÂN\n1. Sở Nội vụ chủ trì.\n"
    assert restore.drop_extraction_note(answer) == text
    where = {"repository": "owner/newer", "commit": "c" * 40, "path": "vb/cv.txt", "obtained_by": "read_file"}
    sha = hashlib.sha256(text.encode()).hexdigest()
    _add(corpus_set, "r-answer", **where, txt_sha256=sha)
    _add(corpus_set, "r-saved", **where, txt_sha256=sha)
    _add(corpus_set, "r-missing", **where, txt_sha256=sha)
    _add(corpus_set, "r-wrong", **where, txt_sha256=sha)
    raw = tmp_path / "out" / "raw"
    raw.mkdir(parents=True)
    (raw / "r-answer.read_file.txt").write_text(answer, encoding="utf-8")
    (raw / "r-saved.txt").write_text(text, encoding="utf-8")
    (raw / "r-wrong.txt").write_text(text + "thêm\n", encoding="utf-8")

    results = {r.slug: r for r in restore.restore_set(corpus_set, mirrors, tmp_path / "out")}

    assert {k: r.status for k, r in results.items()} == {
        "r-answer": "ok",
        "r-missing": "needs read_file",
        "r-saved": "ok",
        "r-wrong": "hash mismatch",
    }
    assert "read_file(repo='owner/newer', path='vb/cv.txt'" in results["r-missing"].detail
    assert (raw / "r-answer.txt").read_text(encoding="utf-8") == text
    gold = sorted(p.name for p in (tmp_path / "out" / "gold").iterdir())
    assert gold == ["r-answer.json", "r-saved.json"]


def test_a_set_that_only_read_file_gives_gets_its_folder(
    world: tuple[Path, Path, str], tmp_path: Path
) -> None:
    """Every document of the set waits for read_file: the raw folder the message names exists, so the answer can be saved."""
    mirrors, corpus_set, _ = world
    restore = _restore()
    for source in (corpus_set / "sources").glob("*.source.json"):
        source.unlink()
    where = {"repository": "owner/newer", "commit": "c" * 40, "path": "vb/cv.txt", "obtained_by": "read_file"}
    _add(corpus_set, "r-only", **where, txt_sha256="0" * 64)
    out = tmp_path / "fresh-out"

    (result,) = restore.restore_set(corpus_set, mirrors, out)

    assert result.status == "needs read_file"
    assert result.detail.endswith(str(out / "raw" / "r-only.read_file.txt"))
    assert (out / "raw").is_dir()


def test_a_hand_copy_that_misses_a_layout_space_still_restores(
    world: tuple[Path, Path, str], tmp_path: Path
) -> None:
    mirrors, corpus_set, _ = world
    restore = _restore()
    exact, copied = (
        "ỦY BAN       CỘNG HÒA\n  1. Sở Nội vụ chủ trì.\n",
        "ỦY BAN      CỘNG HÒA\n  1. Sở Nội vụ chủ trì.\n",
    )
    where = {"repository": "owner/newer", "commit": "c" * 40, "path": "vb/cv.txt", "obtained_by": "read_file"}
    sha = hashlib.sha256(exact.encode()).hexdigest()
    _add(corpus_set, "s-copy", **where, txt_sha256=sha, txt_words_sha256=restore.words_sha256(exact.encode()))
    _add(
        corpus_set, "s-other", **where, txt_sha256=sha, txt_words_sha256=restore.words_sha256(exact.encode())
    )
    raw = tmp_path / "out" / "raw"
    raw.mkdir(parents=True)
    (raw / "s-copy.txt").write_text(copied, encoding="utf-8")
    (raw / "s-other.txt").write_text(copied.replace("Nội vụ", "Tư pháp"), encoding="utf-8")
    results = {r.slug: r.status for r in restore.restore_set(corpus_set, mirrors, tmp_path / "out")}
    assert results == {"s-copy": "ok", "s-other": "hash mismatch"}


def test_without_held_out_leaves_the_held_out_sets_out_and_removes_old_copies(
    world: tuple[Path, Path, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    mirrors, _, commit = world
    restore = _restore()
    corpus = tmp_path / "corpus"
    for name in ("seen", "kept"):
        for sub in ("sources", "gold"):
            (corpus / name / sub).mkdir(parents=True)
        where = {"repository": "owner/name", "commit": commit, "path": "docs/kế hoạch.docx"}
        _add(corpus / name, f"{name}-doc", **where, sha256=hashlib.sha256(DOC).hexdigest())
    (corpus / "held-out.txt").write_text("# kept apart\nkept\n", encoding="utf-8")
    monkeypatch.setattr(restore, "CORPUS", corpus)
    monkeypatch.setattr(restore, "SETS", ("kept", "seen"))
    out = tmp_path / "out"
    (out / "kept" / "raw").mkdir(parents=True)  # restored earlier, before the set was kept apart
    (out / "kept" / "raw" / "kept-doc.docx").write_bytes(DOC)

    assert restore.main(["--mirrors", str(mirrors), "--out", str(out), "--without-held-out"]) == 0
    assert (out / "seen" / "raw" / "seen-doc.docx").read_bytes() == DOC
    assert not (out / "kept").exists()
    assert restore.held_out_sets() == {"kept"}
