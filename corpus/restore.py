"""Bring the originals of corpus/<set> back from fetched mirrors, so the bench can score them.

The originals are not in git (the workplace's rule for data brought by `fetch`); each
`sources/<slug>.source.json` names `repository`, `commit`, `path` and the blob's `sha256` (and `blob`,
its git id). This writes OUT/<set>/raw/<slug>.<ext> with the source.json beside it and OUT/<set>/gold/,
checking every hash, for `PLAN_CORPUS_DIRS=OUT/<set>:... bench/bench_plan_parse.py`.

How the raw file is made (`raw_from`): absent -> the blob as is, or for a Markdown web copy its rendering by
heldout/md2txt.py; "md2txt" -> that rendering, with the document's own choices taken from the source.json's
`render` object (lines kept, dropped, joined, split, tables' row shapes; keyed by line numbers of the blob,
described in md2txt.py's docstring); a rendering is checked against `txt_sha256`. "soffice-pdf" -> the PDF was
printed from the .docx by LibreOffice, so it is printed again (same text, other bytes), reported as a stand-in.
"read_file" (`obtained_by`) -> a file the search tool's `read_file` returned from a version no `fetch` snapshot holds: it cannot be
brought back from a mirror, so the text a lead saved by hand (OUT/<set>/raw/<slug>.txt, or the whole read_file answer as
OUT/<set>/raw/<slug>.read_file.txt, whose leading "[Bản trích chữ …]" note is then dropped) is checked against `txt_sha256`
(or `txt_words_sha256`, its words and line breaks whatever the runs of spaces: text copied out by hand may miss a space);
without it the document is reported "needs read_file" with the call to make.
A gold is copied only when its raw file was written, so a failed document is never scored as empty.

usage: python corpus/restore.py --mirrors /work/.mirror --out DIR [--set pending ...] [--without-held-out]
(--without-held-out: for whoever writes parser rules, the sets of corpus/held-out.txt are neither restored nor left in OUT.)
Mirrors are found as MIRRORS/<owner>+<name>/repo (the layout `fetch` writes) or MIRRORS/<owner>+<name>.
Exit status 1 if any document is missing or fails its hash check.
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import importlib.util
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from types import ModuleType
from typing import Any, NamedTuple

CORPUS = Path(__file__).resolve().parent
# Every directory of corpus/ that holds provenance files is a set (pending, heldout, heldout2, …): a new set needs
# no edit here.
SETS = tuple(sorted(p.name for p in CORPUS.iterdir() if (p / "sources").is_dir()))
FAILED = ("missing mirror", "missing blob", "hash mismatch", "failed", "needs read_file")


def held_out_sets() -> set[str]:
    """The sets no rule has been written from (corpus/held-out.txt, one per line, "#" comments)."""
    listed = CORPUS / "held-out.txt"
    lines = listed.read_text(encoding="utf-8").splitlines() if listed.exists() else []
    return {ln.split("#")[0].strip() for ln in lines} - {""}


class Result(NamedTuple):
    slug: str
    status: str  # "ok", "stand-in" or one of FAILED
    detail: str = ""


def find_mirror(mirrors: Path, repository: str) -> Path | None:
    """The git directory `fetch` made for owner/name, or None."""
    base = mirrors / repository.replace("/", "+")
    for cand in (base / "repo", base):
        if (cand / "HEAD").is_file() or (cand / ".git").exists():
            return cand
    return None


def git_blob(mirror: Path, commit: str, path: str) -> bytes | None:
    p = subprocess.run(["git", "-C", str(mirror), "show", f"{commit}:{path}"], capture_output=True)
    return p.stdout if p.returncode == 0 else None


def git_blob_id(data: bytes) -> str:
    """Git's object id of a blob, so a recorded `blob` checks the bytes as `sha256` does."""
    return hashlib.sha1(b"blob %d\0" % len(data) + data).hexdigest()


@functools.cache
def _md2txt_module() -> ModuleType:
    """corpus/heldout/md2txt.py, loaded once for all the web copies of a run."""
    spec = importlib.util.spec_from_file_location("md2txt", CORPUS / "heldout" / "md2txt.py")
    if spec is None or spec.loader is None:
        raise RuntimeError("corpus/heldout/md2txt.py missing")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def md2txt(markdown: bytes, render: dict[str, Any] | None = None) -> bytes:
    """The web copy rendered to the corpus .txt conventions (with the document's `render` spec, if any)."""
    text: str = _md2txt_module().render(markdown.decode("utf-8"), render)
    return text.encode("utf-8")


def print_pdf(docx: bytes) -> bytes | None:
    """The .docx printed to PDF by LibreOffice (a private profile, so parallel runs do not collide)."""
    soffice = shutil.which("soffice")
    if soffice is None:
        return None
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "doc.docx"
        src.write_bytes(docx)
        cmd = [soffice, f"-env:UserInstallation=file://{tmp}/profile", "--headless", "--convert-to", "pdf"]
        subprocess.run([*cmd, "--outdir", tmp, str(src)], capture_output=True, timeout=600)
        pdf = Path(tmp) / "doc.pdf"
        return pdf.read_bytes() if pdf.exists() else None


def _same_source(copied: Path, source: Path) -> bool:
    """Whether an earlier restore left this very provenance file beside its output (same document, same spec)."""
    return copied.exists() and copied.read_bytes() == source.read_bytes()


def drop_extraction_note(text: str) -> str:
    """The text without the repository's own first-line note on how it was extracted (not part of the document)."""
    lines = text.split("\n")
    if lines and lines[0].startswith("[") and lines[0].rstrip().endswith("]"):
        lines = lines[1:]
        while lines and not lines[0].strip():
            lines = lines[1:]
    return "\n".join(lines)


