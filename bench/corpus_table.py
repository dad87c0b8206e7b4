"""Write the per-document figures of a `bench_plan_parse.py` run as a Markdown table, with each document's source.

    .venv/bin/python bench/bench_plan_parse.py > var/bench-plan.txt
    .venv/bin/python bench/corpus_table.py var/bench-plan.txt > docs/corpus-figures.md

The bench prints one `plan_import_doc:` line per document but no set or source; this joins those lines with the
corpus directories (`bench_plan_parse.corpus_dirs()`) and each document's `source.json`, so that a reader can see,
for every document, where it came from and how it reads. Which sets are held out is read from their README
("stays held out" / "stay held out" in its first-measurement part), not written here.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_plan_parse import RAW_KINDS, _set_name, corpus_dirs, held_out_sets  # noqa: E402

_DOC_LINE = re.compile(r"^plan_import_doc: (\S+) (.*)$")
_FIELD = re.compile(r"(\w+)=(\S+)")


def _source(meta: dict[str, Any]) -> str:
    """Where the document came from: the repository and commit when it has them, else the source line's start."""
    if meta.get("repository"):
        how = " (read_file)" if meta.get("obtained_by") == "read_file" else ""
        return f"`{meta['repository']}` @{str(meta.get('commit', ''))[:7]}{how}"
    return re.sub(r"\s+", " ", str(meta.get("source", "–")))[:90]


def rows(bench_output: str) -> list[tuple[str, str, dict[str, Any], dict[str, str]]]:
    """(set, slug, source meta, figures) for every document line of the bench output, in set then slug order."""
    figures = {m[1]: dict(_FIELD.findall(m[2])) for m in map(_DOC_LINE.match, bench_output.splitlines()) if m}
    out = []
    for corpus in corpus_dirs():
        for gold in sorted((corpus / "gold").glob("*.json")):
            slug = gold.stem
            if slug not in figures:
                continue
            source = corpus / "raw" / f"{slug}.source.json"
            if not source.exists():
                source = corpus / "sources" / f"{slug}.source.json"
            meta = json.loads(source.read_text(encoding="utf-8")) if source.exists() else {}
            kind = next((ext[1:] for ext in RAW_KINDS if (corpus / "raw" / f"{slug}{ext}").exists()), "–")
            meta["_kind"] = meta.get("raw_from") and f"{kind} ({meta['raw_from']})" or kind
            out.append((_set_name(corpus), slug, meta, figures[slug]))
    return out


def markdown(bench_output: str) -> str:
    head = [
        "# Every corpus document: where it came from and how the importer reads it",
        "",
        "Written by `bench/corpus_table.py` from one `bench/bench_plan_parse.py` run (its `plan_import:` line, and the "
        "same over the sets held out and the rest, are below); task F1 · lead accuracy · deadline F1 · recurrence F1 per document, with the counts the bench "
        "prints (`tasks` = matched/gold, `got` = items read as tasks, `leads` = right/scored). Sets marked "
        "**held out** (`corpus/held-out.txt`) have had no rule written from them.",
        "",
    ]
    overall = [
        ln
        for ln in bench_output.splitlines()
        if ln.startswith(("plan_import:", "plan_import_kept_apart:", "plan_import_seen:"))
    ]
    head += [f"`{ln}`" for ln in overall] + [""]
    body = [
        "| set | document | family | file | source | task F1 | lead | deadline F1 | recurrence F1 | tasks | got | leads |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    held_out = held_out_sets()
    for set_name, slug, meta, f in rows(bench_output):
        label = f"{set_name} (**held out**)" if set_name in held_out else set_name
        body.append(
            f"| {label} | `{slug}` | {meta.get('family', '–')} | {meta['_kind']} | {_source(meta)} | "
            f"{f.get('task_f1')} | {f.get('lead_acc')} | {f.get('deadline_f1')} | {f.get('recurrence_f1')} | "
            f"{f.get('tasks')} | {f.get('got')} | {f.get('leads')} |"
        )
    return "\n".join(head + body) + "\n"


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit("usage: corpus_table.py BENCH_OUTPUT")
    sys.stdout.write(markdown(Path(sys.argv[1]).read_text(encoding="utf-8")))


if __name__ == "__main__":
    main()
