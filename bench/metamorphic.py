"""Brittleness of the plan parser: the figures of every seen .txt document rewritten in ways a reader does not notice.

    PYTHONPATH=. .venv/bin/python bench/metamorphic.py [--transform NAME[,NAME…]] [--docs N] [--by-family] [--keep DIR]

Every seen corpus document that is a `.txt` (the sets of `var/corpus` that corpus/held-out.txt does not list, and
../shared/corpus: `recurrence_misses.seen_documents`, so a kept-apart set is never read) is rewritten by each
meaning-preserving transform below, parsed in process and scored against its UNCHANGED gold with score_plan.py's
`score_doc`; the counts are pooled per transform as the bench pools them (`bench_plan_parse.Tally`). A transform
changes neither what a reader cites as a ref (numbering and bullets keep their place at a line's start, and a bullet
keeps the ref form the corpus README gives it) nor what a reader reads as an owner, a date or a cycle (an owner's
name may be written in another form only where score_plan.py's `norm` reads both forms as one). The table
transforms (columns, headers, stt, headcase, twohead, shortrow) touch only the rows (" | ") of a task table, from
its header ("STT"/"TT" and a column of who acts) on, and keep each row's group numeral and STT; the row transforms
(droplead, rowverb, rowtail, roworder, rowowner, rowproduct) rewrite, the way seen rows restate their items, only the
rows whose task the gold cites by the body item they restate. `appendix` (round 98) adds a table instead: the timing
of the gold's body tasks that closes their item (", hoàn thành trong năm 2025.") or stands on a line under it
("Thời gian thực hiện: …") moves into a "PHỤ LỤC" after the document, one row an item (numbered 1..N, under Roman group
rows titled by the items' headings), the row restating its item in fewer words with the gold's owners and that
timing; by the corpus's rows-and-body-items convention the item stays the task with the row's timing.
`agency_heads` (round 114) writes the assignment section's items that open with their owner ("3. Sở X chủ trì, phối
hợp …; tham mưu …") as the owner alone on the item's line over "- " duty bullets without the owner's name; it is the one
rewriting that moves refs (a duty is cited at its bullet, "IV.3" → "IV.3-1"), so it is scored against the gold it
returns with the refs moved (`_MOVES_REFS`), every other rewriting against the unchanged gold. `owner_forms` (rounds
121-122) writes the owner of an item that opens with it ("2. Sở Tài chính chủ trì, phối hợp với Sở Nội vụ xây dựng …")
where other offices write it: after the work in a bracket "(Giao Sở Tài chính chủ trì, phối hợp với Sở Nội vụ)", as
label lines under the work ("- Cơ quan chủ trì: Sở Tài chính."), or after "Giao" (METAMORPHIC_OWNER_FORM for one form).
`letter_frames` (round 118) writes a letter's frame as the next seen letter (by slug; .txt, .docx and .pdf letters,
source.json family "letter assigning tasks") writes it: its cited basis after "Kính gửi" ("Thực hiện Công văn số …;
Căn cứ …"), its lead-in before the first task (only where every task's owner is written in the task lines, not in
the lead-in) and its closing between the last task and "Nơi nhận" or the signature; a part is swapped only when its
lines are whole sentences with no number, bullet or row and none of the gold's task texts, timings or owners (both
letters' golds), so the gold stays as it is.
The timing rewritings write the same timing in the
other words real plans use (each form one the seen plans write): `cycles` a cycle ("định kỳ hằng năm" → "hằng năm",
"Hằng năm, …" → "Định kỳ hằng năm, …", "hằng quý" ↔ "hàng quý", "Định kỳ 06 tháng" ↔ "Định kỳ 6 tháng") and a
recurring report's due day ("trước ngày 15/12 hằng năm" ↔ "trước ngày 15 tháng 12 hằng năm"); `deadlines` a quarter,
a month, six months, a whole year or a run of years, an item's timing label ("Thời gian thực hiện:" → "Thời hạn hoàn
thành:") and, only for a day the gold gives as a deadline, its cue ("trước ngày" → "chậm nhất ngày" → "trước").

Three rewritings change the file instead, as plans reach users (issue #12, items 1 and 2): `word` writes the text as a
.docx whose line numbers and bullets are Word's automatic numbering (numbering.xml; `word_docx`) and its " | " rows
real tables, `pdf` prints the same text with its numbers typed to PDF with LibreOffice, and `word_pdf` prints the
`word` file; each is read by planparse's reader for its kind (`read_text(data, "docx" | "pdf")`). LibreOffice
prints every document in one run; without it the two PDF rewritings print a `skipped=` line instead. `--keep DIR`
writes each file rewriting's files, the text read from them and their parse, to look at a drop. Without
--transform (as `make bench` runs it) every rewriting runs but `pdf` (BENCH_SKIPS), to keep the bench under 15 minutes.
Prints:

  plan_import_metamorphic: transform=none task_f1=… lead_acc=… deadline_f1=… recurrence_f1=… docs=… changed_docs=0
  plan_import_metamorphic: transform=NAME … docs=… changed_docs=… touched_docs=…
      changed_docs: documents whose scorer counts differ from the untransformed parse; touched_docs: documents whose
      text the transform changed at all (a document it leaves as it is keeps its parse; a file rewriting touches all);
  plan_import_metamorphic: transform=NAME skipped=WHY   a file rewriting that cannot run here (no soffice);
  plan_import_metamorphic_worst: transform=NAME SLUG task_f1=B→A …; …   the 3 documents that drop most (task F1
      first, then the four figures' summed drop), with any other figure that moved;
  plan_import_metamorphic_family: transform=NAME family=FAMILY …   (with --by-family) the same figures over the
      documents of one family (source.json), before→after.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import unicodedata
import zlib
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any, NamedTuple

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_plan_parse import Tally, _scorer  # noqa: E402
from recurrence_misses import seen_documents  # noqa: E402

from planparse import ReadError, parse_plan, read_text  # noqa: E402
from planparse.tests.wordbuild import AutoNumber, Lvl, WordDoc, merge_horizontal, set_numbering  # noqa: E402
from planparse.tree import without_repeat  # noqa: E402

WIDTH = 80  # a web copy's or a PDF's line, in characters
LOWER = "a-zàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
# a line a reader takes for the start of something new: a number, a letter item, a bullet, an article, a table row
_ITEM_START = re.compile(
    r"^\s*(?:[IVXLC]{1,6}\s*[.\-–)]|[A-ZĐ]\s*[.)]|\(?\d{1,3}(?:\.\d{1,3})*\s*[.)/\-]|\(?[a-zđ]\s*[).]|[-–—•+*]"
    r"|Điều\s+\d|(?:PHỤ|Phụ)\s+(?:LỤC|lục)|Nơi\s+nhận|\|)"
)
_TABLE_ROW = re.compile(r"(?:^|\s)\|(?:\s|$)")
_ENDS_SENTENCE = re.compile(r"[.;:!?…]\W*$")
_STARTS_LOWER = re.compile(rf"^[{LOWER}]")


def _continuation_ok(before: str, after: str) -> bool:
    """A break between `before` and `after` reads as a wrap: no sentence ends before it, and what follows starts
    with a lower-case word that cannot be taken for an item ("a)", "b.")."""
    return (
        bool(before.strip())
        and not _ENDS_SENTENCE.search(before)
        and bool(_STARTS_LOWER.match(after))
        and not _ITEM_START.match(after)
    )


def rewrap(text: str, width: int = WIDTH) -> str:
    """Hard-wrap every paragraph line longer than `width` characters near `width`, as a web copy or a PDF's text
    does. Meaning-preserving: the words and their order stay; a line's start (its numbering, bullet, label) stays at
    the start; a break is made only where the next word starts in lower case and is no item marker and no sentence
    ends before it, so no wrapped part can be read as a new item. Table rows (" | ") are left whole."""
    out = []
    for line in text.split("\n"):
        if len(line) <= width or _TABLE_ROW.search(line):
            out.append(line)
            continue
        rest = line
        while len(rest) > width:
            spaces = [m.start() for m in re.finditer(r" (?=\S)", rest)]
            ok = [i for i in spaces if i >= width // 2 and _continuation_ok(rest[:i], rest[i + 1 :])]
            cut = max((i for i in ok if i <= width), default=None)
            if cut is None:
                cut = min((i for i in ok if i > width), default=None)
            if cut is None:
                break
            out.append(rest[:cut])
            rest = rest[cut + 1 :]
        out.append(rest)
    return "\n".join(out)


def unwrap(text: str) -> str:
    """Join a hard-wrapped paragraph's continuation lines to the line before (the reverse of `rewrap`, and what a
    reader does with a PDF's or a web copy's wraps). A continuation is a line that starts with a lower-case word that
    is no item marker, after a line that ends no sentence; neither is a table row. Meaning-preserving: a reader never
    takes such a line for a new item, so the numbering lines and their starts are those of the text."""
    out: list[str] = []
    for line in text.split("\n"):
        body = line.lstrip()
        if (
            out
            and not _TABLE_ROW.search(out[-1])
            and not _TABLE_ROW.search(line)
            and _continuation_ok(out[-1], body)
        ):
            out[-1] = out[-1].rstrip() + " " + body
        else:
            out.append(line)
    return "\n".join(out)


_DASH_OR_DOT = re.compile(r"^(\s*)([-•])(?= )", re.M)


def bullets(text: str) -> str:
    """Swap the dash bullet "- " and the round bullet "• " at line starts, one for the other (both ways at once,
    so two levels written with both stay two levels). Meaning-preserving: the corpus README numbers a dash bullet
    `-n` and the parser gives a symbol bullet the same `-n` ref, so the refs a reader cites are unchanged. The "+"
    bullet is left alone: its milestones are cited `.+n`, another ref, so swapping it would change the gold."""
    return _DASH_OR_DOT.sub(lambda m: m.group(1) + ("•" if m.group(2) == "-" else "-"), text)


@functools.cache
def _tone_pairs() -> tuple[dict[str, str], dict[str, str]]:
    """score_plan.py's TONE_FIX (old style → new style) and its reverse."""
    old_to_new = dict(_scorer().TONE_FIX)
    return old_to_new, {b: a for a, b in old_to_new.items()}


def _keep_case(src: str, dst: str) -> str:
    """`dst` with the case of `src`, letter by letter ("Ủy" → "Uỷ", "HÒA" → "HOÀ")."""
    return "".join(d.upper() if s.isupper() else d for s, d in zip(src, dst, strict=True))


@functools.cache
def _tone_rx_cached(which: str) -> re.Pattern[str]:
    old_to_new, new_to_old = _tone_pairs()
    return _tone_rx(old_to_new if which == "old" else new_to_old)


def _tone_rx(pairs: dict[str, str]) -> re.Pattern[str]:
    # only where the pair ends the syllable ("hoà", "thuỷ"): before a final consonant both styles put the mark on the
    # second vowel ("toàn", "khuỷu"), and after "q" the "u" is no vowel ("quý", "quỳnh")
    return re.compile(r"(?<![qQ])(" + "|".join(map(re.escape, pairs)) + rf")(?![{LOWER}A-ZÀ-Ỹ])", re.I)


def tone(text: str) -> str:
    """Move the tone marks of the open syllables "oa", "oe", "uy" to the other placement: new style "hòa", "thủy"
    to old style "hoà", "thuỷ" when the document writes mostly new style, else the reverse (score_plan.py's
    TONE_FIX, one direction per document). Meaning-preserving: both placements are the same word, and `norm`
    reads both as one, so an owner's name still matches its gold. A pair is moved only where it ends the syllable."""
    old_to_new, new_to_old = _tone_pairs()
    old_rx, new_rx = _tone_rx_cached("old"), _tone_rx_cached("new")
    if len(new_rx.findall(text)) >= len(old_rx.findall(text)):
        rx, pairs = new_rx, new_to_old
    else:
        rx, pairs = old_rx, old_to_new
    return rx.sub(lambda m: _keep_case(m.group(1), pairs[m.group(1).lower()]), text)


@functools.cache
def _abbreviations() -> list[tuple[re.Pattern[str], str]]:
    """(the written-out name, its abbreviation) for every name score_plan.py's ABBREV expands: the first
    abbreviation of each name ("kh&cn", not "khcn"), upper case as officials write it."""
    old_to_new, _ = _tone_pairs()
    seen: dict[str, str] = {}
    for short, full in _scorer().ABBREV.items():
        seen.setdefault(full, short.upper())
    out = []
    for full, short in seen.items():
        parts = []
        for word in full.split(" "):
            variants = {word}
            for a, b in old_to_new.items():  # both tone placements: "hóa"/"hoá", "ủy"/"uỷ"
                variants |= {v.replace(b, a) for v in variants} | {v.replace(a, b) for v in variants}
            parts.append("(?:" + "|".join(map(re.escape, sorted(variants))) + ")")
        rx = re.compile(r"(?<![\w&])" + r"\s+".join(parts) + r"(?![\w&])", re.I)
        out.append((rx, short))
    return out


def abbrev(text: str) -> str:
    """Write the agency names score_plan.py's ABBREV knows in their short form, as officials do: "Ủy ban nhân
    dân" → "UBND", "Sở Khoa học và Công nghệ" → "Sở KH&CN", "Hội đồng nhân dân" → "HĐND". Only a name written
    with lower-case letters (a letterhead in capitals stays). Meaning-preserving: the short forms are the ones every
    reader knows, and `norm` expands them back, so an owner written short still matches its gold."""
    for rx, short in _abbreviations():
        text = rx.sub(lambda m, s=short: s if any(c.islower() for c in m.group(0)) else m.group(0), text)
    return text


_DATE = re.compile(
    r"(?P<slash>(?:(?P<sday>(?i:ngày))\s+)?(?<![\d/.\-])(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>(?:19|20)\d\d)(?![\d/\-]))"
    r"|(?P<long>(?P<lday>(?i:ngày))\s+(?P<ld>\d{1,2})\s+(?i:tháng)\s+(?P<lm>\d{1,2})\s+(?i:năm)\s+(?P<ly>(?:19|20)\d\d)(?!\d))"
)


def dates(text: str) -> str:
    """Swap the two ways a full date is written: "15/3/2025" (or "ngày 15/3/2025") → "ngày 15 tháng 3 năm 2025",
    and "ngày 15 tháng 3 năm 2025" → "ngày 15/3/2025"; in a line of capitals, in capitals ("NGÀY 30 THÁNG 5 NĂM
    2019"). Only full dates of a valid day and month: a document number ("15/2025/QĐ-UBND"), a month ("12/2025")
    or a range joined by a dash ("01/7/2025-31/12/2025") is left as it is. Meaning-preserving: the same day, as
    officials write it both ways, so every deadline of the gold is unchanged."""

    def swap(m: re.Match[str]) -> str:
        slash = bool(m.group("slash"))
        d, mo, y = (
            (m.group("d"), m.group("m"), m.group("y"))
            if slash
            else (m.group("ld"), m.group("lm"), m.group("ly"))
        )
        if not (1 <= int(d) <= 31 and 1 <= int(mo) <= 12):
            return m.group(0)
        if not slash:
            return f"{m.group('lday')} {d}/{mo}/{y}"
        before = m.string[max(0, m.start() - 30) : m.start()].rsplit("\n", 1)[-1]
        capitals = m.group("sday") or before
        upper = any(c.isalpha() for c in capitals) and not any(c.islower() for c in capitals)
        long = f"{d} tháng {mo} năm {y}"
        return f"{m.group('sday') or ('NGÀY' if upper else 'ngày')} {long.upper() if upper else long}"

    return _DATE.sub(swap, text)


