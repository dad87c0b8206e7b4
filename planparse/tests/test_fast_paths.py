"""The speed shortcuts read exactly what the plain forms they replace read."""

from __future__ import annotations

import itertools
import random
import re
import unicodedata

from planparse import deadlines, linker, owners, parser, tree
from planparse import text as plain_text


def _top_alternatives(pattern: str) -> list[str]:
    """The alternatives of a regex at its outer level (a `|` inside brackets or a group does not split)."""
    out, depth, start, k = [], 0, 0, 0
    while k < len(pattern):
        ch = pattern[k]
        if ch == "\\":
            k += 2
            continue
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(pattern[start:k])
            start = k + 1
        k += 1
    return out + [pattern[start:]]


def test_every_head_word_starts_with_a_letter_the_mention_look_ahead_lets_through() -> None:
    first = re.compile(f"[{owners._MENTION_START}]")
    heads = _top_alternatives(owners._HEADS)
    assert len(heads) > 50
    for head in heads + ["[Cc]ác"]:
        # a class "[Cc]…", a group of both tone placements "(?:Ủy|Uỷ) …" (round 90), or a letter
        group = re.match(r"^\(\?:([^()]+)\)", head)
        tones = ["".join(a[0] for a in group.group(1).split("|"))] if group else []
        letters = re.findall(r"^\[(\w+)\]", head) or tones or [head[0]]
        assert all(first.match(ch) for ch in letters[0]), head


def test_last_word_starts_are_those_of_the_whole_text() -> None:
    pieces = ["Sở", " ", "  ", "\n", "UBND các xã", ",", "x" * 40]
    for n in range(6):
        for parts in itertools.product(pieces, repeat=n):
            text = "".join(parts)
            every = [m.start() for m in re.finditer(r"(?<!\S)\S", text)]
            assert owners._last_word_starts(text, 3) == every[-3:], text


LOOK_AHEAD_FIRST = {
    deadlines: (
        "_TIMING_WORDS _YEARLESS _YEARLESS_DAY _RECUR _HALF_RECUR _CONTINUOUS _YEARLY_DAY _NEXT_YEAR_DAY _VAGUE"
    ),
    owners: "_MENTION_RE",
}
PIECES = (
    "quý", "Quý", "QUÍ", " IV", " ii", "/", " - ", "1", "15", "6", "2025", " năm ", "tháng", "Tháng", "ngày ",
    "hằng ", "Hàng ", "mỗi ", "định kỳ ", "Định kỳ", "trước ", "chậm nhất ", "liền kề", "sáu ", "thường xuyên",
    "thực hiện ", " (", ")", ", ", "; ", ".", "Sở ", "các sở", "UBND", "Ủy ban", "người đứng đầu ", "cơ quan",
    "x", "đ", " ",
)  # fmt: skip


def _texts(pieces: tuple[str, ...] = PIECES, n: int = 4000) -> list[str]:
    rng = random.Random(14)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 16))) for _ in range(n)]


def test_look_ahead_patterns_match_as_without_their_look_ahead() -> None:
    texts = _texts()
    for module, names in LOOK_AHEAD_FIRST.items():
        for name in names.split():
            fast = getattr(module, name)
            plain = re.compile(re.sub(r"^\(\?=\[?[^)\]]*\]?\)", "", fast.pattern), fast.flags)
            assert plain.pattern != fast.pattern, name
            for text in texts:
                assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)], (
                    name,
                    text,
                )


def test_no_calendar_form_without_a_digit() -> None:
    dates = [getattr(deadlines, n) for n in ("_QUARTERS", "_MONTHS", "_QUARTER", "_HALF", "_MONTH")]
    dates += [getattr(deadlines, n) for n in ("_DMY_WORDS", "_DMY", "_YEAR_RANGE", "_YEAR")]
    for text in _texts(tuple(p for p in PIECES if not re.search(r"\d", p))):
        assert not any(rx.search(text) for rx in dates), text


def test_appendix_of_a_ref_is_the_appendix_that_holds_it() -> None:
    """round 25: `_appendix_of` finds a ref's appendix by its head; the plain form tests every appendix."""
    prefixes = ["PL", "PL2", "PL3", "PL10"]
    heads = ["PL", "PL2", "PL3", "PL1", "PL10", "PL23", "II", "", "P"]
    tails = ["", ".1", ".a.2", "[2]", "[3].1", "2", "0.1", "-1", ".+1", "L"]
    for head, tail in itertools.product(heads, tails):
        ref = head + tail
        plain = next((p for p in prefixes if tree._in_appendix(ref, p)), None)
        assert tree._appendix_of(ref, set(prefixes)) == plain, ref
    assert tree._appendix_of(None, set(prefixes)) is None


