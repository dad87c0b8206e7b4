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
    return kept + out


class TfIdf:
    """A tiny TF-IDF model fitted on one plan's item texts."""

    def __init__(self, docs: Sequence[str]) -> None:
        df: Counter[str] = Counter()
        for d in docs:
            df.update(set(tokens(d)))
        n = max(len(docs), 1)
        self.idf = {t: math.log((n + 1) / (c + 1)) + 1.0 for t, c in df.items()}

    def vector(self, text: str) -> Vector:
        tf = Counter(tokens(text))
        v = {t: (1 + math.log(c)) * self.idf.get(t, 1.0) for t, c in tf.items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        return {t: x / norm for t, x in v.items()}


def cosine(a: Vector, b: Vector) -> float:
    """Cosine similarity of two normalised vectors."""
    if len(a) > len(b):
        a, b = b, a
    return sum(x * b.get(t, 0.0) for t, x in a.items())


def similarity_matrix(left: Sequence[str], right: Sequence[str]) -> list[list[float]]:
    """sim[i][j] between left[i] and right[j], with idf fitted on both sides."""
    model = TfIdf(list(left) + list(right))
    lv = [model.vector(t) for t in left]
    rv = [model.vector(t) for t in right]
    return [[cosine(a, b) for b in rv] for a in lv]


def best_pairs(sim: list[list[float]], threshold: float) -> list[tuple[int, int, float]]:
    """Greedy one-to-one matching by descending similarity (appendix row <-> body item)."""
    cands = sorted(
        ((s, i, j) for i, row in enumerate(sim) for j, s in enumerate(row) if s >= threshold), reverse=True
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