def _cased(src: str, dst: str) -> str:
    """`dst` written in the case of `src`: all capitals, a capital first letter, or as it is."""
    letters = [c for c in src if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return dst.upper()
    return dst[:1].upper() + dst[1:] if src[:1].isupper() else dst


# a cycle word as plans write it: "hằng"/"hàng" and the unit, "định kỳ" before it or not ("theo định kỳ hàng quý"
# keeps its "định kỳ": "theo hàng quý" is no Vietnamese)
_CYCLE = re.compile(
    r"(?<![\wÀ-ỹ])(?P<vague>(?<!theo )(?i:định\s+kỳ)\s+)?(?P<each>(?i:hằng|hàng))\s+(?P<unit>(?i:năm|quý|tháng))(?![\wÀ-ỹ])"
)
# where a cycle opens a clause ("Hằng năm, …", "- Hàng quý báo cáo …", "…; hằng tháng …", "(hằng năm)"): "định kỳ"
# may be written before it there without it qualifying a noun ("kế hoạch hằng năm" is no "kế hoạch định kỳ hằng năm")
_CLAUSE_OPENING = re.compile(r"(?:^[ \t]*(?:[-+•–]|\d{1,3}(?:\.\d{1,3})*[.)]|[a-zđ][.)])?|[:;(])[ \t]*$")
# a count of six months written as a reporting cycle ("Định kỳ 06 tháng", "6 tháng (trước ngày 16/6)")
_SIX_MONTHS = re.compile(r"(?<![\wÀ-ỹ])(?P<vague>(?i:định\s+kỳ)\s+)(?P<n>0?6)(?=\s+tháng(?![\wÀ-ỹ]))")
# a yearless due day of a recurring report ("trước ngày 15/12 hằng năm", "trước ngày 15 tháng 12 hàng năm",
# "Định kỳ hằng năm (trước ngày 30 tháng 11)"): the day written with a slash or with "tháng"
_DUE_DAY = re.compile(
    r"(?<![\wÀ-ỹ])(?P<day>(?i:ngày))\s+(?P<d>\d{1,2})(?:\s*/\s*|\s+(?P<word>(?i:tháng))\s+)(?P<m>\d{1,2})"
    r"(?![\d/]|\s*(?:/|-|năm)\s*\d)"
)
# a count that says how often ("02 lần/năm", "2 lần/tháng", "3 tháng một lần", "06 tháng/lần"): written with its zero
# or without, as plans write counts (after "định kỳ" the six months are `_SIX_MONTHS`'s)
_CYCLE_COUNT = re.compile(
    r"(?<![\wÀ-ỹ.,/])(?<!kỳ )(?P<n>0?[1-9])(?=\s+(?:(?i:lần)\s*/\s*(?:0?1\s+)?(?i:năm|quý|tháng)(?![\wÀ-ỹ])"
    r"|(?i:tháng)\s*(?:(?i:một)\s+(?i:lần)|/\s*(?i:lần))(?![\wÀ-ỹ])))"
)
_RECURRING_NEAR = re.compile(r"(?i:hằng|hàng|mỗi|định\s+kỳ)\s+(?i:năm|quý|tháng)|(?i:định\s+kỳ)")


def _yearless_days(text: str, *, recurring: bool) -> str:
    """Each day written without its year, "ngày 15/12" ↔ "ngày 15 tháng 12", in the sentences that name a cycle
    (`recurring`: a recurring report's due day, `cycles`) or in the others (a deadline whose year the plan gives,
    `deadlines`)."""

    def swap(m: re.Match[str]) -> str:
        if not (1 <= int(m.group("d")) <= 31 and 1 <= int(m.group("m")) <= 12):
            return m.group(0)
        # the sentence the day stands in: from the last sentence end (or line start) before it to the next after it
        start = max(
            m.string.rfind("\n", 0, m.start()),
            m.string.rfind(". ", 0, m.start()),
            m.string.rfind(";", 0, m.start()),
        )
        ends = [
            i
            for i in (m.string.find("\n", m.end()), m.string.find(". ", m.end()), m.string.find(";", m.end()))
            if i >= 0
        ]
        if bool(_RECURRING_NEAR.search(m.string, start + 1, min(ends, default=len(m.string)))) != recurring:
            return m.group(0)
        if m.group("word"):
            return f"{m.group('day')} {m.group('d')}/{m.group('m')}"
        return f"{m.group('day')} {m.group('d')} tháng {m.group('m')}"

    return _DUE_DAY.sub(swap, text)


def cycles(text: str) -> str:
    """Write each cycle in another of the forms real plans give it: "định kỳ hằng năm" → "hằng năm" (the "định kỳ"
    adds nothing to "hằng"; kept after "theo"), a cycle that opens a clause "Hằng năm, …" → "Định kỳ hằng năm, …",
    and any other "hằng năm" ↔ "hàng năm" (the same for quý and tháng, the case kept); "Định kỳ 06 tháng" ↔
    "Định kỳ 6 tháng"; a count of how often, "02 lần/năm" ↔ "2 lần/năm", "3 tháng một lần" ↔ "03 tháng một
    lần" (round 104); the due day of a recurring report without its year, in a sentence that names the cycle,
    "trước ngày 15/12 hằng năm" ↔ "trước ngày 15 tháng 12 hằng năm". Meaning-preserving: each form is one the seen
    plans write, for the same cycle and the same due day, so every recurrence and anchor of the gold is unchanged;
    "định kỳ" is only written where the cycle opens a clause, so it never qualifies a noun."""

    def cycle(m: re.Match[str]) -> str:
        each, unit = m.group("each"), m.group("unit")
        if m.group("vague"):
            return _cased(m.group(0), f"{each.lower()} {unit.lower()}")
        if _CLAUSE_OPENING.search(m.string[m.string.rfind("\n", 0, m.start()) + 1 : m.start()]):
            return _cased(each, f"định kỳ {each.lower()} {unit.lower()}")
        other = {"hằng": "hàng", "hàng": "hằng"}[each.lower()]
        return _cased(each, other) + m.group(0)[len(each) :]

    text = _CYCLE.sub(cycle, text)
    text = _SIX_MONTHS.sub(lambda m: m.group("vague") + ("6" if m.group("n") == "06" else "06"), text)
    text = _CYCLE_COUNT.sub(
        lambda m: m.group("n")[1:] if m.group("n").startswith("0") else "0" + m.group("n"), text
    )
    return _yearless_days(text, recurring=True)


def indent(text: str) -> str:
    """Put four spaces before every non-empty line, as a copy of a Word file with indented paragraphs gives.
    Meaning-preserving: a line's start after the spaces is the same, so its numbering is read the same."""
    return "\n".join("    " + ln if ln.strip() else ln for ln in text.split("\n"))


_LEADING = re.compile(r"^[ \t]+(?![ \t|])", re.M)


def dedent(text: str) -> str:
    """Strip the spaces and tabs before every line (a PDF's text or a Word copy's paragraph indents), except before
    a table row's empty first cell (" | …"), whose spaces belong to the row. Meaning-preserving: the numbering and
    the words after the spaces are the same."""
    return _LEADING.sub("", text)


_HEADING = re.compile(r"^(?P<lead>\s*(?:[IVXLC]{1,6}|[A-HĐ])\s*[.\-–)]\s*)(?P<rest>\S.*)$")
_KEEP_WORD = re.compile(r"\d|&|/|^[IVXLC]{2,6}[.,;:)]*$")


@functools.cache
def _short_forms() -> frozenset[str]:
    return frozenset(
        {s.upper() for s in _scorer().ABBREV} | {"TW", "MTTQ", "CNTT", "ĐMST", "CĐS", "HTX", "DN"}
    )


def _sentence_case(rest: str, keep: frozenset[str]) -> str:
    """An upper-case heading's words in lower case, the first letter upper; numbers, Roman numerals and short forms
    ("UBND", "KH&CN", "57-NQ/TW") kept as written."""
    words = rest.split(" ")
    out = [w if _KEEP_WORD.search(w) or w.strip(',.;:()“”"') in keep else w.lower() for w in words]
    first = out[0]
    if first and first == words[0].lower():
        out[0] = first[:1].upper() + first[1:]
    return " ".join(out)


def case(text: str) -> str:
    """Write a document's Roman- and letter-numbered headings ("II. NHIỆM VỤ", "B. TỔ CHỨC THỰC HIỆN") in the
    other case: in Sentence case when most are in capitals ("II. Nhiệm vụ"), else in capitals (only a short line
    that ends no sentence: a heading, not an item's prose). The numbering before the words is left as it is.
    Meaning-preserving: the same heading, read by its number; owners are matched without case."""
    keep = _short_forms()
    lines = text.split("\n")
    heads = [
        (k, m)
        for k, ln in enumerate(lines)
        if (m := _HEADING.match(ln)) and re.search(r"\w", m.group("rest"))
    ]
    upper = [(k, m) for k, m in heads if not any(c.islower() for c in m.group("rest"))]
    if 2 * len(upper) >= len(heads):
        for k, m in upper:
            lines[k] = m.group("lead") + _sentence_case(m.group("rest"), keep)
    else:
        for k, m in heads:
            rest = m.group("rest")
            if any(c.islower() for c in rest) and len(rest) <= 100 and not re.search(r"[.;]\s*$", rest):
                lines[k] = m.group("lead") + rest.upper()
    return "\n".join(lines)


_ARABIC = re.compile(r"^([ \t]*)(\d{1,3})([.)])(?= )", re.M)
_LETTER = re.compile(r"^([ \t]*)([a-zđ])([.)])(?= )", re.M)
_SWAP = {".": ")", ")": "."}


def arabic(text: str) -> str:
    """Swap the punctuation of the item numbers that open a line, "1. " and "1) ", one for the other (both ways at
    once, so two levels written with both stay two levels). Only a number of one to three digits at a line's start
    (after spaces) followed by a space: a sub-number ("1.1. "), a number in brackets ("(1) "), a date or a document
    number ("15/2025/QĐ-UBND") is left as it is. Meaning-preserving: score_plan.py's `norm_ref` drops ")" and the
    trailing ".", so "1." and "1)" are the same ref, and officials write both."""
    return _ARABIC.sub(lambda m: m.group(1) + m.group(2) + _SWAP[m.group(3)], text)


def letters(text: str) -> str:
    """Swap the punctuation of the lettered items that open a line, "a) " and "a. " (Vietnamese "đ" too), one for
    the other, both ways at once. Only one lower-case letter at a line's start (after spaces) followed by a space; a
    capital section letter ("A. ") and a letter in brackets ("(a) ") are left as they are. Meaning-preserving:
    `norm_ref` reads "a)" and "a." as the same ref. (A Roman "I." ↔ "I-" swap is no such transform: `norm_ref`
    keeps the dash, "i-" ≠ "I", so it would change the refs the gold cites.)"""
    return _LETTER.sub(lambda m: m.group(1) + m.group(2) + _SWAP[m.group(3)], text)


# ---- table transforms: only the rows (" | ") of a task table, from its header row to the last row after it ----

_CELL = " | "
_STT = re.compile(r"s?tt|số\s+(?:tt|thứ\s+tự)", re.I)
_GROUP_NUMBER = re.compile(
    r"(?:[IVXLC]{1,6}|[A-HĐ])(?:\.\d{1,2})*\.?$"
)  # "I", "A", "II.2": a group row's numeral


def _table_cells(line: str) -> list[str] | None:
    return line.split(_CELL) if _TABLE_ROW.search(line) and _CELL in line else None


def _column_role(cell: str) -> str:
    """What a header cell names, by its words, as a reader finds a column: the work (Nhiệm vụ, Nội dung, Chỉ tiêu,
    Tên nhiệm vụ), who leads (Chủ trì, Đơn vị thực hiện), who takes part (Phối hợp), by when (Thời gian, Thời hạn,
    Tiến độ), what comes of it (Sản phẩm, Kết quả), a remark (Ghi chú); anything else is "other"."""
    low = " ".join(cell.lower().split())
    if re.match(r"(?:tên\s+)?(?:nhiệm\s+vụ|nội\s+dung|công\s+việc|chỉ\s+tiêu)", low):
        return "task"
    if re.search(r"người\s+đứng\s+đầu|lãnh\s+đạo", low):
        return "other"
    if re.search(r"thời\s+(?:gian|hạn)|tiến\s+độ", low):
        return "time"
    if "chủ trì" in low:
        return "lead"
    if "phối hợp" in low:
        return "coord"
    if re.search(r"thực\s+hiện|phụ\s+trách|trách\s+nhiệm", low):
        return "lead"
    if re.search(r"sản\s+phẩm|kết\s+quả", low):
        return "product"
    if "ghi chú" in low:
        return "note"
    if re.search(r"nhiệm\s+vụ|nội\s+dung|giải\s+pháp|công\s+việc", low):
        return "task"
    return "other"


def _task_tables(lines: list[str]) -> list[tuple[list[int], list[int], list[str]]]:
    """Each task table of a text: (its header lines, its row lines, its header roles). A header is a row whose first
    cell is "STT"/"TT" and whose cells are short, with a column of who acts (Chủ trì, Phối hợp, Đơn vị thực hiện);
    its rows are the table rows that follow it, up to the next header or a line that is no row, except a short line
    or two with rows after them: group rows written as their merged cell alone ("I. NÂNG CAO NHẬN THỨC …"), as the
    corpus writes them. The header repeated without its STT cell (under each group row, "Nội dung | Đơn vị thực
    hiện | …": the same roles in the same order) is a header line too. A table with a row of more cells than its
    header (a second header row, cells out of line) is left out: its columns are not known. Letterhead rows and
    tables of figures (no column of who acts) are no task tables."""
    out = []
    k = 0
    while k < len(lines):
        cells = _table_cells(lines[k])
        if not (
            cells
            and _STT.fullmatch(cells[0].strip())
            and all(len(c.split()) <= 12 for c in cells)
            and {"lead", "coord"} & {_column_role(c) for c in cells[1:]}
        ):
            k += 1
            continue
        roles = ["stt", *(_column_role(c) for c in cells[1:])]
        heads, rows = [k], []
        j = k + 1
        while j < len(lines):
            row = _table_cells(lines[j])
            if row is None:
                ahead = next((i for i in range(j, min(j + 3, len(lines))) if _table_cells(lines[i])), None)
                if ahead is None or any(
                    not lines[i].strip() or len(lines[i].split()) > 30 for i in range(j, ahead)
                ):
                    break
                rows.extend(range(j, ahead))
                j = ahead
                continue
            if _STT.fullmatch(row[0].strip()):
                break
            repeated = len(row) == len(roles) - 1 and [_column_role(c) for c in row] == roles[1:]
            (heads if repeated else rows).append(j)
            j += 1
        if all(len(_table_cells(lines[r]) or []) <= len(cells) for r in rows):
            out.append((heads, rows, roles))
        k = j
    return out


def _row_cells(line: str) -> list[str]:
    """A table line's cells; a group row written as its merged cell alone is that one cell."""
    return _table_cells(line) or [line]


def _group_row(cells: list[str]) -> bool:
    """A group row ("I | NHÓM GIẢI PHÁP …", " | I. Kinh tế số", "5.1 |  | Thương mại"): one merged cell after its
    numeral, nothing in the columns."""
    return sum(1 for c in cells[1:] if c.strip()) <= 1 and not re.fullmatch(r"\d{1,3}\.?", cells[0].strip())


def _column_order(roles: list[str]) -> list[int]:
    """The new order of a table's columns: the STT first, then who leads and who takes part, then the work and the
    columns that name no role (in their order), then by when, what comes of it, the remark — the order of the
    plans that give each unit its rows ("STT | Cơ quan chủ trì | Nội dung …"). When the table is written so already,
    the work first and the owners last."""
    rank = {"stt": -1, "lead": 0, "coord": 1, "task": 2, "other": 2, "time": 3, "product": 4, "note": 5}
    order = sorted(range(len(roles)), key=lambda i: rank[roles[i]])
    if order == list(range(len(roles))):
        rank.update(lead=6, coord=7, note=8)
        order = sorted(range(len(roles)), key=lambda i: rank[roles[i]])
    return order


def columns(text: str) -> str:
    """Permute the columns of each task table (`_task_tables`) after its STT column, the header and every row the
    same way (`_column_order`: owners before the work, the deadline before the product); a group row of one merged
    cell stays as it is. A row's trailing empty cells are padded to the header's width before the move and dropped
    after it, as the corpus writes rows. Meaning-preserving: a reader finds each column by its header and cites a
    row by its group and STT, which keep their place."""
    lines = text.split("\n")
    for heads, rows, roles in _task_tables(lines):
        order = _column_order(roles)
        for k in (*heads, *rows):
            cells = _row_cells(lines[k])
            if k in rows and _group_row(cells):
                continue
            repeat = k in heads[1:]  # a header repeated without its STT cell
            cells = ([""] if repeat else []) + cells
            cells = cells + [""] * (len(roles) - len(cells))
            moved = [cells[i] for i in order]
            while len(moved) > 1 and not moved[-1].strip():
                moved.pop()
            lines[k] = _CELL.join(moved[1:] if repeat else moved)
    return "\n".join(lines)


# the header words of one column as real plans write them, each list read round: a header written in one form is
# rewritten in the next (the forms score_plan.py's corpus and planparse's `_table_columns` read the same role from)
_HEADER_FORMS = [
    ["Nhiệm vụ", "Nội dung nhiệm vụ", "Nội dung công việc", "Tên nhiệm vụ", "Nội dung thực hiện", "Nội dung"],
    ["Cơ quan chủ trì", "Đơn vị chủ trì", "Chủ trì thực hiện", "Chủ trì"],
    ["Cơ quan phối hợp", "Đơn vị phối hợp", "Phối hợp"],
    [
        "Thời gian hoàn thành",
        "Thời hạn hoàn thành",
        "Tiến độ thực hiện",
        "Thời gian thực hiện",
        "Thời gian",
        "Thời gian thực hiện/ hoàn thành",  # round 104, as a seen plan heads it
    ],
    ["Sản phẩm", "Kết quả, sản phẩm", "Sản phẩm dự kiến"],
]


@functools.cache
def _next_header_form() -> dict[str, str]:
    return {f.lower(): forms[(k + 1) % len(forms)] for forms in _HEADER_FORMS for k, f in enumerate(forms)}


def headers(text: str) -> str:
    """Rewrite the header cells of each task table in the next of the forms real plans use for the same column
    (`_HEADER_FORMS`: "Nhiệm vụ" → "Nội dung nhiệm vụ", "Cơ quan chủ trì" → "Đơn vị chủ trì", "Cơ quan phối
    hợp" → "Đơn vị phối hợp", "Thời gian hoàn thành" → "Thời hạn hoàn thành", "Sản phẩm" → "Kết quả, sản
    phẩm" …), a header in capitals in capitals. Only a cell written wholly in one of those forms; the STT, the rows
    and every other line are left as they are. Meaning-preserving: each form names the same column."""
    lines = text.split("\n")
    forms = _next_header_form()
    for heads, _, _ in _task_tables(lines):
        for head in heads:
            out = []
            for c in _row_cells(lines[head]):
                new = forms.get(" ".join(c.lower().split()))
                out.append(c if new is None else new.upper() if c.isupper() else new)
            lines[head] = _CELL.join(out)
    return "\n".join(lines)


# a quarter and its year: "Quý I/2026", "quý I năm 2026", "Quí IV-2025", "Quý 1/2026" (not one of a list, "Quý II,
# III/2026", whose numerals share the year)
_QUARTER_DATE = re.compile(
    r"(?<![\wÀ-ỹ])(?P<q>(?i:qu[ýí]))\s+(?P<n>IV|I{1,3}|[1-4])(?P<sep>\s*[/\-–]\s*|\s+(?i:năm)\s+)(?P<y>(?:19|20)\d\d)(?![\d/])"
)
_ROMAN_QUARTER = {"I": 1, "II": 2, "III": 3, "IV": 4}
# a month and its year, "tháng 6/2026", "tháng 06/2026", "tháng 6 năm 2026" (not a day's month: "ngày 15 tháng 6 năm
# 2026", "Hà Nội, 06 tháng 12 năm 2025"; a list of months, "tháng 11, 12/2013", has no "tháng" before its year)
_MONTH_DATE = re.compile(
    r"(?<![\wÀ-ỹ])(?<!\d )(?P<t>(?i:tháng))\s+(?P<m>\d{1,2})(?P<sep>\s*/\s*|\s+(?i:năm)\s+)(?P<y>(?:19|20)\d\d)(?![\d/])"
)
# the label of an item's timing at the start of its line ("- Thời gian thực hiện: Quý I/2026"), each written in the next
# form of the list: the forms plans give the same field
_TIMING_LABELS = ["Thời gian thực hiện", "Thời hạn hoàn thành", "Thời gian hoàn thành"]
_TIMING_LABEL = re.compile(
    r"^(?P<lead>[ \t]*(?:(?:[-+•–]|\d{1,3}(?:\.\d{1,3})*[.)]|[a-zđ][.)])[ \t]+)?)"
    r"(?P<label>Thời\s+(?:gian|hạn)\s+(?:thực\s+hiện|hoàn\s+thành))(?P<colon>[ \t]*:[ \t]*)(?P<field>[^\n]*)$",
    re.M,
)
# a field that says only when the work starts ("Từ tháng 11/2013 trở đi") or on what event is no deadline a
# "Thời hạn hoàn thành" could carry
_START_ONLY = re.compile(r"^(?:kể\s+)?từ\b(?!.*\bđến\b)", re.I)
# a timing field that is a whole year or a run of years, in the forms plans write it ("Năm 2026", "Trong năm 2026",
# "2026"; "Năm 2026-2030", "2026 - 2030", "Giai đoạn 2026 - 2030"), each written in the next form of its list
_YEARS_FIELD = re.compile(
    r"^(?P<form>(?i:trong\s+năm|năm|giai\s+đoạn)\s+)?(?P<a>(?:19|20)\d\d)(?:\s*[-–]\s*(?P<b>(?:19|20)\d\d))?"
    r"(?P<rest>\s*[.;]?\s*)$"
)
_YEAR_FORMS = ["năm {a}", "trong năm {a}", "{a}"]
_YEARS_FORMS = ["năm {a}-{b}", "{a} - {b}", "giai đoạn {a} - {b}"]
# the six months of a year, "6 tháng đầu năm 2026" ↔ "06 tháng đầu năm 2026"
_HALF_YEAR = re.compile(
    r"(?<![\wÀ-ỹ.,/])(?P<n>0?6)(?=\s+(?i:tháng)\s+(?i:đầu|cuối)\s+(?i:năm)\s+(?:19|20)\d\d)"
)
# a day the work is due by ("trước ngày 30/6/2026" ↔ "chậm nhất ngày 30/6/2026"), its day, month and year
_DUE_BY = re.compile(
    r"(?<![\wÀ-ỹ])(?P<cue>(?i:trước)|(?i:chậm\s+nhất))\s+(?:(?P<day>(?i:ngày))\s+)?"
    r"(?P<date>(?P<d>\d{1,2})\s*(?:/|tháng)\s*(?P<m>\d{1,2})\s*(?:/|năm)\s*(?P<y>(?:19|20)\d\d))(?![\d/])"
)


def _in_year(field: str, *, bare: bool = True) -> str:
    """A timing field that is a whole year or a run of years in the next of its forms (`_YEAR_FORMS`,
    `_YEARS_FORMS`), its first letter upper case as it was; any other field as it is. A year alone ("2026") only
    where `bare` (a table's time cell: a label's field says "Năm 2026" or "Trong năm 2026")."""
    m = _YEARS_FIELD.match(field)
    if not m:
        return field
    written = " ".join((m.group("form") or "").lower().split())
    a, b = m.group("a"), m.group("b")
    if b is None:
        forms, k = _YEAR_FORMS if bare else _YEAR_FORMS[:2], {"năm": 0, "trong năm": 1, "": 2}.get(written)
    else:
        forms, k = _YEARS_FORMS, {"năm": 0, "": 1, "giai đoạn": 2}.get(written)
    if k is None:  # "trong năm 2026-2030", "giai đoạn 2026": left as written
        return field
    new = forms[(k + 1) % len(forms)].format(a=a, b=b)
    upper = field[:1].isupper() or (not m.group("form") and field[:1].isdigit())
    return (new[:1].upper() + new[1:] if upper else new) + m.group("rest")


def deadlines(text: str, gold: dict | None = None) -> str:
    """Write each deadline in another of the forms real plans give it: a quarter "Quý I/2026" → "Quý I năm 2026" →
    "Quý 1/2026" → "Quý I/2026" (a dash as a slash); a month "tháng 6/2026" → "tháng 6 năm 2026" → "tháng 06/2026";
    an item's timing label at its line's start "Thời gian thực hiện:" → "Thời hạn hoàn thành:" → "Thời gian hoàn
    thành:" → "Thời gian thực hiện:" (not before a start alone, "Từ tháng 11/2013 trở đi", nor before a field with
    no date); the six months of a year "6 tháng đầu năm 2026" ↔ "06 tháng đầu năm 2026"; a field or a time cell of
    a task table that is a whole year, "Năm 2026" → "Trong năm 2026" → "2026" (a cell only) → "Năm 2026", or a run
    of years, "Năm 2026-2030" → "2026 - 2030" → "Giai đoạn 2026 - 2030" → "Năm 2026-2030"; and a day the gold gives
    as a deadline, "trước ngày 30/6/2026" → "chậm nhất ngày 30/6/2026" → "trước 30/6/2026" → "trước ngày
    30/6/2026" (a day in words keeps its "ngày"; only such a day: "được phê duyệt trước ngày 01/7/2025" says which,
    not by when); a day without its year outside the sentences that name a cycle (`cycles` rewrites those), "trước
    ngày 30/6" ↔ "trước ngày 30 tháng 6" (round 104). Meaning-preserving: each form is one the seen plans write for
    the same period, and a deadline is
    the period's end, so every deadline of the gold is unchanged. Header cells are the `headers` rewriting's."""

    def quarter(m: re.Match[str]) -> str:
        n, year, sep = m.group("n"), m.group("y"), m.group("sep")
        q = m.group("q")
        if n.isdigit():
            roman = {v: k for k, v in _ROMAN_QUARTER.items()}[int(n)]
            return f"{q} {roman}/{year}"
        if "/" in sep or "-" in sep or "–" in sep:
            return f"{q} {n} {'NĂM' if q.isupper() else 'năm'} {year}"
        return f"{q} {_ROMAN_QUARTER[n]}/{year}"

    def month(m: re.Match[str]) -> str:
        mo, year = int(m.group("m")), m.group("y")
        if not 1 <= mo <= 12:
            return m.group(0)
        if "/" in m.group("sep"):
            return f"{m.group('t')} {mo} {'NĂM' if m.group('t').isupper() else 'năm'} {year}"
        return f"{m.group('t')} {mo:02d}/{year}"

    text = _QUARTER_DATE.sub(quarter, text)
    text = _MONTH_DATE.sub(month, text)
    text = _HALF_YEAR.sub(lambda m: "6" if m.group("n") == "06" else "06", text)

    def label(m: re.Match[str]) -> str:
        field = m.group("field")
        if not re.search(r"\d", field) or _START_ONLY.match(field):
            return m.group(0)
        written = " ".join(m.group("label").split())
        forms = _TIMING_LABELS
        new = forms[(forms.index(written) + 1) % len(forms)] if written in forms else "Thời gian thực hiện"
        return m.group("lead") + new + m.group("colon") + _in_year(field, bare=False)

    text = _TIMING_LABEL.sub(label, text)
    lines = text.split("\n")
    for _, rows, roles in _task_tables(lines):
        if "time" not in roles:
            continue
        at = roles.index("time")
        for r in rows:
            cells = _table_cells(lines[r])
            if cells and len(cells) == len(roles):
                lead = cells[at][: len(cells[at]) - len(cells[at].lstrip())]
                cells[at] = lead + _in_year(cells[at].lstrip())
                lines[r] = _CELL.join(cells)
    text = "\n".join(lines)
    due = {t["deadline"] for t in (gold or {}).get("tasks", []) if t.get("deadline")}

    def due_by(m: re.Match[str]) -> str:
        try:
            day = dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d"))).isoformat()
        except ValueError:
            return m.group(0)
        if gold is not None and day not in due:
            return m.group(0)
        # "trước ngày" → "chậm nhất ngày" → "trước" (the day alone, "hoàn thành trước 30/6/2026") → "trước ngày"
        if m.group("cue").lower() == "trước" and m.group("day"):
            cue, day = "chậm nhất", m.group("day") + " "
        elif m.group("day") and "/" in m.group("date"):
            cue, day = "trước", ""
        elif m.group(
            "day"
        ):  # a day written in words keeps its "ngày": "trước 10 tháng 12 năm 2025" is no plan's
            cue, day = "trước", m.group("day") + " "
        else:
            cue, day = "trước", "ngày "
        return f"{_cased(m.group('cue'), cue)} {day}{m.group('date')}"

    return _yearless_days(_DUE_BY.sub(due_by, text), recurring=False)


def stt(text: str) -> str:
    """Write the number column's header of each task table the other way: "STT" ↔ "TT" (the case kept).
    Meaning-preserving: both are "số thứ tự", and provinces write both."""
    lines = text.split("\n")
    for heads, _, _ in _task_tables(lines):
        head = heads[0]  # a header repeated without its STT cell has none to write
        cells = _table_cells(lines[head]) or []
        first = cells[0].strip()
        if first.lower() in ("stt", "tt"):
            swap = "tt" if first.lower() == "stt" else "stt"
            cells[0] = cells[0].replace(first, swap.upper() if first.isupper() else swap.capitalize())
            lines[head] = _CELL.join(cells)
    return "\n".join(lines)


def headcase(text: str) -> str:
    """Write the header row of each task table in the other case: in capitals when it is not ("STT | NHIỆM VỤ |
    CƠ QUAN CHỦ TRÌ"), else with each cell's first letter alone upper ("Nhiệm vụ và giải pháp"). Short forms
    ("UBND") stay. Meaning-preserving: the same headers, as provinces write them both ways."""
    lines = text.split("\n")
    keep = _short_forms()
    for heads, _, _ in _task_tables(lines):
        upper = all(
            c.isupper() or not c.strip() for k in heads for c in _row_cells(lines[k])[k == heads[0] :]
        )
        for k in heads:
            cells = _row_cells(lines[k])
            stt_ = cells[:1] if k == heads[0] else []
            words = cells[len(stt_) :]
            words = (
                [_sentence_case(c, keep) if c.strip() else c for c in words]
                if upper
                else [c.upper() for c in words]
            )
            lines[k] = _CELL.join([*(c.upper() for c in stt_), *words])
    return "\n".join(lines)


def twohead(text: str) -> str:
    """Write the two owner columns of each task table under one header over two rows, as many plans do: "… | Cơ
    quan chủ trì | Cơ quan phối hợp | …" becomes "… | Cơ quan thực hiện | …" with a second row "Chủ trì | Phối
    hợp" of the sub-headers under it (the corpus writes a header over two rows so: the first row with the merged
    cell, the second with the sub-header cells alone). Only a table whose lead column is followed by its
    coordinators' column. Meaning-preserving: the columns and the rows are the same, read from the two header rows."""
    lines = text.split("\n")
    for heads, _, roles in _task_tables(lines):
        if (
            "lead" not in roles
            or roles.index("lead") + 1 >= len(roles)
            or roles[roles.index("lead") + 1] != "coord"
        ):
            continue
        for head in heads:
            cells = _row_cells(lines[head])
            k = roles.index("lead") - (head != heads[0])  # a header repeated without its STT cell
            upper = all(c.isupper() or not c.strip() for c in cells[1:])
            merged, subs = "Cơ quan thực hiện", ["Chủ trì", "Phối hợp"]
            if upper:
                merged, subs = merged.upper(), [s.upper() for s in subs]
            lines[head] = _CELL.join([*cells[:k], merged, *cells[k + 2 :]]) + "\n" + _CELL.join(subs)
    return "\n".join(lines)


_SHORT_MIN = 6  # a task cell of fewer words is a short cell: nothing to shorten
_DANGLING = re.compile(
    r"(?:[\s,;:(\-–]+|\s+(?:và|của|cho|với|các|những|trong|theo|để|về|từ|đến|tại|là|được|có|trên|bằng|như|"
    r"hoặc|nhằm|gắn|đối|thuộc))+$",
    re.I,
)


def _shorten(cell: str) -> str:
    """A task cell in fewer words: its first 60% of words (rounded up), without the joining words or the stops
    left dangling at the cut, nor a bracket the cut leaves open."""
    words = cell.split()
    if len(words) < _SHORT_MIN:
        return cell
    cut = " ".join(words[: -(-len(words) * 3 // 5)])
    if cut.count("(") > cut.count(")"):
        cut = cut[: cut.rfind("(")]
    prev = None
    while prev != cut:
        prev, cut = cut, _DANGLING.sub("", cut)
    return cut if cut.strip() else cell


def _merged_rows(gold: dict) -> set[str]:
    """The table rows the gold merges with the body items they restate: the `table_ref` of every task whose body
    item is named (`body_ref`) or cited as the task's own ref."""
    return {
        norm_ref
        for t in gold.get("tasks", [])
        if t.get("table_ref") and (t.get("body_ref") or t.get("ref") != t["table_ref"])
        for norm_ref in [_scorer().norm_ref(t["table_ref"])]
    }


class _Row(NamedTuple):
    """A row of a task table (no group row): its line, its cells, the refs a reader cites it by ("PL.<part>.<group>.
    <STT>" and the shorter forms the corpus README allows) and its group (the rows under one group row)."""

    line: int
    cells: list[str]
    cites: frozenset[str]
    group: tuple[int, str, str]


def _is_part(numeral: str, part: str) -> bool:
    """A group row's letter that names a part ("A", "B", then "C" after "B"), not a Roman numeral ("C" alone, "I")."""
    if not re.fullmatch(r"[A-HĐ]\.?", numeral):
        return False
    return numeral[0] != "C" or part == "B"


def _table_rows(lines: list[str]) -> Iterator[tuple[list[str], list[_Row]]]:
    """Each task table with a column of the work (`_task_tables`): its roles and its rows, each with its refs."""
    norm_ref = _scorer().norm_ref
    for table, (_, rows, roles) in enumerate(_task_tables(lines)):
        if "task" not in roles:
            continue
        out: list[_Row] = []
        part = group = ""
        for k in rows:
            cells = _row_cells(lines[k])
            first = cells[0].strip()
            if _group_row(cells):
                # "I | NHÓM …", " | I. Kinh tế số", "I. NÂNG CAO …" (the merged cell alone): the group's numeral
                named = cells[0] if len(cells) == 1 else "" if first else cells[1]
                numeral = re.split(r"[.\s]", named.strip(), maxsplit=1)[0] if named else first
                if _is_part(numeral, part):
                    part, group = numeral.rstrip("."), ""
                elif _GROUP_NUMBER.match(numeral):
                    group = numeral.rstrip(".")
                continue
            stt_ = first.rstrip(".")
            cites = frozenset(
                norm_ref(".".join(["PL", *pre, stt_]))
                for pre in ([part, group], [group], [part], [])
                if all(pre)
            )
            out.append(_Row(k, cells, cites, (table, part, group)))
        yield roles, out


def shortrow(text: str, gold: dict | None = None) -> str:
    """Write the task cell of each row that restates a body item in fewer words (`_shorten`: its first 60% of
    words), as appendix rows often shorten the item they restate. With `gold`, only the rows it merges with a body
    item (`_merged_rows`: the row cited "PL.<group>.<STT>", its group the last group row's numeral, and a part's
    letter before it: `_table_rows`), and none in a document whose gold merges no row; without, every row of every
    task table. A task cell of fewer than six words is left as it is, and every other cell and line.
    Meaning-preserving: the row keeps its number, owners and deadline, and the body item it restates says the task in
    full."""
    return _rewrite_task_cells(text, gold, lambda cell, _: _shorten(cell), rows_of=_merged_rows)


# ---- row restatements: how an appendix row words the body item it restates (round 97) ----
# Each rewrites only the task cell (roworder: the cells after STT) of the rows the gold merges with a body item
# (`_merged_rows`), as the appendix rows of the seen corpus restate their items (the pairs of Đồng Tháp 617, Đồng Nai
# 179, TTg 844, TTg 982, CP 105, Lâm Đồng CCHC …, row and item side by side); without a gold, every row of a task table.


def _body_cited_rows(gold: dict) -> set[str]:
    """The merged rows whose task the gold cites by the body item (its ref is not the row's): their ref is no ref the
    scorer reads, so what a row says may move to another row of its group."""
    norm_ref = _scorer().norm_ref
    return {
        norm_ref(t["table_ref"])
        for t in gold.get("tasks", [])
        if t.get("table_ref") and norm_ref(t["ref"]) != norm_ref(t["table_ref"])
    }


def _rows_of_one_item(gold: dict) -> set[str]:
    """The merged rows the gold merges with one whole body item: not a row restating two items ("PL.B.1.2" over
    IV.1.1.b and IV.1.1.c, each said in one of its clauses), nor one restating a part of an item the gold splits along
    its rows ("III.1.b-1[2]")."""
    norm_ref = _scorer().norm_ref
    count: dict[str, int] = {}
    for t in gold.get("tasks", []):
        if t.get("table_ref"):
            row = norm_ref(t["table_ref"])
            count[row] = count.get(row, 0) + (2 if re.search(r"\[\d+\]$", t["ref"]) else 1)
    return {row for row, n in count.items() if n == 1}


def _rewrite_task_cells(
    text: str,
    gold: dict | None,
    rewrite: Callable[[str, dict[str, str]], str],
    one_item: bool = False,
    rows_of: Callable[[dict], set[str]] | None = None,
) -> str:
    """`text` with the task cell of each row whose task the gold cites by the body item it restates
    (`_body_cited_rows`: the item says the task in full, its timing too) rewritten by `rewrite(cell, the row's cells
    by role)`; every row of a task table without a gold, none when the gold cites no row so. A row cited by its own
    ref (a target's row, "PL.I.2" over a target item of MỤC TIÊU) is the task itself: its words stay. With
    `one_item`, only the rows the gold merges with one item (`_rows_of_one_item`); `rows_of` chooses the rows from the
    gold otherwise (shortrow: every row it merges, `_merged_rows`)."""
    merged = (rows_of or _body_cited_rows)(gold) if gold is not None else None
    if merged is not None and one_item and gold is not None:
        merged &= _rows_of_one_item(gold)
    if merged is not None and not merged:
        return text
    lines = text.split("\n")
    for roles, rows in _table_rows(lines):
        task = roles.index("task")
        for row in rows:
            if (merged is not None and not row.cites & merged) or task >= len(row.cells):
                continue
            by_role = {
                r: c.strip() for r, c in zip(roles, row.cells, strict=False) if r not in ("stt", "task")
            }
            new = rewrite(row.cells[task].strip(), by_role)
            if new != row.cells[task].strip():
                cells = list(row.cells)
                cells[task] = new
                lines[row.line] = _CELL.join(cells)
    return "\n".join(lines)


def _upper_first(s: str) -> str:
    return s[:1].upper() + s[1:]


def _lower_first(s: str) -> str:
    return s[:1].lower() + s[1:]


def _verbs(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


# the verbs that frame a product in an item's opening verb list ("Nghiên cứu, xây dựng Đề án …", "Tổ chức triển khai
# thực hiện …"): the words the seen rows and items open with (table rows' first words counted over the seen .txt tables)
_FRAMING = (
    "nghiên cứu", "xây dựng", "ban hành", "hoàn thiện", "tổ chức", "triển khai", "thực hiện", "cập nhật",
    "rà soát", "sửa đổi", "bổ sung", "nâng cấp", "phát triển", "trình", "đề xuất", "tham mưu", "phê duyệt",
    "điều chỉnh", "thành lập", "vận hành", "áp dụng", "công bố", "kiện toàn",
)  # fmt: skip
# the other action verbs a row opens with in the seen tables
_ACTION = (
    *_FRAMING, "đẩy mạnh", "tăng cường", "hỗ trợ", "nâng cao", "hình thành", "đầu tư", "bố trí", "tập trung",
    "theo dõi", "tham gia", "đào tạo", "tuyên truyền", "hoàn thành", "ứng dụng", "thúc đẩy", "khảo sát",
    "đánh giá", "hợp tác", "hướng dẫn", "huy động", "quản lý", "bảo đảm", "đảm bảo", "thiết lập", "biểu dương",
    "đổi mới", "vận động", "kiểm tra", "giám sát", "phối hợp",
)  # fmt: skip
# what a framing verb list makes or carries out, named by its kind ("Đề án …", "Luật …", "Nền tảng …")
_PRODUCTS = (
    "đề án", "kế hoạch", "chương trình", "chiến lược", "luật", "nghị định", "nghị quyết", "thông tư",
    "quyết định", "chỉ thị", "quy chế", "quy định", "quy hoạch", "quy trình", "quy chuẩn", "tiêu chuẩn",
    "hướng dẫn", "nền tảng", "hệ thống", "cơ sở dữ liệu", "cổng", "bộ tiêu chí", "bộ chỉ số", "bộ chỉ tiêu",
    "khung", "danh mục", "dự án", "báo cáo", "cẩm nang", "kho", "trục", "trung tâm", "cơ chế", "chính sách",
    "văn bản", "phương án", "lộ trình",
)  # fmt: skip
_WORD_END = r"(?![\wÀ-ỹ])"
_VERB_RUN = re.compile(
    rf"^(?:(?:tiếp\s+tục|thường\s+xuyên|chủ\s+động|từng\s+bước)\s+)?(?P<run>(?:{_verbs(_FRAMING)}){_WORD_END}"
    rf"(?:(?:\s*,\s*|\s+và\s+|\s+)(?:{_verbs(_FRAMING)}){_WORD_END})*)\s+",
    re.I,
)
_PRODUCT_NEXT = re.compile(rf"(?:(?:các|một\s+số|những)\s+)?(?:{_verbs(_PRODUCTS)}){_WORD_END}", re.I)
_ONE_VERB = re.compile(rf"(?:{_verbs(_FRAMING)}){_WORD_END}", re.I)
# a product ("Luật", "các quy trình") named by fewer words after its kind is too bare to be a task
_NAMED_BY = 2


def _drop_lead(cell: str) -> str:
    """A task cell without its opening verbs: the whole verb list when a product follows it ("Nghiên cứu, xây dựng
    Đề án X" → "Đề án X", "Tổ chức triển khai thực hiện Kế hoạch Y" → "Kế hoạch Y"), else all but its last verb
    ("Xây dựng và tổ chức triển khai các mô hình" → "Triển khai các mô hình"; "Tiếp tục rà soát …" → "Rà soát …").
    A cell that opens with one verb and no product after it is left as it is: its verb is the task."""
    m = _VERB_RUN.match(cell)
    if m is None:
        return cell
    rest = cell[m.end() :]
    product = _PRODUCT_NEXT.match(rest)
    if product is not None and len(rest[product.end() :].split()) >= _NAMED_BY:
        return _upper_first(rest)
    last = list(_ONE_VERB.finditer(m.group("run")))[-1]
    keep = m.start("run") + last.start()
    return _upper_first(cell[keep:]) if keep > 0 else cell


def droplead(text: str, gold: dict | None = None) -> str:
    """Write each merged row's task cell without the opening verbs of the item it restates (`_drop_lead`): a row
    names the product ("Luật An ninh dữ liệu", "Kế hoạch thúc đẩy …") or keeps the last verb of the item's list, as
    the seen rows do ("Xây dựng và tổ chức triển khai Chương trình dạy và học …" restated "Triển khai Chương trình dạy
    và học …", Đồng Nai 179; "Rà soát, xây dựng Luật Bảo hiểm y tế sửa đổi" → "Xây dựng Luật …", TTg 844; "Bố trí đủ
    nguồn lực, tổ chức đào tạo …" → "Tổ chức đào tạo …", CP 105; rows naming only the product, "Chương trình phục hồi
    nguồn nước …", "Đề án đẩy mạnh ứng dụng …"). Meaning-preserving: the row keeps its number, owners and deadline,
    and the body item says the task in full."""
    return _rewrite_task_cells(text, gold, lambda cell, _: _drop_lead(cell))


# another opening verb a reader takes for the same task, each pair as a seen row restates its item (item → row)
_VERB_SWAPS: list[tuple[re.Pattern[str], str]] = [
    # "Xây dựng và tổ chức triển khai Nền tảng …" → "Triển khai Nền tảng …" (Đồng Nai 179, eight rows)
    (re.compile(r"xây\s+dựng(?:,|\s+và)\s+(?:tổ\s+chức\s+)?triển\s+khai", re.I), "Triển khai"),
    # "Xây dựng, nâng cấp nền tảng đào tạo …" → "Triển khai nền tảng đào tạo …" (Đồng Tháp 617, III.1.b)
    (re.compile(r"xây\s+dựng,\s+nâng\s+cấp", re.I), "Triển khai"),
    # "Cập nhật, hoàn thiện bộ tiêu chí …" → "Xây dựng Bộ tiêu chí …" (Đồng Tháp 617, III.2.b)
    (re.compile(r"(?:cập\s+nhật,\s+)?hoàn\s+thiện", re.I), "Xây dựng"),
    # "Thường xuyên kiểm tra, chấn chỉnh …" → "Tổ chức kiểm tra, chấn chỉnh …" (Lâm Đồng CCHC, two rows)
    (re.compile(r"thường\s+xuyên(?!\s+tổ\s+chức)", re.I), "Tổ chức"),
    # "Triển khai các hoạt động truyền thông quốc tế …" → "Tổ chức truyền thông quốc tế …" (TTg 982, III.4.b)
    (re.compile(r"triển\s+khai(?=\s+các\s+hoạt\s+động)", re.I), "Tổ chức"),
    # "Xây dựng Chương trình hỗ trợ doanh nghiệp …" → "Triển khai Chương trình hỗ trợ …" (Đồng Nai 179, III.1.i-4)
    (
        re.compile(r"xây\s+dựng(?=\s+(?:chương\s+trình|kế\s+hoạch|đề\s+án|nền\s+tảng)(?![\wÀ-ỹ]))", re.I),
        "Triển khai",
    ),
    # "Triển khai kế hoạch thúc đẩy …" → "Xây dựng và tổ chức triển khai kế hoạch …" (Đồng Nai 179, III.1.c-1)
    (re.compile(r"triển\s+khai", re.I), "Xây dựng và tổ chức triển khai"),
]


def _swap_verb(cell: str) -> str:
    """A task cell opened by the other verb of the first `_VERB_SWAPS` pair that opens it (a whole word)."""
    for rx, new in _VERB_SWAPS:
        m = rx.match(cell)
        if m is not None and cell[m.end() : m.end() + 1].isspace():
            return new + cell[m.end() :]
    return cell


def rowverb(text: str, gold: dict | None = None) -> str:
    """Open each merged row's task cell with another verb the seen rows use for the same task (`_VERB_SWAPS`, each
    pair found between a row and the item it restates: "Xây dựng và tổ chức triển khai" → "Triển khai", "Cập nhật,
    hoàn thiện" → "Xây dựng", "Xây dựng Chương trình" → "Triển khai Chương trình", "Triển khai" → "Xây dựng và tổ
    chức triển khai" …). Not "Xây dựng" ↔ "Ban hành": the seen pairs show it once, inside a verb list (TTg 982), and a
    law drafted is another task than a law issued. Meaning-preserving: a reader takes the row for the item's task."""
    return _rewrite_task_cells(text, gold, lambda cell, _: _swap_verb(cell))


# the clauses of a task cell: after ";" or after "." before a capital, outside brackets
_CLAUSE_END = re.compile(r"(?<=;)\s+|(?<=\.)\s+(?=[A-ZĐÀ-Ỹ])")


def _clauses(cell: str) -> list[str]:
    out, start, depth = [], 0, 0
    ends = {m.start(): m.end() for m in _CLAUSE_END.finditer(cell)}
    k = 0
    while k < len(cell):
        if cell[k] in "(“":
            depth += 1
        elif cell[k] in ")”" and depth:
            depth -= 1
        elif k in ends and depth == 0:
            out.append(cell[start:k])
            start = k = ends[k]
            continue
        k += 1
    out.append(cell[start:])
    return [c for c in out if c.strip()]


def _tail_clause(cell: str) -> str:
    """The task cell's second clause or sentence (of `_SHORT_MIN` words or more; else a later one), its first letter
    upper and a closing ";" a stop; a cell of one clause is left as it is."""
    parts = _clauses(cell)
    later = next((p for p in parts[1:] if len(p.split()) >= _SHORT_MIN), None)
    if later is None:
        return cell
    later = later.strip()
    return _upper_first(later[:-1].rstrip() + "." if later.endswith(";") else later)


def rowtail(text: str, gold: dict | None = None) -> str:
    """Write each merged row's task cell as a later clause of itself (`_tail_clause`: the second clause or sentence,
    after ";" or "."), as seen rows restate a middle or last part of their item ("Tổ chức ứng dụng công nghệ thông
    tin …", the second sentence of TTg 844's II.6-3; "Xây dựng kế hoạch và triển khai hạ tầng 5G, IoT trong các khu
    công nghiệp", the second sentence of Đồng Tháp 617's III.3.b; Lào Cai CT11's IV.12-3, CP 105's II.3.a-4). A cell
    of one clause is left as it is. Meaning-preserving: the row keeps its number, owners and deadline, and the body
    item says the task in full. Only a row the gold merges with one item: a row restating two says each in one of
    its clauses, and one of them kept alone would restate the other no more."""
    return _rewrite_task_cells(text, gold, lambda cell, _: _tail_clause(cell), one_item=True)


def roworder(text: str, gold: dict | None = None) -> str:
    """Reverse the order in which the rows of each group restate their body items: the cells after the STT of the
    merged rows whose task the gold cites by its body item (`_body_cited_rows`) move, row by row, so that the first
    such row of a group says what the last said, the second what the one before it said …; every STT, group row and
    other row stays where it is. Seen tables restate their items in another order than the body's (Đồng Nai 179:
    rows 5.1.4 and 5.1.5 restate IV.3.1.b and IV.3.1.a; BTNMT 09: rows 2, 4, 3, 6, 5 restate III.1.b, b, c, đ, III.2).
    Meaning-preserving: the STT column still counts 1, 2, 3 …, each row keeps its owners and deadline with its
    work, and the refs the gold cites are the body items'. (A row cited by its own ref, PL.<group>.<STT>, keeps its
    place: moving what it says would change the task that ref names.) Without a gold it does nothing: which rows a
    reader cites by their items is the gold's."""
    if gold is None:
        return text
    cited = _body_cited_rows(gold)
    if not cited:
        return text
    lines = text.split("\n")
    for _, rows in _table_rows(lines):
        groups: dict[tuple[int, str, str], list[_Row]] = {}
        for row in rows:
            if row.cites & cited:
                groups.setdefault(row.group, []).append(row)
        for members in groups.values():
            for row, other in zip(members, reversed(members), strict=True):
                lines[row.line] = _CELL.join([row.cells[0], *other.cells[1:]])
    return "\n".join(lines)


_ACTION_OPENING = re.compile(rf"(?:{_verbs(_ACTION)}){_WORD_END}", re.I)
# an owner cell that says more than who (a verb: "Sở KH&CN chủ trì hướng dẫn, tổng hợp; …"), or a long list
_OWNER_SAYS_MORE = re.compile(
    r"chủ\s+trì|phối\s+hợp|thực\s+hiện|hướng\s+dẫn|tổng\s+hợp|thúc\s+đẩy|theo\s+dõi|báo\s+cáo|\svới\s", re.I
)
_OWNER_WORDS = 12


def _owner_first(cell: str, by_role: dict[str, str]) -> str:
    """A task cell opening with its row's owner as the subject ("Bộ Công an xây dựng Luật …"): only a cell that opens
    with an action verb, and an owner cell that only names who (`_OWNER_WORDS` words at most, no verb)."""
    lead = by_role.get("lead", "")
    if (
        not lead
        or len(lead.split()) > _OWNER_WORDS
        or _OWNER_SAYS_MORE.search(lead)
        or not _ACTION_OPENING.match(cell)
    ):
        return cell
    return f"{lead} {_lower_first(cell)}"


def rowowner(text: str, gold: dict | None = None) -> str:
    """Open each merged row's task cell with the row's owner as its subject ("Xây dựng Luật An ninh dữ liệu." under
    "Bộ Công an" → "Bộ Công an xây dựng Luật An ninh dữ liệu."; `_owner_first`), as a seen row does (Hà Nội 310, row
    5: "Doanh nghiệp, nhà cung cấp dịch vụ IoT, nhà đầu tư bảo đảm kinh phí …" beside the same owner) and as the
    items of TTg 844, CP 105 and Lâm Đồng CCHC write the owner their rows leave out. Meaning-preserving: the owner
    named is the row's own."""
    return _rewrite_task_cells(text, gold, _owner_first)


_PLAN_FIRST = "Xây dựng Kế hoạch"


def _plan_first(cell: str) -> str:
    """A task cell that opens with an action verb (not one that already makes a product: "Xây dựng", "Ban hành",
    "Nghiên cứu") framed as the plan that carries it out: "Xây dựng Kế hoạch " and the cell."""
    if not _ACTION_OPENING.match(cell) or re.match(
        r"(?:xây\s+dựng|ban\s+hành|nghiên\s+cứu)(?![\wÀ-ỹ])", cell, re.I
    ):
        return cell
    return f"{_PLAN_FIRST} {_lower_first(cell)}"


def rowproduct(text: str, gold: dict | None = None) -> str:
    """Write each merged row's task as the plan or text that carries it out ("Đẩy mạnh phát triển hạ tầng kết nối
    số …" → "Xây dựng Kế hoạch đẩy mạnh phát triển hạ tầng kết nối số …"; `_plan_first`), as seen rows name the
    product of the item they restate (Đồng Nai 179's row 2.7 over III.1.b-2, in those words; TTg 844: "Xây dựng Nghị
    quyết về …", "Xây dựng Nghị định về …" over items that say what the text is to do; Đồng Tháp 617's row 8).
    Meaning-preserving: the row keeps its number, owners and deadline, and a reader takes it for its item's task."""
    return _rewrite_task_cells(text, gold, lambda cell, _: _plan_first(cell))


# ---- an appendix after the body: its rows restate the body items and carry their timing (round 98) ----

# what may open a trailing timing clause before the gold's deadline words ("…, hoàn thành trong năm 2025."; ". Thời
# gian hoàn thành trong tháng 12 năm 2025."): the label or the verb of finishing, nothing of the work itself
_TIMING_OPENING = re.compile(
    r"(?:(?:thời\s+(?:gian|hạn)|tiến\s+độ)(?:\s+(?:hoàn\s+(?:thành|tất)|thực\s+hiện))?\s*:?\s*)?"
    r"(?:(?:hoàn\s+(?:thành|tất)|thực\s+hiện|xong)(?:\s+dứt\s+điểm)?(?:\s+xong)?\s*)?",
    re.I,
)
# a line that only says when ("Thời gian thực hiện: Quý IV/2025.", "- Thời hạn hoàn thành: …")
_TIMING_LINE = re.compile(r"^\s*(?:[-–+•]\s*)?(?:thời\s+(?:gian|hạn)|tiến\s+độ)[^:|]{0,40}:\s*", re.I)
# a line that labels what it says of its item ("- Cơ quan chủ trì: Sở Tư pháp.", "Đơn vị phối hợp thực hiện: …")
_LABEL_LINE = re.compile(r"^\s*(?:[-–+•]\s*)?[^\W\d][^:|.;]{0,40}:\s*\S")
# the marker that opens an item's line ("II.", "1.2.", "a)", "-", "+")
_LINE_MARK = re.compile(r"^\s*(?:(?:[IVXLC]{1,6}|\d{1,3}(?:\.\d{1,3})*|[a-zđ])\s*[.)]|[-–+•])\s+")
_GROUP_NUMERALS = (
    "I",
    "II",
    "III",
    "IV",
    "V",
    "VI",
    "VII",
    "VIII",
    "IX",
    "X",
    "XI",
    "XII",
    "XIII",
    "XIV",
    "XV",
)
# what the "(Kèm theo …)" line calls the document, by its number's code ("2623/QĐ-TTg": Quyết định)
_DOCUMENT_KINDS = (
    (r"/KH", "Kế hoạch"), (r"/QĐ", "Quyết định"), (r"/TB", "Thông báo"), (r"/CT", "Chỉ thị"), (r"/NQ", "Nghị quyết"),
    (r"/KL", "Kết luận"), (r"/", "Công văn"),
)  # fmt: skip
_APPENDIX_HEAD = re.compile(r"^\s*PHỤ\s+LỤC(?![\wÀ-ỹ])", re.M)
_APPENDIX_HEADER = "STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành"
_RESTATE_MIN, _RESTATE_MAX = 8, 14  # words: a row restates its item in a line or two, not in full
_RESTATE_BARE = (
    5  # a restatement left with fewer words by its verbs left out ("Kế hoạch kiểm kê") names no task
)


def _loose(phrase: str) -> re.Pattern[str]:
    """`phrase` matched whatever the spaces between its words, without case."""
    return re.compile(r"\s+".join(map(re.escape, phrase.split())), re.I)


class _Timed(NamedTuple):
    """A body item whose timing the appendix takes: its line, its text without the timing, the timing removed (the
    line that says it, when it has one of its own), and its parent's numeral (the last part of its ref's parent)."""

    line: int
    text: str
    timing: str
    label_line: int | None
    parent: str
    task: dict


def _trailing_timing(line: str, phrase: str) -> tuple[str, str] | None:
    """The line without the clause that closes it and says only when (`phrase`, the gold's deadline words, after a
    ", ", "; ", ". " or " (" and at most a label or a verb of finishing: `_TIMING_OPENING`), and that clause; None
    when the words close no such clause (they belong to the work: "báo cáo Thủ tướng Chính phủ trước ngày …")."""
    found = list(_loose(phrase).finditer(line))
    if not found:
        return None
    m = found[-1]
    after = line[m.end() :]
    if not re.fullmatch(r"\)?\s*[.;]?\s*", after):
        return None
    seps = [s for s in re.finditer(r"[,;.]\s+|\s\(", line[: m.start()])]
    if not seps:
        return None
    sep = seps[-1]
    if (sep.group(0).strip() == "(") != after.strip().startswith(")"):
        return None
    between = line[sep.end() : m.start()]
    if not _TIMING_OPENING.fullmatch(between):
        return None
    close = after.strip().lstrip(")").strip()
    return line[: sep.start()].rstrip() + (close or "."), line[sep.end() : m.end()].strip()


def _timed_items(lines: list[str], gold: dict) -> list[_Timed]:
    """The gold's body tasks (no row of a table, no split part) with a deadline whose words (`deadline_text`) close
    the item's one line as a clause of timing (`_trailing_timing`) or stand on a line of their own under it
    (`_TIMING_LINE`, a bullet only when the gold cites no bullet under the item), each found once, the item not
    opening with its owner (a row names the work, its owner stands in its own column)."""
    refs = [t["ref"] for t in gold.get("tasks", [])]
    text = "\n".join(lines)
    shared = Counter(" ".join((t.get("deadline_text") or "").split()).lower() for t in gold.get("tasks", []))
    out: list[_Timed] = []
    used: set[int] = set()
    for t in gold.get("tasks", []):
        phrase, ref = " ".join((t.get("deadline_text") or "").split()), t["ref"]
        if not (t.get("deadline") and phrase) or t.get("table_ref") or "[" in ref or ref.startswith("PL"):
            continue
        if shared[phrase.lower()] > len(_loose(phrase).findall(text)):
            continue  # the words say the timing of other tasks too ("Thời hạn hoàn thành …" over a list)
        needle = _loose(" ".join(t.get("text", "").split()[:8]))
        hits = [k for k, ln in enumerate(lines) if needle.search(ln) and not _TABLE_ROW.search(ln)]
        if len(hits) != 1 or hits[0] in used:
            continue
        k = hits[0]
        body = _LINE_MARK.sub("", lines[k], count=1).strip()
        if not needle.match(body) or any(
            _scorer().norm(n) in _scorer().norm(_restate(body, 0)) for n in t.get("lead") or []
        ):
            continue  # a row names the work; its owner, which this opening names, stands in a column of its own
        label = None
        cut = _trailing_timing(lines[k], phrase)
        if cut is None:
            nxt = next(
                (j for j in range(k + 1, min(k + 5, len(lines))) if _loose(phrase).search(lines[j])), None
            )
            if nxt is None or not _TIMING_LINE.match(lines[nxt]) or len(lines[nxt].split()) > 25:
                continue
            if any(
                _ITEM_START.match(lines[j]) and not _LABEL_LINE.match(lines[j]) for j in range(k + 1, nxt)
            ):
                continue  # the label is another item's (the item's own label lines, "- Cơ quan chủ trì: …", between)
            if re.match(r"\s*[-–+•]", lines[nxt]) and any(r.startswith(ref + "-") for r in refs):
                continue  # a bullet the gold numbers: leaving it out would renumber the bullets after it
            label, timing, new = nxt, _TIMING_LINE.sub("", lines[nxt]).strip().rstrip(".;"), lines[k]
        else:
            new, timing = cut
        if len(_LINE_MARK.sub("", new, count=1).split()) < 8:
            continue
        parent = re.split(r"[.\-]", ref)[-2] if re.search(r"[.\-]", ref) else ""
        used.add(k)
        timing = re.sub(r"^(?:thời\s+(?:gian|hạn)|tiến\s+độ)[^:]*:\s*", "", timing, flags=re.I)
        timing = _TIMING_OPENING.sub("", timing, count=1) or timing
        out.append(_Timed(k, new, timing, label, parent, t))
    return out


def _restate(item: str, k: int) -> str:
    """How an appendix row restates a body item: its first clause (the clauses up to the first of eight words or more,
    `_RESTATE_MAX` words at most, no joining word left dangling), every second row opening with another verb or
    without its opening verbs (`_swap_verb`, `_drop_lead`), as seen rows restate their items."""
    body = _LINE_MARK.sub("", item, count=1).strip().rstrip(".;")
    words: list[str] = []
    for clause in re.split(r"(?<=[,;:])\s+", body):
        words += clause.split()
        if len(words) >= _RESTATE_MIN:
            break
    cut = " ".join(words[:_RESTATE_MAX]).rstrip(",;:")
    if cut.count("(") > cut.count(")"):
        cut = cut[: cut.rfind("(")]
    prev = None
    while prev != cut:
        prev, cut = cut, _DANGLING.sub("", cut)
    if len(cut.split()) >= len(body.split()):
        cut = _shorten(body)
    varied = (cut, _swap_verb(cut), _drop_lead(cut))[k % 3]
    return _upper_first(varied if len(varied.split()) >= _RESTATE_BARE else cut)


def _heading_of(lines: list[str], before: int, numeral: str) -> str | None:
    """The words of the nearest line before `before` numbered `numeral` ("1. Nâng cao nhận thức …"), in capitals,
    cut at its first stop and to twelve words: the title of the appendix's group for the items under it."""
    if not numeral:
        return None
    rx = re.compile(rf"^\s*{re.escape(numeral)}\s*[.)]\s+(?P<words>\S.*)$")
    for k in range(before - 1, -1, -1):
        m = rx.match(lines[k])
        if m:
            words = re.split(r"[.:;]\s", m.group("words"), maxsplit=1)[0].split()[:12]
            return " ".join(words).rstrip(".,;:").upper()
    return None


def appendix(text: str, gold: dict | None = None) -> str:
    """Move the timing of the gold's body tasks into an appendix after the document, as plans write their task
    tables: each task with a deadline whose words close its item's line as a clause of timing (", hoàn thành trong năm
    2025.", ". Thời gian hoàn thành: Quý IV/2025.") or stand on a line of their own under it ("Thời gian thực hiện:
    …") loses them (`_timed_items`), and a "PHỤ LỤC" with its title, its "(Kèm theo …)" line and a table "STT |
    Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành" closes the text, one row a task numbered 1..N
    in the body's order, under Roman group rows titled by the items' parent headings when they have two or more (as
    Đồng Tháp 617's and BTNMT 09's appendices are written). A row restates its item in fewer words (`_restate`: the
    first clause, another opening verb or none), names the gold's owners and partners as written, and says the timing
    the item lost. Meaning-preserving by the corpus's rows-and-body-items convention: the body item stays the task,
    with the row's owners and timing. Without a gold (or with no such task) the text is left as it is."""
    if gold is None or _APPENDIX_HEAD.search(text):
        return text  # a document with an appendix of its own: which of two appendices its body points to is unclear
    lines = text.split("\n")
    timed = _timed_items(lines, gold)
    if not timed:
        return text
    titles = [_heading_of(lines, item.line, item.parent) for item in timed]
    grouped = len({*titles}) >= 2 and None not in titles
    number = re.search(r"Số:\s*(\S+)", "\n".join(lines[:15]))
    kind = next(
        (name for code, name in _DOCUMENT_KINDS if number and re.search(code, number.group(1))), "văn bản"
    )
    table = [
        "PHỤ LỤC",
        "DANH MỤC CÁC NHIỆM VỤ CỤ THỂ",
        f"(Kèm theo {kind} số {number.group(1)})" if number else "(Kèm theo văn bản này)",
        _APPENDIX_HEADER,
    ]
    group, groups = None, 0
    for n, (item, title) in enumerate(zip(timed, titles, strict=True), 1):
        if grouped and title != group:
            group, groups = title, groups + 1
            table.append(f"{_GROUP_NUMERALS[min(groups, len(_GROUP_NUMERALS)) - 1]}. {title}")
        t = item.task
        lead, partners = ", ".join(t.get("lead") or []), ", ".join(t.get("coordinators") or [])
        table.append(
            _CELL.join([str(n), _restate(item.text, n - 1), lead, partners, _upper_first(item.timing)])
        )
    for item in timed:
        lines[item.line] = item.text
    drop = {item.label_line for item in timed if item.label_line is not None}
    body = [ln for k, ln in enumerate(lines) if k not in drop]
    return "\n".join(body).rstrip("\n") + "\n" + "\n".join(table) + ("\n" if text.endswith("\n") else "")


# ---- agency_heads: an assignment section's owner-first items written as agency headings over duty bullets --------

# the heading that opens a plan's assignment section ("IV. TỔ CHỨC THỰC HIỆN", "V. Trách nhiệm thực hiện")
_ASSIGNMENT_HEAD = re.compile(
    r"^\s*(?:[IVXLC]{1,6}|\d{1,2})\s*[.\-–)]\s*(?:tổ\s+chức\s+thực\s+hiện|phân\s+công|trách\s+nhiệm)", re.I
)
# the number or letter that opens an item's line ("3. ", "b) "), and what it numbers
_NUMBERED_ITEM = re.compile(r"^(?P<mark>\s*(?P<n>\d{1,2}|[a-zđ])\s*[.)]\s+)(?P<body>\S.*)$")
# a line that opens the next item or closes the section: a number, a letter, a Roman numeral, a capital heading,
# the plan's closing sentence or its distribution list
_NEXT_ITEM = re.compile(
    r"^\s*(?:(?:[IVXLC]{1,6}|\d{1,2}(?:\.\d{1,2})*|[a-zđA-ZĐ])\s*[.)\-–]\s+\S|[A-ZĐÀ-Ỹ ,]{6,}$|Trên\s+đây|Nơi\s+nhận)"
)
# what a duty opens with once its owner is left out ("chủ trì, phối hợp …", "tham mưu …", "có trách nhiệm …")
_DUTY_OPENING = re.compile(
    rf"(?:(?:tiếp\s+tục|chủ\s+động|thường\s+xuyên)\s+)?(?:chủ\s+trì|có\s+trách\s+nhiệm|chịu\s+trách\s+nhiệm|là\s+cơ"
    rf"\s+quan|căn\s+cứ|tổng\s+hợp|chỉ\s+đạo|đôn\s+đốc|cung\s+cấp|{_verbs(_ACTION)}){_WORD_END}",
    re.I,
)
# where one duty of a line ends and the next begins: after a ";" or a sentence's "." (or a ":" closing a lead-in)
_DUTY_BREAK = re.compile(r"[;.:]\s*$")


def _owner_cut(body: str, owner: str) -> tuple[str, str] | None:
    """`body` split into its owner as written (with ":" when it has one) and its duties without it, when `body`
    opens with `owner` followed by a ":" or a duty's opening verb; None otherwise (the name goes on: "Sở Y tế tỉnh
    …", or the owner is not what opens the line)."""
    if not body.lower().startswith(owner.lower()):
        return None
    rest = body[len(owner) :]
    colon = re.match(r"\s*:\s*", rest)
    if colon:
        return body[: len(owner)] + ":", rest[colon.end() :]
    sep = re.match(r"\s*,?\s+", rest)
    if sep is None or not _DUTY_OPENING.match(rest[sep.end() :]):
        return None
    return body[: len(owner)], rest[sep.end() :]


def _duty(piece: str, owner: str) -> str:
    """One duty as its bullet says it: its owner's name left out where the duty restates it, capitalised."""
    piece = piece.strip()
    cut = _owner_cut(piece, owner)
    return _upper_first(cut[1] if cut else piece)


def _agency_item(lines: list[str], k: int, tasks: list[dict]) -> tuple[list[str], dict[str, str]] | None:
    """The heading and bullets that stand for owner-first item `k` (cited by `tasks`, in ref order) and where each
    task's ref moves to; None when the item cannot be rewritten without changing what a reader cites."""
    m = _NUMBERED_ITEM.match(lines[k])
    if m is None:
        return None
    owner = tasks[0]["lead"][0]
    cut = _owner_cut(m.group("body"), owner)
    if cut is None:
        return None
    head, rest = cut
    # the duties split where a task the gold splits out of the item starts, when that is where a clause starts
    starts = [0]
    for t in tasks[1:]:
        words = t.get("text", "").split()
        if len(words) < 3:
            return None
        found = [s for s in _loose(" ".join(words[:6])).finditer(rest) if s.start() > starts[-1]]
        if not found:
            return None
        at = found[0].start()
        starts.append(at if _DUTY_BREAK.search(rest[:at]) else starts[-1])
    bounds = sorted({*starts})
    pieces = [rest[a:b] for a, b in zip(bounds, [*bounds[1:], len(rest)], strict=True)]
    if any(len(p.split()) < 3 for p in pieces):
        return None
    out = [m.group("mark") + head] + ["- " + _duty(p, owner) for p in pieces]
    per_piece = Counter(starts)
    moves, seen = {}, Counter()
    for t, at in zip(tasks, starts, strict=True):
        n = bounds.index(at) + 1
        seen[at] += 1
        split = f"[{seen[at]}]" if per_piece[at] > 1 else ""
        moves[t["ref"]] = f"{without_repeat(t['ref'])}-{n}{split}"
    return out, moves


def moved_agency_heads(text: str, gold: dict | None = None) -> tuple[str, dict | None]:
    """`agency_heads`'s text and the gold with its refs moved to the bullets that now say the duties."""
    if gold is None:
        return text, gold
    lines = text.split("\n")
    start = next((k for k, ln in enumerate(lines) if _ASSIGNMENT_HEAD.match(ln)), None)
    if start is None:
        return text, gold
    by_item: dict[str, list[dict]] = {}
    for t in gold.get("tasks", []):
        by_item.setdefault(without_repeat(t["ref"]), []).append(t)
    refs = {without_repeat(t["ref"]) for t in gold.get("tasks", [])}
    rewritten: dict[int, list[str]] = {}
    moves: dict[str, str] = {}
    for item, tasks in by_item.items():
        lead = tasks[0].get("lead") or []
        if (
            len(lead) != 1
            or not re.search(r"\.(?:\d{1,2}|[a-zđ])$", item)
            or any(
                t.get("lead") != lead or t.get("lead_source") != "explicit" or t.get("table_ref")
                for t in tasks
            )
            or any(r != item and r.startswith(item) and not r[len(item)].isalnum() for r in refs)
        ):
            continue  # one owner, explicit, for every task of a numbered or lettered item without items under it
        needle = _loose(" ".join(tasks[0].get("text", "").split()[:8]))
        hits = [
            k for k, ln in enumerate(lines) if k > start and needle.search(ln) and not _TABLE_ROW.search(ln)
        ]
        if len(hits) != 1 or hits[0] in rewritten:
            continue
        k = hits[0]
        m = _NUMBERED_ITEM.match(lines[k])
        if m is None or m.group("n") != item.rsplit(".", 1)[-1] or not needle.match(m.group("body")):
            continue  # the line is not the item the ref names, or its text does not open the item
        nxt = next((ln for ln in lines[k + 1 :] if ln.strip()), None)
        if nxt is not None and not _NEXT_ITEM.match(nxt):
            continue  # a paragraph or a bullet goes on under the item: the bullets would take it in
        done = _agency_item(lines, k, tasks)
        if done is not None:
            rewritten[k], moves = done[0], moves | done[1]
    if not rewritten:
        return text, gold
    out = [part for k, ln in enumerate(lines) for part in rewritten.get(k, [ln])]
    tasks = [{**t, "ref": moves.get(t["ref"], t["ref"])} for t in gold.get("tasks", [])]
    return "\n".join(out), {**gold, "tasks": tasks}


def agency_heads(text: str, gold: dict | None = None) -> str:
    """Write the assignment section's items that open with their owner ("3. Sở Tài chính chủ trì, phối hợp …;
    tham mưu …", "b) Sở Y tế: Chủ trì …") as a plan writes an agency's duties under its name: the item's line keeps
    its number or letter and names the owner alone ("3. Sở Tài chính", "b) Sở Y tế:", the colon as the item wrote
    it), and each duty the gold cites stands on a "- " bullet under it without the owner's name, split where the
    gold splits a task out of the item at a clause (after ";" or "."), else one bullet. Only an item (after the
    heading "… Tổ chức thực hiện" / "Phân công" / "Trách nhiệm …") whose tasks all have the one owner it opens with
    (`explicit`), that the gold cites with no item under it and that the next line closes; the gold's refs move with
    the duties (`moved_agency_heads`: "IV.3" → "IV.3-1", "IV.3[2]" → "IV.3-2"), so the rewriting is scored against
    the moved gold. Meaning-preserving: the corpus README reads a duty under an agency heading as that agency's
    (`explicit`), as it reads the item naming its owner."""
    return moved_agency_heads(text, gold)[0]


# ---- owner_forms: an item's owner written where other offices write it (round 121) ------------------------------

# the forms an item may take (each item the one a checksum of its words picks, the next when that one cannot write
# it), each one the seen plans write: "(Giao X chủ trì, phối hợp với Y)" after the work (Sơn La 254, item 6), the work
# alone over label lines "- Cơ quan chủ trì: X." / "- Cơ quan phối hợp: Y." / "- Thời gian thực hiện: …" (TTg 2623,
# Lai Châu 7360, Hà Nội 308, HCM 172), "Giao X chủ trì, phối hợp với Y …" (Nghệ An 1026, TTg 224, Đồng Nai 182)
OWNER_FORMS = ("bracket", "labels", "giao")
# METAMORPHIC_OWNER_FORM=bracket|labels|giao writes every item in that one form (to see which form costs leads)
_OWNER_FORM_ENV = "METAMORPHIC_OWNER_FORM"
# what follows the owners: "chủ trì", then at most "phối hợp (với)" and the coordinators, then the work's verb
_CHAIRS = re.compile(r"\s+chủ\s+trì(?P<sep>,?\s+)")
_WITH = re.compile(r"(?P<with>phối\s+hợp(?:\s+với)?)\s+")
_WORK_OPENING = re.compile(
    rf"(?:(?:tiếp\s+tục|chủ\s+động|khẩn\s+trương|thường\s+xuyên)\s+)?(?:tổng\s+hợp|chỉ\s+đạo|đôn\s+đốc|cung\s+cấp"
    rf"|xem\s+xét|{_verbs(_ACTION)}){_WORD_END}",
    re.I,
)
# what may stand between two coordinators the gold lists ("Sở Nội vụ, Sở Y tế và các cơ quan liên quan")
_COORD_SEP = re.compile(r"\s*[,;]\s*|\s+và\s+")
_BULLET_ITEM = re.compile(r"^(?P<mark>\s*-\s+)(?P<body>\S.*)$")


class _OwnerFirst(NamedTuple):
    """An item line opening with its owners: its mark, the owners as written, the coordinators as written (or ""),
    the words that bring them in ("phối hợp với"), and the work (the rest of the line)."""

    mark: str
    owners: str
    coords: str
    with_words: str
    work: str


def _owner_first_item(line: str, lead: list[str], coordinators: list[str]) -> _OwnerFirst | None:
    """`line` read as "<mark> <owners> chủ trì[, phối hợp với <coordinators>] <work>", the owners exactly the gold's
    lead (several joined by ", " or " và ", all kept), the coordinators exactly the gold's in order (joined by a
    comma, ";" or "và"), the work opening with an action verb; None when the line says it otherwise."""
    m = _NUMBERED_ITEM.match(line) or _BULLET_ITEM.match(line)
    if m is None:
        return None
    body = m.group("body")
    owners = next(
        (
            body[: len(j)]
            for j in (", ".join(lead), " và ".join(lead), ", ".join(lead[:-1]) + " và " + lead[-1])
            if body.lower().startswith(j.lower())
        ),
        None,
    )
    if owners is None:
        return None
    chairs = _CHAIRS.match(body, len(owners))
    if chairs is None:
        return None
    at = chairs.end()
    coords = with_words = ""
    w = _WITH.match(body, at)
    if w is not None:
        if not coordinators:
            return None
        with_words, pos = w.group("with"), w.end()
        for k, name in enumerate(coordinators):
            if k:
                sep = _COORD_SEP.match(body, pos)
                if sep is None:
                    return None
                pos = sep.end()
            if not body.lower().startswith(name.lower(), pos):
                return None
            pos += len(name)
        coords, at = body[w.end() : pos], pos
        gap = re.match(r"\s+", body[at:])
        if gap is None:
            return None  # a comma after the coordinators: the work or one more coordinator?
        at += gap.end()
    elif chairs.group("sep").strip():
        return None  # "X chủ trì, …" with no "phối hợp": another verb of the owner's, not the work
    if not _WORK_OPENING.match(body, at):
        return None
    return _OwnerFirst(m.group("mark"), owners, coords, with_words, body[at:])


def _timing_label(work: str, task: dict) -> tuple[str, str | None]:
    """The work without the clause of timing that closes it (`_trailing_timing` on the gold's deadline words) and
    the label line saying it ("Thời hạn hoàn thành: trước ngày 30/6/2026", "Thời gian thực hiện: Quý II/2026");
    the work as it is and None when no such clause closes it."""
    phrase = " ".join((task.get("deadline_text") or "").split())
    cut = _trailing_timing(work, phrase) if phrase else None
    if cut is None:
        return work, None
    rest, clause = cut
    when = clause[_TIMING_OPENING.match(clause).end() :].strip()  # type: ignore[union-attr]
    if not when:
        return work, None
    label = (
        "Thời hạn hoàn thành"
        if re.match(r"(?:trước|chậm\s+nhất)(?![\wÀ-ỹ])", when, re.I)
        else "Thời gian thực hiện"
    )
    return rest, f"{label}: {_upper_first(when)}"


def _owner_form(item: _OwnerFirst, form: str, task: dict) -> list[str] | None:
    """The item's line(s) with its owner written in `form` (`OWNER_FORMS`); None when it cannot be written so."""
    joined = f", {item.with_words} {item.coords}" if item.coords else ""
    # after "Giao" a collective owner is written in lower case ("Giao các sở, ngành chủ trì …")
    owners = _lower_first(item.owners) if re.match(r"(?:Các|Những)\s", item.owners) else item.owners
    if form == "giao":
        return [f"{item.mark}Giao {owners} chủ trì{joined} {item.work}"]
    end = re.search(r"\s*(?:[.;]/?|/)?\s*$", item.work)
    work, close = item.work[: end.start()], item.work[end.start() :].strip() or "."  # type: ignore[union-attr]
    if ")" in work[-2:] or not work:
        return None
    if form == "bracket":
        if re.search(r"[.;:]\s+\S", work) or "(" in item.owners + item.coords:
            return None  # the bracket closes the last sentence or clause: whose owner would it name?
        return [f"{item.mark}{_upper_first(work)} (Giao {owners} chủ trì{joined}){close}"]
    work, when = _timing_label(item.work, task)
    if _BULLET_ITEM.match(item.mark + "x"):
        return None  # a bullet's labels would be bullets under a bullet: no seen plan writes that
    lines = [f"{item.mark}{_upper_first(work)}", f"- Cơ quan chủ trì: {item.owners}."]
    if item.coords:
        lines.append(f"- Cơ quan phối hợp: {item.coords}.")
    if when:
        lines.append(f"- {when}.")
    return lines


def owner_forms(text: str, gold: dict | None = None) -> str:
    """Write the items that open with their owner ("2. Sở Tài chính chủ trì, phối hợp với Sở Nội vụ xây dựng …,
    hoàn thành trong quý II/2026.") with the owner where other offices write it, each item in the form a checksum of
    its words picks (`OWNER_FORMS`, about a third each; the next form when that one cannot write the item; one form
    for all with METAMORPHIC_OWNER_FORM): after the work in brackets, "2. Xây
    dựng …, hoàn thành trong quý II/2026 (Giao Sở Tài chính chủ trì, phối hợp với Sở Nội vụ)."; given, "2. Giao Sở
    Tài chính chủ trì, phối hợp với Sở Nội vụ xây dựng …"; the work alone over label lines, "2. Xây dựng …" /
    "- Cơ quan chủ trì: Sở Tài chính." / "- Cơ quan phối hợp: Sở Nội vụ." / "- Thời gian thực hiện: Trong quý
    II/2026." (the timing clause that closes the work moves to the label; a bullet item is not written so). Only an
    item the gold cites as one task (no split, no row, nothing cited under it, the next line another item) whose
    owners are the gold's `explicit` lead, all of it, followed by "chủ trì", the gold's coordinators after "phối hợp
    (với)" and an action verb (`_owner_first_item`). Meaning-preserving: the corpus README reads the owner written
    in the item, wherever in it, as the item's (`explicit`), and the item keeps its number, text and timing."""
    if gold is None:
        return text
    lines = text.split("\n")
    only = os.environ.get(_OWNER_FORM_ENV)
    refs = {without_repeat(t["ref"]) for t in gold.get("tasks", [])}
    by_item: dict[str, list[dict]] = {}
    for t in gold.get("tasks", []):
        by_item.setdefault(without_repeat(t["ref"]), []).append(t)
    rewritten: dict[int, list[str]] = {}
    for ref, tasks in by_item.items():
        lead = tasks[0].get("lead") or []
        if (
            not lead
            or any(
                t.get("lead") != lead or t.get("lead_source") != "explicit" or t.get("table_ref")
                for t in tasks
            )
            or any(r != ref and r.startswith(ref) and not r[len(ref)].isalnum() for r in refs)
        ):
            continue  # one lead, explicit, for every task of an item with nothing cited under it
        needle = _loose(" ".join(tasks[0].get("text", "").split()[:8]))
        hits = [k for k, ln in enumerate(lines) if needle.search(ln) and not _TABLE_ROW.search(ln)]
        if len(hits) != 1 or hits[0] in rewritten:
            continue
        k = hits[0]
        last = ref.rsplit(".", 1)[-1]
        bullet = re.fullmatch(r".*-\d{1,2}", last) is not None
        m = _NUMBERED_ITEM.match(lines[k])
        if bullet:
            if m is not None or _BULLET_ITEM.match(lines[k]) is None:
                continue
        elif m is None or m.group("n") != last:
            continue  # the line is not the item the ref names
        item = _owner_first_item(lines[k], lead, tasks[0].get("coordinators") or [])
        if item is None:
            continue
        nxt = next((ln for ln in lines[k + 1 :] if ln.strip()), None)
        if nxt is not None and not (_NEXT_ITEM.match(nxt) or _BULLET_ITEM.match(nxt) and bullet):
            continue  # a paragraph goes on under the item
        # the item's form, or the next that can write it (a bracket cannot close an item of several clauses)
        first = zlib.crc32(" ".join(tasks[0].get("text", "").split()).encode()) % len(OWNER_FORMS)
        forms = (
            [only] if only else [OWNER_FORMS[(first + j) % len(OWNER_FORMS)] for j in range(len(OWNER_FORMS))]
        )
        # the timing moves to a label only for an item of one task (a label times all of an item split in several)
        timed = tasks[0] if len(tasks) == 1 else {}
        new = next((w for f in forms if (w := _owner_form(item, f, timed)) is not None), None)
        if new is None:
            continue
        rewritten[k] = new
    return "\n".join(part for k, ln in enumerate(lines) for part in rewritten.get(k, [ln]))


# ---- letter_frames: a letter's opening and closing written as another seen letter writes them -------------------

_LETTER_FAMILY = "letter assigning tasks"  # source.json `family` of the letters whose frames are swapped
# where a letter's body ends: its distribution list or its signature block ("KT. CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN")
_BODY_END = re.compile(r"^\s*(?:Nơi\s+nhận|(?:KT|TM|TL|TUQ|Q)\s*\.\s*[A-ZĐÀ-Ỹ])")
# the addressee line ("Kính gửi:", "Kính gửi: Sở Y tế") and a recipient under it ("- Sở X;", "Các sở, ngành;")
_ADDRESSEE = re.compile(r"^\s*Kính\s+gửi\b|\bđiện\s*:\s*$", re.I)
_RECIPIENT = re.compile(r"^\s*[-+•–]\s")
_RECURRING_WORDS = re.compile(r"(?i:hằng|hàng|mỗi)\s+(?i:năm|quý|tháng|tuần)|(?i:định\s+kỳ)")
_FRAME_WORDS = 10  # the words of a gold task's text looked for to find the line it comes from


class _Frame(NamedTuple):
    """A letter's frame as spans of its lines ([start, end), None where it has no such part it is safe to swap):
    the cited basis after the addressees, the lead-in sentence just before the first task, and the closing after the
    last task up to the distribution list or the signature."""

    basis: tuple[int, int] | None
    leadin: tuple[int, int] | None
    closing: tuple[int, int] | None


def _task_lines(lines: list[str], gold: dict) -> list[list[int]] | None:
    """The lines each gold task's text comes from (its first words found, whatever the spaces and case); None when a
    task's text is too short to tell or found on no line."""
    out = []
    for t in gold.get("tasks", []):
        words = (t.get("text") or "").split()
        if len(words) < 3:
            return None
        needle = _loose(" ".join(words[:_FRAME_WORDS]))
        hits = [k for k, ln in enumerate(lines) if needle.search(ln)]
        if not hits:
            return None
        out.append(hits)
    return out or None


def _frame_safe(part: list[str], gold: dict, elsewhere: str) -> bool:
    """Whether the lines of `part` carry nothing of the gold: they hold plain sentences (no number, bullet or table
    row a reader cites), no task's timing words (a closing "báo cáo trước ngày …" that dates the items above), no
    cycle word when a task recurs, and no owner or partner of a task that `elsewhere` (the task lines) does not name
    too (a closing "Giao Sở X chủ trì thực hiện" that gives the items their owner)."""
    text = " ".join(part)
    if not text.strip() or any(_ITEM_START.match(ln) or _TABLE_ROW.search(ln) for ln in part):
        return False
    tasks = gold.get("tasks", [])
    for t in tasks:
        timing = (t.get("deadline_text") or "").strip()
        if timing and _loose(timing).search(text):
            return False
        for name in [*(t.get("lead") or []), *(t.get("coordinators") or [])]:
            if name.strip() and _loose(name).search(text) and not _loose(name).search(elsewhere):
                return False
    return not (any(t.get("recurrence") for t in tasks) and _RECURRING_WORDS.search(text))


def _starts_sentence(lines: list[str], k: int) -> bool:
    """Whether line `k` opens a sentence of its own: it starts with a capital letter and the line before it (blank
    lines aside) ends a sentence, so it is no wrapped part of the paragraph above (a hard-wrapped letter)."""
    if not re.match(r"[A-ZĐÀ-Ỹ]", lines[k].lstrip()):
        return False
    before = next((ln for ln in reversed(lines[:k]) if ln.strip()), "")
    return not before.strip() or bool(_ENDS_SENTENCE.search(before))


def _letter_frame(text: str, gold: dict) -> _Frame:
    """`text`'s frame (`_Frame`) found from its gold. The closing is the sentences after the last line any task's
    text comes from (and the lines that wrap it), up to "Nơi nhận" or the signature, the last task line closing no
    lead-in ":". The opening is the sentences after the addressees ("Kính gửi: …" or "THỦ TƯỚNG CHÍNH PHỦ điện:" and
    the recipients under it; without them, after the capital title lines) up to the first task line or the first
    numbered line before it: its last paragraph is the lead-in, the ones before it the basis. The lead-in is offered
    only when every task's owner is written among the task lines and not in the lead-in (a lead-in then gives no task
    its owner). A part is
    None where it does not start and end whole sentences or `_frame_safe` refuses it."""
    none = _Frame(None, None, None)
    lines = text.split("\n")
    end = next((k for k, ln in enumerate(lines) if _BODY_END.match(ln)), None)
    found = _task_lines(lines, gold)
    if end is None or found is None:
        return none
    body_hits = [k for hits in found for k in hits if k < end]
    if not body_hits:
        return none
    first, last = min(body_hits), max(body_hits)
    task_text = "\n".join(lines[first : last + 1])

    def whole(a: int, b: int, opens: int | None = None) -> bool:
        """lines [a, b) are whole sentences carrying nothing of the gold (`opens`: the line after the addressees,
        a sentence's start whatever the line before it ends with)"""
        filled = [ln for ln in lines[a:b] if ln.strip()]
        return (
            bool(filled)
            and (
                _starts_sentence(lines, a) or (a == opens and bool(re.match(r"[A-ZĐÀ-Ỹ]", lines[a].lstrip())))
            )
            and bool(_ENDS_SENTENCE.search(filled[-1]))
            and _frame_safe(lines[a:b], gold, task_text)
        )

    closing = None
    start = next((k for k in range(last + 1, end) if _starts_sentence(lines, k)), None)
    if start is not None and not lines[last].rstrip().endswith(":") and whole(start, end):
        closing = (start, end)
    addressee = next((k for k, ln in enumerate(lines[:first]) if _ADDRESSEE.search(ln)), None)
    if addressee is not None:
        k = addressee + 1
        if re.search(r":\s*$", lines[addressee]) and k < first and not _ITEM_START.match(lines[k]):
            k += 1  # "Kính gửi:" over a recipient written without a bullet
        bullets = False
        while k < first and (
            not lines[k].strip()
            or _RECIPIENT.match(lines[k])
            # recipients written without bullets, one a line
            or (not bullets and lines[k - 1].rstrip().endswith((";", ",")))
        ):
            bullets = bullets or bool(_RECIPIENT.match(lines[k]))
            k += 1
    else:
        numbered = next((j for j in range(first) if _ITEM_START.match(lines[j])), first)
        titles = [
            j
            for j in range(numbered)
            if re.fullmatch(r"[^a-zà-ỹđ]*[A-ZĐÀ-Ỹ]{2,}[^a-zà-ỹđ]*", lines[j].strip())
        ]
        if not titles:
            return _Frame(None, None, closing)
        k = titles[-1] + 1
    stop = next((j for j in range(k, first) if _ITEM_START.match(lines[j])), first)
    if stop <= k:
        return _Frame(None, None, closing)
    heads = [k, *(j for j in range(k + 1, stop) if _starts_sentence(lines, j))]
    basis = (k, heads[-1]) if heads[-1] > k and whole(k, heads[-1], k) else None
    said = " ".join(lines[heads[-1] : stop])
    owned = all(  # every task's owner written among the task lines and not in the lead-in, that may give it
        t.get("lead") and all(_loose(n).search(task_text) and not _loose(n).search(said) for n in t["lead"])
        for t in gold.get("tasks", [])
    )
    leadin = (heads[-1], stop) if owned and whole(heads[-1], stop, k) else None
    return _Frame(basis, leadin, closing)


def _part(text: str, span: tuple[int, int]) -> list[str]:
    return text.split("\n")[span[0] : span[1]]


def _same_words(a: list[str], b: list[str]) -> bool:
    return " ".join(a).split() == " ".join(b).split()


def framed(text: str, gold: dict | None, donors: list[tuple[str, dict]] | list[tuple[str, _Frame]]) -> str:
    """`text` with each part of its letter frame (`_letter_frame`: basis, lead-in, closing) written as the first of
    `donors` (other letters with their golds, in the order they are tried) that has that part, in other words, writes
    it: the basis and the closing with their lines, the lead-in only for one that ends as `text`'s does (a ":" over
    the list, or not). The gold stays as it is: no line swapped in or out carries any of a task's text, timing or
    owner (`_frame_safe`, on both letters)."""
    if gold is None:
        return text
    own = _letter_frame(text, gold)
    frames = [(t, g if isinstance(g, _Frame) else _letter_frame(t, g)) for t, g in donors]
    lines = text.split("\n")
    swaps: list[tuple[tuple[int, int], list[str]]] = []
    for field in ("basis", "leadin", "closing"):
        span = getattr(own, field)
        if span is None:
            continue
        mine = lines[span[0] : span[1]]
        for donor, frame in frames:
            other = getattr(frame, field)
            if other is None:
                continue
            theirs = _part(donor, other)
            if _same_words(theirs, mine):
                continue
            if field == "leadin" and theirs[-1].rstrip().endswith(":") != mine[-1].rstrip().endswith(":"):
                continue
            swaps.append((span, theirs))
            break
    for (a, b), new in sorted(swaps, reverse=True):
        lines[a:b] = new
    return "\n".join(lines)


@functools.cache
def _seen_letters() -> tuple[tuple[str, str, _Frame], ...]:
    """(slug, text, frame) of every seen letter (source.json family "letter assigning tasks"), by slug: the .txt
    letters the bench rewrites and, as more frames to draw from, the .docx and .pdf ones as planparse reads them."""
    out = []
    for _, gold_path, doc in seen_documents([]):
        source = doc.with_name(f"{gold_path.stem}.source.json")
        meta = json.loads(source.read_text(encoding="utf-8")) if source.exists() else {}
        if meta.get("family") == _LETTER_FAMILY:
            try:
                text = read_text(doc.read_bytes(), doc.suffix.lstrip("."))
            except ReadError:
                continue
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            out.append((gold_path.stem, text, _letter_frame(text, gold)))
    return tuple(sorted(out))


def letter_frames(
    text: str,
    gold: dict | None = None,
    letters: list[tuple[str, str, dict]] | list[tuple[str, str, _Frame]] | None = None,
) -> str:
    """Write a letter's frame as another seen letter writes it (`framed`): its cited basis ("Thực hiện Công văn số …
    của …; Căn cứ …"), its lead-in ("Sở X đề nghị các đơn vị …:") and its closing ("Trong quá trình thực hiện, nếu có
    khó khăn, vướng mắc, …", "Đề nghị các đơn vị quan tâm phối hợp thực hiện./."), each from the next letter after it
    in `letters` (slug, text, gold; by default every seen .txt letter, by slug) that writes that part otherwise.
    Only a letter of `letters` (the gold's "doc") is rewritten. Meaning-preserving for the gold: a frame line carries
    no task, timing or owner in either letter's gold, and no number, bullet or row a reader cites."""
    if gold is None:
        return text
    pool = letters if letters is not None else list(_seen_letters())
    slugs = [s for s, _, _ in pool]
    if gold.get("doc") not in slugs:
        return text
    at = slugs.index(gold["doc"])
    donors = [(t, g) for _, t, g in pool[at + 1 :] + pool[:at]]
    return framed(text, gold, donors)


TRANSFORMS: dict[str, Callable[[str], str]] = {
    "rewrap": rewrap,
    "unwrap": unwrap,
    "bullets": bullets,
    "tone": tone,
    "abbrev": abbrev,
    "dates": dates,
    "cycles": cycles,
    "deadlines": deadlines,
    "indent": indent,
    "dedent": dedent,
    "case": case,
    "arabic": arabic,
    "letters": letters,
    "columns": columns,
    "headers": headers,
    "stt": stt,
    "headcase": headcase,
    "twohead": twohead,
    "shortrow": shortrow,
    "droplead": droplead,
    "rowverb": rowverb,
    "rowtail": rowtail,
    "roworder": roworder,
    "rowowner": rowowner,
    "rowproduct": rowproduct,
    "appendix": appendix,
    "agency_heads": agency_heads,
    "owner_forms": owner_forms,
    "letter_frames": letter_frames,
}
# the transforms that read the document's gold (which rows it merges with body items); without it they act on all rows
_GOLD_AWARE: dict[str, Callable[[str, dict | None], str]] = {
    "deadlines": deadlines,
    "shortrow": shortrow,
    "droplead": droplead,
    "rowverb": rowverb,
    "rowtail": rowtail,
    "roworder": roworder,
    "rowowner": rowowner,
    "rowproduct": rowproduct,
    "appendix": appendix,
    "agency_heads": agency_heads,
    "owner_forms": owner_forms,
    "letter_frames": letter_frames,
}
# the gold-aware rewritings that move refs (a duty's bullet is cited where its item was): scored against the
# gold they return
_MOVES_REFS: dict[str, Callable[[str, dict | None], tuple[str, dict | None]]] = {
    "agency_heads": moved_agency_heads,
}


# ---- rewritings into a file: the same text as a Word document or a PDF (issue #12, items 1 and 2) --------------


class File(NamedTuple):
    """A rewriting's output that is a file: its bytes, read as `read_text` reads a file of this kind."""

    data: bytes
    kind: str  # "docx" or "pdf"


class Skipped(Exception):
    """A file rewriting that cannot run here (no LibreOffice to print a PDF): its line says why instead."""


# What opens a numbered line: a Roman or capital-letter section, a number, a lower-case letter, with "." or ")";
# a bullet; an article "Điều 1." or a chapter "Chương I". Markers Word's formats cannot draw ("1.2.", "(1)") are
# other kinds, kept as typed text but given their depth, so the items under them nest as a reader sees them.
_MARK = re.compile(
    r"^(?:(?P<cap>[IVXLC]{1,7}|[A-ZĐ])|(?P<num>\d{1,3})|(?P<low>[a-zđ]))(?P<punct>[.)])\s+(?=\S)"
    r"|^(?P<bullet>[-+•–])\s+(?=\S)"
    r"|^Điều\s(?P<article>\d{1,3})\.\s+(?=\S)"
    r"|^Chương\s(?P<chapter>[IVXLC]{1,7})(?P<cpunct>[.:]?)(?:\s+(?=\S)|$)"
)
_TYPED_MARK = re.compile(r"^(?:(?P<sub>\d{1,3}(?:\.\d{1,3})+)\.?|\((?P<paren>\d{1,3}|[a-zđ])\))\s")
_ROMAN_DIGITS = (
    (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
)  # fmt: skip
MAX_LEVELS = 9  # Word's list levels, ilvl 0-8


def _roman(n: int) -> str:
    out = ""
    for value, sign in _ROMAN_DIGITS:
        count, n = divmod(n, value)
        out += sign * count
    return out


_ROMAN = {_roman(n): n for n in range(1, 400)}
_BULLETS = {"-": ("-", None), "+": ("+", None), "–": ("–", None), "•": ("\uf0b7", "Symbol")}


class _Item(NamedTuple):
    """A numbered line: its kind (the stack's key), value, depth, the run of siblings it belongs to."""

    line: int
    kind: tuple[str, str]
    value: int | None  # None: a bullet; a letter outside Word's a..z ("đ") is -1
    depth: int
    run: int
    body: str  # the paragraph's text once the number is Word's


def _marker(
    line: str, last: dict[tuple[str, str], int | None]
) -> tuple[tuple[str, str], int | None, str] | None:
    """(kind, value, text after the marker) of a line that opens with a marker, else None. A capital that is also
    a Roman numeral ("I.", "V.", "C.") is a letter when it follows the letter before it in a letter list ("B.",
    "C."), else a Roman numeral."""
    m = _MARK.match(line)
    if m:
        body = line[m.end() :]
        if m.group("bullet"):
            return ("bullet", m.group("bullet")), None, body
        if m.group("article"):
            return ("article", "."), int(m.group("article")), body
        if m.group("chapter"):
            return ("chapter", m.group("cpunct")), _ROMAN.get(m.group("chapter"), -1), body
        punct = m.group("punct")
        if m.group("num"):
            token = m.group("num")
            return ("decimal", punct), int(token) if str(int(token)) == token else -1, body
        if m.group("low"):
            return ("lowerLetter", punct), _letter_value(m.group("low")), body
        token = m.group("cap")
        before = last.get(("upperLetter", punct))
        as_letter = _letter_value(token.lower()) if len(token) == 1 else -1
        if token in _ROMAN and not (before is not None and before > 0 and as_letter == before + 1):
            return ("upperRoman", punct), _ROMAN[token], body
        return ("upperLetter", punct), as_letter, body
    t = _TYPED_MARK.match(line)
    if t:
        kind = ("sub", str(t.group("sub").count("."))) if t.group("sub") else ("paren", "")
        return kind, -1, line[t.end() :]
    return None


def _letter_value(c: str) -> int:
    """Word's lowerLetter counts the Latin a..z: "đ" (and any other letter) it cannot draw is -1."""
    return ord(c) - ord("a") + 1 if "a" <= c <= "z" else -1


def table_rows(lines: list[str]) -> set[int]:
    """The lines that are table rows: " | " rows, and a line between two of them (a group row, one cell across the
    table, which the readers write without a " | ")."""
    rows = {k for k, ln in enumerate(lines) if _TABLE_ROW.search(ln)}
    return rows | {k for k, ln in enumerate(lines) if ln.strip() and k - 1 in rows and k + 1 in rows}


def _title(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(line.split()) >= 2 and len(letters) >= 6 and all(c.isupper() for c in letters)


def outline(lines: list[str]) -> list[_Item]:
    """The numbered lines of a text with their depth: a marker kind met again is a sibling of the item of that kind
    on the path (the deeper ones close), a new kind opens a level under the last item, and a title in capitals
    starts the path again (a decision's articles do not hold the plan it issues). Table rows are no items."""
    items: list[_Item] = []
    stack: list[tuple[tuple[str, str], int]] = []  # (kind, run) from the top level down
    last: dict[tuple[str, str], int | None] = {}
    runs = 0
    rows = table_rows(lines)
    for k, raw in enumerate(lines):
        line = raw.strip()
        if k in rows or not line:
            continue
        found = _marker(line, last)
        if found is None:
            if _title(
                line
            ):  # a title in capitals ("KẾ HOẠCH", "PHỤ LỤC") opens a new outline under any chapter
                chapter = [d for d, (kd, _) in enumerate(stack) if kd[0] == "chapter"]
                del stack[chapter[-1] + 1 if chapter else 0 :]
            continue
        kind, value, body = found
        depth = next((d for d, (kd, _) in enumerate(stack) if kd == kind), None)
        if depth is None:
            stack.append((kind, runs))
            runs += 1
            depth = len(stack) - 1
        else:
            del stack[depth + 1 :]
        for deeper in [kd for kd in last if kd not in {kd for kd, _ in stack}]:
            del last[deeper]
        last[kind] = value
        items.append(_Item(k, kind, value, depth, stack[depth][1], body))
    return items


INDENT = 567  # twips (1 cm): a level's number hangs this far left of its text, each level 1 cm further in


def _word_level(kind: tuple[str, str], ilvl: int) -> Lvl:
    """The list level Word would use to draw this kind of marker at this depth: the number hanging 1 cm before the
    text and a tab after it; "Điều %1." and "Chương %1" followed by a space, as their headings are."""
    fmt, punct = kind
    indent = (INDENT * (ilvl + 1), INDENT)
    if fmt == "bullet":
        glyph, font = _BULLETS[punct]
        return Lvl("bullet", glyph, font=font, indent=indent)
    if fmt == "article":
        return Lvl("decimal", f"Điều %{ilvl + 1}.", suffix="space")
    if fmt == "chapter":
        return Lvl("upperRoman", f"Chương %{ilvl + 1}{punct}", suffix="space")
    return Lvl(fmt, f"%{ilvl + 1}{punct}", indent=indent)


def _drawable(run: list[_Item]) -> bool:
    """Word draws every label of this run of siblings as typed: a kind it has a format for, values it counts (no
    "đ" in a letter list: the whole list stays typed, since Word's next letter after "d" is "e"), depth ≤ 9."""
    return (
        run[0].kind[0] not in ("sub", "paren")
        and run[0].depth < MAX_LEVELS
        and all(it.value is None or it.value > 0 for it in run)
    )


TABLE_TEXT = "Table Text"


def _page_setup(doc: WordDoc) -> None:
    """A4, the margins of Nghị định 30/2020/NĐ-CP, Times New Roman 13 pt justified with a 1 cm first-line indent;
    table cells in 11 pt, flush left."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt

    section = doc.document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    normal = doc.document.styles["Normal"]
    normal.font.name, normal.font.size = "Times New Roman", Pt(13)
    fmt = normal.paragraph_format
    fmt.alignment, fmt.first_line_indent = WD_ALIGN_PARAGRAPH.JUSTIFY, Mm(10)
    fmt.space_before, fmt.space_after, fmt.line_spacing = Pt(0), Pt(6), 1.0
    cells = doc.document.styles.add_style(TABLE_TEXT, WD_STYLE_TYPE.PARAGRAPH)
    cells.base_style, cells.font.size = normal, Pt(11)
    fmt = cells.paragraph_format
    fmt.alignment, fmt.first_line_indent, fmt.space_after = WD_ALIGN_PARAGRAPH.LEFT, Mm(0), Pt(0)


_EMPHASIS = re.compile(
    r"(\*\*|\*)(?=\S)(.+?)(?<=\S)\1"
)  # Markdown's "*italic*", "**bold**" in a web copy's text


def _write(paragraph: Any, text: str) -> None:
    """The text as runs of a paragraph, a web copy's Markdown emphasis ("*Nơi nhận:*") as the italic or bold run
    it stands for in the original."""
    pos = 0
    for m in _EMPHASIS.finditer(text):
        if m.start() > pos:
            paragraph.add_run(text[pos : m.start()])
        run = paragraph.add_run(m.group(2))
        run.bold, run.italic = m.group(1) == "**", m.group(1) == "*"
        pos = m.end()
    if pos < len(text):
        paragraph.add_run(text[pos:])


def _table(doc: WordDoc, rows: list[list[str]], *, number_cells: bool) -> None:
    """Rows as a ruled Word table: a row of one cell spans the table (gridSpan); with `number_cells` an order
    column's "1", "2" … are Word's numbers, as a Word user's STT column is."""
    width = max(len(r) for r in rows)
    table = doc.table([r + [""] * (width - len(r)) for r in rows])
    table.style = doc.document.styles["Table Grid"]
    counter = AutoNumber(doc, doc.abstract([Lvl("decimal", "%1")])) if number_cells else None
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            if _EMPHASIS.search(text):
                table.cell(r, c).text = ""
                _write(table.cell(r, c).paragraphs[0], text)
        if len(row) == 1 and width > 1:
            merge_horizontal(table, r, 0, width - 1)
        elif counter and re.fullmatch(r"[1-9]\d{0,2}", row[0]):
            cell = table.cell(r, 0)
            cell.text = ""
            set_numbering(cell.paragraphs[0]._p, counter.use(0, int(row[0])), 0)
    for row_cells in table.rows:
        for cell in row_cells.cells:
            for p in cell.paragraphs:
                p.style = doc.document.styles[TABLE_TEXT]


_MD_RULE = re.compile(
    r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$"
)  # "| --- | --- |" under a header


def _cells(line: str) -> list[str]:
    """A " | " row's cells (an empty one too: " | I. Nhóm" opens with an empty order cell); a row written as Markdown
    ("| TT | Nội dung |", bars at both ends) without the bars at its ends."""
    body = line.strip()
    if len(body) > 1 and body[0] == body[-1] == "|":
        line = body[1:-1]
    return [c.strip() for c in re.split(r"(?:(?<=\s)|^)\|(?=\s|$)", line.rstrip())]


def word_docx(text: str, *, numbering: bool = True) -> bytes:
    """The text as a Word user would have typed it: one paragraph a line, " | " rows as ruled tables (a row of one
    cell spanning the table). With `numbering`, the markers that open a line become Word's automatic numbering
    (numbering.xml; the paragraph holds its text only): Roman, capital letter, decimal and letter lists with "."
    or ")", bullets "-", "+", "–", "•" (Symbol's), "Điều %1.", "Chương %1"; the depth on the page as the list
    level (ilvl). A run of siblings shares a multilevel list (abstractNum) with the items over it where the list's
    levels agree, and has a w:num of its own whose startOverride is its first number: the numbering restarts under
    each new parent, a list that starts at 3 starts at 3, and a number that is not the next one (a plan's typo) starts
    another num. (A num is never used again after a level above it moved on: Word's specification restarts such a
    level at the override, LibreOffice at the level's start, and the reader follows the first.) A run Word cannot
    draw as typed ("d)", "đ)", "e)": its lowerLetter has no "đ"; "1.2.", "(1)") keeps its labels as text. A web
    copy's Markdown is written as what it stands for: "| a | b |" rows as table rows (no "| --- |" rule row),
    "*Nơi nhận:*" as an italic run. Without `numbering` every label is typed text."""
    lines = text.split("\n")
    doc = WordDoc()
    _page_setup(doc)
    numbered: dict[int, tuple[int, int]] = {}  # line -> (numId, ilvl)
    if numbering:
        items = outline(lines)
        runs: dict[int, list[_Item]] = {}
        for it in items:
            runs.setdefault(it.run, []).append(it)
        parent: dict[int, int | None] = {}  # run -> the run of the item it sits under
        path: list[int] = []
        for it in items:
            del path[it.depth :]
            parent.setdefault(it.run, path[-1] if path else None)
            path.append(it.run)
        # each drawable run joins the multilevel list of its parent run when its level is free or the same there
        lists: list[dict[int, tuple[str, str]]] = []
        list_of: dict[int, int] = {}
        for run_id, run in runs.items():
            if not _drawable(run):
                continue
            ilvl, kind = run[0].depth, run[0].kind
            tries = [list_of[p]] if (p := parent[run_id]) in list_of else []
            tries += range(len(lists))
            chosen = next((i for i in tries if lists[i].get(ilvl, kind) == kind), None)
            if chosen is None:
                lists.append({})
                chosen = len(lists) - 1
            lists[chosen][ilvl] = kind
            list_of[run_id] = chosen
        abstracts = []
        for levels in lists:
            defined = [
                _word_level(levels[i], i) if i in levels else Lvl("decimal", f"%{i + 1}.")
                for i in range(max(levels) + 1)
            ]
            abstracts.append(doc.abstract(defined))
        run_num: dict[int, tuple[int, int | None]] = {}  # run -> (its numId, the value it drew last)
        for it in items:
            if it.run not in list_of:
                continue
            num, last = run_num.get(it.run, (0, None))
            if not num or (it.value is not None and it.value != (last or 0) + 1):
                # a run's first item, or a number that is not the next: a num of its own starting there
                overrides = {it.depth: it.value} if it.value is not None else None
                num = doc.num(abstracts[list_of[it.run]], start_overrides=overrides)
            run_num[it.run] = (num, it.value)
            numbered[it.line] = (num, it.depth)
            lines[it.line] = it.body
    rows: list[list[str]] = []
    in_table = table_rows(lines)
    for k, raw in enumerate([*lines, ""]):
        if k in in_table:
            if not _MD_RULE.match(raw):  # a Markdown table's rule under its header is no row of the table
                rows.append(_cells(raw) if _TABLE_ROW.search(raw) else [raw.strip()])
            continue
        if rows:
            _table(doc, rows, number_cells=numbering)
            rows = []
        if k == len(lines):
            break
        num_id, ilvl = numbered.get(k, (None, None))
        paragraph = doc.document.add_paragraph()
        _write(paragraph, raw.strip())
        set_numbering(paragraph._p, num_id, ilvl)
    return doc.save()


PDF_TIMEOUT = 900  # s: LibreOffice prints every document in one run


def print_pdfs(docx_files: dict[str, bytes]) -> dict[str, File]:
    """Every .docx printed to PDF (a text layer, as Word's or LibreOffice's "Save as PDF" writes) by headless
    LibreOffice runs, one per core on its share of the files, each with a profile of its own, so it neither waits on
    nor disturbs another soffice. A document it did not print reads as an empty file (the parse finds nothing)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise Skipped("soffice-missing (LibreOffice is not installed: no PDF to read)")
    with tempfile.TemporaryDirectory(prefix="metamorphic-pdf-") as tmp:
        folder = Path(tmp)
        (folder / "in").mkdir()
        sources = []
        for k, data in enumerate(docx_files.values()):
            sources.append(folder / "in" / f"d{k}.docx")
            sources[-1].write_bytes(data)
        # one soffice per core, each with its own profile, on its share of the files: LibreOffice prints on one core
        shares = max(1, min(os.cpu_count() or 1, len(sources)))
        children = []
        for n in range(shares):
            args = [
                soffice,
                f"-env:UserInstallation={(folder / f'profile{n}').as_uri()}",
                "--headless",
                "--norestore",
            ]
            args += ["--convert-to", "pdf", "--outdir", str(folder / "out"), *map(str, sources[n::shares])]
            children.append(
                subprocess.Popen(
                    args,
                    stdin=subprocess.DEVNULL,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                    start_new_session=True,
                )  # fmt: skip
            )
        deadline = time.monotonic() + PDF_TIMEOUT
        try:
            for child in children:
                child.wait(timeout=max(0.0, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            for child in children:
                if child.poll() is None:
                    os.killpg(child.pid, signal.SIGKILL)
                    child.wait()
            raise Skipped(f"soffice-timeout (no PDF after {PDF_TIMEOUT} s)") from None
        out = {}
        for slug, source in zip(docx_files, sources, strict=True):
            pdf = folder / "out" / f"{source.stem}.pdf"
            out[slug] = File(pdf.read_bytes() if pdf.is_file() else b"", "pdf")
            if not pdf.is_file():
                print(f"# metamorphic: soffice printed no PDF of {slug}", file=sys.stderr)
        return out


# Rewritings of every document at once into files (LibreOffice prints a batch far faster than one by one).
BENCH_SKIPS = ("pdf",)  # run with --transform pdf
FILE_TRANSFORMS: dict[str, Callable[[dict[str, str]], dict[str, File]]] = {
    "word": lambda texts: {slug: File(word_docx(text), "docx") for slug, text in texts.items()},
    "pdf": lambda texts: print_pdfs({slug: word_docx(text, numbering=False) for slug, text in texts.items()}),
    "word_pdf": lambda texts: print_pdfs({slug: word_docx(text) for slug, text in texts.items()}),
}


def _parse(text: str | File) -> dict:
    """The parse of a rewritten text, or of a rewritten file read as its kind; a file the reader refuses has no
    items (its figures drop to nothing, which the bench shows)."""
    if isinstance(text, File):
        try:
            return parse_plan(read_text(text.data, text.kind)).to_dict()
        except ReadError as exc:
            print(f"# metamorphic: a .{text.kind} not read: {exc.message}", file=sys.stderr)
            return {"items": []}
    return parse_plan(read_text(unicodedata.normalize("NFC", text).encode("utf-8"), "txt")).to_dict()


def _one(s: dict) -> Tally:
    t = Tally()
    t.add(s)
    return t


def _figures(t: Tally, f1) -> tuple[float, float, float, float]:
    task = f1(t.matched, t.got - t.matched, t.gold - t.matched)[0]
    lead = t.lead_ok / t.lead_n if t.lead_n else 0.0
    return task, lead, f1(*t.d)[0], f1(*t.rc)[0]


NAMES = ("task_f1", "lead_acc", "deadline_f1", "recurrence_f1")


def _worst(rows: list[tuple[str, dict, dict]], f1) -> str:
    """The 3 documents whose figures drop most, each with its task F1 before → after and any other figure moved."""
    drops = []
    for slug, before, after in rows:
        if before == after:
            continue
        b, a = _figures(_one(before), f1), _figures(_one(after), f1)
        drops.append(((b[0] - a[0], sum(b) - sum(a)), slug, b, a))
    drops.sort(key=lambda x: x[0], reverse=True)
    parts = []
    for _, slug, b, a in drops[:3]:
        moved = [f"{n}={x:.3f}→{y:.3f}" for n, x, y in zip(NAMES[1:], b[1:], a[1:], strict=True) if x != y]
        parts.append(" ".join([slug, f"task_f1={b[0]:.3f}→{a[0]:.3f}", *moved]))
    return "; ".join(parts) or "none"


def main(argv: list[str]) -> int:
    known = [*TRANSFORMS, *FILE_TRANSFORMS]
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--transform", help="one transform, or several separated by commas: " + ", ".join(known))
    ap.add_argument("--docs", type=int, help="only the first N seen .txt documents")
    ap.add_argument("--by-family", action="store_true", help="also one line per transform and family")
    ap.add_argument("--keep", type=Path, help="write each file rewriting's files and parses into this folder")
    args = ap.parse_args(argv)
    # `make bench` (no --transform) leaves out `pdf`: with `word_pdf` it doubles the PDF printing and reading for
    # little more (both read the same text through the same reader), and the whole bench must stay under 15 minutes
    names = args.transform.split(",") if args.transform else [n for n in known if n not in BENCH_SKIPS]
    unknown = [n for n in names if n not in known]
    if unknown:
        ap.error(f"unknown transform {', '.join(unknown)}; known: {', '.join(known)}")
    scorer = _scorer()
    docs = [(s, g, d) for s, g, d in seen_documents([]) if d.suffix == ".txt"][: args.docs]
    started = time.perf_counter()
    base_tally, base, texts, golds, families = Tally(), {}, {}, {}, {}
    for _, gold_path, doc in docs:
        slug = gold_path.stem
        texts[slug] = read_text(doc.read_bytes(), "txt")
        golds[slug] = json.loads(gold_path.read_text(encoding="utf-8"))
        source = doc.with_name(f"{slug}.source.json")
        meta = json.loads(source.read_text(encoding="utf-8")) if source.exists() else {}
        families[slug] = meta.get("family") or "unknown"
    # documents are parsed one process per core at once (a parse depends on its text alone)
    with ProcessPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        for slug, parsed in zip(texts, pool.map(_parse, texts.values(), chunksize=2), strict=True):
            base[slug] = scorer.score_doc(parsed, golds[slug])
            base_tally.add(base[slug])
        print(
            f"plan_import_metamorphic: transform=none {base_tally.figures(scorer.f1)} docs={base_tally.docs} "
            "changed_docs=0",
            flush=True,
        )
        for name in names:
            _run_one(name, pool, texts, golds, families, base, scorer, args)
    print(f"# metamorphic: {time.perf_counter() - started:.1f}s", file=sys.stderr)
    return 0


def _run_one(
    name: str,
    pool: ProcessPoolExecutor,
    texts: dict[str, str],
    golds: dict[str, dict],
    families: dict[str, str],
    base: dict[str, dict],
    scorer: Any,
    args: argparse.Namespace,
) -> None:
    """One rewriting of every document, parsed and scored against the untouched gold; its lines printed."""
    since = time.perf_counter()
    outputs: dict[str, str | File]
    if name in FILE_TRANSFORMS:
        try:
            outputs = dict(FILE_TRANSFORMS[name](texts))
        except Skipped as why:
            print(f"plan_import_metamorphic: transform={name} skipped={why}", flush=True)
            return
    elif name in _MOVES_REFS:
        moved = {slug: _MOVES_REFS[name](text, golds[slug]) for slug, text in texts.items()}
        outputs = {slug: new for slug, (new, _) in moved.items()}
        golds = {slug: gold if gold is not None else golds[slug] for slug, (_, gold) in moved.items()}
    elif name in _GOLD_AWARE:
        outputs = {slug: _GOLD_AWARE[name](text, golds[slug]) for slug, text in texts.items()}
    else:
        outputs = {slug: TRANSFORMS[name](text) for slug, text in texts.items()}
    tally, rows, changed, touched = Tally(), [], 0, 0
    fam_before: dict[str, Tally] = {}
    fam_after: dict[str, Tally] = {}
    # the rewritten documents are parsed one process per core at once (a parse depends on its text alone)
    rewritten = [slug for slug, text in texts.items() if outputs[slug] != text]
    parses = dict(
        zip(rewritten, pool.map(_parse, [outputs[slug] for slug in rewritten], chunksize=2), strict=True)
    )
    for slug, text in texts.items():
        new = outputs[slug]
        if new != text:
            touched += 1
            parsed = parses[slug]
            s = scorer.score_doc(parsed, golds[slug])
            if args.keep and isinstance(new, File):
                _keep(args.keep / name, slug, new, parsed)
        else:
            s = base[slug]
        changed += s != base[slug]
        tally.add(s)
        rows.append((slug, base[slug], s))
        fam_before.setdefault(families[slug], Tally()).add(base[slug])
        fam_after.setdefault(families[slug], Tally()).add(s)
    print(
        f"plan_import_metamorphic: transform={name} {tally.figures(scorer.f1)} docs={tally.docs} "
        f"changed_docs={changed} touched_docs={touched}",
        flush=True,
    )
    print(f"plan_import_metamorphic_worst: transform={name} {_worst(rows, scorer.f1)}", flush=True)
    if args.by_family:
        for fam in sorted(fam_before):
            b, a = _figures(fam_before[fam], scorer.f1), _figures(fam_after[fam], scorer.f1)
            if b != a:
                moved = " ".join(f"{n}={x:.3f}→{y:.3f}" for n, x, y in zip(NAMES, b, a, strict=True))
                print(
                    f"plan_import_metamorphic_family: transform={name} family={fam.replace(' ', '_')} "
                    f"{moved} docs={fam_before[fam].docs}"
                )
    print(f"# metamorphic {name}: {time.perf_counter() - since:.1f}s", file=sys.stderr)


def _keep(folder: Path, slug: str, file: File, parsed: dict) -> None:
    """A file rewriting's file, the text the reader read from it and its parse, to look at a drop."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{slug}.{file.kind}").write_bytes(file.data)
    try:
        (folder / f"{slug}.read.txt").write_text(read_text(file.data, file.kind), encoding="utf-8")
    except ReadError as exc:
        (folder / f"{slug}.read.txt").write_text(exc.message, encoding="utf-8")
    (folder / f"{slug}.json").write_text(json.dumps(parsed, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
