"""Text-similarity linking: which assignment-section responsibilities carry out which tasks, and which
appendix rows restate which body items.

TF-IDF over syllable unigrams and bigrams of content words (function words and agency names removed),
cosine similarity, idf computed over the plan's own items — no per-document tables.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from .text import fix_tone_placement, nfc

_STOP = frozenset(
    [
        "của",
        "và",
        "các",
        "những",
        "trong",
        "cho",
        "với",
        "theo",
        "để",
        "đã",
        "được",
        "có",
        "là",
        "này",
        "đó",
        "về",
        "trên",
        "tại",
        "từ",
        "đến",
        "một",
        "số",
        "như",
        "hoặc",
        "nhằm",
        "cùng",
        "thì",
        "mà",
        "khi",
        "nếu",
        "đối",
        "vào",
        "ra",
        "lại",
        "hơn",
        "nữa",
        "rất",
        "sự",
        "việc",
        "nhất",
        "cũng",
        "vừa",
        "đồng",
        "thời",
        "phải",
        "cần",
        "sẽ",
        "đang",
        "bị",
        "do",
        "bằng",
        "qua",
        "mỗi",
        "mọi",
        "toàn",
        "nhiều",
        "gì",
        "nào",
        "ở",
        "kịp",
        "tiếp",
        "tục",
        "chủ",
        "trì",
        "phối",
        "hợp",
        "tham",
        "mưu",
        "liên",
        "quan",
        "đơn",
        "vị",
        "cơ",
        "quan",
        "sở",
        "ban",
        "ngành",
        "địa",
        "phương",
        "tỉnh",
        "thành",
        "phố",
        "kế",
        "hoạch",
        "này",
        "nhiệm",
        "vụ",
        "giải",
        "pháp",
        "nội",
        "dung",
        "tổ",
        "chức",
        "thực",
        "hiện",
        "triển",
        "khai",
        "tăng",
        "cường",
        "đẩy",
        "mạnh",
        "nâng",
        "cao",
        "hiệu",
        "quả",
        "công",
        "tác",
        "nghiêm",
        "túc",
        "chặt",
        "chẽ",
        "ubnd",
        "ủy",
        "nhân",
        "dân",
        "xã",
        "phường",
        "hướng",
        "dẫn",
        "quy",
        "định",
        "theo",
        "các",
    ]
)
Vector = dict[str, float]


def tokens(text: str) -> list[str]:
    """Lower-cased syllables with function words removed, plus bigrams of adjacent kept syllables."""
    return list(_tokens(text))


@lru_cache(maxsize=8192)
def _tokens(text: str) -> tuple[str, ...]:
    syll = re.findall(r"[0-9a-zà-ỹđ]+", fix_tone_placement(nfc(text).lower()))
    kept: list[str] = []
    out: list[str] = []
    prev: str | None = None
    for s in syll:
        if s in _STOP or len(s) < 2 and not s.isdigit():
            prev = None
            continue
        kept.append(s)
        if prev:
            out.append(prev + "_" + s)
        prev = s
    return tuple(kept + out)


@lru_cache(maxsize=8192)
def _term_set(text: str) -> frozenset[str]:
    """The distinct terms of a text: a plan's item is counted in several models (each segment, the row
    matching, the summaries), so its set is made once."""
    return frozenset(_tokens(text))


@lru_cache(maxsize=8192)
def _term_weights(text: str) -> tuple[tuple[str, float], ...]:
    """(term, 1 + log count) in the order the terms first occur: the part of a text's vector that does not
    depend on the model, made once however many models weigh the text."""
    return tuple([(t, 1 + math.log(c)) for t, c in Counter(_tokens(text)).items()])  # a list: no generator


@lru_cache(maxsize=8192)
def _term_columns(text: str) -> tuple[tuple[str, ...], tuple[float, ...]]:
    """`_term_weights` as a column of terms and one of weights, the shape `TfIdf.vector` reads them in."""
    pairs = _term_weights(text)
    return tuple([t for t, _w in pairs]), tuple([w for _t, w in pairs])


TOPIC_WEIGHT = 0.7


class TfIdf:
    """A tiny TF-IDF model fitted on one plan's item texts.

    `topic` (the plan's title) names what every item is about; its words tell items apart less than their
    frequency among a few dozen items suggests, so they weigh TOPIC_WEIGHT of their idf.
    """

    def __init__(self, docs: Sequence[str], topic: str = "") -> None:
        df: Counter[str] = Counter()
        for d in docs:
            df.update(_term_set(d))
        n = max(len(docs), 1)
        self.idf = {t: math.log((n + 1) / (c + 1)) + 1.0 for t, c in df.items()}
        for t in _term_set(topic) & self.idf.keys():
            self.idf[t] *= TOPIC_WEIGHT

    def vector(self, text: str) -> Vector:
        return dict(zip(*self.columns(text), strict=True))

    def columns(self, text: str) -> tuple[tuple[str, ...], list[float]]:
        """The text's vector as its terms (distinct, in the order they first occur) and their normalised
        weights: `similarity` only walks them, so no dict is made."""
        terms, weights = _term_columns(text)
        idf = self.idf.get
        v = [w * idf(t, 1.0) for t, w in zip(terms, weights, strict=True)]
        norm = math.sqrt(sum([x * x for x in v])) or 1.0
        return terms, [x / norm for x in v]


def cosine(a: Vector, b: Vector) -> float:
    """Cosine similarity of two normalised vectors."""
    if len(a) > len(b):
        a, b = b, a
    return sum(x * b.get(t, 0.0) for t, x in a.items())


Sparse = list[dict[int, float]]
"""sim[i] = {j: similarity} for the pairs that share a term; absent pairs are 0."""
MAX_POSTINGS = 64  # a term shared by more items than this says nothing about which pair belongs together


def similarity(left: Sequence[str], right: Sequence[str], topic: str = "") -> Sparse:
    """`_similarity`, each caller getting its own rows (callers narrow them)."""
    return [dict(row) for row in _similarity(tuple(left), tuple(right), topic)]


@lru_cache(maxsize=64)
def _similarity(left: tuple[str, ...], right: tuple[str, ...], topic: str = "") -> Sparse:
    """Sparse cosine similarities of left[i] and right[j], idf fitted on both sides.

    An inverted index over the right side visits only pairs that share a term; a term found in more than
    MAX_POSTINGS right items is skipped (it cannot tell pairs apart), so the cost stays linear in the input.
    Plans small enough to have no such term get the exact cosine. Kept per input (round 25): a file that holds
    several plans, or one plan's parts written twice, asks the same question again.
    """
    model = TfIdf(list(left) + list(right), topic)
    postings: dict[str, list[tuple[int, float]]] = {}
    columns: dict[str, tuple[tuple[str, ...], list[float]]] = {}  # a text written twice is weighed once
    for j, text in enumerate(right):
        weighed = columns.get(text)
        if weighed is None:
            weighed = columns[text] = model.columns(text)
        for t, x in zip(*weighed, strict=True):
            plist = postings.get(t)
            if plist is None:
                postings[t] = [(j, x)]
            else:
                plist.append((j, x))
    # a term too common to tell pairs apart is dropped once here, not looked at again for every left text
    postings = {t: plist for t, plist in postings.items() if len(plist) <= MAX_POSTINGS}
    out: Sparse = []
    rows: dict[
        str, dict[int, float]
    ] = {}  # a left text written twice has the same row (`similarity` copies rows)
    for text in left:
        acc = rows.get(text)
        if acc is None:
            acc = rows[text] = {}
            get = acc.get
            for t, x in zip(*(columns.get(text) or model.columns(text)), strict=True):
                plist = postings.get(t)
                if plist is None:
                    continue
                for j, y in plist:
                    acc[j] = get(j, 0.0) + x * y
        out.append(acc)
    return out


def similarity_matrix(left: Sequence[str], right: Sequence[str]) -> list[list[float]]:
    """Dense sim[i][j] (small inputs, tests)."""
    sparse = similarity(left, right)
    return [[row.get(j, 0.0) for j in range(len(right))] for row in sparse]


def transpose(sim: Sparse, width: int) -> Sparse:
    """Columns of a sparse matrix as rows."""
    cols: Sparse = [{} for _ in range(width)]
    for i, row in enumerate(sim):
        for j, s in row.items():
            cols[j][i] = s
    return cols


def best_pairs(sim: Sparse, threshold: float) -> list[tuple[int, int, float]]:
    """Greedy one-to-one matching by descending similarity (appendix row <-> body item)."""
    cands = sorted(
        ((s, i, j) for i, row in enumerate(sim) for j, s in row.items() if s >= threshold), reverse=True
    )
    used_i: set[int] = set()
    used_j: set[int] = set()
    out: list[tuple[int, int, float]] = []
    for s, i, j in cands:
        if i in used_i or j in used_j:
            continue
        used_i.add(i)
        used_j.add(j)
        out.append((i, j, s))
    return out