def _plain_runner_up(sim: list[dict[int, float]]) -> dict[int, dict[int, float]]:
    """The runner-up table as it was first written: every column sorted."""
    cols: dict[int, list[tuple[float, int]]] = {}
    for i, row in enumerate(sim):
        for j, s in row.items():
            cols.setdefault(j, []).append((s, i))
    out: dict[int, dict[int, float]] = {}
    for j, col in cols.items():
        top = sorted(col, reverse=True)[:2]
        second = top[1][0] if len(top) > 1 else 0.0
        out[j] = {i: (second if i == top[0][1] else top[0][0]) for _s, i in col}
    return out


def test_runner_up_in_one_pass_is_the_sorted_one() -> None:
    """round 25: `_rivals` keeps the best and second best of each body item instead of sorting its column; ties
    (equal similarities from several rows) are frequent in real tables, so the draws come from a few values."""
    rng = random.Random(25)
    for _ in range(500):
        width = rng.randint(1, 6)
        sim = [
            {
                j: rng.choice((0.1, 0.25, 0.5, 0.5, 0.75))
                for j in rng.sample(range(width), rng.randint(0, width))
            }
            for _ in range(rng.randint(1, 6))
        ]
        plain, rivals = _plain_runner_up(sim), parser._rivals(sim)
        for i, row in enumerate(sim):
            for j in row:
                assert parser._runner_up_of(rivals, j, i) == plain[j][i], (sim, i, j)


# round 25: pure readings of a text kept per text; each caller gets its own copy of a list or an Owners
CACHED_COPIES = (
    owners.split_agencies,
    owners.heading_agencies,
    owners.coordinators_in,
    owners.second_subjects,
    owners.find_agency_mentions,
    owners.subject_owners,
)
OWNER_PIECES = (
    "Sở Tài chính", "Sở Nội vụ", "UBND các xã", "Ủy ban nhân dân tỉnh", "Các sở, ban, ngành", "Bộ Y tế",
    "Công an tỉnh", " chủ trì", " phối hợp với ", ", ", "; ", " và ", " triển khai ", "thực hiện ", "Giao ",
    "Đề nghị: ", "kế hoạch", " báo cáo ", "(cơ quan chủ trì)", ".", ":", " các ", "Các Bộ: Y tế, Tài chính",
)  # fmt: skip


def test_cached_readings_read_as_the_plain_ones_and_hand_out_copies() -> None:
    texts = _texts(OWNER_PIECES, 1500)
    for func in CACHED_COPIES:
        plain = func.__wrapped__  # type: ignore[attr-defined]
        for text in texts:
            first, expected = func(text), plain(text)
            assert first == expected, (func.__name__, text)
            if isinstance(first, list):
                first.append("x")  # a caller changing its answer leaves the kept one alone
            elif first is not None:
                first.lead.append("x")
                first.coordinators.append("x")
            assert func(text) == expected, (func.__name__, text)


def test_item_owners_kept_per_text_heading_and_headings_above() -> None:
    texts = _texts(OWNER_PIECES, 600)
    plain = owners._owners_found.__wrapped__  # type: ignore[attr-defined]
    for text, heading, above in zip(texts, texts[200:] + texts[:200], texts[400:] + texts[:400], strict=True):
        for args in ((text, "", []), (text, heading, []), (text, "", [above, heading])):
            expected = plain(args[0], args[1], tuple(args[2]))
            found = owners.item_owners(*args)
            assert found == expected, args
            if found is not None:
                found[0].lead.append("x")
            assert owners.item_owners(*args) == expected, args


def test_marker_kept_per_line_reads_as_the_plain_one() -> None:
    pieces = (
        "I.",
        "II",
        "1.",
        "1.2.",
        "a)",
        "(1)",
        "(i)",
        "-",
        "+",
        "*",
        " ",
        "Điều 3.",
        "Phần",
        "x",
        "Sở",
        ":",
    )
    for text in _texts(pieces, 3000):
        assert tree._marker(text) == tree._marker.__wrapped__(text), text


def test_similarity_kept_per_input_hands_out_its_own_rows() -> None:
    """round 25: `similarity` is kept per (left, right, topic); a caller narrowing its rows leaves the kept ones."""
    left = ["Sở Y tế tổ chức tập huấn phòng chống dịch", "Xây dựng cơ sở dữ liệu dân cư", "tập huấn cán bộ"]
    right = [
        "tập huấn phòng chống dịch cho cán bộ y tế",
        "cơ sở dữ liệu dân cư",
        "kiểm tra an toàn thực phẩm",
    ]
    left.append(left[0])  # a text written twice shares its row inside `_similarity`, not outside
    expected = linker._similarity.__wrapped__(tuple(left), tuple(right), "")
    first = linker.similarity(left, right)
    assert first == expected and any(first) and first[0] == first[3]
    first[0].clear()
    assert first[3] == expected[3] and first[3]
    first[1] = {}
    again = linker.similarity(left, right)
    assert again == expected and [list(r) for r in again] == [list(r) for r in expected]