def restore_read_by_hand(source: Path, meta: dict[str, Any], raw_dir: Path) -> Result:
    """A document whose text only `read_file` could give: check what the lead saved, or say what to read."""
    slug = source.name.removesuffix(".source.json")
    saved, answer = raw_dir / f"{slug}.txt", raw_dir / f"{slug}.read_file.txt"
    if not saved.exists() and answer.exists():
        saved.write_bytes(drop_extraction_note(answer.read_text(encoding="utf-8")).encode("utf-8"))
    if not saved.exists():
        # The folder the answer is to be saved in, so the path printed below can be written to as it stands.
        raw_dir.mkdir(parents=True, exist_ok=True)
        call = f"read_file(repo={meta['repository']!r}, path={meta['path']!r}, commit={meta['commit']!r})"
        return Result(slug, "needs read_file", f"{call} -> {answer}")
    data = saved.read_bytes()
    if hashlib.sha256(data).hexdigest() == meta["txt_sha256"]:
        detail = "text read by hand with read_file"
    elif meta.get("txt_words_sha256") == words_sha256(data):
        # a text copied out of read_file's pages by hand may miss a space in a long run of layout spaces
        detail = "text read by hand with read_file; the same words, runs of spaces differ"
    else:
        return Result(slug, "hash mismatch", f"txt_sha256 of {saved}")
    shutil.copyfile(source, raw_dir / source.name)
    return Result(slug, "ok", detail)


def words_sha256(data: bytes) -> str:
    """The hash of a text's words and line breaks, blind to how many spaces stand between them."""
    lines = (" ".join(line.split()) for line in data.decode("utf-8").split("\n"))
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()


def restore_one(source: Path, mirrors: Path, raw_dir: Path) -> Result:
    slug = source.name.removesuffix(".source.json")
    meta = json.loads(source.read_text(encoding="utf-8"))
    if meta.get("obtained_by") == "read_file":
        return restore_read_by_hand(source, meta, raw_dir)
    mirror = find_mirror(mirrors, meta["repository"])
    if mirror is None:
        return Result(slug, "missing mirror", meta["repository"])
    data = git_blob(mirror, meta["commit"], meta["path"])
    if data is None:
        return Result(slug, "missing blob", f"{meta['commit'][:10]}:{meta['path']}")
    if hashlib.sha256(data).hexdigest() != meta["sha256"]:
        return Result(slug, "hash mismatch", "sha256 of the blob")
    if "blob" in meta and git_blob_id(data) != meta["blob"]:
        return Result(slug, "hash mismatch", "git blob id")
    how = meta.get("raw_from") or ("md2txt" if meta["path"].endswith(".md") else "blob")
    status, detail = "ok", ""
    if how == "blob":
        name, out = slug + Path(meta["path"]).suffix, data
    elif how == "md2txt":
        try:
            name, out = slug + ".txt", md2txt(data, meta.get("render"))
        except ValueError as exc:  # a render spec that does not fit the blob
            return Result(slug, "failed", f"md2txt: {exc}")
        if "txt_sha256" in meta and hashlib.sha256(out).hexdigest() != meta["txt_sha256"]:
            return Result(slug, "hash mismatch", "txt_sha256 of the md2txt rendering")
    elif how == "soffice-pdf":
        name, status = slug + ".pdf", "stand-in"
        earlier = raw_dir / name
        if earlier.exists() and _same_source(raw_dir / source.name, source):
            # Printed from the same verified .docx by an earlier restore: printing again gives the same text.
            return Result(slug, status, "PDF printed by an earlier restore of the same .docx, kept")
        pdf = print_pdf(data)
        if pdf is None:
            return Result(slug, "failed", "LibreOffice (soffice) could not print the .docx")
        out, detail = pdf, "PDF printed again by LibreOffice (.docx verified; PDF bytes differ)"
    else:
        return Result(slug, "failed", f"unknown raw_from {how!r}")
    raw_dir.mkdir(parents=True, exist_ok=True)
    (raw_dir / name).write_bytes(out)
    shutil.copyfile(source, raw_dir / source.name)
    return Result(slug, status, detail)


def restore_set(corpus_set: Path, mirrors: Path, out: Path) -> list[Result]:
    """Restore every document of one set (a directory with sources/ and gold/) into out/raw and out/gold."""
    results = []
    for source in sorted((corpus_set / "sources").glob("*.source.json")):
        res = restore_one(source, mirrors, out / "raw")
        if res.status not in FAILED:
            (out / "gold").mkdir(parents=True, exist_ok=True)
            shutil.copyfile(corpus_set / "gold" / f"{res.slug}.json", out / "gold" / f"{res.slug}.json")
        results.append(res)
    return results


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--mirrors", type=Path, required=True, help="directory holding the fetched mirrors")
    ap.add_argument("--out", type=Path, required=True, help="output directory, outside the repository")
    ap.add_argument("--set", action="append", choices=SETS, dest="sets", help="a set (default: all)")
    ap.add_argument(
        "--without-held-out",
        action="store_true",
        help="leave out the sets of corpus/held-out.txt (and remove them from OUT): for whoever writes rules",
    )
    args = ap.parse_args(argv)
    failed = 0
    names = list(args.sets or SETS)
    if args.without_held_out:
        held = held_out_sets()
        names = [n for n in names if n not in held]
        for name in held:
            shutil.rmtree(args.out / name, ignore_errors=True)  # restored before: not to be read by mistake
    for name in names:
        for res in restore_set(CORPUS / name, args.mirrors, args.out / name):
            failed += res.status in FAILED
            print(f"{res.status}: {name}/{res.slug}" + (f" ({res.detail})" if res.detail else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
