"""Small counts (issue 16; the rule is stated in docs/architecture.md, "Small counts"): what the statistics may
tell of ethnicity to everyone but the registry officer, on the page, in its .xlsx download and over the API.

An ethnic-minority count is shown only for a filtered population that is a union of "blocks": a fixed
partition of the registry's intellectuals by workplace agency in which every block holds at least
`min_population()` people, of whom at least `small_count()` are of an ethnic minority and at least as many are
not. Every figure any answer shows is then a sum over whole blocks, so whatever answers one puts together (a
filter and its neighbours, a total minus its rows, rows of several tables), every group whose ethnicity count
can be worked out is a union of blocks and has at least `small_count()` people of each kind. A filter that
cuts through a block (a gender, an age, a field inside an agency) or a population below the minimum shows no
ethnicity figure at all, with a note; which note depends only on figures that are not about ethnicity and on
which agencies are blocks."""

from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from django.conf import settings

if TYPE_CHECKING:
    from trithuc.registry.selectors import RegistryStats  # the selector imports this module

HIDDEN = "ẩn"
RESIDUAL = (
    -1
)  # the block of every agency too small or too uniform to stand alone, and of people outside the catalogue


def small_count() -> int:
    return int(getattr(settings, "REGISTRY_SMALL_COUNT", 3))


def min_population() -> int:
    return int(getattr(settings, "REGISTRY_ETHNICITY_MIN_POPULATION", 10))


def population_note() -> str:
    return (
        f"Nhóm được lọc có dưới {min_population()} trí thức nên không hiện số liệu về dân tộc, để không nhận ra "
        "dân tộc của từng người (Luật Bảo vệ dữ liệu cá nhân)."
    )


def granularity_note() -> str:
    return (
        "Số liệu về dân tộc chỉ hiện cho toàn tỉnh và cho các cơ quan đủ đông (mỗi cơ quan có ít nhất "
        f"{small_count()} người dân tộc thiểu số và {small_count()} người không phải), không hiện khi lọc thêm "
        "theo giới tính, tuổi, trình độ, lĩnh vực…: so sánh các kết quả lọc có thể suy ra dân tộc của một "
        "nhóm nhỏ (Luật Bảo vệ dữ liệu cá nhân)."
    )


def young_female_note() -> str:
    return "Số nữ, trẻ, dân tộc thiểu số chỉ hiện khi lọc theo nữ và độ tuổi trẻ (khi đó là số dân tộc thiểu số)."


@dataclass(frozen=True)
class EthnicBlocks:
    """The partition: workplace agency id (None: outside the catalogue) → block; blocks that may be shown."""

    block_of: dict[Any, int]
    size: dict[Any, int]  # people of each agency
    safe: frozenset[int]


def _safe(minority: int, other: int) -> bool:
    return minority + other >= min_population() and min(minority, other) >= small_count()


def ethnic_blocks(counts: Iterable[tuple[Any, bool, int]]) -> EthnicBlocks:
    """The blocks from (agency, is minority, people) of the whole registry. An agency with enough people of
    each kind is a block of its own; the others (and people outside the catalogue) make one residual block.
    A residual block without enough of each kind may not be shown, and neither may the province total, which
    takes it in; so it takes in the smallest agencies' blocks until it has enough of each kind, trading a few
    small agencies' figures for the province's."""
    split: dict[Any, list[int]] = {}
    for agency, minority, n in counts:
        split.setdefault(agency, [0, 0])[0 if minority else 1] += n or 0
    own = {a for a, (m, o) in split.items() if a is not None and _safe(m, o)}
    residual = [sum(split[a][i] for a in split if a not in own) for i in (0, 1)]
    for agency in sorted(own, key=lambda a: (sum(split[a]), a)):
        if residual == [0, 0] or _safe(*residual):
            break
        own.discard(agency)
        residual = [residual[i] + split[agency][i] for i in (0, 1)]
    block_of = {a: (a if a in own else RESIDUAL) for a in split}
    safe = set(own) | ({RESIDUAL} if _safe(*residual) else set())
    return EthnicBlocks(block_of=block_of, size={a: sum(mo) for a, mo in split.items()}, safe=frozenset(safe))


def ethnicity_note(total: int, by_agency: Iterable[tuple[Any, int]], blocks: EthnicBlocks) -> str:
    """ "" when the filtered population (`total` people, `by_agency` of them per workplace agency) may show its
    ethnicity figures: at least the minimum, and a union of blocks that may be shown. Else why not."""
    if total < min_population():
        return population_note()
    counts = {agency: n for agency, n in by_agency if n}
    touched = {blocks.block_of.get(agency) for agency in counts}
    if not touched <= blocks.safe:
        return granularity_note()
    for agency, block in blocks.block_of.items():
        if block in touched and counts.get(agency, 0) != blocks.size[agency]:
            return granularity_note()
    return ""


def for_viewer(stats: "RegistryStats", *, exempt: bool, young_female_is_minority: bool) -> "RegistryStats":
    """The answer as this viewer may see it. The registry officer (`exempt`), who sees ethnicity person by
    person, gets it exact; everyone else gets the ethnicity figures only when `stats.ethnicity_note` is empty,
    and the young-female-minority figure only when the filter itself is young women, where it is the
    minority figure (`young_female_is_minority`). Hidden figures read "ẩn"; the minority table then has no
    row at all (a row left out would say it is zero) and carries the note. The cached object is never
    changed."""
    if exempt:
        return stats
    note = stats.ethnicity_note
    totals: dict[str, int | str] = dict(stats.totals)
    if note:
        totals["ethnic_minority"] = HIDDEN
    if note or not young_female_is_minority:
        totals["young_female_minority"] = HIDDEN
    breakdowns = [
        replace(b, rows=[], note=note) if note and b.key == "minority" else b for b in stats.breakdowns
    ]
    return replace(stats, totals=totals, breakdowns=breakdowns)