def test_kept_deadlines_read_as_the_plain_ones_and_hand_out_copies() -> None:
    """round 25: a deadline read from a text is kept; each caller gets its own `Deadline` (fields set later)."""
    for text in _texts():
        for func, args in (
            (deadlines.parse_deadline, (text,)),
            (deadlines.parse_deadline, (text, 2026)),
            (deadlines.find_yearless_deadline, (text, 2026)),
            (deadlines.step_ends, (text,)),
        ):
            expected = func.__wrapped__(*args)  # type: ignore[attr-defined]
            found = func(*args)
            assert found == expected, (func.__name__, args)
            if isinstance(found, list):
                found.append(0)
            else:
                found.text, found.date = "x", None
                found.anchors.append("x")
            assert func(*args) == expected, (func.__name__, args)
    for text in _texts(PIECES, 1000):
        assert deadlines._with_year(text, 2025) == deadlines._with_year.__wrapped__(text, 2025)
        assert tree.only_when(text) == tree.only_when.__wrapped__(text)
        assert tree._title_category(text, True) == tree._title_category.__wrapped__(text, True)
        assert tree._title_category(text, False) == tree._title_category.__wrapped__(text, False)


def _plain_strip_accents(s: str) -> str:
    s = plain_text.nfc(s).replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFD", s)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


def test_strip_accents_by_table_drops_what_the_plain_form_drops() -> None:
    """round 25: the combining marks are dropped through a translate table filled as code points are met."""
    every = [chr(c) for c in range(0x30000) if not 0xD800 <= c < 0xE000]
    for k in range(0, len(every), 4096):
        chunk = "".join(every[k : k + 4096])
        assert plain_text.strip_accents(chunk) == _plain_strip_accents(chunk), k
    for sample in ("Ủy ban nhân dân tỉnh Đắk Lắk", "thuỷ lợi, hoá chất", "Quý IV/2025", "", "a\u0301\u0323"):
        assert plain_text.strip_accents(sample) == _plain_strip_accents(sample)


def test_repeat_suffix_checks_read_as_the_plain_regex() -> None:
    """round 25: a ref with no "]" skips the "[2]" regex; with one, the regex decides as before."""
    pieces = ("V", "1", ".", "[", "]", "2", "[2]", "[12]", "\n", "a", "PL", "[x]", " ")
    for ref in _texts(pieces, 3000):
        assert tree.repeated(ref) == bool(re.search(r"\[\d+\]$", ref)), ref
        assert tree.without_repeat(ref) == re.sub(r"\[\d+\]$", "", ref), ref


def test_tone_pattern_opening_with_its_vowels_matches_as_the_plain_alternation() -> None:
    """round 25b: `_TONE_RE` opens with the class of first vowels; every old-style pair, its cases, "q" before it
    and a letter after it are met where the plain alternation of `TONE_FIX` meets them."""
    plain = re.compile(plain_text._TONE_PLAIN)
    letters = sorted({ch for old in plain_text.TONE_FIX for ch in old}) + list("qQaAyđ .-hoá")
    rng = random.Random(251)
    texts = ["".join(rng.choice(letters) for _ in range(rng.randint(0, 9))) for _ in range(60000)]
    texts += ["hoá", "HOÁ", "Hoá", "thuỷ", "quý", "Quỷ", "hoạch", "oà", "xoáy", "Thuỷ lợi, hoá chất"]
    for text in texts:
        assert [m.span() for m in plain_text._TONE_RE.finditer(text)] == [
            m.span() for m in plain.finditer(text)
        ]
        assert plain_text.fix_tone_placement(text) == plain.sub(
            lambda m: plain_text.TONE_FIX[m.group(0)], plain_text.nfc(text)
        )


def test_last_department_head_is_the_last_the_plain_scan_finds() -> None:
    """round 25b: the last "Bộ"/"Sở" head before a word is found from the end, as walking from the start finds it."""
    pieces = ("Bộ", "Sở", " ", "  ", "\n", "x", "B", "ộ", "ở", "S", "aSở", ".", "Bộ Y tế ", "Sở Nội vụ")
    for text in _texts(pieces, 6000):
        for pos in range(0, len(text) + 1, 3):
            for i in range(pos, len(text) + 1, 2):
                every = list(owners._DEPARTMENT_HEAD.finditer(text, pos, i))
                found = owners._last_department_head(text, pos, i)
                assert (found.span() if found else None) == (every[-1].span() if every else None), (
                    text,
                    pos,
                    i,
                )


def test_member_list_lead_in_ends_on_its_colon() -> None:
    """round 25b: `_member_lists` searches only a text that ends on ":" (after its spaces), as the pattern's "$"
    requires."""
    pieces = ("bao gồm", "gồm", " các cơ quan", " sau", " :", ":", " ", "\n", "x", ".", "Gồm", " đơn vị")
    for text in _texts(pieces, 6000):
        if parser._MEMBERS_FOLLOW.search(text):
            assert text.rstrip().endswith(":"), text


def test_recurrence_patterns_never_match_without_their_cue_word() -> None:
    """round 25b: `_recur_hits` skips a pattern whose cue word the lower-cased text lacks; wherever the pattern
    matches (any case, and with the letters `re.I` folds apart from `str.lower`), its cue is there."""
    pieces = PIECES + ("THƯỜNG XUYÊN", "Thường niên", "tháng thứ hai của mỗi quý", "HẰNG NĂM", "ı", "İ", "ſ")
    pieces += (
        "năm liền kề",
        "trước ngày 05 của tháng liền kề",
        "(trước ngày 15 tháng 11)",
        "Mỗi Tháng",
        "niên",
    )
    for text in _texts(pieces, 8000):
        cued = deadlines._recur_cued(text)
        for name in deadlines._RECUR_CUES:
            if getattr(deadlines, name).search(text):
                assert cued(name), (name, text)


def test_two_timing_words_counted_as_findall_counts_them() -> None:
    """round 25b: `step_ends` stops looking after the second timing word; the plain form counts them all."""
    for text in _texts():
        found = deadlines._TIMING_WORDS.finditer(text)
        two = next(found, None) is not None and next(found, None) is not None
        assert two == (len(deadlines._TIMING_WORDS.findall(text)) >= 2), text


def test_party_name_head_matched_in_place_as_on_its_copy() -> None:
    """round 25b: the head of a Party body's name ("Ban", "các cơ quan chuyên trách") is matched from pos to i in
    the text, as the anchored pattern matches the copy text[pos:i]."""
    pieces = (
        "Ban",
        "ban",
        "Các ",
        "các ",
        "cơ quan",
        " chuyên trách",
        " ",
        "\n",
        "x",
        "Ban ",
        "tổ chức",
        ",",
    )
    for text in _texts(pieces, 3000):
        for pos in range(len(text) + 1):
            for i in range(pos, len(text) + 1, 2):
                plain = owners._PARTY_NAME_HEAD.match(text[pos:i])
                assert bool(owners._PARTY_NAME_HEAD_AT.match(text, pos, i)) == bool(plain), (text, pos, i)


def test_serves_is_pure_so_its_answer_is_kept_per_pair() -> None:
    """round 25b: `_link_segment` keeps `_serves(responsibility, owner)` per pair; that is only right while the
    answer depends on nothing but the two and changes neither, whatever was asked before."""
    from planparse.model import PlanItem

    texts = [
        "Chỉ đạo các cơ quan thông tấn báo chí tuyên truyền",
        "Tổ chức tập huấn cho cán bộ y tế",
        "Phối hợp kiểm tra an toàn thực phẩm",
    ]
    bodies = [["Sở Y tế"], ["Các sở, ban, ngành, địa phương"], ["Sở Văn hóa, Thể thao và Du lịch"], []]
    sources = [
        PlanItem(f"{k}", None, "task", text, (0, 0), lead=list(lead), coordinators=["Công an tỉnh"][: k % 2])
        for k, (text, lead) in enumerate(itertools.product(texts, bodies))
    ]
    owners_asked = [
        ["Sở Y tế"],
        ["Các cơ quan truyền thông, báo chí"],
        ["Các sở, ban, ngành"],
        ["UBND các xã"],
    ]
    first = {(k, tuple(o)): parser._serves(s, o) for k, s in enumerate(sources) for o in owners_asked}
    assert any(first.values()) and not all(first.values())
    rng = random.Random(7)
    for _ in range(300):
        k, owner = rng.randrange(len(sources)), rng.choice(owners_asked)
        before = (sources[k].text, list(sources[k].lead), list(sources[k].coordinators), list(owner))
        assert parser._serves(sources[k], owner) == first[(k, tuple(owner))]
        assert before == (sources[k].text, sources[k].lead, sources[k].coordinators, owner)
